#include "extract/ingest/normalise.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace kg::extract {
namespace {

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, error);
  if (!error) out.append(buf, static_cast<std::size_t>(n));
}

bool is_apostrophe(UChar32 c) {
  switch (c) {
    case 0x2019: case 0x2018: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4: case 0xFF07:
      return true;
    default:
      return false;
  }
}

bool is_plain_quote(UChar32 c) {
  switch (c) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xFF02:
      return true;
    default:
      return false;
  }
}

bool is_dash(UChar32 c) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return true;
    default:
      return false;
  }
}

// Character mapping pass (after NFC); whitespace is tidied afterwards.
std::string map_characters(const icu::UnicodeString& u) {
  std::string out;
  out.reserve(static_cast<std::size_t>(u.length()) + 16);
  bool skip_spaces = false;  // just after an opening guillemet
  const int32_t n = u.length();
  for (int32_t i = 0; i < n;) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    bool space_like = c == ' ' || (c >= 0x80 && u_charType(c) == U_SPACE_SEPARATOR);
    if (skip_spaces) {
      if (space_like) continue;
      skip_spaces = false;
    }
    if (c < 0x80) {
      if (c == '\r') {
        out.push_back('\n');
        if (i < n && u.charAt(i) == '\n') ++i;
      } else if (c == '\n' || c == '\t' || c >= 0x20) {
        if (c != 0x7F) out.push_back(static_cast<char>(c));
      }
      continue;
    }
    if (is_apostrophe(c)) {
      out.push_back('\'');
    } else if (c == 0x00AB || c == 0x2039) {  // « ‹ opening
      out.push_back('"');
      skip_spaces = true;
    } else if (c == 0x00BB || c == 0x203A) {  // » › closing
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out.push_back('"');
    } else if (is_plain_quote(c)) {
      out.push_back('"');
    } else if (is_dash(c)) {
      out.push_back('-');
    } else if (c == 0x2026) {
      out += "...";
    } else if (c == 0x2028 || c == 0x0085) {
      out.push_back('\n');
    } else if (c == 0x2029) {
      out += "\n\n";
    } else if (space_like) {
      out.push_back(' ');
    } else {
      int8_t type = u_charType(c);
      if (type == U_CONTROL_CHAR || type == U_FORMAT_CHAR) continue;
      append_utf8(out, c);
    }
  }
  return out;
}

// Collapses spaces, trims lines, limits blank lines to one, trims the text.
std::string tidy_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t newlines = 0;  // pending newlines not yet written
  bool line_has_text = false;
  bool pending_space = false;
  for (char ch : s) {
    if (ch == '\n') {
      ++newlines;
      line_has_text = false;
      pending_space = false;
      continue;
    }
    if (ch == ' ') {
      if (line_has_text) pending_space = true;
      continue;
    }
    if (ch == '\t' && !line_has_text) continue;  // leading tabs trimmed too
    if (!out.empty() && newlines > 0) out.append(std::min<std::size_t>(newlines, 2), '\n');
    newlines = 0;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(ch);
    line_has_text = true;
  }
  // Trailing tabs before a newline were written; remove them line by line.
  std::string cleaned;
  cleaned.reserve(out.size());
  std::size_t start = 0;
  while (start <= out.size()) {
    std::size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    std::size_t e = end;
    while (e > start && (out[e - 1] == ' ' || out[e - 1] == '\t')) --e;
    cleaned.append(out, start, e - start);
    if (end == out.size()) break;
    cleaned.push_back('\n');
    start = end + 1;
  }
  return cleaned;
}

UChar32 decode_at(std::string_view s, std::size_t i, std::size_t* next = nullptr) {
  if (i >= s.size()) return -1;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, k, static_cast<int32_t>(s.size()), c);
  if (next) *next = static_cast<std::size_t>(k);
  return c;
}

UChar32 decode_before(std::string_view s, std::size_t i) {
  if (i == 0) return -1;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto k = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(p, 0, k, c);
  return c;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

constexpr std::array<std::string_view, 24> kTopLevelDomains{
    "com", "org", "net", "fr", "be", "ch", "ca", "uk", "us", "de", "eu", "io",
    "info", "gouv", "gov", "edu", "it", "es", "ru", "tv", "co", "biz", "lu", "int"};

// True when the glue candidate at [run_begin, run_end) sits in a URL, an
// e-mail address or a domain name.
bool in_address(std::string_view s, std::size_t run_begin, std::size_t run_end) {
  std::size_t b = run_begin;
  while (b > 0 && !is_space(s[b - 1])) --b;
  std::size_t e = run_end;
  while (e < s.size() && !is_space(s[e])) ++e;
  std::string_view token = s.substr(b, e - b);
  if (token.find("://") != std::string_view::npos || token.find('@') != std::string_view::npos)
    return true;
  if (token.size() >= 4) {
    std::string head(token.substr(0, 4));
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
    if (head == "www.") return true;
  }
  // A domain name: the token ends in ".<top-level domain>" ("Booking.Com",
  // "Halo.Bungie.Org,"), trailing punctuation aside.
  if (run_end - run_begin == 1 && s[run_begin] == '.') {
    std::size_t end = token.size();
    while (end > 0 && std::ispunct(static_cast<unsigned char>(token[end - 1]))) --end;
    std::size_t dot = token.rfind('.', end == 0 ? 0 : end - 1);
    if (dot != std::string_view::npos && dot >= run_end - b - 1) {
      std::string word(token.substr(dot + 1, end - dot - 1));
      std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
      if (std::find(kTopLevelDomains.begin(), kTopLevelDomains.end(), word) != kTopLevelDomains.end()) return true;
    }
  }
  return false;
}

// Abbreviations that end in a lowercase letter and are followed by a name:
// "Mr.Benn", "Mme.Dupont", "Dr.Smith".
constexpr std::array<std::string_view, 26> kAbbreviations{
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Ste", "Mt", "Jr", "Sr", "Mme", "Mmes", "Mlle", "Mgr",
    "Me", "Pr", "Gen", "Lt", "Col", "Capt", "Gov", "Sen", "Rep", "Rev", "Sgt", "Cie"};

bool after_abbreviation(std::string_view s, std::size_t run_begin) {
  std::size_t b = run_begin;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
  if (b > 0 && static_cast<unsigned char>(s[b - 1]) >= 0x80) return false;  // part of a longer word
  std::string_view word = s.substr(b, run_begin - b);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

}  // namespace

// Removes control characters (other than tab, newline, CR and NEL, which the
// mapping turns into whitespace) and format characters (zero-width spaces and
// joiners, soft hyphens, BOM, bidi marks). Done before NFC, so that a letter
// and a combining mark that were separated by such a character compose.
namespace {

bool is_invisible(UChar32 c) {
  if (c < 0x80) return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F;
  int8_t type = u_charType(c);
  return (type == U_CONTROL_CHAR && c != 0x0085) || type == U_FORMAT_CHAR;
}

}  // namespace

icu::UnicodeString remove_invisible(const icu::UnicodeString& u) {
  const int32_t n = u.length();
  int32_t i = 0;
  while (i < n) {  // most texts have none: return them as they are
    UChar32 c = u.char32At(i);
    if (is_invisible(c)) break;
    i += U16_LENGTH(c);
  }
  if (i == n) return u;
  icu::UnicodeString out(u, 0, i);
  while (i < n) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (!is_invisible(c)) out.append(c);
  }
  return out;
}

std::string normalise_text(std::string_view text) {
  icu::UnicodeString u =
      remove_invisible(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalised = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = std::move(normalised);
  }
  return tidy_whitespace(map_characters(u));
}

std::string split_glued_paragraphs(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 50);
  std::size_t copied = 0;
  std::size_t quotes = 0;  // '"' seen since the start of the current line
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '\n') quotes = 0;
    if (ch == '"') ++quotes;
    if (ch != '.' && ch != '!' && ch != '?') continue;
    std::size_t run_end = i;
    while (run_end < s.size() && (s[run_end] == '.' || s[run_end] == '!' || s[run_end] == '?')) ++run_end;
    std::size_t run_begin = i;
    i = run_end - 1;
    UChar32 prev = decode_before(s, run_begin);
    if (prev < 0) continue;
    bool prev_ok = u_islower(prev) || u_isdigit(prev) || prev == '"' || prev == ')' || prev == ']';
    if (!prev_ok) continue;
    // A quote right after the punctuation: it opens the next paragraph when the
    // quotes before it are balanced ("collecte.\"Il a été"), else it closes the
    // current one ("\"C'est fini.\"Le lendemain").
    std::size_t next_start = run_end;
    std::size_t split_at = run_end;
    if (next_start < s.size() && s[next_start] == '"') {
      ++next_start;
      if (quotes % 2 == 1) split_at = next_start;
    }
    std::size_t after_first = 0;
    UChar32 next1 = decode_at(s, next_start, &after_first);
    if (next1 < 0 || !(u_isupper(next1) || u_istitle(next1))) continue;
    UChar32 next2 = decode_at(s, after_first);
    if (next2 < 0 || !u_islower(next2)) continue;
    if (in_address(s, run_begin, run_end)) continue;
    if (run_end - run_begin == 1 && s[run_begin] == '.' && after_abbreviation(s, run_begin)) continue;
    out.append(s, copied, split_at - copied);
    out += "\n\n";
    copied = split_at;
  }
  out.append(s, copied, std::string_view::npos);
  return out;
}

std::string normalise(std::string_view text) { return split_glued_paragraphs(normalise_text(text)); }

std::string normalise_line(std::string_view text) {
  std::string s = normalise_text(text);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return normalise_text(s);
}

}  // namespace kg::extract
