// kgraph train-ner — trains a language's named-entity tagger from BIO files
// (scripts/train-ner.sh runs it on ../shared/train/ner).
#include <cstdio>
#include <memory>

#include "base/error.h"
#include "cli/commands.h"
#include "extract/ner/train.h"

namespace kg::cli {

namespace {

struct TrainNerOptions {
  extract::ner::NerTrainOptions train;
  std::vector<std::string> maps;
  std::string out;
  std::vector<std::string> dev;
};

void report_dev(const extract::ner::NerModel& model, const extract::ner::NerResources& res, const std::string& path,
                const extract::ner::NerTrainOptions& train) {
  std::vector<extract::ner::BioSentence> dev = extract::ner::read_bio(path, train.types);
  if (train.analyse) extract::ner::analyse_bio(dev, train.lang);
  const auto s = extract::ner::score_ner(model, dev, res);
  std::fprintf(stderr, "train-ner: %s (%zu tokens, %zu names): token accuracy %.4f, typed P %.4f R %.4f F1 %.4f, untyped F1 %.4f\n",
               path.c_str(), s.tokens, s.gold, s.accuracy, s.precision, s.recall, s.f1, s.untyped_f1);
  for (const auto& [type, f1] : s.f1_by_type) std::fprintf(stderr, "train-ner:   %s F1 %.4f\n", type.c_str(), f1);
}

}  // namespace

void add_train_ner_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<TrainNerOptions>();
  CLI::App* cmd = app.add_subcommand("train-ner", "Train a language's named-entity tagger on BIO files");
  cmd->add_option("--lang", opts->train.lang, "Language of the files")->required()->check(CLI::IsMember({"en", "fr"}));
  cmd->add_option("--train", opts->train.train_files, "BIO training files (token TAB tag)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--map", opts->maps, "Rename an entity type while reading, FROM=TO (TO = O drops it)");
  cmd->add_option("-o,--out", opts->out, "Model file to write (ontology/models/<lang>.ner.gz)")->required();
  cmd->add_option("--dev", opts->dev, "BIO files to score on afterwards")->check(CLI::ExistingFile);
  cmd->add_option("--epochs", opts->train.epochs, "Passes over the data")->capture_default_str();
  cmd->add_option("--seed", opts->train.seed, "Shuffling seed")->capture_default_str();
  cmd->add_option("--analysis-dropout", opts->train.analysis_dropout,
                  "Share of sentences trained without their analysis features, each epoch")->capture_default_str();
  cmd->callback([opts, exit_code]() {
    for (const std::string& m : opts->maps) {
      const std::size_t eq = m.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == m.size()) throw Error("train-ner --map " + m, "expected FROM=TO");
      opts->train.types[m.substr(0, eq)] = m.substr(eq + 1);
    }
    const auto res = extract::ner::load_ner_resources(opts->train.lang);
    const extract::ner::NerModel model = extract::ner::train_ner_model(opts->train, res->view, stderr);
    model.write(opts->out);
    std::fprintf(stderr, "train-ner: wrote %s (%zu features)\n", opts->out.c_str(), model.model().features());
    for (const std::string& d : opts->dev) report_dev(model, res->view, d, opts->train);
    *exit_code = 0;
  });
}

}  // namespace kg::cli
