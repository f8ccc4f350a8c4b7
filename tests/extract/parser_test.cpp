// The trained UPOS tagger and dependency parser (extract/parse) with the
// shipped models: trees a reader can check (passive, relative clause,
// coordination, apposition, in each language), the invariants of every tree
// (one root, every word attached, no cycle, projective), determinism and
// thread safety, the model file, and training on a tiny treebank of our own.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "base/error.h"
#include "extract/analyse/analyser.h"
#include "extract/analyse/conllu_writer.h"
#include "extract/parse/syntax_model.h"
#include "extract/parse/train.h"
#include "tests/test_paths.h"

namespace kg::extract::parse {
namespace {

const SyntaxModel& model(const std::string& lang) {
  static std::map<std::string, std::shared_ptr<const SyntaxModel>> cache;
  auto& m = cache[lang];
  if (!m) m = load_syntax_model(lang);
  if (!m) throw Error("no syntax model shipped for " + lang);
  return *m;
}

AnalysedDocument analyse(const std::string& lang, const std::string& text) {
  static std::map<std::string, std::unique_ptr<Analyser>> cache;
  auto& a = cache[lang];
  if (!a) a = std::make_unique<Analyser>(load_language(lang));
  Document d;
  d.id = "t";
  d.lang = lang;
  d.text = text;
  return a->analyse(std::move(d));
}

// One parsed sentence, to ask about its words by form.
struct Parsed {
  std::vector<const Word*> words;
  std::vector<Syntax> syntax;

  std::size_t find(const std::string& form) const {
    for (std::size_t i = 0; i < words.size(); ++i)
      if (words[i]->form == form) return i;
    ADD_FAILURE() << "no word '" << form << "'";
    return 0;
  }
  // The form of the head of `form` ("ROOT" for the root) and the relation.
  std::string arc(const std::string& form) const {
    const Syntax& s = syntax[find(form)];
    return (s.head == 0 ? std::string("ROOT") : words[s.head - 1]->form) + " " + s.deprel;
  }
};

Parsed parse_one(const std::string& lang, const std::string& text, AnalysedDocument& keep) {
  keep = analyse(lang, text);
  EXPECT_EQ(keep.sentences.size(), 1u) << text;
  Sentence& s = keep.sentences.at(0);
  model(lang).parse(s);
  return Parsed{sentence_words(s), s.syntax};
}

// ---- trees a reader can check -------------------------------------------

// One row: a sentence and arcs it must have, "word=head relation" ("ROOT" for the root).
struct TreeExample {
  const char* name;
  const char* lang;
  const char* text;
  std::vector<const char*> arcs;
};

const TreeExample kTreeExamples[] = {
    {"FrenchPassive", "fr", "Le projet a été adopté par les députés.",
     {"adopté=ROOT root", "projet=adopté nsubj:pass", "été=adopté aux:pass", "députés=adopté obl:agent"}},
    {"FrenchRelativeClause", "fr", "Le ministre qui dirige la police a démissionné.",
     {"démissionné=ROOT root", "ministre=démissionné nsubj", "dirige=ministre acl:relcl", "qui=dirige nsubj",
      "police=dirige obj"}},
    {"FrenchCoordination", "fr", "La France et l'Allemagne ont signé un accord.",
     {"France=signé nsubj", "Allemagne=France conj", "et=Allemagne cc", "accord=signé obj"}},
    {"FrenchApposition", "fr", "Jean Dupont, le maire de la ville, a parlé hier.",
     {"Jean=parlé nsubj", "maire=Jean appos", "ville=maire nmod"}},
    {"EnglishPassive", "en", "The bill was approved by the senators.",
     {"approved=ROOT root", "bill=approved nsubj:pass", "was=approved aux:pass", "senators=approved obl:agent"}},
    {"EnglishRelativeClause", "en", "Police arrested the man who attacked the mayor.",
     {"arrested=ROOT root", "man=arrested obj", "attacked=man acl:relcl", "who=attacked nsubj",
      "mayor=attacked obj"}},
    {"EnglishCoordination", "en", "France and Germany signed an agreement.",
     {"France=signed nsubj", "Germany=France conj", "and=Germany cc", "agreement=signed obj"}},
    {"EnglishApposition", "en", "John Smith, the mayor of the city, spoke yesterday.",
     {"John=spoke nsubj", "mayor=John appos", "city=mayor nmod"}},
};

class ParserTree : public testing::TestWithParam<TreeExample> {};

TEST_P(ParserTree, HasTheArcsAReaderExpects) {
  const TreeExample& ex = GetParam();
  AnalysedDocument doc;
  Parsed p = parse_one(ex.lang, ex.text, doc);
  for (const std::string arc : ex.arcs) {
    const std::size_t eq = arc.find('=');
    EXPECT_EQ(p.arc(arc.substr(0, eq)), arc.substr(eq + 1)) << ex.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Readable, ParserTree, testing::ValuesIn(kTreeExamples),
                         [](const testing::TestParamInfo<TreeExample>& info) { return std::string(info.param.name); });

// ---- invariants -----------------------------------------------------------

// Checks one parsed sentence: one root, heads in range, no cycle, projective.
void expect_tree(const Sentence& s, const std::string& what) {
  const std::size_t n = sentence_words(s).size();
  ASSERT_EQ(s.syntax.size(), n) << what;
  std::size_t roots = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Syntax& w = s.syntax[i];
    ASSERT_LE(w.head, n) << what;
    EXPECT_NE(w.head, i + 1) << what << ": word " << i + 1 << " is its own head";
    EXPECT_FALSE(w.deprel.empty());
    if (w.head == 0) {
      ++roots;
      EXPECT_EQ(w.deprel, "root") << what;
    } else {
      EXPECT_NE(w.deprel, "root") << what;
    }
    std::size_t at = i + 1, steps = 0;  // walk up: must reach the root within n steps
    while (at != 0 && steps <= n) at = s.syntax[at - 1].head, ++steps;
    EXPECT_EQ(at, 0u) << what << ": cycle through word " << i + 1;
    // Projective: every word between a word and its head is dominated by that head.
    if (w.head == 0) continue;
    const std::size_t lo = std::min<std::size_t>(i + 1, w.head), hi = std::max<std::size_t>(i + 1, w.head);
    for (std::size_t k = lo + 1; k < hi; ++k) {
      std::size_t up = k, guard = 0;
      while (up != 0 && up != w.head && guard++ <= n) up = s.syntax[up - 1].head;
      EXPECT_EQ(up, w.head) << what << ": arc " << w.head << "->" << i + 1 << " crosses word " << k;
    }
  }
  EXPECT_EQ(roots, 1u) << what;
}

const char* kFrenchText =
    "La Russie réduira sa présence militaire en Syrie dès la fin de l'année, a annoncé le chef d'état-major. "
    "« Nous ne partirons pas », a-t-il dit, alors que les négociations, qui devaient reprendre lundi à Genève, "
    "sont suspendues. Et puis ? Rien. 12,5 % des voix ; M. Dupont (LR) s'y oppose.";
const char* kEnglishText =
    "The Home Secretary, John Smith, said he wasn't going to the U.S. tomorrow. "
    "\"We will not leave,\" she said, while talks that were due to resume on Monday in Geneva are suspended. "
    "Why? Nothing. 12.5% of votes; Mr. Smith (Lab) opposes it.";

// Parses every sentence of `text` and checks each is one projective tree.
void expect_every_sentence_a_tree(const std::string& lang, const std::string& text) {
  AnalysedDocument doc = analyse(lang, text);
  ASSERT_GT(doc.sentences.size(), 3u);
  for (Sentence& s : doc.sentences) {
    model(lang).parse(s);
    expect_tree(s, doc.doc.text.substr(s.begin, s.end - s.begin));
  }
}

TEST(ParserInvariants, EveryFrenchSentenceIsOneProjectiveTree) { expect_every_sentence_a_tree("fr", kFrenchText); }

TEST(ParserInvariants, EveryEnglishSentenceIsOneProjectiveTree) { expect_every_sentence_a_tree("en", kEnglishText); }

TEST(ParserInvariants, OneWordSentenceIsTheRoot) {
  AnalysedDocument doc = analyse("fr", "Bonjour");
  ASSERT_EQ(doc.sentences.size(), 1u);
  model("fr").parse(doc.sentences[0]);
  ASSERT_EQ(doc.sentences[0].syntax.size(), 1u);
  EXPECT_EQ(doc.sentences[0].syntax[0].head, 0u);
  EXPECT_EQ(doc.sentences[0].syntax[0].deprel, "root");
}

TEST(ParserInvariants, ALongSentenceIsStillOneTree) {
  std::string text = "Le ministre a annoncé";
  for (int i = 0; i < 60; ++i) text += ", le maire de la ville " + std::to_string(i) + " a parlé";
  text += ".";
  AnalysedDocument doc = analyse("fr", text);
  for (Sentence& s : doc.sentences) {
    model("fr").parse(s);
    expect_tree(s, "long sentence");
  }
}

std::string conllu_of(const std::string& lang, const std::string& text) {
  AnalysedDocument doc = analyse(lang, text);
  for (Sentence& s : doc.sentences) model(lang).parse(s);
  std::string out;
  write_conllu(doc, out);
  return out;
}

TEST(ParserInvariants, SameInputSameTrees) {
  EXPECT_EQ(conllu_of("fr", kFrenchText), conllu_of("fr", kFrenchText));
  EXPECT_EQ(conllu_of("en", kEnglishText), conllu_of("en", kEnglishText));
}

TEST(ParserInvariants, ThreadsShareOneModelAndGetTheSameTrees) {
  const std::string expected = conllu_of("fr", kFrenchText);
  AnalysedDocument docs[4] = {analyse("fr", kFrenchText), analyse("fr", kFrenchText), analyse("fr", kFrenchText),
                              analyse("fr", kFrenchText)};
  const SyntaxModel& m = model("fr");
  std::vector<std::thread> threads;
  for (auto& d : docs)
    threads.emplace_back([&m, &d] {
      for (int round = 0; round < 20; ++round)
        for (Sentence& s : d.sentences) m.parse(s);
    });
  for (auto& t : threads) t.join();
  for (const auto& d : docs) {
    std::string out;
    write_conllu(d, out);
    EXPECT_EQ(out, expected);
  }
}

TEST(ParserOutput, ConlluCarriesHeadAndRelation) {
  const std::string out = conllu_of("fr", "Marie dort.");
  EXPECT_NE(out.find("1\tMarie\tMarie\tPROPN\tnp.ant\t_\t2\tnsubj\t"), std::string::npos) << out;
  EXPECT_NE(out.find("2\tdort\tdormir\tVERB\tvblex.pri.p3.sg\t_\t0\troot\t"), std::string::npos) << out;
}

// ---- the model file and training -----------------------------------------

TEST(SyntaxModelFile, ShippedModelsNameWhatTheyWereTrainedOn) {
  EXPECT_NE(model("fr").about().find("train-written.conllu"), std::string::npos) << model("fr").about();
  EXPECT_NE(model("en").about().find("train.conllu"), std::string::npos) << model("en").about();
}

TEST(SyntaxModelFile, MissingLanguageHasNoModel) {
  EXPECT_EQ(load_syntax_model("xx"), nullptr);
}

TEST(SyntaxModelFile, CorruptFileIsAnErrorNamingIt) {
  const std::string dir = testing::TempDir() + "kg_bad_models";
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/fr.syntax.gz";
  { std::ofstream(path) << "not a model"; }
  try {
    load_syntax_model("fr", dir);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

TrainOptions tiny_options() {
  TrainOptions o;
  o.lang = "fr";
  o.train_files = {test::data_path("parse/tiny-fr.conllu")};
  o.tagger_epochs = 10;
  o.parser_epochs = 10;
  o.folds = 1;
  return o;
}

TEST(TrainParser, SameDataSameModelBytes) {
  const std::string dir = testing::TempDir();
  train_syntax_model(tiny_options(), nullptr).write(dir + "a.syntax.gz");
  train_syntax_model(tiny_options(), nullptr).write(dir + "b.syntax.gz");
  const std::string a = test::read_file(dir + "a.syntax.gz"), b = test::read_file(dir + "b.syntax.gz");
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, b);
}

TEST(TrainParser, ModelLearnsItsTrainingTreesAndReadsBack) {
  const std::string path = testing::TempDir() + "tiny.syntax.gz";
  train_syntax_model(tiny_options(), nullptr).write(path);
  auto m = SyntaxModel::read(path);
  const auto scores = score_gold_tokens(*m, read_conllu(test::data_path("parse/tiny-fr.conllu")));
  EXPECT_EQ(scores.words, 20u);
  EXPECT_EQ(scores.las, 1.0);
}

TEST(TrainParser, MalformedTreebankNamesFileAndLine) {
  const std::string path = test::data_path("bad/bad-head.conllu");
  try {
    read_conllu(path);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":4: head 'X' is not a number"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace kg::extract::parse
