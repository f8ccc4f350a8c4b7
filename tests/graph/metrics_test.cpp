#include "graph/metrics.h"

#include <gtest/gtest.h>

#include "tests/export/sample_graphs.h"

namespace kg::graph {
namespace {

TEST(Metrics, DegreeWeightedDegreeAndComponentsOfTheSampleGraph) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  auto m = compute_metrics(g);
  auto e = g.entities();  // Aleppo, Concept_presence_militaire, Paris, Russia, Syria, Vladimir_Putin
  ASSERT_EQ(m.size(), 6u);
  EXPECT_EQ(e[3]->id, "Russia");
  EXPECT_EQ(m[3].degree, 4u);
  EXPECT_EQ(m[3].weighted_degree, 5u);  // reducePresenceIn has two sources
  EXPECT_EQ(m[2].degree, 0u);           // Paris takes part in no fact
  EXPECT_EQ(m[2].component, 1u);        // ... and is a component of its own
  for (std::size_t i : {0, 1, 3, 4, 5}) EXPECT_EQ(m[i].component, 0u);
}

TEST(Metrics, PageRankSumsToOneAndRanksTheHubFirst) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  auto m = compute_metrics(g);
  double sum = 0;
  for (const auto& x : m) sum += x.pagerank;
  EXPECT_NEAR(sum, 1.0, 1e-5);
  for (std::size_t i = 0; i < m.size(); ++i)
    if (i != 3) {
      EXPECT_LT(m[i].pagerank, m[3].pagerank);
    }
  EXPECT_EQ(m[0].pagerank, round6(m[0].pagerank));
}

TEST(Metrics, IndependentOfInsertionOrder) {
  KnowledgeGraph a = kg::test::small_rdf_graph();
  KnowledgeGraph b;
  auto ents = a.entities();
  for (auto it = ents.rbegin(); it != ents.rend(); ++it) b.add_entity(**it);
  auto rels = a.relations();
  for (auto it = rels.rbegin(); it != rels.rend(); ++it) b.add_relation(**it);
  auto ma = compute_metrics(a), mb = compute_metrics(b);
  ASSERT_EQ(ma.size(), mb.size());
  for (std::size_t i = 0; i < ma.size(); ++i) {
    EXPECT_EQ(ma[i].pagerank, mb[i].pagerank);
    EXPECT_EQ(ma[i].component, mb[i].component);
    EXPECT_EQ(ma[i].degree, mb[i].degree);
  }
}

TEST(Metrics, ComponentsAreNumberedByTheirFirstEntityInIdOrder) {
  // a-d and c-e joined by facts, b alone; entities added out of order, facts
  // pointing "backwards": numbering follows ids, whatever the insertion order.
  KnowledgeGraph g;
  for (const char* id : {"e", "c", "d", "b", "a"}) g.add_entity(kg::test::make_entity(id, id, "Person", 1));
  auto fact = [&](const char* s, const char* t) {
    Relation r;
    r.source = s;
    r.target = t;
    r.predicate = "meet";
    r.label = "meet";
    r.provenance = {kg::test::make_source("doc", 0, 0, 1, "x", "rule")};
    g.add_relation(r);
  };
  fact("e", "c");
  fact("d", "a");
  auto m = compute_metrics(g);  // a b c d e
  ASSERT_EQ(m.size(), 5u);
  EXPECT_EQ(m[0].component, 0u);
  EXPECT_EQ(m[1].component, 1u);
  EXPECT_EQ(m[2].component, 2u);
  EXPECT_EQ(m[3].component, 0u);
  EXPECT_EQ(m[4].component, 2u);
}

TEST(Metrics, EmptyGraphHasNoMetrics) { EXPECT_TRUE(compute_metrics(KnowledgeGraph{}).empty()); }

}  // namespace
}  // namespace kg::graph
