#include "export/xml_text.h"

#include <cctype>

#include "base/byte_class.h"
#include "export/utf8_text.h"

namespace kg::exporters {

namespace {

bool xml10_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Bytes copied as they are, in runs: printable ASCII but & < > " '.
struct PlainXmlTable {
  bool t[256] = {};
  constexpr PlainXmlTable() {
    for (int c = 0x20; c < 0x80; ++c) t[c] = true;
    for (char c : {'&', '<', '>', '"', '\''}) t[static_cast<unsigned char>(c)] = false;
  }
};
constexpr PlainXmlTable kPlainXml;

// NMTOKEN characters kept as they are: ASCII letters, digits, - . _
constexpr ByteClass kNmtoken("-._");

}  // namespace

void append_xml_escaped(const std::string& text, std::string* out) {
  const std::size_t size = text.size();
  std::size_t pos = 0;
  while (pos < size) {
    std::size_t run = pos;
    while (pos < size && kPlainXml.t[static_cast<unsigned char>(text[pos])]) ++pos;
    if (pos > run) out->append(text, run, pos - run);
    if (pos == size) break;
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
        default: break;  // other C0 controls: dropped
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

std::string xml_token(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char ch : text) {
    if (static_cast<unsigned char>(ch) <= 0x20) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(ch);
  }
  return out;
}

void append_xml_nmtoken(const std::string& text, std::string* out) {
  if (text.empty()) {
    out->push_back(':');
    return;
  }
  static const char* hex = "0123456789ABCDEF";
  const std::size_t size = text.size();
  std::size_t pos = 0;
  while (pos < size) {
    std::size_t run = pos;
    while (pos < size && kNmtoken(text[pos])) ++pos;
    if (pos > run) out->append(text, run, pos - run);
    if (pos == size) break;
    unsigned char c = static_cast<unsigned char>(text[pos++]);
    out->push_back(':');
    out->push_back(hex[c >> 4]);
    out->push_back(hex[c & 0xF]);
  }
}

std::string xml_nmtoken(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  append_xml_nmtoken(text, &out);
  return out;
}

}  // namespace kg::exporters
