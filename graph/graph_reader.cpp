#include "graph/graph_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "base/error.h"

namespace kg::graph {

namespace {

using Value = rapidjson::Value;

// Where a problem is, for messages: the path of the value inside the document.
struct Where {
  const std::string& name;
  std::string path;
};

[[noreturn]] void fail(const Where& w, const std::string& reason) {
  throw Error(w.name, w.path.empty() ? reason : w.path + ": " + reason);
}

const Value& member(const Value& obj, const char* key, const Where& w) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd()) fail(w, std::string("missing field \"") + key + "\"");
  return it->value;
}

std::string str(const Value& obj, const char* key, const Where& w, bool required = true) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd()) {
    if (required) fail(w, std::string("missing field \"") + key + "\"");
    return {};
  }
  if (!it->value.IsString()) fail(w, std::string("field \"") + key + "\" is not a string");
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::uint64_t uint(const Value& obj, const char* key, const Where& w) {
  const Value& v = member(obj, key, w);
  if (!v.IsUint64()) fail(w, std::string("field \"") + key + "\" is not a non-negative integer");
  return v.GetUint64();
}

std::map<std::string, std::string> string_map(const Value& obj, const char* key, const Where& w) {
  std::map<std::string, std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd()) return out;
  if (!it->value.IsObject()) fail(w, std::string("field \"") + key + "\" is not an object");
  for (const auto& m : it->value.GetObject()) {
    if (!m.value.IsString()) fail(w, std::string("field \"") + key + "\" holds a non-string value");
    out.emplace(std::string(m.name.GetString(), m.name.GetStringLength()),
                std::string(m.value.GetString(), m.value.GetStringLength()));
  }
  return out;
}

// The optional array of strings `key` ("aliases", "dates").
std::vector<std::string> string_list(const Value& v, const char* key, const Where& w) {
  std::vector<std::string> out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd()) return out;
  if (!it->value.IsArray()) fail(w, std::string("field \"") + key + "\" is not an array");
  for (const auto& a : it->value.GetArray()) {
    if (!a.IsString()) fail(w, std::string("field \"") + key + "\" holds a non-string value");
    out.emplace_back(a.GetString(), a.GetStringLength());
  }
  return out;
}

Entity read_node(const Value& v, const Where& w) {
  if (!v.IsObject()) fail(w, "a node is not an object");
  Entity e;
  e.id = str(v, "id", w);
  e.label = str(v, "label", w);
  e.type = str(v, "type", w);
  e.labels = string_map(v, "labels", w);
  e.aliases = string_list(v, "aliases", w);
  e.qid = str(v, "qid", w, false);
  e.geonames = str(v, "geonames", w, false);
  e.mentions = uint(v, "mentions", w);
  e.dates = string_list(v, "dates", w);
  return e;
}

Relation read_edge(const Value& v, const Where& w) {
  if (!v.IsObject()) fail(w, "an edge is not an object");
  Relation r;
  r.id = str(v, "id", w);
  r.source = str(v, "source", w);
  r.target = str(v, "target", w);
  r.label = str(v, "label", w);
  r.predicate = str(v, "predicate", w);
  r.labels = string_map(v, "labels", w);
  const Value& c = member(v, "confidence", w);
  if (!c.IsNumber()) fail(w, "field \"confidence\" is not a number");
  r.confidence = c.GetDouble();
  if (auto it = v.FindMember("negated"); it != v.MemberEnd()) {
    if (!it->value.IsBool()) fail(w, "field \"negated\" is not true/false");
    r.negated = it->value.GetBool();
  }
  if (v.HasMember("modality")) r.modality = str(v, "modality", w);
  r.qualifiers = string_map(v, "qualifiers", w);
  const Value& prov = member(v, "provenance", w);
  if (!prov.IsArray()) fail(w, "field \"provenance\" is not an array");
  for (rapidjson::SizeType i = 0; i < prov.Size(); ++i) {
    Where pw{w.name, w.path + ".provenance[" + std::to_string(i) + "]"};
    const Value& p = prov[i];
    if (!p.IsObject()) fail(pw, "not an object");
    Provenance pv;
    pv.doc = str(p, "doc", pw);
    pv.sentence = uint(p, "sentence", pw);
    const Value& span = member(p, "span", pw);
    if (!span.IsArray() || span.Size() != 2 || !span[0].IsUint() || !span[1].IsUint())
      fail(pw, "field \"span\" is not [begin, end]");
    pv.begin = span[0].GetUint();
    pv.end = span[1].GetUint();
    pv.text = str(p, "text", pw);
    pv.rule = str(p, "rule", pw);
    r.provenance.push_back(std::move(pv));
  }
  r.dates = string_list(v, "dates", w);
  return r;
}

// 1-based line and column of a byte offset.
std::string position(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
  std::size_t bol = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  std::size_t col = (bol == std::string::npos || offset == 0) ? offset + 1 : offset - bol;
  return std::to_string(line) + ":" + std::to_string(col);
}

}  // namespace

LoadedGraph parse_graph_json(const std::string& text, const std::string& name) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
  if (d.HasParseError())
    throw Error(name + ":" + position(text, d.GetErrorOffset()),
                std::string("not valid JSON: ") + rapidjson::GetParseError_En(d.GetParseError()));
  Where top{name, ""};
  if (!d.IsObject()) fail(top, "not a kgraph graph.json (the top level is not an object)");
  const Value& header = member(d, "kgraph", Where{name, "not a kgraph graph.json"});
  Where hw{name, "kgraph"};
  if (!header.IsObject()) fail(hw, "not an object");
  const Value& format = member(header, "format", hw);
  if (!format.IsInt() || format.GetInt() != 1)
    fail(hw, "unsupported format version (this kgraph reads format 1)");
  LoadedGraph out;
  out.kb = str(header, "kb", hw);
  out.generator = str(header, "generator", hw, false);

  const Value& nodes = member(d, "nodes", top);
  if (!nodes.IsArray()) fail(top, "field \"nodes\" is not an array");
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i)
    out.graph.add_entity(read_node(nodes[i], Where{name, "nodes[" + std::to_string(i) + "]"}));

  const Value& edges = member(d, "edges", top);
  if (!edges.IsArray()) fail(top, "field \"edges\" is not an array");
  for (rapidjson::SizeType i = 0; i < edges.Size(); ++i) {
    Where ew{name, "edges[" + std::to_string(i) + "]"};
    Relation r = read_edge(edges[i], ew);
    try {
      out.graph.add_relation(std::move(r));
    } catch (const std::out_of_range&) {
      fail(ew, "source or target is not the id of a node");
    }
  }
  return out;
}

LoadedGraph read_graph_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read " + path, "no such file or not readable");
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse_graph_json(buf.str(), path);
}

void merge_into(KnowledgeGraph& into, const KnowledgeGraph& from) {
  for (const Entity* e : from.entities()) into.add_entity(*e);
  for (const Relation* r : from.relations()) into.add_relation(*r);
}

}  // namespace kg::graph
