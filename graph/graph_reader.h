#pragma once
// Reading graph.json (DESIGN §5) back into a KnowledgeGraph, for merge and
// query. The reader is the exact inverse of exporters::graph_to_json():
// reading a file and writing the graph again gives the same bytes.

#include <string>

#include "graph/knowledge_graph.h"

namespace kg::graph {

// A graph read from graph.json, with the header fields it carried.
struct LoadedGraph {
  KnowledgeGraph graph;
  std::string kb;         // the KB fingerprint of the "kgraph" header
  std::string generator;  // "kgraph 0.1.0"
};

// Parses graph.json text. `name` is used in messages (usually the path).
// Throws kg::Error "<name>:<line>:<column>: <reason>" for malformed JSON, a
// missing or mistyped field, an unknown format version, or an edge whose
// source/target is not a node. Numbers are parsed at full precision so that
// confidences round-trip exactly. Thread-safe (no shared state).
LoadedGraph parse_graph_json(const std::string& text, const std::string& name);

// Reads and parses the file at `path`; kg::Error when it cannot be read.
LoadedGraph read_graph_json(const std::string& path);

// Adds every entity and relation of `from` to `into` (KnowledgeGraph's
// add_entity/add_relation merge rules: mentions add up, aliases, labels and
// sources join, confidence is the maximum). The union is independent of how
// the facts were split between graphs.
void merge_into(KnowledgeGraph& into, const KnowledgeGraph& from);

}  // namespace kg::graph
