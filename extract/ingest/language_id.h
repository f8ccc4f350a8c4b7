#pragma once
// Language identification with CLD2.

#include <string>
#include <string_view>

namespace kg::extract {

// The ISO 639-1 code ("fr", "en", "de", ...; CLD2's code for languages
// without one, e.g. "haw") of the language `text` is written in.
// `hint` (an ISO 639-1 code, may be "") is passed to CLD2 as a language hint
// and returned when CLD2's answer is unknown or not reliable (too short,
// mixed). CLD2's reliability flag is overridden when its top language covers
// at least 70% of at least 200 bytes of letters (a title chunk alone can make
// a French article "unreliable"), and the language of more than half of the
// text wins over CLD2's summary language (which prefers another language to
// an English majority). Returns "" when the answer is unreliable and
// there is no hint.
// Needs valid UTF-8 (invalid bytes make CLD2 give up: the result is then the
// hint). Pure function; thread-safe (CLD2 uses static read-only tables).
std::string detect_language(std::string_view text, std::string_view hint = "");

}  // namespace kg::extract
