#include "graph/query.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "ontology/kb.h"
#include "tests/export/sample_graphs.h"

namespace kg::graph {
namespace {

std::vector<std::string> ids(const std::vector<const Entity*>& es) {
  std::vector<std::string> out;
  for (const auto* e : es) out.push_back(e->id);
  return out;
}

std::vector<std::string> predicates(const std::vector<const Relation*>& rs) {
  std::vector<std::string> out;
  for (const auto* r : rs) out.push_back(r->source + " " + r->predicate + " " + r->target);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(QueryKey, IsTheResolversNameKeyWithWildcards) {
  EXPECT_EQ(query_key("Fédération de Russie"), query_key("  federation  de RUSSIE "));
  EXPECT_EQ(query_key("Côte d’Ivoire"), "cote d ivoire");
  EXPECT_EQ(query_key("la Russie"), "russie");          // the article folded, as the resolver does
  EXPECT_EQ(query_key("STRAẞE"), query_key("strasse"));
  EXPECT_EQ(query_key("Vlad*"), "vlad*");
  EXPECT_EQ(query_key("* Poutine"), "* poutine");
  EXPECT_TRUE(glob_match("vlad*", query_key("Vladimir Putin")));
  EXPECT_FALSE(glob_match("*putin*x", query_key("Vladimir Putin")));
}

struct NameCase {
  const char* query;
  std::vector<std::string> expected;
};

class FindEntitiesByName : public ::testing::TestWithParam<NameCase> {};

// Names are matched like the resolver matches them (ontology::name_key).
TEST_P(FindEntitiesByName, MatchesAsTheResolverDoes) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  EXPECT_EQ(ids(find_entities(g, GetParam().query)), GetParam().expected) << GetParam().query;
}

INSTANTIATE_TEST_SUITE_P(
    Names, FindEntitiesByName,
    ::testing::Values(NameCase{"Poutine", {"Vladimir_Putin"}},            // French surname, whole word
                      NameCase{"putin", {"Vladimir_Putin"}},              // case
                      NameCase{"VLADIMIR POUTINE", {"Vladimir_Putin"}},   // French label, capitals
                      NameCase{"la Russie", {"Russia"}},                  // article folded
                      NameCase{"Fédération-de-Russie", {}},               // not a name in this graph
                      NameCase{"federation de russie", {}},
                      NameCase{"Moscou", {"Russia"}},                     // alias
                      NameCase{"syrie", {"Syria"}},                       // accents and case
                      NameCase{"Vladimir_Putin", {"Vladimir_Putin"}},     // the id
                      NameCase{"vlad*", {"Vladimir_Putin"}}));

TEST(FindEntities, TheKbsNamesFindTheSameEntity) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  auto kb = ontology::KnowledgeBase::load();
  // "Vladimir Vladimirovich Putin" is a KB alias the graph never saw.
  EXPECT_TRUE(find_entities(g, "Vladimir Vladimirovich Putin").empty());
  EXPECT_EQ(ids(find_entities(g, "Vladimir Vladimirovich Putin", kb.get())), std::vector<std::string>{"Vladimir_Putin"});
  EXPECT_EQ(ids(find_entities(g, "Fédération de Russie", kb.get())), std::vector<std::string>{"Russia"});
  EXPECT_EQ(ids(find_entities(g, "poutine", kb.get())), std::vector<std::string>{"Vladimir_Putin"});
}

TEST(FindEntities, MatchesLabelLabelsAndAliasesWithoutAccentsOrCase) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  EXPECT_EQ(ids(find_entities(g, "russia")), std::vector<std::string>{"Russia"});
  EXPECT_EQ(ids(find_entities(g, "RUSSIE")), std::vector<std::string>{"Russia"});      // fr label
  EXPECT_EQ(ids(find_entities(g, "moscou")), std::vector<std::string>{"Russia"});      // alias
  EXPECT_EQ(ids(find_entities(g, "vladimir poutine")), std::vector<std::string>{"Vladimir_Putin"});
  EXPECT_EQ(ids(find_entities(g, "Sa Presence Militaire")), std::vector<std::string>{"Concept_presence_militaire"});
  EXPECT_EQ(ids(find_entities(g, "putin")), std::vector<std::string>{"Vladimir_Putin"});  // whole word
  EXPECT_TRUE(find_entities(g, "Put").empty());
  EXPECT_TRUE(find_entities(g, "Atlantis").empty());
}

TEST(EntityFacts, ListsFactsInAndOutWithTheirSources) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  auto f = entity_facts(g, *find_entities(g, "Russia").front());
  EXPECT_EQ(f.outgoing.size(), 3u);
  ASSERT_EQ(f.incoming.size(), 1u);
  EXPECT_EQ(f.incoming[0]->predicate, "lead");
  EXPECT_EQ(f.incoming[0]->provenance.front().doc, "afp-2017-12-06");
}

TEST(ShortestPaths, FindsTheChainOfFactsBetweenTwoEntities) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  const Entity* putin = find_entities(g, "Poutine").front();
  const Entity* syria = find_entities(g, "Syrie").front();
  auto paths = shortest_paths(g, *putin, *syria);
  ASSERT_EQ(paths.size(), 1u);
  ASSERT_EQ(paths[0].size(), 2u);
  EXPECT_EQ(paths[0][0].relation->predicate, "lead");
  EXPECT_TRUE(paths[0][0].forward);
  EXPECT_EQ(paths[0][1].relation->predicate, "reducePresenceIn");
  // Walked backwards: from Syria to Putin, both facts against their direction.
  auto back = shortest_paths(g, *syria, *putin);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_FALSE(back[0][0].forward);
  EXPECT_EQ(back[0][0].relation->predicate, "reducePresenceIn");
  EXPECT_TRUE(shortest_paths(g, *putin, *find_entities(g, "Paris").front()).empty());
}

TEST(ShortestPaths, ListsEveryShortestAlternative) {
  KnowledgeGraph g;
  for (const char* id : {"A", "B", "C", "D"}) g.add_entity(kg::test::make_entity(id, id, "Person", 1));
  auto rel = [&](const char* s, const char* p, const char* o) {
    Relation r;
    r.source = s; r.target = o; r.predicate = p; r.label = p;
    r.provenance = {kg::test::make_source("d", 0, 0, 1, "t", "r")};
    g.add_relation(r);
  };
  rel("A", "meet", "B");
  rel("A", "call", "B");
  rel("B", "meet", "D");
  rel("A", "x", "C");
  rel("C", "y", "D");
  auto paths = shortest_paths(g, *find_entities(g, "A").front(), *find_entities(g, "D").front());
  EXPECT_EQ(paths.size(), 3u);  // meet+meet, call+meet, x+y
  for (const auto& p : paths) EXPECT_EQ(p.size(), 2u);
}

TEST(MatchPattern, WildcardsAndMultiWordNames) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  EXPECT_EQ(predicates(match_pattern(g, "Russia * Syria")),
            std::vector<std::string>{"Russia reducePresenceIn Syria"});
  EXPECT_EQ(predicates(match_pattern(g, "Russie reduce presence in *")),
            std::vector<std::string>{"Russia reducePresenceIn Syria"});
  EXPECT_EQ(predicates(match_pattern(g, "\"Vladimir Putin\" * *")),
            std::vector<std::string>{"Vladimir_Putin lead Russia"});
  EXPECT_EQ(predicates(match_pattern(g, "* diriger *")), std::vector<std::string>{"Vladimir_Putin lead Russia"});
  EXPECT_EQ(match_pattern(g, "* * *").size(), 4u);
  EXPECT_EQ(predicates(match_pattern(g, "* reduce* *")),
            (std::vector<std::string>{"Russia reduce Concept_presence_militaire", "Russia reducePresenceIn Syria"}));
  EXPECT_TRUE(match_pattern(g, "Syria * Russia").empty());
  EXPECT_THROW(match_pattern(g, "Russia Syria"), kg::Error);
}

}  // namespace
}  // namespace kg::graph
