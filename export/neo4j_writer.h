#pragma once
// neo4j/: the knowledge graph as CSV for Neo4j 5, with the headers of
// `neo4j-admin database import` (nodes.csv, relationships.csv), the exact
// import command (import.sh) and a LOAD CSV script for a running server
// (load.cypher).

#include <cstdio>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/metrics.h"

namespace kg::exporters {

// The array delimiter of the CSV (U+001F, the ASCII unit separator, passed
// to neo4j-admin as --array-delimiter=U+001F): a character no text kgraph
// writes ever holds, so array elements are never split by their content.
inline constexpr char kNeo4jArrayDelimiter = '\x1f';

// The header line of nodes.csv, without its newline.
inline constexpr const char* kNeo4jNodesHeader =
    "id:ID,:LABEL,label,type,qid,geonames,mentions:int,pagerank:double,aliases:string[],dates:date[]";

// The header line of relationships.csv, without its newline.
inline constexpr const char* kNeo4jRelationshipsHeader =
    ":START_ID,:END_ID,:TYPE,id,predicate,label,weight:int,confidence:double,negated:boolean,modality,sentence,"
    "sources:string[],dates:date[]";

// The relationship type of a predicate: its local name in UPPER_SNAKE_CASE
// ("reducePresenceIn" -> "REDUCE_PRESENCE_IN", "notWithdrawFrom" ->
// "NOT_WITHDRAW_FROM"); every run of characters other than ASCII letters and
// digits becomes one "_", none at either end; "RELATED_TO" when nothing is
// left. Pure.
std::string neo4j_relationship_type(const std::string& predicate);

// Appends `text` to *out as one CSV field (RFC 4180, as neo4j-admin and LOAD
// CSV read it): always quoted, quotes doubled; commas, newlines and carriage
// returns kept inside the quotes; invalid UTF-8 bytes become U+FFFD; NUL and
// the array delimiter are dropped. Pure; thread-safe.
void append_csv_field(const std::string& text, std::string* out);

// Streams nodes.csv: kNeo4jNodesHeader, then one line per entity in
// entities() order (`metrics` = graph::compute_metrics(graph), same order):
// id, labels "Entity" and the type (the array delimiter between them), label,
// type, qid and geonames (empty when unknown), mentions, PageRank (6
// decimals), aliases and dates (YYYY-MM-DD) joined by the array delimiter.
// Throws kg::Error on a write error.
void write_neo4j_nodes(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics, FILE* out);

// Streams relationships.csv: kNeo4jRelationshipsHeader, then one line per
// fact edge in relations() order: source and target entity ids, the
// neo4j_relationship_type() of the predicate, edge id, predicate, English
// label, weight (distinct sources), confidence, negated (true/false),
// modality, the first source's sentence, the distinct source documents and
// the dates, joined by the array delimiter. Throws kg::Error on a write error.
void write_neo4j_relationships(const graph::KnowledgeGraph& graph, FILE* out);

// The same two files into strings (tests).
std::string neo4j_nodes_csv(const graph::KnowledgeGraph& graph);
std::string neo4j_relationships_csv(const graph::KnowledgeGraph& graph);

// The import command of import.sh, for the database named by its first
// argument (default neo4j), run from the neo4j/ directory.
inline constexpr const char* kNeo4jImportCommand =
    "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv "
    "--array-delimiter=U+001F --multiline-fields=true \"${1:-neo4j}\"";

// Writes `dir`/nodes.csv, relationships.csv, import.sh (executable) and
// load.cypher, creating `dir` when missing, each file through a temporary
// and rename. Output is a pure function of the graph. Throws kg::Error on a
// write error.
void write_neo4j_dir(const graph::KnowledgeGraph& graph, const std::string& dir);

}  // namespace kg::exporters
