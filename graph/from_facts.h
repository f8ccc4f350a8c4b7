#pragma once
// Facts -> knowledge graph: entity mentions become nodes (through the entity
// resolver and the KB when given one), facts become edges with provenance,
// qualifiers, modality and confidence; non-entity objects become Concept
// nodes ("sa présence militaire"), marked so users can filter them out.

#include <memory>
#include <string>
#include <vector>

#include "extract/facts/fact.h"
#include "graph/knowledge_graph.h"
#include "graph/resolve/entity_registry.h"
#include "graph/resolve/resolver.h"

namespace kg::graph {

struct FactGraphOptions {
  double min_confidence = 0;  // facts below it are left out
  bool concepts = true;       // keep facts whose object (or subject) is a Concept
};

// Accumulates documents' facts, then writes them into a KnowledgeGraph.
// Node ids: the KB id when the resolver links a mention to the KB, else
// "<Type>_<key>" (entity_registry.h); Concept nodes "Concept_<key>". Edges:
// one per (subject, predicate, object); a negated fact's predicate local name
// is prefixed "not" ("notWithdrawFrom") so it never merges into the positive
// edge. Not thread-safe: one builder per thread, or add under a lock.
class FactGraphBuilder {
 public:
  // `resolver` may be null: then every mention is its own "<Type>_<key>" node
  // (no KB linking, no metonymy, no surname merging).
  explicit FactGraphBuilder(std::shared_ptr<const Resolver> resolver, FactGraphOptions options = {});

  // Adds one document's mentions and facts. Deterministic.
  void add(const extract::DocumentFacts& facts);

  // Adds every entity, then every fact edge, to `graph` (merging with what it
  // holds by id). Call once, after the last add().
  void build(KnowledgeGraph& graph) const;

  // What --explain-merges reports (mention -> entity, with the rule).
  std::vector<MergeRecord> explanations() const { return registry_.explanations(); }

 private:
  std::shared_ptr<const Resolver> resolver_;
  FactGraphOptions options_;
  EntityRegistry registry_;
  std::map<std::string, Entity> concepts_;  // by id
  std::vector<Relation> relations_;
};

// The node type of a mention type: PER -> Person, ORG -> Organization,
// GPE/LOC -> Place, EVENT -> Event, CONCEPT -> Concept, else Thing.
std::string node_type(const std::string& mention_type);

}  // namespace kg::graph
