#include "ontology/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace kg::ontology {
namespace {

// Letters that NFD does not split into base + mark.
bool map_special(UChar32 c, std::u32string& out) {
  switch (c) {
    case 0x0153: out += U"oe"; return true;  // œ
    case 0x0152: out += U"oe"; return true;  // Œ
    case 0x00E6: out += U"ae"; return true;  // æ
    case 0x00C6: out += U"ae"; return true;  // Æ
    case 0x00F8: case 0x00D8: out += U'o'; return true;  // ø Ø
    case 0x0142: case 0x0141: out += U'l'; return true;  // ł Ł
    case 0x0111: case 0x0110: out += U'd'; return true;  // đ Đ
    case 0x0131: out += U'i'; return true;  // ı (dotless i)
    case 0x00DF: out += U"ss"; return true;  // ß
    default: return false;
  }
}

bool is_word_char(UChar32 c) {
  return u_isalnum(c) != 0;
}

// Splits the normalised text into words. Full stops are dropped without
// separating ("U.S." → "us"); anything else that is not a letter or digit
// separates words.
std::vector<std::string> words_of(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) {
    decomposed = nfd->normalize(text, status);
  }
  if (U_FAILURE(status)) decomposed = text;
  decomposed.foldCase(U_FOLD_CASE_DEFAULT);

  std::vector<std::string> words;
  std::u32string current;
  auto flush = [&]() {
    if (current.empty()) return;
    std::string utf8;
    for (char32_t c : current) {
      char buf[4];
      int32_t len = 0;
      UBool error = false;
      U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
      if (!error) utf8.append(buf, static_cast<std::size_t>(len));
    }
    words.push_back(std::move(utf8));
    current.clear();
  };
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0xFFFD) continue;
    if (c == U'.') continue;
    if (map_special(c, current)) continue;
    if (is_word_char(c)) {
      current += static_cast<char32_t>(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

}  // namespace

bool is_leading_article(std::string_view word) {
  const std::vector<std::string> w = words_of(word);
  if (w.size() != 1) return false;
  return w[0] == "le" || w[0] == "la" || w[0] == "les" || w[0] == "l" || w[0] == "the";
}

std::vector<std::string> name_key_words(std::string_view name) {
  return words_of(name);
}

std::string name_key(std::string_view name) {
  std::vector<std::string> words = words_of(name);
  std::size_t first = 0;
  if (words.size() > 1) {
    const std::string& w = words[0];
    if (w == "le" || w == "la" || w == "les" || w == "l" || w == "the") first = 1;
  }
  std::string key;
  for (std::size_t i = first; i < words.size(); ++i) {
    if (!key.empty()) key += ' ';
    key += words[i];
  }
  return key;
}

}  // namespace kg::ontology
