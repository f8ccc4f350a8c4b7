#include "graph/metrics.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <cmath>
#include <string>
#include <unordered_map>

namespace kg::graph {

double round6(double value) { return std::round(value * 1e6) / 1e6; }

std::vector<NodeMetrics> compute_metrics(const KnowledgeGraph& graph) {
  const auto entities = graph.entities();
  const std::size_t n = entities.size();
  std::vector<NodeMetrics> out(n);
  if (n == 0) return out;

  std::unordered_map<std::string, std::size_t> index;
  index.reserve(n);
  for (std::size_t i = 0; i < n; ++i) index.emplace(entities[i]->id, i);

  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  using Both = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Undirected undirected(n);
  Both both(n);
  for (const Relation* r : graph.relations()) {
    std::size_t s = index.at(r->source);
    std::size_t t = index.at(r->target);
    boost::add_edge(s, t, undirected);
    boost::add_edge(s, t, both);
    boost::add_edge(t, s, both);
    std::size_t w = r->weight();
    out[s].degree += 1;
    out[t].degree += 1;
    out[s].weighted_degree += w;
    out[t].weighted_degree += w;
  }

  std::vector<std::size_t> component(n);
  boost::connected_components(undirected, component.data());

  std::vector<double> rank(n, 1.0);
  std::vector<double> rank2(n, 0.0);
  auto id_map = boost::get(boost::vertex_index, both);
  boost::graph::page_rank(both, boost::make_iterator_property_map(rank.begin(), id_map),
                          boost::graph::n_iterations(100), 0.85, n,
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
