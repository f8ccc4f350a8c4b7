#include "export/iri.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace kg::exporters {
namespace {

struct SegmentCase {
  const char* input;
  const char* expected;
};

TEST(IriSegment, EncodesEverythingThatIsNotLegalInAPathSegment) {
  const SegmentCase cases[] = {
      {"Russia", "Russia"},
      {"Vladimir_Putin", "Vladimir_Putin"},
      {"a-b.c~d", "a-b.c~d"},
      {"Côte d'Ivoire", "Côte%20d%27Ivoire"},          // ucschar kept, space and ' encoded
      {"doc with spaces/and?query#frag", "doc%20with%20spaces%2Fand%3Fquery%23frag"},
      {"100%", "100%25"},                                // % itself is encoded: injective
      {"<>\"{}|^`\\", "%3C%3E%22%7B%7D%7C%5E%60%5C"},
      {"tab\tnl\n\x01", "tab%09nl%0A%01"},
      {"\xff\xfe", "%FF%FE"},                            // invalid UTF-8: bytes encoded
      {"\xef\xbf\xbe", "%EF%BF%BE"},                     // U+FFFE is not a ucschar
      {"\xee\x80\x80", "%EE%80%80"},                     // private use: not in a path
      {"Москва", "Москва"},
      {".", "%2E"},
      {"..", "%2E%2E"},
      {"...", "..."},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(iri_segment(c.input), c.expected) << "input: " << c.input;
}

TEST(IriSegment, DifferentNamesNeverShareAnIri) {
  EXPECT_NE(iri_segment("a b"), iri_segment("a%20b"));
  EXPECT_NE(iri_segment("a/b"), iri_segment("a%2Fb"));
}

struct BaseCase {
  const char* input;
  const char* expected;
};

TEST(NormaliseBaseIri, KeepsStructureAndEncodesIllegalCharacters) {
  const BaseCase cases[] = {
      {"http://example.org/kg/", "http://example.org/kg/"},
      {"http://example.org/kg", "http://example.org/kg/"},
      {"http://example.org/kg#", "http://example.org/kg#"},
      {"https://ex.org/my graph/", "https://ex.org/my%20graph/"},
      {"http://ex.org/a#b#c", "http://ex.org/a#b%23c/"},
      {"http://ex.org/<x>{y}", "http://ex.org/%3Cx%3E%7By%7D/"},
      {"http://ex.org/50%/", "http://ex.org/50%25/"},
      {"http://ex.org/ok%20/", "http://ex.org/ok%20/"},
      {"http://[::1]:8080/a[b]/", "http://[::1]:8080/a%5Bb%5D/"},
      {"urn:x-kgraph:test", "urn:x-kgraph:test/"},
      {"http://ex.org/q?x=1&y=2", "http://ex.org/q?x=1&y=2/"},
      {"http://ex.org/Zürich/", "http://ex.org/Zürich/"},
      {"http://ex.org/\x01\"", "http://ex.org/%01%22/"},
  };
  for (const auto& c : cases) EXPECT_EQ(normalise_base_iri(c.input), c.expected) << "input: " << c.input;
}

TEST(NormaliseBaseIri, RejectsARelativeIriWithAClearMessage) {
  for (const char* bad : {"", "example.org/kg", "//example.org/", ":x", "1http://x/", "ht tp://x/"}) {
    try {
      normalise_base_iri(bad);
      ADD_FAILURE() << "accepted " << bad;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("not an absolute IRI"), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace kg::exporters
