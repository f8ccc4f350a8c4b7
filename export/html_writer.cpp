#include "export/html_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <set>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/chunked_out.h"
#include "export/gexf_writer.h"
#include "export/html_assets.h"
#include "export/utf8_text.h"
#include "graph/layout.h"

namespace kg::exporters {

namespace {

using graph::Entity;
using graph::Relation;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kNamesPerNode = 12;

// What the page shows, chosen from the graph.
struct Page {
  std::vector<const Entity*> entities;   // graph.entities()
  std::vector<const Relation*> relations;  // graph.relations()
  std::vector<std::size_t> nodes;        // drawn entities (indices into entities), highest PageRank first
  std::vector<std::size_t> drawn;        // entity index -> index into nodes, or kNone
  std::vector<std::size_t> edges;        // drawn relations (both ends drawn), indices into relations
  std::vector<std::vector<std::size_t>> node_facts;  // per drawn node: its listed facts (indices into facts), strongest first
  std::vector<std::size_t> node_fact_count;          // per drawn node: all its facts
  std::vector<std::size_t> facts;        // listed relations (indices into relations), in relations() order
  std::vector<graph::Point> positions;   // per drawn node
  double max_pagerank = 0;
};

// The `max_nodes` entities of highest PageRank, ties by id (entities are in id order).
void choose_nodes(Page& p, const std::vector<graph::NodeMetrics>& metrics, std::size_t max_nodes) {
  std::vector<std::size_t> order(p.entities.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return metrics[a].pagerank > metrics[b].pagerank; });
  order.resize(std::min(order.size(), max_nodes));
  p.nodes = order;
  p.drawn.assign(p.entities.size(), kNone);
  for (std::size_t i = 0; i < p.nodes.size(); ++i) p.drawn[p.nodes[i]] = i;
  for (const auto& m : metrics) p.max_pagerank = std::max(p.max_pagerank, m.pagerank);
}

// Strongest first: more distinct sources, then higher confidence, then by id.
bool stronger(const Relation* a, const Relation* b) {
  if (a->weight() != b->weight()) return a->weight() > b->weight();
  if (a->confidence != b->confidence) return a->confidence > b->confidence;
  return a->id < b->id;
}

// The drawn edges, each drawn node's strongest facts and the fact table.
void choose_facts(Page& p) {
  std::map<std::string, std::size_t> index;  // entity id -> entity index
  for (std::size_t i = 0; i < p.entities.size(); ++i) index.emplace(p.entities[i]->id, i);
  std::vector<std::vector<std::size_t>> touching(p.nodes.size());  // relation indices per drawn node
  for (std::size_t r = 0; r < p.relations.size(); ++r) {
    const std::size_t s = p.drawn[index.at(p.relations[r]->source)], t = p.drawn[index.at(p.relations[r]->target)];
    if (s != kNone && t != kNone) p.edges.push_back(r);
    if (s != kNone) touching[s].push_back(r);
    if (t != kNone && t != s) touching[t].push_back(r);
  }
  std::vector<std::size_t> fact_of(p.relations.size(), kNone);
  for (auto& rs : touching) {
    p.node_fact_count.push_back(rs.size());
    std::sort(rs.begin(), rs.end(),
              [&](std::size_t a, std::size_t b) { return stronger(p.relations[a], p.relations[b]); });
    if (rs.size() > kHtmlFactsPerNode) rs.resize(kHtmlFactsPerNode);
    for (std::size_t r : rs) fact_of[r] = 0;
  }
  for (std::size_t r = 0; r < p.relations.size(); ++r)
    if (fact_of[r] != kNone) {
      fact_of[r] = p.facts.size();
      p.facts.push_back(r);
    }
  p.node_facts.resize(p.nodes.size());
  for (std::size_t n = 0; n < p.nodes.size(); ++n)
    for (std::size_t r : touching[n]) p.node_facts[n].push_back(fact_of[r]);
  std::vector<std::pair<std::size_t, std::size_t>> ends;
  for (std::size_t r : p.edges)
    ends.emplace_back(p.drawn[index.at(p.relations[r]->source)], p.drawn[index.at(p.relations[r]->target)]);
  p.positions = graph::force_layout(p.nodes.size(), ends);
}

// JSON text for the page, appended to a ChunkedOut's buffer.
class Json {
 public:
  explicit Json(ChunkedOut& o) : o_(o) {}
  Json& str(std::string_view s) { append_json_for_html(s, o_.buffer()); o_.maybe_flush(); return *this; }
  Json& raw(std::string_view s) { o_ << s; return *this; }
  Json& key(std::string_view k) { o_ << '"' << k << "\":"; return *this; }
  Json& num(std::size_t n) { o_.number(n); return *this; }
  Json& fixed(double x, int decimals) { o_.fixed(x, decimals); return *this; }
  Json& boolean(bool b) { o_ << (b ? "true" : "false"); return *this; }

 private:
  ChunkedOut& o_;
};

std::string hex_colour(std::string_view type) {
  const Rgb c = type_colour(type);
  char b[8];
  std::snprintf(b, sizeof b, "#%02x%02x%02x", c.r, c.g, c.b);
  return b;
}

// `text` cut to at most kHtmlSentenceBytes bytes, at a character boundary, with "…" when cut.
std::string cut_sentence(const std::string& text) {
  if (text.size() <= kHtmlSentenceBytes) return text;
  std::size_t end = kHtmlSentenceBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "\u2026";
}

// Interns strings (sentences, documents) into a table the facts point into.
struct Table {
  std::vector<std::string> items;
  std::map<std::string, std::size_t> index;
  std::size_t add(const std::string& s) {
    auto [it, added] = index.emplace(s, items.size());
    if (added) items.push_back(s);
    return it->second;
  }
};

void string_array(Json& j, const std::vector<std::string>& items) {
  j.raw("[");
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) j.raw(",");
    j.str(items[i]);
  }
  j.raw("]");
}

// The other names a node is found by (languages' labels, aliases), without its label.
std::vector<std::string> search_names(const Entity& e) {
  std::set<std::string> names;
  for (const auto& [lang, label] : e.labels) names.insert(label);
  for (const auto& a : e.aliases) names.insert(a);
  names.erase(e.label);
  std::vector<std::string> out(names.begin(), names.end());
  if (out.size() > kNamesPerNode) out.resize(kNamesPerNode);
  return out;
}

// "types": [{"name", "colour", "count"}] of the drawn nodes, by name; fills type_index.
void write_types(Json& j, const Page& p, std::map<std::string, std::size_t>& type_index) {
  std::map<std::string, std::size_t> counts;
  for (std::size_t e : p.nodes) ++counts[p.entities[e]->type];
  j.key("types").raw("[");
  std::size_t i = 0;
  for (const auto& [type, count] : counts) {
    if (i) j.raw(",");
    type_index[type] = i++;
    j.raw("{").key("name").str(type).raw(",").key("colour").str(hex_colour(type)).raw(",").key("count").num(count);
    j.raw("}");
  }
  j.raw("],");
}

// A node's radius on the page, in pixels at the first zoom: 2 to 16 with the
// square root of its PageRank (as node_size()), the range shrinking as the
// page holds more nodes (to 2 to 6.2 from 1,100 nodes on), so that a page of
// 2,000 nodes is not one blot.
double drawn_size(double pagerank, double max_pagerank, std::size_t nodes) {
  const double crowding = std::clamp(std::sqrt(100.0 / static_cast<double>(std::max<std::size_t>(nodes, 1))), 0.3, 1.0);
  return 2 + (node_size(pagerank, max_pagerank) - 4) / 36 * 14 * crowding;
}

void write_nodes(Json& j, const Page& p, const std::vector<graph::NodeMetrics>& metrics,
                 const std::map<std::string, std::size_t>& type_index) {
  j.key("nodes").raw("[");
  for (std::size_t n = 0; n < p.nodes.size(); ++n) {
    const Entity& e = *p.entities[p.nodes[n]];
    const double pagerank = metrics[p.nodes[n]].pagerank;
    if (n) j.raw(",\n");
    j.raw("{").key("id").str(e.id).raw(",").key("label").str(e.label).raw(",");
    j.key("type").num(type_index.at(e.type)).raw(",");
    j.key("x").fixed(p.positions[n].x, 4).raw(",").key("y").fixed(p.positions[n].y, 4).raw(",");
    j.key("size").fixed(drawn_size(pagerank, p.max_pagerank, p.nodes.size()), 2).raw(",");
    j.key("pagerank").fixed(pagerank, 6).raw(",").key("mentions").num(e.mentions).raw(",");
    j.key("qid").str(e.qid).raw(",").key("names");
    string_array(j, search_names(e));
    j.raw(",").key("fact_count").num(p.node_fact_count[n]).raw(",").key("facts").raw("[");
    for (std::size_t i = 0; i < p.node_facts[n].size(); ++i) {
      if (i) j.raw(",");
      j.num(p.node_facts[n][i]);
    }
    j.raw("]}");
  }
  j.raw("],\n");
}

// "edges": [[source node, target node, label]].
void write_edges(Json& j, const Page& p, const std::map<std::string, std::size_t>& index) {
  j.key("edges").raw("[");
  for (std::size_t i = 0; i < p.edges.size(); ++i) {
    const Relation& r = *p.relations[p.edges[i]];
    if (i) j.raw(",");
    j.raw("[").num(p.drawn[index.at(r.source)]).raw(",").num(p.drawn[index.at(r.target)]).raw(",").str(r.label);
    j.raw("]");
  }
  j.raw("],\n");
}

// One end of a fact: its drawn node (or -1) and its label.
void fact_end(Json& j, const Page& p, const std::map<std::string, std::size_t>& index, const std::string& id,
              const char* node_key, const char* label_key) {
  const std::size_t e = index.at(id), n = p.drawn[e];
  j.key(node_key);
  if (n == kNone) j.raw("-1");
  else j.num(n);
  j.raw(",").key(label_key).str(p.entities[e]->label).raw(",");
}

// "facts": [{s, sl, p, o, ol, neg, mod, w, c, src: [[sentence, document,
// sentence number in the document (1-based)]]}],
// then the sentence and document tables they point into.
void write_facts(Json& j, const Page& p, const std::map<std::string, std::size_t>& index) {
  Table sentences, docs;
  j.key("facts").raw("[");
  for (std::size_t f = 0; f < p.facts.size(); ++f) {
    const Relation& r = *p.relations[p.facts[f]];
    if (f) j.raw(",\n");
    j.raw("{");
    fact_end(j, p, index, r.source, "s", "sl");
    j.key("p").str(r.label).raw(",");
    fact_end(j, p, index, r.target, "o", "ol");
    j.key("neg").boolean(r.negated).raw(",").key("mod").str(r.modality).raw(",");
    j.key("w").num(r.weight()).raw(",").key("c").fixed(r.confidence, 2).raw(",").key("src").raw("[");
    std::set<std::pair<std::string, std::string>> seen;
    for (const graph::Provenance& src : r.provenance) {
      if (seen.size() == kHtmlSentencesPerFact) break;
      if (!seen.emplace(src.doc, src.text).second) continue;
      if (seen.size() > 1) j.raw(",");
      j.raw("[").num(sentences.add(cut_sentence(src.text))).raw(",").num(docs.add(src.doc)).raw(",");
      j.num(src.sentence + 1).raw("]");
    }
    j.raw("]}");
  }
  j.raw("],\n").key("sentences");
  string_array(j, sentences.items);
  j.raw(",\n").key("docs");
  string_array(j, docs.items);
}

void write_data(ChunkedOut& o, const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics,
                const HtmlOptions& options) {
  Page p;
  p.entities = graph.entities();
  p.relations = graph.relations();
  if (metrics.size() != p.entities.size()) throw Error("writing graph.html", "node measures do not match the graph");
  choose_nodes(p, metrics, options.max_nodes);
  choose_facts(p);
  std::map<std::string, std::size_t> index, type_index;
  for (std::size_t i = 0; i < p.entities.size(); ++i) index.emplace(p.entities[i]->id, i);
  Json j(o);
  j.raw("{").key("meta").raw("{").key("entities").num(p.entities.size()).raw(",");
  j.key("facts").num(p.relations.size()).raw(",").key("shown_entities").num(p.nodes.size()).raw(",");
  j.key("shown_facts").num(p.edges.size()).raw(",").key("max_nodes").num(options.max_nodes).raw(",");
  j.key("facts_per_node").num(kHtmlFactsPerNode).raw("},\n");
  write_types(j, p, type_index);
  write_nodes(j, p, metrics, type_index);
  write_edges(j, p, index);
  write_facts(j, p, index);
  j.raw("}");
}

// The page around the data: the panel, search box and legend the script fills.
constexpr std::string_view kHead =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
    "style-src 'unsafe-inline'; img-src data: blob:\">\n"
    "<meta name=\"generator\" content=\"kgraph\">\n<title>kgraph: knowledge graph</title>\n<style>\n";
constexpr std::string_view kBody =
    "</style>\n</head>\n<body>\n<header id=\"bar\">\n<strong id=\"brand\">kgraph</strong>\n"
    "<div id=\"find\"><input id=\"search\" type=\"search\" placeholder=\"Find an entity\" autocomplete=\"off\" "
    "aria-label=\"Find an entity by name\" aria-controls=\"results\">\n<ul id=\"results\" hidden></ul></div>\n"
    "<p id=\"notice\"></p>\n</header>\n<main>\n<div id=\"graph\"></div>\n<ul id=\"legend\"></ul>\n"
    "<aside id=\"panel\" hidden>\n<button id=\"close\" type=\"button\" aria-label=\"Close\">\u00d7</button>\n"
    "<h2 id=\"panel-title\"></h2>\n<p id=\"panel-meta\"></p>\n<h3 id=\"panel-count\"></h3>\n<ol id=\"facts\"></ol>\n"
    "</aside>\n</main>\n<script type=\"application/json\" id=\"kg-data\">";

// The assets, or kg::Error saying how to get them.
const HtmlAssets& required_assets() {
  const HtmlAssets& assets = html_assets();
  if (!assets.available)
    throw Error("cannot write graph.html",
                "this kgraph was built without sigma.js and graphology (export/html/node_modules is missing): run "
                "`make deps` (or `npm ci` in export/html), then build again");
  return assets;
}

void write_page(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics,
                const HtmlOptions& options, ChunkedOut& o) {
  const HtmlAssets& assets = required_assets();
  o << kHead << assets.css << kBody;
  write_data(o, graph, metrics, options);
  o << "</script>\n<script>\n" << assets.graphology << "\n</script>\n<script>\n" << assets.sigma
    << "\n</script>\n<script>\n" << assets.app << "\n</script>\n</body>\n</html>\n";
  o.finish();
}

}  // namespace

bool html_writer_available() { return html_assets().available; }

void append_json_for_html(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::string s(text);
  out->push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      char32_t cp;
      std::size_t len;
      if (!decode_utf8(s, i, &cp, &len)) out->append("\\ufffd");
      else if (cp == 0x2028 || cp == 0x2029) out->append(cp == 0x2028 ? "\\u2028" : "\\u2029");
      else out->append(s, i, len);
      i += len;
      continue;
    }
    if (c == '"') out->append("\\\"");
    else if (c == '\\') out->append("\\\\");
    else if (c == '\n') out->append("\\n");
    else if (c == '\t') out->append("\\t");
    else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
      out->append("\\u00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(static_cast<char>(c));
    }
    ++i;
  }
  out->push_back('"');
}

void write_html(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics,
                const HtmlOptions& options, FILE* out) {
  ChunkedOut o = ChunkedOut::to_file(out, "graph.html");
  write_page(graph, metrics, options, o);
}

std::string graph_to_html(const graph::KnowledgeGraph& graph, const HtmlOptions& options) {
  std::string s;
  ChunkedOut o = ChunkedOut::to_string(&s);
  write_page(graph, graph::compute_metrics(graph), options, o);
  return s;
}

void write_html_file(const graph::KnowledgeGraph& graph, const HtmlOptions& options, const std::string& path) {
  required_assets();  // before the temporary file is made
  const auto metrics = graph::compute_metrics(graph);
  AtomicFile out(path);
  write_html(graph, metrics, options, out.stream());
  out.commit();
}

}  // namespace kg::exporters
