#pragma once
// Text for XML 1.0 documents (GraphML, GEXF): escaping, and removing what XML 1.0
// cannot hold at all, so that any input gives a well-formed file.

#include <string>

namespace kg::exporters {

// Appends `text` to *out as XML 1.0 character data or attribute value:
// & < > " ' become entities; tab, newline and carriage return become &#9;
// &#10; &#13; (kept through attribute-value normalisation); characters that
// XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) are
// dropped; invalid UTF-8 bytes become U+FFFD. Pure; thread-safe.
void append_xml_escaped(const std::string& text, std::string* out);

// append_xml_escaped() into a new string.
std::string xml_escaped(const std::string& text);

// `text` as the value of an xsd:token attribute (GEXF labels and kinds), as
// a schema-aware reader would see it: runs of white space and C0 control
// characters become one space, none is left at either end. Escape the result
// with append_xml_escaped(). Pure; thread-safe.
std::string xml_token(const std::string& text);

// `text` as an XML NMTOKEN (the type of GraphML ids): ASCII letters, digits,
// "-", "." and "_" are kept, every other byte becomes ":XX" (upper-case hex),
// so the mapping is injective ("Vladimir_Putin" stays, "a b" is "a:20b");
// "" becomes ":". Pure; thread-safe.
std::string xml_nmtoken(const std::string& text);

// xml_nmtoken(text) appended to *out.
void append_xml_nmtoken(const std::string& text, std::string* out);

}  // namespace kg::exporters
