#pragma once
// The fact model (DESIGN §3): mentions, predicates and facts with provenance.
// Language-neutral; the rules that fill it live in extract/lang/<lang>/.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kg::extract {

// A reference to a thing in the text: a name ("la Fédération de Russie"), a
// pronoun resolved to an earlier mention, or a date. Spans are byte offsets
// into Document::text, half-open. Plain value type.
struct Mention {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string text;  // the surface, text.substr(begin, end - begin)
  std::string type;  // PER, ORG, GPE, LOC, EVENT, DATE, NUMBER, MISC
  std::string key;   // normalised: lower case, accents folded, leading article dropped
  std::string how;   // how it was found: "dict:np.loc", "capitalisation", "title-cue", "pronoun", "demonym",
                    // "national-force", "kb-type" (typed by the bundled KB: "Matignon")
  std::size_t sentence = 0;  // sentence index in the document
  bool is_agent = false;     // the subject of a verb somewhere in the document
  std::string via;           // set when resolved through another surface: "pronoun:elle", "metonym:Washington"
  std::string label;         // display form: for a concept, the phrase without determiners ("présence militaire")
};

// The relation phrase of a fact, ReVerb style: verb + nouns + preposition.
struct Predicate {
  std::string source;       // source-language lemma phrase: "réduire présence en"
  std::string source_lang;  // "fr"
  std::string label;        // English label, lower case: "reduce presence in"
  std::string local_name;   // "reducePresenceIn": a stable name for IRIs
  bool translated = true;   // false when some part had no translation (label keeps the lemma)
};

enum class Modality { Asserted, Reported, Future, Conditional, Hypothetical };

// "asserted", "reported", "future", "conditional", "hypothetical".
const char* modality_name(Modality m);

// One end of a fact: an entity mention, or a literal/concept text.
struct Argument {
  bool is_entity = false;  // true: `mention` is a named entity (or a pronoun resolved to one)
  Mention mention;         // for an entity; for a concept: text, key and type "CONCEPT"
  std::string text() const { return mention.text; }
};

// Where a fact was read: document, sentence, byte span of the clause in
// Document::text (half-open), the sentence text and the rule id ("fr.svo.pp").
struct FactProvenance {
  std::string doc;
  std::size_t sentence = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string sentence_text;
  std::string rule;
};

// subject —predicate→ object, with qualifiers, polarity, modality,
// confidence in [0, 1] (rule-based; higher = more likely right) and provenance.
// Qualifier keys: "time" (normalised: "2017-09-23", "since 2015", "before
// 2017-12-31", else the phrase), "time_text" (the phrase), "place",
// "attribution" (who said it), "object_phrase" (the fuller object reading,
// "sa présence militaire"), "manner", "purpose".
struct Fact {
  Argument subject;
  Predicate predicate;
  Argument object;
  std::map<std::string, std::string> qualifiers;
  bool negated = false;
  Modality modality = Modality::Asserted;
  double confidence = 0;
  FactProvenance provenance;
};

// Everything extracted from one document: the facts in text order and every
// named-entity mention found (also those in no fact: each is a graph node).
struct DocumentFacts {
  std::string doc;
  std::string lang;
  std::vector<Mention> mentions;
  std::vector<Fact> facts;
};

}  // namespace kg::extract
