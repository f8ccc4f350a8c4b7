#include "export/gexf_writer.h"

#include <algorithm>
#include <cmath>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/chunked_out.h"
#include "export/xml_text.h"

namespace kg::exporters {

namespace {

bool dynamic(const graph::KnowledgeGraph& graph) {
  for (const graph::Entity* e : graph.entities())
    if (!e->dates.empty()) return true;
  for (const graph::Relation* r : graph.relations())
    if (!r->dates.empty()) return true;
  return false;
}

void header(ChunkedOut& o, bool is_dynamic) {
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
       "  <meta>\n    <creator>kgraph</creator>\n"
       "    <description>Knowledge graph: entities and the facts read about them</description>\n  </meta>\n";
  o << "  <graph defaultedgetype=\"directed\""
    << (is_dynamic ? " mode=\"dynamic\" timeformat=\"date\"" : " mode=\"static\"") << ">\n";
  o << "    <attributes class=\"node\">\n"
       "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
       "      <attribute id=\"wikidata\" title=\"wikidata\" type=\"string\"/>\n"
       "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
       "      <attribute id=\"pagerank\" title=\"pagerank\" type=\"double\"/>\n"
       "      <attribute id=\"dates\" title=\"dates\" type=\"string\"/>\n"
       "    </attributes>\n"
       "    <attributes class=\"edge\">\n"
       "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
       "      <attribute id=\"negated\" title=\"negated\" type=\"boolean\"/>\n"
       "      <attribute id=\"modality\" title=\"modality\" type=\"string\"/>\n"
       "      <attribute id=\"edge_dates\" title=\"dates\" type=\"string\"/>\n"
       "    </attributes>\n";
}

// ` start="<first date>"` when there is one.
void start(ChunkedOut& o, const std::vector<std::string>& dates) {
  if (dates.empty()) return;
  o << " start=\"";
  o.xml_text(dates.front()) << "\"";
}

void attvalue(ChunkedOut& o, std::string_view id, const std::string& value) {
  o << "          <attvalue for=\"" << id << "\" value=\"";
  o.xml_text(value) << "\"/>\n";
}

// The dates joined by "|" (ISO dates hold none).
void dates_attvalue(ChunkedOut& o, std::string_view id, const std::vector<std::string>& dates) {
  if (dates.empty()) return;
  std::string joined;
  for (const auto& d : dates) {
    if (!joined.empty()) joined += '|';
    joined += d;
  }
  attvalue(o, id, joined);
}

void node(ChunkedOut& o, const graph::Entity& e, const graph::NodeMetrics& m, double max_pagerank) {
  o << "      <node id=\"";
  o.xml_nmtoken(e.id) << "\" label=\"";
  o.xml_text(xml_token(e.label)) << "\"";
  start(o, e.dates);
  o << ">\n        <attvalues>\n";
  attvalue(o, "type", e.type);
  if (!e.qid.empty()) attvalue(o, "wikidata", e.qid);
  o << "          <attvalue for=\"mentions\" value=\"";
  o.number(e.mentions) << "\"/>\n          <attvalue for=\"pagerank\" value=\"";
  o.fixed(m.pagerank, 6) << "\"/>\n";
  dates_attvalue(o, "dates", e.dates);
  const Rgb c = type_colour(e.type);
  o << "        </attvalues>\n        <viz:color r=\"";
  o.number(c.r) << "\" g=\"";
  o.number(c.g) << "\" b=\"";
  o.number(c.b) << "\"/>\n        <viz:size value=\"";
  o.fixed(node_size(m.pagerank, max_pagerank), 2) << "\"/>\n      </node>\n";
}

void edge(ChunkedOut& o, const graph::Relation& r) {
  o << "      <edge id=\"";
  o.xml_nmtoken(r.id) << "\" source=\"";
  o.xml_nmtoken(r.source) << "\" target=\"";
  o.xml_nmtoken(r.target) << "\" kind=\"";
  o.xml_text(xml_token(r.predicate)) << "\" label=\"";
  o.xml_text(xml_token(r.label)) << "\" weight=\"";
  o.number(r.weight()) << "\"";
  start(o, r.dates);
  o << ">\n        <attvalues>\n          <attvalue for=\"confidence\" value=\"";
  o.fixed(r.confidence, 6) << "\"/>\n          <attvalue for=\"negated\" value=\""
                          << (r.negated ? "true" : "false") << "\"/>\n";
  attvalue(o, "modality", r.modality);
  dates_attvalue(o, "edge_dates", r.dates);
  o << "        </attvalues>\n      </edge>\n";
}

void write(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics, ChunkedOut& o) {
  const auto entities = graph.entities();
  if (metrics.size() != entities.size()) throw Error("writing GEXF", "node measures do not match the graph");
  double max_pagerank = 0;
  for (const auto& m : metrics) max_pagerank = std::max(max_pagerank, m.pagerank);
  header(o, dynamic(graph));
  o << "    <nodes count=\"";
  o.number(entities.size()) << "\">\n";
  for (std::size_t i = 0; i < entities.size(); ++i) node(o, *entities[i], metrics[i], max_pagerank);
  o << "    </nodes>\n    <edges count=\"";
  o.number(graph.relation_count()) << "\">\n";
  for (const graph::Relation* r : graph.relations()) edge(o, *r);
  o << "    </edges>\n  </graph>\n</gexf>\n";
  o.finish();
}

}  // namespace

Rgb type_colour(std::string_view type) {
  if (type == "Person") return {31, 119, 180};
  if (type == "Organization") return {255, 127, 14};
  if (type == "Country") return {44, 160, 44};
  if (type == "City") return {23, 190, 207};
  if (type == "Place") return {140, 86, 75};
  if (type == "Event") return {214, 39, 40};
  if (type == "Concept") return {199, 199, 199};
  return {127, 127, 127};
}

double node_size(double pagerank, double max_pagerank) {
  if (!(max_pagerank > 0) || !(pagerank > 0)) return 4;
  return 4 + 36 * std::sqrt(std::min(1.0, pagerank / max_pagerank));
}

void write_gexf(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics, FILE* out) {
  ChunkedOut o = ChunkedOut::to_file(out, "GEXF");
  write(graph, metrics, o);
}

void write_gexf(const graph::KnowledgeGraph& graph, FILE* out) { write_gexf(graph, graph::compute_metrics(graph), out); }

std::string graph_to_gexf(const graph::KnowledgeGraph& graph) {
  std::string s;
  ChunkedOut o = ChunkedOut::to_string(&s);
  write(graph, graph::compute_metrics(graph), o);
  return s;
}

void write_gexf_file(const graph::KnowledgeGraph& graph, const std::string& path) {
  AtomicFile out(path);
  write_gexf(graph, out.stream());
  out.commit();
}

}  // namespace kg::exporters
