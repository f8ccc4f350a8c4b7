#pragma once
// Facts -> knowledge graph: entity mentions become nodes (through the entity
// resolver and the KB when given one), facts become edges with provenance,
// qualifiers, modality and confidence; non-entity objects become Concept
// nodes ("sa présence militaire"), marked so users can filter them out.

#include <memory>
#include <string>
#include <vector>

#include "extract/model/analysed.h"
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

  // The same, with the analysed document the facts come from (`facts` =
  // the extractor's output for `doc`): its document_day() joins the dates of
  // the entities it names and of the facts read in it; with a resolver, the KB names the
  // extractor did not find are added as mentions (kb_mentions(): "Trump",
  // "CNN", "The Associated Press"), a KB name with exactly the span of an
  // extractor mention gives it its candidates (and its type, when the
  // extractor only guessed one from capitals), KB names overlapping an
  // extractor mention otherwise are dropped (the extractor's span stands),
  // and sports teams are marked (mark_team_mentions()). Deterministic.
  void add(const extract::AnalysedDocument& doc, const extract::DocumentFacts& facts);

  // Adds every entity, then every fact edge, to `graph` (merging with what it
  // holds by id). Call once, after the last add().
  void build(KnowledgeGraph& graph) const;

  // What --explain-merges reports (mention -> entity, with the rule).
  std::vector<MergeRecord> explanations() const { return registry_.explanations(); }

 private:
  void add_impl(const extract::AnalysedDocument* doc, const extract::DocumentFacts& facts);

  std::shared_ptr<const Resolver> resolver_;
  FactGraphOptions options_;
  EntityRegistry registry_;
  std::map<std::string, Entity> concepts_;  // by id
  std::vector<Relation> relations_;
};

// The day of a document's date as the graph keeps it: "YYYY-MM-DD" when
// `date` starts with a valid one ("2017-12-06", "2017-12-06T10:00:00Z"),
// else "" (no date, or one kgraph cannot place on a timeline). Pure.
std::string document_day(const std::string& date);

// The node type of a mention type: PER -> Person, ORG -> Organization,
// GPE/LOC -> Place, EVENT -> Event, CONCEPT -> Concept, else Other (works, products, laws, names of no known kind).
std::string node_type(const std::string& mention_type);

}  // namespace kg::graph
