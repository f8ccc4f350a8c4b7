// Export throughput on a synthetic graph (not part of the test suite):
//   Turtle and N-Quads triples/s, GraphML and JSON edges/s, peak memory per
//   million facts, and, in the same run, serd's own writer loop on the same
//   triples (read back from our Turtle) as the reference for the Turtle rate.
// Usage: kg_export_bench [FACTS (default 1000000)] [--out DIR]
//   Without --out every output goes to /dev/null (serialisation cost only).
//   Times are process CPU seconds (single-threaded phases).
#include <serd/serd.h>
#include <sys/resource.h>

#include <array>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "export/graphml_writer.h"
#include "export/json_graph_writer.h"
#include "export/rdf_writer.h"
#include "graph/knowledge_graph.h"

namespace {

// Process CPU time: the machine may be shared, and every phase is single-threaded.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};

double seconds_since(double t0) { return Clock::now() - t0; }

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
    pv.doc = "doc-" + std::to_string(rng.next() % 50000);
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

// Statements captured from our Turtle, replayed through serd's writer alone.
struct Capture {
  std::vector<char> arena;
  struct Node {
    std::size_t off = 0, len = 0;
    SerdType type = SERD_NOTHING;
  };
  struct Statement {
    Node s, p, o, d, l;
  };
  std::vector<Statement> statements;
  std::vector<std::pair<std::string, std::string>> prefixes;
  std::size_t limit = 0;

  Node keep(const SerdNode* n) {
    Node k;
    if (!n || n->type == SERD_NOTHING) return k;
    k.off = arena.size();
    k.len = n->n_bytes;
    k.type = n->type;
    arena.insert(arena.end(), n->buf, n->buf + n->n_bytes);
    arena.push_back('\0');
    return k;
  }
};

SerdStatus capture_prefix(void* h, const SerdNode* name, const SerdNode* uri) {
  static_cast<Capture*>(h)->prefixes.emplace_back(reinterpret_cast<const char*>(name->buf),
                                                  reinterpret_cast<const char*>(uri->buf));
  return SERD_SUCCESS;
}

SerdStatus capture_statement(void* h, SerdStatementFlags, const SerdNode*, const SerdNode* s, const SerdNode* p,
                             const SerdNode* o, const SerdNode* d, const SerdNode* l) {
  auto* c = static_cast<Capture*>(h);
  if (c->statements.size() >= c->limit) return SERD_FAILURE;  // stops the reader
  c->statements.push_back({c->keep(s), c->keep(p), c->keep(o), c->keep(d), c->keep(l)});
  return SERD_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t facts = 1000000;
  std::string out_dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc) out_dir = argv[++i];
    else facts = std::strtoull(argv[i], nullptr, 10);
  }
  auto path = [&](const char* name) { return out_dir.empty() ? std::string("/dev/null") : out_dir + "/" + name; };

  auto t0 = Clock::now();
  kg::graph::KnowledgeGraph g = synthetic(facts);
  double build_s = seconds_since(t0);
  std::printf("graph: %zu entities, %zu facts, built in %.2f s\n", g.entity_count(), g.relation_count(), build_s);

  if (std::getenv("KG_BENCH_GRAPHML_ONLY")) {  // for profiling the GraphML writer alone
    for (int i = 0; i < 3; ++i) {
      FILE* out = std::fopen("/dev/null", "wb");
      kg::exporters::write_graphml(g, {}, out);
      std::fclose(out);
    }
    return 0;
  }
  kg::exporters::RdfOptions rdf;
  FILE* f = std::fopen(path("graph.ttl").c_str(), "wb");
  t0 = Clock::now();
  std::size_t ttl_triples = kg::exporters::write_turtle(g, rdf, f);
  std::fclose(f);
  double ttl_s = seconds_since(t0);
  if (std::getenv("KG_BENCH_TURTLE_ONLY")) {  // for profiling the Turtle writer alone
    for (int i = 0; i < 5; ++i) {
      f = std::fopen("/dev/null", "wb");
      kg::exporters::write_turtle(g, rdf, f);
      std::fclose(f);
    }
    std::printf("turtle:   %zu triples in %.2f s = %.0f triples/s\n", ttl_triples, ttl_s, ttl_triples / ttl_s);
    return 0;
  }

  f = std::fopen(path("graph.nq").c_str(), "wb");
  t0 = Clock::now();
  std::size_t nq_quads = kg::exporters::write_nquads(g, rdf, f);
  std::fclose(f);
  double nq_s = seconds_since(t0);

  f = std::fopen(path("graph.graphml").c_str(), "wb");
  t0 = Clock::now();
  kg::exporters::write_graphml(g, {}, f);
  std::fclose(f);
  double graphml_s = seconds_since(t0);

  t0 = Clock::now();
  if (out_dir.empty()) {
    // write_graph_json goes through a temporary file and rename: time the
    // same streaming writer into a scratch file and drop it.
    std::string tmp = "/tmp/kg_export_bench_graph.json";
    kg::exporters::write_graph_json(g, "none", tmp);
    std::remove(tmp.c_str());
  } else {
    kg::exporters::write_graph_json(g, "none", path("graph.json"));
  }
  double json_s = seconds_since(t0);
  double peak_mb = peak_rss_mb();

  // Reference: serd's writer alone, on the first triples of our Turtle.
  Capture cap;
  cap.limit = std::min<std::size_t>(ttl_triples, 4000000);
  {
    std::string ttl = kg::exporters::graph_to_turtle(kg::graph::KnowledgeGraph{}, rdf);  // prefixes only
    kg::graph::KnowledgeGraph part = synthetic(std::max<std::size_t>(1, facts * cap.limit / ttl_triples));
    std::string text = kg::exporters::graph_to_turtle(part, rdf);
    SerdReader* reader = serd_reader_new(SERD_TURTLE, &cap, nullptr, nullptr, capture_prefix, capture_statement,
                                         nullptr);
    serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str()));
    serd_reader_free(reader);
  }
  auto node = [&](const Capture::Node& n) {
    return serd_node_from_substring(n.type, reinterpret_cast<const uint8_t*>(cap.arena.data() + n.off), n.len);
  };
  f = std::fopen("/dev/null", "wb");
  SerdEnv* env = serd_env_new(nullptr);
  SerdWriter* w = serd_writer_new(SERD_TURTLE,
                                  static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK),
                                  env, nullptr, serd_file_sink, f);
  for (const auto& [name, uri] : cap.prefixes) {
    SerdNode n = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(name.c_str()));
    SerdNode u = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(uri.c_str()));
    serd_writer_set_prefix(w, &n, &u);
  }
  // The loop any serd program runs: make the nodes of a statement from its
  // strings, write the statement.
  t0 = Clock::now();
  for (const auto& st : cap.statements) {
    SerdNode sn = node(st.s), pn = node(st.p), on = node(st.o), dn = node(st.d), ln = node(st.l);
    serd_writer_write_statement(w, 0, nullptr, &sn, &pn, &on, st.d.type ? &dn : nullptr, st.l.type ? &ln : nullptr);
  }
  serd_writer_finish(w);
  double ref_s = seconds_since(t0);
  serd_writer_free(w);
  serd_env_free(env);
  std::fclose(f);

  const double ttl_rate = ttl_triples / ttl_s, ref_rate = cap.statements.size() / ref_s;
  std::printf("turtle:   %zu triples in %.2f s = %.0f triples/s\n", ttl_triples, ttl_s, ttl_rate);
  std::printf("n-quads:  %zu quads in %.2f s = %.0f quads/s\n", nq_quads, nq_s, nq_quads / nq_s);
  std::printf("graphml:  %zu edges in %.2f s = %.0f edges/s\n", g.relation_count(), graphml_s,
              g.relation_count() / graphml_s);
  std::printf("json:     %zu edges in %.2f s = %.0f edges/s\n", g.relation_count(), json_s, g.relation_count() / json_s);
  std::printf("serd reference: %zu triples (the first of the same Turtle) in %.2f s = %.0f triples/s\n",
              cap.statements.size(),
              ref_s, ref_rate);
  std::printf("turtle / serd reference = %.2f\n", ttl_rate / ref_rate);
  std::printf("peak memory (graph + all exports): %.0f MB = %.0f MB per million facts\n", peak_mb,
              peak_mb / (static_cast<double>(g.relation_count()) / 1e6));
  return 0;
}
