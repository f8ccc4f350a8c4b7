// The named-entity tagger (extract/ner): the shipped models tag news
// sentences right, training is deterministic, bad training files are named
// with their line, and the KB's type wins over the tagger's.
#include <gtest/gtest.h>

#include <filesystem>
#include <tuple>


#include "base/error.h"
#include "extract/lang/en/module.h"
#include "extract/lang/fr/module.h"
#include "extract/lang/ner_mentions.h"
#include "extract/ner/ner_model.h"
#include "extract/ner/train.h"
#include "tests/extract/mention_test_util.h"
#include "tests/test_paths.h"

namespace kg::extract::ner {
namespace {

std::vector<std::string> words(const std::string& sentence) {
  std::vector<std::string> out;
  std::string w;
  for (char c : sentence + " ") {
    if (c != ' ') { w += c; continue; }
    if (!w.empty()) out.push_back(w);
    w.clear();
  }
  return out;
}

// The tags of a sentence (tokens split at spaces) by the shipped model of `lang`; empty without one.
std::vector<std::string> shipped_tags(const std::string& lang, const std::string& sentence) {
  const auto model = load_ner_model(lang);
  if (!model) return {};
  const auto res = load_ner_resources(lang);
  std::vector<BioSentence> s{{words(sentence), {}, {}}};
  analyse_bio(s, lang);
  return model->tag(s[0].forms, s[0].analyses, res->view);
}

TEST(NerModel, FrenchModelTagsPersonsAndACity) {
  const auto tags = shipped_tags("fr", "Emmanuel Macron a rencontré Angela Merkel à Berlin .");
  if (tags.empty()) GTEST_SKIP() << "no ontology/models/fr.ner.gz";
  EXPECT_EQ(tags, (std::vector<std::string>{"B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"}));
}

TEST(NerModel, FrenchModelTagsAnOrganisationTheRulesCallAPlace) {
  const auto tags = shipped_tags("fr", "Le ministre a reçu les dirigeants de la SNCF à Marseille .");
  if (tags.empty()) GTEST_SKIP() << "no ontology/models/fr.ner.gz";
  EXPECT_EQ(tags[8], "B-ORG");
  EXPECT_EQ(tags[10], "B-LOC");
}

TEST(NerModel, EnglishModelTagsPersonPlaceAndOrganisation) {
  const auto tags = shipped_tags("en", "Barack Obama met the head of Microsoft in London on Monday .");
  if (tags.empty()) GTEST_SKIP() << "no ontology/models/en.ner.gz";
  EXPECT_EQ(tags, (std::vector<std::string>{"B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "O", "B-LOC", "O", "O",
                                            "O"}));
}

TEST(NerTrain, SameDataGivesTheSameModelBytes) {
  NerTrainOptions o;
  o.lang = "fr";
  o.train_files = {test::data_path("ner/tiny.bio")};
  o.epochs = 3;
  o.analyse = false;
  const NerResources none{"fr", nullptr, nullptr};
  const std::string dir = test::scratch_dir("ner", "determinism");
  train_ner_model(o, none, nullptr).write(dir + "/a.ner.gz");
  train_ner_model(o, none, nullptr).write(dir + "/b.ner.gz");
  const std::string a = test::read_file(dir + "/a.ner.gz"), b = test::read_file(dir + "/b.ner.gz");
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  // and it reads back into a model that tags its training sentence
  const auto model = NerModel::read(dir + "/a.ner.gz");
  EXPECT_EQ(model->tag(words("Marie Curie travaillait à Varsovie ."), {}, none),
            (std::vector<std::string>{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}));
  std::filesystem::remove_all(dir);
}

TEST(NerTrain, MalformedBioFileNamesFileAndLine) {
  const std::string bad_tag = test::data_path("bad/ner_bad_tag.bio");
  try {
    read_bio(bad_tag);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(bad_tag + ":4: tag 'X-LOC'"), std::string::npos) << e.what();
  }
  const std::string three = test::data_path("bad/ner_three_fields.bio");
  try {
    read_bio(three);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(three + ":2: expected a token, a tab and a tag"), std::string::npos)
        << e.what();
  }
}

TEST(NerTrain, TypeMapRenamesAndDropsTypes) {
  const auto s = read_bio(test::data_path("ner/tiny.bio"), {{"EVE", "O"}, {"LOC", "GPE"}});
  ASSERT_GE(s.size(), 3u);
  EXPECT_EQ(s[0].tags[7], "B-GPE");
  EXPECT_EQ(s[2].tags[1], "O");
  EXPECT_EQ(s[2].tags[2], "O");
}

TEST(NerMentionType, KbTypeWinsOverTheTagger) {
  // "Washington": the tagger says PER, the KB knows only a city
  EXPECT_EQ(ner_mention_type("MISC", "PER", {ontology::EntityType::City}), "GPE");
  // "Jordan": the KB knows a country and a person, the tagger's PER stands
  EXPECT_EQ(ner_mention_type("MISC", "PER", {ontology::EntityType::Country, ontology::EntityType::Person}), "PER");
}

TEST(NerMentionType, TaggerWinsOverTheRulesCue) {
  EXPECT_EQ(ner_mention_type("ORG", "PER", {}), "PER");
  EXPECT_EQ(ner_mention_type("MISC", "LOC", {}), "LOC");
  EXPECT_EQ(ner_mention_type("GPE", "LOC", {}), "GPE");  // the same family: the rules' finer type stays
}

TEST(NerMentionType, APlaceTheRulesFoundStaysAPlace) {
  EXPECT_EQ(ner_mention_type("GPE", "ORG", {}), "GPE");
  EXPECT_EQ(ner_mention_type("LOC", "PER", {}), "LOC");
}

// The mentions a language module finds in `text`: the rules', typed and completed by the tagger.
std::vector<Mention> module_mentions(const std::string& lang, const std::string& text) {
  static Analyser fr_analyser(load_language("fr")), en_analyser(load_language("en"));
  const FactModule& m = lang == "fr" ? fr::fact_module() : en::fact_module();
  return mention_testing::mentions_in(lang == "fr" ? fr_analyser : en_analyser, lang, text, m.find_mentions);
}

TEST(NerMentions, FrenchNamesAreTypedPersonPersonPlace) {
  if (!load_ner_model("fr")) GTEST_SKIP() << "no ontology/models/fr.ner.gz";
  const auto ms = module_mentions("fr", "Emmanuel Macron a rencontré Angela Merkel à Berlin.");
  using mention_testing::find;
  ASSERT_NE(find(ms, "Emmanuel Macron"), nullptr) << mention_testing::list(ms);
  ASSERT_NE(find(ms, "Angela Merkel"), nullptr) << mention_testing::list(ms);
  ASSERT_NE(find(ms, "Berlin"), nullptr) << mention_testing::list(ms);
  EXPECT_EQ(find(ms, "Emmanuel Macron")->type, "PER");
  EXPECT_EQ(find(ms, "Angela Merkel")->type, "PER");
  EXPECT_EQ(find(ms, "Berlin")->type, "GPE");
}

// ner.name
TEST(NerMentions, ATaggedNameJoinsTheMentionsTheRulesSplit) {
  if (!load_ner_model("en")) GTEST_SKIP() << "no ontology/models/en.ner.gz";
  const auto ms = module_mentions("en", "Which of these do you like: McDonald s, Burger King, Taco Bell?");
  const Mention* m = mention_testing::find(ms, "Burger King");
  ASSERT_NE(m, nullptr) << mention_testing::list(ms);
  EXPECT_EQ(m->how, "ner");
  EXPECT_EQ(mention_testing::find(ms, "King"), nullptr) << mention_testing::list(ms);
}

// ner.drop: the words of "Cependant, le ministre a répondu." as the analyser
// reads them, with the mention a capitalisation rule would make of the
// dictionary word "Cependant"; the tagger leaves it out, so it goes.
TEST(NerMentions, ACapitalisedDictionaryWordTheTaggerLeavesOutIsNoName) {
  if (!load_ner_model("fr")) GTEST_SKIP() << "no ontology/models/fr.ner.gz";
  const std::string text = "Cependant, le ministre a répondu.";
  const std::vector<std::tuple<const char*, const char*, std::uint32_t>> analysed{
      {"Cependant", "cnjadv", 0}, {",", "cm", 9}, {"le", "det.def.m.sg", 11}, {"ministre", "n.m.sg", 14},
      {"a", "vbhaver.pri.p3.sg", 23}, {"répondu", "vblex.pp.m.sg", 25}, {".", "sent", 33}};
  std::vector<FlatWord> words;
  for (const auto& [form, tags, begin] : analysed) {
    FlatWord w;
    w.form = w.lemma = form;
    w.tags = tags;
    w.pos = std::string(tags).substr(0, std::string(tags).find('.'));
    w.begin = begin;
    w.end = begin + static_cast<std::uint32_t>(std::string(form).size());
    w.capitalised = std::string(form) == "Cependant";
    words.push_back(w);
  }
  Mention m;
  m.begin = 0;
  m.end = 9;
  m.text = "Cependant";
  m.type = "MISC";
  m.how = "capitalisation";
  std::vector<Mention> mentions{m};
  std::vector<int> word_mention{0, -1, -1, -1, -1, -1, -1};
  apply_ner("fr", words, text, 0, mentions, word_mention);
  EXPECT_TRUE(mentions.empty()) << mention_testing::list(mentions);
  EXPECT_EQ(word_mention, std::vector<int>(7, -1));
}

}  // namespace
}  // namespace kg::extract::ner
