#pragma once
// The one door to lttoolbox and Apertium: the morphological analyser (an
// lttoolbox FSTProcessor over a compiled .automorf.bin) and the HMM tagger
// model (an Apertium .prob file), run in-process. Apertium's headers put
// `using namespace std` at file scope, so they are included only by
// apertium_adapter.cpp; nothing else sees them.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analyse/morph_token.h"

namespace kg::extract {

// The immutable resources of one language: the analyser transducer's bytes and
// the HMM model. Loaded once, shared by all threads (read only).
class MorphData;

// Reads `automorf` (lttoolbox binary) and `prob` (Apertium HMM tagger data).
// Throws kg::Error naming the file when one is missing or unreadable.
std::shared_ptr<const MorphData> load_morph_data(const std::string& automorf,
                                                 const std::string& prob);

// Per-thread analyser + tagger over shared MorphData. Not thread-safe; cheap to
// create once the data is loaded (it rebuilds the FST processor from memory).
class MorphTagger {
 public:
  explicit MorphTagger(std::shared_ptr<const MorphData> data);
  ~MorphTagger();
  MorphTagger(const MorphTagger&) = delete;
  MorphTagger& operator=(const MorphTagger&) = delete;

  // Tokenises and analyses `text` with the dictionary, then picks one analysis
  // per token with the HMM (Viterbi over the whole text, as apertium-tagger
  // does). Every non-space byte of `text` lies in exactly one returned token:
  // characters the dictionary does not know become `punct` tokens. Spans are
  // byte offsets into `text`, in order. Never throws on odd text.
  // `prune`, when given, runs between the dictionary and the HMM: it may
  // remove analyses the context rules out (language rules).
  using Pruner = void (*)(std::string_view text, std::vector<MorphToken>& tokens);
  std::vector<MorphToken> analyse(std::string_view text, Pruner prune = nullptr);

  // Re-runs the HMM choice over `tokens` (e.g. after rules removed analyses):
  // sets `chosen` on every token that has analyses.
  void disambiguate(std::vector<MorphToken>& tokens) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract
