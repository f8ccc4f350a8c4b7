#pragma once
// What the tagger and the parser see of one word: hashes of its lowercased
// form, affixes, shape and of kgraph's own analysis (Apertium lemma, tags and
// the Apertium-mapped UPOS), computed once per word.

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/model/analysed.h"

namespace kg::extract::parse {

struct WordKeys {
  std::uint64_t lower = 0;   // lowercased form; digits folded ("12,5" -> "00,0")
  std::uint64_t lemma = 0;   // Apertium lemma, lowercased
  std::uint64_t apos = 0;    // the Apertium-mapped UPOS (Word::upos)
  std::uint64_t tag1 = 0;    // the first Apertium tag ("vblex", "n", "np")
  std::uint64_t tags = 0;    // all the Apertium tags ("vblex.pp.m.sg")
  std::uint64_t shape = 0;   // capitalisation, digits, hyphen, length
  std::uint64_t suffix[4] = {};  // the last 1..4 characters (UTF-8 aware), lowercased
  std::uint64_t prefix = 0;  // the first 2 characters, lowercased
  bool unknown = false;      // Apertium did not know the word
};

// The keys of a word. Pure function.
WordKeys word_keys(const Word& w);

// The keys of every word of a sentence, in order, plus the special "before
// the start" and "after the end" keys at [0] and [n+1] (so callers index with
// i+1 and never go out of range at the edges).
std::vector<WordKeys> sentence_keys(const std::vector<const Word*>& words);

// The words of a sentence in order, flattened out of its tokens.
std::vector<const Word*> sentence_words(const Sentence& s);

}  // namespace kg::extract::parse
