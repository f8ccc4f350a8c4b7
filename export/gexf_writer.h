#pragma once
// graph.gexf: the knowledge graph in GEXF 1.3, Gephi's own format, with what
// GraphML cannot carry for Gephi: the predicate as each edge's kind (parallel
// facts stay apart), colours and sizes, and time for the Timeline.

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/metrics.h"

namespace kg::exporters {

// Streams the graph to `out` (owned by the caller) as GEXF 1.3, valid against
// the GEXF 1.3 RELAX NG schema: a directed graph; one <node> per entity,
// sorted by id, one <edge> per fact edge, sorted by id; ids as xml_nmtoken()
// writes them (the ids of graph.graphml). Nodes: `label`, attributes type,
// wikidata (the QID, when known), mentions, pagerank and dates (the node's
// dates joined by "|"), <viz:color> by type (type_colour()) and <viz:size>
// from PageRank (node_size()). Edges: `kind` = the predicate's local name,
// `label` = its English label, `weight` = the number of distinct sources,
// attributes confidence, negated, modality and dates. When any node or edge
// has a date the graph is dynamic (timeformat "date"): each node and edge
// with dates has `start` = its first date, open-ended, so Gephi's Timeline
// shows the graph grow; with no date anywhere the graph is static. Labels and
// kinds (xsd:token) have their white space collapsed; every text is escaped
// by append_xml_escaped() (XML 1.0 characters only). Output is a pure
// function of the graph. Throws kg::Error on a write error.
void write_gexf(const graph::KnowledgeGraph& graph, FILE* out);

// The same with the node measures already computed (`metrics` =
// graph::compute_metrics(graph), in entities() order).
void write_gexf(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics, FILE* out);

// The same into a string (tests, small graphs).
std::string graph_to_gexf(const graph::KnowledgeGraph& graph);

// The same into `path` through a temporary file and rename.
void write_gexf_file(const graph::KnowledgeGraph& graph, const std::string& path);

// An RGB colour.
struct Rgb {
  unsigned char r, g, b;
};

// The colour of a node type: Person, Organization, Country, City, Place,
// Event and Concept have their own; any other type is grey. Pure.
Rgb type_colour(std::string_view type);

// The size of a node from its PageRank: 4 for a PageRank of 0 up to 40 for
// the graph's highest (`max_pagerank`), growing with the square root, so that
// areas follow ranks. Pure.
double node_size(double pagerank, double max_pagerank);

}  // namespace kg::exporters
