// kgraph build INPUT... -o DIR — the whole pipeline; writes DIR/graph.json and
// DIR/report.json.
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/atomic_file.h"
#include "base/error.h"
#include "cli/commands.h"
#include "cli/run_inputs.h"
#include "export/json_graph_writer.h"
#include "export/report_writer.h"
#include "graph/knowledge_graph.h"
#include "graph/resolve/entity_registry.h"
#include "ontology/kb.h"

#include <sstream>

namespace kg::cli {

namespace {

struct BuildOptions {
  InputOptions in;
  std::string out_dir;
  std::vector<std::string> kb_files;  // --kb FILE (repeatable)
  bool explain_merges = false;
};

int run_build(const BuildOptions& o) {
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec || !std::filesystem::is_directory(o.out_dir))
    throw Error("cannot create output directory " + o.out_dir, ec ? ec.message() : "not a directory");

  // The KB loads (and is checked) before any input is read.
  ontology::KbOptions kb_options;
  for (const auto& f : o.kb_files) kb_options.user_files.emplace_back(f);
  std::shared_ptr<const ontology::KnowledgeBase> kb = ontology::KnowledgeBase::load(kb_options);
  graph::EntityRegistry entities;  // filled by entity resolution (issue 5) once mentions reach the sink

  graph::KnowledgeGraph graph;
  RunResult run = run_pipeline(o.in, [&](extract::AnalysedDocument&&) {
    // Fact extraction and entity resolution attach here (issues 3-5).
  });

  exporters::RunSummary summary;
  summary.inputs = run.reports;
  summary.stats = run.stats;
  summary.entities = graph.entity_count();
  summary.facts = graph.relation_count();
  summary.outputs = {"graph.json", "report.json"};
  if (o.explain_merges) summary.outputs.push_back("merges.tsv");
  summary.seconds = run.seconds;
  summary.exit_code = run.exit_code();

  std::filesystem::path dir(o.out_dir);
  entities.add_to(graph);
  exporters::write_graph_json(graph, kb->fingerprint(), (dir / "graph.json").string());
  if (o.explain_merges) {
    std::ostringstream tsv;
    graph::write_merge_explanations(tsv, entities.explanations());
    AtomicFile out((dir / "merges.tsv").string());
    out.write(tsv.str());
    out.commit();
  }
  exporters::write_report_json(summary, (dir / "report.json").string());
  std::fprintf(stderr, "kgraph: %zu documents (%zu skipped), %zu sentences, %zu entities, %zu facts -> %s\n",
               run.stats.documents_analysed, run.stats.documents_skipped, run.stats.sentences,
               summary.entities, summary.facts, o.out_dir.c_str());
  return summary.exit_code;
}

}  // namespace

void add_build_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand("build", "Build the knowledge graph of the inputs into a directory");
  add_input_options(cmd, &opts->in);
  cmd->add_option("-o,--output", opts->out_dir, "Output directory (created if missing)")->required();
  cmd->add_option("--kb", opts->kb_files,
                  "Add your own entities from a KB file (TSV, format in ontology/kb/README.md); repeatable")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--explain-merges", opts->explain_merges,
                "Write DIR/merges.tsv: which mention became which entity, and by which rule");
  cmd->callback([opts, exit_code]() { *exit_code = run_build(*opts); });
}

}  // namespace kg::cli
