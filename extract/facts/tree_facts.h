#pragma once
// Entity-centred facts from dependency trees (DESIGN §4.4): for every pair of
// entity mentions of a parsed sentence, the tree path between their head words
// is matched against the rule table (tree_rules.h); a matching path gives a
// fact whose relation phrase is read off the path ("attend funeral of",
// "reduce presence in", "cofounder of"), whose confidence falls with the
// path's length, and whose negation, modality and attribution come from the
// clause. One engine for every language: what differs is data (the lexicon
// under ontology/lexicon/<lang>, the bilingual dictionary).

#include <string>
#include <vector>

#include "extract/model/analysed.h"
#include "extract/facts/bilingual_dictionary.h"
#include "extract/facts/chunk.h"
#include "extract/facts/coreference.h"
#include "extract/facts/fact.h"
#include "extract/parse/syntax_model.h"
#include "ontology/kb.h"
#include "ontology/lexicon.h"

namespace kg::extract {

// What the engine reads of one sentence. All pointers non-null and outliving the call.
struct TreeSentenceInput {
  const Document* doc = nullptr;
  std::size_t index = 0;                          // sentence index in the document
  const Sentence* sentence = nullptr;             // parsed: syntax.size() == words->size()
  const std::vector<FlatWord>* words = nullptr;   // flatten(*sentence)
  const std::vector<Mention>* mentions = nullptr; // this sentence's mentions
  const ontology::Lexicon* lexicon = nullptr;     // the document language's lexicon
  BilingualDictionary* dict = nullptr;            // source -> English; null for English
  AgentHistory* history = nullptr;                // subjects seen so far, for "il", "she"; may be null
  // Parses the sentence when it was not parsed and holds two possible ends of
  // a fact (the only sentences the engine reads); may be null.
  const parse::SyntaxModel* parser = nullptr;
  // The tree engine is the only one (the language rules are off): it also gives
  // facts with a noun group at one end ("X —announce→ la réduction des
  // troupes"), parses a sentence with one possible end, and records every
  // subject in `history` for the pronouns of the next sentences.
  bool only_engine = false;
  // The language is English: relation words are their own labels.
  bool english = false;
  // The knowledge base, to check that a role description fits the person it
  // would stand for ("le chef d'Etat russe" is no French minister); may be null.
  const ontology::KnowledgeBase* kb = nullptr;
};

// Appends the facts between pairs of entity mentions that the rules find and
// that `existing` (the facts already read from this sentence) does not already
// join, in either direction. Does nothing for an unparsed sentence when no parser is given.
// Deterministic; never throws on odd trees.
void extract_tree_facts(const TreeSentenceInput& in, std::vector<Fact>& existing);

}  // namespace kg::extract
