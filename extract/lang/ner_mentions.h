#pragma once
// The trained named-entity tagger (extract/ner) over the mentions the
// language rules found: it types them, and adds the names of several words it
// finds that the rules missed. Precedence: a type the KB gives the name wins
// over the tagger's; the tagger's wins over the rules' sentence-level cues.

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
// none) in place. Thread-safe. Rules:
//   ner.type  a name the rules found takes the tagger's type when the
//             tagger's name covers most of its words, unless the KB knows the
//             name and none of its entries has the tagger's type;
//   ner.name  a name of two words or more the tagger found over words no
//             mention covers, starting with a capital, becomes a mention (how "ner").
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

// The mention type of a tagger type: PER, ORG, LOC, EVE -> EVENT, anything else -> MISC.
std::string mention_type_of(const std::string& ner_type);

}  // namespace kg::extract
