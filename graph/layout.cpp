#include "graph/layout.h"

#include <algorithm>
#include <cmath>

namespace kg::graph {

namespace {

constexpr double kGoldenAngle = 2.399963229728653;  // pi * (3 - sqrt(5))

// The sunflower spiral: node i at radius sqrt(i + 0.5), angle i * golden angle.
std::vector<Point> spiral(std::size_t n) {
  std::vector<Point> p(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double r = std::sqrt(static_cast<double>(i) + 0.5), a = static_cast<double>(i) * kGoldenAngle;
    p[i] = {r * std::cos(a), r * std::sin(a)};
  }
  return p;
}

// Rounds: 300 for small graphs, fewer as n^2 grows (at least 40).
std::size_t rounds(std::size_t n) {
  const double budget = 3e8 / std::max(1.0, static_cast<double>(n) * static_cast<double>(n));
  return static_cast<std::size_t>(std::clamp(budget, 40.0, 300.0));
}

// One round: every pair repels (k^2 / d), every edge attracts (d^2 / k), the
// centre pulls (gravity * d); each node then moves along its force by at
// most `temperature`.
void step(std::vector<Point>& p, const std::vector<std::pair<std::size_t, std::size_t>>& edges, double k,
          double temperature, std::vector<Point>& force) {
  const std::size_t n = p.size();
  std::fill(force.begin(), force.end(), Point{});
  const double k2 = k * k;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      double dx = p[i].x - p[j].x, dy = p[i].y - p[j].y;
      double d2 = dx * dx + dy * dy;
      if (d2 < 1e-9) {  // same place: push apart along a fixed direction
        dx = 1e-3 * static_cast<double>(j - i);
        dy = 0;
        d2 = dx * dx;
      }
      const double f = k2 / d2;  // (k^2 / d) along the unit vector (dx, dy) / d
      force[i].x += dx * f; force[i].y += dy * f;
      force[j].x -= dx * f; force[j].y -= dy * f;
    }
  }
  for (const auto& [a, b] : edges) {
    if (a == b) continue;
    const double dx = p[a].x - p[b].x, dy = p[a].y - p[b].y;
    const double f = std::sqrt(dx * dx + dy * dy) / k;  // (d^2 / k) along (dx, dy) / d
    force[a].x -= dx * f; force[a].y -= dy * f;
    force[b].x += dx * f; force[b].y += dy * f;
  }
  constexpr double kGravity = 1.0;  // nodes settle about as dense as the starting spiral
  for (std::size_t i = 0; i < n; ++i) {
    force[i].x -= kGravity * p[i].x * k;
    force[i].y -= kGravity * p[i].y * k;
    const double len = std::sqrt(force[i].x * force[i].x + force[i].y * force[i].y);
    if (len <= 0) continue;
    const double move = std::min(len, temperature) / len;
    p[i].x += force[i].x * move;
    p[i].y += force[i].y * move;
  }
}

// Centred on the bounding box, scaled so that the larger side spans [-1, 1].
void normalise(std::vector<Point>& p) {
  if (p.empty()) return;
  double minx = p[0].x, maxx = p[0].x, miny = p[0].y, maxy = p[0].y;
  for (const Point& q : p) {
    minx = std::min(minx, q.x); maxx = std::max(maxx, q.x);
    miny = std::min(miny, q.y); maxy = std::max(maxy, q.y);
  }
  const double cx = (minx + maxx) / 2, cy = (miny + maxy) / 2;
  const double half = std::max(maxx - minx, maxy - miny) / 2;
  for (Point& q : p) {
    q.x = half > 0 ? (q.x - cx) / half : 0;
    q.y = half > 0 ? (q.y - cy) / half : 0;
  }
}

}  // namespace

std::vector<Point> force_layout(std::size_t node_count, const std::vector<std::pair<std::size_t, std::size_t>>& edges) {
  std::vector<Point> p = spiral(node_count);
  std::vector<Point> force(node_count);
  const double k = 1.0;  // ideal edge length; the spiral spaces nodes about 1 apart
  const std::size_t n_rounds = rounds(node_count);
  const double start = std::max(1.0, std::sqrt(static_cast<double>(node_count)) / 4);
  for (std::size_t r = 0; r < n_rounds; ++r) {
    const double temperature = start * (1.0 - static_cast<double>(r) / static_cast<double>(n_rounds)) + 0.01;
    step(p, edges, k, temperature, force);
  }
  normalise(p);
  return p;
}

}  // namespace kg::graph
