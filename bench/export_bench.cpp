// Export throughput on a synthetic graph (not part of the test suite):
//   Turtle and N-Quads triples/s, GraphML, GEXF, Neo4j CSV and JSON edges/s
//   (GraphML without and with the node measures it prints, which are timed on
//   their own and given to GEXF, Neo4j and graph.html too; GEXF and Neo4j also
//   as a ratio of GraphML's rate in the same round), graph.html seconds and
//   megabytes (the size with --out only: /dev/null has none),
//   peak memory per million facts, and, in the same run, serd's own writer
//   loop on exactly the same triples as the reference for the Turtle rate.
// Usage: kg_export_bench [FACTS (default 1000000)] [--rounds N (default 3)] [--out DIR]
//   Without --out every output goes to /dev/null (serialisation cost only)
//   except graph.json, which goes through a scratch file in /tmp (its writer
//   takes a path); with --out the outputs go to DIR and the reference's
//   Turtle to DIR/reference.ttl (to compare with graph.ttl: same bytes).
//   Each round times every writer and the reference again, so that the
//   ratios compare figures taken minutes apart at most on a shared machine.
//   Times are process CPU seconds (every timed phase is single-threaded).
//
// The reference: our Turtle of the whole graph is read back by serd's reader
// (through a pipe, untimed) and every statement is kept, its nodes interned;
// then serd's writer, with the same style flags, base, prefixes and sink,
// writes those statements in the same order, from chunks of 2M statements
// laid out in memory in writing order (copying a chunk is not timed):
//   "make+write": the loop any serd program runs, making the nodes of each
//                 statement from their strings (serd_node_from_substring)
//                 and writing it;
//   "write only": the nodes made beforehand; only serd_writer_write_statement.
#include <serd/serd.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "export/gexf_writer.h"
#include "export/html_writer.h"
#include "export/graphml_writer.h"
#include "export/iri.h"
#include "export/json_graph_writer.h"
#include "export/neo4j_writer.h"
#include "export/rdf_writer.h"
#include "graph/knowledge_graph.h"
#include "graph/metrics.h"

namespace {

// Process CPU time: the machine may be shared, and every phase is single-threaded.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// A deterministic pseudo-random sequence (64-bit LCG).
struct Lcg {
  std::uint64_t s = 0x9E3779B97F4A7C15ULL;
  std::uint64_t next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return s >> 17;
  }
};

// A document's date: one of 336 days of 2017.
std::string day(std::size_t k) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "2017-%02zu-%02zu", 1 + k % 12, 1 + (k / 12) % 28);
  return buf;
}

kg::graph::KnowledgeGraph synthetic(std::size_t facts) {
  static const char* types[] = {"Person", "Organization", "Country", "City", "Place", "Event", "Concept"};
  kg::graph::KnowledgeGraph g;
  const std::size_t entities = std::max<std::size_t>(10, facts / 5);
  const std::size_t predicates = 500;
  for (std::size_t i = 0; i < entities; ++i) {
    kg::graph::Entity e;
    e.id = "Entity_" + std::to_string(i);
    e.label = "Entity " + std::to_string(i);
    e.type = types[i % 7];
    e.labels = {{"en", e.label}, {"fr", "Entité " + std::to_string(i)}};
    if (i % 3 == 0) e.aliases = {"alias " + std::to_string(i)};
    if (i % 4 == 0) e.qid = "Q" + std::to_string(1000 + i);
    e.mentions = 1 + i % 17;
    e.dates = {day(i), day(i + 7)};
    g.add_entity(e);
  }
  Lcg rng;
  std::size_t added = 0;
  while (g.relation_count() < facts) {
    kg::graph::Relation r;
    r.source = "Entity_" + std::to_string(rng.next() % entities);
    r.target = "Entity_" + std::to_string(rng.next() % entities);
    std::size_t p = rng.next() % predicates;
    r.predicate = "predicate" + std::to_string(p);
    r.label = "predicate " + std::to_string(p);
    r.labels = {{"fr", "prédicat " + std::to_string(p)}};
    r.confidence = static_cast<double>(rng.next() % 1000) / 1000.0;
    r.modality = (added % 5 == 0) ? "reported" : "asserted";
    if (added % 7 == 0) r.qualifiers = {{"time", "2017-12-31"}};
    kg::graph::Provenance pv;
    const std::size_t doc = rng.next() % 50000;
    pv.doc = "doc-" + std::to_string(doc);
    r.dates = {day(doc)};
    pv.sentence = rng.next() % 40;
    pv.begin = static_cast<std::uint32_t>(rng.next() % 5000);
    pv.end = pv.begin + 80;
    pv.text = "The entity " + r.source + " did " + r.label + " to " + r.target + " on Thursday, officials said.";
    pv.rule = "en.svo";
    r.provenance = {pv};
    g.add_relation(std::move(r));
    ++added;
  }
  return g;
}

// Every statement of a Turtle document, its nodes interned (each distinct
// node text is kept once, NUL-terminated, in blocks that never move).
class Capture {
 public:
  struct Statement {
    std::uint32_t s, p, o, d, l;  // node numbers; 0 = none
  };

  Capture() { nodes_.push_back({nullptr, 0, SERD_NOTHING}); }

  std::uint32_t intern(const SerdNode* n) {
    if (!n || n->type == SERD_NOTHING) return 0;
    const std::string_view text(reinterpret_cast<const char*>(n->buf), n->n_bytes);
    auto& index = index_[n->type];
    auto it = index.find(text);
    if (it != index.end()) return it->second;
    const char* kept = keep(text);
    const auto number = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back({kept, text.size(), n->type});
    index.emplace(std::string_view(kept, text.size()), number);
    return number;
  }

  // The node as a serd program makes it from its string (flags scanned).
  SerdNode make(std::uint32_t i) const {
    const Node& n = nodes_[i];
    return serd_node_from_substring(n.type, reinterpret_cast<const uint8_t*>(n.text), n.size);
  }
  std::size_t node_count() const { return nodes_.size() - 1; }

  std::vector<Statement> statements;
  std::vector<std::pair<std::string, std::string>> prefixes;

 private:
  struct Node {
    const char* text;
    std::size_t size;
    SerdType type;
  };
  const char* keep(std::string_view text) {
    const std::size_t need = text.size() + 1;
    if (blocks_.empty() || used_ + need > kBlock) {
      blocks_.push_back(std::make_unique<char[]>(std::max(kBlock, need)));
      used_ = 0;
    }
    char* at = blocks_.back().get() + used_;
    std::memcpy(at, text.data(), text.size());
    at[text.size()] = '\0';
    used_ += need;
    return at;
  }
  static constexpr std::size_t kBlock = std::size_t{1} << 24;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0;
  std::vector<Node> nodes_;
  std::unordered_map<std::string_view, std::uint32_t> index_[SERD_BLANK + 1];
};

SerdStatus capture_prefix(void* h, const SerdNode* name, const SerdNode* uri) {
  static_cast<Capture*>(h)->prefixes.emplace_back(reinterpret_cast<const char*>(name->buf),
                                                  reinterpret_cast<const char*>(uri->buf));
  return SERD_SUCCESS;
}

SerdStatus capture_statement(void* h, SerdStatementFlags, const SerdNode*, const SerdNode* s, const SerdNode* p,
                             const SerdNode* o, const SerdNode* d, const SerdNode* l) {
  auto* c = static_cast<Capture*>(h);
  c->statements.push_back({c->intern(s), c->intern(p), c->intern(o), c->intern(d), c->intern(l)});
  return SERD_SUCCESS;
}

// Reads back the Turtle kgraph writes for `g`, streamed through a pipe.
void capture_turtle(const kg::graph::KnowledgeGraph& g, const kg::exporters::RdfOptions& rdf,
                    std::size_t expected, Capture* cap) {
  int fds[2];
  if (pipe(fds) != 0) {
    std::perror("pipe");
    std::exit(2);
  }
  FILE* in = fdopen(fds[0], "rb");
  FILE* out = fdopen(fds[1], "wb");
  std::thread writer([&] {
    kg::exporters::write_turtle(g, rdf, out);
    std::fclose(out);
  });
  cap->statements.reserve(expected);
  SerdReader* reader =
      serd_reader_new(SERD_TURTLE, cap, nullptr, nullptr, capture_prefix, capture_statement, nullptr);
  const SerdStatus st = serd_reader_read_file_handle(reader, in, reinterpret_cast<const uint8_t*>("graph.ttl"));
  serd_reader_free(reader);
  char drain[1 << 16];
  while (std::fread(drain, 1, sizeof drain, in) > 0) {
  }  // so that the writer never blocks
  writer.join();
  std::fclose(in);
  if (st != SERD_SUCCESS || cap->statements.size() != expected) {
    std::fprintf(stderr, "reference: read back %zu statements, expected %zu (%s)\n", cap->statements.size(),
                 expected, reinterpret_cast<const char*>(serd_strerror(st)));
    std::exit(2);
  }
}

// serd's writer set up as kgraph's Turtle writer sets it up.
struct ReferenceWriter {
  ReferenceWriter(const Capture& cap, const std::string& base, FILE* out) {
    SerdNode base_node = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(base.c_str()));
    env = serd_env_new(&base_node);
    writer = serd_writer_new(SERD_TURTLE,
                             static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK),
                             env, nullptr, serd_file_sink, out);
    for (const auto& [name, uri] : cap.prefixes) {
      SerdNode n = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(name.c_str()));
      SerdNode u = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(uri.c_str()));
      serd_writer_set_prefix(writer, &n, &u);
    }
  }
  ~ReferenceWriter() {
    serd_writer_free(writer);
    serd_env_free(env);
  }
  SerdEnv* env;
  SerdWriter* writer;
};

// The statements are replayed in chunks laid out as a serd program reading
// them would hold them: each statement's node texts copied one after the
// other (no lookups in the intern table while the clock runs, which would
// only slow the reference down). Copying a chunk is not timed; serd's writer
// runs on across chunks, so the output is one document.
constexpr std::size_t kChunk = 1 << 21;  // statements

struct Chunk {
  struct Node {
    std::size_t off, len;
    SerdType type;
  };
  std::vector<char> text;
  std::vector<Node> nodes;  // 5 per statement: s p o d l (type SERD_NOTHING: none)
  std::vector<SerdNode> made;

  void fill(const Capture& cap, std::size_t from, std::size_t to, bool make) {
    text.clear();
    nodes.clear();
    made.clear();
    for (std::size_t i = from; i < to; ++i) {
      const Capture::Statement& st = cap.statements[i];
      for (std::uint32_t n : {st.s, st.p, st.o, st.d, st.l}) {
        if (n == 0) {
          nodes.push_back({0, 0, SERD_NOTHING});
          continue;
        }
        const SerdNode node = cap.make(n);
        nodes.push_back({text.size(), node.n_bytes, node.type});
        text.insert(text.end(), node.buf, node.buf + node.n_bytes);
        text.push_back('\0');
      }
    }
    if (make) {
      made.reserve(nodes.size());
      for (const Node& n : nodes) made.push_back(node(n));
    }
  }
  SerdNode node(const Node& n) const {
    if (n.type == SERD_NOTHING) return SERD_NODE_NULL;
    return serd_node_from_substring(n.type, reinterpret_cast<const uint8_t*>(text.data() + n.off), n.len);
  }
};

// "make+write": the loop any serd program runs, making the nodes of a
// statement from its strings, writing the statement. "write only" (make =
// false): the nodes made beforehand. Returns CPU seconds of the loops.
double reference(const Capture& cap, const std::string& base, FILE* out, bool write_only) {
  ReferenceWriter rw(cap, base, out);
  Chunk chunk;
  double seconds = 0;
  for (std::size_t from = 0; from < cap.statements.size(); from += kChunk) {
    const std::size_t to = std::min(cap.statements.size(), from + kChunk);
    chunk.fill(cap, from, to, write_only);
    const double t0 = cpu_now();
    if (write_only) {
      for (std::size_t i = 0; i < to - from; ++i) {
        const SerdNode* n = &chunk.made[5 * i];
        serd_writer_write_statement(rw.writer, 0, nullptr, &n[0], &n[1], &n[2], n[3].buf ? &n[3] : nullptr,
                                    n[4].buf ? &n[4] : nullptr);
      }
    } else {
      for (std::size_t i = 0; i < to - from; ++i) {
        const Chunk::Node* n = &chunk.nodes[5 * i];
        const SerdNode sn = chunk.node(n[0]), pn = chunk.node(n[1]), on = chunk.node(n[2]), dn = chunk.node(n[3]),
                       ln = chunk.node(n[4]);
        serd_writer_write_statement(rw.writer, 0, nullptr, &sn, &pn, &on, dn.buf ? &dn : nullptr,
                                    ln.buf ? &ln : nullptr);
      }
    }
    seconds += cpu_now() - t0;
  }
  const double t0 = cpu_now();
  serd_writer_finish(rw.writer);
  std::fflush(out);
  return seconds + cpu_now() - t0;
}

FILE* open_or_die(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    std::perror(path.c_str());
    std::exit(2);
  }
  return f;
}

struct Round {
  double ttl = 0, nq = 0, metrics = 0, graphml = 0, gexf = 0, neo4j = 0, json = 0, html = 0, ref_make = 0, ref_write = 0;
  long html_bytes = 0;
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t facts = 1000000;
  int rounds = 3;
  std::string out_dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc) out_dir = argv[++i];
    else if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
    else facts = std::strtoull(argv[i], nullptr, 10);
  }
  auto path = [&](const char* name) { return out_dir.empty() ? std::string("/dev/null") : out_dir + "/" + name; };

  double t0 = cpu_now();
  kg::graph::KnowledgeGraph g = synthetic(facts);
  const double build_s = cpu_now() - t0;
  const double graph_mb = peak_rss_mb();
  const double per_million = static_cast<double>(g.relation_count()) / 1e6;
  std::printf("graph: %zu entities, %zu facts, built in %.2f s; peak memory %.0f MB = %.0f MB per million facts\n",
              g.entity_count(), g.relation_count(), build_s, graph_mb, graph_mb / per_million);

  const kg::exporters::RdfOptions rdf;
  const std::string base = kg::exporters::normalise_base_iri(rdf.base);
  const double edges = static_cast<double>(g.relation_count());
  std::size_t ttl_triples = 0, nq_quads = 0;
  Capture cap;
  std::vector<Round> results;
  double exports_mb = 0;

  // Every writer once first, untimed: the peak memory of the graph and its
  // exports, before the reference's capture adds its own.
  {
    FILE* f = open_or_die(path("graph.ttl"));
    ttl_triples = kg::exporters::write_turtle(g, rdf, f);
    std::fclose(f);
    f = open_or_die(path("graph.nq"));
    nq_quads = kg::exporters::write_nquads(g, rdf, f);
    std::fclose(f);
    f = open_or_die(path("graph.graphml"));
    kg::exporters::write_graphml(g, {}, f);
    std::fclose(f);
    const std::string json_path = out_dir.empty() ? "/tmp/kg_export_bench_graph.json" : path("graph.json");
    kg::exporters::write_graph_json(g, "none", json_path);
    if (out_dir.empty()) std::remove(json_path.c_str());
    exports_mb = peak_rss_mb();
  }
  t0 = cpu_now();
  capture_turtle(g, rdf, ttl_triples, &cap);
  std::printf("reference: %zu statements read back, %zu distinct nodes, in %.1f s (untimed)\n",
              cap.statements.size(), cap.node_count(), cpu_now() - t0);

  // Each round: our Turtle and the two reference loops back to back (the
  // load of a shared machine changes by the minute), then the other writers.
  for (int round = 1; round <= rounds; ++round) {
    Round r;
    FILE* f = open_or_die(path("graph.ttl"));
    t0 = cpu_now();
    ttl_triples = kg::exporters::write_turtle(g, rdf, f);
    std::fflush(f);
    r.ttl = cpu_now() - t0;
    std::fclose(f);

    f = open_or_die(out_dir.empty() ? "/dev/null" : out_dir + "/reference.ttl");
    r.ref_make = reference(cap, base, f, false);
    std::fclose(f);
    f = open_or_die("/dev/null");
    r.ref_write = reference(cap, base, f, true);
    std::fclose(f);

    f = open_or_die(path("graph.nq"));
    t0 = cpu_now();
    nq_quads = kg::exporters::write_nquads(g, rdf, f);
    std::fflush(f);
    r.nq = cpu_now() - t0;
    std::fclose(f);

    t0 = cpu_now();
    const auto metrics = kg::graph::compute_metrics(g);
    r.metrics = cpu_now() - t0;
    f = open_or_die(path("graph.graphml"));
    t0 = cpu_now();
    kg::exporters::write_graphml(g, metrics, {}, f);
    std::fflush(f);
    r.graphml = cpu_now() - t0;
    std::fclose(f);

    f = open_or_die(path("graph.gexf"));
    t0 = cpu_now();
    kg::exporters::write_gexf(g, metrics, f);
    std::fflush(f);
    r.gexf = cpu_now() - t0;
    std::fclose(f);

    FILE* nodes = open_or_die(path("nodes.csv"));
    FILE* rels = open_or_die(path("relationships.csv"));
    t0 = cpu_now();
    kg::exporters::write_neo4j_nodes(g, metrics, nodes);
    kg::exporters::write_neo4j_relationships(g, rels);
    std::fflush(nodes);
    std::fflush(rels);
    r.neo4j = cpu_now() - t0;
    std::fclose(nodes);
    std::fclose(rels);

    // graph.html: the 2,000 nodes of highest PageRank, laid out (when the
    // build has the libraries to inline).
    if (kg::exporters::html_writer_available()) {
      f = open_or_die(path("graph.html"));
      t0 = cpu_now();
      kg::exporters::write_html(g, metrics, {}, f);
      std::fflush(f);
      r.html = cpu_now() - t0;
      r.html_bytes = std::ftell(f);
      std::fclose(f);
    }

    // write_graph_json goes through a temporary file and rename.
    const std::string json_path = out_dir.empty() ? "/tmp/kg_export_bench_graph.json" : path("graph.json");
    t0 = cpu_now();
    kg::exporters::write_graph_json(g, "none", json_path);
    r.json = cpu_now() - t0;
    if (out_dir.empty()) std::remove(json_path.c_str());

    const double n = static_cast<double>(ttl_triples);
    std::printf(
        "round %d: turtle %.2f s = %.0f triples/s | serd make+write %.2f s = %.0f/s | serd write only %.2f s = "
        "%.0f/s | turtle/ref = %.2f (make+write), %.2f (write only)\n",
        round, r.ttl, n / r.ttl, r.ref_make, n / r.ref_make, r.ref_write, n / r.ref_write, r.ref_make / r.ttl,
        r.ref_write / r.ttl);
    std::printf(
        "         n-quads %.2f s = %.0f quads/s | metrics %.2f s | graphml %.2f s = %.0f edges/s (%.0f with "
        "metrics) | json %.2f s = %.0f edges/s\n",
        r.nq, static_cast<double>(nq_quads) / r.nq, r.metrics, r.graphml, edges / r.graphml,
        edges / (r.graphml + r.metrics), r.json, edges / r.json);
    std::printf("         gexf %.2f s = %.0f edges/s (%.2f x graphml) | neo4j csv %.2f s = %.0f edges/s (%.2f x graphml)\n",
                r.gexf, edges / r.gexf, r.graphml / r.gexf, r.neo4j, edges / r.neo4j, r.graphml / r.neo4j);
    std::printf("         html %.2f s, %.1f MB (2,000 nodes of %zu)\n", r.html, static_cast<double>(r.html_bytes) / 1e6,
                g.entity_count());
    std::fflush(stdout);
    results.push_back(r);
  }

  auto med = [&](double Round::*field) {
    std::vector<double> v;
    for (const Round& r : results) v.push_back(r.*field);
    return median(v);
  };
  std::vector<double> ratio_make, ratio_write;
  for (const Round& r : results) {
    ratio_make.push_back(r.ref_make / r.ttl);
    ratio_write.push_back(r.ref_write / r.ttl);
  }
  const double n = static_cast<double>(ttl_triples);
  std::printf("\nmedian of %d rounds (CPU time):\n", rounds);
  std::printf("turtle:   %zu triples, %.0f triples/s\n", ttl_triples, n / med(&Round::ttl));
  std::printf("n-quads:  %zu quads, %.0f quads/s\n", nq_quads, static_cast<double>(nq_quads) / med(&Round::nq));
  std::printf("metrics:  %.2f s (degree, PageRank, components; computed once for GraphML)\n", med(&Round::metrics));
  std::printf("graphml:  %.0f edges/s writing, %.0f edges/s with the metrics\n", edges / med(&Round::graphml),
              edges / (med(&Round::graphml) + med(&Round::metrics)));
  std::vector<double> gexf_ratio, neo4j_ratio;
  for (const Round& r : results) {
    gexf_ratio.push_back(r.graphml / r.gexf);
    neo4j_ratio.push_back(r.graphml / r.neo4j);
  }
  std::printf("gexf:     %.0f edges/s writing = %.2f x graphml (median of per-round ratios)\n",
              edges / med(&Round::gexf), median(gexf_ratio));
  std::printf("neo4j:    %.0f edges/s writing nodes.csv + relationships.csv = %.2f x graphml\n",
              edges / med(&Round::neo4j), median(neo4j_ratio));
  std::printf("json:     %.0f edges/s\n", edges / med(&Round::json));
  if (kg::exporters::html_writer_available())
    std::printf("html:     %.2f s for the page of the 2,000 nodes of highest PageRank (layout included), %.1f MB\n",
                med(&Round::html), static_cast<double>(results.back().html_bytes) / 1e6);
  std::printf("serd reference on the same %zu triples: make+write %.0f triples/s, write only %.0f triples/s\n",
              cap.statements.size(), n / med(&Round::ref_make), n / med(&Round::ref_write));
  std::printf("turtle / serd reference (median of per-round ratios) = %.2f (make+write), %.2f (write only)\n",
              median(ratio_make), median(ratio_write));
  std::printf("peak memory: graph %.0f MB, graph + exports %.0f MB = %.0f MB per million facts\n", graph_mb,
              exports_mb, exports_mb / per_million);
  return 0;
}
