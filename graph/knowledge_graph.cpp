#include "graph/knowledge_graph.h"

#include "ontology/name_key.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <stdexcept>
#include <tuple>

namespace kg::graph {

bool Provenance::operator<(const Provenance& o) const {
  return std::tie(doc, sentence, begin, end, rule, text) <
         std::tie(o.doc, o.sentence, o.begin, o.end, o.rule, o.text);
}

bool Provenance::operator==(const Provenance& o) const {
  return std::tie(doc, sentence, begin, end, rule, text) ==
         std::tie(o.doc, o.sentence, o.begin, o.end, o.rule, o.text);
}

std::size_t Relation::weight() const {
  // In a graph, provenance is sorted (by doc, then sentence): count the
  // distinct (doc, sentence) runs without allocating. Otherwise, a set.
  bool sorted = true;
  for (std::size_t i = 1; i < provenance.size() && sorted; ++i) sorted = !(provenance[i] < provenance[i - 1]);
  if (sorted) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < provenance.size(); ++i)
      if (i == 0 || provenance[i].doc != provenance[i - 1].doc || provenance[i].sentence != provenance[i - 1].sentence)
        ++n;
    return n;
  }
  std::set<std::pair<std::string, std::size_t>> sources;
  for (const auto& p : provenance) sources.emplace(p.doc, p.sentence);
  return sources.size();
}

namespace {

std::uint64_t fnv1a(const std::string& text) {
  std::uint64_t h = 14695981039346656037ULL;  // FNV-1a 64-bit offset basis
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

bool better_name(const std::string& a, const std::string& b) {
  auto has_lowercase = [](const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (has_lowercase(a) != has_lowercase(b)) return has_lowercase(a);
  const auto wa = ontology::name_key_words(a).size();
  const auto wb = ontology::name_key_words(b).size();
  if (wa != wb) return wa > wb;
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

std::string stable_hash(const std::string& text) {
  const std::uint64_t h = fnv1a(text);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

namespace {

void join_sorted(std::vector<std::string>& into, const std::vector<std::string>& more) {
  into.insert(into.end(), more.begin(), more.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

}  // namespace

KnowledgeGraph::Vertex KnowledgeGraph::add_entity(const Entity& entity) {
  auto it = by_id_.find(entity.id);
  if (it == by_id_.end()) {
    Vertex v = boost::add_vertex(entity, g_);
    join_sorted(g_[v].aliases, {});
    join_sorted(g_[v].dates, {});
    by_id_.emplace(entity.id, v);
    return v;
  }
  Entity& e = g_[it->second];
  e.mentions += entity.mentions;
  if (e.qid.empty()) e.qid = entity.qid;
  if (e.geonames.empty()) e.geonames = entity.geonames;
  join_sorted(e.dates, entity.dates);
  if (e.type == "Concept") {
    join_sorted(e.aliases, entity.aliases);
    for (const auto& [lang, label] : entity.labels) e.labels.emplace(lang, label);
    if (e.label.empty()) e.label = entity.label;
    return it->second;
  }
  std::vector<std::string> names = e.aliases;
  names.insert(names.end(), entity.aliases.begin(), entity.aliases.end());
  for (const Entity* x : std::initializer_list<const Entity*>{&e, &entity}) {
    if (!x->label.empty()) names.push_back(x->label);
    for (const auto& [lang, label] : x->labels) names.push_back(label);
  }
  for (const auto& [lang, label] : entity.labels) {
    auto [l, fresh] = e.labels.emplace(lang, label);
    if (!fresh && better_name(label, l->second)) l->second = label;
  }
  if (e.label.empty() || (!entity.label.empty() && better_name(entity.label, e.label))) e.label = entity.label;
  std::vector<std::string> aliases;
  for (const std::string& n : names) {
    bool is_label = n == e.label;
    for (const auto& [lang, label] : e.labels) is_label = is_label || n == label;
    if (!is_label) aliases.push_back(n);
  }
  e.aliases.clear();
  join_sorted(e.aliases, aliases);
  return it->second;
}

void KnowledgeGraph::add_relation(Relation relation) {
  Vertex s = by_id_.at(relation.source);
  Vertex t = by_id_.at(relation.target);
  const std::string key = relation.source + '\x1f' + relation.predicate + '\x1f' + relation.target;
  const std::uint64_t hash = fnv1a(key);
  if (relation.id.empty()) relation.id = stable_hash(key);
  std::sort(relation.provenance.begin(), relation.provenance.end());
  join_sorted(relation.dates, {});
  Relation* existing = nullptr;
  for (auto [it, end] = edges_by_key_.equal_range(hash); it != end && !existing; ++it) {
    Relation& candidate = g_[it->second];
    if (candidate.source == relation.source && candidate.predicate == relation.predicate &&
        candidate.target == relation.target)
      existing = &candidate;
  }
  if (!existing) {
    auto [e, ok] = boost::add_edge(s, t, std::move(relation), g_);
    (void)ok;
    edges_by_key_.emplace(hash, e);
    return;
  }
  Relation& r = *existing;
  r.provenance.insert(r.provenance.end(), relation.provenance.begin(), relation.provenance.end());
  std::sort(r.provenance.begin(), r.provenance.end());
  r.provenance.erase(std::unique(r.provenance.begin(), r.provenance.end()), r.provenance.end());
  r.confidence = std::max(r.confidence, relation.confidence);
  join_sorted(r.dates, relation.dates);
  for (const auto& [k, v] : relation.labels) r.labels.emplace(k, v);
  // An attribution ("according to X") holds for the edge only when every
  // source says it: the title "Russia will reduce..." is not Gerasimov's claim
  // just because a later paragraph reports him saying it. Order-independent.
  auto mine = r.qualifiers.find("attribution");
  auto theirs = relation.qualifiers.find("attribution");
  bool keep_attribution = mine != r.qualifiers.end() && theirs != relation.qualifiers.end() &&
                          mine->second == theirs->second;
  for (const auto& [k, v] : relation.qualifiers)
    if (k != "attribution") r.qualifiers.emplace(k, v);
  if (!keep_attribution && mine != r.qualifiers.end()) r.qualifiers.erase(mine);
}

std::vector<const Entity*> KnowledgeGraph::entities() const {
  std::vector<const Entity*> out;
  out.reserve(by_id_.size());
  for (const auto& [id, v] : by_id_) out.push_back(&g_[v]);  // map order = id order
  return out;
}

std::vector<KnowledgeGraph::Vertex> KnowledgeGraph::entity_vertices() const {
  std::vector<Vertex> out;
  out.reserve(by_id_.size());
  for (const auto& [id, v] : by_id_) out.push_back(v);  // map order = id order
  return out;
}

namespace {

// The first 8 bytes of `s` as a big-endian number (zero-padded): a < b
// whenever prefix_key(a) < prefix_key(b), so a sort compares these numbers
// first and the strings only on a tie.
std::uint64_t prefix_key(const std::string& s) {
  std::uint64_t k = 0;
  for (std::size_t i = 0; i < 8; ++i) k = (k << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  return k;
}

}  // namespace

std::vector<KnowledgeGraph::RelationRef> KnowledgeGraph::relation_refs() const {
  struct Keyed {
    std::uint64_t key;
    RelationRef ref;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(boost::num_edges(g_));
  for (auto [it, end] = boost::edges(g_); it != end; ++it) {
    const Relation* r = &g_[*it];
    keyed.push_back({prefix_key(r->id), {r, boost::source(*it, g_), boost::target(*it, g_)}});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) {
    if (x.key != y.key) return x.key < y.key;
    const Relation* a = x.ref.relation;
    const Relation* b = y.ref.relation;
    return std::tie(a->id, a->source, a->predicate, a->target) <
           std::tie(b->id, b->source, b->predicate, b->target);
  });
  std::vector<RelationRef> out;
  out.reserve(keyed.size());
  for (const Keyed& k : keyed) out.push_back(k.ref);
  return out;
}

std::vector<const Relation*> KnowledgeGraph::relations() const {
  std::vector<const Relation*> out;
  out.reserve(boost::num_edges(g_));
  for (const RelationRef& r : relation_refs()) out.push_back(r.relation);
  return out;
}

}  // namespace kg::graph
