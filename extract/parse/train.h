#pragma once
// Training the syntax model of a language from Universal Dependencies
// treebanks: each gold sentence's text goes through kgraph's own analyser, so
// that the tagger and the parser learn from the same Apertium readings they
// will see at run time; the analysis is aligned to the gold words by form.

#include <cstdint>
#include <string>
#include <vector>

#include "extract/analyse/analyser.h"
#include "extract/parse/syntax_model.h"

namespace kg::extract::parse {

// One gold sentence of a CoNLL-U file (basic tree; multiword-token lines and
// empty nodes skipped).
struct GoldSentence {
  std::string id;    // # sent_id
  std::string text;  // # text
  std::vector<std::string> forms, upos, deprels;
  std::vector<std::uint32_t> heads;  // 1-based, 0 = root
};

// Reads a CoNLL-U file. Throws kg::Error naming the file and line of a malformed word line.
std::vector<GoldSentence> read_conllu(const std::string& path);

// The analysis of each gold word: kgraph's word aligned to it by form (longest
// common subsequence over the sentence), else the word analysed alone.
std::vector<Word> analyse_gold_words(Analyser& analyser, const std::string& lang, const GoldSentence& gold);

struct TrainOptions {
  std::string lang;
  std::vector<std::string> train_files;
  int tagger_epochs = 8;
  int parser_epochs = 15;
  int folds = 4;  // jackknifing: the parser learns from tags predicted by taggers that did not see the sentence
  std::uint64_t seed = 1;
  std::string data_dir = KG_APERTIUM_DATA_DIR;
};

// Trains the tagger and the parser. Progress lines go to `log` (may be null).
// Deterministic: the same files and options give the same model bytes.
SyntaxModel train_syntax_model(const TrainOptions& opts, std::FILE* log);

// Accuracy on gold-tokenised sentences: UPOS, UAS, LAS (universal relation, before ':').
struct GoldTokenScores {
  std::size_t words = 0;
  double upos = 0, uas = 0, las = 0;
};
GoldTokenScores score_gold_tokens(const SyntaxModel& model, const std::vector<GoldSentence>& gold,
                                  const std::string& data_dir = KG_APERTIUM_DATA_DIR);

}  // namespace kg::extract::parse
