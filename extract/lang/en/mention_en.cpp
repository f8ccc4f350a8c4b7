#include "extract/lang/en/mention_en.h"

#include "extract/lang/title_words.h"

#include <set>
#include <string_view>

#include "extract/analyse/tag_util.h"
#include "ontology/name_key.h"

namespace kg::extract::en {

namespace {

using rules::ascii_lower;


const std::set<std::string, std::less<>>& date_words() {
  static const std::set<std::string, std::less<>> d = {
      "january", "february", "march",  "april",   "may",       "june",     "july",   "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return d;
}

bool name_word(const std::vector<FlatWord>& w, std::size_t i) {
  const FlatWord& x = w[i];
  if (!x.capitalised) return false;
  if (x.upos == "PROPN" || x.pos == "np") return true;
  // a capitalised adjective inside a name: "European Union", "Liberal Democrats"
  if (x.upos == "ADJ" && i + 1 < w.size() && w[i + 1].capitalised &&
      (w[i + 1].upos == "PROPN" || w[i + 1].pos == "np"))
    return true;
  // an unknown capitalised word inside the sentence
  return x.unknown && i > 0;
}

bool sentence_initial(const std::vector<FlatWord>& w, std::size_t i) {
  return i == 0 || w[i - 1].form == "``" || w[i - 1].form == "\"" || w[i - 1].has_tag("sent");
}

}  // namespace

bool is_question(const std::vector<FlatWord>& w) {
  for (std::size_t k = w.size(); k-- > 0;) {
    if (w[k].form == "?") return true;
    if (w[k].form != "\"" && w[k].form != "''" && w[k].form != "'" && w[k].form != "”") return false;
  }
  return false;
}

bool is_title_noun(const std::string& lemma) { return is_title_word("en", lemma); }

std::vector<Mention> find_mentions(const std::vector<FlatWord>& w, const std::string& text,
                                   std::size_t sentence, std::vector<int>& word_mention) {
  std::vector<Mention> out;
  word_mention.assign(w.size(), -1);
  for (std::size_t i = 0; i < w.size();) {
    if (!name_word(w, i)) {
      ++i;
      continue;
    }
    // a capitalised common word at the start of a sentence is no name: "The", "Officials"
    if (sentence_initial(w, i) && w[i].pos != "np" && !w[i].unknown &&
        !(i + 1 < w.size() && name_word(w, i + 1))) {
      ++i;
      continue;
    }
    // rule en.mention.question: an auxiliary opening a question ("Will Tony
    // Blair visit Iraq?", "Can Labour win?") is no part of the name after it
    static const std::set<std::string> auxiliaries{"will", "can", "may", "shall", "should", "would", "could",
                                                   "must", "did", "does", "do", "is", "are", "was", "were",
                                                   "has", "have", "had"};
    if (sentence_initial(w, i) && auxiliaries.count(ascii_lower(w[i].form)) && i + 1 < w.size() &&
        name_word(w, i + 1) && is_question(w)) {
      ++i;
      continue;
    }
    // rule en.mention.initial_modifier: an adjective or participle the
    // dictionary knows, capitalised only because it starts the sentence (or
    // a headline), before a word the dictionary does not know that itself
    // qualifies a lower-case noun, is no part of the name: "Married Pakistani
    // doctor ..." names "Pakistani", "Jailed Uighur activist" "Uighur". A
    // known proper noun after it keeps the run whole ("Western Australia",
    // "Royal Navy ships"), and so does a capitalised noun ("National Assembly").
    if (sentence_initial(w, i) && (w[i].pos == "adj" || w[i].pos == "vblex") && !w[i].unknown &&
        i + 2 < w.size() && w[i + 1].unknown && name_word(w, i + 1) && !w[i + 2].capitalised &&
        w[i + 2].upos == "NOUN") {
      ++i;
      continue;
    }
    bool title = false;
    std::size_t b = i;
    // a capitalised adjective before a title is part of the role: "Foreign
    // Secretary Jack Straw", "European Commissioner ..."
    while (b + 1 < w.size() && w[b].upos == "ADJ" && w[b].pos != "np" && is_title_noun(w[b + 1].lemma) &&
           w[b + 1].pos != "np")
      ++b;
    // titles are cues, not part of the name: "President Barack Obama", "Mr Brown"
    while (b < w.size() && is_title_noun(w[b].lemma) && w[b].pos != "np" && b + 1 < w.size() &&
           (name_word(w, b + 1) || w[b + 1].form == "." || is_title_noun(w[b + 1].lemma))) {
      title = true;
      ++b;
      if (b < w.size() && w[b].form == ".") ++b;
    }
    if (b >= w.size() || !name_word(w, b)) {
      i = std::max(b, i + 1);
      continue;
    }
    std::size_t j = b + 1;
    // a day or month name stands alone ("On Wednesday Mr Blair ...")
    const bool date_start = date_words().count(ascii_lower(w[b].form)) > 0;
    for (;;) {
      if (date_start) break;
      // a title or a day name starts a new mention: "... Mr Blair", "Monday"
      if (j < w.size() && (is_title_noun(w[j].lemma) || date_words().count(ascii_lower(w[j].form)))) break;
      if (j < w.size() && name_word(w, j)) {
        ++j;
        continue;
      }
      // "Bank of England", "Chancellor of the Exchequer"
      if (j + 1 < w.size() && (ascii_lower(w[j].form) == "of" || w[j].form == "-") && name_word(w, j + 1)) {
        j += 2;
        continue;
      }
      if (j + 2 < w.size() && ascii_lower(w[j].form) == "of" && ascii_lower(w[j + 1].form) == "the" && name_word(w, j + 2)) {
        j += 3;
        continue;
      }
      break;
    }
    // rule en.mention.adjective_alone: a run of dictionary adjectives alone
    // is no name; it qualifies what follows, typically a title ("French
    // President Emmanuel Macron", "Russian Foreign Minister"): the office,
    // not a mention of the country.
    bool all_adjectives = !title;
    for (std::size_t k = b; k < j && all_adjectives; ++k)
      all_adjectives = w[k].pos == "adj" && !w[k].unknown;
    // a role alone is no name: "the job of Foreign Secretary"
    bool role_only = true;
    for (std::size_t k = b; k < j; ++k)
      if (!is_title_noun(w[k].lemma) || w[k].pos == "np") role_only = false;
    if (all_adjectives || role_only) {
      i = j;
      continue;
    }
    Mention m;
    m.begin = w[b].begin;
    m.end = w[j - 1].end;
    m.text = text.substr(m.begin, m.end - m.begin);
    m.key = ontology::name_key(m.text);
    m.sentence = sentence;
    std::string how, type;
    for (std::size_t k = b; k < j && type.empty(); ++k) {
      if (w[k].pos != "np") continue;
      how = "dict:" + w[k].tags.substr(0, w[k].tags.find('.', 3));
      if (w[k].has_tag("ant") || w[k].has_tag("cog")) type = "PER";
      else if (w[k].has_tag("loc")) type = "GPE";
      else if (w[k].has_tag("org") || w[k].has_tag("al")) type = "ORG";
    }
    if (title) {
      type = "PER";
      how = "title-cue";
    }
    if (j - b == 1 && date_words().count(ascii_lower(w[b].form))) type = "DATE";
    if (type.empty()) {
      static const std::set<std::string, std::less<>> org_words = {
          "party", "council", "committee", "commission", "bank", "union", "office", "department", "ministry",
          "government", "parliament", "court", "house", "association", "agency", "company", "group", "service",
          "institute", "university", "league", "assembly", "board", "corporation", "congress", "senate"};
      for (std::size_t k = b; k < j; ++k)
        if (org_words.count(ascii_lower(w[k].form))) type = "ORG";
      if (type.empty()) type = (j - b >= 2 && w[b].has_tag("ant")) ? "PER" : "MISC";
    }
    if (how.empty()) how = "capitalisation";
    m.type = type;
    m.how = how;
    if (m.key.empty()) {
      i = j;
      continue;
    }
    for (std::size_t k = b; k < j; ++k) word_mention[k] = static_cast<int>(out.size());
    out.push_back(std::move(m));
    i = j;
  }
  return out;
}

}  // namespace kg::extract::en
