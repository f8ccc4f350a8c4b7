#include "extract/lang/fr/fact_time_fr.h"

#include "extract/facts/time_expr.h"

namespace kg::extract::fr {

namespace {

bool names_time(const ontology::Lexicon& lex, const FlatWord& w) { return is_time_word(lex, w.lemma) || is_year(w); }

}  // namespace

bool is_time_chunk(const ontology::Lexicon& lex, const std::vector<FlatWord>& w, const Chunk& c) {
  if (c.kind == Chunk::Kind::ADV) return lex.list("relative_days").count(w[c.first].lemma) > 0;
  if (c.kind != Chunk::Kind::NP && c.kind != Chunk::Kind::PP) return false;
  if (c.mention >= 0) return false;
  if (names_time(lex, w[c.head])) return true;
  // "la fin de l'année", "début avril": the next words name a time
  if (lex.list("period_edges").count(w[c.head].lemma)) {
    for (std::size_t k = c.head + 1; k < w.size() && k < c.last + 4; ++k)
      if (names_time(lex, w[k])) return true;
  }
  if (c.kind == Chunk::Kind::PP && lex.list("time_prepositions").count(c.prep)) {
    for (std::size_t k = c.first; k < c.last; ++k)
      if (w[k].pos == "num") return true;
  }
  return false;
}

std::string normalise_time(const ontology::Lexicon& lex, const std::vector<FlatWord>& w, const Chunk& c,
                           const std::string& phrase, const std::string& doc_date) {
  std::size_t last = c.last;
  // "la fin de l'année", "le début du mois de mars": the following words too
  if (lex.list("period_edges").count(w[c.head].lemma)) last = std::min(w.size(), c.last + 4);
  std::vector<FlatWord> words;
  for (std::size_t k = c.first; k < last && w[k].pos != "sent" && w[k].pos != "cm"; ++k) words.push_back(w[k]);
  return extract::normalise_time(lex, words, c.kind == Chunk::Kind::PP ? c.prep : "", phrase, doc_date);
}

}  // namespace kg::extract::fr
