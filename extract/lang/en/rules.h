#pragma once
// English rules around the HMM tagger, so that the output follows the
// Universal Dependencies English conventions (EWT): possessive determiners
// are PRON, "I" is a pronoun, subordinators are SCONJ, only articles,
// demonstratives and quantifiers are DET, ... Each rule has an id (EN-P* before
// the tagger, EN-R* after) named in the comments of rules.cpp.

#include <string_view>
#include <vector>

#include "extract/model/analysed.h"
#include "extract/analyse/morph_token.h"

namespace kg::extract::en {

// Before the HMM: removes analyses the context rules out (the Roman numeral
// reading of "I", a noun right after a subject pronoun that can be a verb...).
// Never removes a token's last analysis. `text` is what the spans index.
void prune(std::string_view text, std::vector<MorphToken>& tokens);

// After the HMM: fixes UPOS (and placeholder lemmas) of one sentence's words
// in order. Changes only upos and lemma.
void refine(std::vector<Word*>& words);

}  // namespace kg::extract::en
