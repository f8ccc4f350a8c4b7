// kgraph train-parser — trains a language's UPOS tagger and dependency parser
// from Universal Dependencies treebanks (scripts/train-parser.sh runs it on ../shared/train/ud).
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "extract/parse/train.h"

namespace kg::cli {

namespace {

struct TrainParserOptions {
  extract::parse::TrainOptions train;
  std::string out;
  std::vector<std::string> dev;
};

void report_dev(const extract::parse::SyntaxModel& model, const std::string& path) {
  const auto scores = extract::parse::score_gold_tokens(model, extract::parse::read_conllu(path));
  std::fprintf(stderr, "train-parser: %s (gold tokens, %zu words): UPOS %.4f UAS %.4f LAS %.4f\n", path.c_str(),
               scores.words, scores.upos, scores.uas, scores.las);
}

}  // namespace

void add_train_parser_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<TrainParserOptions>();
  CLI::App* cmd = app.add_subcommand("train-parser", "Train a language's UPOS tagger and dependency parser on UD treebanks");
  cmd->add_option("--lang", opts->train.lang, "Language of the treebanks")->required()->check(CLI::IsMember({"en", "fr"}));
  cmd->add_option("--train", opts->train.train_files, "CoNLL-U training files")->required()->check(CLI::ExistingFile);
  cmd->add_option("-o,--out", opts->out, "Model file to write (ontology/models/<lang>.syntax.gz)")->required();
  cmd->add_option("--dev", opts->dev, "CoNLL-U files to score on afterwards (gold tokens)")->check(CLI::ExistingFile);
  cmd->add_option("--tagger-epochs", opts->train.tagger_epochs, "Passes over the data for the tagger")
      ->capture_default_str();
  cmd->add_option("--parser-epochs", opts->train.parser_epochs, "Passes over the data for the parser")
      ->capture_default_str();
  cmd->add_option("--seed", opts->train.seed, "Shuffling seed")->capture_default_str();
  cmd->callback([opts, exit_code]() {
    const extract::parse::SyntaxModel model = extract::parse::train_syntax_model(opts->train, stderr);
    model.write(opts->out);
    std::fprintf(stderr, "train-parser: wrote %s\n", opts->out.c_str());
    for (const std::string& d : opts->dev) report_dev(model, d);
    *exit_code = 0;
  });
}

}  // namespace kg::cli
