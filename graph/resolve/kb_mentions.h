#pragma once
// Mentions found by the knowledge base alone: every KB name in an analysed
// document (longest match per sentence), ready for the Resolver. This is the
// dictionary half of mention detection (DESIGN §4.2 "KB alias matches"); the
// mention extractor adds proper-noun runs, titles and roles, and may pass
// these on with its own types and agent flags.

#include "extract/model/analysed.h"
#include "graph/resolve/resolver.h"
#include "ontology/kb.h"

#include <vector>

namespace kg::graph {

// The NER-style type of a KB entity: Person -> PER, Organization -> ORG,
// Country/City -> GPE, Place -> LOC, Event -> EVENT; a demonym -> NORP.
std::string mention_type_of(const ontology::Candidate& candidate);

// Every KB name in `doc`, in text order, each with its candidates (best
// first), its sentence index, the document language, is_demonym for a
// demonym match, and is_agent when it looks like the subject of a verb: the
// next token is a verb or auxiliary (UPOS VERB/AUX) and the name does not
// follow a preposition (UPOS ADP, an article between them allowed) — so
// "Moscou annonce" acts, "à Moscou" does not. Left out: a KB name glued by a
// space to a proper noun (UPOS PROPN) before or after it, being part of a
// longer name ("Jordan De Goey", "Paris Saint-Germain"), and a demonym that
// follows a noun it qualifies ("l'armée russe avance") or that neither acts
// nor heads its noun group (a NOUN/PROPN not followed by a NOUN, PROPN or
// ADJ: "most Britons think" and "les Russes ont annoncé" stay, "French
// officials" does not), a French demonym in lower case (an adjective or a
// language: "des médias conservateurs américains ont remarqué"), and a KB
// acronym that the document expands otherwise ("artificial pancreas (AP)":
// neither that AP nor a later one is the Associated Press): such an acronym
// is returned with not_kb set and no candidates, so that a caller merging
// other mentions of the same span keeps it out of the KB too. Spans are bytes of
// doc.doc.text. Needs a KB that outlives the result (candidates point into
// it). Thread-safe (reads only).
std::vector<MentionInput> kb_mentions(const ontology::KnowledgeBase& kb, const extract::AnalysedDocument& doc);

}  // namespace kg::graph
