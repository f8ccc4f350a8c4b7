// Language identification with CLD2.
#include "extract/ingest/language_id.h"

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

TEST(LanguageId, French) {
  EXPECT_EQ(detect_language("L'armée russe a annoncé le 23 novembre une réduction de sa présence militaire en "
                            "Syrie, où elle intervient à la demande du gouvernement syrien depuis 2015."),
            "fr");
}

TEST(LanguageId, English) {
  EXPECT_EQ(detect_language("The Russian army announced on 23 November a reduction of its military presence in "
                            "Syria, where it has intervened at the request of the Syrian government since 2015."),
            "en");
}

TEST(LanguageId, German) {
  EXPECT_EQ(detect_language("Die russische Armee hat am 23. November eine Verringerung ihrer militärischen "
                            "Präsenz in Syrien angekündigt, wo sie seit 2015 auf Wunsch der Regierung eingreift."),
            "de");
}

TEST(LanguageId, TooShortWithoutHintIsUnknown) { EXPECT_EQ(detect_language("OK"), ""); }

TEST(LanguageId, TooShortFallsBackToHint) { EXPECT_EQ(detect_language("OK", "fr"), "fr"); }

TEST(LanguageId, ReliableTextBeatsWrongHint) {
  EXPECT_EQ(detect_language("The government said on Monday that the new law would come into force next year, "
                            "despite strong opposition from the unions and several opposition parties.",
                            "fr"),
            "en");
}

TEST(LanguageId, EmptyIsUnknown) { EXPECT_EQ(detect_language(""), ""); }

}  // namespace
}  // namespace kg::extract
