#pragma once
// Folding names for matching: accent- and case-insensitive, with ICU.

#include <string>

namespace kg::graph {

// `text` (UTF-8) folded for comparison: NFD, combining marks removed, Unicode
// case folding, typographic apostrophes as ', runs of white space as one
// space, trimmed. "Fédération de Russie" and "federation de RUSSIE" fold to
// the same string. Invalid UTF-8 becomes U+FFFD. Pure; thread-safe.
std::string fold_name(const std::string& text);

// True when `folded` matches `pattern` (also folded), where "*" in the
// pattern stands for any run of characters. Pure; thread-safe.
bool glob_match(const std::string& pattern, const std::string& folded);

}  // namespace kg::graph
