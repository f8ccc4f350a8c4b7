// The normalised name key: one key for the spellings of one name.
#include "ontology/name_key.h"

#include <gtest/gtest.h>

namespace {

struct KeyCase {
  const char* name;
  const char* key;
};

class NameKeyTest : public ::testing::TestWithParam<KeyCase> {};

TEST_P(NameKeyTest, NormalisesSpellings) {
  EXPECT_EQ(kg::ontology::name_key(GetParam().name), GetParam().key) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NameKeyTest,
    ::testing::Values(
        KeyCase{"Russie", "russie"},                                           // case
        KeyCase{"la Russie", "russie"},                                        // article folded
        KeyCase{"Fédération de Russie", "federation de russie"},               // accents
        KeyCase{"FÉDÉRATION  DE\tRUSSIE", "federation de russie"},             // case + spaces
        KeyCase{"l’Organisation des Nations unies", "organisation des nations unies"},  // typographic apostrophe
        KeyCase{"l'Organisation des Nations Unies", "organisation des nations unies"},
        KeyCase{"Les États-Unis", "etats unis"},                               // hyphen, plural article
        KeyCase{"Etats Unis", "etats unis"},
        KeyCase{"The Hague", "hague"},
        KeyCase{"U.S.", "us"},                                                 // full stops dropped
        KeyCase{"Quai d’Orsay", "quai d orsay"},
        KeyCase{"Quai d'Orsay", "quai d orsay"},
        KeyCase{"Saint-Pétersbourg", "saint petersbourg"},
        KeyCase{"Œuvre", "oeuvre"},                                            // ligature
        KeyCase{"Erdoğan", "erdogan"},
        KeyCase{"Łódź", "lodz"},
        KeyCase{"Straße", "strasse"},
        KeyCase{"Nuku‘alofa", "nuku alofa"},
        KeyCase{"Nuku'alofa", "nuku alofa"},
        KeyCase{"Le", "le"},                                                   // a lone article stays
        KeyCase{"al-Assad", "al assad"},                                       // "al" is not an article here
        KeyCase{"«  »", ""}));

TEST(NameKey, SameKeyForComposedAndDecomposedAccents) {
  // "é" as one code point and as e + combining acute.
  EXPECT_EQ(kg::ontology::name_key("Guérassimov"), kg::ontology::name_key("Gue\xCC\x81rassimov"));
}

TEST(NameKey, WordsKeepTheArticle) {
  EXPECT_EQ(kg::ontology::name_key_words("La Haye"), (std::vector<std::string>{"la", "haye"}));
}

TEST(NameKey, LeadingArticles) {
  EXPECT_TRUE(kg::ontology::is_leading_article("L'"));
  EXPECT_TRUE(kg::ontology::is_leading_article("les"));
  EXPECT_TRUE(kg::ontology::is_leading_article("The"));
  EXPECT_FALSE(kg::ontology::is_leading_article("de"));
  EXPECT_FALSE(kg::ontology::is_leading_article("Lea"));
}

}  // namespace
