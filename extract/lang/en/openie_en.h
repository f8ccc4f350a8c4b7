#pragma once
// English open information extraction at the level of text spans: for each
// clause of a sentence, a ReVerb-style relation phrase ("was announced by"),
// its argument spans (noun phrases with their modifiers) and further
// arguments (time, place, manner phrases), with a confidence that ranks.
// `kgraph extract --format carb` prints these directly; the entity-fact layer
// (fact_en.h) maps their argument spans to named-entity mentions.
//
// Rule ids (provenance): en.svo (subject-verb-object), en.svo.pp (verb +
// preposition object), en.passive (be + participle [+ by agent]),
// en.copula (be/become + complement), en.relative (who/which/that clause:
// the antecedent is the subject), en.relative.object ("X, which Y praised":
// X is the object), en.reduced (participle after a noun:
// "the plan announced by X"), en.coord (verb coordination: the subject of the
// first conjunct), en.participle (", killing ..."), en.apposition
// ("X, the president of Y" -> X is the president of Y), en.reported
// ("X said that S": S is reported, attributed to X), en.adverbial ("X was
// proven when S": the relation takes the subordinator, S is the argument;
// span-level only), en.intransitive,
// en.possessive ("Mr. Stoll 's hunt" -> Mr. Stoll has hunt) and en.title
// ("President Bush" -> Bush is President), the last two ranked lowest.
// Subjects: en.subject.embedded ("Plans to cut taxes in the regions were
// approved": the subject is "Plans to cut taxes in the regions", not "the
// regions") and en.subject.time ("Mr Blair this week defended": the time
// phrase is not the subject).

#include <cstddef>
#include <string>
#include <vector>

#include "extract/facts/chunk.h"
#include "extract/facts/fact.h"

namespace kg::extract::en {

// Half-open range [first, last) of word indices into one sentence's words.
struct WordSpan {
  std::size_t first = 0;
  std::size_t last = 0;
  bool empty() const { return last <= first; }
  std::size_t size() const { return empty() ? 0 : last - first; }
};

// One extraction. Word indices point into the words given to open_extract().
struct OpenExtraction {
  WordSpan arg1;                      // the subject span (never empty)
  std::vector<std::size_t> relation;  // relation words in order: auxiliaries, negation, verb, preposition
  std::string relation_text;          // set when the relation is not in the text ("is" of an apposition)
  WordSpan arg2;                      // the object span; empty for an intransitive clause
  std::vector<WordSpan> extra;        // further arguments: prepositional phrases after the object
  std::size_t verb = 0;               // the main verb (or copula) word index
  bool negated = false;               // not / n't / never in the verb group
  bool passive = false;
  bool copula = false;
  Modality modality = Modality::Asserted;
  int reported_by = -1;               // index (in the result) of the "X said that" extraction holding this one
  double confidence = 0;              // in [0, 1]; higher = more likely right
  std::string rule;                   // "en.svo", "en.passive", ...
};

// The extractions of one sentence (`words` from flatten(); all sentences of
// a CaRB line may be concatenated). Deterministic; pure; thread-safe; never
// throws on odd input. Extractions come in text order of their verbs, with
// appositions after the clause facts.
std::vector<OpenExtraction> open_extract(const std::vector<FlatWord>& words);

// The words with the classes the extraction reads them in: verb forms that
// act as nouns or adjectives ("an opening", "a founding justice", "the
// council's limited resources", "would save affected countries") become
// NOUN/ADJ, the possessive "'s" the tagger took for "is" becomes PART, an
// -ing noun after a comma before its object a verb. Same length and spans as
// `words`. Pure.
std::vector<FlatWord> normalise_classes(const std::vector<FlatWord>& words);

// The text of a span: `text` from the first word's begin to the end of the
// last word's token. `text` is what the word spans index (bytes). "" for an
// empty span.
std::string span_text(const std::vector<FlatWord>& words, WordSpan span, const std::string& text);

// The relation phrase as written: the relation words' surfaces joined by
// spaces (or relation_text when set).
std::string relation_phrase(const std::vector<FlatWord>& words, const OpenExtraction& x);

// True for a verb lemma that reports speech or thought ("say", "announce",
// "believe"): its "that" clause is a reported fact. Pure.
bool is_speech_verb(const std::string& lemma);

}  // namespace kg::extract::en
