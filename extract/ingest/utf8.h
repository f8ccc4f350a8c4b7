#pragma once
// UTF-8 checks and repair for raw input bytes.

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::extract {

// The outcome of repair_utf8: how many ill-formed sequences were replaced and
// where the first one was (byte offset into the input; npos when none).
struct Utf8Repair {
  std::size_t replaced = 0;
  std::size_t first_bad_offset = std::string_view::npos;
};

// Returns `bytes` with every ill-formed UTF-8 sequence (maximal subpart, as
// ICU's U8_NEXT delimits it) replaced by U+FFFD; valid input is returned
// unchanged. A leading UTF-8 byte-order mark is removed. `info`, when not
// null, receives the count and position of the replacements. Pure function.
std::string repair_utf8(std::string_view bytes, Utf8Repair* info = nullptr);

// True when `bytes` (typically the first 64 KiB of a file) look binary rather
// than text: a NUL byte, or more than 10% C0 control bytes other than
// tab, newline, carriage return and form feed. Pure function.
bool looks_binary(std::string_view bytes);

// 1-based line number of byte `offset` in `text` (counts '\n' before it).
std::size_t line_of_offset(std::string_view text, std::size_t offset);

}  // namespace kg::extract
