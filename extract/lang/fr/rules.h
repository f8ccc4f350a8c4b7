#pragma once
// French rules around the HMM tagger, so that the output follows the
// Universal Dependencies French conventions (GSD, Sequoia): clitic pronoun
// vs article by the next word, "en" pronoun vs preposition, "que" SCONJ vs
// relative PRON, indefinite "des" as one DET word, suffix guesses for words
// the dictionary does not know. Each rule has an id (FR-G* guesses, FR-P*
// before the tagger, FR-R*/FR-T* after) named in the comments of rules.cpp.

#include <string_view>
#include <vector>

#include "extract/model/analysed.h"
#include "extract/analyse/morph_token.h"

namespace kg::extract::fr {

// Before the HMM: guesses analyses for unknown words (by suffix, capital and
// the previous word) and removes analyses the context rules out. Never
// removes a token's last analysis. `text` is what the spans index.
void prune(std::string_view text, std::vector<MorphToken>& tokens);

// After the HMM, on one sentence's tokens: rewrites contractions as UD does
// ("des" indefinite article = one DET word, not de + les).
void refine_tokens(std::vector<Token>& tokens);

// After the HMM: fixes UPOS of one sentence's words in order. Changes only
// upos and lemma.
void refine(std::vector<Word*>& words);

}  // namespace kg::extract::fr
