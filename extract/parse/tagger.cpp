#include "extract/parse/tagger.h"

#include <algorithm>

namespace kg::extract::parse {

namespace {

// Feature template ids: one per row; the number is part of the model's keys.
enum TaggerTemplate : std::uint32_t {
  kBias, kWord, kPrevWord, kNextWord, kPrev2Word, kNext2Word, kSuffix1, kSuffix2, kSuffix3, kSuffix4,
  kPrefix, kShape, kApos, kTags, kTag1, kLemma, kPrevApos, kNextApos, kPrevTags, kNextTags, kPrevTag,
  kPrevTags2, kPrevTagWord, kAposWord, kUnknownShape, kShapePrevShape, kNextAposApos, kPrevTagApos,
  kNext2Apos, kWordNextWord, kPrevWordWord,
};

std::uint64_t tag_key(std::uint32_t t) { return mix64(0x5441470000000000ULL + t); }

int argmax(const std::vector<float>& scores) {
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

}  // namespace

void tagger_features(const std::vector<WordKeys>& k, std::size_t i, std::uint32_t prev, std::uint32_t prev2,
                     std::vector<std::uint64_t>& out) {
  out.clear();
  const std::size_t c = i + 1;  // keys index of word i
  const WordKeys& w = k[c];
  const WordKeys& p = k[c - 1];
  const WordKeys& n = k[c + 1];
  const WordKeys& p2 = c >= 2 ? k[c - 2] : k[0];
  const WordKeys& n2 = c + 2 < k.size() ? k[c + 2] : k.back();
  out.push_back(feature(kBias, 0));
  out.push_back(feature(kWord, w.lower));
  out.push_back(feature(kPrevWord, p.lower));
  out.push_back(feature(kNextWord, n.lower));
  out.push_back(feature(kPrev2Word, p2.lower));
  out.push_back(feature(kNext2Word, n2.lower));
  out.push_back(feature(kSuffix1, w.suffix[0]));
  out.push_back(feature(kSuffix2, w.suffix[1]));
  out.push_back(feature(kSuffix3, w.suffix[2]));
  out.push_back(feature(kSuffix4, w.suffix[3]));
  out.push_back(feature(kPrefix, w.prefix));
  out.push_back(feature(kShape, w.shape));
  out.push_back(feature(kApos, w.apos));
  out.push_back(feature(kTags, w.tags));
  out.push_back(feature(kTag1, w.tag1));
  out.push_back(feature(kLemma, w.lemma));
  out.push_back(feature(kPrevApos, p.apos));
  out.push_back(feature(kNextApos, n.apos));
  out.push_back(feature(kPrevTags, p.tags));
  out.push_back(feature(kNextTags, n.tags));
  out.push_back(feature(kPrevTag, tag_key(prev)));
  out.push_back(feature(kPrevTags2, tag_key(prev), tag_key(prev2)));
  out.push_back(feature(kPrevTagWord, tag_key(prev), w.lower));
  out.push_back(feature(kAposWord, w.apos, w.lower));
  out.push_back(feature(kUnknownShape, w.unknown ? 1 : 2, w.shape));
  out.push_back(feature(kShapePrevShape, w.shape, p.shape));
  out.push_back(feature(kNextAposApos, w.tags, n.apos));
  out.push_back(feature(kPrevTagApos, tag_key(prev), w.tags));
  out.push_back(feature(kNext2Apos, n.apos, n2.apos));
  out.push_back(feature(kWordNextWord, w.lower, n.lower));
  out.push_back(feature(kPrevWordWord, p.lower, w.lower));
}

std::vector<std::uint32_t> Tagger::tag(const std::vector<WordKeys>& keys) const {
  const std::size_t n = keys.size() - 2;
  std::vector<std::uint32_t> out(n);
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(model_.classes());
  std::uint32_t prev = kNoTag, prev2 = kNoTag;
  for (std::size_t i = 0; i < n; ++i) {
    tagger_features(keys, i, prev, prev2, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.score(feats, scores.data());
    out[i] = static_cast<std::uint32_t>(argmax(scores));
    prev2 = prev;
    prev = out[i];
  }
  return out;
}

Tagger train_tagger(const std::vector<TaggedSentence>& data, std::vector<std::string> tags, int epochs,
                    std::uint64_t seed) {
  PerceptronTrainer trainer(static_cast<std::uint32_t>(tags.size()));
  std::vector<std::uint64_t> feats;
  std::vector<float> scores;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (std::size_t s : shuffled_order(data.size(), seed + static_cast<std::uint64_t>(epoch))) {
      const TaggedSentence& sent = data[s];
      std::uint32_t prev = kNoTag, prev2 = kNoTag;
      for (std::size_t i = 0; i < sent.gold.size(); ++i) {
        tagger_features(sent.keys, i, prev, prev2, feats);
        trainer.score(feats, scores);
        const auto guess = static_cast<std::uint32_t>(argmax(scores));
        trainer.update(feats, sent.gold[i], guess);
        prev2 = prev;
        prev = guess;
      }
    }
  }
  return Tagger(std::move(tags), trainer.average());
}

}  // namespace kg::extract::parse
