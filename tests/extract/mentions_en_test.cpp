// English mention finding: the rules that keep a capitalised word out of a
// name (sentence-initial modifiers, adjectives alone before a title).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/analyse/analyser.h"
#include "extract/facts/chunk.h"
#include "extract/lang/en/mention_en.h"

namespace kg::extract {
namespace {

std::vector<Mention> mentions_of(const std::string& text) {
  static Analyser analyser(load_language("en"));
  Document d{"m", "", 0, "en", "", "", "", text};
  AnalysedDocument ad = analyser.analyse(std::move(d));
  std::vector<Mention> out;
  for (std::size_t s = 0; s < ad.sentences.size(); ++s) {
    std::vector<FlatWord> words = flatten(ad.sentences[s]);
    std::vector<int> wm;
    for (auto& m : en::find_mentions(words, ad.doc.text, s, wm)) out.push_back(m);
  }
  return out;
}

std::string list(const std::vector<Mention>& ms) {
  std::string out;
  for (const auto& m : ms) out += "[" + m.text + "] ";
  return out;
}

bool has(const std::vector<Mention>& ms, const std::string& text) {
  for (const auto& m : ms)
    if (m.text == text) return true;
  return false;
}

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

}  // namespace
}  // namespace kg::extract
