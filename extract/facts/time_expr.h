#pragma once
// Time expressions of a clause, for every language: which words name a time
// and what date they mean against the document date ("le 23 novembre" ->
// 2017-11-23, "la veille", "since 2015", "la fin de l'année" -> 2017-12-31).
// The words are data: the lexicon lists time_nouns, months, relative_days,
// year_nouns, year_shifts, period_edges and time_prepositions.

#include <string>
#include <vector>

#include "extract/facts/chunk.h"
#include "ontology/lexicon.h"

namespace kg::extract {

// Whether `lemma` (any case) names a time by itself: a time noun, a month, a
// day relative to the document date, the year. Pure.
bool is_time_word(const ontology::Lexicon& lex, const std::string& lemma);

// A four-digit year between 1800 and 2100. Pure.
bool is_year(const FlatWord& w);

// The normalised value of the time phrase made of `words` (in text order),
// introduced by the preposition `prep` ("" when none), given the document date
// ("YYYY-MM-DD" or ""): an ISO date ("2017-11-23"; "XXXX-11-23" when the year
// is unknown), a month ("2017-11"), or a year, prefixed by "since ", "before
// ", "after ", "until " after such a preposition; `phrase` itself when the
// words give no date. Pure; thread-safe.
std::string normalise_time(const ontology::Lexicon& lex, const std::vector<FlatWord>& words,
                           const std::string& prep, const std::string& phrase, const std::string& doc_date);

}  // namespace kg::extract
