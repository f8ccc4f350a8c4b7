#pragma once
// The dependency parser: arc-hybrid transitions (Kuhlmann et al. 2011) with the
// root at the end of the buffer (Ballesteros & Nivre 2013), a greedy averaged
// perceptron over rich non-local features (Zhang & Nivre 2011) and, in
// training, the dynamic oracle with error exploration (Goldberg & Nivre 2013).
// Output: one projective tree per sentence, every word attached, one root.

#include <cstdint>
#include <string>
#include <vector>

#include "extract/parse/perceptron.h"
#include "extract/parse/word_features.h"

namespace kg::extract::parse {

// One training sentence: word keys (sentence_keys), the tag index of each word
// (as the tagger predicts it), and the gold tree: heads 1-based with 0 for the
// root, labels as indices into the label set.
struct TreeSentence {
  std::vector<WordKeys> keys;
  std::vector<std::uint32_t> tags;
  std::vector<std::uint32_t> heads;
  std::vector<std::uint32_t> labels;
};

// The parse of one sentence: per word, its head (1-based, 0 = root) and label index.
struct Tree {
  std::vector<std::uint32_t> heads;
  std::vector<std::uint32_t> labels;
};

// A trained parser; immutable, shareable between threads.
class Parser {
 public:
  Parser() = default;
  // `labels` must hold "root".
  Parser(std::vector<std::string> labels, LinearModel model);

  // Parses a sentence of keys (sentence_keys) and tag indices. Always returns
  // one tree over all the words: one root, no cycles, projective.
  Tree parse(const std::vector<WordKeys>& keys, const std::vector<std::uint32_t>& tags) const;

  const std::vector<std::string>& labels() const { return labels_; }
  const LinearModel& model() const { return model_; }

 private:
  std::vector<std::string> labels_;
  std::uint32_t root_ = 0;
  LinearModel model_;
};

// Trains a parser on `data` for `epochs` passes (shuffled by `seed`); from the
// second pass on, follows its own predictions 9 times out of 10 (error
// exploration). Non-projective gold trees are learnt as well as the transitions
// allow (the oracle picks the least costly). Deterministic.
Parser train_parser(const std::vector<TreeSentence>& data, std::vector<std::string> labels, int epochs,
                    std::uint64_t seed);

}  // namespace kg::extract::parse
