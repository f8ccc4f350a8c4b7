#include "export/json_graph_writer.h"

#include <rapidjson/filewritestream.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cerrno>
#include <cstring>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/version.h"
#include "export/utf8_text.h"

namespace kg::exporters {

namespace {

// Strings go out as valid UTF-8 whatever bytes the graph holds (RapidJSON
// itself would copy invalid bytes through).
template <typename Writer>
void string(Writer& w, const std::string& s) {
  if (is_valid_utf8(s)) {  // the usual case: no copy
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  const std::string v = valid_utf8(s);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

template <typename Writer>
void string_map(Writer& w, const std::map<std::string, std::string>& m) {
  w.StartObject();
  for (const auto& [k, v] : m) {
    string(w, k);
    string(w, v);
  }
  w.EndObject();
}

// "dates": [...], left out when there are none (graphs of undated documents
// stay as they were).
template <typename Writer>
void dates(Writer& w, const std::vector<std::string>& ds) {
  if (ds.empty()) return;
  w.Key("dates");
  w.StartArray();
  for (const auto& d : ds) string(w, d);
  w.EndArray();
}

template <typename Writer>
void node(Writer& w, const graph::Entity& e) {
  w.StartObject();
  w.Key("id"); string(w, e.id);
  w.Key("label"); string(w, e.label);
  w.Key("type"); string(w, e.type);
  w.Key("labels"); string_map(w, e.labels);
  w.Key("aliases");
  w.StartArray();
  for (const auto& a : e.aliases) string(w, a);
  w.EndArray();
  if (!e.qid.empty()) { w.Key("qid"); string(w, e.qid); }
  if (!e.geonames.empty()) { w.Key("geonames"); string(w, e.geonames); }
  w.Key("mentions"); w.Uint64(e.mentions);
  dates(w, e.dates);
  w.EndObject();
}

template <typename Writer>
void edge(Writer& w, const graph::Relation& r) {
  w.StartObject();
  w.Key("id"); string(w, r.id);
  w.Key("source"); string(w, r.source);
  w.Key("target"); string(w, r.target);
  w.Key("label"); string(w, r.label);
  w.Key("predicate"); string(w, r.predicate);
  w.Key("labels"); string_map(w, r.labels);
  w.Key("weight"); w.Uint64(r.weight());
  w.Key("confidence"); w.Double(r.confidence);
  w.Key("negated"); w.Bool(r.negated);
  w.Key("modality"); string(w, r.modality);
  w.Key("qualifiers"); string_map(w, r.qualifiers);
  w.Key("provenance");
  w.StartArray();
  for (const auto& p : r.provenance) {
    w.StartObject();
    w.Key("doc"); string(w, p.doc);
    w.Key("sentence"); w.Uint64(p.sentence);
    w.Key("span"); w.StartArray(); w.Uint(p.begin); w.Uint(p.end); w.EndArray();
    w.Key("text"); string(w, p.text);
    w.Key("rule"); string(w, p.rule);
    w.EndObject();
  }
  w.EndArray();
  dates(w, r.dates);
  w.EndObject();
}

// Writes the whole document to `w`; streams: nothing but the graph is held.
template <typename Writer>
void write_document(Writer& w, const graph::KnowledgeGraph& graph, const std::string& kb) {
  w.StartObject();
  w.Key("kgraph");
  w.StartObject();
  w.Key("format"); w.Int(1);
  w.Key("generator"); w.String(kGenerator);
  w.Key("kb"); string(w, kb);
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  for (const auto* e : graph.entities()) node(w, *e);
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const auto* r : graph.relations()) edge(w, *r);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string graph_to_json(const graph::KnowledgeGraph& graph, const std::string& kb) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  write_document(w, graph, kb);
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

std::string entity_to_json(const graph::Entity& entity) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  node(w, entity);
  return std::string(buf.GetString(), buf.GetSize());
}

std::string relation_to_json(const graph::Relation& relation) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  edge(w, relation);
  return std::string(buf.GetString(), buf.GetSize());
}

void write_graph_json(const graph::KnowledgeGraph& graph, const std::string& kb,
                      const std::string& path) {
  AtomicFile out(path);
  {
    char buffer[1 << 16];
    rapidjson::FileWriteStream stream(out.stream(), buffer, sizeof buffer);
    rapidjson::Writer<rapidjson::FileWriteStream> w(stream);
    write_document(w, graph, kb);
    stream.Put('\n');
    stream.Flush();
  }
  if (std::ferror(out.stream())) throw Error("cannot write " + path, std::strerror(errno));
  out.commit();
}

}  // namespace kg::exporters
