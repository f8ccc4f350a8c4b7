#include "extract/analyse/upos.h"

#include "extract/lang/rule_util.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>

namespace kg::extract {

namespace {

using rules::first_tag;
using rules::has_tag;
using rules::starts_upper;


bool is_symbol_form(std::string_view form) {
  static const std::string_view symbols[] = {"%", "€", "$", "£", "¥", "+", "=", "&", "§", "°", "#", "*", "/", "<", ">", "@", "~", "|", "×", "±"};
  for (auto s : symbols)
    if (form == s) return true;
  return false;
}

bool has_digit(std::string_view form) {
  for (char c : form)
    if (c >= '0' && c <= '9') return true;
  return false;
}

}  // namespace

std::string upos_of(std::string_view tags, std::string_view form, bool unknown, std::string_view lang) {
  if (unknown || tags.empty()) {
    if (is_symbol_form(form)) return "SYM";
    if (has_digit(form)) return "NUM";
    bool alpha = false;
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(form.size());
    while (i < n && !alpha) {
      UChar32 c;
      U8_NEXT(form.data(), i, n, c);
      alpha = c >= 0 && u_isalpha(c);
    }
    if (!alpha) return "PUNCT";
    return starts_upper(form) ? "PROPN" : "NOUN";
  }
  std::string_view t = first_tag(tags);
  const bool en = lang == "en";
  if (t == "n") return "NOUN";
  if (t == "np") return "PROPN";
  if (t == "adj") return "ADJ";
  if (t == "adv" || t == "preadv" || t == "cnjadv") return "ADV";
  if (t == "vblex") return "VERB";
  if (t == "vbser") return "AUX";
  if (t == "vbhaver") return en ? "AUX" : "AUX";
  if (t == "vbdo") return "AUX";
  if (t == "vbmod") return en ? "AUX" : "VERB";
  if (t == "vaux") return "AUX";
  if (t == "det" || t == "predet") return "DET";
  if (t == "num") return has_tag(tags, "ord") ? "ADJ" : "NUM";
  if (t == "prn" || t == "rel") return "PRON";
  if (t == "pr") return "ADP";
  if (t == "cnjcoo") return "CCONJ";
  if (t == "cnjsub") return "SCONJ";
  if (t == "ij") return "INTJ";
  if (t == "gen") return "PART";
  if (t == "abbr" || t == "acr") return starts_upper(form) ? "PROPN" : "NOUN";
  if (t == "sent" || t == "cm" || t == "lpar" || t == "rpar" || t == "lquest" || t == "guio" ||
      t == "lquot" || t == "rquot" || t == "apos" || t == "punt")
    return "PUNCT";
  if (is_symbol_form(form)) return "SYM";
  return "X";
}

void refine_upos(std::vector<Word*>& words, std::string_view lang) {
  const bool en = lang == "en";
  for (std::size_t i = 0; i < words.size(); ++i) {
    Word& w = *words[i];
    std::string_view t = first_tag(w.tags);
    // "avoir"/"have" is AUX before a past participle (adverbs and clitics may
    // come between), VERB otherwise.
    if (t == "vbhaver" || ((t == "vblex" || t == "vbmod") && (w.lemma == "avoir" || w.lemma == "have"))) {
      bool aux = false;
      for (std::size_t j = i + 1; j < words.size() && j <= i + 4; ++j) {
        std::string_view tj = first_tag(words[j]->tags);
        if (has_tag(words[j]->tags, "pp")) {
          aux = true;
          break;
        }
        if (tj != "adv" && tj != "prn" && tj != "preadv" && tj != "guio") break;
      }
      w.upos = aux ? "AUX" : "VERB";
    }
    // "être" is AUX in UD French, as copula and as auxiliary.
    if (!en && w.lemma == "être" && (t == "vblex" || t == "vbser")) w.upos = "AUX";
    if (en) {
      // "do" is AUX only before a verb (do-support) or "not".
      if (t == "vbdo") {
        bool aux = false;
        for (std::size_t j = i + 1; j < words.size() && j <= i + 3; ++j) {
          std::string_view tj = first_tag(words[j]->tags);
          if (tj == "vblex" || tj == "vbser" || tj == "vbhaver" || tj == "vbdo" || words[j]->lemma == "not") {
            aux = true;
            break;
          }
          if (tj != "adv" && tj != "prn") break;
        }
        w.upos = aux ? "AUX" : "VERB";
      }
      if (w.lemma == "not" || w.lemma == "n't") w.upos = "PART";
      // "to" before an infinitive is PART.
      if ((w.form == "to" || w.form == "To") && i + 1 < words.size() &&
          has_tag(words[i + 1]->tags, "inf"))
        w.upos = "PART";
    }
  }
}

}  // namespace kg::extract
