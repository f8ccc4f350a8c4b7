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
