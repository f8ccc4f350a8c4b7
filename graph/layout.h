#pragma once
// Where to draw the nodes of a graph: a force-directed layout
// (Fruchterman-Reingold, with a pull toward the centre so that components
// stay together), deterministic: the same input gives the same positions.

#include <cstddef>
#include <utility>
#include <vector>

namespace kg::graph {

struct Point {
  double x = 0;
  double y = 0;
};

// Positions for `node_count` nodes joined by `edges` (pairs of node indices,
// repeats allowed: a repeated pair pulls harder). Nodes start on a sunflower
// spiral in index order (give the important ones the small indices: they
// start, and mostly stay, near the centre), then move under spring forces
// for a number of rounds that shrinks as the graph grows (O(n^2) per round;
// about a second for 2,000 nodes). Returns positions scaled into [-1, 1] on
// the larger axis. A pure function of its arguments; no randomness.
std::vector<Point> force_layout(std::size_t node_count, const std::vector<std::pair<std::size_t, std::size_t>>& edges);

}  // namespace kg::graph
