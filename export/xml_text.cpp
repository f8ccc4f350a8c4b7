#include "export/xml_text.h"

#include <cctype>

#include "export/utf8_text.h"

namespace kg::exporters {

namespace {

bool xml10_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

void append_xml_escaped(const std::string& text, std::string* out) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      switch (c) {
        case '&': out->append("&amp;"); break;
        case '<': out->append("&lt;"); break;
        case '>': out->append("&gt;"); break;
        case '"': out->append("&quot;"); break;
        case '\'': out->append("&apos;"); break;
        case '\t': out->append("&#9;"); break;
        case '\n': out->append("&#10;"); break;
        case '\r': out->append("&#13;"); break;
        default:
          if (c >= 0x20) out->push_back(static_cast<char>(c));  // other C0 controls: dropped
      }
      ++pos;
      continue;
    }
    char32_t cp;
    std::size_t len;
    if (!decode_utf8(text, pos, &cp, &len)) {
      append_utf8(0xFFFD, out);
    } else if (xml10_char(cp)) {
      out->append(text, pos, len);
    }
    pos += len;
  }
}

std::string xml_escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  append_xml_escaped(text, &out);
  return out;
}

std::string xml_nmtoken(const std::string& text) {
  if (text.empty()) return ":";
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c < 0x80 && (std::isalnum(c) || c == '-' || c == '.' || c == '_')) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(':');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0xF]);
    }
  }
  return out;
}

}  // namespace kg::exporters
