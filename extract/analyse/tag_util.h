#pragma once
// Small helpers the language rule tables share: tag tests on Apertium's
// dot-joined tag strings and ASCII/Latin-1 case tests on UTF-8 forms.

#include <string>
#include <string_view>

namespace kg::extract::rules {

// The first tag of "vblex.pri.p3.sg": "vblex".
inline std::string_view first_tag(std::string_view tags) { return tags.substr(0, tags.find('.')); }

// True when `tag` is one of the dot-joined `tags`.
inline bool has_tag(std::string_view tags, std::string_view tag) {
  while (!tags.empty()) {
    std::size_t dot = tags.find('.');
    if (tags.substr(0, dot) == tag) return true;
    if (dot == std::string_view::npos) break;
    tags.remove_prefix(dot + 1);
  }
  return false;
}

// True when the form starts with a capital letter (ASCII or a Latin-1
// supplement capital such as É, À, Ç).
inline bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c == 0xC3 && s.size() > 1) {
    unsigned char d = static_cast<unsigned char>(s[1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  return false;
}

// ASCII case-insensitive equality (`lower` must be lower case).
inline bool iequals(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// True when `s` equals (case-insensitively) one of `list`.
template <std::size_t N>
bool in_list(std::string_view s, const std::string_view (&list)[N]) {
  for (auto w : list)
    if (iequals(s, w)) return true;
  return false;
}

// The form with ASCII capitals lowered ("Said" -> "said"); other bytes kept.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace kg::extract::rules
