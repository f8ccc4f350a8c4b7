#include "extract/analyse/sentence_split.h"

#include <cctype>

namespace kg::extract {

namespace {

std::string_view span(std::string_view text, const MorphToken& t) {
  return text.substr(t.begin, t.end - t.begin);
}

bool is_final_mark(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

bool is_closing(std::string_view s) {
  return s == "\"" || s == ")" || s == "]" || s == "'" || s == "»" || s == "”";
}

bool starts_lower(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return std::islower(c) != 0;
  // é è à ç ê î ô û ï ë ù â œ: 0xC3 0xA0..0xBF are lower-case Latin-1 letters
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0xA0;
}

// "J." — one capital letter before the period, glued to it.
bool is_initial(std::string_view text, const MorphToken& prev, const MorphToken& mark) {
  if (prev.end != mark.begin) return false;
  std::string_view p = span(text, prev);
  return p.size() == 1 && std::isupper(static_cast<unsigned char>(p[0]));
}

bool newline_between(std::string_view text, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t i = from; i < to && i < text.size(); ++i)
    if (text[i] == '\n') return true;
  return false;
}

}  // namespace

std::vector<std::size_t> split_sentences(std::string_view text, const std::vector<MorphToken>& tokens,
                                         std::size_t max_tokens) {
  std::vector<std::size_t> ends;
  std::size_t start = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const MorphToken& t = tokens[i];
    std::size_t next = i + 1;
    bool end = false;
    std::string_view s = span(text, t);
    bool final_mark = is_final_mark(s);
    if (!final_mark && t.chosen >= 0) {
      const auto& parts = tokens[i].analyses[t.chosen].parts;
      final_mark = !parts.empty() && parts.back().pos() == "sent" && s != ":" && s != ";";
    }
    if (final_mark && !(i > start && s == "." && is_initial(text, tokens[i - 1], t))) {
      while (next < tokens.size() && is_closing(span(text, tokens[next])) &&
             !newline_between(text, tokens[next - 1].end, tokens[next].begin))
        ++next;
      end = next >= tokens.size() || !starts_lower(span(text, tokens[next]));
    }
    if (!end && next < tokens.size() && newline_between(text, tokens[next - 1].end, tokens[next].begin)) end = true;
    if (!end && next - start >= max_tokens) end = true;
    if (end || next >= tokens.size()) {
      ends.push_back(next);
      start = next;
      i = next - 1;
    }
  }
  return ends;
}

}  // namespace kg::extract
