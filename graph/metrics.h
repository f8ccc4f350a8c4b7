#pragma once
// Per-node measures of the knowledge graph, computed with Boost.Graph:
// degree, weighted degree, PageRank and connected component.

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

// The measures of one entity.
struct NodeMetrics {
  std::size_t degree = 0;           // fact edges in + out (a multigraph: one per predicate)
  std::size_t weighted_degree = 0;  // sum of the weights (distinct sources) of those edges
  double pagerank = 0;              // on the undirected view, sums to ~1, rounded to 6 decimals
  std::size_t component = 0;        // 0-based; components numbered in entity-id order
};

// Measures for every entity, in the order of graph.entities() (sorted by id).
// PageRank: boost::graph::page_rank with damping 0.85, iterated until no rank
// moves by more than 1/100 of the last printed digit (at most 200 iterations),
// on the undirected view (each fact edge both ways), divided by
// their sum (isolated entities keep Boost's 1 - damping); components: the
// connected components of the undirected view (Boost's disjoint sets),
// numbered as boost::connected_components numbers them. The graph is rebuilt in id order first, so the result is a
// pure function of the graph's content, not of the order entities and facts
// were added: two graphs with the same content give byte-identical outputs.
// Thread-safe for concurrent calls on a graph nobody is writing.
std::vector<NodeMetrics> compute_metrics(const KnowledgeGraph& graph);

// `value` rounded to 6 decimals (the precision outputs print).
double round6(double value);

}  // namespace kg::graph
