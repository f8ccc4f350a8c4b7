#include "export/graphml_writer.h"

#include <string_view>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/chunked_out.h"
#include "graph/metrics.h"

namespace kg::exporters {

namespace {

using Out = ChunkedOut;

// One <data> element; `key` and the number forms below need no escaping.
void data(Out& o, std::string_view key, const std::string& value) {
  o << "      <data key=\"" << key << "\">";
  o.xml_text(value);
  o << "</data>\n";
}

void data(Out& o, std::string_view key, std::string_view plain) {
  o << "      <data key=\"" << key << "\">" << plain << "</data>\n";
}

void data(Out& o, std::string_view key, std::size_t n) {
  o << "      <data key=\"" << key << "\">";
  o.number(n) << "</data>\n";
}

// `x` as printf("%.6f") writes it.
void data_fixed6(Out& o, std::string_view key, double x) {
  o << "      <data key=\"" << key << "\">";
  o.fixed(x, 6) << "</data>\n";
}

void write(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics,
           const GraphmlOptions& options, Out& o) {
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
       " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
       " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
       " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  struct Key { const char* id; const char* for_; const char* name; const char* type; };
  static const Key keys[] = {
      {"label", "node", "label", "string"},       {"type", "node", "type", "string"},
      {"qid", "node", "qid", "string"},           {"geonames", "node", "geonames", "string"},
      {"mentions", "node", "mentions", "int"},    {"degree", "node", "degree", "int"},
      {"weighted_degree", "node", "weighted_degree", "int"},
      {"pagerank", "node", "pagerank", "double"}, {"component", "node", "component", "int"},
      {"edgelabel", "edge", "label", "string"},   {"predicate", "edge", "predicate", "string"},
      {"weight", "edge", "weight", "int"},        {"confidence", "edge", "confidence", "double"},
      {"negated", "edge", "negated", "boolean"},  {"modality", "edge", "modality", "string"},
      {"sentence", "edge", "sentence", "string"}, {"doc", "edge", "doc", "string"},
  };
  for (const Key& k : keys)
    o << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name << "\" attr.type=\""
      << k.type << "\"/>\n";
  o << "  <graph id=\"kgraph\" edgedefault=\"directed\">\n";

  const auto entities = graph.entities();
  if (metrics.size() != entities.size()) throw Error("writing GraphML", "node measures do not match the graph");
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const graph::Entity& e = *entities[i];
    const graph::NodeMetrics& m = metrics[i];
    o << "    <node id=\"";
    o.xml_nmtoken(e.id) << "\">\n";
    data(o, "label", e.label);
    data(o, "type", e.type);
    if (!e.qid.empty()) data(o, "qid", e.qid);
    if (!e.geonames.empty()) data(o, "geonames", e.geonames);
    data(o, "mentions", e.mentions);
    data(o, "degree", m.degree);
    data(o, "weighted_degree", m.weighted_degree);
    data_fixed6(o, "pagerank", m.pagerank);
    data(o, "component", m.component);
    o << "    </node>\n";
  }
  std::string docs;
  for (const graph::Relation* r : graph.relations()) {
    o << "    <edge id=\"";
    o.xml_nmtoken(r->id) << "\" source=\"";
    o.xml_nmtoken(r->source) << "\" target=\"";
    o.xml_nmtoken(r->target) << "\"";
    if (options.edge_type_attribute) {
      o << " label=\"";
      o.xml_text(r->label);
      o << "\"";
    }
    o << ">\n";
    data(o, "edgelabel", r->label);
    data(o, "predicate", r->predicate);
    data(o, "weight", r->weight());
    data_fixed6(o, "confidence", r->confidence);
    data(o, "negated", std::string_view(r->negated ? "true" : "false"));
    data(o, "modality", r->modality);
    if (!r->provenance.empty()) {
      data(o, "sentence", r->provenance.front().text);
      docs.clear();
      const std::string* last = nullptr;
      for (const auto& p : r->provenance) {
        if (last && *last == p.doc) continue;
        if (last) docs += " | ";
        docs += p.doc;
        last = &p.doc;
      }
      data(o, "doc", docs);
    }
    o << "    </edge>\n";
  }
  o << "  </graph>\n</graphml>\n";
  o.finish();
}

}  // namespace

void write_graphml(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics,
                   const GraphmlOptions& options, FILE* out) {
  Out o = Out::to_file(out, "GraphML");
  write(graph, metrics, options, o);
}

void write_graphml(const graph::KnowledgeGraph& graph, const GraphmlOptions& options, FILE* out) {
  write_graphml(graph, graph::compute_metrics(graph), options, out);
}

std::string graph_to_graphml(const graph::KnowledgeGraph& graph, const GraphmlOptions& options) {
  std::string s;
  Out o = Out::to_string(&s);
  write(graph, graph::compute_metrics(graph), options, o);
  return s;
}

void write_graphml_file(const graph::KnowledgeGraph& graph, const GraphmlOptions& options,
                        const std::string& path) {
  AtomicFile out(path);
  write_graphml(graph, options, out.stream());
  out.commit();
}

}  // namespace kg::exporters
