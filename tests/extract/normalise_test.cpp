// Normalisation: one table row per rule of normalise.h.
#include "extract/ingest/normalise.h"

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

struct Case {
  const char* name;
  const char* input;
  const char* expected;
};

class NormaliseText : public ::testing::TestWithParam<Case> {};

TEST_P(NormaliseText, Maps) {
  EXPECT_EQ(normalise_text(GetParam().input), GetParam().expected) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormaliseText,
    ::testing::Values(
        Case{"nfc_composes", "e\xCC\x81t\xC3\xA9", "\xC3\xA9t\xC3\xA9"},  // e + combining acute -> é
        Case{"right_single_quote", "l\xE2\x80\x99" "arm\xC3\xA9" "e", "l'arm\xC3\xA9" "e"},
        Case{"left_single_quote", "\xE2\x80\x98hi\xE2\x80\x99", "'hi'"},
        Case{"modifier_apostrophe", "aujourd\xCA\xBChui", "aujourd'hui"},
        Case{"prime_as_apostrophe", "l\xE2\x80\xB2" "eau", "l'eau"},
        Case{"curly_double_quotes", "\xE2\x80\x9CYes\xE2\x80\x9D", "\"Yes\""},
        Case{"low_double_quote", "\xE2\x80\x9Ewie\xE2\x80\x9C", "\"wie\""},
        Case{"guillemets_nbsp", "dit \xC2\xAB\xC2\xA0oui\xC2\xA0\xC2\xBB hier", "dit \"oui\" hier"},
        Case{"guillemets_narrow_nbsp", "\xC2\xAB\xE2\x80\xAFnon\xE2\x80\xAF\xC2\xBB", "\"non\""},
        Case{"guillemets_plain_spaces", "\xC2\xAB peut-\xC3\xAAtre \xC2\xBB", "\"peut-\xC3\xAAtre\""},
        Case{"guillemets_tight", "\xC2\xABsubstantiellement\xC2\xBB", "\"substantiellement\""},
        Case{"single_guillemets", "\xE2\x80\xB9 a \xE2\x80\xBA", "\"a\""},
        Case{"en_dash_range", "2014\xE2\x80\x93" "2015", "2014-2015"},
        Case{"em_dash_spaced", "Paris \xE2\x80\x94 la ville", "Paris - la ville"},
        Case{"minus_sign", "\xE2\x88\x92" "5", "-5"},
        Case{"horizontal_bar", "a\xE2\x80\x95" "b", "a-b"},
        Case{"nbsp_to_space", "10\xC2\xA0km", "10 km"},
        Case{"thin_space_number", "1\xE2\x80\x89" "000", "1 000"},
        Case{"ideographic_space", "a\xE3\x80\x80" "b", "a b"},
        Case{"zero_width_space", "ab\xE2\x80\x8B" "cd", "abcd"},
        Case{"soft_hyphen", "anti\xC2\xAD" "constitutionnel", "anticonstitutionnel"},
        Case{"bom_inside", "a\xEF\xBB\xBF" "b", "ab"},
        Case{"ellipsis", "Bref\xE2\x80\xA6", "Bref..."},
        Case{"crlf", "a\r\nb", "a\nb"},
        Case{"lone_cr", "a\rb", "a\nb"},
        Case{"paragraph_separator", "a\xE2\x80\xA9" "b", "a\n\nb"},
        Case{"control_chars_removed", "a\x01\x07" "b\x7F", "ab"},
        Case{"tab_kept", "a\tb", "a\tb"},
        Case{"spaces_collapsed", "a    b  c", "a b c"},
        Case{"trailing_spaces_trimmed", "a  \nb \t", "a\nb"},
        Case{"leading_spaces_trimmed", "   a\n  b", "a\nb"},
        Case{"three_newlines_to_two", "a\n\n\n\nb", "a\n\nb"},
        Case{"blank_line_with_spaces", "a\n  \n \nb", "a\n\nb"},
        Case{"text_trimmed", "\n\n  a \n\n", "a"},
        Case{"empty", "", ""},
        Case{"accents_kept", "\xC3\x89tat isra\xC3\xA9lien", "\xC3\x89tat isra\xC3\xA9lien"}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

class SplitGlued : public ::testing::TestWithParam<Case> {};

TEST_P(SplitGlued, Splits) {
  EXPECT_EQ(split_glued_paragraphs(GetParam().input), GetParam().expected) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, SplitGlued,
    ::testing::Values(
        Case{"lowercase_period_upper", "violence domestique.Consternant, le bilan",
             "violence domestique.\n\nConsternant, le bilan"},
        Case{"accented_upper", "la fin.\xC3\x89galement, il", "la fin.\n\n\xC3\x89galement, il"},
        Case{"digit_before", "en 2019.Le texte", "en 2019.\n\nLe texte"},
        Case{"closing_quote_before", "\"une nouvelle phase\".Les troupes", "\"une nouvelle phase\".\n\nLes troupes"},
        Case{"closing_paren_before", "(AFP).Selon lui", "(AFP).\n\nSelon lui"},
        Case{"quote_opens_next", "a refusé la collecte.\"Il a été demandé\", dit-il",
             "a refusé la collecte.\n\n\"Il a été demandé\", dit-il"},
        Case{"quote_closes_current", "il a dit \"c'est fini.\"Le lendemain", "il a dit \"c'est fini.\"\n\nLe lendemain"},
        Case{"question_mark", "pourquoi?Personne ne sait", "pourquoi?\n\nPersonne ne sait"},
        Case{"exclamation_run", "incroyable!!Ensuite", "incroyable!!\n\nEnsuite"},
        Case{"normal_sentence_space", "fin. Le d\xC3\xA9" "but", "fin. Le d\xC3\xA9" "but"},
        Case{"initials", "J.K. Rowling et U.S.A. ici", "J.K. Rowling et U.S.A. ici"},
        Case{"abbreviation_capital", "M.Dupont a dit", "M.Dupont a dit"},
        Case{"decimal_number", "3.5 millions", "3.5 millions"},
        Case{"url", "voir https://example.org/page.Html ici", "voir https://example.org/page.Html ici"},
        Case{"www", "sur www.lemonde.Fr/live", "sur www.lemonde.Fr/live"},
        Case{"email", "ecrire a jean.Dupont@example.org", "ecrire a jean.Dupont@example.org"},
        Case{"domain_tld", "sur Booking.Com hier", "sur Booking.Com hier"},
        Case{"domain_token_ends_in_tld", "editor of Halo.Bungie.Org, said", "editor of Halo.Bungie.Org, said"},
        Case{"title_abbreviation", "the story of Mr.Benn and Mme.Dupont", "the story of Mr.Benn and Mme.Dupont"},
        Case{"word_ending_like_abbreviation", "au palais de Westminster.Le vote", "au palais de Westminster.\n\nLe vote"},
        Case{"two_capitals_after", "le groupe.ONU", "le groupe.ONU"},
        Case{"lowercase_after", "le site.fr et", "le site.fr et"},
        Case{"ellipsis_before_lower", "attendre...puis", "attendre...puis"}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(Normalise, IsIdempotent) {
  const std::string in = "\xC2\xAB\xC2\xA0" "Bonjour\xC2\xA0\xC2\xBB, dit-il\xE2\x80\xA6 la fin.Puis   rien\r\n\r\n\r\nFin";
  std::string once = normalise(in);
  EXPECT_EQ(normalise(once), once);
  EXPECT_EQ(once, "\"Bonjour\", dit-il... la fin.\n\nPuis rien\n\nFin");
}

TEST(Normalise, LineJoinsNewlines) {
  EXPECT_EQ(normalise_line("  Un titre\nsur deux lignes "), "Un titre sur deux lignes");
}

}  // namespace
}  // namespace kg::extract
