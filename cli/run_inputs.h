#pragma once
// Options every pipeline subcommand shares (inputs, --lang, --threads), and
// running the pipeline over them with issues on stderr and a progress line.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "extract/pipeline.h"

namespace kg::cli {

struct InputOptions {
  std::vector<std::string> inputs;
  std::string lang;
  unsigned threads = 0;
  bool keep_boilerplate = false;
};

// Declares INPUT... (required), --lang, --threads and --keep-boilerplate on `cmd`.
void add_input_options(CLI::App* cmd, InputOptions* options);

// The outcome of running the pipeline: the reports and stats for report.json.
struct RunResult {
  std::vector<extract::InputReport> reports;
  extract::PipelineStats stats;
  double seconds = 0;
  // 0 when every input was read in full, 1 when something was skipped.
  int exit_code() const;
};

// Runs the pipeline; each issue is printed to stderr as "kgraph: file:line: reason".
RunResult run_pipeline(const InputOptions& options, const extract::Pipeline::DocumentSink& sink);

// As above, with fact extraction on the worker threads (Pipeline::run_with_facts):
// `sink` gets each analysed document and its facts, in input order.
RunResult run_pipeline_with_facts(const InputOptions& options,
                                  std::shared_ptr<const extract::FactResources> resources,
                                  const extract::Pipeline::FactSink& sink);

}  // namespace kg::cli
