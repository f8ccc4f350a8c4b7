#pragma once
// Reading RDF back with serd's reader, to check what the writers produce
// (tests, `kgraph` self-checks): strict parsing, statements counted.

#include <cstddef>
#include <string>

namespace kg::exporters {

// The outcome of parsing one RDF document.
struct RdfParse {
  bool ok = false;
  std::size_t statements = 0;  // triples (Turtle) or quads (N-Quads) read
  std::string error;           // serd's first message when !ok ("line:col: reason")
};

// Parses `text` as Turtle (nquads = false) or N-Quads with serd's reader in
// strict mode (invalid IRIs and bad escapes are errors). Thread-safe.
RdfParse parse_rdf(const std::string& text, bool nquads);

}  // namespace kg::exporters
