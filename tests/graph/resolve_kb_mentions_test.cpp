// KB names of an analysed document as mentions: the agent cue for metonymy,
// names inside longer proper names, acronyms the text expands, demonyms.
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
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"United Nations=United_Nations|kb.label",
                                                   "UN=United_Nations|kb.acronym"}));
}

TEST(KbMentions, DemonymsCountOnlyWhenThePeopleAct) {
  auto d = doc_of("fr", {"Les/DET Russes/NOUN ont/AUX annoncé/VERB ./PUNCT",
                         "L'/DET armée/NOUN russe/ADJ avance/VERB ./PUNCT"});
  // "russe" qualifies "armée" (it follows a noun), even though a verb follows it.
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"Russes=Russia|kb.demonym"}));
}

TEST(KbMentions, MultiwordTokenOfTheAnalyser) {
  auto d = doc_of("fr", {"La/DET Fédération_de_Russie/PROPN a/AUX voté/VERB ./PUNCT"});
  EXPECT_EQ(resolved(d), (std::vector<std::string>{"Fédération de Russie=Russia|kb.alias"}));
}

}  // namespace
