#pragma once
// UTF-8 hygiene shared by the writers: every output is valid UTF-8 whatever
// bytes the input held.

#include <cstddef>
#include <string>

namespace kg::exporters {

// Decodes one UTF-8 code point from text[pos..]; on success stores it in *cp and
// the sequence length in *len and returns true. Overlong forms, surrogates,
// code points above U+10FFFF and truncated sequences are invalid: returns false
// with *len = 1 (the caller then treats that one byte as an error).
// Pure function; thread-safe.
bool decode_utf8(const std::string& text, std::size_t pos, char32_t* cp, std::size_t* len);

// Appends the UTF-8 encoding of `cp` (which must be a Unicode scalar value) to *out.
void append_utf8(char32_t cp, std::string* out);

// `text` with every invalid UTF-8 byte replaced by U+FFFD; valid text is
// returned unchanged. Pure; thread-safe.
std::string valid_utf8(const std::string& text);

// True when `text` is valid UTF-8 (valid_utf8(text) == text), checked
// without copying. Pure; thread-safe.
bool is_valid_utf8(const std::string& text);

}  // namespace kg::exporters
