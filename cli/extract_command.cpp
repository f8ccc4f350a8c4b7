// kgraph extract INPUT... — facts on stdout, one a line (TSV or JSON Lines).
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/run_inputs.h"
#include "extract/facts/extractor.h"
#include "extract/facts/fact_format.h"

namespace kg::cli {

namespace {

struct ExtractOptions {
  InputOptions in;
  std::string format = "tsv";
};

}  // namespace

void add_extract_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Print the facts of the inputs, one a line");
  add_input_options(cmd, &opts->in);
  cmd->add_option("--format", opts->format,
                  "Output format: tsv (doc, sentence, subject, predicate, object, qualifiers, negated, "
                  "confidence, sentence, modality, rule) or jsonl")
      ->check(CLI::IsMember({"tsv", "jsonl"}))
      ->capture_default_str();
  cmd->callback([opts, exit_code]() {
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
