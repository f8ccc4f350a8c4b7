// Entity resolution: the within-document rules, one table row per case, and
// the cross-document registry (one KB entity = one node in every language,
// name-key merging within a type family, shard union).
#include "graph/resolve/entity_registry.h"
#include "graph/resolve/resolver.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

namespace {

using kg::graph::DocumentResolution;
using kg::graph::EntityRegistry;
using kg::graph::MentionInput;
using kg::graph::Resolver;

const Resolver& resolver() {
  static Resolver r(kg::ontology::KnowledgeBase::load());
  return r;
}

// A mention written compactly: text, NER type, flags; spans are assigned in order.
struct M {
  const char* text;
  const char* type;
  bool agent = false;
  bool demonym = false;
  bool team = false;
};

std::vector<MentionInput> mentions_of(const std::vector<M>& ms, const char* lang) {
  std::vector<MentionInput> out;
  std::uint32_t pos = 0;
  std::size_t sentence = 0;
  for (const M& m : ms) {
    MentionInput mi;
    mi.text = m.text;
    mi.type = m.type;
    mi.lang = lang;
    mi.is_agent = m.agent;
    mi.is_demonym = m.demonym;
    mi.team = m.team;
    mi.begin = pos;
    mi.end = pos + static_cast<std::uint32_t>(mi.text.size());
    mi.sentence = sentence++;
    pos = mi.end + 10;
    out.push_back(mi);
  }
  return out;
}

// What became of each mention: "<node>|<rule>" where node is the KB id or
// "new:<cluster index>".
std::vector<std::string> outcome(const std::vector<MentionInput>& ms, const DocumentResolution& r) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ms.size(); ++i) {
    const auto& c = r.clusters[r.mentions[i].cluster];
    std::string node = c.entry       ? c.entry->id
                       : c.people_of ? "people:" + c.people_of->id
                                     : "new:" + std::to_string(r.mentions[i].cluster);
    out.push_back(node + "|" + r.mentions[i].rule);
  }
  return out;
}

struct RuleCase {
  const char* name;
  const char* lang;
  std::vector<M> mentions;
  std::vector<std::string> expected;
};

class ResolverRuleTest : public ::testing::TestWithParam<RuleCase> {};

TEST_P(ResolverRuleTest, AssignsEntities) {
  const auto& p = GetParam();
  auto ms = mentions_of(p.mentions, p.lang);
  EXPECT_EQ(outcome(ms, resolver().resolve(ms)), p.expected) << p.name;
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ResolverRuleTest,
    ::testing::Values(
        RuleCase{"kb_full_name_and_surname", "fr",
                 {{"Valéri Guérassimov", "PER"}, {"Guérassimov", "PER"}},
                 {"Valery_Gerasimov|kb.label", "Valery_Gerasimov|kb.alias"}},
        RuleCase{"surname_outside_kb", "fr",
                 {{"Hélène Carbonnier", "PER"}, {"Mme Vasseur", "PER"}, {"Carbonnier", "PER"}},
                 {"new:0|doc.new", "new:1|doc.new", "new:0|doc.surname"}},
        RuleCase{"courtesy_title", "fr",
                 {{"Hélène Carbonnier", "PER"}, {"Mme Carbonnier", "PER"}},
                 {"new:0|doc.new", "new:0|doc.surname"}},
        RuleCase{"capital_tagged_org_acts", "fr",
                 {{"Damas", "ORG", true}},
                 {"Syria|kb.metonym"}},
        RuleCase{"surname_before_full_name", "en",
                 {{"Whitcombe", "PER"}, {"Alan Whitcombe", "PER"}},
                 {"new:0|doc.surname", "new:0|doc.new"}},
        // doc.surname_salient: several people carry the surname; the one named
        // most in full, on a tie the one named in full last before, else first after.
        RuleCase{"shared_surname_goes_to_the_last_full_name_before_it", "en",
                 {{"Ruth Okafor", "PER"}, {"Daniel Okafor", "PER"}, {"Okafor", "PER"}},
                 {"new:0|doc.new", "new:1|doc.new", "new:1|doc.surname_salient"}},
        RuleCase{"shared_surname_goes_to_the_person_named_most", "fr",
                 {{"Odile Ferrandi", "PER"}, {"Lucien Ferrandi", "PER"}, {"Lucien Ferrandi", "PER"},
                  {"Odile Ferrandi", "PER"}, {"Lucien Ferrandi", "PER"}, {"M. Ferrandi", "PER"}, {"Ferrandi", "PER"}},
                 {"new:0|doc.new", "new:1|doc.new", "new:1|doc.same_name", "new:0|doc.same_name",
                  "new:1|doc.same_name", "new:1|doc.surname_salient", "new:1|doc.surname_salient"}},
        RuleCase{"shared_surname_in_a_headline_goes_to_the_first_full_name_after", "fr",
                 {{"Vautrin", "MISC"}, {"Claire Vautrin", "PER"}, {"Marc Vautrin", "PER"}},
                 {"new:0|doc.surname_salient", "new:0|doc.new", "new:1|doc.new"}},
        RuleCase{"acronym_after_expansion", "fr",
                 {{"Observatoire syrien des droits de l'homme", "ORG"}, {"OSDH", "ORG"}},
                 {"new:0|doc.new", "new:0|doc.acronym"}},
        RuleCase{"kb_acronym_and_expansion", "fr",
                 {{"l'Organisation des Nations unies", "ORG"}, {"ONU", "ORG"}},
                 {"United_Nations|kb.label", "United_Nations|kb.acronym"}},
        RuleCase{"aliases_of_islamic_state", "fr",
                 {{"Etat islamique", "ORG"}, {"EI", "ORG"}, {"Daech", "ORG"}},
                 {"Islamic_State|kb.label", "Islamic_State|kb.acronym", "Islamic_State|kb.alias"}},
        RuleCase{"capital_as_agent_is_the_state", "fr",
                 {{"Moscou", "GPE", true}, {"Moscou", "GPE", false}},
                 {"Russia|kb.metonym", "Moscow|kb.label"}},
        RuleCase{"washington_as_agent", "en",
                 {{"Washington", "GPE", true}, {"United States", "GPE"}},
                 {"United_States|kb.metonym", "United_States|kb.label"}},
        RuleCase{"seats_of_power", "fr",
                 {{"le Kremlin", "ORG", true}, {"la Maison Blanche", "ORG", true}, {"l'Élysée", "LOC"}},
                 {"Russia|kb.metonym", "United_States|kb.metonym", "Elysee_Palace|kb.alias"}},
        // kb.people: a plural demonym is the people, acting or not, never the state.
        RuleCase{"plural_demonym_is_the_people", "fr",
                 {{"les Russes", "NORP", true, true}, {"Russes", "NORP"}, {"les Français", "NORP", false, true}},
                 {"people:Russia|kb.people", "people:Russia|kb.people", "people:France|kb.people"}},
        RuleCase{"english_plural_demonyms", "en",
                 {{"Britons", "NORP"}, {"Americans", "NORP", true}, {"the French", "NORP"}},
                 {"people:United_Kingdom|kb.people", "people:United_States|kb.people", "people:France|kb.people"}},
        RuleCase{"french_singular_demonym_is_one_person", "fr",
                 {{"le Russe", "PER"}, {"Française", "PER", true, true}, {"français", "", false, true}},
                 {"new:0|doc.new", "new:1|doc.new", "new:2|doc.new"}},
        RuleCase{"english_demonym_adjective_is_the_nationality", "en",
                 {{"Pakistani", "MISC"}},
                 {"Pakistan|kb.demonym"}},
        // doc.team: in sports news a country or city is a team; the place stays the place.
        RuleCase{"sports_teams_are_not_states", "en",
                 {{"Tonga", "GPE", true, false, true}, {"Samoa", "GPE", false, false, true}, {"Tonga", "GPE"},
                  {"Lyon", "GPE", true, false, true}},
                 {"new:0|doc.team", "new:1|doc.team", "Tonga|kb.label", "new:3|doc.team"}},
        // doc.surname: a KB person is preferred for a bare surname; with a title
        // the KB is no argument, and the last full name before decides.
        RuleCase{"bare_surname_prefers_the_kb_person", "fr",
                 {{"Emmanuel Macron", "PER"}, {"Brigitte Macron", "PER"}, {"Macron", "PER"}, {"Mme Macron", "PER"}},
                 {"Emmanuel_Macron|kb.label", "new:1|doc.new", "Emmanuel_Macron|doc.surname",
                  "new:1|doc.surname_salient"}},
        RuleCase{"kb_surname_yields_to_the_document_full_name", "fr",
                 {{"Bernadette Chirac", "PER"}, {"Chirac", "PER"}},
                 {"new:0|doc.new", "new:0|doc.surname"}},
        RuleCase{"kb_surname_beside_a_longer_form_of_its_own_name", "fr",
                 {{"le président Jacques Chirac", "PER"}, {"Chirac", "PER"}},
                 {"new:0|doc.new", "Jacques_Chirac|kb.alias"}},
        RuleCase{"first_name_alone", "fr",
                 {{"Alexia Daval", "PER"}, {"Alexia", "MISC"}, {"Jonas", "MISC"}, {"Jean-Louis Debré", "PER"},
                  {"Jean-Louis", "PER"}},
                 {"new:0|doc.new", "new:0|doc.first_name", "new:1|doc.new", "new:2|doc.new",
                  "new:2|doc.first_name"}},
        RuleCase{"surname_the_dictionary_knows_as_a_town", "fr",
                 {{"Hugo Ventadour", "PER"}, {"Ventadour", "LOC"}},
                 {"new:0|doc.new", "new:0|doc.surname"}},
        // A capitalised plural read as a people that the KB knows as a party.
        RuleCase{"party_read_as_a_people_is_the_party", "fr",
                 {{"Républicains", "", true, true}, {"Verts", "", false, true}, {"Britanniques", "", true, true}},
                 {"The_Republicans_France|kb.alias", "Europe_Ecologie_Les_Verts|kb.alias",
                  "people:United_Kingdom|kb.people"}},
        RuleCase{"place_read_as_a_people_is_the_place", "fr",
                 {{"Champs", "", false, true}},
                 {"Champs_Elysees|kb.alias"}},
        RuleCase{"ambiguous_demonym_links_nothing", "fr",
                 {{"congolais", "", false, true}},
                 {"new:0|doc.new"}},
        RuleCase{"person_is_never_a_country", "en",
                 {{"Jordan", "PER"}, {"Jordan", "GPE"}},
                 {"new:0|doc.new", "Jordan|kb.label"}},
        RuleCase{"same_name_needs_a_compatible_type", "fr",
                 {{"Tessaly Group", "ORG"}, {"Tessaly Group", "ORG"}, {"Tessaly Group", "LOC"}},
                 {"new:0|doc.new", "new:0|doc.same_name", "new:1|doc.new"}},
        RuleCase{"language_decides_mexico", "fr",
                 {{"Mexico", "GPE"}},
                 {"Mexico_City|kb.label"}}),
    [](const ::testing::TestParamInfo<RuleCase>& info) { return std::string(info.param.name); });

// One document's mentions, resolved and added to a registry.
void add(EntityRegistry& reg, const std::string& doc, const std::vector<M>& ms, const char* lang) {
  auto mi = mentions_of(ms, lang);
  reg.add_document(doc, mi, resolver().resolve(mi));
}

const kg::graph::Entity* find(const std::vector<kg::graph::Entity>& es, const std::string& id) {
  for (const auto& e : es)
    if (e.id == id) return &e;
  return nullptr;
}

TEST(EntityRegistry, OneKbEntityIsOneNodeInEveryLanguage) {
  EntityRegistry reg;
  add(reg, "fr-1", {{"Vladimir Poutine", "PER"}, {"Poutine", "PER"}}, "fr");
  add(reg, "en-1", {{"Putin", "PER"}}, "en");
  auto es = reg.entities();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].id, "Vladimir_Putin");
  EXPECT_EQ(es[0].qid, "Q7747");
  EXPECT_EQ(es[0].label, "Vladimir Putin");
  EXPECT_EQ(es[0].labels.at("fr"), "Vladimir Poutine");
  EXPECT_EQ(es[0].type, "Person");
  EXPECT_EQ(es[0].mentions, 3u);
  EXPECT_EQ(es[0].aliases, (std::vector<std::string>{"Poutine", "Putin"}));
}

TEST(EntityRegistry, OutsideTheKbMergesOnTheKeyWithinATypeFamily) {
  EntityRegistry reg;
  add(reg, "d1", {{"Jean-Baptiste Ormesson", "PER"}}, "fr");
  add(reg, "d2", {{"JEAN BAPTISTE ORMESSON", "PER"}, {"Jean-Baptiste Ormesson", "ORG"}}, "en");
  auto es = reg.entities();
  ASSERT_EQ(es.size(), 2u);
  const auto* person = find(es, "Person_jean_baptiste_ormesson");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->mentions, 2u);
  EXPECT_EQ(person->label, "Jean-Baptiste Ormesson");
  EXPECT_NE(find(es, "Organization_jean_baptiste_ormesson"), nullptr);
}

TEST(EntityRegistry, DifferentKbEntitiesNeverMerge) {
  EntityRegistry reg;
  add(reg, "fr", {{"Mexico", "GPE"}}, "fr");  // the city, in French
  add(reg, "en", {{"Mexico", "GPE"}}, "en");  // the country, in English
  auto es = reg.entities();
  ASSERT_EQ(es.size(), 2u);
  EXPECT_NE(find(es, "Mexico"), nullptr);
  EXPECT_NE(find(es, "Mexico_City"), nullptr);
}

TEST(EntityRegistry, ShardsMergeByUnion) {
  const std::vector<M> d1 = {{"Moscou", "GPE", true}, {"Sergueï Lavrov", "PER"}, {"Lavrov", "PER"},
                             {"Clinique Saint-Aubin", "ORG"}};
  const std::vector<M> d2 = {{"Russia", "GPE"}, {"Sergey Lavrov", "PER"}, {"clinique Saint-Aubin", "ORG"}};
  EntityRegistry all, a, b;
  add(all, "d1", d1, "fr");
  add(all, "d2", d2, "en");
  add(b, "d2", d2, "en");
  add(a, "d1", d1, "fr");
  EntityRegistry merged;
  merged.merge(b);
  merged.merge(a);
  auto x = all.entities();
  auto y = merged.entities();
  ASSERT_EQ(x.size(), y.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    EXPECT_EQ(x[i].id, y[i].id);
    EXPECT_EQ(x[i].label, y[i].label);
    EXPECT_EQ(x[i].aliases, y[i].aliases);
    EXPECT_EQ(x[i].mentions, y[i].mentions);
  }
  EXPECT_EQ(all.explanations(), merged.explanations());
  EXPECT_NE(find(x, "Organization_clinique_saint_aubin"), nullptr);
  EXPECT_EQ(find(x, "Russia")->mentions, 2u);
}

TEST(EntityRegistry, ExplainsEveryMention) {
  EntityRegistry reg;
  add(reg, "doc-7", {{"Damas", "GPE", true}, {"Bachar al-Assad", "PER"}, {"Assad", "PER"}}, "fr");
  std::ostringstream out;
  kg::graph::write_merge_explanations(out, reg.explanations());
  EXPECT_EQ(out.str(),
            "doc\tsentence\tbegin\tend\tmention\tentity\trule\tlink\n"
            "doc-7\t0\t0\t5\tDamas\tSyria\tkb.metonym\tkb:Syria\n"
            "doc-7\t1\t15\t30\tBachar al-Assad\tBashar_al_Assad\tkb.label\tkb:Bashar_al_Assad\n"
            "doc-7\t2\t40\t45\tAssad\tBashar_al_Assad\tkb.alias\tkb:Bashar_al_Assad\n");
}

TEST(EntityRegistry, SurnameJoinsTheOneFullNameAcrossDocuments) {
  EntityRegistry reg;
  add(reg, "d1", {{"Hélène Carbonnier", "PER"}}, "fr");
  add(reg, "d2", {{"Carbonnier", "PER"}, {"Mme Vasseur", "PER"}}, "fr");
  add(reg, "d3", {{"Paul Vasseur", "PER"}}, "fr");
  add(reg, "d4", {{"Anne Vasseur", "PER"}}, "fr");
  EXPECT_EQ(reg.surname_merges(), (std::map<std::string, std::string>{
                                      {"Person_carbonnier", "Person_helene_carbonnier"}}));  // Vasseur: two
  auto es = reg.entities();
  EXPECT_EQ(find(es, "Person_carbonnier"), nullptr);
  ASSERT_NE(find(es, "Person_helene_carbonnier"), nullptr);
  EXPECT_EQ(find(es, "Person_helene_carbonnier")->mentions, 2u);
  EXPECT_EQ(find(es, "Person_helene_carbonnier")->aliases, (std::vector<std::string>{"Carbonnier"}));
  EXPECT_NE(find(es, "Person_mme_vasseur"), nullptr);
  bool explained = false;
  for (const auto& r : reg.explanations())
    if (r.mention == "Carbonnier")
      explained = r.entity == "Person_helene_carbonnier" && r.rule == "doc.new+graph.surname";
  EXPECT_TRUE(explained);
}

TEST(EntityRegistry, APeopleIsOneNodePerCountryInEveryLanguage) {
  EntityRegistry reg;
  add(reg, "fr-1", {{"les Britanniques", "NORP", true, true}}, "fr");
  add(reg, "en-1", {{"Britons", "NORP"}, {"United Kingdom", "GPE"}}, "en");
  auto es = reg.entities();
  const auto* people = find(es, "United_Kingdom_people");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->mentions, 2u);
  EXPECT_EQ(people->qid, "");  // not the country's Q145
  EXPECT_EQ(people->labels.at("fr"), "Britanniques");
  EXPECT_EQ(people->type, "Organization");
  ASSERT_NE(find(es, "United_Kingdom"), nullptr);
  EXPECT_EQ(find(es, "United_Kingdom")->mentions, 1u);
}

TEST(EntityRegistry, EntityIdsArePureFunctions) {
  EXPECT_EQ(kg::graph::entity_id("Person", "jean dupont"), "Person_jean_dupont");
  EXPECT_EQ(kg::graph::entity_id(*resolver().kb().find("Russia")), "Russia");
}

}  // namespace
