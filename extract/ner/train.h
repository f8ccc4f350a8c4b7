#pragma once
// Training the named-entity tagger on BIO files (token TAB tag, a blank line
// between sentences), and scoring it. Deterministic: the same files, options
// and KB give the same model bytes.

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "extract/ner/ner_model.h"

namespace kg::extract::ner {

// One sentence of a BIO file: its tokens and their tags ("O", "B-PER"...).
struct BioSentence {
  std::vector<std::string> forms;
  std::vector<std::string> tags;
  std::vector<std::string> analyses;  // analysis_key() per token once analysed (analyse_bio), else empty
};

// Entity types renamed while reading ("person" -> "PER"); "O" drops the type.
using TypeMap = std::map<std::string, std::string>;

// Reads a BIO file. An I- tag not continuing a name of its type starts one
// (BIO2 repair). Throws kg::Error "PATH:LINE: reason" on a line that is not
// token TAB tag, an empty token, or a tag that is not O, B-TYPE or I-TYPE;
// "PATH: cannot read" when it cannot be opened.
std::vector<BioSentence> read_bio(const std::string& path, const TypeMap& types = {});

// Runs each sentence's text (its tokens joined by spaces) through kgraph's
// analyser for `lang` and fills `analyses`, aligning the analysis to the
// tokens by form as the parser's training does (parse::analyse_gold_words).
// Throws kg::Error when the language's Apertium data is missing.
void analyse_bio(std::vector<BioSentence>& sentences, const std::string& lang,
                 const std::string& data_dir = KG_APERTIUM_DATA_DIR);

struct NerTrainOptions {
  std::string lang;
  std::vector<std::string> train_files;
  TypeMap types;          // applied to every file
  int epochs = 8;
  std::uint64_t seed = 13;
  float min_weight = 0.0f;  // averaged weights below this magnitude are dropped
  bool analyse = true;      // analysis features (analyse_bio); false trains on the words alone
  // Share of sentences (chosen anew each epoch, deterministically) trained without
  // their analysis features, so that the words' own features learn too.
  double analysis_dropout = 0.5;
};

// Trains a model on the sentences (types: every type met, sorted). Logs one line per epoch to `log` (may be null).
NerModel train_ner(const std::string& lang, const std::string& about, const std::vector<BioSentence>& sentences,
                   const NerResources& res, const NerTrainOptions& options, std::FILE* log);

// Reads options.train_files and trains on all of them, in the order given.
NerModel train_ner_model(const NerTrainOptions& options, const NerResources& res, std::FILE* log);

// Scores against gold sentences: token accuracy and exact typed span P/R/F1.
struct NerScores {
  std::size_t tokens = 0, gold = 0, predicted = 0, correct = 0, untyped_correct = 0;
  double accuracy = 0, precision = 0, recall = 0, f1 = 0, untyped_f1 = 0;
  std::map<std::string, double> f1_by_type;
};
NerScores score_ner(const NerModel& model, const std::vector<BioSentence>& gold, const NerResources& res);

}  // namespace kg::extract::ner
