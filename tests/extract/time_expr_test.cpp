// Time phrases read against the document date (extract/facts/time_expr.h),
// with each language's word lists from ontology/lexicon: one row per case.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "extract/facts/time_expr.h"

namespace kg::extract {
namespace {

struct TimeRow {
  const char* lang;
  const char* prep;
  const char* lemmas;  // the phrase's words as lemmas (forms are the same), space-separated
  const char* doc_date;
  const char* expected;
};

std::vector<FlatWord> words_of(const std::string& lemmas) {
  std::vector<FlatWord> out;
  std::istringstream in(lemmas);
  std::string w;
  while (in >> w) {
    FlatWord f;
    f.form = f.lemma = w;
    out.push_back(f);
  }
  return out;
}

class TimeExample : public testing::TestWithParam<TimeRow> {};

TEST_P(TimeExample, NormalisesAgainstTheDocumentDate) {
  const TimeRow& r = GetParam();
  const auto lex = ontology::Lexicon::load(ontology::default_lexicon_dir(r.lang));
  EXPECT_EQ(normalise_time(*lex, words_of(r.lemmas), r.prep, "PHRASE", r.doc_date), r.expected) << r.lemmas;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, TimeExample,
    testing::Values(TimeRow{"fr", "", "le 23 novembre", "2017-12-01", "2017-11-23"},
                    TimeRow{"fr", "", "le 23 novembre", "", "XXXX-11-23"},
                    TimeRow{"fr", "", "le 1er mai 2016", "2017-12-01", "2016-05-01"},
                    TimeRow{"fr", "", "la veille", "2017-03-01", "2017-02-28"},
                    TimeRow{"fr", "depuis", "2015", "2017-03-01", "since 2015"},
                    TimeRow{"fr", "avant", "la fin de le année", "2017-03-01", "before 2017-12-31"},
                    TimeRow{"fr", "", "le année prochain", "2021-03-15", "2022"},
                    TimeRow{"fr", "en", "mars", "2021-06-15", "2021-03"},
                    TimeRow{"fr", "", "le lendemain", "2020-12-31", "2021-01-01"},
                    TimeRow{"en", "", "yesterday", "2005-02-01", "2005-01-31"},
                    TimeRow{"en", "since", "January 2004", "2005-02-01", "since 2004-01"},
                    TimeRow{"en", "", "last year", "2005-02-01", "2004"},
                    TimeRow{"en", "", "the committee", "2005-02-01", "PHRASE"}));

TEST(TimeWords, MonthsDaysAndTheYearAreTimeWordsInEveryCase) {
  const auto fr = ontology::Lexicon::load(ontology::default_lexicon_dir("fr"));
  const auto en = ontology::Lexicon::load(ontology::default_lexicon_dir("en"));
  EXPECT_TRUE(is_time_word(*fr, "mars"));
  EXPECT_TRUE(is_time_word(*fr, "lundi"));
  EXPECT_TRUE(is_time_word(*fr, "veille"));
  EXPECT_TRUE(is_time_word(*en, "January"));
  EXPECT_TRUE(is_time_word(*en, "year"));
  EXPECT_FALSE(is_time_word(*fr, "présence"));
  EXPECT_FALSE(is_time_word(*en, "Syria"));
}

}  // namespace
}  // namespace kg::extract
