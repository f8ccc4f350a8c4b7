#include "graph/query.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <set>
#include <unordered_map>

#include "base/error.h"
#include "ontology/name_key.h"

namespace kg::graph {

namespace {

// name_key of a text kept as written for the article fold is the word list.
std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool is_separator_byte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

bool name_matches(const std::string& folded_pattern, const std::string& text) {
  if (folded_pattern.find('*') != std::string::npos) {
    // Wildcards match the words as written (no article fold: "la *").
    return glob_match(folded_pattern, join_words(ontology::name_key_words(text)));
  }
  return ontology::name_key(text) == folded_pattern;
}

bool entity_matches(const std::string& folded, const Entity& e) {
  if (folded == "*") return true;
  if (name_matches(folded, e.id) || name_matches(folded, e.label)) return true;
  for (const auto& [lang, label] : e.labels)
    if (name_matches(folded, label)) return true;
  for (const auto& alias : e.aliases)
    if (name_matches(folded, alias)) return true;
  return false;
}

bool predicate_matches(const std::string& folded, const Relation& r) {
  if (folded == "*") return true;
  if (name_matches(folded, r.predicate) || name_matches(folded, r.label)) return true;
  for (const auto& [lang, label] : r.labels)
    if (name_matches(folded, label)) return true;
  return false;
}

// Words of the pattern; quoted runs are one word. *quoted says whether any was.
std::vector<std::string> split_words(const std::string& text, bool* quoted) {
  std::vector<std::string> words;
  std::string cur;
  bool in_word = false;
  char quote = 0;
  *quoted = false;
  for (char c : text) {
    if (quote) {
      if (c == quote) quote = 0;
      else cur.push_back(c);
    } else if (c == '"' || c == '\'') {
      quote = c;
      in_word = true;
      *quoted = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) words.push_back(cur);
      cur.clear();
      in_word = false;
    } else {
      cur.push_back(c);
      in_word = true;
    }
  }
  if (in_word) words.push_back(cur);
  return words;
}

// before + text + after (built by appending: GCC 12 warns, wrongly, on the
// operator+ chain).
std::string wrapped(const char* before, const std::string& text, const char* after) {
  std::string out(before);
  out.append(text);
  out.append(after);
  return out;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

std::string query_key(const std::string& text) {
  if (text.find('*') == std::string::npos) return ontology::name_key(text);
  // Each run between wildcards is keyed on its own; a separator next to a
  // "*" stays one space, so "* putin" still needs a word boundary.
  std::string out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t star = text.find('*', start);
    const std::string piece = text.substr(start, star == std::string::npos ? std::string::npos : star - start);
    const std::string key = join_words(ontology::name_key_words(piece));
    const bool first = start == 0, last = star == std::string::npos;
    if (!key.empty()) {
      if (!first && is_separator_byte(piece.front())) out += ' ';
      out += key;
      if (!last && is_separator_byte(piece.back())) out += ' ';
    } else if (!piece.empty() && !first && !last) {
      out += ' ';
    }
    if (last) break;
    out += '*';
    start = star + 1;
  }
  return out;
}

bool glob_match(const std::string& pattern, const std::string& text) {
  // Iterative wildcard matching with backtracking to the last '*'.
  std::size_t p = 0, t = 0, star = std::string::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::vector<const Entity*> find_entities(const KnowledgeGraph& graph, const std::string& name,
                                         const ontology::KnowledgeBase* kb) {
  std::vector<const Entity*> out = find_entities(graph, name);
  if (kb == nullptr || name.find('*') != std::string::npos) return out;
  // The KB's names for the same thing: "Daech" finds Islamic_State, "Moscou" Moscow.
  std::set<std::string> ids, qids;
  for (const auto& c : kb->lookup(name)) {
    ids.insert(c.entry->id);
    if (!c.entry->qid.empty()) qids.insert(c.entry->qid);
  }
  if (ids.empty()) return out;
  std::vector<const Entity*> exact;
  for (const Entity* e : graph.entities())
    if (ids.count(e->id) || (!e->qid.empty() && qids.count(e->qid))) exact.push_back(e);
  return exact.empty() ? out : exact;
}

std::vector<const Entity*> find_entities(const KnowledgeGraph& graph, const std::string& name) {
  std::string folded = query_key(name);
  std::vector<const Entity*> out;
  for (const Entity* e : graph.entities())
    if (entity_matches(folded, *e)) out.push_back(e);
  if (!out.empty() || folded.empty() || folded.find('*') != std::string::npos) return out;
  // No name is exactly that: names that contain it as whole words ("Putin").
  const std::string words = wrapped("* ", folded, " *");
  auto contains = [&](const std::string& text) {
    return glob_match(words, wrapped(" ", join_words(ontology::name_key_words(text)), " "));
  };
  for (const Entity* e : graph.entities()) {
    bool hit = contains(e->label);
    for (const auto& [lang, label] : e->labels) hit = hit || contains(label);
    for (const auto& alias : e->aliases) hit = hit || contains(alias);
    if (hit) out.push_back(e);
  }
  return out;
}

EntityFacts entity_facts(const KnowledgeGraph& graph, const Entity& entity) {
  EntityFacts f;
  f.entity = &entity;
  for (const Relation* r : graph.relations()) {
    if (r->source == entity.id) f.outgoing.push_back(r);
    if (r->target == entity.id) f.incoming.push_back(r);
  }
  return f;
}

std::vector<Path> shortest_paths(const KnowledgeGraph& graph, const Entity& from, const Entity& to,
                                 std::size_t limit) {
  const auto entities = graph.entities();
  const auto relations = graph.relations();
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < entities.size(); ++i) index.emplace(entities[i]->id, i);
  const std::size_t s = index.at(from.id);
  const std::size_t t = index.at(to.id);
  if (s == t) return {Path{}};

  // Undirected view in id order; edge i of `relations` joins its two ends.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(entities.size());
  std::vector<std::vector<std::pair<std::size_t, PathStep>>> steps(entities.size());  // vertex -> (neighbour, step)
  for (const Relation* r : relations) {
    std::size_t a = index.at(r->source), b = index.at(r->target);
    boost::add_edge(a, b, u);
    steps[a].push_back({b, PathStep{r, true}});
    steps[b].push_back({a, PathStep{r, false}});
  }
  constexpr std::size_t kInf = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> dist(entities.size(), kInf);
  dist[s] = 0;
  boost::breadth_first_search(
      u, s, boost::visitor(boost::make_bfs_visitor(boost::record_distances(dist.data(), boost::on_tree_edge()))));
  if (dist[t] == kInf) return {};

  // Walk back from t along edges that lower the distance by one.
  std::vector<Path> out;
  Path rev;
  std::function<void(std::size_t)> back = [&](std::size_t v) {
    if (out.size() >= limit) return;
    if (v == s) {
      out.emplace_back(rev.rbegin(), rev.rend());
      return;
    }
    for (const auto& [w, step] : steps[v]) {
      if (dist[w] + 1 != dist[v]) continue;
      // Seen from w, the step towards v goes the other way round.
      rev.push_back(PathStep{step.relation, !step.forward});
      back(w);
      rev.pop_back();
    }
  };
  back(t);
  std::sort(out.begin(), out.end(), [](const Path& a, const Path& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](const PathStep& x, const PathStep& y) { return x.relation->id < y.relation->id; });
  });
  return out;
}

std::vector<const Relation*> match_pattern(const KnowledgeGraph& graph, const std::string& pattern) {
  bool quoted = false;
  std::vector<std::string> words = split_words(pattern, &quoted);
  if (words.size() < 3 || (quoted && words.size() != 3))
    throw Error("pattern \"" + pattern + "\"", "expected three parts: SUBJECT PREDICATE OBJECT (\"*\" for any)");
  std::vector<std::array<std::string, 3>> cuts;
  for (std::size_t i = 1; i + 1 < words.size(); ++i)
    for (std::size_t j = i + 1; j < words.size(); ++j)
      cuts.push_back({query_key(join(words, 0, i)), query_key(join(words, i, j)), query_key(join(words, j, words.size()))});

  std::unordered_map<std::string, const Entity*> by_id;
  for (const Entity* e : graph.entities()) by_id.emplace(e->id, e);
  std::vector<const Relation*> out;
  for (const Relation* r : graph.relations()) {
    for (const auto& [sp, pp, op] : cuts) {
      if (predicate_matches(pp, *r) && entity_matches(sp, *by_id.at(r->source)) &&
          entity_matches(op, *by_id.at(r->target))) {
        out.push_back(r);
        break;
      }
    }
  }
  return out;
}

}  // namespace kg::graph
