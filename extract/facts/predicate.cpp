#include "extract/facts/predicate.h"

#include <cctype>

#include "ontology/name_key.h"

namespace kg::extract {

std::string camel_case(const std::string& label) {
  std::string folded = ontology::name_key(label), out;
  bool upper = false;
  for (char c : folded) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 128 && std::isalnum(u)) {
      out += upper && !out.empty() ? static_cast<char>(std::toupper(u)) : c;
      upper = false;
    } else {
      upper = true;
    }
  }
  return out;
}

Predicate make_predicate(const std::vector<PredicateWord>& words, const std::string& lang,
                         BilingualDictionary* dict) {
  Predicate p;
  p.source_lang = lang;
  for (const auto& w : words) {
    if (!p.source.empty()) p.source += ' ';
    p.source += w.lemma;
    std::string en = w.english;
    if (en.empty() && dict) en = dict->translate(w.lemma, w.tags);
    if (en.empty()) {
      p.translated = false;
      en = w.lemma;
    }
    if (!p.label.empty()) p.label += ' ';
    p.label += en;
  }
  p.local_name = camel_case(p.label);
  return p;
}

}  // namespace kg::extract
