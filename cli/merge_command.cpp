// kgraph merge A/graph.json B/graph.json ... -o DIR — the union of graphs
// built separately (shards of a corpus), written in every format.
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/error.h"
#include "cli/commands.h"
#include "export/graph_outputs.h"
#include "graph/graph_reader.h"

namespace kg::cli {

namespace {

struct MergeOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string formats = "all";
  exporters::OutputOptions outputs;
};

int run_merge(MergeOptions o) {
  o.outputs.formats = exporters::parse_formats(o.formats);
  exporters::normalise_base_iri(o.outputs.base);
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec || !std::filesystem::is_directory(o.out_dir))
    throw Error("cannot create output directory " + o.out_dir, ec ? ec.message() : "not a directory");

  graph::KnowledgeGraph merged;
  std::string kb;
  for (const auto& path : o.inputs) {
    graph::LoadedGraph g = graph::read_graph_json(path);  // kg::Error names file, line and reason
    if (kb.empty()) {
      kb = g.kb;
    } else if (g.kb != kb) {
      std::fprintf(stderr, "kgraph: warning: %s was built with knowledge base %s, not %s; entity ids may differ\n",
                   path.c_str(), g.kb.c_str(), kb.c_str());
    }
    graph::merge_into(merged, g.graph);
  }
  auto written = exporters::write_outputs(merged, kb, o.out_dir, o.outputs);
  std::fprintf(stderr, "kgraph: merged %zu graphs: %zu entities, %zu facts -> %s (%zu files)\n", o.inputs.size(),
               merged.entity_count(), merged.relation_count(), o.out_dir.c_str(), written.size());
  return 0;
}

}  // namespace

void add_merge_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand("merge", "Merge graphs (graph.json files) into one, written in every format");
  cmd->add_option("graphs", opts->inputs, "graph.json files written by kgraph build or merge")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", opts->out_dir, "Output directory (created if missing)")->required();
  cmd->add_option("--formats", opts->formats, "Outputs to write, comma-separated: json, ttl, nq, graphml, or all")
      ->capture_default_str();
  cmd->add_option("--base", opts->outputs.base, "Base IRI of the RDF outputs")->capture_default_str();
  cmd->add_flag("--graphml-strict", [opts](std::int64_t) { opts->outputs.graphml_edge_type = false; },
                "Leave out <edge label> so graph.graphml is valid against the plain GraphML XSD");
  cmd->callback([opts, exit_code]() { *exit_code = run_merge(*opts); });
}

}  // namespace kg::cli
