#include "export/utf8_text.h"

namespace kg::exporters {

bool decode_utf8(const std::string& text, std::size_t pos, char32_t* cp, std::size_t* len) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char b0 = byte(pos);
  *len = 1;
  if (b0 < 0x80) {
    *cp = b0;
    return true;
  }
  std::size_t n;
  char32_t c;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2; c = b0 & 0x1F; min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3; c = b0 & 0x0F; min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4; c = b0 & 0x07; min = 0x10000;
  } else {
    return false;
  }
  if (pos + n > text.size()) return false;
  for (std::size_t i = 1; i < n; ++i) {
    unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return false;
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
  *cp = c;
  *len = n;
  return true;
}

void append_utf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_valid_utf8(const std::string& text) {
  std::size_t pos = 0;
  const std::size_t size = text.size();
  char32_t cp;
  std::size_t len;
  while (pos < size) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    if (!decode_utf8(text, pos, &cp, &len)) return false;
    pos += len;
  }
  return true;
}

std::string valid_utf8(const std::string& text) {
  // Fast path: ASCII or already valid text is returned as is.
  std::size_t pos = 0;
  char32_t cp;
  std::size_t len;
  while (pos < text.size() && decode_utf8(text, pos, &cp, &len)) pos += len;
  if (pos == text.size()) return text;
  std::string out = text.substr(0, pos);
  while (pos < text.size()) {
    if (decode_utf8(text, pos, &cp, &len)) {
      out.append(text, pos, len);
    } else {
      append_utf8(0xFFFD, &out);
    }
    pos += len;
  }
  return out;
}

}  // namespace kg::exporters
