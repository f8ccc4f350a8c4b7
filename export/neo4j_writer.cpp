#include "export/neo4j_writer.h"

#include <filesystem>
#include <system_error>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/chunked_out.h"
#include "export/utf8_text.h"

namespace kg::exporters {

namespace {

// import.sh, around kNeo4jImportCommand.
constexpr const char* kImportShHead =
    "#!/bin/sh\n"
    "# Imports kgraph's nodes.csv and relationships.csv into a new, empty Neo4j 5\n"
    "# database with neo4j-admin (offline import: the database must not exist, or\n"
    "# be stopped and dropped first).\n"
    "# Usage: sh import.sh [DATABASE]   (default: neo4j), with neo4j-admin on the PATH\n"
    "# (NEO4J_HOME/bin). Then start Neo4j; on Neo4j 5 Enterprise also run\n"
    "#   CREATE DATABASE <name>   for a database other than the default one.\n"
    "# Arrays (aliases, sources, dates) are delimited by U+001F, which no text in\n"
    "# the files holds; fields may span lines (sentences), hence --multiline-fields.\n"
    "set -e\n"
    "cd \"$(dirname \"$0\")\"\n";

// load.cypher: the same rows through LOAD CSV into a running server.
constexpr const char* kLoadCypher =
    "// Loads kgraph's nodes.csv and relationships.csv into a running Neo4j (5.26 or\n"
    "// later: dynamic labels and types). Copy both files into the server's import\n"
    "// directory, then:   cypher-shell -u neo4j -p PASSWORD -f load.cypher\n"
    "// (in Neo4j Browser, prefix each LOAD CSV statement with :auto).\n"
    "// Arrays are delimited by U+001F ('\\u001F' below).\n"
    "CREATE CONSTRAINT kgraph_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n"
    "\n"
    "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
    "CALL (row) {\n"
    "  MERGE (e:Entity {id: row.`id:ID`})\n"
    "  SET e:$(split(row.`:LABEL`, '\\u001F')),\n"
    "      e.label = row.label, e.type = row.type, e.qid = row.qid, e.geonames = row.geonames,\n"
    "      e.mentions = toInteger(row.`mentions:int`), e.pagerank = toFloat(row.`pagerank:double`),\n"
    "      e.aliases = split(row.`aliases:string[]`, '\\u001F'),\n"
    "      e.dates = [d IN split(row.`dates:date[]`, '\\u001F') | date(d)]\n"
    "} IN TRANSACTIONS OF 10000 ROWS;\n"
    "\n"
    "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n"
    "CALL (row) {\n"
    "  MATCH (s:Entity {id: row.`:START_ID`}), (t:Entity {id: row.`:END_ID`})\n"
    "  CREATE (s)-[r:$(row.`:TYPE`)]->(t)\n"
    "  SET r.id = row.id, r.predicate = row.predicate, r.label = row.label,\n"
    "      r.weight = toInteger(row.`weight:int`), r.confidence = toFloat(row.`confidence:double`),\n"
    "      r.negated = row.`negated:boolean` = 'true', r.modality = row.modality, r.sentence = row.sentence,\n"
    "      r.sources = split(row.`sources:string[]`, '\\u001F'),\n"
    "      r.dates = [d IN split(row.`dates:date[]`, '\\u001F') | date(d)]\n"
    "} IN TRANSACTIONS OF 10000 ROWS;\n";

// A field that is empty when `text` is (no property), else append_csv_field().
void optional_field(ChunkedOut& o, const std::string& text) {
  if (!text.empty()) append_csv_field(text, o.buffer());
}

// The elements joined by the array delimiter, as one field; empty when none.
void array_field(ChunkedOut& o, const std::vector<std::string>& items) {
  if (items.empty()) return;
  // Each item escaped as a field of its own (which drops any delimiter from
  // it), without its quotes; the delimiter between them.
  std::string* buf = o.buffer();
  buf->push_back('"');
  bool first = true;
  for (const auto& item : items) {
    if (!first) buf->push_back(kNeo4jArrayDelimiter);
    first = false;
    std::string field;
    append_csv_field(item, &field);
    buf->append(field, 1, field.size() - 2);  // without its quotes
  }
  buf->push_back('"');
}

void nodes(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics, ChunkedOut& o) {
  const auto entities = graph.entities();
  if (metrics.size() != entities.size()) throw Error("writing neo4j/nodes.csv", "node measures do not match the graph");
  o << kNeo4jNodesHeader << '\n';
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const graph::Entity& e = *entities[i];
    append_csv_field(e.id, o.buffer());
    o << ',';
    array_field(o, {"Entity", e.type.empty() ? std::string("Other") : e.type});
    o << ',';
    append_csv_field(e.label, o.buffer());
    o << ',';
    append_csv_field(e.type, o.buffer());
    o << ',';
    optional_field(o, e.qid);
    o << ',';
    optional_field(o, e.geonames);
    o << ',';
    o.number(e.mentions) << ',';
    o.fixed(metrics[i].pagerank, 6) << ',';
    array_field(o, e.aliases);
    o << ',';
    array_field(o, e.dates);
    o << '\n';
  }
  o.finish();
}

void relationships(const graph::KnowledgeGraph& graph, ChunkedOut& o) {
  o << kNeo4jRelationshipsHeader << '\n';
  std::vector<std::string> docs;
  for (const graph::Relation* r : graph.relations()) {
    append_csv_field(r->source, o.buffer());
    o << ',';
    append_csv_field(r->target, o.buffer());
    o << ',' << neo4j_relationship_type(r->predicate) << ',';
    append_csv_field(r->id, o.buffer());
    o << ',';
    append_csv_field(r->predicate, o.buffer());
    o << ',';
    append_csv_field(r->label, o.buffer());
    o << ',';
    o.number(r->weight()) << ',';
    o.fixed(r->confidence, 6) << ',' << (r->negated ? "true" : "false") << ',';
    append_csv_field(r->modality, o.buffer());
    o << ',';
    if (!r->provenance.empty()) append_csv_field(r->provenance.front().text, o.buffer());
    o << ',';
    docs.clear();
    for (const auto& p : r->provenance)
      if (docs.empty() || docs.back() != p.doc) docs.push_back(p.doc);  // provenance is sorted by doc
    array_field(o, docs);
    o << ',';
    array_field(o, r->dates);
    o << '\n';
    o.maybe_flush();
  }
  o.finish();
}

void write_file(const std::string& path, const std::string& text) {
  AtomicFile out(path);
  out.write(text);
  out.commit();
}

}  // namespace

std::string neo4j_relationship_type(const std::string& predicate) {
  std::string out;
  bool gap = false;
  for (std::size_t i = 0; i < predicate.size(); ++i) {
    const char c = predicate[i];
    const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
    if (!upper && !lower && !digit) {
      gap = !out.empty();
      continue;
    }
    // A capital after a lower-case letter or digit starts a word: reducePresenceIn.
    const bool word_start = upper && i > 0 && ((predicate[i - 1] >= 'a' && predicate[i - 1] <= 'z') ||
                                              (predicate[i - 1] >= '0' && predicate[i - 1] <= '9'));
    if (!out.empty() && (gap || word_start)) out.push_back('_');
    gap = false;
    out.push_back(lower ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out.empty() ? "RELATED_TO" : out;
}

void append_csv_field(const std::string& text, std::string* out) {
  out->push_back('"');
  const std::size_t size = text.size();
  std::size_t pos = 0;
  while (pos < size) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (c == '"') out->append("\"\"");
      else if (c != 0 && c != static_cast<unsigned char>(kNeo4jArrayDelimiter)) out->push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    char32_t cp;
    std::size_t len;
    if (decode_utf8(text, pos, &cp, &len)) out->append(text, pos, len);
    else append_utf8(0xFFFD, out);
    pos += len;
  }
  out->push_back('"');
}

void write_neo4j_nodes(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics, FILE* out) {
  ChunkedOut o = ChunkedOut::to_file(out, "neo4j/nodes.csv");
  nodes(graph, metrics, o);
}

void write_neo4j_relationships(const graph::KnowledgeGraph& graph, FILE* out) {
  ChunkedOut o = ChunkedOut::to_file(out, "neo4j/relationships.csv");
  relationships(graph, o);
}

std::string neo4j_nodes_csv(const graph::KnowledgeGraph& graph) {
  std::string s;
  ChunkedOut o = ChunkedOut::to_string(&s);
  nodes(graph, graph::compute_metrics(graph), o);
  return s;
}

std::string neo4j_relationships_csv(const graph::KnowledgeGraph& graph) {
  std::string s;
  ChunkedOut o = ChunkedOut::to_string(&s);
  relationships(graph, o);
  return s;
}

void write_neo4j_dir(const graph::KnowledgeGraph& graph, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) throw Error("cannot create " + dir, ec ? ec.message() : "not a directory");
  const fs::path d(dir);
  {
    AtomicFile out((d / "nodes.csv").string());
    write_neo4j_nodes(graph, graph::compute_metrics(graph), out.stream());
    out.commit();
  }
  {
    AtomicFile out((d / "relationships.csv").string());
    write_neo4j_relationships(graph, out.stream());
    out.commit();
  }
  write_file((d / "import.sh").string(), std::string(kImportShHead) + kNeo4jImportCommand + "\n");
  fs::permissions(d / "import.sh", fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                  fs::perm_options::add, ec);
  write_file((d / "load.cypher").string(), kLoadCypher);
}

}  // namespace kg::exporters
