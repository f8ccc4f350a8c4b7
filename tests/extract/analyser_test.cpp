// The analyser on real Apertium data: Universal POS and lemmas as UD writes
// them for the cases the language rules (extract/lang/fr, extract/lang/en)
// handle, contractions as multiword tokens, multiword lexical units split into
// words, exact token spans and sentence splitting. Sentences are our own.
#include "extract/analyse/analyser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace kg::extract {
namespace {

bool language_installed(const std::string& lang) {
  const char* pair = lang == "fr" ? "/apertium-fr-es/fr-es.prob" : "/apertium-eng-spa/eng-spa.prob";
  return std::filesystem::exists(std::string(KG_APERTIUM_DATA_DIR) + pair);
}

// One Analyser per language for the whole suite (loading takes a moment).
Analyser& analyser(const std::string& lang) {
  static std::map<std::string, std::unique_ptr<Analyser>> cache;
  auto& a = cache[lang];
  if (!a) a = std::make_unique<Analyser>(load_language(lang));
  return *a;
}

AnalysedDocument analyse(const std::string& lang, const std::string& text) {
  Document d;
  d.id = "t";
  d.lang = lang;
  d.text = text;
  return analyser(lang).analyse(std::move(d));
}

// "DET NOUN ADP ..." over every word of every sentence.
std::string upos_sequence(const AnalysedDocument& doc) {
  std::ostringstream out;
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens)
      for (const auto& w : t.words) out << (out.tellp() > 0 ? " " : "") << w.upos;
  return out.str();
}

// The word whose form is `form` (the first one), or nullptr.
const Word* find_word(const AnalysedDocument& doc, const std::string& form) {
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens)
      for (const auto& w : t.words)
        if (w.form == form) return &w;
  return nullptr;
}

struct UposCase {
  const char* rule;  // what the case checks
  const char* lang;
  const char* text;
  const char* upos;
};

const UposCase kCases[] = {
    {"du = de + le; indefinite des = one DET; avoir + participle = AUX", "fr",
     "Le maire du village a acheté des pommes.", "DET NOUN ADP DET NOUN AUX VERB DET NOUN PUNCT"},
    {"clitic la and en before a verb are pronouns", "fr", "Elle la regarde et en mange trois.",
     "PRON PRON VERB CCONJ PRON VERB NUM PUNCT"},
    {"en before a noun is a preposition; 'à cause de' is three words", "fr",
     "Il est parti en voiture à cause de la pluie.", "PRON AUX VERB ADP NOUN ADP NOUN ADP DET NOUN PUNCT"},
    {"'3,5 %' is a number and a symbol", "fr", "Les prix ont augmenté de 3,5 % en un an.",
     "DET NOUN AUX VERB ADP NUM SYM ADP DET NOUN PUNCT"},
    {"completive and comparative que are SCONJ", "fr", "Je pense qu'il viendra, ainsi que sa sœur.",
     "PRON VERB SCONJ PRON VERB PUNCT ADV SCONJ DET NOUN PUNCT"},
    {"relative que after its antecedent is PRON", "fr", "Marie a vu le film que Paul aime.",
     "PROPN AUX VERB DET NOUN PRON PROPN VERB PUNCT"},
    {"des after a noun = de + les; un des = PRON; article + participle = NOUN", "fr",
     "Le président des États-Unis est un des invités.", "DET NOUN ADP DET PROPN AUX PRON ADP DET NOUN PUNCT"},
    {"causative faire is AUX; ce qui is PRON", "fr", "Il fait venir ce qui reste.",
     "PRON AUX VERB PRON PRON VERB PUNCT"},
    {"unknown verb after a subject clitic", "fr", "Elle sprinte vers la sortie.",
     "PRON VERB ADP DET NOUN PUNCT"},
    {"I is a pronoun; possessives are PRON; to + verb is PART; because is SCONJ", "en",
     "I think my brother wants to move to Boston because his job is there.",
     "PRON VERB PRON NOUN VERB PART VERB ADP PROPN SCONJ PRON NOUN AUX ADV PUNCT"},
    {"other is ADJ; after + clause is SCONJ", "en", "They bought the other house after it was sold.",
     "PRON VERB DET ADJ NOUN SCONJ PRON AUX VERB PUNCT"},
    {"a preposition before a gerund is SCONJ", "en", "We are thinking of selling it.",
     "PRON AUX VERB SCONJ VERB PRON PUNCT"},
    {"genitive 's, didn't = did + n't, particle before a noun phrase", "en",
     "The dog's owner didn't pick up the ball.", "DET NOUN PART NOUN AUX PART VERB ADP DET NOUN PUNCT"},
    {"lower-case i is the subject pronoun and a verb follows it", "en", "i need help with her car.",
     "PRON VERB NOUN ADP PRON NOUN PUNCT"},
    {"please is INTJ", "en", "Please call me.", "INTJ VERB PRON PUNCT"},
    {"existential there is PRON and its be a VERB; some is DET alone", "en", "There are some in the box.",
     "PRON VERB DET ADP DET NOUN PUNCT"},
    {"demonstrative alone is PRON, before a noun DET", "en", "That is what this man said.",
     "PRON AUX PRON DET NOUN VERB PUNCT"},
};

class AnalyserUpos : public ::testing::TestWithParam<UposCase> {};

TEST_P(AnalyserUpos, MatchesUniversalDependencies) {
  const UposCase& c = GetParam();
  if (!language_installed(c.lang)) GTEST_SKIP() << "Apertium data for " << c.lang << " not installed";
  EXPECT_EQ(upos_sequence(analyse(c.lang, c.text)), c.upos) << c.rule << "\n  text: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Rules, AnalyserUpos, ::testing::ValuesIn(kCases));

class AnalyserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!language_installed("fr") || !language_installed("en")) GTEST_SKIP() << "Apertium data not installed";
  }
};

TEST_F(AnalyserTest, ContractionIsAMultiwordToken) {
  auto doc = analyse("fr", "Il parle du président des États-Unis aux journalistes.");
  ASSERT_EQ(doc.sentences.size(), 1u);
  std::vector<const Token*> contractions;
  for (const auto& t : doc.sentences[0].tokens)
    if (t.words.size() > 1) contractions.push_back(&t);
  ASSERT_EQ(contractions.size(), 3u);
  EXPECT_EQ(contractions[0]->surface, "du");
  EXPECT_EQ(contractions[0]->words[0].form, "de");
  EXPECT_EQ(contractions[0]->words[0].upos, "ADP");
  EXPECT_EQ(contractions[0]->words[1].form, "le");
  EXPECT_EQ(contractions[0]->words[1].upos, "DET");
  EXPECT_EQ(contractions[1]->surface, "des");  // after a noun: de + les
  EXPECT_EQ(contractions[1]->words[1].form, "les");
  EXPECT_EQ(contractions[2]->surface, "aux");
  EXPECT_EQ(contractions[2]->words[0].form, "à");
  EXPECT_EQ(contractions[2]->words[1].form, "les");
}

TEST_F(AnalyserTest, TokenRangesAreExactBytes) {
  const std::string text = "L'économie a progressé de 3,5 % grâce à l'État — selon M. Dupont.\nIt's fine.";
  auto doc = analyse("fr", text);
  std::string covered;
  std::uint32_t last_end = 0;
  for (const auto& s : doc.sentences) {
    EXPECT_LE(s.begin, s.end);
    for (const auto& t : s.tokens) {
      ASSERT_LE(t.end, text.size());
      EXPECT_LE(last_end, t.begin) << "tokens in order, not overlapping";
      EXPECT_EQ(t.surface, text.substr(t.begin, t.end - t.begin));
      EXPECT_FALSE(t.words.empty());
      covered += t.surface;
      last_end = t.end;
    }
  }
  std::string non_space;
  for (char c : text)
    if (c != ' ' && c != '\n') non_space += c;
  std::string covered_non_space;
  for (char c : covered)
    if (c != ' ' && c != '\n') covered_non_space += c;
  EXPECT_EQ(covered_non_space, non_space) << "every non-space byte lies in one token";
}

TEST_F(AnalyserTest, MultiwordUnitIsSplitIntoWordsWithTheirOwnSpans) {
  const std::string text = "Il reste à cause de la neige.";
  auto doc = analyse("fr", text);
  ASSERT_EQ(doc.sentences.size(), 1u);
  const auto& toks = doc.sentences[0].tokens;
  ASSERT_GE(toks.size(), 5u);
  EXPECT_EQ(toks[2].surface, "à");
  EXPECT_EQ(toks[3].surface, "cause");
  EXPECT_EQ(text.substr(toks[3].begin, toks[3].end - toks[3].begin), "cause");
  EXPECT_EQ(toks[3].words[0].upos, "NOUN");
  EXPECT_EQ(toks[4].surface, "de");
}

TEST_F(AnalyserTest, NumberWithDigitGroupsStaysOneToken) {
  auto doc = analyse("fr", "Il y a 2 500 habitants et 1 000 000 euros.");
  for (const char* n : {"2 500", "1 000 000"}) {
    const Word* w = find_word(doc, n);
    ASSERT_NE(w, nullptr) << n;
    EXPECT_EQ(w->upos, "NUM");
  }
  // An indefinite "des" is one DET word.
  auto des = analyse("fr", "Elle achète des livres.");
  const Word* d = find_word(des, "des");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->upos, "DET");
  EXPECT_EQ(d->lemma, "un");
}

// Every token and word of a document: "surface[form/lemma/UPOS ...] ...".
std::string token_dump(const AnalysedDocument& doc) {
  std::ostringstream out;
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens) {
      out << t.begin << ':' << t.surface << '[';
      for (const auto& w : t.words) out << w.form << '/' << w.lemma << '/' << w.upos << ' ';
      out << "] ";
    }
  return out.str();
}

TEST_F(AnalyserTest, WordsSeenBeforeStillJoinMultiwordsAndNumbers) {
  // The analyser reuses what the dictionary said of a word it has met: a
  // word first met alone ("à", "cause", "2", "parce") must still be read as
  // part of a multiword unit or a number in digit groups later on.
  Document first;
  first.id = "first";
  first.lang = "fr";
  first.text = "Il part à midi pour une bonne cause. Il a 2 enfants, parce qu'il travaille, et 500 euros.";
  Document second;
  second.id = "second";
  second.lang = "fr";
  second.text = "Il reste à cause de la neige, parce qu'il a 2 500 moutons à partir de demain.";
  Analyser warm(load_language("fr"));
  warm.analyse(first);
  AnalysedDocument after = warm.analyse(second);
  Analyser cold(load_language("fr"));
  AnalysedDocument alone = cold.analyse(second);
  EXPECT_EQ(token_dump(after), token_dump(alone));
  const Word* number = find_word(after, "2 500");
  ASSERT_NE(number, nullptr) << token_dump(after);
  EXPECT_EQ(number->upos, "NUM");
  const auto& toks = after.sentences.at(0).tokens;
  ASSERT_GE(toks.size(), 5u);
  EXPECT_EQ(toks[2].surface, "à");
  EXPECT_EQ(toks[3].surface, "cause");
  EXPECT_EQ(toks[3].words[0].upos, "NOUN");  // the word of "à cause de", as UD writes it
}

TEST_F(AnalyserTest, SentenceSplitting) {
  auto two = analyse("fr", "M. Dupont est arrivé. Il a parlé.");
  ASSERT_EQ(two.sentences.size(), 2u);
  EXPECT_EQ(two.sentences[0].tokens[0].surface, "M.");
  EXPECT_EQ(two.sentences[0].tokens[0].words[0].upos, "NOUN");
  EXPECT_EQ(two.sentences[1].tokens[0].surface, "Il");
  EXPECT_EQ(analyse("fr", "J. K. Rowling a écrit un livre.").sentences.size(), 1u);
  EXPECT_EQ(analyse("en", "J. K. Rowling wrote a book. It sold well.").sentences.size(), 2u);
}

TEST_F(AnalyserTest, LigatureIsReadLikeTheDictionarySpelling) {
  auto doc = analyse("fr", "Elle a mis en œuvre le projet de ses sœurs.");
  const Word* work = find_word(doc, "œuvre");
  ASSERT_NE(work, nullptr);
  EXPECT_EQ(work->upos, "NOUN");
  EXPECT_FALSE(work->unknown);
  const Word* sisters = find_word(doc, "sœurs");
  ASSERT_NE(sisters, nullptr);
  EXPECT_EQ(sisters->lemma, "sœur");
  EXPECT_EQ(sisters->upos, "NOUN");
}

TEST_F(AnalyserTest, FrenchHyphensAsUdTokenisesThem) {
  auto doc = analyse("fr", "« Viendra-t-il ? » demande-t-elle. Les libres-penseurs, dit-il, sont là.");
  std::vector<std::string> surfaces;
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens) surfaces.push_back(t.surface);
  auto has = [&](const std::string& x) { return std::find(surfaces.begin(), surfaces.end(), x) != surfaces.end(); };
  EXPECT_TRUE(has("libres-penseurs"));
  EXPECT_TRUE(has("dit"));
  EXPECT_TRUE(has("-il"));
  const Word* w = find_word(doc, "libres-penseurs");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->upos, "NOUN");
  const Word* il = find_word(doc, "-il");
  ASSERT_NE(il, nullptr);
  EXPECT_EQ(il->upos, "PRON");
}

TEST_F(AnalyserTest, EnglishPronounLemmas) {
  auto doc = analyse("en", "She told him that they saw us.");
  for (const auto& [form, lemma] : std::vector<std::pair<std::string, std::string>>{
           {"She", "she"}, {"him", "he"}, {"they", "they"}, {"us", "we"}}) {
    const Word* w = find_word(doc, form);
    ASSERT_NE(w, nullptr) << form;
    EXPECT_EQ(w->lemma, lemma) << form;
    EXPECT_EQ(w->upos, "PRON") << form;
  }
}

TEST_F(AnalyserTest, FrenchUnknownWordsAreGuessedBySuffix) {
  auto doc = analyse("fr", "Une protéine hydrophobique et une démarche anticonstitutionnellement rapide.");
  const Word* adj = find_word(doc, "hydrophobique");
  ASSERT_NE(adj, nullptr);
  EXPECT_EQ(adj->upos, "ADJ");
  EXPECT_TRUE(adj->unknown);
  const Word* quote = nullptr;
  auto q = analyse("fr", "Il a dit « non ».");
  for (const auto& t : q.sentences[0].tokens)
    if (t.surface == "«") quote = &t.words[0];
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->upos, "PUNCT");
}

}  // namespace
}  // namespace kg::extract
