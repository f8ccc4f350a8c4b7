#pragma once
// Sentence boundaries over analysed tokens.

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/analyse/morph_token.h"

namespace kg::extract {

// Returns the index one past the last token of each sentence, in order (the
// last entry is tokens.size()). A sentence ends:
// - after a sentence-final mark (". ! ? ..." — the analyser's <sent>, or such
//   punctuation outside the dictionary), together with the closing quotes and
//   brackets that follow it, when the next token does not start in lower case
//   and the mark does not close an initial ("J. K. Rowling");
// - at a paragraph break (a newline in the text between two tokens);
// - before a token when the sentence already has `max_tokens` tokens (a guard for
//   text without punctuation).
// `text` is the text the token spans point into. Pure function.
std::vector<std::size_t> split_sentences(std::string_view text, const std::vector<MorphToken>& tokens,
                                         std::size_t max_tokens = 250);

}  // namespace kg::extract
