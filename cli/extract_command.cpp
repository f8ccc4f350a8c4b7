// kgraph extract INPUT... — facts on stdout, one a line.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/run_inputs.h"

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
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"tsv", "jsonl"}));
  cmd->callback([opts, exit_code]() {
    RunResult run = run_pipeline(opts->in, [&](extract::AnalysedDocument&&) {
      // Fact extraction (issues 3 and 4) prints its facts here.
    });
    *exit_code = run.exit_code();
  });
}

}  // namespace kg::cli
