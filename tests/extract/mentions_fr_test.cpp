// French mention finding: names from dictionary tags, unknown capitalised
// words, capitalised nouns inside a sentence, name particles, title cues.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/lang/fr/mention_fr.h"
#include "tests/extract/mention_test_util.h"

namespace kg::extract {
namespace {

using mention_testing::find;
using mention_testing::list;

std::vector<Mention> mentions_of(const std::string& text) {
  static Analyser analyser(load_language("fr"));
  return mention_testing::mentions_in(analyser, "fr", text, fr::find_mentions);
}

TEST(MentionsFr, DictionaryPlaceNamesAreTypedAndKeyed) {
  auto ms = mentions_of("Les troupes ont quitté la Libye.");
  const Mention* m = find(ms, "Libye");
  ASSERT_NE(m, nullptr) << list(ms);
  EXPECT_EQ(m->type, "GPE");
  EXPECT_EQ(m->key, "libye");
  EXPECT_EQ(m->how.rfind("dict:np", 0), 0u) << m->how;
}

TEST(MentionsFr, NameParticlesJoinOneName) {
  auto ms = mentions_of("Les combats ont repris à Deir ez-Zor hier.");
  EXPECT_NE(find(ms, "Deir ez-Zor"), nullptr) << list(ms);
}

TEST(MentionsFr, AnElidedDeGluedToACapitalisedWordContinuesTheName) {
  auto ms = mentions_of("La statue de Jeanne d'Arc domine la place. Hugo d'Alesi peignait des affiches.");
  EXPECT_NE(find(ms, "Jeanne d'Arc"), nullptr) << list(ms);  // "Arc": a common noun alone
  EXPECT_NE(find(ms, "Hugo d'Alesi"), nullptr) << list(ms);
  // not the complement of a common noun, nor a "d'" after a place
  ms = mentions_of("Le chef d'Etat a visité Lyon d'abord.");
  EXPECT_EQ(find(ms, "chef d'Etat"), nullptr) << list(ms);
  EXPECT_NE(find(ms, "Lyon"), nullptr) << list(ms);
}

TEST(MentionsFr, HyphenatedPlaceNamesAndChannelsAreOneName) {
  auto ms = mentions_of("Le ministre se rendra à Villeneuve-en-Montagne puis à Saint-Pierre-en-Faucigny.");
  EXPECT_NE(find(ms, "Villeneuve-en-Montagne"), nullptr) << list(ms);
  EXPECT_NE(find(ms, "Saint-Pierre-en-Faucigny"), nullptr) << list(ms);
  ms = mentions_of("Elle a parlé sur Europe 1 dimanche. La France 2 fois championne.");
  const Mention* channel = find(ms, "Europe 1");
  ASSERT_NE(channel, nullptr) << list(ms);
  EXPECT_EQ(channel->type, "ORG");
  EXPECT_EQ(find(ms, "France 2"), nullptr) << list(ms);  // a count before a noun
}

TEST(MentionsFr, NamesTheTaggerReadsAsCommonWordsStayWhole) {
  // capitalised words inside a sentence, a first name then any capitalised
  // word, a capitalised article as a surname's particle, an acronym
  auto ms = mentions_of("Il cite Jean Racine et Mark Ballas. Il a rencontré Charles Le Brun. "
                        "Il a entraîné le CSKA Sofia.");
  for (const char* name : {"Jean Racine", "Mark Ballas", "Charles Le Brun", "CSKA Sofia"})
    EXPECT_NE(find(ms, name), nullptr) << name << ": " << list(ms);
}

TEST(MentionsFr, AFeatureNounAndACardinalPointArePartOfAPlaceName) {
  auto ms = mentions_of("Le navire a franchi le détroit de Béring puis a longé la Caroline du Sud.");
  const Mention* strait = find(ms, "détroit de Béring");
  ASSERT_NE(strait, nullptr) << list(ms);
  EXPECT_EQ(strait->type, "LOC");
  const Mention* carolina = find(ms, "Caroline du Sud");
  ASSERT_NE(carolina, nullptr) << list(ms);
  EXPECT_EQ(carolina->type, "GPE");
  ms = mentions_of("Il habite près de la ville de Lyon.");  // "ville" frames the name: not part of it
  EXPECT_NE(find(ms, "Lyon"), nullptr) << list(ms);
}

TEST(MentionsFr, ANameOfNoKnownKindAfterEnOrCoordinatedWithAPlaceIsAPlace) {
  // (not after "à": "demander à Macron")
  auto ms = mentions_of("Il a ouvert des bureaux en Nunavik et Kervignac, puis dans la région de Trbovlje.");
  for (const char* place : {"Nunavik", "Kervignac", "Trbovlje"}) {
    const Mention* m = find(ms, place);
    ASSERT_NE(m, nullptr) << place << ": " << list(ms);
    EXPECT_TRUE(m->type == "LOC" || m->type == "GPE") << place << ": " << list(ms);
  }
}

TEST(MentionsFr, AnAcronymBeforeAFirstNameOrAfterATitleIsNoPerson) {
  auto ms = mentions_of("La sénatrice UDI Valérie Létard a voté. Le député LREM a voté contre.");
  EXPECT_NE(find(ms, "Valérie Létard"), nullptr) << list(ms);  // not "UDI Valérie Létard"
  const Mention* party = find(ms, "LREM");
  ASSERT_NE(party, nullptr) << list(ms);
  EXPECT_NE(party->type, "PER");
}

TEST(MentionsFr, CapitalisedNounWithAdjectiveIsAName) {
  auto ms = mentions_of("Les frappes visent l'Etat islamique depuis un an.");
  const Mention* m = find(ms, "Etat islamique");
  ASSERT_NE(m, nullptr) << list(ms);
  EXPECT_EQ(m->type, "ORG");
  EXPECT_EQ(m->how, "capitalisation");
  // but not the complement of a common noun: "chef d'Etat"
  auto ms2 = mentions_of("Le chef d'Etat est parti.");
  EXPECT_EQ(find(ms2, "Etat"), nullptr) << list(ms2);
}

TEST(MentionsFr, AnAdjectiveThatDisagreesWithTheNounIsNotPartOfTheName) {
  // "versés" agrees with "les fonds", not with "l'Agence": not part of the name.
  auto ms = mentions_of("Les fonds de l'Agence spatiale versés en mai ont doublé.");
  EXPECT_NE(find(ms, "Agence spatiale"), nullptr) << list(ms);
  EXPECT_EQ(find(ms, "Agence spatiale versés"), nullptr) << list(ms);
}

TEST(MentionsFr, TitleCueMakesAPerson) {
  auto ms = mentions_of("Le président Zelensky a parlé.");
  const Mention* m = find(ms, "Zelensky");
  ASSERT_NE(m, nullptr) << list(ms);
  EXPECT_EQ(m->type, "PER");
}

TEST(MentionsFr, CapitalisedWordAfterANameJoinsIt) {
  auto ms = mentions_of("Un article du Washington Post a paru.");
  EXPECT_NE(find(ms, "Washington Post"), nullptr) << list(ms);
}

}  // namespace
}  // namespace kg::extract
