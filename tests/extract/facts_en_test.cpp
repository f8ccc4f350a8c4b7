// English fact extraction: each rule on a sentence of its own (written for
// these tests), run through the real Apertium analyser; the span-level CaRB
// output; and a golden TSV file of a small news-like English text.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/analyse/analyser.h"
#include "extract/facts/extractor.h"
#include "extract/facts/fact_format.h"
#include "extract/lang/en/carb_en.h"
#include "tests/extract/fact_test_util.h"
#include "tests/golden.h"
#include "tests/test_paths.h"

namespace kg::extract {
namespace {

// One analyser for the suite; the fact extractor (which loads the bilingual
// dictionaries) only for the tests that need it.
struct Fixture {
  std::unique_ptr<Analyser> analyser = std::make_unique<Analyser>(load_language("en"));
  std::unique_ptr<FactExtractor> extractor_;
  FactExtractor* extractor() {
    if (!extractor_) extractor_ = std::make_unique<FactExtractor>(load_fact_resources());
    return extractor_.get();
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

DocumentFacts run(const std::string& text) {
  Document d;
  d.id = "t";
  d.lang = "en";
  d.date = "2024-05-06";
  d.text = text;
  return fixture().extractor()->extract(fixture().analyser->analyse(std::move(d)));
}

using fact_testing::find;
using fact_testing::triples;

// The CaRB lines of one pre-tokenised sentence, without the sentence column.
std::string carb(const std::string& sentence) {
  std::string out;
  en::append_carb(sentence, *fixture().analyser, out);
  std::string lines;
  std::size_t p = 0;
  while (p < out.size()) {
    std::size_t e = out.find('\n', p);
    std::string line = out.substr(p, e - p);
    lines += line.substr(line.find('\t') + 1) + "\n";
    p = e + 1;
  }
  return lines;
}

TEST(FactsEn, SubjectVerbObjectBetweenTwoNames) {
  auto df = run("Portugal supports Norway.");
  const Fact* f = find(df, "Portugal", "support", "Norway");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "en.svo");
  EXPECT_TRUE(f->subject.is_entity);
  EXPECT_TRUE(f->object.is_entity);
  EXPECT_EQ(f->predicate.source_lang, "en");
  EXPECT_TRUE(f->predicate.translated);
  EXPECT_EQ(f->provenance.sentence_text, "Portugal supports Norway.");
}

TEST(FactsEn, VerbNounPrepositionIsAReverbPhrase) {
  auto df = run("Canada will double its aid to Kenya.");
  const Fact* f = find(df, "Canada", "double aid to", "Kenya");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->qualifiers.at("object_phrase"), "its aid");
  EXPECT_EQ(f->modality, Modality::Future);
}

TEST(FactsEn, VerbPrepositionObject) {
  auto df = run("The minister travelled to Brazil.");
  const Fact* f = find(df, "The minister", "travel to", "Brazil");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "en.svo.pp");
  EXPECT_FALSE(f->subject.is_entity);
}

TEST(FactsEn, PassiveWithByMakesTheAgentTheSubject) {
  auto df = run("The new budget was approved by Parliament on Tuesday.");
  const Fact* f = find(df, "Parliament", "approve", "The new budget");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "en.passive");
  EXPECT_EQ(f->qualifiers.at("time_text"), "on Tuesday");
}

TEST(FactsEn, RelativeClauseTakesTheAntecedentAsSubject) {
  auto df = run("The diplomats who visited Cairo are members of the Green Party.");
  const Fact* f = find(df, "The diplomats", "visit", "Cairo");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "en.relative");
  // the main verb's subject is the antecedent, not the relative clause's object
  EXPECT_NE(find(df, "The diplomats", "be member of", "Green Party"), nullptr) << triples(df);
}

TEST(FactsEn, AppositionGivesARoleFact) {
  auto df = run("Maria Lopez, the foreign minister of Chile, arrived in Lima.");
  const Fact* f = find(df, "Maria Lopez", "be minister of", "Chile");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "en.apposition");
  EXPECT_NE(find(df, "Maria Lopez", "arrive in", "Lima"), nullptr) << triples(df);
}

TEST(FactsEn, CopulaWithRoleNoun) {
  auto df = run("Olaf Berg is the president of Iceland.");
  const Fact* f = find(df, "Olaf Berg", "be president of", "Iceland");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "en.copula");
}

TEST(FactsEn, ReportedSpeechAttributesTheInnerFact) {
  auto df = run("Pedro Silva said that Spain would support Morocco.");
  const Fact* f = find(df, "Spain", "support", "Morocco");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->modality, Modality::Reported);
  EXPECT_EQ(f->qualifiers.at("attribution"), "Pedro Silva");
  EXPECT_EQ(f->provenance.rule, "en.svo+en.reported");
  // the reporting clause itself is no entity fact
  EXPECT_EQ(find(df, "Pedro Silva", "say", "Spain"), nullptr) << triples(df);
}

TEST(FactsEn, AccordingToAttributesTheSentence) {
  auto df = run("According to Reuters, Turkey closed its border with Iraq.");
  const Fact* f = find(df, "Turkey", "close border with", "Iraq");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->qualifiers.at("attribution"), "Reuters");
  EXPECT_EQ(f->modality, Modality::Reported);
}

TEST(FactsEn, CoordinationGivesOneFactPerConjunct) {
  auto df = run("Britain and Ireland signed a trade deal.");
  EXPECT_NE(find(df, "Britain", "sign", "a trade deal"), nullptr) << triples(df);
  EXPECT_NE(find(df, "Ireland", "sign", "a trade deal"), nullptr) << triples(df);
}

TEST(FactsEn, VerbCoordinationSharesTheSubject) {
  auto df = run("Jan Novak met Anna Kowalska in Warsaw and praised the plan.");
  const Fact* f = find(df, "Jan Novak", "praise", "the plan");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "en.coord");
  const Fact* g = find(df, "Jan Novak", "meet", "Anna Kowalska");
  ASSERT_NE(g, nullptr) << triples(df);
  EXPECT_EQ(g->qualifiers.at("place"), "Warsaw");
}

TEST(FactsEn, NegationIsNeverAPositiveFact) {
  auto df = run("Hungary did not sign the declaration.");
  const Fact* f = find(df, "Hungary", "sign", "the declaration");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_TRUE(f->negated);
  for (const auto& x : df.facts) EXPECT_TRUE(x.negated) << triples(df);
}

TEST(FactsEn, NegativeDeterminerAndNegatedReportingAreNeverPositive) {
  auto df = run("No agreement was reached by Serbia. Jan Kral did not say that Austria supports Serbia.");
  for (const auto& f : df.facts) EXPECT_TRUE(f.negated) << triples(df);
  const Fact* f = find(df, "Austria", "support", "Serbia");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->modality, Modality::Reported);
}

TEST(FactsEn, ModalVerbsGiveModality) {
  auto df = run("Greece could leave the euro. Italy may join the talks.");
  const Fact* f = find(df, "Greece", "leave", "the euro");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->modality, Modality::Conditional);
  const Fact* g = find(df, "Italy", "join", "the talks");
  ASSERT_NE(g, nullptr) << triples(df);
  EXPECT_EQ(g->modality, Modality::Hypothetical);
}

TEST(FactsEn, PronounGoesToTheNearestCompatibleSubject) {
  auto df = run("Sarah Jones criticised the plan. She met Tom Brown on Monday.");
  const Fact* f = find(df, "Sarah Jones", "meet", "Tom Brown");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->subject.mention.via, "pronoun:she");
  EXPECT_EQ(f->provenance.rule, "en.svo+en.pron");
}

TEST(FactsEn, ProvenanceSpansLieInTheSentence) {
  std::string text = "Chad expelled the envoy. Sudan recalled its ambassador from Chad.";
  auto df = run(text);
  ASSERT_GE(df.facts.size(), 2u) << triples(df);
  for (const auto& f : df.facts) {
    EXPECT_LT(f.provenance.begin, f.provenance.end);
    EXPECT_LE(f.provenance.end, text.size());
    EXPECT_NE(f.provenance.sentence_text.find(text.substr(f.provenance.begin, 4)), std::string::npos);
    EXPECT_FALSE(f.provenance.rule.empty());
  }
}

TEST(FactsEn, TitleIsACueNotPartOfTheName) {
  auto df = run("President Ramos visited Manila.");
  const Fact* f = find(df, "Ramos", "visit", "Manila");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->subject.mention.type, "PER");
}

TEST(FactsEn, DayNameAndTitleSplitNamesAndPossessorIsNotTheObject) {
  auto df = run("On Wednesday Mr Blair praised the Queen's speech.");
  const Fact* f = find(df, "Blair", "praise", "the Queen's speech");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_FALSE(f->object.is_entity);
}

TEST(CarbEn, SubjectVerbObjectAndPrepositionalArgument) {
  EXPECT_EQ(carb("The council opened a new library in 1998 ."),
            "0.90\topened\tThe council\ta new library\tin 1998\n");
}

TEST(CarbEn, PassiveKeepsTheAuxiliaryAndTheByInTheRelation) {
  EXPECT_EQ(carb("The bridge was designed by a Dutch engineer ."),
            "0.90\twas designed by\tThe bridge\ta Dutch engineer\n");
}

TEST(CarbEn, ReducedRelativeAndMainClause) {
  std::string out = carb("The report published by the agency criticised the bank .");
  EXPECT_NE(out.find("published by\tThe report\tthe agency"), std::string::npos) << out;
  EXPECT_NE(out.find("criticised\tThe report\tthe bank"), std::string::npos) << out;
}

TEST(CarbEn, ParticipleAdjunctTakesTheClauseSubject) {
  std::string out = carb("The storm hit the coast on Friday , killing three people .");
  EXPECT_NE(out.find("killing\tThe storm\tthree people"), std::string::npos) << out;
}

TEST(CarbEn, ReportingVerbTakesTheWholeClause) {
  std::string out = carb("The study showed that young birds learn songs quickly .");
  EXPECT_NE(out.find("showed that\tThe study\tyoung birds learn songs quickly"), std::string::npos) << out;
  EXPECT_NE(out.find("learn\tyoung birds\tsongs"), std::string::npos) << out;
}

TEST(CarbEn, AppositionIsAnIsExtraction) {
  std::string out = carb("Karl Weiss , a retired pilot , opened a bakery in Graz .");
  EXPECT_NE(out.find("0.55\tis\tKarl Weiss\ta retired pilot"), std::string::npos) << out;
  EXPECT_NE(out.find("0.90\topened\tKarl Weiss\ta bakery\tin Graz"), std::string::npos) << out;
}

TEST(CarbEn, AppositionInObjectPosition) {
  std::string out = carb("The delegates met Omar Haddad , the mayor of Tunis , in May .");
  EXPECT_NE(out.find("is\tOmar Haddad\tthe mayor of Tunis"), std::string::npos) << out;
}

TEST(CarbEn, ContractionsAndHyphenatedNamesStayAsGiven) {
  std::string out = carb("Mrs. Clark-Lewis said she does n't own the farm .");
  EXPECT_NE(out.find("does n't own\tshe\tthe farm"), std::string::npos) << out;
  EXPECT_NE(out.find("\tMrs. Clark-Lewis\t"), std::string::npos) << out;
}

TEST(CarbEn, AdverbialClauseIsTheArgumentOfTheVerbBefore) {
  std::string out = carb("The roads were closed when the river flooded the valley .");
  EXPECT_NE(out.find("were closed when\tThe roads\tthe river flooded the valley"), std::string::npos) << out;
  EXPECT_NE(out.find("flooded\tthe river\tthe valley"), std::string::npos) << out;
}

TEST(CarbEn, ReportingVerbWithoutThatAndAnAdverbInTheVerbGroup) {
  std::string out = carb("The Home Office has already said the review will begin next year .");
  EXPECT_NE(out.find("has said\tThe Home Office\tthe review will begin next year"), std::string::npos) << out;
  EXPECT_NE(out.find("will begin\tthe review\tnext year"), std::string::npos) << out;
  out = carb("Officials said there were no survivors .");
  EXPECT_NE(out.find("said\tOfficials\tthere were no survivors"), std::string::npos) << out;
}

TEST(CarbEn, PennTreebankTokensAreKeptAsGiven) {
  std::string s = "The museum -LRB- founded in 1901 -RRB- owns `` The Harvest '' .";
  std::string out;
  en::append_carb(s, *fixture().analyser, out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.substr(0, s.size() + 1), s + "\t");
  EXPECT_NE(out.find("owns\tThe museum"), std::string::npos) << out;
  EXPECT_NE(out.find("`` The Harvest ''"), std::string::npos) << out;
}

TEST(CarbEn, OneArgumentExtractionsRankLast) {
  std::string out = carb("The old tower collapsed .");
  EXPECT_EQ(out, "0.10\tcollapsed\tThe old tower\n");
}

TEST(CarbEn, PossessiveAndTitleGiveLowRankedImplicitFacts) {
  std::string out = carb("Senator Harris praised Ohio 's farmers .");
  EXPECT_NE(out.find("0.30\tis\tHarris\tSenator"), std::string::npos) << out;
  EXPECT_NE(out.find("0.30\thas\tOhio\tfarmers"), std::string::npos) << out;
  EXPECT_NE(out.find("praised\tSenator Harris\tOhio 's farmers"), std::string::npos) << out;
}

TEST(CarbEn, BlankLineGivesNothing) { EXPECT_EQ(carb("   "), ""); }

TEST(FactsEn, SubjectIsTheNounPhraseThatStartsTheClause) {
  // en.subject.embedded: "the Danube" sits inside the subject's infinitive
  auto df = run("Plans to build a bridge across the Danube were approved by Romania.");
  const Fact* f = find(df, "Romania", "approve", "Plans");
  ASSERT_NE(f, nullptr) << triples(df);
  for (const auto& x : df.facts) EXPECT_EQ(x.object.text().find("Danube"), std::string::npos) << triples(df);
}

TEST(FactsEn, NameBeforeACommonNounHeadIsAModifierNotTheEntity) {
  // en.end.modifier: the farmers blocked the road, not Kenya
  auto df = run("Kenya tea farmers blocked the main road.");
  const Fact* f = find(df, "Kenya tea farmers", "block", "the main road");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_FALSE(f->subject.is_entity);
  for (const auto& x : df.facts) EXPECT_NE(x.subject.text(), "Kenya") << triples(df);
}

TEST(FactsEn, EndsWithoutANounOrAnAntecedentGiveNoFact) {
  // en.end.informative: an adjective, an adverb, "we", "this"
  auto df = run("Estonia is very confident. We support Finland. This worries Latvia. Lithuania tried very hard.");
  EXPECT_EQ(df.facts.size(), 0u) << triples(df);
}

TEST(FactsEn, PartitiveHeadIsTheNounAfterOf) {
  // en.head.partitive: "most of the delegates" is about delegates
  auto df = run("Most of the delegates praised Malta.");
  const Fact* f = find(df, "Most of the delegates", "praise", "Malta");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->subject.mention.label, "delegates");
}

TEST(FactsEn, HeGoesToTheLastMaleSubjectNotTheLastPerson) {
  // en.pron.gender: "Mrs Berg" is no antecedent of "he"
  auto df = run("Mr Holm praised Estonia. Mrs Berg met Latvian officials. He thanked Finland.");
  const Fact* f = find(df, "Holm", "thank", "Finland");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->subject.mention.via, "pronoun:he");
  EXPECT_EQ(find(df, "Berg", "thank", "Finland"), nullptr) << triples(df);
}

TEST(FactsEn, ItGoesToAnOrganisationOrCountryButNotAsAPlaceholder) {
  // en.pron (it) and en.pron.expletive
  auto df = run("Norway opened an embassy in Chile. It sent two diplomats to Santiago. It is clear that the talks failed.");
  const Fact* f = find(df, "Norway", "send diplomats to", "Santiago");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->subject.mention.via, "pronoun:it");
  for (const auto& x : df.facts) EXPECT_NE(x.predicate.label, "be") << triples(df);
}

TEST(FactsEn, TheyAfterAPhraseAboutPeopleIsNotAnEarlierName) {
  // en.pron: the nearest plural subject is "the farmers", no name: no fact
  auto df = run("Italy signed the pact. The farmers protested. They blocked Rome.");
  EXPECT_EQ(find(df, "Italy", "block", "Rome"), nullptr) << triples(df);
}

TEST(FactsEn, ConfidenceRanksNamesAbovePhrases) {
  // en.rank.concepts: two names > a name and a phrase > two phrases
  auto df = run("Portugal supports Norway. Portugal supports the fishing plan. The farmers support the fishing plan.");
  const Fact* a = find(df, "Portugal", "support", "Norway");
  const Fact* b = find(df, "Portugal", "support", "the fishing plan");
  const Fact* c = find(df, "The farmers", "support", "the fishing plan");
  ASSERT_TRUE(a && b && c) << triples(df);
  EXPECT_GT(a->confidence, b->confidence);
  EXPECT_GT(b->confidence, c->confidence);
}

TEST(CarbEn, SubjectWithAnInfinitiveModifierIsWhole) {
  std::string out = carb("The decision to close the old mine was criticised by the union .");
  EXPECT_NE(out.find("was criticised by\tThe decision to close the old mine\tthe union"), std::string::npos) << out;
}

TEST(FactsEn, ParticiplesBeforeANounAreAdjectives) {
  // normalise_classes: "limited" after a possessive, "affected" after a verb
  auto df = run("The union criticised the council's limited budget.");
  EXPECT_NE(find(df, "The union", "criticise", "the council's limited budget"), nullptr) << triples(df);
  for (const auto& f : df.facts) EXPECT_NE(f.predicate.label, "be limited") << triples(df);
  std::string out = carb("The new law would save affected families a lot of money .");
  EXPECT_NE(out.find("would save\tThe new law\taffected families"), std::string::npos) << out;
}

TEST(FactsEn, CapitalisedWordInsideANameIsNoVerb) {
  auto df = run("The Wine Standards Board advises Moldova.");
  ASSERT_EQ(df.facts.size(), 1u) << triples(df);
  EXPECT_EQ(df.facts[0].predicate.label, "advise") << triples(df);
}

TEST(FactsEn, TimePhraseIsNoObjectAndNoSelfEdges) {
  // en.end.time and en.end.same
  auto df = run("Dozens of houses were built in the last ten years. Peru signed the pact and gave Peru more time.");
  EXPECT_NE(find(df, "Peru", "sign", "the pact"), nullptr) << triples(df);
  for (const auto& f : df.facts) {
    EXPECT_EQ(f.object.text().find("years"), std::string::npos) << triples(df);
    EXPECT_NE(f.subject.mention.key, f.object.mention.key) << triples(df);
  }
}

TEST(FactsEn, TimePhraseBeforeTheVerbIsNotTheSubject) {
  // en.subject.time
  auto df = run("Mr Lund this week rejected the offer from Denmark.");
  const Fact* f = find(df, "Lund", "reject offer from", "Denmark");
  ASSERT_NE(f, nullptr) << triples(df);
}

TEST(FactsEn, ObjectPronounIsNoSubjectAndReportedClauseKeepsItsSubject) {
  // en.pron: "him" as the subject of "win"; a reporting verb's clause has its own subject
  auto df = run("Mr Holm criticised Oslo. The vote will help him win Bergen. The farmers, who say the Labour Party needs Mr Holm, met.");
  for (const auto& f : df.facts) EXPECT_NE(f.predicate.label, "win") << triples(df);
  EXPECT_EQ(find(df, "The farmers", "need", "Holm"), nullptr) << triples(df);
}

TEST(FactsEn, NounAfterAModalIsTheVerb) {
  // normalise_classes: "outweigh" is missing from the dictionary
  auto df = run("The costs can easily outweigh the benefits for Wales.");
  const Fact* f = find(df, "The costs", "outweigh benefit for", "Wales");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->modality, Modality::Hypothetical);
}

TEST(FactsEn, GuessedClauseBetweenTwoPhrasesGivesNoFact) {
  // en.rank.floor: the reduced relative stays a CaRB extraction, not a fact
  auto df = run("The plan announced by officials angered farmers.");
  for (const auto& f : df.facts) EXPECT_NE(f.predicate.label, "announce by") << triples(df);
  EXPECT_NE(carb("The plan announced by officials angered farmers .").find("announced by\tThe plan\tofficials"),
            std::string::npos);
}

TEST(FactsEn, PronounAfterADashStartsANewPhrase) {
  // a spaced dash before "it" glues no words; "it is" is a placeholder (en.pron.expletive)
  auto df = run("Nobody trespasses in the Senate of Peru - it is not a crime.");
  for (const auto& f : df.facts) EXPECT_EQ(f.subject.text().find("Senate"), std::string::npos) << triples(df);
}

TEST(FactsEn, AdjectiveBeforeATitleIsPartOfTheRoleNotAName) {
  auto df = run("Foreign Secretary Ivan Petrov met Chile. Mr Lund was offered the job of Foreign Secretary.");
  const Fact* f = find(df, "Ivan Petrov", "meet", "Chile");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->subject.mention.type, "PER");
  for (const auto& m : df.mentions) EXPECT_EQ(m.text.find("Foreign"), std::string::npos) << m.text;
  for (const auto& m : df.mentions) EXPECT_NE(m.text, "Secretary");
}

TEST(FactsEn, IngFormAfterAVerbThatTakesNoIngClauseIsAnAdjective) {
  auto df = run("The villagers suffered devastating floods. The miners stopped building roads.");
  EXPECT_NE(find(df, "The villagers", "suffer", "devastating floods"), nullptr) << triples(df);
  // "stop" takes an -ing clause: the -ing form stays the verb
  EXPECT_NE(find(df, "The miners", "stop build", "roads"), nullptr) << triples(df);
}

TEST(FactsEn, PossessiveBeforeACapitalisedWordKeepsThePhraseWhole) {
  auto df = run("Mr Ortiz praised BBC Radio 4's Today programme.");
  const Fact* f = find(df, "Ortiz", "praise", "BBC Radio 4's Today programme");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_FALSE(f->object.is_entity);
}

TEST(FactsEn, QuotedPhraseAfterAReportingVerbStartsTheReportedClause) {
  auto df = run("Sir Paul said \"real progress\" had been made in Peru.");
  EXPECT_EQ(find(df, "Paul", "say", "real progress"), nullptr) << triples(df);
}

TEST(FactsEn, ConditionsQuestionsAndDenialsAssertNothing) {
  // en.condition; en.mention.question ("Did" is no part of the name)
  auto df = run("If Plaid Cymru wins Ceredigion, Ieuan Wyn Jones will lead the assembly. "
                "Did Nicola Sturgeon meet Angela Merkel? Nicola Sturgeon visited Bergen. "
                "The council denied that Acme Corp bribed Joan Hill.");
  for (const auto& f : df.facts) {
    if (f.object.text() == "Bergen") {
      EXPECT_EQ(f.modality, Modality::Asserted) << triples(df);
    } else {
      EXPECT_EQ(f.modality, Modality::Hypothetical) << triples(df);
    }
  }
  EXPECT_NE(find(df, "Nicola Sturgeon", "meet", "Angela Merkel"), nullptr) << triples(df);
  EXPECT_NE(find(df, "Acme Corp", "bribe", "Joan Hill"), nullptr) << triples(df);
  EXPECT_NE(find(df, "Ieuan Wyn Jones", "lead", "the assembly"), nullptr) << triples(df);
}

TEST(FactsEn, NameAfterANameIsAListNotAnApposition) {
  // en.apposition.role
  auto df = run("They abolished the Potato Council, the Milk Board, the Wool Agency and the Farm Trust. "
                "Ana Ruiz, the mayor of Quito, met Ecuador.");
  for (const auto& f : df.facts) {
    if (f.provenance.rule == "en.apposition") {
      EXPECT_EQ(f.subject.text(), "Ana Ruiz") << triples(df);
    }
  }
  EXPECT_NE(find(df, "Ana Ruiz", "be mayor of", "Quito"), nullptr) << triples(df);
}

TEST(FactsEn, ObjectOfSayIsTheStartOfTheReportedClause) {
  // en.rel.say; "tell" keeps its addressee
  auto df = run("Mr Vidal said the bill, which bans smoking in bars, had broad support. Mr Vidal told reporters the truth.");
  for (const auto& f : df.facts) EXPECT_NE(f.predicate.label, "say") << triples(df);
  EXPECT_NE(find(df, "Vidal", "tell", "reporters"), nullptr) << triples(df);
}

TEST(FactsEn, SampleTextMatchesGolden) {
  std::string text = test::read_file(test::data_path("facts/en_sample.txt"));
  ASSERT_FALSE(text.empty());
  Document d;
  d.id = "en_sample";
  d.lang = "en";
  d.date = "2024-05-06";
  d.text = text;
  auto df = fixture().extractor()->extract(fixture().analyser->analyse(std::move(d)));
  std::string tsv;
  for (const auto& f : df.facts) append_fact_tsv(f, tsv);
  test::expect_golden("facts_en_sample.tsv", tsv);
}

}  // namespace
}  // namespace kg::extract
