#pragma once
// The trained named-entity tagger (extract/ner) over the mentions the
// language rules found: it types them, and adds the names of several words it
// finds that the rules missed. Precedence: a type the KB gives the name wins
// over the tagger's; the tagger's wins over the rules' sentence-level cues.

#include <memory>
#include <string>
#include <vector>

#include "extract/facts/chunk.h"
#include "extract/facts/fact.h"
#include "ontology/kb.h"

namespace kg::extract {

// Runs the shipped tagger of `lang` (ontology/models/<lang>.ner.gz, loaded
// once per process with the bundled KB; nothing happens without a model, or
// when KG_NO_NER is set) over one sentence's words and updates `mentions`
// (kept in text order) and `word_mention` (word -> mention index, -1 for
// none) in place. Thread-safe. Rules, in this order:
//   ner.type   a name the rules found takes the type of the tagger's name
//              over most of its words (ner_mention_type: the KB and the rules'
//              places win; a type of a known kind changes only when the tagger
//              is sure by a margin);
//   ner.drop   a one-word name of no known kind (MISC) found by its capital
//              alone, a word the dictionary knows (not as a proper noun),
//              capital then lower case ("Cependant" opening a sentence), that the tagger
//              leaves out, is no mention;
//   ner.guess  a name of no known kind the tagger leaves out takes the type
//              the tagger scores highest for its first word as a name's
//              first word (so few names stay Other);
//   ner.name   a name of two words or more the tagger found (less a leading
//              article: "The Washington Post" is "Washington Post"), starting with a
//              capital, over free words and mentions wholly inside it, becomes
//              one mention (how "ner") replacing those ("Burger" + "King").
void apply_ner(const std::string& lang, const std::vector<FlatWord>& words, const std::string& text,
               std::size_t sentence, std::vector<Mention>& mentions, std::vector<int>& word_mention);

// ner.type's choice for a name the rules typed `rule_type` and the tagger
// `tagger_type` (a mention type: PER, ORG, LOC, EVENT, MISC), given the types
// of the KB entries the name may denote (empty: the KB does not know it):
// the rules' type when the two agree (GPE and LOC agree) or when the rules
// found a place (GPE, LOC), else the tagger's
// when the KB does not know the name or one of its entries has that type,
// else the type of the KB's first entry. Pure.
std::string ner_mention_type(const std::string& rule_type, const std::string& tagger_type,
                             const std::vector<ontology::EntityType>& kb_types);

// Hands the tagger the KB its features read (else apply_ner loads the bundled
// one on first use). Call before the first document is extracted; a later
// call does nothing. Thread-safe.
void use_kb_for_ner(std::shared_ptr<const ontology::KnowledgeBase> kb);

// The mention type of a tagger type: PER, ORG, LOC, EVE -> EVENT, anything else -> MISC.
std::string mention_type_of(const std::string& ner_type);

}  // namespace kg::extract
