#pragma once
// Canonical predicates: the source-language relation phrase, its English
// label through the bilingual dictionary, and a stable local name.

#include <string>
#include <vector>

#include "extract/facts/bilingual_dictionary.h"
#include "extract/facts/fact.h"

namespace kg::extract {

// One word of a relation phrase: the lemma, its Apertium tags ("vblex",
// "n.f.sg", "pr") and, when the language rules know it better than the
// dictionary (prepositions), a fixed English form.
struct PredicateWord {
  std::string lemma;
  std::string tags;
  std::string english;  // "" = ask the dictionary
};

// Builds the predicate of `words` (in phrase order): source = lemmas joined by
// spaces; label = the first English translation of each word, lower case
// (a word without one keeps its lemma and makes translated = false);
// local_name = camel_case(label). `dict` may be null (nothing translated).
Predicate make_predicate(const std::vector<PredicateWord>& words, const std::string& lang,
                         BilingualDictionary* dict);

// "reduce presence in" -> "reducePresenceIn": words joined in lower camel
// case; ASCII letters and digits only (accents folded, other characters
// separate words). Pure; thread-safe.
std::string camel_case(const std::string& label);

}  // namespace kg::extract
