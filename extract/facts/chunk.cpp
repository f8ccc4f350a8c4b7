#include "extract/facts/chunk.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg::extract {

bool FlatWord::has_tag(const std::string& tag) const {
  std::size_t i = 0;
  while (i <= tags.size()) {
    std::size_t j = tags.find('.', i);
    if (j == std::string::npos) j = tags.size();
    if (tags.compare(i, j - i, tag) == 0 && j - i == tag.size()) return true;
    i = j + 1;
  }
  return false;
}

namespace {

// True for a form made only of white space (ASCII or Unicode: NBSP, narrow NBSP...).
bool is_blank(const std::string& s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0 || !u_isUWhiteSpace(c)) return false;
  }
  return true;
}

}  // namespace

std::vector<FlatWord> flatten(const Sentence& s) {
  std::vector<FlatWord> out;
  for (const auto& t : s.tokens) {
    bool cap = false;
    if (!t.surface.empty()) {
      int32_t i = 0;
      UChar32 c;
      U8_NEXT(t.surface.data(), i, static_cast<int32_t>(t.surface.size()), c);
      cap = c >= 0 && (u_isupper(c) || u_istitle(c));
    }
    for (const auto& w : t.words) {
      // the analyser may hand back a blank word (e.g. after a contraction): not a word
      if (is_blank(w.form)) continue;
      FlatWord f;
      f.form = w.form;
      f.lemma = w.lemma;
      f.tags = w.tags;
      f.pos = w.tags.substr(0, w.tags.find('.'));
      f.upos = w.upos;
      f.begin = t.begin;
      f.end = t.end;
      f.unknown = w.unknown;
      f.capitalised = cap && &w == &t.words.front();
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace kg::extract
