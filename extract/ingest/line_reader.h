#pragma once
// Line-wise reading with a length cap, so that one huge line (a 2 GB JSONL
// record, a binary file without newlines) is skipped without being held in memory.

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace kg::extract {

// Reads lines from a C stream it does not own (a file, or stdin).
// Single-threaded; the stream must outlive the reader.
class LineReader {
 public:
  LineReader(std::FILE* stream, std::size_t max_line_bytes);

  // Reads the next line into `line` without its '\n' (and without a final
  // '\r'). Returns false at the end of input (or on a read error: see error()).
  // When the line is longer than max_line_bytes, `too_long` is set, `line` is
  // left empty and the rest of the line is read and discarded chunk by chunk.
  bool next(std::string& line, bool& too_long);

  // 1-based number of the line last returned by next(); 0 before the first.
  std::size_t line_number() const { return line_number_; }

  // True when the stream reported a read error (as opposed to its end).
  bool error() const { return error_; }

 private:
  bool fill();

  std::FILE* stream_;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t len_ = 0;
  std::size_t line_number_ = 0;
  bool eof_ = false;
  bool error_ = false;
};

}  // namespace kg::extract
