#pragma once
// The analyser's raw output for one orthographic token, before disambiguation:
// its span in the document text and every analysis the dictionary gives it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// One part of an analysis: "de<pr>+le<det><def><m><sg>" has two parts.
struct MorphPart {
  std::string lemma;  // "le"; for a multiword with a split lemma ("avoir<vblex><inf># lieu") the joined "avoir lieu"
  std::string tags;   // dot-joined Apertium tags: "det.def.m.sg"
  // The first tag ("det", "vblex", "np"); empty when there is none.
  std::string_view pos() const;
  // True when `tag` is one of the tags ("sg" in "n.f.sg").
  bool has(std::string_view tag) const;
};

// One complete analysis of a token: one part, or several for a contraction.
struct MorphAnalysis {
  std::vector<MorphPart> parts;
  int coarse = -1;  // the HMM's coarse tag for this analysis (set by MorphTagger)
  // `coarse` of an analysis a language rule added (a guess for an unknown
  // word): MorphTagger classifies it before the HMM runs.
  static constexpr int kUnclassified = -2;
};

// A token as the dictionary sees it. `analyses` is empty for an unknown word
// (Apertium's '*') and for punctuation the dictionary does not list (then
// `punct` is true). Spans are byte offsets into the analysed text, half-open.
struct MorphToken {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::vector<MorphAnalysis> analyses;
  bool unknown = false;  // not in the dictionary
  bool punct = false;    // a punctuation or symbol character outside the dictionary
  bool in_proper_name = false;  // a word of a multiword proper name of the dictionary ("Fédération de Russie")
  int chosen = -1;       // index into `analyses` picked by the tagger; -1 when there are none
};

// Parses one Apertium analysis ("réduire<vblex><fti><p3><sg>",
// "de<pr>+le<det><def><m><sg>", "avoir<vblex><inf># lieu") into parts.
// Backslash escapes are removed. Never throws.
MorphAnalysis parse_analysis(const std::string& text);

}  // namespace kg::extract
