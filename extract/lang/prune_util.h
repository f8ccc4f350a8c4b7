#pragma once
// Removing analyses from a token before the HMM, never the last one.

#include <algorithm>
#include <vector>

#include "extract/analyse/morph_token.h"

namespace kg::extract::rules {

// Removes the analyses for which `drop` is true, unless that would leave none.
template <typename Pred>
void drop_analyses(MorphToken& t, Pred drop) {
  std::size_t keep = 0;
  for (const auto& a : t.analyses) keep += !drop(a);
  if (keep == 0 || keep == t.analyses.size()) return;
  t.analyses.erase(std::remove_if(t.analyses.begin(), t.analyses.end(), drop), t.analyses.end());
}

// True when some analysis satisfies `p`.
template <typename Pred>
bool any_analysis(const MorphToken& t, Pred p) {
  return std::any_of(t.analyses.begin(), t.analyses.end(), p);
}

// True when every analysis satisfies `p` (and there is at least one).
template <typename Pred>
bool all_analyses(const MorphToken& t, Pred p) {
  return !t.analyses.empty() && std::all_of(t.analyses.begin(), t.analyses.end(), p);
}

// The first part's first tag of an analysis: "vblex", "n", "det".
inline std::string_view pos_of(const MorphAnalysis& a) {
  return a.parts.empty() ? std::string_view() : a.parts[0].pos();
}

}  // namespace kg::extract::rules

namespace kg::extract::rules {

// Adds a guessed one-part analysis ("lemma", "adj.mf.sg") to a token; the
// tagger classifies it before the HMM.
inline void add_guess(MorphToken& t, std::string_view lemma, std::string_view tags) {
  MorphAnalysis a;
  a.parts.push_back(MorphPart{std::string(lemma), std::string(tags)});
  a.coarse = MorphAnalysis::kUnclassified;
  t.analyses.push_back(std::move(a));
}

// True when `s` ends with `suffix`.
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace kg::extract::rules
