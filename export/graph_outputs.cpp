#include "export/graph_outputs.h"

#include <algorithm>
#include <filesystem>

#include "base/error.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/html_writer.h"
#include "export/json_graph_writer.h"
#include "export/neo4j_writer.h"
#include "export/rdf_writer.h"

namespace kg::exporters {

namespace {

// "json, ttl, ..., all".
std::string format_names() {
  std::string names;
  for (const auto& [f, file] : kAllFormats) names += f + ", ";
  return names + "all";
}

}  // namespace

std::vector<std::string> parse_formats(const std::string& list) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= list.size()) {
    std::size_t comma = list.find(',', pos);
    if (comma == std::string::npos) comma = list.size();
    std::string name = list.substr(pos, comma - pos);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name == "turtle") name = "ttl";
    if (name == "nquads" || name == "n-quads") name = "nq";
    if (name == "all") {
      for (const auto& [f, file] : kAllFormats)
        if (f != "html" || html_writer_available()) out.push_back(f);
    } else if (name == "html" && !html_writer_available()) {
      throw Error("--formats " + list,
                  "this kgraph was built without sigma.js and graphology, which graph.html inlines: run `make deps` "
                  "(or `npm ci` in export/html), then build kgraph again");
    } else if (std::any_of(kAllFormats.begin(), kAllFormats.end(), [&](const auto& f) { return f.first == name; })) {
      out.push_back(name);
    } else if (!name.empty()) {
      throw Error("--formats " + list, "unknown format \"" + name + "\" (choose from " + format_names() + ")");
    }
    pos = comma + 1;
  }
  if (out.empty()) throw Error("--formats " + list, "no format given (choose from " + format_names() + ")");
  // Canonical order, no duplicates.
  std::vector<std::string> ordered;
  for (const auto& [f, file] : kAllFormats)
    if (std::find(out.begin(), out.end(), f) != out.end()) ordered.push_back(f);
  return ordered;
}

std::vector<std::string> write_outputs(const graph::KnowledgeGraph& graph, const std::string& kb,
                                       const std::string& dir, const OutputOptions& options) {
  RdfOptions rdf;
  rdf.base = options.base;
  normalise_base_iri(rdf.base);  // fail before writing anything
  GraphmlOptions graphml;
  graphml.edge_type_attribute = options.graphml_edge_type;
  std::filesystem::path d(dir);
  std::vector<std::string> written;
  for (const auto& [format, file] : kAllFormats) {
    if (std::find(options.formats.begin(), options.formats.end(), format) == options.formats.end()) continue;
    std::string path = (d / file).string();
    if (format == "json") write_graph_json(graph, kb, path);
    else if (format == "ttl") write_turtle_file(graph, rdf, path);
    else if (format == "nq") write_nquads_file(graph, rdf, path);
    else if (format == "graphml") write_graphml_file(graph, graphml, path);
    else if (format == "gexf") write_gexf_file(graph, path);
    else if (format == "neo4j") write_neo4j_dir(graph, path);
    else write_html_file(graph, HtmlOptions{options.html_max_nodes}, path);
    written.push_back(file);
  }
  return written;
}

}  // namespace kg::exporters
