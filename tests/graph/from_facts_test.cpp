// Facts -> graph: entities through the resolver and the bundled KB, one edge
// per (subject, predicate, object) with every source, concepts marked.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "extract/analyse/analyser.h"
#include "extract/facts/extractor.h"
#include "graph/from_facts.h"
#include "ontology/kb.h"

namespace kg::graph {
namespace {

extract::DocumentFacts facts_of(const std::string& id, const std::string& text) {
  static extract::Analyser analyser(extract::load_language("fr"));
  static extract::FactExtractor extractor(extract::load_fact_resources());
  extract::Document d{id, "", 0, "fr", "2021-03-15", "", "", text};
  return extractor.extract(analyser.analyse(std::move(d)));
}

const Relation* edge(const KnowledgeGraph& g, const std::string& s, const std::string& label, const std::string& t) {
  for (const Relation* r : g.relations())
    if (r->source == s && r->label == label && r->target == t) return r;
  return nullptr;
}

std::string dump(const KnowledgeGraph& g) {
  std::string out;
  for (const Relation* r : g.relations()) out += r->source + " -" + r->label + "-> " + r->target + "\n";
  return out;
}

TEST(FromFacts, SameFactInTwoSentencesIsOneEdgeWithTwoSources) {
  auto kb = ontology::KnowledgeBase::load();
  FactGraphBuilder builder(std::make_shared<Resolver>(kb));
  builder.add(facts_of("d1",
                       "La Russie réduira sa présence militaire en Syrie. "
                       "Le Kremlin a annoncé que la Russie réduirait sa présence militaire en Syrie."));
  KnowledgeGraph g;
  builder.build(g);
  const Relation* r = edge(g, "Russia", "reduce presence in", "Syria");
  ASSERT_NE(r, nullptr) << dump(g);
  EXPECT_EQ(r->weight(), 2u);
  EXPECT_EQ(r->predicate, "reducePresenceIn");
  EXPECT_EQ(r->labels.at("fr"), "réduire présence en");
  EXPECT_EQ(r->provenance.front().rule, "fr.svo.pp");
  EXPECT_EQ(r->qualifiers.at("object_phrase"), "sa présence militaire");
}

extract::AnalysedDocument analysed(const std::string& id, const std::string& text) {
  static extract::Analyser analyser(extract::load_language("fr"));
  extract::Document d{id, "", 0, "fr", "2021-03-15", "", "", text};
  return analyser.analyse(std::move(d));
}

const Entity* node(const KnowledgeGraph& g, const std::string& id) {
  for (const Entity* e : g.entities())
    if (e->id == id) return e;
  return nullptr;
}

// Which entity each mention became, and by which rule: "mention" -> "entity|rule".
std::map<std::string, std::string> merges_of(const FactGraphBuilder& builder) {
  std::map<std::string, std::string> seen;
  for (const MergeRecord& r : builder.explanations()) seen[r.mention] = r.entity + "|" + r.rule;
  return seen;
}

// One French document through the extractor, the bundled KB and the builder.
KnowledgeGraph build_french(FactGraphBuilder& builder, const std::string& text) {
  static extract::FactExtractor extractor(extract::load_fact_resources());
  auto d = analysed("d1", text);
  builder.add(d, extractor.extract(d));
  KnowledgeGraph g;
  builder.build(g);
  return g;
}

TEST(FromFacts, WithTheDocumentKbNamesAndSurnamesAcrossDocumentsJoin) {
  static extract::FactExtractor extractor(extract::load_fact_resources());
  FactGraphBuilder builder(std::make_shared<Resolver>(ontology::KnowledgeBase::load()));
  auto d1 = analysed("d1", "Hélène Carbonnier soutient l'Ukraine. Les Français ont voté dimanche.");
  auto d2 = analysed("d2", "Carbonnier critique la Russie.");
  builder.add(d1, extractor.extract(d1));
  builder.add(d2, extractor.extract(d2));
  KnowledgeGraph g;
  builder.build(g);
  EXPECT_EQ(node(g, "Person_carbonnier"), nullptr) << dump(g);
  ASSERT_NE(node(g, "Person_helene_carbonnier"), nullptr);
  EXPECT_EQ(node(g, "Person_helene_carbonnier")->mentions, 2u);
  bool edge_moved = false;
  for (const Relation* r : g.relations()) edge_moved = edge_moved || (r->source == "Person_helene_carbonnier" && r->target == "Russia");
  EXPECT_TRUE(edge_moved) << dump(g);
  ASSERT_NE(node(g, "France_people"), nullptr);  // "les Français": the people, not France
  EXPECT_EQ(node(g, "France"), nullptr);
}

TEST(FromFacts, KbNameFollowedByALowerCaseVerbIsTheKbName) {
  FactGraphBuilder builder(std::make_shared<Resolver>(ontology::KnowledgeBase::load()));
  // "prospère" (a verb here) glued to the party's name by the mention finder.
  KnowledgeGraph g = build_french(builder, "Selon lui, le Parti socialiste prospère dans les villes moyennes.");
  EXPECT_EQ(merges_of(builder)["Parti socialiste"].substr(0, 23), "Socialist_Party_France|");
  for (const Entity* e : g.entities()) EXPECT_EQ(e->label.find("prospère"), std::string::npos) << e->id;
}

TEST(FromFacts, ASurnameAfterAFamilyOrCaseNounIsTheFamilyOrTheCase) {
  FactGraphBuilder builder(std::make_shared<Resolver>(ontology::KnowledgeBase::load()));
  KnowledgeGraph g = build_french(builder,
                                  "Paul Vernier a quitté Lyon en mars. La famille Vernier a porté plainte. "
                                  "Les Vernier vivent à Tours depuis vingt ans. L'affaire Vernier passionne la ville.");
  auto seen = merges_of(builder);
  EXPECT_EQ(seen["famille Vernier"], "Organization_famille_vernier|doc.family");
  EXPECT_EQ(seen["Les Vernier"], "Organization_famille_vernier|doc.family");
  EXPECT_EQ(seen["affaire Vernier"], "Event_affaire_vernier|doc.affair");
  // not a family when the longer name is no person's ("les Républicains" beside "Les Républicains")
  ASSERT_NE(node(g, "Person_paul_vernier"), nullptr);
  EXPECT_EQ(node(g, "Person_paul_vernier")->mentions, 1u);
  ASSERT_NE(node(g, "Organization_famille_vernier"), nullptr);
  EXPECT_EQ(node(g, "Organization_famille_vernier")->label, "famille Vernier");
}

TEST(FromFacts, APartyNamedWithItsArticleIsNoFamily) {
  FactGraphBuilder builder(std::make_shared<Resolver>(ontology::KnowledgeBase::load()));
  build_french(builder, "Les Républicains ont choisi leur candidat. Le président a reçu les Républicains mardi.");
  for (const auto& [mention, entity] : merges_of(builder)) EXPECT_EQ(entity.find("famille"), std::string::npos) << mention;
}

TEST(FromFacts, TheCountryIsTheOneCountryNamedBefore) {
  static extract::Analyser en(extract::load_language("en"));
  static extract::FactExtractor extractor(extract::load_fact_resources());
  auto analyse_en = [&](const std::string& id, const std::string& text) {
    extract::Document d{id, "", 0, "en", "2021-03-15", "", "", text};
    return en.analyse(std::move(d));
  };
  FactGraphBuilder builder(std::make_shared<Resolver>(ontology::KnowledgeBase::load()));
  auto one = analyse_en("d1", "Norway raised its oil output in May. Analysts expect the country to export more gas.");
  auto two = analyse_en("d2", "Chile signed a trade deal with Peru. Officials said the nation would gain most.");
  builder.add(one, extractor.extract(one));
  builder.add(two, extractor.extract(two));
  std::map<std::string, std::string> seen;  // doc|mention -> entity|rule
  for (const MergeRecord& r : builder.explanations()) seen[r.doc + "|" + r.mention] = r.entity + "|" + r.rule;
  EXPECT_EQ(seen["d1|the country"], "Norway|doc.nation");
  EXPECT_EQ(seen.count("d2|the nation"), 0u);  // two countries named before: which one?
}

TEST(FromFacts, ANationalArmyActsForItsCountryThePoliceStaysItsOwnBody) {
  FactGraphBuilder builder(std::make_shared<Resolver>(ontology::KnowledgeBase::load()));
  KnowledgeGraph g = build_french(builder,
                                  "L'armée turque a bombardé Alep en mars. Elle combat en Irak depuis 2016. "
                                  "La police turque a arrêté Ali Demir.");
  EXPECT_NE(edge(g, "Turkey", "bomb", "Aleppo"), nullptr) << dump(g);
  bool fights = false;  // "elle" (the army) is Turkey too
  for (const Relation* r : g.relations()) fights = fights || (r->source == "Turkey" && r->label.rfind("combat", 0) == 0 && r->target == "Iraq");
  EXPECT_TRUE(fights) << dump(g);
  auto seen = merges_of(builder);
  EXPECT_EQ(seen["armée turque"], "Turkey|kb.national_force");
  EXPECT_EQ(seen["police turque"].substr(0, 13), "Organization_") << seen["police turque"];
}

TEST(FromFacts, WithoutResolverEveryNameIsATypedKeyNode) {
  FactGraphBuilder builder(nullptr);
  builder.add(facts_of("d2", "La France soutient l'Ukraine."));
  KnowledgeGraph g;
  builder.build(g);
  EXPECT_NE(edge(g, "Place_france", "support", "Place_ukraine"), nullptr) << dump(g);
}

TEST(FromFacts, NegatedFactsStayApartAndConceptsAreMarked) {
  FactGraphBuilder builder(nullptr);
  builder.add(facts_of("d3", "La Suisse ne reconnaît pas le Kosovo. La Suisse reconnaît le traité."));
  KnowledgeGraph g;
  builder.build(g);
  const Relation* neg = edge(g, "Place_suisse", "not recognise", "Place_kosovo");
  ASSERT_NE(neg, nullptr) << dump(g);
  EXPECT_TRUE(neg->negated);
  EXPECT_EQ(neg->predicate, "notRecognise");
  const Relation* concept_edge = edge(g, "Place_suisse", "recognise", "Concept_traite");
  ASSERT_NE(concept_edge, nullptr) << dump(g);
  bool found = false;
  for (const Entity* e : g.entities())
    if (e->id == "Concept_traite") {
      found = true;
      EXPECT_EQ(e->type, "Concept");
      EXPECT_EQ(e->label, "traité");
    }
  EXPECT_TRUE(found);
}

TEST(FromFacts, MinimumConfidenceDropsWeakFacts) {
  FactGraphOptions opts;
  opts.min_confidence = 0.9;
  FactGraphBuilder builder(nullptr, opts);
  builder.add(facts_of("d4", "La France soutient l'Ukraine."));
  KnowledgeGraph g;
  builder.build(g);
  EXPECT_EQ(g.relation_count(), 0u);
  EXPECT_GE(g.entity_count(), 2u);  // the names stay nodes
}

TEST(FromFacts, TheDayOfADocumentDateIsItsFirstTenCharactersWhenTheyAreADate) {
  EXPECT_EQ(document_day("2017-12-06"), "2017-12-06");
  EXPECT_EQ(document_day("2017-12-06T10:31:00Z"), "2017-12-06");
  EXPECT_EQ(document_day("2017-12-06 10:31"), "2017-12-06");
  EXPECT_EQ(document_day(""), "");
  EXPECT_EQ(document_day("6 décembre 2017"), "");
  EXPECT_EQ(document_day("2017-13-06"), "");
  EXPECT_EQ(document_day("2017-12-06garbage"), "");
  EXPECT_EQ(document_day("2017-12"), "");
}

}  // namespace
}  // namespace kg::graph
