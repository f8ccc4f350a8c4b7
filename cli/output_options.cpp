#include "cli/output_options.h"

#include <cstdint>
#include <filesystem>
#include <system_error>

#include "base/error.h"

namespace kg::cli {

void add_output_options(CLI::App* cmd, OutputArgs* args) {
  cmd->add_option("-o,--output", args->dir, "Output directory (created if missing)")->required();
  cmd->add_option("--formats", args->formats,
                  "Outputs to write, comma-separated: json, ttl, nq, graphml, gexf, neo4j, html, or all")
      ->capture_default_str();
  cmd->add_option("--base", args->outputs.base, "Base IRI of the RDF outputs (entities are BASE/entity/NAME)")
      ->capture_default_str();
  cmd->add_flag("--graphml-edge-type", args->outputs.graphml_edge_type,
                "Also write the predicate as <edge label> (Gephi's edge type) in graph.graphml; the GraphML XSD "
                "forbids it, so the file is then valid only against the extended schema (Gephi: prefer graph.gexf)");
  cmd->add_option("--html-max-nodes", args->outputs.html_max_nodes,
                  "graph.html draws the N entities of highest PageRank (and the facts between them)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  // Before --graphml-edge-type existed, strict output had to be asked for.
  cmd->add_flag("--graphml-strict", [](std::int64_t) {}, "Accepted for older scripts: graph.graphml is strict by default")
      ->group("");
}

void prepare_outputs(OutputArgs& args) {
  args.outputs.formats = exporters::parse_formats(args.formats);
  exporters::normalise_base_iri(args.outputs.base);
  std::error_code ec;
  std::filesystem::create_directories(args.dir, ec);
  if (ec || !std::filesystem::is_directory(args.dir))
    throw Error("cannot create output directory " + args.dir, ec ? ec.message() : "not a directory");
}

}  // namespace kg::cli
