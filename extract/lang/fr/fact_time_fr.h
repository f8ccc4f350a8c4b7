#pragma once
// French time expressions in chunks, for the chunk rules: recognised and
// normalised by the language-neutral extract/facts/time_expr.h with the French
// lexicon's word lists, against the document date ("le 23 novembre" -> 2017-11-23, "la veille",
// "depuis 2015" -> "since 2015", "dès la fin de l'année" -> 2017-12-31).

#include <string>
#include <vector>

#include "extract/facts/chunk.h"
#include "ontology/lexicon.h"

namespace kg::extract::fr {

// True when chunk `c` (NP, PP or ADV) is a time expression. Pure.
bool is_time_chunk(const ontology::Lexicon& lex, const std::vector<FlatWord>& words, const Chunk& c);

// The normalised value of time chunk `c` given the document date
// ("YYYY-MM-DD" or ""): an ISO date ("2017-11-23"; "XXXX-11-23" when the
// year is unknown), a year, or a month, prefixed by "since ", "before ",
// "after ", "until " after depuis/avant/après/jusqu'à; the phrase itself when
// it cannot be normalised. Pure; thread-safe.
std::string normalise_time(const ontology::Lexicon& lex, const std::vector<FlatWord>& words, const Chunk& c, const std::string& phrase,
                           const std::string& doc_date);

}  // namespace kg::extract::fr
