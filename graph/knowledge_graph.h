#pragma once
// The knowledge graph: entities as vertices, facts as edges, on a Boost
// adjacency_list (a directed multigraph: two entities may be joined by facts
// with different predicates). Facts with the same subject, predicate and
// object are one edge carrying all their sources (DESIGN §5).

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace kg::graph {

// Where a fact was read: the document, the sentence (0-based index in the
// document), the byte span in the document's normalised text (half-open), the
// sentence text and the id of the extraction rule that fired.
struct Provenance {
  std::string doc;
  std::size_t sentence = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string text;
  std::string rule;
  bool operator<(const Provenance& o) const;
  bool operator==(const Provenance& o) const;
};

// A node: one real-world thing (or a Concept: a non-named object of a fact).
// `id` is a deterministic function of the entity (KB id, else type + key).
struct Entity {
  std::string id;
  std::string label;                          // canonical label (English where known)
  std::string type;                           // Person, Organization, Country, City, Place, Event, Concept
  std::map<std::string, std::string> labels;  // language -> label
  std::vector<std::string> aliases;           // sorted, unique
  std::string qid;                            // Wikidata QID, "" when unknown
  std::string geonames;                       // GeoNames id, "" when unknown
  std::size_t mentions = 0;
  std::vector<std::string> dates;             // dates (YYYY-MM-DD) of the documents naming it; sorted, unique
};

// An edge: all the facts that say subject —predicate→ object.
struct Relation {
  std::string id;         // deterministic: hash of (source, predicate, target)
  std::string source;     // entity id
  std::string target;     // entity id
  std::string label;      // English predicate label ("reduce presence in")
  std::string predicate;  // local name ("reducePresenceIn")
  std::map<std::string, std::string> labels;  // other languages: "fr" -> "réduire présence en"
  double confidence = 0;  // the highest confidence of its facts, in [0, 1]
  bool negated = false;
  std::string modality = "asserted";
  std::map<std::string, std::string> qualifiers;  // "time" -> "2017-12-31", ...
  std::vector<Provenance> provenance;             // sorted, unique; weight = distinct sources
  std::vector<std::string> dates;                 // dates (YYYY-MM-DD) of its sources' documents; sorted, unique
  std::size_t weight() const;
};

// The graph. Owns its entities and relations; not thread-safe for writing,
// safe for concurrent reading once built.
class KnowledgeGraph {
 public:
  using Adjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                          Entity, Relation>;
  using Vertex = Adjacency::vertex_descriptor;

  // Adds an entity, or merges it into the one with the same id: mentions add
  // up, a missing qid/geonames is filled in, dates join, and every name of both joins:
  // per language the better_name() of the two labels is the label, the
  // better of the two canonical labels the label, every other name an alias
  // (so merging graphs keeps the names the build of the whole keeps).
  // Concept nodes keep their first label (the others are aliases already).
  Vertex add_entity(const Entity& entity);

  // Adds a relation between two entities already added (by id), or merges it
  // into the edge with the same (source, predicate, target): provenance and dates join,
  // confidence is the maximum, qualifiers join (the first value of a key wins),
  // except "attribution", kept only when every source has the same one.
  // Throws std::out_of_range for an unknown entity.
  void add_relation(Relation relation);

  // Entities sorted by id; relations sorted by id (the order outputs use).
  std::vector<const Entity*> entities() const;
  std::vector<const Relation*> relations() const;

  // A fact edge with the vertices of its ends (indices 0 .. entity_count()-1
  // into adjacency()), for writers that keep per-entity data in a vector
  // instead of looking entities up by id. Points into this graph.
  struct RelationRef {
    const Relation* relation;
    Vertex source;
    Vertex target;
  };
  // The vertices of the entities in entities() order (by id); the relations
  // with their ends in relations() order (by id). Same guarantees as those.
  std::vector<Vertex> entity_vertices() const;
  std::vector<RelationRef> relation_refs() const;

  std::size_t entity_count() const { return boost::num_vertices(g_); }
  std::size_t relation_count() const { return boost::num_edges(g_); }
  const Adjacency& adjacency() const { return g_; }

 private:
  Adjacency g_;
  std::map<std::string, Vertex> by_id_;
  // Edges by the FNV-1a hash of (source, predicate, target); a hash shared by
  // two triples is told apart by comparing them (a hash, not the key text:
  // about 90 bytes less per edge).
  std::unordered_multimap<std::uint64_t, Adjacency::edge_descriptor> edges_by_key_;
};

// The preferred of two names of one entity: not all capitals, then most
// words, then most bytes, then the smaller string. A total order, so the
// choice does not depend on the order names arrive in. Pure.
bool better_name(const std::string& a, const std::string& b);

// A stable, short hex id for a string (FNV-1a 64-bit): the same on every
// machine and every run.
std::string stable_hash(const std::string& text);

}  // namespace kg::graph
