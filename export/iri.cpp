#include "export/iri.h"

#include <cctype>
#include <string_view>

#include "base/byte_class.h"
#include "base/error.h"
#include "export/utf8_text.h"

namespace kg::exporters {

namespace {

// Unreserved ASCII (RFC 3986): letters, digits, - . _ ~ ; a table, for speed.
constexpr ByteClass kUnreserved("-._~");

bool is_unreserved_ascii(unsigned char c) { return kUnreserved(static_cast<char>(c)); }

// RFC 3987 ucschar.
bool is_ucschar(char32_t c) {
  if (c >= 0xA0 && c <= 0xD7FF) return true;
  if (c >= 0xF900 && c <= 0xFDCF) return true;
  if (c >= 0xFDF0 && c <= 0xFFEF) return true;
  if (c >= 0x10000 && c <= 0xEFFFD) return (c & 0xFFFF) <= 0xFFFD;
  return false;
}

void percent(unsigned char byte, std::string* out) {
  static const char* hex = "0123456789ABCDEF";
  out->push_back('%');
  out->push_back(hex[byte >> 4]);
  out->push_back(hex[byte & 0xF]);
}

// Appends text[pos..pos+len) verbatim when it is a ucschar, else percent-encoded.
void non_ascii(const std::string& text, std::size_t pos, std::size_t* len, std::string* out) {
  char32_t cp;
  if (decode_utf8(text, pos, &cp, len) && is_ucschar(cp)) {
    out->append(text, pos, *len);
    return;
  }
  for (std::size_t i = 0; i < *len; ++i) percent(static_cast<unsigned char>(text[pos + i]), out);
}

}  // namespace

void append_iri_segment(const std::string& text, std::string* out) {
  if (text == ".") {
    out->append("%2E");
    return;
  }
  if (text == "..") {
    out->append("%2E%2E");
    return;
  }
  // Fast path: the usual id is all unreserved ASCII and goes through as is.
  std::size_t plain = 0;
  while (plain < text.size() && is_unreserved_ascii(static_cast<unsigned char>(text[plain]))) ++plain;
  out->append(text, 0, plain);
  std::size_t pos = plain;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (is_unreserved_ascii(c)) out->push_back(static_cast<char>(c));
      else percent(c, out);
      ++pos;
      continue;
    }
    std::size_t len;
    non_ascii(text, pos, &len, out);
    pos += len;
  }
}

std::string iri_segment(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 8);
  append_iri_segment(text, &out);
  return out;
}

std::string normalise_base_iri(const std::string& base) {
  std::size_t colon = base.find(':');
  bool has_scheme = colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(base[0]));
  for (std::size_t i = 1; has_scheme && i < colon; ++i) {
    unsigned char c = static_cast<unsigned char>(base[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') has_scheme = false;
  }
  if (!has_scheme)
    throw Error("base IRI \"" + base + "\"", "not an absolute IRI (it needs a scheme such as http:)");

  std::string out = base.substr(0, colon + 1);
  // The authority runs from "//" to the next "/", "?" or "#".
  std::size_t pos = colon + 1;
  std::size_t authority_end = pos;
  if (base.compare(pos, 2, "//") == 0) {
    authority_end = base.find_first_of("/?#", pos + 2);
    if (authority_end == std::string::npos) authority_end = base.size();
  }
  bool in_fragment = false;
  while (pos < base.size()) {
    unsigned char c = static_cast<unsigned char>(base[pos]);
    if (c >= 0x80) {
      std::size_t len;
      non_ascii(base, pos, &len, &out);
      pos += len;
      continue;
    }
    bool keep;
    if (is_unreserved_ascii(c)) {
      keep = true;
    } else if (c == '%') {
      keep = pos + 2 < base.size() && std::isxdigit(static_cast<unsigned char>(base[pos + 1])) &&
             std::isxdigit(static_cast<unsigned char>(base[pos + 2]));
    } else if (c == '#') {
      keep = !in_fragment;
      in_fragment = true;
    } else if (c == '[' || c == ']') {
      keep = pos < authority_end;
    } else {
      // gen-delims and sub-delims are legal anywhere else.
      keep = std::string_view(":/?@!$&'()*+,;=").find(static_cast<char>(c)) != std::string_view::npos;
    }
    if (keep) out.push_back(static_cast<char>(c));
    else percent(c, &out);
    ++pos;
  }
  if (out.back() != '/' && out.back() != '#') out.push_back('/');
  return out;
}

}  // namespace kg::exporters
