// KB names of an analysed document as mentions: the agent cue for metonymy,
// names inside longer proper names, acronyms the text expands, demonyms.
#include "graph/resolve/document_context.h"
#include "graph/resolve/entity_registry.h"
#include "graph/resolve/kb_mentions.h"

#include <gtest/gtest.h>

namespace {

using kg::extract::AnalysedDocument;

const std::shared_ptr<const kg::ontology::KnowledgeBase>& kb() {
  static auto k = kg::ontology::KnowledgeBase::load();
  return k;
}

// A one-sentence document from "surface/UPOS" tokens separated by spaces
// ("Moscou/PROPN annonce/VERB"); "_" inside a surface stands for a space.
AnalysedDocument doc_of(const std::string& lang, const std::vector<std::string>& sentences) {
  AnalysedDocument d;
  d.doc.id = "t";
  d.doc.lang = lang;
  for (const std::string& s : sentences) {
    kg::extract::Sentence sent;
    sent.begin = static_cast<std::uint32_t>(d.doc.text.size());
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t j = s.find(' ', i);
      if (j == std::string::npos) j = s.size();
      std::string tok = s.substr(i, j - i);
      std::size_t slash = tok.rfind('/');
      std::string surface = tok.substr(0, slash);
      for (char& c : surface)
        if (c == '_') c = ' ';
      if (!d.doc.text.empty() && d.doc.text.back() != '\n') d.doc.text += ' ';
      kg::extract::Token t;
      t.begin = static_cast<std::uint32_t>(d.doc.text.size());
      d.doc.text += surface;
      t.end = static_cast<std::uint32_t>(d.doc.text.size());
      t.surface = surface;
      t.words.push_back({surface, surface, "", tok.substr(slash + 1), false});
      sent.tokens.push_back(t);
      i = j + 1;
    }
    sent.end = static_cast<std::uint32_t>(d.doc.text.size());
    d.sentences.push_back(sent);
    d.doc.text += '\n';
  }
  return d;
}

// "surface=entity|rule" for each mention after resolution.
std::vector<std::string> resolved(const AnalysedDocument& d) {
  auto mentions = kg::graph::kb_mentions(*kb(), d);
  kg::graph::Resolver resolver(kb());
  kg::graph::EntityRegistry reg;
  auto ids = reg.add_document(d.doc.id, mentions, resolver.resolve(mentions));
  auto records = reg.explanations();
  std::vector<std::string> out;
  for (const auto& r : records) out.push_back(r.mention + "=" + r.entity + "|" + r.rule);
  return out;
}

TEST(KbMentions, CapitalActingIsTheStateElsewhereTheCity) {
  auto d = doc_of("fr", {"Moscou/PROPN annonce/VERB son/DET retrait/NOUN ./PUNCT",
                         "Le/DET sommet/NOUN aura/AUX lieu/NOUN à/ADP Moscou/PROPN ./PUNCT",
                         "À/ADP Moscou/PROPN ,/PUNCT le/DET Kremlin/PROPN a/AUX démenti/VERB ./PUNCT"});
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"Moscou=Russia|kb.metonym", "Moscou=Moscow|kb.label",
                                                   "Moscou=Moscow|kb.label", "Kremlin=Russia|kb.metonym"}));
}

TEST(KbMentions, NameInsideALongerProperNameIsLeftOut) {
  auto d = doc_of("en", {"Jordan/PROPN De/PROPN Goey/PROPN ran/VERB in/ADP Jordan/PROPN ./PUNCT",
                         "President/PROPN Emmanuel/PROPN Macron/PROPN spoke/VERB ./PUNCT"});
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"Jordan=Jordan|kb.label",
                                                   "Emmanuel Macron=Emmanuel_Macron|kb.label"}));
}

TEST(KbMentions, AcronymExpandedByTheTextIsNotTheKbOne) {
  auto d = doc_of("en", {"The/DET artificial/ADJ pancreas/NOUN (/PUNCT AP/PROPN )/PUNCT works/VERB ./PUNCT",
                         "AP/PROPN research/NOUN grows/VERB ./PUNCT",
                         "The/DET United/PROPN Nations/PROPN (/PUNCT UN/PROPN )/PUNCT met/VERB ./PUNCT"});
  // The text's own AP stays a name, never the Associated Press (not_kb).
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"AP=Organization_ap|doc.new", "AP=Organization_ap|doc.same_name",
                                                   "United Nations=United_Nations|kb.label",
                                                   "UN=United_Nations|kb.acronym"}));
}

TEST(KbMentions, DemonymsAsNounsAreThePeopleAsAdjectivesNothing) {
  auto d = doc_of("fr", {"Les/DET Russes/NOUN ont/AUX annoncé/VERB ./PUNCT",
                         "L'/DET armée/NOUN russe/ADJ avance/VERB ./PUNCT",
                         "Deux/NUM Français/NOUN ,/PUNCT selon/ADP le/DET Quai/PROPN"});
  // "russe" qualifies "armée" (it follows a noun), even though a verb follows it;
  // "Français" heads its noun group without acting: still the people.
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"Russes=Russia_people|kb.people",
                                                   "Français=France_people|kb.people"}));
  auto e = doc_of("en", {"Most/ADJ Britons/NOUN think/VERB so/ADV ./PUNCT",
                         "British/ADJ officials/NOUN agreed/VERB ./PUNCT"});
  EXPECT_EQ(resolved(e), (std::vector<std::string>{"Britons=United_Kingdom_people|kb.people"}));
}

TEST(KbMentions, FrenchDemonymInLowerCaseIsNoMention) {
  // "brésiliens" qualifies "clubs" from afar; tagged as a noun before a verb it
  // would otherwise head its group and act.
  auto d = doc_of("fr", {"Des/DET clubs/NOUN sportifs/ADJ brésiliens/NOUN ont/AUX protesté/VERB ./PUNCT",
                         "Les/DET Brésiliens/NOUN ont/AUX voté/VERB ./PUNCT"});
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"Brésiliens=Brazil_people|kb.people"}));
}

TEST(DocumentContext, SportsNewsNeedsAStrongCueAndEnoughEvidence) {
  auto rugby = doc_of("en", {"Tonga/PROPN beat/VERB Samoa/PROPN 19-15/NUM in/ADP the/DET World/PROPN Cup/PROPN ./PUNCT",
                             "The/DET coach/NOUN praised/VERB the/DET flanker/NOUN in/ADP Tonga/PROPN ./PUNCT"});
  EXPECT_TRUE(kg::graph::is_sports_document(rugby));
  // Ordinary words that sports also uses are not enough ("win", "defeat", "points").
  auto politics = doc_of("en", {"Cameron/PROPN failed/VERB to/PART win/VERB the/DET vote/NOUN ./PUNCT",
                                "The/DET defeat/NOUN cost/VERB him/PRON points/NOUN in/ADP Britain/PROPN ./PUNCT"});
  EXPECT_FALSE(kg::graph::is_sports_document(politics));
  auto fr = doc_of("fr", {"Le/DET sélectionneur/NOUN a/AUX vu/VERB la/DET France/PROPN battre/VERB l'/DET "
                          "Angleterre/PROPN 24-10/NUM au/ADP stade/NOUN ./PUNCT"});
  EXPECT_TRUE(kg::graph::is_sports_document(fr));
}

TEST(DocumentContext, TeamsInSportsNewsPlacesAfterAPreposition) {
  auto d = doc_of("en", {"Tonga/PROPN beat/VERB Samoa/PROPN 19-15/NUM in/ADP the/DET World/PROPN Cup/PROPN ./PUNCT",
                         "The/DET coach/NOUN praised/VERB the/DET flanker/NOUN in/ADP Tonga/PROPN ./PUNCT"});
  auto mentions = kg::graph::kb_mentions(*kb(), d);
  kg::graph::mark_team_mentions(d, mentions);
  kg::graph::Resolver resolver(kb());
  kg::graph::EntityRegistry reg;
  reg.add_document(d.doc.id, mentions, resolver.resolve(mentions));
  std::vector<std::string> out;
  for (const auto& r : reg.explanations()) out.push_back(r.mention + "=" + r.entity + "|" + r.rule);
  EXPECT_EQ(out, (std::vector<std::string>{"Tonga=Organization_tonga|doc.team", "Samoa=Organization_samoa|doc.team",
                                           "Tonga=Tonga|kb.label"}));
}

TEST(KbMentions, MultiwordTokenOfTheAnalyser) {
  auto d = doc_of("fr", {"La/DET Fédération_de_Russie/PROPN a/AUX voté/VERB ./PUNCT"});
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"Fédération de Russie=Russia|kb.alias"}));
}

}  // namespace
