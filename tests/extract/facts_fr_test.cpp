// French fact extraction: each rule on a sentence of its own, run through the
// real Apertium analyser and bilingual dictionaries, and a golden TSV file.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/analyse/analyser.h"
#include "extract/facts/extractor.h"
#include "extract/facts/fact_format.h"
#include "tests/extract/fact_test_util.h"
#include "tests/golden.h"
#include "tests/test_paths.h"

namespace kg::extract {
namespace {

// One analyser and one extractor for the whole suite (loading is the slow part).
struct Fixture {
  std::unique_ptr<Analyser> analyser;
  std::unique_ptr<FactExtractor> extractor;
  Fixture() {
    analyser = std::make_unique<Analyser>(load_language("fr"));
    extractor = std::make_unique<FactExtractor>(load_fact_resources());
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

DocumentFacts run(const std::string& text, const std::string& date = "2021-03-15") {
  Document d;
  d.id = "t";
  d.lang = "fr";
  d.date = date;
  d.text = text;
  return fixture().extractor->extract(fixture().analyser->analyse(std::move(d)));
}

using fact_testing::find;
using fact_testing::triples;

TEST(FactsFr, SubjectVerbObjectBetweenTwoNames) {
  auto df = run("La France soutient l'Ukraine.");
  const Fact* f = find(df, "France", "support", "Ukraine");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.svo");
  EXPECT_TRUE(f->subject.is_entity);
  EXPECT_TRUE(f->object.is_entity);
  EXPECT_FALSE(f->negated);
  EXPECT_EQ(f->predicate.source, "soutenir");
  EXPECT_EQ(f->predicate.local_name, "support");
  EXPECT_EQ(f->provenance.sentence_text, "La France soutient l'Ukraine.");
}

TEST(FactsFr, VerbNounPrepositionJoinsTwoEntitiesAndKeepsTheObjectPhrase) {
  auto df = run("L'Allemagne va augmenter ses investissements en Pologne dès le début de l'année prochaine.");
  const Fact* f = find(df, "Allemagne", "increase investment in", "Pologne");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.svo.pp");
  EXPECT_EQ(f->predicate.source, "augmenter investissement en");
  EXPECT_EQ(f->predicate.local_name, "increaseInvestmentIn");
  EXPECT_EQ(f->qualifiers.at("object_phrase"), "ses investissements");
  EXPECT_EQ(f->qualifiers.at("time"), "2022-01-01");
  EXPECT_EQ(f->modality, Modality::Future);
}

TEST(FactsFr, PassiveWithParMakesTheAgentTheSubject) {
  auto df = run("Le traité a été signé par la Chine le 12 mars.");
  ASSERT_EQ(df.facts.size(), 1u) << triples(df);
  const Fact& f = df.facts[0];
  EXPECT_EQ(f.subject.text(), "Chine");
  EXPECT_EQ(f.predicate.label, "sign");
  EXPECT_EQ(f.object.text(), "Le traité");
  EXPECT_FALSE(f.object.is_entity);
  EXPECT_EQ(f.provenance.rule, "fr.passive.par");
  EXPECT_EQ(f.qualifiers.at("time"), "2021-03-12");
}

TEST(FactsFr, RelativeQuiTakesTheAntecedentAsSubject) {
  auto df = run("Le ministre a rencontré la délégation de l'Inde, qui négocie avec le Pakistan depuis 2019.");
  const Fact* f = find(df, "Inde", "negotiate with", "Pakistan");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.svo.pp+fr.rel.qui");
  EXPECT_EQ(f->qualifiers.at("time"), "since 2019");
}

TEST(FactsFr, RelativeQuiAfterNounDeNameIsTheHeadNoun) {
  // high attachment: the spokesman watches the site, not Greenpeace
  auto df = run("Un porte-parole de Greenpeace, qui a rencontré Barbara Pompili mardi, a alerté la presse.");
  EXPECT_NE(find(df, "Un porte-parole de Greenpeace", "meet", "Barbara Pompili"), nullptr) << triples(df);
  EXPECT_EQ(find(df, "Greenpeace", "meet", "Barbara Pompili"), nullptr) << triples(df);
  // the verb agrees only with the name: the name
  df = run("Les avocats de Jean Dupont, qui conteste le verdict, ont saisi la cour d'appel.");
  EXPECT_NE(find(df, "Jean Dupont", "argue", "le verdict"), nullptr) << triples(df);
  // over a parenthesis and a name qualifying the noun: the député
  df = run("L'ex-député UDI (ex-UMP) de la Marne, qui a rencontré Jean Castex, a démissionné.");
  EXPECT_NE(find(df, "L'ex-député UDI (ex-UMP) de la Marne", "meet", "Jean Castex"), nullptr) << triples(df);
  // a town named by "la ville de": the town
  df = run("La ville de Grenoble, qui accueille le festival, a voté une subvention.");
  EXPECT_NE(find(df, "Grenoble", "receive", "le festival"), nullptr) << triples(df);
}

TEST(FactsFr, WhereSomethingWasSaidIsAVenueNotAnObject) {
  auto df = run("Le ministre Paul Girard a confirmé mardi sur LCI la fermeture de la centrale de Cordemais.");
  const Fact* f = find(df, "Paul Girard", "confirm", "la fermeture de la centrale");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->qualifiers.at("venue"), "LCI");
  for (const auto& g : df.facts) EXPECT_NE(g.object.text(), "LCI") << triples(df);
  // a channel named with a digit, then "que": the conjunction, the words said are his
  df = run("Anne Morel a affirmé dimanche sur France 3 que la région financerait le tramway.");
  for (const auto& g : df.facts) {
    EXPECT_NE(g.object.text(), "France") << triples(df);
    if (g.provenance.rule == "fr.speech.report") {
      EXPECT_EQ(g.qualifiers.at("venue"), "France 3");
    }
  }
  // the person told stays an object
  df = run("Le Premier ministre a dit à Olaf Scholz son inquiétude.");
  EXPECT_NE(find(df, "Le Premier ministre", "say to", "Olaf Scholz"), nullptr) << triples(df);
}

TEST(FactsFr, ANounAfterAPresentParticipleIsItsObjectNotTheSubject) {
  auto df = run("Des militants réclamant la démission du maire ont occupé la mairie de Lyon.");
  const Fact* f = find(df, "Des militants", "occupy city council of", "Lyon");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.svo.pp+fr.subj.participle");
  df = run("Un homme ayant menacé des policiers a agressé Paul Meunier.");
  EXPECT_NE(find(df, "Un homme", "attack", "Paul Meunier"), nullptr) << triples(df);
}

TEST(FactsFr, APlaceAfterAIsInUnlessTheVerbMovesThere) {
  auto df = run("Des affrontements se sont produits à Marseille. Le ministre s'est rendu à Marseille.");
  EXPECT_NE(find(df, "Des affrontements", "occur in", "Marseille"), nullptr) << triples(df);
  EXPECT_NE(find(df, "Le ministre", "go to", "Marseille"), nullptr) << triples(df);
}

TEST(FactsFr, AControlVerbSharesItsSubjectWithTheInfinitiveAndSaysWhetherItHappens) {
  auto df = run("Le Danemark refuse de soutenir la Hongrie. La Norvège a promis d'aider la Finlande. "
                "L'Iran menace de frapper Israël.");
  const Fact* refuse = find(df, "Danemark", "support", "Hongrie");
  ASSERT_NE(refuse, nullptr) << triples(df);
  EXPECT_TRUE(refuse->negated);
  EXPECT_EQ(refuse->provenance.rule, "fr.svo+fr.control");
  const Fact* promise = find(df, "Norvège", "aid", "Finlande");
  ASSERT_NE(promise, nullptr) << triples(df);
  EXPECT_EQ(promise->modality, Modality::Future);
  EXPECT_FALSE(promise->negated);
  bool threat = false;
  for (const auto& f : df.facts)
    threat = threat || (f.subject.text() == "Iran" && f.object.text() == "Israël" && f.modality == Modality::Hypothetical);
  EXPECT_TRUE(threat) << triples(df);
}

TEST(FactsFr, ASeatOfPowerTheDictionaryCallsAFirstNameIsNoPerson) {
  // "Matignon" is a first name in Apertium's dictionary; the KB knows it as a seat
  auto df = run("Élisabeth Borne a reçu les syndicats. Matignon a démenti la rumeur. Elle a quitté Paris.");
  for (const auto& m : df.mentions) {
    if (m.text == "Matignon") {
      EXPECT_NE(m.type, "PER");
    }
  }
  EXPECT_NE(find(df, "Élisabeth Borne", "leave", "Paris"), nullptr) << triples(df);  // "elle": not Matignon
}

TEST(FactsFr, AnObjectKeepsItsDeComplementsThatNameNoEntity) {
  auto df = run("Paul Meunier a critiqué le manque de moyens de la police. Ségolène Royal a dénoncé l'absence de débat.");
  EXPECT_NE(find(df, "Paul Meunier", "criticise", "le manque de moyens de la police"), nullptr) << triples(df);
  EXPECT_NE(find(df, "Ségolène Royal", "denounce", "l'absence de débat"), nullptr) << triples(df);
}

TEST(FactsFr, AQuotedNounGroupAfterAPrepositionIsItsComplement) {
  auto df = run("La manifestation des \"bonnets rouges\" aura lieu à Quimper.");
  EXPECT_NE(find(df, "La manifestation des \"bonnets rouges\"", "take place in", "Quimper"), nullptr) << triples(df);
}

TEST(FactsFr, PronominalVerbsWithDeTakeADirectObjectInEnglish) {
  auto df = run("Le Hezbollah s'est emparé de Qousseir. Paul Girard se serait servi de la DGSE.");
  EXPECT_NE(find(df, "Hezbollah", "seize", "Qousseir"), nullptr) << triples(df);
  EXPECT_NE(find(df, "Paul Girard", "use", "DGSE"), nullptr) << triples(df);
}

TEST(FactsFr, ATitleRightBeforeANameGivesItsRole) {
  // fr.title.role; the first name after the place name starts the person's name
  auto df = run("Le maire de Nantes Martine Durand a reçu Olaf Scholz.");
  const Fact* role = find(df, "Martine Durand", "mayor of", "Nantes");
  ASSERT_NE(role, nullptr) << triples(df);
  EXPECT_EQ(role->provenance.rule, "fr.title.role");
  EXPECT_NE(find(df, "Martine Durand", "receive", "Olaf Scholz"), nullptr) << triples(df);
}

TEST(FactsFr, ANameAfterAPluralOrAMemberNounQualifiesTheSubject) {
  // "les militants CGT": the activists act, not the union; "le syndicat FO": the union
  auto df = run("Les militants CGT ont bloqué la raffinerie de Donges. Le syndicat FO a rencontré Élisabeth Borne.");
  for (const auto& f : df.facts) EXPECT_NE(f.subject.text(), "CGT") << triples(df);
  EXPECT_NE(find(df, "FO", "meet", "Élisabeth Borne"), nullptr) << triples(df);
}

TEST(FactsFr, ANameTheBundledKbKnowsIsAMentionEvenWhenTheRulesMissIt) {
  // "Le Monde" (a capitalised common noun alone) is in the KB's organisations
  auto df = run("Le Monde a révélé les documents de Karim Benali.");
  bool found = false;
  for (const auto& f : df.facts) found = found || (f.subject.is_entity && f.subject.text() == "Le Monde");
  EXPECT_TRUE(found) << triples(df);
  // a longer KB name replaces the rules' shorter mention inside it
  df = run("Le Nouvel Obs a publié les carnets de Karim Benali.");
  EXPECT_NE(find(df, "Le Nouvel Obs", "publish carnet of", "Karim Benali"), nullptr) << triples(df);
  // not a word of the KB in lower case: "le monde entier"
  df = run("Le monde entier a salué Karim Benali.");
  for (const auto& f : df.facts) EXPECT_FALSE(f.subject.is_entity && f.subject.text() != "Karim Benali") << triples(df);
}

TEST(FactsFr, RelativeOuMakesTheAntecedentThePlace) {
  auto df = run("Les soldats sont arrivés en Libye, où la Turquie intervient depuis 2020.");
  const Fact* f = find(df, "Turquie", "intervene in", "Libye");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.rel.ou");
}

TEST(FactsFr, AppositionGivesARoleFact) {
  auto df = run("Olaf Scholz, chancelier de l'Allemagne, est arrivé à Madrid la veille.");
  const Fact* role = find(df, "Olaf Scholz", "chancellor of", "Allemagne");
  ASSERT_NE(role, nullptr) << triples(df);
  EXPECT_EQ(role->provenance.rule, "fr.appos.role");
  // the apposition does not hide the subject from the verb
  const Fact* arrive = find(df, "Olaf Scholz", "arrive to", "Madrid");
  ASSERT_NE(arrive, nullptr) << triples(df);
  EXPECT_EQ(arrive->qualifiers.at("time"), "2021-03-14");  // la veille of 2021-03-15
}

TEST(FactsFr, CopulaWithRoleNoun) {
  auto df = run("Pedro Sánchez est le président du gouvernement de l'Espagne.");
  const Fact* f = find(df, "Pedro Sánchez", "president of", "Espagne");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.copula");
}

TEST(FactsFr, ReportedSpeechAttributesTheInnerFact) {
  auto df = run("Le Kremlin a déclaré que la Russie retirerait ses troupes de Géorgie.");
  ASSERT_EQ(df.facts.size(), 2u) << triples(df);
  // the telling itself: Kremlin —declare→ (what it declared)
  EXPECT_EQ(df.facts[0].provenance.rule, "fr.speech.report");
  EXPECT_EQ(df.facts[0].subject.text(), "Kremlin");
  EXPECT_EQ(df.facts[0].object.text(), "la Russie retirerait ses troupes de Géorgie");
  const Fact& f = df.facts[1];
  EXPECT_EQ(f.subject.text(), "Russie");
  EXPECT_EQ(f.object.text(), "Géorgie");
  EXPECT_EQ(f.predicate.label, "withdraw troops of");
  EXPECT_EQ(f.qualifiers.at("attribution"), "Kremlin");
  EXPECT_EQ(f.modality, Modality::Conditional);
  EXPECT_EQ(f.provenance.rule, "fr.svo.pp+fr.speech.que");
}

TEST(FactsFr, RevealGivesTheSourceATellingFactAndTheInnerFact) {
  auto df = run("Le Guardian a révélé que l'Espagne achetait du gaz à l'Algérie.");
  const Fact* tell = find(df, "Guardian", "reveal", "l'Espagne achetait du gaz à l'Algérie");
  ASSERT_NE(tell, nullptr) << triples(df);
  EXPECT_EQ(tell->provenance.rule, "fr.speech.report");
  EXPECT_FALSE(tell->object.is_entity);
  for (const auto& f : df.facts)
    if (&f != tell) {
      EXPECT_EQ(f.qualifiers.at("attribution"), "Guardian") << triples(df);
    }
}

TEST(FactsFr, OpinionVerbsAttributeButMakeNoTellingFact) {
  auto df = run("Le Danemark estime que la Suède doit aider la Finlande.");
  for (const auto& f : df.facts) EXPECT_NE(f.provenance.rule, "fr.speech.report") << triples(df);
}

TEST(FactsFr, QuestionsAssertNothing) {
  EXPECT_TRUE(run("Le Brésil soutient-il le Chili ?").facts.empty());
  EXPECT_TRUE(run("Le Japon censuré par la Corée ?").facts.empty());
}

TEST(FactsFr, NoFactAcrossAHeadingGluedToTheSentence) {
  auto df = run("Hausse des prix en IrlandeLes habitants de Dublin ont rencontré la Norvège.");
  for (const auto& f : df.facts) EXPECT_NE(f.subject.text(), "Irlande") << triples(df);
  for (const auto& f : df.facts) EXPECT_EQ(f.subject.text().find("IrlandeLes"), std::string::npos) << triples(df);
}

TEST(FactsFr, ARelativeAfterAnAppositionGoesToThePerson) {
  auto df = run("Angela Merkel, chancelière de l'Allemagne, qui a reçu Emmanuel Macron à Berlin, a quitté Paris.");
  EXPECT_NE(find(df, "Angela Merkel", "chancellor of", "Allemagne"), nullptr) << triples(df);
  const Fact* r = find(df, "Angela Merkel", "receive", "Emmanuel Macron");
  ASSERT_NE(r, nullptr) << triples(df);
  EXPECT_EQ(r->provenance.rule, "fr.svo+fr.rel.qui");
  EXPECT_NE(find(df, "Angela Merkel", "leave", "Paris"), nullptr) << triples(df);
  EXPECT_EQ(find(df, "Allemagne", "receive", "Emmanuel Macron"), nullptr) << triples(df);
}

TEST(FactsFr, PassiveAgentNamedInAnApposition) {
  auto df = run("L'accord a été signé par le ministre des Finances, Jean Castex.");
  const Fact* f = find(df, "Jean Castex", "sign", "L'accord");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.passive.par");
}

TEST(FactsFr, AVerbAfterAQuotationIsAnInciseNotAClause) {
  auto df = run("« Nous resterons », a affirmé le porte-parole du gouvernement de l'Ukraine.");
  EXPECT_TRUE(df.facts.empty()) << triples(df);
}

TEST(FactsFr, DemonymsActAsNamedGroups) {
  auto df = run("Les Russes ont bombardé Alep.");
  const Fact* f = find(df, "Russes", "bomb", "Alep");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_TRUE(f->subject.is_entity);
  EXPECT_EQ(f->subject.mention.how, "demonym");
}

TEST(FactsFr, NoFactBetweenTwoOrdinaryNounGroups) {
  // nothing named at either end and no titled actor: connects nothing in the graph
  EXPECT_TRUE(run("Les jardins ont accueilli des visiteurs.").facts.empty());
  // a titled actor keeps its fact, with its complement
  auto df = run("Le ministre de l'Intérieur a interdit les manifestations.");
  EXPECT_NE(find(df, "Le ministre de l'Intérieur", "ban", "les manifestations"), nullptr) << triples(df);
}

TEST(FactsFr, PluralPronounsMakeNoFact) {
  auto df = run("La Lettonie et la Lituanie ont signé un accord. Ils ont rencontré l'Estonie.");
  for (const auto& f : df.facts) EXPECT_EQ(f.predicate.label.find("meet"), std::string::npos) << triples(df);
}

TEST(FactsFr, NegationWithoutNeInHeadlines) {
  auto df = run("Les Islandais pas convaincus par la Norvège.");
  for (const auto& f : df.facts) EXPECT_TRUE(f.negated) << triples(df);
}

TEST(FactsFr, SelonAttributesTheSentence) {
  auto df = run("Selon l'Espagne, le Maroc a fermé sa frontière avec l'Algérie.");
  const Fact* f = find(df, "Maroc", "close border with", "Algérie");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->qualifiers.at("attribution"), "Espagne");
  EXPECT_EQ(f->modality, Modality::Reported);
  EXPECT_EQ(f->provenance.rule, "fr.svo.pp+fr.speech.selon");
}

TEST(FactsFr, CoordinationGivesOneFactPerConjunct) {
  auto subjects = run("La Belgique et les Pays-Bas soutiennent la Grèce.");
  EXPECT_NE(find(subjects, "Belgique", "support", "Grèce"), nullptr) << triples(subjects);
  EXPECT_NE(find(subjects, "Pays-Bas", "support", "Grèce"), nullptr) << triples(subjects);
  auto objects = run("Le Canada a signé un accord avec le Mexique et le Chili.");
  EXPECT_NE(find(objects, "Canada", "sign agreement with", "Mexique"), nullptr) << triples(objects);
  EXPECT_NE(find(objects, "Canada", "sign agreement with", "Chili"), nullptr) << triples(objects);
}

TEST(FactsFr, NegationIsNeverAPositiveFact) {
  auto df = run("La Suisse ne reconnaît pas le Kosovo.");
  ASSERT_EQ(df.facts.size(), 1u) << triples(df);
  EXPECT_TRUE(df.facts[0].negated);
  EXPECT_EQ(df.facts[0].predicate.label, "recognise");
}

TEST(FactsFr, ModalVerbIsHypothetical) {
  auto df = run("L'Italie pourrait quitter l'accord avec la Tunisie.");
  ASSERT_FALSE(df.facts.empty()) << triples(df);
  EXPECT_EQ(df.facts[0].modality, Modality::Hypothetical);
  EXPECT_EQ(df.facts[0].predicate.source, "quitter accord avec");
}

TEST(FactsFr, PronounGoesToTheNearestCompatibleSubject) {
  auto df = run("La Pologne accueille des réfugiés. Elle soutient aussi la Moldavie.");
  const Fact* f = find(df, "Pologne", "support", "Moldavie");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.sentence, 1u);
  EXPECT_EQ(f->subject.mention.via, "pronoun:Elle");
  EXPECT_EQ(f->provenance.rule, "fr.svo+fr.pron");
}

TEST(FactsFr, ProvenanceSpansLieInTheSentence) {
  std::string text = "La France soutient l'Ukraine. Le Canada a signé un accord avec le Mexique.";
  auto df = run(text);
  ASSERT_EQ(df.facts.size(), 2u) << triples(df);
  for (const auto& f : df.facts) {
    EXPECT_LT(f.provenance.begin, f.provenance.end);
    EXPECT_LE(f.provenance.end, text.size());
    std::string span = text.substr(f.provenance.begin, f.provenance.end - f.provenance.begin);
    EXPECT_NE(f.provenance.sentence_text.find(span), std::string::npos) << span;
    EXPECT_EQ(text.substr(f.subject.mention.begin, f.subject.mention.end - f.subject.mention.begin),
              f.subject.text());
  }
}

TEST(FactsFr, ConfidenceRanksNamedEndsAboveConcepts) {
  auto df = run("La France soutient l'Ukraine. Le ministre a rencontré la délégation.");
  ASSERT_EQ(df.facts.size(), 2u) << triples(df);
  EXPECT_GT(df.facts[0].confidence, df.facts[1].confidence);
  for (const auto& f : df.facts) {
    EXPECT_GE(f.confidence, 0.0);
    EXPECT_LE(f.confidence, 1.0);
  }
}

// --- role descriptions, pronouns, compound roles, "dont", nominal relations ---

bool has_rule(const Fact& f, const std::string& rule) {
  return ("+" + f.provenance.rule + "+").find("+" + rule + "+") != std::string::npos;
}

TEST(FactsFr, DefiniteRoleDescriptionStandsForThePersonWhoActedBefore) {
  // fr.coref.role: the person who acted in the sentence before, not the one acted upon
  auto df = run("Angela Merkel a reçu Emmanuel Macron à Berlin. La chancelière allemande a annoncé que "
                "l'Allemagne financerait le projet.");
  const Fact* f = find(df, "Angela Merkel", "announce", "l'Allemagne financerait le projet");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_TRUE(has_rule(*f, "fr.coref.role"));
  EXPECT_EQ(f->subject.mention.via, "role:La chancelière allemande");
  const Fact* inner = find(df, "Allemagne", "finance", "le projet");
  ASSERT_NE(inner, nullptr) << triples(df);
  EXPECT_EQ(inner->qualifiers.at("attribution"), "Angela Merkel");
  for (const auto& g : df.facts) EXPECT_NE(g.subject.text(), "Emmanuel Macron") << triples(df);
}

TEST(FactsFr, RoleTiedToANamedInstitutionIsNotResolved) {
  auto df = run("Jean Castex a visité Lyon. Le président du Sénat a critiqué la réforme.");
  for (const auto& f : df.facts) EXPECT_FALSE(has_rule(f, "fr.coref.role")) << triples(df);
  // a compound title is no institution: "le chef de l'Etat" is the head of state named before
  df = run("Emmanuel Macron a visité Lyon. Le chef de l'Etat a inauguré le musée.");
  const Fact* f = find(df, "Emmanuel Macron", "inaugurate", "le musée");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_TRUE(has_rule(*f, "fr.coref.role"));
}

TEST(FactsFr, PronounAfterAnUnnamedSubjectOfItsSentenceStaysUnresolved) {
  // "il" is the club's boss of the clause before, not the man named a sentence back
  auto df = run("Marc Durand a quitté Lyon. Le patron du club a réagi : il rejoint Marseille.");
  EXPECT_EQ(find(df, "Marc Durand", "join", "Marseille"), nullptr) << triples(df);
}

TEST(FactsFr, VerbRightAfterAQuoteBeforeItsSubjectIsAnIncise) {
  auto df = run("« C'est une honte pour Renault » s'insurgeait le syndicat dans un communiqué.");
  for (const auto& f : df.facts) EXPECT_NE(f.object.text(), "le syndicat") << triples(df);
}

TEST(FactsFr, PronounPrefersTheNearerSubjectOverAGenderedOlderOne) {
  // "Le Kremlin" (masculine, a sentence back) must not win over the subject of
  // the pronoun's own sentence, whose gender the text does not give
  auto df = run("Le Kremlin a démenti l'information. Hier, Lefèvre a quitté Moscou, puis il a rejoint Kiev.");
  const Fact* f = find(df, "Lefèvre", "join", "Kiev");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->subject.mention.via, "pronoun:il");
}

TEST(FactsFr, ElleDoesNotGoToAManByHisFirstName) {
  auto df = run("Marie Dubois a présenté le budget. Pierre Martin a critiqué le texte. "
                "Elle a défendu la réforme devant le Sénat.");
  EXPECT_NE(find(df, "Marie Dubois", "defend", "la réforme"), nullptr) << triples(df);
  EXPECT_EQ(find(df, "Pierre Martin", "defend", "la réforme"), nullptr) << triples(df);
}

TEST(FactsFr, CompoundRolesTranslateAsUnits) {
  auto df = run("Paul Durand, ministre des Affaires étrangères de la Belgique, a rencontré Antony Blinken.");
  EXPECT_NE(find(df, "Paul Durand", "foreign minister of", "Belgique"), nullptr) << triples(df);
  df = run("Jacques Morel, chef d'état-major de l'armée de Belgique, a démissionné.");
  EXPECT_NE(find(df, "Jacques Morel", "chief of staff of", "Belgique"), nullptr) << triples(df);
  df = run("Marc Lenoir est le porte-parole de Greenpeace.");
  EXPECT_NE(find(df, "Marc Lenoir", "spokesperson of", "Greenpeace"), nullptr) << triples(df);
}

TEST(FactsFr, DontFillsTheDeComplementWithTheAntecedent) {
  auto df = run("La société Danone, dont Antoine de Saint-Affrique est le directeur général, a vendu sa filiale.");
  const Fact* f = find(df, "Antoine de Saint-Affrique", "director general of", "Danone");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.rel.dont");
  df = run("Airbus, dont l'Etat détient 11 % du capital, a annoncé des suppressions de postes.");
  EXPECT_NE(find(df, "l'Etat", "hold capital of", "Airbus"), nullptr) << triples(df);
  // and the main clause is not taken for an incise ("…, a annoncé X")
  EXPECT_NE(find(df, "Airbus", "announce", "des suppressions de postes"), nullptr) << triples(df);
}

TEST(FactsFr, SpeechVerbBeforeItsInvertedSourceIsAnIncise) {
  auto df = run("Bruxelles a validé le plan, rapporte lundi Le Figaro.");
  for (const auto& f : df.facts) EXPECT_EQ(f.predicate.source, "valider") << triples(df);
}

TEST(FactsFr, UnknownVerbFormsGetTheirInfinitive) {
  // FR-G10: "fustigé" is not in the dictionary; its lemma is guessed, so it translates
  auto df = run("Le syndicat Force ouvrière a fustigé la réforme.");
  ASSERT_FALSE(df.facts.empty()) << triples(df);
  EXPECT_EQ(df.facts[0].predicate.source, "fustiger");
  EXPECT_TRUE(df.facts[0].predicate.translated);
}

TEST(FactsFr, CommonVerbWinsOverItsRareHomograph) {
  // FR-P9: "ouvrait" is ouvrir, not the rare ouvrer
  auto df = run("Le Louvre ouvrait une exposition à Lens.");
  ASSERT_FALSE(df.facts.empty()) << triples(df);
  EXPECT_EQ(df.facts[0].predicate.source.rfind("ouvrir", 0), 0u) << df.facts[0].predicate.source;
}

TEST(FactsFr, ParticipleWithParGivesTheAgentItsAct) {
  auto df = run("Le juge a lu les documents transmis mardi par Europol.");
  const Fact* f = find(df, "Europol", "transmit", "les documents");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.participle.par");
  // the agent belongs to the participle, not to "lire"
  for (const auto& g : df.facts) EXPECT_NE(g.object.text(), "Europol") << triples(df);
}

TEST(FactsFr, AnnouncedActionNounGivesTheActItself) {
  auto df = run("La Norvège a annoncé une augmentation de son aide militaire à l'Ukraine.");
  EXPECT_NE(find(df, "Norvège", "announce", "une augmentation de son aide militaire à l'Ukraine"), nullptr)
      << triples(df);
  const Fact* f = find(df, "Norvège", "increase aid to", "Ukraine");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->provenance.rule, "fr.nominal");
  EXPECT_EQ(f->modality, Modality::Future);
  EXPECT_LT(f->confidence, 0.7);
}

TEST(FactsFr, NationalForceIsAnOrganisation) {
  auto df = run("L'armée turque a bombardé Kobané.");
  const Fact* f = find(df, "armée turque", "bomb", "Kobané");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_TRUE(f->subject.is_entity);
  EXPECT_EQ(f->subject.mention.type, "ORG");
}

TEST(FactsFr, QuotedNounGroupBeforeItsVerbIsTheSubject) {
  auto df = run("Le ministre a estimé qu'« une nouvelle crise » frappait la Grèce.");
  bool found = false;
  for (const auto& f : df.facts) found |= f.subject.text() == "une nouvelle crise" && f.object.text() == "Grèce";
  EXPECT_TRUE(found) << triples(df);
}

TEST(FactsFr, TitleBetweenCommasNamesThePersonAfterIt) {
  auto df = run("Le ministre de la Santé, Olivier Véran, a visité Marseille.");
  const Fact* f = find(df, "Olivier Véran", "visit", "Marseille");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_TRUE(has_rule(*f, "fr.subj.appos"));
}

TEST(FactsFr, PronominalCompoundTenseIsActive) {
  auto df = run("Le député s'est rendu à Bruxelles.");
  const Fact* f = find(df, "Le député", "go to", "Bruxelles");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->predicate.source, "se rendre à");
}

TEST(FactsFr, NameAfterATitleInsideAComplementIsNotTheSubject) {
  auto df = run("Une panne pendant la visite du ministre Dupont a conduit à une coupure.");
  for (const auto& f : df.facts) EXPECT_NE(f.subject.text(), "Dupont") << triples(df);
}

TEST(FactsFr, QuotedWordsAfterASpeechVerbAreNoObject) {
  auto df = run("Sur Europe 1, Jean Dupuis avait déclaré \"Lyon n'a jamais été aussi belle\".");
  EXPECT_EQ(find(df, "Jean Dupuis", "declare", "Lyon"), nullptr) << triples(df);
  // a quoted noun group is still an object
  df = run("Le Portugal a dénoncé une \"violation manifeste\" du traité par l'Espagne.");
  bool found = false;
  for (const auto& f : df.facts) found |= f.subject.text() == "Portugal" && f.predicate.source == "dénoncer";
  EXPECT_TRUE(found) << triples(df);
}

TEST(FactsFr, InstitutionAfterASpeechVerbIsTheInvertedSubject) {
  auto df = run("Le navire voulait rejoindre la Belgique, a indiqué la préfecture maritime.");
  for (const auto& f : df.facts) EXPECT_NE(f.object.text(), "la préfecture maritime") << triples(df);
}

TEST(FactsFr, ParticipleHeadlineKeepsTheNounOfItsDeComplement) {
  auto df = run("Le frère de Jean Valmont interpellé par Interpol");
  const Fact* f = find(df, "Interpol", "arrest", "Le frère de Jean Valmont");
  ASSERT_NE(f, nullptr) << triples(df);
}

TEST(FactsFr, AccentedMasculineFirstNameIsNoAntecedentOfElle) {
  auto df = run("René Dubreuil a quitté la région. Elle a perdu son maire.");
  for (const auto& f : df.facts) EXPECT_NE(f.subject.mention.via, "pronoun:Elle") << triples(df);
}

TEST(FactsFr, ConditionInThePresentIsHypotheticalAConcessiveSiIsNot) {
  auto df = run("Si les Belges s'en tiennent à cette position, la Belgique quittera l'Union. "
                "Si Pierre Lenoir n'a pas commenté, la Belgique a signé l'accord.");
  const Fact* f = find(df, "Belges", "stick to", "cette position");
  ASSERT_NE(f, nullptr) << triples(df);
  EXPECT_EQ(f->modality, Modality::Hypothetical);
  const Fact* g = find(df, "Belgique", "sign", "l'accord");
  ASSERT_NE(g, nullptr) << triples(df);
  EXPECT_EQ(g->modality, Modality::Asserted);
}

TEST(FactsFr, DislocatedCestMakesNoCopulaFact) {
  auto df = run("Les jeunes de Lyon, c'est ma France.");
  EXPECT_TRUE(df.facts.empty()) << triples(df);
}

TEST(FactsFr, ImpersonalIlOfExisterIsNoPerson) {
  auto df = run("Pierre Lenoir a quitté Lyon. Il peut exister un décalage entre Paris et Lyon.");
  for (const auto& f : df.facts) EXPECT_NE(f.predicate.source, "exister") << triples(df);
}

TEST(FactsFr, RendreHommageIsPayTribute) {
  auto df = run("Le maire Paul Verdier a rendu hommage à Victor Hugo.");
  EXPECT_NE(find(df, "Paul Verdier", "pay tribute to", "Victor Hugo"), nullptr) << triples(df);
  df = run("Le maire de Lyon a rendu un long hommage à Victor Hugo.");
  EXPECT_NE(find(df, "Le maire", "pay tribute to", "Victor Hugo"), nullptr) << triples(df);
}

TEST(FactsFr, SampleTextMatchesGolden) {
  std::string text = test::read_file(test::data_path("facts/fr_sample.txt"));
  ASSERT_FALSE(text.empty());
  Document d;
  d.id = "fr_sample";
  d.lang = "fr";
  d.date = "2021-03-15";
  d.text = text;
  auto df = fixture().extractor->extract(fixture().analyser->analyse(std::move(d)));
  std::string tsv;
  for (const auto& f : df.facts) append_fact_tsv(f, tsv);
  test::expect_golden("facts_fr_sample.tsv", tsv);
}

TEST(FactsFr, JsonlCarriesLabelsSpanAndRule) {
  auto df = run("La France soutient l'Ukraine.");
  ASSERT_EQ(df.facts.size(), 1u);
  std::string line;
  append_fact_jsonl(df.facts[0], line);
  EXPECT_NE(line.find("\"label\":\"support\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"source\":\"soutenir\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"rule\":\"fr.svo\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"span\":[3,28]"), std::string::npos) << line;
  EXPECT_EQ(line.back(), '\n');
}

}  // namespace
}  // namespace kg::extract
