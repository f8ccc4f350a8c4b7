// English mention finding: the rules that keep a capitalised word out of a
// name (sentence-initial modifiers, adjectives alone before a title).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/lang/en/mention_en.h"
#include "tests/extract/mention_test_util.h"

namespace kg::extract {
namespace {

using mention_testing::list;

std::vector<Mention> mentions_of(const std::string& text) {
  static Analyser analyser(load_language("en"));
  return mention_testing::mentions_in(analyser, "en", text, en::find_mentions);
}

bool has(const std::vector<Mention>& ms, const std::string& text) { return mention_testing::find(ms, text) != nullptr; }

// en.mention.initial_modifier
TEST(MentionsEn, SentenceInitialAdjectiveBeforeAnUnknownModifierIsNoPartOfTheName) {
  auto ms = mentions_of("Married Zorvathian dentist, 51, fined for speeding.");
  EXPECT_TRUE(has(ms, "Zorvathian")) << list(ms);
  EXPECT_FALSE(has(ms, "Married Zorvathian")) << list(ms);
}

TEST(MentionsEn, SentenceInitialAdjectiveBeforeAKnownPlaceStaysInTheName) {
  auto ms = mentions_of("Western Australia is preparing for the bushfire season.");
  EXPECT_TRUE(has(ms, "Western Australia")) << list(ms);
}

// en.mention.adjective_alone
TEST(MentionsEn, AdjectiveBeforeATitleIsNoMention) {
  auto ms = mentions_of("She met the French President Jacques Delorme in Lyon on Tuesday.");
  EXPECT_FALSE(has(ms, "French")) << list(ms);
  EXPECT_TRUE(has(ms, "Jacques Delorme")) << list(ms);
}

TEST(MentionsEn, AdjectiveInsideANameStays) {
  auto ms = mentions_of("Officials of the European Union met in the morning.");
  EXPECT_TRUE(has(ms, "European Union")) << list(ms);
}

// en.mention.question
TEST(MentionsEn, AnAuxiliaryOpeningAQuestionIsNoPartOfTheName) {
  auto ms = mentions_of("Will Tony Blair visit Iraq?");
  EXPECT_TRUE(has(ms, "Tony Blair")) << list(ms);
  EXPECT_FALSE(has(ms, "Will Tony Blair")) << list(ms);
  ms = mentions_of("Will Smith visited Paris.");  // no question: a first name
  EXPECT_TRUE(has(ms, "Will Smith")) << list(ms);
}

}  // namespace
}  // namespace kg::extract
