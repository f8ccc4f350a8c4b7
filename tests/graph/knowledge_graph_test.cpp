#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

Entity entity(const std::string& id, const std::string& type, std::size_t mentions) {
  Entity e;
  e.id = id;
  e.label = id;
  e.type = type;
  e.mentions = mentions;
  return e;
}

Relation relation(const std::string& s, const std::string& p, const std::string& o,
                  const std::string& doc, std::size_t sentence, double confidence) {
  Relation r;
  r.source = s;
  r.target = o;
  r.predicate = p;
  r.label = p;
  r.confidence = confidence;
  Provenance pv;
  pv.doc = doc;
  pv.sentence = sentence;
  pv.rule = "test";
  r.provenance.push_back(pv);
  return r;
}

TEST(KnowledgeGraph, SameFactFromTwoSourcesIsOneEdgeOfWeightTwo) {
  KnowledgeGraph g;
  g.add_entity(entity("Russia", "Country", 1));
  g.add_entity(entity("Syria", "Country", 1));
  g.add_relation(relation("Russia", "reducePresenceIn", "Syria", "doc1", 0, 0.6));
  g.add_relation(relation("Russia", "reducePresenceIn", "Syria", "doc1", 3, 0.8));
  ASSERT_EQ(g.relation_count(), 1u);
  const Relation* r = g.relations().front();
  EXPECT_EQ(r->weight(), 2u);
  EXPECT_DOUBLE_EQ(r->confidence, 0.8);
}

TEST(KnowledgeGraph, AttributionStaysOnlyWhenEverySourceSaysIt) {
  // A headline states the fact; a later paragraph reports someone saying it.
  // The merged edge is not "according to" that person, in either order.
  for (int order = 0; order < 2; ++order) {
    KnowledgeGraph g;
    g.add_entity(entity("Russia", "Country", 1));
    g.add_entity(entity("Syria", "Country", 1));
    Relation plain = relation("Russia", "reducePresenceIn", "Syria", "doc1", 0, 0.8);
    plain.qualifiers["time"] = "2017-12-31";
    Relation reported = relation("Russia", "reducePresenceIn", "Syria", "doc1", 3, 0.7);
    reported.qualifiers["attribution"] = "Valery Gerasimov";
    if (order == 0) {
      g.add_relation(plain);
      g.add_relation(reported);
    } else {
      g.add_relation(reported);
      g.add_relation(plain);
    }
    const Relation& r = *g.relations().front();
    EXPECT_EQ(r.qualifiers.count("attribution"), 0u) << "order " << order;
    EXPECT_EQ(r.qualifiers.at("time"), "2017-12-31");
  }
  KnowledgeGraph g;
  g.add_entity(entity("Russia", "Country", 1));
  g.add_entity(entity("Syria", "Country", 1));
  for (std::size_t sentence : {1, 4}) {
    Relation r = relation("Russia", "reducePresenceIn", "Syria", "doc1", sentence, 0.7);
    r.qualifiers["attribution"] = "Valery Gerasimov";
    g.add_relation(r);
  }
  EXPECT_EQ(g.relations().front()->qualifiers.at("attribution"), "Valery Gerasimov");
}

TEST(KnowledgeGraph, DifferentPredicatesBetweenTwoEntitiesStaySeparateEdges) {
  KnowledgeGraph g;
  g.add_entity(entity("Russia", "Country", 1));
  g.add_entity(entity("Syria", "Country", 1));
  g.add_relation(relation("Russia", "interveneIn", "Syria", "d", 0, 0.5));
  g.add_relation(relation("Russia", "reducePresenceIn", "Syria", "d", 0, 0.5));
  EXPECT_EQ(g.relation_count(), 2u);
}

TEST(KnowledgeGraph, AddingAnEntityTwiceMergesMentionsAndAliases) {
  KnowledgeGraph g;
  Entity a = entity("Russia", "Country", 2);
  a.aliases = {"la Russie"};
  Entity b = entity("Russia", "Country", 3);
  b.aliases = {"Moscou", "la Russie"};
  b.qid = "Q159";
  g.add_entity(a);
  g.add_entity(b);
  ASSERT_EQ(g.entity_count(), 1u);
  const Entity* e = g.entities().front();
  EXPECT_EQ(e->mentions, 5u);
  EXPECT_EQ(e->aliases, (std::vector<std::string>{"Moscou", "la Russie"}));
  EXPECT_EQ(e->qid, "Q159");
}

TEST(KnowledgeGraph, MergingKeepsEveryNameAndTheBetterLabelWhateverTheOrder) {
  // Two shards wrote the same outside-KB node with different best names.
  Entity a;
  a.id = "Organization_quotidien_du_soir";
  a.type = "Organization";
  a.label = "Quotidien du soir";
  a.labels = {{"fr", "Quotidien du soir"}};
  a.mentions = 1;
  Entity b = a;
  b.label = "Le Quotidien du soir";
  b.labels = {{"fr", "Le Quotidien du soir"}};
  b.aliases = {"QUOTIDIEN DU SOIR"};
  for (bool a_first : {true, false}) {
    KnowledgeGraph g;
    g.add_entity(a_first ? a : b);
    g.add_entity(a_first ? b : a);
    const Entity* e = g.entities().front();
    EXPECT_EQ(e->label, "Le Quotidien du soir");
    EXPECT_EQ(e->labels.at("fr"), "Le Quotidien du soir");
    EXPECT_EQ(e->aliases, (std::vector<std::string>{"QUOTIDIEN DU SOIR", "Quotidien du soir"}));
    EXPECT_EQ(e->mentions, 2u);
  }
}

TEST(KnowledgeGraph, EntitiesComeOutSortedByIdWhateverTheInsertionOrder) {
  KnowledgeGraph g;
  g.add_entity(entity("Syria", "Country", 1));
  g.add_entity(entity("Aleppo", "City", 1));
  g.add_entity(entity("Russia", "Country", 1));
  std::vector<std::string> ids;
  for (const auto* e : g.entities()) ids.push_back(e->id);
  EXPECT_EQ(ids, (std::vector<std::string>{"Aleppo", "Russia", "Syria"}));
}

TEST(KnowledgeGraph, RelationToAnUnknownEntityIsRejected) {
  KnowledgeGraph g;
  g.add_entity(entity("Russia", "Country", 1));
  EXPECT_THROW(g.add_relation(relation("Russia", "p", "Nowhere", "d", 0, 1)), std::out_of_range);
}

TEST(StableHash, IsAFixedFunctionOfItsInput) {
  EXPECT_EQ(stable_hash(""), "cbf29ce484222325");
  EXPECT_EQ(stable_hash("Russia"), stable_hash("Russia"));
  EXPECT_NE(stable_hash("Russia"), stable_hash("Syria"));
}

// An entity or fact read in documents of several days keeps every day, once,
// in order, whatever order the graphs come in (what GEXF's timeline shows).
TEST(KnowledgeGraph, DatesOfTheSameEntityAndFactJoin) {
  KnowledgeGraph g;
  Entity russia = entity("Russia", "Country", 1), syria = entity("Syria", "Country", 1);
  russia.dates = {"2017-12-07"};
  g.add_entity(russia);
  g.add_entity(syria);
  russia.dates = {"2017-12-09", "2017-12-06", "2017-12-07"};
  g.add_entity(russia);
  Relation r = relation("Russia", "reducePresenceIn", "Syria", "doc2", 0, 0.6);
  r.dates = {"2017-12-08"};
  g.add_relation(r);
  r = relation("Russia", "reducePresenceIn", "Syria", "doc1", 0, 0.6);
  r.dates = {"2017-12-06"};
  g.add_relation(r);
  EXPECT_EQ(g.entities()[0]->dates, (std::vector<std::string>{"2017-12-06", "2017-12-07", "2017-12-09"}));
  EXPECT_TRUE(g.entities()[1]->dates.empty());
  EXPECT_EQ(g.relations()[0]->dates, (std::vector<std::string>{"2017-12-06", "2017-12-08"}));
}

}  // namespace
}  // namespace kg::graph
