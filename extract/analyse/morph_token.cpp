#include "extract/analyse/morph_token.h"

namespace kg::extract {

std::string_view MorphPart::pos() const {
  std::string_view t(tags);
  return t.substr(0, t.find('.'));
}

bool MorphPart::has(std::string_view tag) const {
  std::string_view t(tags);
  while (!t.empty()) {
    std::size_t dot = t.find('.');
    if (t.substr(0, dot) == tag) return true;
    if (dot == std::string_view::npos) break;
    t.remove_prefix(dot + 1);
  }
  return false;
}

namespace {

// Parses "lemma<t1><t2># queue" starting at text[i], up to '+' or the end.
MorphPart parse_part(const std::string& text, std::size_t& i) {
  MorphPart part;
  std::string queue;
  bool in_queue = false;
  while (i < text.size()) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size()) {
      (in_queue ? queue : part.lemma) += text[i + 1];
      i += 2;
      continue;
    }
    if (c == '+') break;
    if (c == '<') {
      std::size_t close = text.find('>', i);
      if (close == std::string::npos) close = text.size();
      if (!part.tags.empty()) part.tags += '.';
      part.tags.append(text, i + 1, close - i - 1);
      i = close + 1;
      continue;
    }
    if (c == '#') {
      in_queue = true;
      ++i;
      continue;
    }
    (in_queue ? queue : part.lemma) += c;
    ++i;
  }
  part.lemma += queue;  // the queue starts with its own space: "avoir" + " lieu"
  return part;
}

}  // namespace

MorphAnalysis parse_analysis(const std::string& text) {
  MorphAnalysis a;
  std::size_t i = 0;
  while (i < text.size()) {
    a.parts.push_back(parse_part(text, i));
    if (i < text.size() && text[i] == '+') ++i;
  }
  return a;
}

}  // namespace kg::extract
