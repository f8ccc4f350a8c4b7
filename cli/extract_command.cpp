// kgraph extract INPUT... — facts on stdout, one a line (TSV or JSON Lines).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/run_inputs.h"
#include "extract/analyse/analyser.h"
#include "extract/facts/extractor.h"
#include "extract/facts/fact_format.h"
#include "extract/lang/en/carb_en.h"

namespace kg::cli {

namespace {

struct ExtractOptions {
  InputOptions in;
  std::string format = "tsv";
};

// --format carb: every line of every input is one English sentence, as the
// CaRB benchmark gives them; no ingest, no language id, no sentence split.
int run_carb(const std::vector<std::string>& inputs) {
  extract::Analyser analyser(extract::load_language("en"));
  int code = 0;
  std::string buf;
  for (const auto& path : inputs) {
    std::ifstream file;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        std::fprintf(stderr, "kgraph: %s: cannot open for reading\n", path.c_str());
        code = 1;
        continue;
      }
    }
    std::istream& in = path == "-" ? std::cin : file;
    std::string line;
    while (std::getline(in, line)) {
      buf.clear();
      extract::en::append_carb(line, analyser, buf);
      std::fwrite(buf.data(), 1, buf.size(), stdout);
    }
  }
  std::fflush(stdout);
  return code;
}

}  // namespace

void add_extract_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Print the facts of the inputs, one a line");
  add_input_options(cmd, &opts->in);
  cmd->add_option("--format", opts->format,
                  "Output format: tsv (doc, sentence, subject, predicate, object, qualifiers, negated, "
                  "confidence, sentence, modality, rule), jsonl, or carb (each input line one pre-tokenised "
                  "English sentence; prints sentence, confidence, relation, arg1, arg2...)")
      ->check(CLI::IsMember({"tsv", "jsonl", "carb"}))
      ->capture_default_str();
  cmd->callback([opts, exit_code]() {
    if (opts->format == "carb") {
      *exit_code = run_carb(opts->in.inputs);
      return;
    }
    auto resources = extract::load_fact_resources();
    extract::FactExtractor extractor(resources);
    std::string buf;
    const bool jsonl = opts->format == "jsonl";
    RunResult run = run_pipeline(opts->in, [&](extract::AnalysedDocument&& doc) {
      extract::DocumentFacts facts = extractor.extract(doc);
      buf.clear();
      for (const auto& f : facts.facts) {
        if (jsonl) extract::append_fact_jsonl(f, buf);
        else extract::append_fact_tsv(f, buf);
      }
      std::fwrite(buf.data(), 1, buf.size(), stdout);
    });
    std::fflush(stdout);
    *exit_code = run.exit_code();
  });
}

}  // namespace kg::cli
