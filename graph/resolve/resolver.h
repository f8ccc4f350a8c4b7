#pragma once
// Entity resolution within one document: which of a document's mentions name
// the same thing, and which KB entity that is. The rules, each with an id that
// --explain-merges reports:
//   kb.label, kb.alias, kb.acronym, kb.demonym  the mention is a KB name
//   kb.metonym     a capital or seat of power acting as an agent is the state
//                  it stands for ("Moscou annonce" -> Russia); "à Moscou"
//                  stays the city
//   kb.national_force  the armed forces or the diplomacy of a country named by
//                  a noun and a nationality adjective ("l'armée russe", "la
//                  diplomatie française") act for the country: its node
//                  (found by the caller, graph/from_facts.cpp); the police
//                  or the courts ("la police turque") stay organisations
//   kb.people      a demonym used as a noun ("Britons", "les Français", "the
//                  Americans", "les Russes ont bombardé") is the people of a
//                  country, not the state: one node per country
//                  ("United_Kingdom_people"), never the country's node nor
//                  its Wikidata id. A French singular ("le Russe", "la
//                  Française") is one person, and a French demonym in lower
//                  case an adjective or a language ("parler français"): not
//                  linked (doc.new)
//   kb.demonym     an English demonym adjective that reached the resolver as
//                  a name ("a Pakistani doctor") is a nationality: the country
//   doc.team       in sports news (MentionInput::team) a country or city name
//                  is a team ("Tonga beat Samoa"): a node of its own
//                  (Organization, named as written), not the state or city
//   doc.acronym    an acronym joins the earlier mention whose initials it is
//                  ("Organisation des Nations unies (ONU)")
//   doc.surname    a one- or two-word person name (a courtesy title M., Mme,
//                  Mr, Mrs, Dr... aside) joins the one earlier or later full
//                  name it ends ("Guérassimov" -> "Valéri Guérassimov");
//                  when several do, a bare surname goes to the one KB person
//                  among them ("Macron" beside "Brigitte Macron"), and a KB
//                  surname alias yields to this rule when another full name
//                  of the document ends with it ("Bernadette Chirac")
//   doc.surname_salient  a surname several people of the document carry
//                  ("Le Pen" beside "Marine Le Pen" and "Jean-Marie Le
//                  Pen", none preferred as above) joins the one the
//                  document names most often in full; on a tie the one
//                  named in full last before it, else first after it
//   doc.first_name a one-word or hyphenated name (no courtesy title) that is
//                  the first name of exactly one person of the document and
//                  no one's surname ("Alexia" -> "Alexia Daval", "Jean-Louis"
//                  -> "Jean-Louis Debré")
//   doc.family     a person's surname after "les", "famille", "clan" ("les Le
//                  Pen", "la famille Debré") names the family: a group node
//                  "famille <surname>", never the person (found by the caller,
//                  graph/from_facts.cpp; MentionInput::group_rule)
//   doc.affair     the same after "affaire" ("l'affaire Daval"): the case, an event
//   doc.nation     "the nation", "the country" is the one country the
//                  document named before it (found by the caller,
//                  graph/from_facts.cpp, with that country as candidate)
//   doc.same_name  the same normalised name (name_key) and a compatible type
//   doc.new        none of the above: a new document-local entity
// Cross-document merging is in graph/resolve/entity_registry.h.

#include "ontology/kb.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kg::graph {

// One mention of a named entity, as the mention extractor hands it over.
struct MentionInput {
  std::string text;            // surface as written, UTF-8
  std::uint32_t begin = 0;     // byte span in the document text, half-open
  std::uint32_t end = 0;
  std::size_t sentence = 0;    // 0-based sentence index in the document
  std::string type;            // NER guess: PER, ORG, GPE, LOC, FAC, EVENT, NORP, MISC, or ""
  std::string lang;            // document language: "fr", "en", ...
  bool is_agent = false;       // the subject of a verb ("Moscou annonce")
  bool is_demonym = false;     // a demonym used as a noun or acting ("les Américains",
                               // "most Britons"), as kb_mentions() finds them
  bool not_kb = false;         // the text says it is not the KB's name (a locally expanded
                               // acronym, kb_mentions()): never linked to the KB
  std::string canonical;       // when not empty, the name the mention stands for and its
                               // node is keyed on instead of `text` (a family written "les
                               // Le Pen" is "famille Le Pen", see from_facts.cpp)
  std::string group_rule;      // the rule id reported instead of the resolver's own when the
                               // caller decided what the mention names (from_facts.cpp):
                               // "doc.family", "doc.affair" (instead of doc.new/doc.same_name),
                               // "doc.nation" (instead of kb.<how>)
  bool team = false;           // may name a sports team: sports news, not after a place
                               // preposition (graph/resolve/document_context.h)
  // KB candidates already found (e.g. by KnowledgeBase::scan); when empty the
  // resolver looks the text up itself. Entries are owned by the KB.
  std::vector<ontology::Candidate> candidates;
};

// A group of mentions of one thing within a document.
struct MentionCluster {
  const ontology::Entry* entry = nullptr;  // the KB entity, or nullptr (owned by the KB)
  const ontology::Entry* people_of = nullptr;  // kb.people: the country whose people this is
                                               // (then entry is nullptr); owned by the KB
  std::string type;       // node type: the KB type, else Person/Organization/Place/Event/Other
  std::string key;        // name_key of the representative name (non-KB clusters)
  std::string name;       // the representative surface (longest name of the cluster)
  std::vector<std::size_t> mentions;  // indices into the input, ascending
};

// What the resolver decided for one mention.
struct ResolvedMention {
  std::size_t cluster = 0;  // index into DocumentResolution::clusters
  std::string rule;         // rule id (see the top of this file)
};

// The resolution of one document: `mentions` is parallel to the input.
struct DocumentResolution {
  std::vector<MentionCluster> clusters;
  std::vector<ResolvedMention> mentions;
};

// The node type family of a NER guess for an entity outside the KB:
// PER -> Person, ORG/NORP -> Organization, GPE/LOC/FAC -> Place,
// EVENT -> Event, anything else (MISC: works, products, laws, unknown kinds) -> Other.
std::string type_family(const std::string& ner_type);

// Whether a mention typed `ner_type` may denote a KB entity of `type`
// (a PER mention is never a city; a place mention is never a person).
bool type_compatible(const std::string& ner_type, ontology::EntityType type);

// Resolves documents against a KB. Holds a shared, immutable KB; const
// methods are safe to call from several threads at once.
class Resolver {
 public:
  explicit Resolver(std::shared_ptr<const ontology::KnowledgeBase> kb);

  // Assigns each mention of one document to a cluster. Needs the mentions of
  // one document, in any order (they are processed in text order: by begin,
  // then end). Deterministic: the same mentions give the same clusters in the
  // same order (ordered by first mention).
  DocumentResolution resolve(const std::vector<MentionInput>& mentions) const;

  const ontology::KnowledgeBase& kb() const { return *kb_; }

 private:
  std::shared_ptr<const ontology::KnowledgeBase> kb_;
};

}  // namespace kg::graph
