// Word lists as data (ontology/lexicon): one entry a line, a duplicate key or a
// malformed line is a load error naming file and line, and the shipped lists load.
#include "ontology/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"

namespace kg::ontology {
namespace {

std::filesystem::path fresh_dir(const std::string& name) {
  const auto dir = std::filesystem::path(testing::TempDir()) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(Lexicon, ShippedListsLoadForBothLanguages) {
  for (const char* lang : {"fr", "en"}) {
    auto lex = Lexicon::load(default_lexicon_dir(lang));
    EXPECT_FALSE(lex->list("speech_verbs").empty()) << lang;
    EXPECT_FALSE(lex->list("negation").empty()) << lang;
  }
  auto fr = Lexicon::load(default_lexicon_dir("fr"));
  EXPECT_TRUE(fr->has("speech_verbs", "annoncer"));
  EXPECT_EQ(fr->value("prepositions", "contre"), "against");
}

TEST(Lexicon, KeyValueAndCommentLines) {
  const auto dir = fresh_dir("lex_ok");
  std::ofstream(dir / "colours.tsv") << "# a comment\nrouge\tred\n\nbleu\n";
  auto lex = Lexicon::load(dir);
  EXPECT_EQ(lex->value("colours", "rouge"), "red");
  EXPECT_TRUE(lex->has("colours", "bleu"));
  EXPECT_EQ(lex->value("colours", "bleu"), "");
  EXPECT_FALSE(lex->has("colours", "# a comment"));
  EXPECT_TRUE(lex->list("no_such_list").empty());
}

TEST(Lexicon, DuplicateKeyIsALoadErrorNamingFileAndLine) {
  const auto dir = fresh_dir("lex_dup");
  std::ofstream(dir / "verbs.tsv") << "dire\nannoncer\ndire\n";
  try {
    Lexicon::load(dir);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("verbs.tsv:3: duplicate key 'dire'"), std::string::npos) << e.what();
  }
}

TEST(Lexicon, ThreeFieldsIsALoadError) {
  const auto dir = fresh_dir("lex_fields");
  std::ofstream(dir / "labels.tsv") << "a\tb\tc\n";
  EXPECT_THROW(Lexicon::load(dir), Error);
}

TEST(Lexicon, MissingFolderIsALoadError) { EXPECT_THROW(Lexicon::load("/nonexistent/lexicon"), Error); }

}  // namespace
}  // namespace kg::ontology
