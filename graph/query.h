#pragma once
// Asking the knowledge graph how entities are related: an entity and its
// facts, the shortest chains of facts between two entities, and S-P-O
// patterns with wildcards. Names match on an entity's id, label, labels and
// aliases through ontology::name_key, the key by which the resolver matches
// names: accents, case, punctuation, hyphens and apostrophes, and one leading
// article folded ("la Russie" = "RUSSIE" = "Russia"'s French label).

#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "ontology/kb.h"

namespace kg::graph {

// The key a query name is compared on: ontology::name_key, except that a
// "*" stays a wildcard (each run between wildcards keyed on its own, without
// the article fold: "Vlad*" -> "vlad*", "* Poutine" -> "* poutine"). Pure.
std::string query_key(const std::string& text);

// True when `text` matches `pattern`, where "*" in the pattern stands for any
// run of characters (both already keyed). Pure.
bool glob_match(const std::string& pattern, const std::string& text);

// The entities a name designates, sorted by id (several when the name is
// ambiguous, none when unknown). A name containing "*" is a wildcard pattern.
// When no id, label, label or alias is the name, those that contain it as
// whole words are returned ("Putin" finds "Vladimir Putin").
std::vector<const Entity*> find_entities(const KnowledgeGraph& graph, const std::string& name);

// The same, also through the KB's names: when `kb` (may be null) knows the
// name ("Daech", "EI", "Moscou"), the graph's entities with the KB id or
// Wikidata QID it names are returned, in graph order; otherwise as above.
std::vector<const Entity*> find_entities(const KnowledgeGraph& graph, const std::string& name,
                                         const ontology::KnowledgeBase* kb);

// An entity with the facts it takes part in (outgoing: it is the subject;
// incoming: it is the object), each list sorted by relation id. Pointers
// point into the graph, which must outlive the view.
struct EntityFacts {
  const Entity* entity = nullptr;
  std::vector<const Relation*> outgoing;
  std::vector<const Relation*> incoming;
};
EntityFacts entity_facts(const KnowledgeGraph& graph, const Entity& entity);

// One step of a path: a fact edge, walked along (forward) or against its
// direction.
struct PathStep {
  const Relation* relation = nullptr;
  bool forward = true;
};
using Path = std::vector<PathStep>;

// The shortest chains of facts joining `from` to `to`, facts walked in either
// direction (boost::breadth_first_search on the undirected view), at most
// `limit` of them, in a deterministic order (by the relation ids along the
// path). Empty when they are not connected; one empty path when from == to.
std::vector<Path> shortest_paths(const KnowledgeGraph& graph, const Entity& from, const Entity& to,
                                 std::size_t limit = 20);

// The facts matching "S P O": each part is a name (matched like
// find_entities; the predicate on its local name, English label or other
// labels) or "*" for anything, and may contain "*" wildcards. Parts with
// spaces can be quoted ("'Vladimir Putin' lead *"); unquoted, every way of
// cutting the words into three parts is tried ("Russia reduce presence in
// Syria"). Sorted by relation id. kg::Error when the pattern has fewer than
// three parts.
std::vector<const Relation*> match_pattern(const KnowledgeGraph& graph, const std::string& pattern);

}  // namespace kg::graph
