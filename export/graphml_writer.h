#pragma once
// graph.graphml: the knowledge graph for Gephi (and networkx, igraph, yEd),
// written by kgraph's own streaming writer (Boost's write_graphml neither
// escapes key names nor filters control characters, and numbers its ids).

#include <cstdio>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/metrics.h"

namespace kg::exporters {

// Options of the GraphML writer.
struct GraphmlOptions {
  // Also write the predicate label as the `label` attribute of <edge>, which
  // Gephi reads as the edge type so that different predicates between two
  // entities stay separate edges. Off by default: the GraphML 1.0 XSD the file
  // declares has no such attribute (with it, files validate only against the
  // XSD extended through GraphML's own hook, edge.extra.attrib, see
  // tests/data/graph/graphml-kgraph.xsd). Gephi users are better served by
  // graph.gexf, whose edges carry the predicate as their `kind`.
  bool edge_type_attribute = false;
};

// Streams the graph to `out` (owned by the caller) as GraphML 1.0: directed;
// one <node> per entity, sorted by id, one <edge> per fact edge, sorted by id;
// ids are XML NMTOKENs (xml_nmtoken() of the entity/edge id). Keys, whose ids
// equal their names as Gephi's exporter writes them: nodes label, type, qid,
// geonames, mentions, degree, weighted_degree, pagerank, component; edges
// label (key id "edgelabel": key ids are unique across the file, and Gephi
// reads both), predicate, weight (number of distinct sources), confidence,
// negated, modality, sentence (the first source's sentence), doc (the distinct
// source documents, joined by " | "). Only XML-1.0-legal characters are
// written, whatever the input. Throws kg::Error on a write error.
void write_graphml(const graph::KnowledgeGraph& graph, const GraphmlOptions& options, FILE* out);

// The same with the node measures already computed (`metrics` =
// graph::compute_metrics(graph), in entities() order), for callers that need
// them elsewhere too or time them apart.
void write_graphml(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics,
                   const GraphmlOptions& options, FILE* out);

// The same into a string (tests, small graphs).
std::string graph_to_graphml(const graph::KnowledgeGraph& graph, const GraphmlOptions& options);

// The same into `path` through a temporary file and rename.
void write_graphml_file(const graph::KnowledgeGraph& graph, const GraphmlOptions& options,
                        const std::string& path);

}  // namespace kg::exporters
