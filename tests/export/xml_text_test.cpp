#include "export/xml_text.h"

#include <gtest/gtest.h>

namespace kg::exporters {
namespace {

TEST(XmlEscaped, EscapesMarkupAndKeepsWhitespaceThroughAttributeNormalisation) {
  EXPECT_EQ(xml_escaped("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
  EXPECT_EQ(xml_escaped("l1\nl2\tx\ry"), "l1&#10;l2&#9;x&#13;y");
  EXPECT_EQ(xml_escaped("]]>"), "]]&gt;");
  EXPECT_EQ(xml_escaped("réduire présence en"), "réduire présence en");
}

TEST(XmlEscaped, DropsCharactersXml10CannotHoldAndRepairsInvalidUtf8) {
  EXPECT_EQ(xml_escaped(std::string("a\x00\x01\x08\x0b\x0c\x1f" "b", 8)), "ab");
  EXPECT_EQ(xml_escaped("\x7f"), "\x7f");                       // DEL is legal XML 1.0
  EXPECT_EQ(xml_escaped("x\xef\xbf\xbey\xef\xbf\xbfz"), "xyz");  // U+FFFE, U+FFFF
  EXPECT_EQ(xml_escaped("\xff"), "\xef\xbf\xbd");               // invalid byte -> U+FFFD
  EXPECT_EQ(xml_escaped("\xed\xa0\x80"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");  // surrogate
  EXPECT_EQ(xml_escaped("\xf0\x9f\x98\x80"), "\xf0\x9f\x98\x80");  // astral plane kept
}

TEST(XmlNmtoken, MapsAnyIdToAnInjectiveNmtoken) {
  EXPECT_EQ(xml_nmtoken("Russia"), "Russia");
  EXPECT_EQ(xml_nmtoken("Vladimir_Putin"), "Vladimir_Putin");
  EXPECT_EQ(xml_nmtoken("a b/c"), "a:20b:2Fc");
  EXPECT_EQ(xml_nmtoken("é"), ":C3:A9");
  EXPECT_EQ(xml_nmtoken("f3a9-1.2"), "f3a9-1.2");
  EXPECT_EQ(xml_nmtoken(""), ":");
  EXPECT_NE(xml_nmtoken("a:20b"), xml_nmtoken("a b"));
}

TEST(XmlToken, CollapsesWhiteSpaceAndControlsAsASchemaAwareReaderWould) {
  EXPECT_EQ(xml_token("reduce presence in"), "reduce presence in");
  EXPECT_EQ(xml_token("  a\t\tb\r\n c \x01 d  "), "a b c d");
  EXPECT_EQ(xml_token("\n\n"), "");
  EXPECT_EQ(xml_token("Poutine é"), "Poutine é");
}

}  // namespace
}  // namespace kg::exporters
