#pragma once
// English entity facts over the span-level extractions of openie_en.h: each
// argument span is mapped to the named-entity mention at its head (or a
// pronoun resolved to an earlier subject, or a concept), the relation becomes
// an English predicate (the lemma phrase: "announce", "reduce presence in",
// "be president of"), and prepositional phrases become qualifiers (time,
// place) or, when the object is no entity, the ReVerb-style object.
//
// Rule ids: those of openie_en.h (en.svo, en.svo.pp, en.passive,
// en.copula, en.relative, en.reduced, en.coord, en.participle,
// en.apposition, en.reported), plus "+en.pron" when an end is a pronoun
// resolved to an earlier named subject, "+en.according" when the
// sentence says "according to X", and "+en.condition" (modality
// hypothetical) for a clause under if/unless/whether, a sentence opening with
// if/unless, a question, or the words a denial rejects ("denied that ...").
//
// Graph facts are kept only when both ends are worth a node (rules named in
// fact_en.cpp): en.end.informative (the head is a noun, a name or a number,
// not "the", "into", "very clear", "we", "this", a light noun like "thing"),
// en.end.modifier (a name before a common-noun head is a modifier: "UK visa
// holders" is no fact about the UK), en.head.partitive ("most of the MPs" is
// about MPs), en.end.time (a time phrase is no end), en.end.same (no edge
// from a thing to itself), en.rel.verb (a relation has a verb), en.rel.say
// (the object of "say" is the start of the reported clause),
// en.apposition.role (an apposition names a role, not a list item),
// en.rank.floor (a guessed clause between two phrases is dropped). Pronouns
// (en.pron, en.pron.gender, en.pron.expletive): he/she go to the nearest
// named person subject of that gender (title or first name, else as first
// seen) in 4 sentences, it to an organisation or country in this or the
// previous sentence (not "it is", "it seems"), they to an organisation or
// group in 2; when the nearest compatible subject is a phrase ("the
// farmers"), no fact. Confidence: the clause's, less for ends that are no
// names (most for two phrases: en.rank.concepts) or read through a pronoun.

#include <string>
#include <vector>

#include "extract/model/document.h"
#include "extract/facts/chunk.h"
#include "extract/facts/coreference.h"
#include "extract/facts/fact.h"

namespace kg::extract::en {

// One sentence's inputs. References are borrowed for the call.
struct SentenceInput {
  const Document* doc = nullptr;
  std::size_t index = 0;             // sentence index
  std::uint32_t begin = 0, end = 0;  // sentence span in doc->text
  const std::vector<FlatWord>* words = nullptr;
  std::vector<Mention>* mentions = nullptr;  // is_agent is set on subjects
  const std::vector<int>* word_mention = nullptr;  // from find_mentions
};

// Appends the facts of one sentence to `out` (predicates labelled with the
// English lemma phrase, source_lang "en", translated = true), updating
// `history` with its subjects. Never throws on odd input.
void extract_facts(const SentenceInput& in, AgentHistory& history, std::vector<Fact>& out);

}  // namespace kg::extract::en
