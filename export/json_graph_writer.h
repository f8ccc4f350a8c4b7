#pragma once
// graph.json (DESIGN §5): the format kgraph reads back to merge and query,
// written with RapidJSON's streaming writer.

#include <string>

#include "graph/knowledge_graph.h"

namespace kg::exporters {

// Serialises `graph` as graph.json: the "kgraph" header (format 1, generator,
// the KB fingerprint `kb`), nodes sorted by id, edges sorted by id, each with
// the fields DESIGN §5 lists. Output is a pure function of the graph: the same
// graph gives byte-identical text. Strings are valid UTF-8 JSON.
std::string graph_to_json(const graph::KnowledgeGraph& graph, const std::string& kb);

// Writes graph_to_json() to `path` through a temporary file and rename.
// Throws kg::Error when the file cannot be written.
void write_graph_json(const graph::KnowledgeGraph& graph, const std::string& kb,
                      const std::string& path);

// One node / one edge as graph.json writes it (a JSON object, no newline),
// for programs that embed them (kgraph query --json).
std::string entity_to_json(const graph::Entity& entity);
std::string relation_to_json(const graph::Relation& relation);

}  // namespace kg::exporters
