#pragma once
// Titles and honorifics of a language, from its lexicon (titles.tsv,
// honorifics.tsv under ontology/lexicon/<lang>), for the language modules'
// mention and fact rules. Loaded once per language; thread-safe.

#include <string>

namespace kg::extract {

// Whether `lemma` (any case; a final period ignored: "M.", "Mr.") is a title,
// a role noun or an honorific of language `lang`.
bool is_title_word(const std::string& lang, const std::string& lemma);

}  // namespace kg::extract
