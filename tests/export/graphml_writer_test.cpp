#include "export/graphml_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "export/json_graph_writer.h"
#include "tests/export/sample_graphs.h"
#include "tests/golden.h"
#include "tests/test_paths.h"

namespace kg::exporters {
namespace {

namespace fs = std::filesystem;

fs::path scratch_dir(const std::string& name) { return kg::test::scratch_dir("graphml", name); }

// The GraphML XSD from ../shared, or "" (the test then skips).
std::string graphml_xsd() {
  std::string shared = kg::test::shared_dir();
  if (shared.empty()) return "";
  std::string xsd = shared + "/eval/schemas/graphml/graphml.xsd";
  return fs::exists(xsd) ? xsd : "";
}

// tests/data/graph/graphml-kgraph.xsd pointing at the shared graphml.xsd.
std::string extended_xsd(const fs::path& dir, const std::string& xsd) {
  std::string text = kg::test::read_file(kg::test::data_path("graph/graphml-kgraph.xsd"));
  const std::string placeholder = "schemaLocation=\"@GRAPHML_XSD@\"";
  text.replace(text.find(placeholder), placeholder.size(), "schemaLocation=\"" + xsd + "\"");
  fs::path out = dir / "graphml-kgraph.xsd";
  std::ofstream(out) << text;
  return out.string();
}

int xmllint(const std::string& schema, const fs::path& file, std::string* err) {
  std::string out;
  return kg::test::run_command("xmllint --noout --nonet --schema '" + schema + "' '" + file.string() + "'", &out, err);
}

TEST(GraphmlWriter, MatchesGoldenFile) {
  kg::test::expect_golden("graph_small.graphml", graph_to_graphml(kg::test::small_rdf_graph(), {}));
}

TEST(GraphmlWriter, ValidatesAgainstTheGraphmlXsd) {
  std::string xsd = graphml_xsd();
  if (xsd.empty()) GTEST_SKIP() << "../shared/eval/schemas/graphml is absent";
  fs::path dir = scratch_dir("xsd");
  for (const auto& [name, g] : {std::pair{"small", kg::test::small_rdf_graph()},
                                std::pair{"hostile", kg::test::hostile_graph()}}) {
    // As written by default: the plain GraphML 1.0 XSD the file declares.
    write_graphml_file(g, {}, (dir / "graph.graphml").string());
    std::string err;
    EXPECT_EQ(xmllint(xsd, dir / "graph.graphml", &err), 0) << name << ": " << err;
    // With the Gephi edge-type attribute asked for: only the XSD extended
    // through GraphML's hook accepts it, the plain one does not.
    GraphmlOptions gephi;
    gephi.edge_type_attribute = true;
    write_graphml_file(g, gephi, (dir / "gephi.graphml").string());
    EXPECT_EQ(xmllint(extended_xsd(dir, xsd), dir / "gephi.graphml", &err), 0) << name << ": " << err;
    EXPECT_NE(xmllint(xsd, dir / "gephi.graphml", &err), 0) << name;
  }
  fs::remove_all(dir);
}

TEST(GraphmlWriter, TheExtendedSchemaStillRejectsWhatGraphmlForbids) {
  std::string xsd = graphml_xsd();
  if (xsd.empty()) GTEST_SKIP() << "../shared/eval/schemas/graphml is absent";
  fs::path dir = scratch_dir("reject");
  std::string text = graph_to_graphml(kg::test::small_rdf_graph(), {});
  text.replace(text.find("<node id=\"Aleppo\">"), 18, "<node id=\"Alep po\">");
  std::ofstream(dir / "bad.graphml") << text;
  std::string err;
  EXPECT_NE(xmllint(extended_xsd(dir, xsd), dir / "bad.graphml", &err), 0);
  EXPECT_NE(err.find("NMTOKEN"), std::string::npos) << err;
  fs::remove_all(dir);
}

TEST(GraphmlWriter, NetworkxAndIgraphReadTheSameGraph) {
  for (const auto& [name, g] : {std::pair{"small", kg::test::small_rdf_graph()},
                                std::pair{"hostile", kg::test::hostile_graph()}}) {
    fs::path dir = scratch_dir(name);
    write_graphml_file(g, {}, (dir / "graph.graphml").string());
    std::string out, err;
    ASSERT_EQ(kg::test::run_command("/usr/bin/python3 " + kg::test::data_path("../export/graphml_load.py") + " '" +
                                        (dir / "graph.graphml").string() + "'",
                                    &out, &err),
              0)
        << name << ": " << err;
    rapidjson::Document d;
    d.Parse(out.c_str());
    ASSERT_FALSE(d.HasParseError()) << out;
    const auto& nx = d["networkx"];
    const auto& ig = d["igraph"];
    EXPECT_TRUE(nx["directed"].GetBool());
    EXPECT_TRUE(ig["directed"].GetBool());
    EXPECT_EQ(nx["nodes"].GetUint64(), g.entity_count()) << name;
    EXPECT_EQ(ig["nodes"].GetUint64(), g.entity_count()) << name;
    EXPECT_EQ(nx["edges"].GetUint64(), g.relation_count()) << name;
    EXPECT_EQ(ig["edges"].GetUint64(), g.relation_count()) << name;
    EXPECT_TRUE(nx["node_labels"] == ig["node_labels"]) << name;
    EXPECT_TRUE(nx["edge_labels"] == ig["edge_labels"]) << name;
    EXPECT_NEAR(nx["pagerank_sum"].GetDouble(), 1.0, 0.01) << name;
    if (std::string(name) == "small") {
      std::vector<std::string> labels;
      for (const auto& l : nx["edge_labels"].GetArray()) labels.emplace_back(l.GetString());
      EXPECT_EQ(labels, (std::vector<std::string>{"bomb", "lead", "reduce", "reduce presence in"}));
    }
    fs::remove_all(dir);
  }
}

TEST(GraphmlWriter, DifferentPredicatesBetweenTwoEntitiesAreSeparateEdges) {
  const graph::KnowledgeGraph g = kg::test::two_predicates_graph();
  EXPECT_EQ(graph_to_graphml(g, {}).find(" label=\""), std::string::npos);  // not unless asked for
  GraphmlOptions gephi;
  gephi.edge_type_attribute = true;
  std::string xml = graph_to_graphml(g, gephi);
  EXPECT_NE(xml.find("source=\"Russia\" target=\"Syria\" label=\"interveneIn\""), std::string::npos);
  EXPECT_NE(xml.find("source=\"Russia\" target=\"Syria\" label=\"reducePresenceIn\""), std::string::npos);
}

TEST(JsonGraphWriter, SampleGraphMatchesGoldenFile) {
  kg::test::expect_golden("graph_sample.json", graph_to_json(kg::test::small_rdf_graph(), "none"));
}

}  // namespace
}  // namespace kg::exporters
