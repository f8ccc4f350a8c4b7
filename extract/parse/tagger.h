#pragma once
// The UPOS tagger: a greedy left-to-right averaged perceptron over the words,
// their affixes and shapes, kgraph's Apertium analysis of them and the two
// tags before (Collins 2002; features after Ratnaparkhi 1996).

#include <cstdint>
#include <string>
#include <vector>

#include "extract/parse/perceptron.h"
#include "extract/parse/word_features.h"

namespace kg::extract::parse {

// One training sentence: the keys of its words (sentence_keys: with the two
// sentinels) and the gold tag of each word, as an index into the tag set.
struct TaggedSentence {
  std::vector<WordKeys> keys;
  std::vector<std::uint32_t> gold;
};

// A trained tagger; immutable, shareable between threads.
class Tagger {
 public:
  Tagger() = default;
  Tagger(std::vector<std::string> tags, LinearModel model) : tags_(std::move(tags)), model_(std::move(model)) {}

  // The tag index of each word; keys as sentence_keys gives them.
  std::vector<std::uint32_t> tag(const std::vector<WordKeys>& keys) const;

  const std::vector<std::string>& tags() const { return tags_; }
  const LinearModel& model() const { return model_; }

 private:
  std::vector<std::string> tags_;
  LinearModel model_;
};

// The features of word i (0-based) given the tags chosen for the two words before
// (kNoTag at the start). Appends to `out` after clearing it.
inline constexpr std::uint32_t kNoTag = 0xffff;
void tagger_features(const std::vector<WordKeys>& keys, std::size_t i, std::uint32_t prev, std::uint32_t prev2,
                     std::vector<std::uint64_t>& out);

// Trains a tagger over `data` for `epochs` passes, visiting sentences in an
// order shuffled by `seed`. Deterministic: same data, same model.
Tagger train_tagger(const std::vector<TaggedSentence>& data, std::vector<std::string> tags, int epochs,
                    std::uint64_t seed);

}  // namespace kg::extract::parse
