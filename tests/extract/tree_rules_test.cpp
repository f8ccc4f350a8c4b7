// The tree engine's rule table (extract/facts/tree_rules.h): every row's
// example sentence, analysed, parsed with the shipped model and read by the
// tree engine alone (the language rules off), gives the row's fact with the
// row's rule id. A rule without a passing example cannot exist.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "extract/analyse/analyser.h"
#include "extract/facts/extractor.h"
#include "extract/facts/tree_rules.h"
#include "extract/parse/syntax_model.h"
#include "tests/extract/fact_test_util.h"

namespace kg::extract {
namespace {

DocumentFacts tree_facts_of(const std::string& lang, const std::string& text, const std::string& date = "") {
  static std::map<std::string, std::unique_ptr<Analyser>> analysers;
  static std::map<std::string, std::shared_ptr<const parse::SyntaxModel>> models;
  static FactExtractor extractor(load_fact_resources(), /*language_rules=*/false);
  auto& a = analysers[lang];
  if (!a) a = std::make_unique<Analyser>(load_language(lang));
  auto& m = models[lang];
  if (!m) m = parse::load_syntax_model(lang);
  Document d;
  d.id = "t";
  d.lang = lang;
  d.text = text;
  d.date = date;
  AnalysedDocument ad = a->analyse(std::move(d));
  for (Sentence& s : ad.sentences) m->parse(s);
  return extractor.extract(ad);
}

class TreeRuleExample : public testing::TestWithParam<TreeRule> {};

TEST_P(TreeRuleExample, GivesItsFact) {
  const TreeRule& rule = GetParam();
  const std::string expected = rule.expected;
  const std::size_t bar1 = expected.find('|'), bar2 = expected.rfind('|');
  const DocumentFacts df = tree_facts_of(rule.example_lang, rule.example);
  const Fact* f = fact_testing::find(df, expected.substr(0, bar1), expected.substr(bar1 + 1, bar2 - bar1 - 1),
                                     expected.substr(bar2 + 1));
  ASSERT_NE(f, nullptr) << rule.id << ": " << rule.example << "\n" << fact_testing::triples(df);
  EXPECT_EQ(f->provenance.rule, rule.id);
  EXPECT_TRUE(f->subject.is_entity);
  EXPECT_TRUE(f->object.is_entity);
  EXPECT_GT(f->confidence, 0.0);
  EXPECT_LE(f->confidence, 1.0);
}

std::string row_name(const testing::TestParamInfo<TreeRule>& info) {
  std::string name = info.param.id;
  for (char& c : name)
    if (c == '.') c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(EveryRow, TreeRuleExample, testing::ValuesIn(tree_rules()), row_name);

TEST(TreeRules, IdsAreUniqueAndExamplesNameTheirLanguage) {
  std::map<std::string, int> seen;
  for (const TreeRule& r : tree_rules()) {
    EXPECT_EQ(++seen[r.id], 1) << r.id;
    const std::string lang = r.lang;
    EXPECT_TRUE(lang == "*" || lang == r.example_lang) << r.id;
  }
}

TEST(TreeFacts, SpeechVerbAttributesTheInnerFact) {
  const DocumentFacts df = tree_facts_of("en", "Smith said that Germany would attack France.");
  const Fact* f = fact_testing::find(df, "Germany", "attack", "France");
  ASSERT_NE(f, nullptr) << fact_testing::triples(df);
  EXPECT_EQ(f->modality, Modality::Reported);
  EXPECT_EQ(f->qualifiers.at("attribution"), "Smith");
  EXPECT_EQ(fact_testing::find(df, "Smith", "say", "Germany"), nullptr) << fact_testing::triples(df);
}

TEST(TreeFacts, NegationComesFromTheClause) {
  const DocumentFacts df = tree_facts_of("fr", "La France ne soutient pas la Russie.");
  const Fact* f = fact_testing::find(df, "France", "support", "Russie");
  ASSERT_NE(f, nullptr) << fact_testing::triples(df);
  EXPECT_TRUE(f->negated);
}

TEST(TreeFacts, ANounGroupObjectIsAConceptAndATitledNameActsThroughItsTitle) {
  const DocumentFacts df = tree_facts_of("fr", "Le député Christophe Sirugue a voté la loi.");
  const Fact* f = fact_testing::find(df, "Christophe Sirugue", "vote", "la loi");
  ASSERT_NE(f, nullptr) << fact_testing::triples(df);
  EXPECT_TRUE(f->subject.is_entity);
  EXPECT_FALSE(f->object.is_entity);
  EXPECT_EQ(f->object.mention.type, "CONCEPT");
  EXPECT_EQ(f->object.mention.label, "loi");
  EXPECT_LT(f->confidence, 0.65);  // a noun group ranks below a name
}

TEST(TreeFacts, PassiveAgentByItsCaseMarkerWithTheClauseDate) {
  const DocumentFacts df = tree_facts_of("fr", "Le traité a été signé par la Chine le 12 mars.", "2021-03-15");
  const Fact* f = fact_testing::find(df, "Chine", "sign", "Le traité");
  ASSERT_NE(f, nullptr) << fact_testing::triples(df);
  EXPECT_EQ(f->provenance.rule, "tree.passive_agent");
  EXPECT_EQ(f->qualifiers.at("time"), "2021-03-12");
  EXPECT_EQ(f->qualifiers.at("time_text"), "le 12 mars");
}

TEST(TreeFacts, TheObjectNounOfTheRelationIsTheObjectPhraseNotASecondFact) {
  const DocumentFacts df = tree_facts_of("fr", "La Russie réduira sa présence militaire en Syrie.");
  const Fact* f = fact_testing::find(df, "Russie", "reduce presence in", "Syrie");
  ASSERT_NE(f, nullptr) << fact_testing::triples(df);
  EXPECT_EQ(f->qualifiers.at("object_phrase"), "sa présence militaire");
  EXPECT_EQ(f->modality, Modality::Future);
  EXPECT_EQ(fact_testing::find(df, "Russie", "reduce", "sa présence militaire"), nullptr) << fact_testing::triples(df);
}

TEST(TreeFacts, ASubjectFeedsThePronounsOfTheNextSentences) {
  const DocumentFacts df = tree_facts_of("fr", "Angela Merkel a rencontré Emmanuel Macron. Elle a ensuite visité la Pologne.");
  const Fact* f = fact_testing::find(df, "Angela Merkel", "visit", "Pologne");
  ASSERT_NE(f, nullptr) << fact_testing::triples(df);
  EXPECT_EQ(f->subject.mention.via, "pronoun:elle");
}

TEST(TreeFacts, ATitleOverAListOfNamesTitlesNoneOfThem) {
  const DocumentFacts df = tree_facts_of(
      "fr", "Le général de Gaulle, Georges Pompidou et François Mitterrand ont gouverné la France.");
  EXPECT_EQ(fact_testing::find(df, "Georges Pompidou", "general of", "Gaulle"), nullptr) << fact_testing::triples(df);
}

TEST(TreeFacts, ARoleNamingItsHolderEndsThePathAtThePerson) {
  const DocumentFacts df =
      tree_facts_of("fr", "Marcel Campion n'a pas obtenu gain de cause face à la maire de Paris, Anne Hidalgo.");
  const Fact* role = fact_testing::find(df, "Anne Hidalgo", "mayor of", "Paris");
  ASSERT_NE(role, nullptr) << fact_testing::triples(df);
  for (const Fact& f : df.facts)
    EXPECT_FALSE(f.subject.text() == "Marcel Campion" && f.object.text() == "Paris") << fact_testing::triples(df);
}

TEST(TreeFacts, UnparsedSentenceGivesNoTreeFact) {
  static std::unique_ptr<Analyser> a = std::make_unique<Analyser>(load_language("fr"));
  FactExtractor extractor(load_fact_resources(), false);
  Document d;
  d.id = "t";
  d.lang = "fr";
  d.text = "La France soutient l'Ukraine.";
  EXPECT_TRUE(extractor.extract(a->analyse(std::move(d))).facts.empty());
}

}  // namespace
}  // namespace kg::extract
