#pragma once
// Writing a graph in every format a run asks for (kgraph build / merge):
// graph.json, graph.ttl, graph.nq, graph.graphml, graph.gexf, neo4j/ and
// graph.html in one directory.

#include <cstddef>
#include <string>
#include <vector>

#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace kg::exporters {

// What to write. `formats` holds names from kAllFormats.
struct OutputOptions {
  std::vector<std::string> formats = {"json", "ttl", "nq", "graphml", "gexf", "neo4j"};
  std::string base = kDefaultBaseIri;  // RDF base IRI, as the user gave it
  bool graphml_edge_type = false;      // GraphmlOptions::edge_type_attribute (--graphml-edge-type)
  std::size_t html_max_nodes = 2000;   // HtmlOptions::max_nodes (--html-max-nodes)
};

// The format names and the files they produce, in writing order ("neo4j/" is
// a directory: nodes.csv, relationships.csv, import.sh, load.cypher).
inline const std::vector<std::pair<std::string, std::string>> kAllFormats = {
    {"json", "graph.json"},       {"ttl", "graph.ttl"},   {"nq", "graph.nq"},      {"graphml", "graph.graphml"},
    {"gexf", "graph.gexf"},       {"neo4j", "neo4j/"},    {"html", "graph.html"}};

// "ttl,graphml" -> {"ttl", "graphml"} (also accepts "all", "turtle",
// "nquads", "n-quads"); kg::Error naming the bad one and the valid ones.
// "all" is every format this kgraph can write: "html" only when it was
// built with sigma.js and graphology (html_writer_available()); naming
// "html" in a kgraph built without them is a kg::Error saying how to get them.
std::vector<std::string> parse_formats(const std::string& list);

// Writes each requested format into `dir` (which must exist), each through a
// temporary file and rename; returns the file names written, in order.
// kg::Error on an invalid base IRI (checked before anything is written) or a
// write error.
std::vector<std::string> write_outputs(const graph::KnowledgeGraph& graph, const std::string& kb,
                                       const std::string& dir, const OutputOptions& options);

}  // namespace kg::exporters
