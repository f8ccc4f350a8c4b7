#include "extract/parse/word_features.h"

#include <string>

#include "extract/parse/perceptron.h"

namespace kg::extract::parse {

namespace {

bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Lowercases ASCII and the Latin-1 capitals (À..Þ, encoded C3 80..9E); folds digits to 0.
std::string fold(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (is_ascii_upper(c)) {
      out[i] = static_cast<char>(c + 32);
    } else if (is_digit(c)) {
      out[i] = '0';
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

// Byte offsets where each UTF-8 character starts.
std::vector<std::size_t> char_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
  return starts;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (is_ascii_upper(c)) return true;
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x80 &&
         static_cast<unsigned char>(s[1]) <= 0x9E;
}

// A word's shape as bits: capitalised, all capitals, has a lower-case letter,
// digit, hyphen, apostrophe, period, other punctuation, plus its length in 5 buckets.
std::uint64_t shape_of(std::string_view s) {
  std::uint64_t bits = starts_upper(s) ? 1 : 0;
  bool upper_only = true, any_letter = false;
  for (unsigned char c : s) {
    if (is_ascii_lower(c)) bits |= 4, upper_only = false, any_letter = true;
    else if (is_ascii_upper(c)) any_letter = true;
    else if (is_digit(c)) bits |= 8;
    else if (c == '-') bits |= 16;
    else if (c == '\'') bits |= 32;
    else if (c == '.') bits |= 64;
    else if (c < 0x80) bits |= 128;
    else if (c >= 0xC0) any_letter = true;
  }
  if (any_letter && upper_only) bits |= 2;
  const std::size_t n = char_starts(s).size();
  const std::uint64_t len = n <= 1 ? 0 : n == 2 ? 1 : n == 3 ? 2 : n <= 6 ? 3 : 4;
  return mix64(bits | (len << 8));
}

std::string_view first_tag(std::string_view tags) { return tags.substr(0, tags.find('.')); }

}  // namespace

WordKeys word_keys(const Word& w) {
  WordKeys k;
  const std::string lower = fold(w.form);
  k.lower = hash_text(lower);
  k.lemma = hash_text(fold(w.lemma));
  k.apos = hash_text(w.upos);
  k.tag1 = hash_text(first_tag(w.tags));
  k.tags = hash_text(w.tags);
  k.shape = shape_of(w.form);
  const std::vector<std::size_t> starts = char_starts(lower);
  const std::size_t n = starts.size();
  for (std::size_t len = 1; len <= 4; ++len) {
    std::string_view tail = len <= n ? std::string_view(lower).substr(starts[n - len]) : std::string_view(lower);
    k.suffix[len - 1] = hash_text(tail);
  }
  k.prefix = hash_text(n > 2 ? std::string_view(lower).substr(0, starts[2]) : std::string_view(lower));
  k.unknown = w.unknown;
  return k;
}

std::vector<WordKeys> sentence_keys(const std::vector<const Word*>& words) {
  std::vector<WordKeys> keys;
  keys.reserve(words.size() + 2);
  WordKeys start;
  start.lower = start.lemma = start.apos = start.tag1 = start.tags = start.shape = start.prefix =
      hash_text("<s>");
  for (auto& s : start.suffix) s = start.lower;
  keys.push_back(start);
  for (const Word* w : words) keys.push_back(word_keys(*w));
  WordKeys end = start;
  end.lower = end.lemma = end.apos = end.tag1 = end.tags = end.shape = end.prefix = hash_text("</s>");
  for (auto& s : end.suffix) s = end.lower;
  keys.push_back(end);
  return keys;
}

std::vector<const Word*> sentence_words(const Sentence& s) {
  std::vector<const Word*> words;
  for (const Token& t : s.tokens)
    for (const Word& w : t.words) words.push_back(&w);
  return words;
}

}  // namespace kg::extract::parse
