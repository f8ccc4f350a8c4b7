#pragma once
// The named-entity tagger: an averaged perceptron over BIO tags (O, B-PER,
// I-PER, ...), read greedily left to right with the two tags before as
// features (extract/ner/features.h). One file per language,
// ontology/models/<lang>.ner.gz, trained by `kgraph train-ner`
// (scripts/train-ner.sh). Loaded once, read-only: safe to share between threads.

#include <memory>
#include <string>
#include <vector>

#include "extract/ner/features.h"
#include "extract/parse/perceptron.h"

namespace kg::extract::ner {

// A name the tagger found: tokens [first, last) and its type ("PER", "LOC"...).
struct NerSpan {
  std::size_t first = 0, last = 0;
  std::string type;
  float margin = 0;  // the smallest, over its tokens, of how far the chosen tag's score beat the next best
};

class NerModel {
 public:
  // `tags` are the BIO tags in class order, "O" first; `model` scores them.
  NerModel(std::string lang, std::string about, std::vector<std::string> tags, parse::LinearModel model);

  // Reads a model file; throws kg::Error naming the file and what is wrong.
  static std::shared_ptr<const NerModel> read(const std::string& path);
  // Writes the model file (gzip, byte-identical for the same model).
  void write(const std::string& path) const;

  // The tag id of each token (greedy, never I-X after anything but B-X / I-X);
  // with `margins`, also how far each chosen tag's score beat the next best;
  // with `begin_types`, the type of the best-scoring B- tag at each token
  // (what the token would be if it started a name). Thread-safe.
  std::vector<std::uint32_t> tag_ids(const std::vector<TokenInfo>& info, std::vector<float>* margins = nullptr,
                                     std::vector<std::string>* begin_types = nullptr) const;
  // The BIO tag of each token of a sentence (tokens as written; analyses as
  // sentence_info() takes them). Thread-safe.
  std::vector<std::string> tag(const std::vector<std::string>& forms, const std::vector<std::string>& analyses,
                               const NerResources& res) const;
  // The names in a sentence's tags, in order (margins as tag_ids gives them, or empty).
  std::vector<NerSpan> spans(const std::vector<std::uint32_t>& ids, const std::vector<float>& margins = {}) const;

  const std::string& lang() const { return lang_; }
  const std::string& about() const { return about_; }  // how it was trained, in words
  const std::vector<std::string>& tags() const { return tags_; }
  const parse::LinearModel& model() const { return model_; }

 private:
  std::string lang_, about_;
  std::vector<std::string> tags_;
  std::vector<std::string> types_;    // per tag: its type ("" for O)
  std::vector<bool> inside_;          // per tag: an I- tag
  parse::LinearModel model_;
};

// The BIO tags of a set of entity types: "O", then B-T and I-T for each type in order.
std::vector<std::string> bio_tags(const std::vector<std::string>& types);

// The path of a language's model in `dir` (<dir>/<lang>.ner.gz).
std::string ner_model_path(const std::string& lang, const std::string& dir);

// The model of `lang` in `dir` (default: the shipped models), or null when
// there is no file for it. Throws kg::Error when the file exists but is bad.
std::shared_ptr<const NerModel> load_ner_model(const std::string& lang, const std::string& dir = {});

}  // namespace kg::extract::ner
