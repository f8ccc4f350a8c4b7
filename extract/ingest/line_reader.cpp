#include "extract/ingest/line_reader.h"

#include <cstring>

namespace kg::extract {

LineReader::LineReader(std::FILE* stream, std::size_t max_line_bytes)
    : stream_(stream), max_line_bytes_(max_line_bytes), buffer_(1 << 16) {}

bool LineReader::fill() {
  if (eof_) return false;
  pos_ = 0;
  len_ = std::fread(buffer_.data(), 1, buffer_.size(), stream_);
  if (len_ == 0) {
    eof_ = true;
    error_ = std::ferror(stream_) != 0;
    return false;
  }
  return true;
}

bool LineReader::next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;  // read at least one byte (or a newline) of this line
  for (;;) {
    if (pos_ >= len_ && !fill()) break;
    any = true;
    const char* begin = buffer_.data() + pos_;
    const auto* nl = static_cast<const char*>(std::memchr(begin, '\n', len_ - pos_));
    std::size_t n = nl ? static_cast<std::size_t>(nl - begin) : len_ - pos_;
    if (!too_long) {
      if (line.size() + n > max_line_bytes_) {
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      } else {
        line.append(begin, n);
      }
    }
    pos_ += n;
    if (nl) {
      ++pos_;
      break;
    }
  }
  if (!any) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  ++line_number_;
  return true;
}

}  // namespace kg::extract
