#pragma once
// Apertium tags to Universal POS (https://universaldependencies.org/u/pos/).

#include <string>
#include <string_view>
#include <vector>

#include "extract/model/analysed.h"

namespace kg::extract {

// The Universal POS of one analysed word out of context: "n" -> NOUN,
// "np" -> PROPN, "vblex" -> VERB, "vbser" -> AUX, "pr" -> ADP, "sent" -> PUNCT...
// `form` helps for unknown words (capitalised -> PROPN, digits -> NUM) and
// symbols; a modal verb is VERB (a language module may make it AUX). Pure function.
std::string upos_of(std::string_view tags, std::string_view form, bool unknown);

// Context fixes common to every language, after upos_of (the language
// module's refine runs after it): an auxiliary "have" / "avoir" before a past
// participle is AUX, VERB otherwise. Changes only `upos`. Pure function of the words.
void refine_upos(std::vector<Word*>& words);

}  // namespace kg::extract
