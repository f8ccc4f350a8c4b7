#pragma once
// Language-neutral sentence structures the clause rules work on: the words of
// a sentence flattened (contractions split), and chunks over them.

#include <cstdint>
#include <string>
#include <vector>

#include "extract/model/analysed.h"
#include "extract/facts/fact.h"

namespace kg::extract {

// One word of a sentence with its byte span (a contraction's words share
// their token's span). `pos` is the first Apertium tag ("vblex", "n", "np").
struct FlatWord {
  std::string form;
  std::string lemma;
  std::string pos;
  std::string tags;  // all tags, dotted
  std::string upos;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool unknown = false;
  bool capitalised = false;  // the surface starts with an upper-case letter
  bool has_tag(const std::string& tag) const;
};

// The words of `s` in order. Pure.
std::vector<FlatWord> flatten(const Sentence& s);

// A chunk: a run of words [first, last) with a role.
//  NP   noun group (determiners, adjectives, head, name); `mention` >= 0 when it is a named entity
//  PP   preposition + noun group (`prep` holds the preposition lemma, `np` the inner NP's first word)
//  VG   verb group: clitics, auxiliaries, modals, negation, the main verb
//  PRON subject pronoun; REL relative pronoun; SUB subordinator ("que"); CONJ coordinator;
//  PUNCT comma and other punctuation; ADV adverb; OTHER anything else
struct Chunk {
  enum class Kind { NP, PP, VG, PRON, REL, SUB, CONJ, PUNCT, ADV, ADJ, OTHER };
  Kind kind = Kind::OTHER;
  std::size_t first = 0, last = 0;  // word indices, half-open
  std::size_t head = 0;             // the head word (NP/PP: noun; VG: main verb)
  int mention = -1;                 // index into the sentence's mentions (NP/PP)
  std::string prep;                 // PP: preposition lemma(s): "de", "à cause de"
  // VG only:
  std::string verb;                 // main verb lemma ("réduire"; "être" for copulas)
  bool negated = false;
  bool passive = false;             // être + past participle
  bool copula = false;              // être/devenir as the main verb
  bool finite = true;               // false for a bare infinitive or participle
  Modality modality = Modality::Asserted;
  std::string object_clitic;        // "le", "la", "les", "lui", "en", "y" before the verb
  std::string rule;                 // the chunking rule that joined it, for provenance ("fr.control")
};

}  // namespace kg::extract
