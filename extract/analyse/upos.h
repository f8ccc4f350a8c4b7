#pragma once
// Apertium tags to Universal POS (https://universaldependencies.org/u/pos/).

#include <string>
#include <string_view>
#include <vector>

#include "extract/analyse/analysed.h"

namespace kg::extract {

// The Universal POS of one analysed word out of context: "n" -> NOUN,
// "np" -> PROPN, "vblex" -> VERB, "vbser" -> AUX, "pr" -> ADP, "sent" -> PUNCT...
// `form` helps for unknown words (capitalised -> PROPN, digits -> NUM) and
// symbols. `lang` is "fr" or "en". Pure function.
std::string upos_of(std::string_view tags, std::string_view form, bool unknown, std::string_view lang);

// Context fixes common to both languages, after upos_of (the language rules
// of extract/lang/fr and extract/lang/en run after it): auxiliaries
// ("a" + past participle -> AUX), English "to" before an infinitive -> PART, ...
// Changes only `upos`. Pure function of the words.
void refine_upos(std::vector<Word*>& words, std::string_view lang);

}  // namespace kg::extract
