#include "extract/analyse/upos.h"

#include "extract/analyse/tag_util.h"

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

std::string upos_of(std::string_view tags, std::string_view form, bool unknown) {
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
  if (t == "n") return "NOUN";
  if (t == "np") return "PROPN";
  if (t == "adj") return "ADJ";
  if (t == "adv" || t == "preadv" || t == "cnjadv") return "ADV";
  if (t == "vblex") return "VERB";
  if (t == "vbser") return "AUX";
  if (t == "vbhaver") return "AUX";
  if (t == "vbdo") return "AUX";
  if (t == "vbmod") return "VERB";  // English modals become AUX in extract/lang/en
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

void refine_upos(std::vector<Word*>& words) {
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
  }
}

}  // namespace kg::extract
