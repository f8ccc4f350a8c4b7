#pragma once
// Rule graph.surname, shared by the entity registry (kgraph build) and the
// graph merge (kgraph merge): across documents, a person's surname written
// alone joins the one Person node one of whose names ends with it.

#include "graph/knowledge_graph.h"

#include <map>
#include <string>
#include <vector>

namespace kg::graph {

// What the rule needs to know of one node.
struct SurnameNode {
  std::string id;
  std::string type;                  // node type: Person, Other, Place, ...
  bool in_kb = false;                // a KB entity (or a people of the KB): never folded
  std::vector<std::string> names;    // every surface the node was written with
  std::vector<std::string> full_names;  // the names a surname may end (labels and surfaces)
};

// The surname merges among `nodes`: old id -> new id, sorted. A node outside
// the KB, of type Person or Other (or Place, one word only: a surname the
// dictionary knows as a town, "Valls"), all of whose names are the same one
// or two words once a courtesy title (M., Mme, Mr, Dr...) is set aside and
// none written all in capitals, joins the Person node (in the KB or not) one
// of whose full names ends with those words, when exactly one such node
// exists ("Chirac" beside "Jacques Chirac" only; with "Bernadette Chirac" in
// the graph too it stays apart). No chains: a node that takes a surname is
// never folded itself. Pure; the result does not depend on the order of
// `nodes`.
std::map<std::string, std::string> surname_merges(const std::vector<SurnameNode>& nodes);

// A node of a built graph as the rule sees it: outside the KB when its id is
// "<type>_<key>" (entity_registry.h), its names the label, the labels per
// language and the aliases. Pure.
SurnameNode surname_node(const Entity& entity);

// Writes into `out` `graph` with graph.surname applied, as kgraph merge does after the
// union of shard graphs: each folded node's mentions, dates and names go to its
// full-name node (names as aliases; label and labels stay), its edges are
// redirected there (an edge that would join the person to itself is
// dropped), and the node goes. `merges`, when not null, receives the
// merges applied. A graph built in one run has nothing left to fold, so the
// union of shards built separately equals the whole built at once whenever
// no shard folded a surname that the whole finds ambiguous (a "Chirac"
// folded into "Jacques Chirac" in one shard while another shard names
// "Bernadette Chirac": the shard's decision stands). Deterministic.
// `out` must be empty (a graph is not copied or moved: its edge index points
// into its own storage).
void fold_surnames(const KnowledgeGraph& graph, KnowledgeGraph& out,
                   std::map<std::string, std::string>* merges = nullptr);

}  // namespace kg::graph
