#pragma once
// graph.ttl and graph.nq: the knowledge graph as RDF, written through serd's
// streaming writer (DESIGN §5; vocabulary in ontology/kgraph.ttl).
//
// What is written, for base IRI B:
//  - each entity B"entity/"<id> typed with a schema.org class (schema:Person,
//    schema:Organization, schema:Country, schema:City, schema:Place,
//    schema:Event; kg:Concept for non-named objects; kg:Other for the other names: works, products, laws),
//    skos:prefLabel (canonical label), rdfs:label per language, skos:altLabel
//    per alias, owl:sameAs Wikidata (wd:Q…) and GeoNames, kg:mentions;
//  - each predicate B"relation/"<name> declared an owl:ObjectProperty with
//    rdfs:label in English (the edge label) and every other language it has;
//  - each source document B"doc/"<id>, a kg:Document with its kg:documentId;
//  - per fact edge: the direct triple (subject predicate object) — left out
//    for a negated fact, which the text denies — and a statement node
//    B"fact/"<edge id>, an rdf:Statement with rdf:subject/predicate/object,
//    kg:confidence, kg:weight, kg:negated, kg:modality, its qualifiers
//    (kg:time, kg:place, kg:attribution, kg:manner; kg:qualifier "key=value"
//    for others) and prov:wasDerivedFrom one kg:Source per provenance record
//    (B"fact/"<edge id>"/source/"<n>: kg:document, kg:sentenceIndex,
//    kg:sentenceText, kg:spanStart, kg:spanEnd (bytes, half-open), kg:rule).
// N-Quads: entity, predicate, document and statement descriptions are in the
// default graph; the direct triple, the sources and the prov:wasDerivedFrom
// links of a fact are in the named graph of each source document (the
// document's IRI), so a fact read in two documents is in both graphs.
// Every name goes through iri_segment() and the base through
// normalise_base_iri(); literals are made valid UTF-8 (U+0000 becomes
// U+FFFD). Output is a pure function of the graph and options.

#include <cstddef>
#include <cstdio>
#include <string>

#include "export/iri.h"
#include "graph/knowledge_graph.h"

namespace kg::exporters {

// Options of the RDF writers.
struct RdfOptions {
  std::string base = kDefaultBaseIri;  // user-given; normalised by the writers
};

// The vocabulary namespace (kg:), fixed whatever the base.
inline constexpr const char* kVocabularyIri = "https://w3id.org/kgraph/vocab#";

// Streams the graph as Turtle (prefixes, abbreviated) / N-Quads to `out`,
// which the caller owns and keeps open; returns the number of statements
// (triples / quads) written. Throws kg::Error for an invalid base IRI or a
// write error. Thread-safe for concurrent calls on a graph nobody writes.
std::size_t write_turtle(const graph::KnowledgeGraph& graph, const RdfOptions& options, FILE* out);
std::size_t write_nquads(const graph::KnowledgeGraph& graph, const RdfOptions& options, FILE* out);

// The same into a string (tests, small graphs).
std::string graph_to_turtle(const graph::KnowledgeGraph& graph, const RdfOptions& options);
std::string graph_to_nquads(const graph::KnowledgeGraph& graph, const RdfOptions& options);

// The same into `path` through a temporary file and rename.
void write_turtle_file(const graph::KnowledgeGraph& graph, const RdfOptions& options,
                       const std::string& path);
void write_nquads_file(const graph::KnowledgeGraph& graph, const RdfOptions& options,
                       const std::string& path);

}  // namespace kg::exporters
