#pragma once
// Helpers for the mention-finding tests of every language.

#include <string>
#include <vector>

#include "extract/analyse/analyser.h"
#include "extract/facts/chunk.h"
#include "extract/facts/fact.h"

namespace kg::extract::mention_testing {

// The mentions `find` (fr::find_mentions, en::find_mentions) returns for each
// sentence of `text`, analysed as a document in `lang`, in text order.
template <class Finder>
std::vector<Mention> mentions_in(Analyser& analyser, const std::string& lang, const std::string& text, Finder find) {
  Document d{"m", "", 0, lang, "", "", "", text};
  AnalysedDocument ad = analyser.analyse(std::move(d));
  std::vector<Mention> out;
  for (std::size_t s = 0; s < ad.sentences.size(); ++s) {
    std::vector<FlatWord> words = flatten(ad.sentences[s]);
    std::vector<int> wm;
    for (auto& m : find(words, ad.doc.text, s, wm)) out.push_back(m);
  }
  return out;
}

// The mention with exactly this text, or null. Points into `ms`.
inline const Mention* find(const std::vector<Mention>& ms, const std::string& text) {
  for (const auto& m : ms)
    if (m.text == text) return &m;
  return nullptr;
}

// The mentions as "[text|type] ...", for failure messages.
inline std::string list(const std::vector<Mention>& ms) {
  std::string out;
  for (const auto& m : ms) out += "[" + m.text + "|" + m.type + "] ";
  return out;
}

}  // namespace kg::extract::mention_testing
