#pragma once
// Entity resolution across documents and languages: turns each document's
// mention clusters into graph Entities. One KB entity is one node whatever the
// language ("Poutine" in French, "Putin" in English); an entity outside the KB
// merges with others of the same normalised name (name_key) and type family.
// Two different KB entities never merge, and a name alone never merges across
// type families (Person "Jordan" is not Place "Jordan").
//
// Node ids are pure functions of the entity (DESIGN §3): the KB id for a KB
// entity ("Russia", "Vladimir_Putin"), else "<Type>_<key with spaces as _>"
// ("Person_jean_dupont"). So registries built from shards merge by union and
// equal the registry built in one run.

#include "graph/knowledge_graph.h"
#include "graph/resolve/resolver.h"

#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

// The node id of a KB entity: its KB id.
std::string entity_id(const ontology::Entry& entry);

// The node id of a country's people (kb.people): "<country id>_people"
// ("United_Kingdom_people"). Pure.
std::string people_id(const ontology::Entry& country);

// The labels of a country's people: per language, the plural demonym (French
// masculine plural, capitalised as a noun: "Britanniques"; English "Britons").
// Empty when the KB has none. Pure.
std::map<std::string, std::string> people_labels(const ontology::Entry& country);

// The node id of an entity outside the KB: type family + "_" + key, spaces as
// "_" ("Person", "jean dupont" -> "Person_jean_dupont").
std::string entity_id(std::string_view type, std::string_view key);

// One line of --explain-merges: which mention became which entity, and why.
struct MergeRecord {
  std::string doc;
  std::size_t sentence = 0;
  std::uint32_t begin = 0;  // byte span in the document text, half-open
  std::uint32_t end = 0;
  std::string mention;      // the surface text
  std::string entity;       // node id
  std::string rule;         // within-document rule (resolver.h) ...
  std::string link;         // ... and what joins it across documents: "kb:<id>" or "key:<Type>|<key>"
  bool operator<(const MergeRecord& o) const;
  bool operator==(const MergeRecord& o) const;
};

// Collects the entities of many documents. Not thread-safe for writing: give
// each worker its own registry and merge() them (the result does not depend
// on the order of documents or of merges).
class EntityRegistry {
 public:
  // Adds one document's resolved mentions (`resolution` from
  // Resolver::resolve on the same `mentions`); `date` (YYYY-MM-DD, "" when
  // the document has none) joins the dates of every entity it names. Returns
  // the node id of each mention, parallel to `mentions`.
  std::vector<std::string> add_document(const std::string& doc_id, const std::vector<MentionInput>& mentions,
                                        const DocumentResolution& resolution, const std::string& date = "");

  // Adds everything another registry holds (shard union).
  void merge(const EntityRegistry& other);

  // Rule graph.surname, across documents: a person's surname written alone
  // ("Chirac", "Mme Daval"; a node outside the KB, type Person or Other, one
  // or two words, not an acronym; or a one-word Place, a surname the
  // dictionary knows as a town: "Valls") joins the one Person node (in the KB or
  // not) one of whose names ends with those words ("Jacques Chirac") — only
  // when exactly one does (with "Jacques Chirac" and "Bernadette Chirac" in
  // the graph, "Chirac" stays apart). Returns old id -> new id, sorted.
  // Pure function of what the registry holds, so it does not depend on the
  // order of documents (the rule itself: surname_rule.h, which kgraph merge
  // applies again to the union of shard graphs).
  std::map<std::string, std::string> surname_merges() const;

  // The entities, sorted by id, each with its mention count, dates, labels per
  // language, aliases (the other names it was written with, sorted) and ids;
  // surname_merges() applied (the surname's mentions and names go to the
  // full name).
  std::vector<Entity> entities() const;

  // Every mention's record, sorted (doc, begin, end, entity), surname_merges()
  // applied (rule "<doc rule>+graph.surname").
  std::vector<MergeRecord> explanations() const;

  // Adds the entities to a graph (KnowledgeGraph::add_entity merges by id).
  void add_to(KnowledgeGraph& graph) const;

  std::size_t size() const { return nodes_.size(); }

 private:
  struct Node {
    std::string type;
    std::string qid, geonames;
    std::map<std::string, std::string> kb_labels;               // KB labels per language
    std::string kb_label;                                       // canonical KB label, "" outside the KB
    std::map<std::string, std::set<std::string>> names;         // language -> surfaces seen
    std::set<std::string> extra_aliases;                        // demonyms etc. seen
    std::size_t mentions = 0;
    std::set<std::string> dates;                                // of the documents naming it
  };
  std::map<std::string, Node> nodes_;
  std::set<MergeRecord> records_;
};

// Writes the records as TSV with a header line (doc, sentence, begin, end,
// mention, entity, rule, link): the --explain-merges file.
void write_merge_explanations(std::ostream& out, const std::vector<MergeRecord>& records);

}  // namespace kg::graph
