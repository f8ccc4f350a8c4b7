#pragma once
// French named-entity mentions in one sentence: proper-noun runs (Apertium
// <np> tags, unknown capitalised words, capitalised nouns inside a sentence
// such as "l'Etat islamique"), joined through name particles ("Deir ez-Zor",
// "Fédération de Russie"), typed from the dictionary tags and title cues.

#include <string>
#include <vector>

#include "extract/facts/chunk.h"
#include "extract/facts/fact.h"

namespace kg::extract::fr {

// Mentions of `words` (one sentence, see flatten()) in text order. `text` is
// Document::text (spans index it). word_mention[i] is set to the index (in
// the returned vector) of the mention word i belongs to, else -1.
// Mention.how: "dict:np.loc" (tag), "capitalisation", "title-cue".
// Pure; thread-safe.
std::vector<Mention> find_mentions(const std::vector<FlatWord>& words, const std::string& text,
                                   std::size_t sentence, std::vector<int>& word_mention);

// True for a French role/title noun that announces a person ("président",
// "ministre", "chef", "porte-parole", "général"). Pure.
bool is_title_noun(const std::string& lemma);

}  // namespace kg::extract::fr
