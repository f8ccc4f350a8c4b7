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
// en.apposition, en.reported), plus "+en.pron" when the subject is a
// pronoun resolved to an earlier subject and "+en.according" when the
// sentence says "according to X".

#include <string>
#include <vector>

#include "extract/document.h"
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
