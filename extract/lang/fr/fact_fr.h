#pragma once
// French fact rules over the chunks of one sentence. Rule ids (recorded in
// each fact's provenance; a '+' joins a structural rule and its context):
//   fr.svo          subject – verb – direct object
//   fr.svo.pp       subject – verb [object noun] – preposition – entity (ReVerb phrase)
//   fr.passive.par  passive with "par": the agent is the subject
//   fr.rel.qui      relative "qui": the antecedent is the subject
//   fr.rel.que      relative "que": the antecedent is the object
//   fr.rel.ou       relative "où": the antecedent is the place
//   fr.appos.role   "X, chef de Y," -> X —chef of→ Y
//   fr.copula       "X est le président de Y" -> X —président of→ Y; "X est Y"
//   fr.coord.subj / fr.coord.obj / fr.coord.vp   one fact per conjunct
//   fr.speech.que   "X a annoncé que …": the inner fact, attributed to X
//   fr.speech.selon "selon X, …": attributed to X
//   fr.subj.source  "un article du Washington Post révélait" -> the source is the subject
//   fr.pron         the subject is a pronoun resolved to an earlier subject
//                   (ranked: nearer sentence, same gender, a person for human verbs)
//   fr.coref.role   "le chef d'Etat russe a annoncé" after a sentence where
//                   Vladimir Poutine acted: the role description is that person
//   fr.subj.appos   "Le ministre de la Santé, Olivier Véran, a visité": the named person
//   fr.role.compound  "chef d'état-major" -> "chief of staff", one unit in role labels
//   fr.rel.dont     "Lactalis, dont X est le président" -> X —president of→ Lactalis;
//                   "Airbus, dont l'Etat détient 11 % du capital" -> Etat —hold capital of→ Airbus
//   fr.participle.par  "les propos tenus la veille par X" -> X —hold→ les propos
//   fr.nominal      "X a annoncé une réduction de sa présence en Syrie" -> X —reduce presence in→ Syrie
//                   (future/hypothetical, lower confidence)
//   fr.rel.qui also attaches high: "un journaliste de l'Express, qui explique" -> the journalist
//   fr.speech.venue "a affirmé sur France 2", "indique dans un communiqué": a venue or
//                   place qualifier, never the object of the saying
//   fr.subj.participle  "des militants réclamant la démission du maire ont occupé": the
//                   noun group before the present participle is the subject
//   fr.title.role   "le maire de Lyon Gérard Collomb" -> Gérard Collomb —mayor of→ Lyon
//   fr.control      "refuse de rencontrer" (negated), "a promis d'aider" (future),
//                   "menace de frapper" (hypothetical): the infinitive's fact

#include <string>
#include <vector>

#include "extract/facts/bilingual_dictionary.h"
#include "extract/facts/chunk.h"
#include "ontology/lexicon.h"
#include "extract/facts/coreference.h"
#include "extract/facts/fact.h"

namespace kg::extract::fr {

// One sentence's inputs to the rules. References are borrowed for the call.
struct SentenceInput {
  const Document* doc = nullptr;
  std::size_t index = 0;  // sentence index
  std::uint32_t begin = 0, end = 0;  // sentence span in doc->text
  const std::vector<FlatWord>* words = nullptr;
  const std::vector<Chunk>* chunks = nullptr;
  std::vector<Mention>* mentions = nullptr;  // is_agent is set on subjects
  const ontology::Lexicon* lexicon = nullptr;  // the French word lists (time words)
};

// Appends the facts of one sentence to `out`, updating `history` with its
// subjects (pronoun antecedents for later sentences). `dict` may be null
// (labels stay French, marked untranslated). Never throws on odd input.
void extract_facts(const SentenceInput& in, AgentHistory& history, BilingualDictionary* dict,
                   std::vector<Fact>& out);

}  // namespace kg::extract::fr
