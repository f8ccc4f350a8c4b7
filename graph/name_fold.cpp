#include "graph/name_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace kg::graph {

std::string fold_name(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(s, status) : s;
  if (U_FAILURE(status)) decomposed = s;
  decomposed.foldCase();
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c)) {
      space = true;
      continue;
    }
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) c = '\'';
    if (space && out.length() > 0) out.append(static_cast<UChar>(' '));
    space = false;
    out.append(c);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

bool glob_match(const std::string& pattern, const std::string& folded) {
  // Iterative wildcard matching with backtracking to the last '*'.
  std::size_t p = 0, t = 0, star = std::string::npos, mark = 0;
  while (t < folded.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && pattern[p] == folded[t]) {
      ++p;
      ++t;
    } else if (star != std::string::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace kg::graph
