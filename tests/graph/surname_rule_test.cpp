// graph.surname on a built graph (kgraph merge): a surname node folds into the
// one full-name Person node it ends, edges follow, ambiguity leaves it alone.
#include "graph/resolve/surname_rule.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace {

using kg::graph::Entity;
using kg::graph::KnowledgeGraph;
using kg::graph::Relation;

Entity person(const std::string& id, const std::string& label, std::size_t mentions = 1,
              const std::string& type = "Person") {
  Entity e;
  e.id = id;
  e.label = label;
  e.type = type;
  e.labels["fr"] = label;
  e.mentions = mentions;
  return e;
}

Relation edge(const std::string& s, const std::string& p, const std::string& o, const std::string& doc) {
  Relation r;
  r.source = s;
  r.target = o;
  r.predicate = p;
  r.label = p;
  r.confidence = 0.8;
  kg::graph::Provenance pr;
  pr.doc = doc;
  pr.text = "sentence of " + doc;
  pr.rule = "test";
  r.provenance.push_back(pr);
  return r;
}

const Entity* find(const KnowledgeGraph& g, const std::string& id) {
  for (const Entity* e : g.entities())
    if (e->id == id) return e;
  return nullptr;
}

TEST(FoldSurnames, SurnameNodeJoinsItsOneFullNameWithItsEdges) {
  KnowledgeGraph g;
  g.add_entity(person("Person_helene_carbonnier", "Hélène Carbonnier", 2));
  g.add_entity(person("Other_carbonnier", "Carbonnier", 3, "Other"));
  g.add_entity(person("Organization_office_des_forets", "Office des forêts", 1, "Organization"));
  g.add_relation(edge("Other_carbonnier", "criticise", "Organization_office_des_forets", "d2"));
  g.add_relation(edge("Person_helene_carbonnier", "criticise", "Organization_office_des_forets", "d1"));
  g.add_relation(edge("Other_carbonnier", "meet", "Person_helene_carbonnier", "d3"));  // becomes a self-loop

  KnowledgeGraph out;
  std::map<std::string, std::string> merges;
  kg::graph::fold_surnames(g, out, &merges);
  EXPECT_EQ(merges, (std::map<std::string, std::string>{{"Other_carbonnier", "Person_helene_carbonnier"}}));
  EXPECT_EQ(find(out, "Other_carbonnier"), nullptr);
  const Entity* h = find(out, "Person_helene_carbonnier");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->mentions, 5u);
  EXPECT_EQ(h->label, "Hélène Carbonnier");
  EXPECT_EQ(h->aliases, (std::vector<std::string>{"Carbonnier"}));
  // The two "criticise" edges are one, with both sources; the self-loop is gone.
  ASSERT_EQ(out.relation_count(), 1u);
  const Relation* r = out.relations().front();
  EXPECT_EQ(r->source, "Person_helene_carbonnier");
  EXPECT_EQ(r->provenance.size(), 2u);
}

TEST(FoldSurnames, SharedSurnameKbNamesAndCapitalsStayApart) {
  KnowledgeGraph g;
  g.add_entity(person("Person_paul_vasseur", "Paul Vasseur"));
  g.add_entity(person("Person_anne_vasseur", "Anne Vasseur"));
  g.add_entity(person("Person_mme_vasseur", "Mme Vasseur"));
  g.add_entity(person("Person_odile_brandt", "Odile Brandt"));
  g.add_entity(person("Person_brandt", "BRANDT"));  // all capitals: an acronym as often as a name
  g.add_entity(person("Jacques_Chirac", "Jacques Chirac"));
  g.add_entity(person("Lionel_Jospin", "Lionel Jospin"));
  KnowledgeGraph out;
  std::map<std::string, std::string> merges;
  kg::graph::fold_surnames(g, out, &merges);
  EXPECT_TRUE(merges.empty());
  EXPECT_EQ(out.entity_count(), g.entity_count());
}

TEST(FoldSurnames, FoldingTwiceChangesNothing) {
  KnowledgeGraph g;
  g.add_entity(person("Person_helene_carbonnier", "Hélène Carbonnier"));
  g.add_entity(person("Person_carbonnier", "Carbonnier"));
  KnowledgeGraph once, twice;
  kg::graph::fold_surnames(g, once);
  std::map<std::string, std::string> merges;
  kg::graph::fold_surnames(once, twice, &merges);
  EXPECT_TRUE(merges.empty());
  EXPECT_EQ(twice.entity_count(), 1u);
}

}  // namespace
