#include "cli/run_inputs.h"

#include <chrono>
#include <cstdio>

#include "cli/progress.h"

namespace kg::cli {

void add_input_options(CLI::App* cmd, InputOptions* o) {
  cmd->add_option("inputs", o->inputs,
                  "Files (.txt, .jsonl, .html), directories (recursive), or - for JSONL on stdin")
      ->required();
  cmd->add_option("--lang", o->lang, "Force the language of every document (default: detect)")
      ->check(CLI::IsMember(extract::supported_languages()));
  cmd->add_option("--threads,-j", o->threads, "Worker threads (default: one per core)");
  cmd->add_flag("--keep-boilerplate", o->keep_boilerplate,
                "Keep cookie banners, share lines, photo credits... (default: removed)");
}

int RunResult::exit_code() const {
  return extract::any_skipped(reports) || stats.documents_skipped > 0 ? 1 : 0;
}

namespace {

// Runs `go(pipeline, on_issue, on_progress)` with the options, issue printing
// and progress line every pipeline subcommand shares.
template <class Go>
RunResult run_with(const InputOptions& options, Go go) {
  extract::PipelineOptions po;
  po.ingest.forced_lang = options.lang;
  po.ingest.strip_boilerplate = !options.keep_boilerplate;
  po.threads = options.threads;
  extract::Pipeline pipeline(po);
  Progress progress;
  auto start = std::chrono::steady_clock::now();
  RunResult result;
  result.reports = go(
      pipeline,
      [&](const extract::InputIssue& issue) {
        progress.finish();
        std::fprintf(stderr, "kgraph: %s%s\n", issue.skipped ? "" : "warning: ",
                     extract::format_issue(issue).c_str());
      },
      [&](std::size_t done) { progress.update(done); });
  progress.finish();
  result.stats = pipeline.stats();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace

RunResult run_pipeline(const InputOptions& options, const extract::Pipeline::DocumentSink& sink) {
  return run_with(options, [&](extract::Pipeline& p, const auto& on_issue, const auto& on_progress) {
    return p.run(options.inputs, sink, on_issue, on_progress);
  });
}

RunResult run_pipeline_with_facts(const InputOptions& options,
                                  std::shared_ptr<const extract::FactResources> resources,
                                  const extract::Pipeline::FactSink& sink) {
  return run_with(options, [&](extract::Pipeline& p, const auto& on_issue, const auto& on_progress) {
    return p.run_with_facts(options.inputs, resources, sink, on_issue, on_progress);
  });
}

}  // namespace kg::cli
