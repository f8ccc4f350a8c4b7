// kgraph merge A/graph.json B/graph.json ... -o DIR — the union of graphs
// built separately (shards of a corpus), written in every format.
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/output_options.h"
#include "export/graph_outputs.h"
#include "graph/graph_reader.h"
#include "graph/resolve/surname_rule.h"

namespace kg::cli {

namespace {

struct MergeOptions {
  std::vector<std::string> inputs;
  OutputArgs out;
};

int run_merge(MergeOptions o) {
  prepare_outputs(o.out);

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
  // graph.surname across the shards: a surname one shard left alone may have
  // its one full name in another (what kgraph build of the whole would fold).
  graph::KnowledgeGraph folded;
  graph::fold_surnames(merged, folded);
  auto written = exporters::write_outputs(folded, kb, o.out.dir, o.out.outputs);
  std::fprintf(stderr, "kgraph: merged %zu graphs: %zu entities, %zu facts -> %s (%zu files)\n", o.inputs.size(),
               folded.entity_count(), folded.relation_count(), o.out.dir.c_str(), written.size());
  return 0;
}

}  // namespace

void add_merge_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand("merge", "Merge graphs (graph.json files) into one, written in every format");
  cmd->add_option("graphs", opts->inputs, "graph.json files written by kgraph build or merge")
      ->required()
      ->check(CLI::ExistingFile);
  add_output_options(cmd, &opts->out);
  cmd->callback([opts, exit_code]() { *exit_code = run_merge(*opts); });
}

}  // namespace kg::cli
