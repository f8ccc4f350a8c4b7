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

// Regression (OrangeSum 19718): CLD2 alone calls this French article unreliable
// (77% French, the headline chunk unscored).
TEST(LanguageId, HeadlineChunkDoesNotMakeAFrenchArticleUnknown) {
  EXPECT_EQ(detect_language(
                "Spectaculaire effondrement d'immeuble au coeur d'Istanbul\n\n"
                "L'effondrement spectaculaire d'un immeuble inoccupé de cinq étages a provoqué un début de panique "
                "vendredi en plein coeur d'Istanbul, à un jet de pierre de la célèbre place Taksim, a rapporté "
                "l'agence de presse Dogan. Une vidéo filmée par un badaud montre l'immeuble de briques s'écrouler avec "
                "fracas dans un nuage de poussière, causant la fuite précipitée des riverains."),
            "fr");
}

// Regression (BBC sport/350): an English article with a long list of Italian
// names; CLD2's summary says Italian although 54% of the text is English.
TEST(LanguageId, EnglishMajorityWithForeignNamesIsEnglish) {
  EXPECT_EQ(detect_language(
                "Italy name unchanged side for Scotland game\n"
                "\n"
                "The Italy coach has kept faith with the team that lost narrowly in Dublin last weekend, and the squad will travel to Edinburgh on Thursday for the match on Saturday afternoon.\n"
                "\n"
                "\"We are confident that the players can build on what they showed against Ireland,\" the coach told reporters at the training ground.\n"
                "\n"
                "R de Marigny (Parma); Mirco Bergamasco (Stade Francais), C Stoica (Montpellier), A Masi (Viadana), L Nitoglia (Calvisano); L Orquera (Padova), A Troncon (Treviso); A Lo Cicero (L'Aquilla), F Ongaro (Treviso), M Castrogiovanni (Calvisano), S Dellape (Agen), M Bortolami (Narbonne, capt), A Persico (Agen), D dal Maso (Treviso), S Parisse (Treviso).\n"
                "\n"
                "G Intoppa (Calvisano), S Perugini (Calvisano), CA Del Fava (Parma), S Orlando (Treviso), P Griffen (Calvisano), R Pedrazzi (Viadana), K Robertson (Viadana).\n"),
            "en");
}

TEST(LanguageId, EmptyIsUnknown) { EXPECT_EQ(detect_language(""), ""); }

}  // namespace
}  // namespace kg::extract
