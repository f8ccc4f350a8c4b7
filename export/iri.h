#pragma once
// IRIs for the RDF writers. serd writes whatever IRI it is given, and an
// invalid one makes its own reader, Jena and Oxigraph reject the whole file,
// so every piece of text is made IRI-legal (RFC 3987) before it reaches serd.

#include <string>

namespace kg::exporters {

// `text` as one IRI path segment: unreserved ASCII (letters, digits, - . _ ~)
// and the non-ASCII characters RFC 3987 allows (ucschar) are kept; every other
// byte, including %, /, ?, #, spaces, quotes, controls and invalid UTF-8, is
// percent-encoded (%XX, upper-case hex, one per UTF-8 byte). The segments "."
// and ".." are encoded so that no reader collapses them. Injective: different
// texts give different segments. Pure; thread-safe.
std::string iri_segment(const std::string& text);

// iri_segment(text) appended to *out (no temporary string: for writers that
// build many IRIs in one buffer).
void append_iri_segment(const std::string& text, std::string* out);

// A user-given base IRI made legal and ready for appending names: it must start
// with a scheme ("http:", "urn:", ...), else kg::Error; characters not allowed
// in an IRI (spaces, <, >, ", {, }, |, \, ^, `, controls, invalid UTF-8, a %
// not followed by two hex digits, a second #, [ or ] outside the authority) are
// percent-encoded; a "/" is appended unless it ends with "/" or "#".
std::string normalise_base_iri(const std::string& base);

// The default base when the user gives none.
inline constexpr const char* kDefaultBaseIri = "http://example.org/kgraph/";

}  // namespace kg::exporters
