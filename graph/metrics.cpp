#include "graph/metrics.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

namespace kg::graph {

double round6(double value) { return std::round(value * 1e6) / 1e6; }

namespace {

// PageRank's stopping rule: the largest change of a rank in one iteration is
// below `tolerance` (on Boost's scale, where ranks sum to about n), or 200
// iterations. A pure function of the graph, so results stay deterministic.
struct Converged {
  std::shared_ptr<std::vector<double>> previous;
  std::shared_ptr<std::size_t> iterations;
  double tolerance;

  template <typename RankMap, typename Graph>
  bool operator()(const RankMap& rank, const Graph& g) {
    bool done = *iterations >= 200;
    double change = 0;
    std::size_t i = 0;
    for (auto [v, end] = boost::vertices(g); v != end; ++v, ++i) {
      double r = get(rank, *v);
      change = std::max(change, std::abs(r - (*previous)[i]));
      (*previous)[i] = r;
    }
    if (*iterations > 0 && change < tolerance) done = true;
    ++*iterations;
    return done;
  }
};

}  // namespace

std::vector<NodeMetrics> compute_metrics(const KnowledgeGraph& graph) {
  const auto vertices = graph.entity_vertices();
  const std::size_t n = vertices.size();
  std::vector<NodeMetrics> out(n);
  if (n == 0) return out;

  // Each entity's position in id order, by vertex.
  std::vector<std::size_t> position(n);
  for (std::size_t i = 0; i < n; ++i) position[vertices[i]] = i;

  // Components: union-find over the fact edges, numbered by their first
  // entity in id order (the numbers boost::connected_components gives, whose
  // depth-first search starts a component at each unvisited entity in order,
  // without an undirected copy of the graph). PageRank: each fact edge both
  // ways, in compressed sparse row form (page_rank walks every in-edge of
  // every entity on each iteration: contiguous arrays keep that fast).
  using Both = boost::compressed_sparse_row_graph<boost::bidirectionalS>;
  std::vector<std::size_t> set_rank(n), set_parent(n);
  auto rank_map = boost::make_iterator_property_map(set_rank.begin(), boost::identity_property_map());
  auto parent_map = boost::make_iterator_property_map(set_parent.begin(), boost::identity_property_map());
  boost::disjoint_sets<decltype(rank_map), decltype(parent_map)> sets(rank_map, parent_map);
  for (std::size_t v = 0; v < n; ++v) sets.make_set(v);
  std::vector<std::pair<std::size_t, std::size_t>> both_edges;
  both_edges.reserve(2 * graph.relation_count());
  for (const KnowledgeGraph::RelationRef& ref : graph.relation_refs()) {
    std::size_t s = position[ref.source];
    std::size_t t = position[ref.target];
    sets.union_set(s, t);
    both_edges.emplace_back(s, t);
    both_edges.emplace_back(t, s);
    std::size_t w = ref.relation->weight();
    out[s].degree += 1;
    out[t].degree += 1;
    out[s].weighted_degree += w;
    out[t].weighted_degree += w;
  }
  const Both both(boost::edges_are_unsorted_multi_pass, both_edges.begin(), both_edges.end(), n);
  both_edges = {};

  std::vector<std::size_t> component(n);
  {
    const std::size_t unnumbered = n;
    std::vector<std::size_t> number(n, unnumbered);
    std::size_t next = 0;
    for (std::size_t v = 0; v < n; ++v) {
      std::size_t& c = number[sets.find_set(v)];
      if (c == unnumbered) c = next++;
      component[v] = c;
    }
  }

  std::vector<double> rank(n, 1.0);
  std::vector<double> rank2(n, 0.0);
  auto id_map = boost::get(boost::vertex_index, both);
  // Ranks are printed to 6 decimals after dividing by about n: stop when no
  // rank moves by more than 5e-9 * n (1/100 of the last printed digit).
  Converged done{std::make_shared<std::vector<double>>(n, 0.0), std::make_shared<std::size_t>(0),
                 5e-9 * static_cast<double>(n)};
  boost::graph::page_rank(both, boost::make_iterator_property_map(rank.begin(), id_map), done, 0.85, n,
                          boost::make_iterator_property_map(rank2.begin(), id_map));
  // Boost's PageRank keeps no mass for isolated entities' (dangling) rank:
  // normalise so that the ranks sum to 1.
  double total = 0;
  for (double r : rank) total += r;
  for (std::size_t i = 0; i < n; ++i) {
    out[i].component = component[i];
    out[i].pagerank = round6(rank[i] / total);
  }
  return out;
}

}  // namespace kg::graph
