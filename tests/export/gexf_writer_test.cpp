#include "export/gexf_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "export/xml_text.h"
#include "graph/metrics.h"
#include "tests/export/sample_graphs.h"
#include "tests/golden.h"
#include "tests/test_paths.h"

namespace kg::exporters {
namespace {

namespace fs = std::filesystem;

fs::path scratch_dir(const std::string& name) { return kg::test::scratch_dir("gexf", name); }

// The small graph with every date taken away: what a corpus of undated documents gives.
graph::KnowledgeGraph undated_graph() {
  graph::KnowledgeGraph dated = kg::test::small_rdf_graph(), g;
  for (const graph::Entity* e : dated.entities()) {
    graph::Entity copy = *e;
    copy.dates.clear();
    g.add_entity(copy);
  }
  for (const graph::Relation* r : dated.relations()) {
    graph::Relation copy = *r;
    copy.dates.clear();
    g.add_relation(copy);
  }
  return g;
}

// The GEXF 1.3 RELAX NG schema from ../shared, or "" (the test then skips).
std::string gexf_rng() {
  std::string shared = kg::test::shared_dir();
  if (shared.empty()) return "";
  std::string rng = shared + "/eval/schemas/gexf/gexf.rng";
  return fs::exists(rng) ? rng : "";
}

TEST(GexfWriter, MatchesGoldenFile) {
  kg::test::expect_golden("graph_small.gexf", graph_to_gexf(kg::test::small_rdf_graph()));
}

TEST(GexfWriter, ValidatesAgainstTheGexfRelaxNgSchema) {
  std::string rng = gexf_rng();
  if (rng.empty()) GTEST_SKIP() << "../shared/eval/schemas/gexf is absent";
  fs::path dir = scratch_dir("rng");
  for (const auto& [name, g] : {std::pair{"small (dynamic)", kg::test::small_rdf_graph()},
                                std::pair{"undated (static)", undated_graph()},
                                std::pair{"hostile", kg::test::hostile_graph()}}) {
    write_gexf_file(g, (dir / "graph.gexf").string());
    std::string out, err;
    EXPECT_EQ(kg::test::run_command("xmllint --noout --nonet --relaxng '" + rng + "' '" +
                                        (dir / "graph.gexf").string() + "'",
                                    &out, &err),
              0)
        << name << ": " << err;
  }
  // The schema is not a rubber stamp: an edge without a target fails.
  std::string bad = graph_to_gexf(kg::test::small_rdf_graph());
  bad.replace(bad.find(" target=\"Russia\""), 16, "");
  std::ofstream(dir / "bad.gexf") << bad;
  std::string out, err;
  EXPECT_NE(kg::test::run_command("xmllint --noout --nonet --relaxng '" + rng + "' '" + (dir / "bad.gexf").string() +
                                      "'",
                                  &out, &err),
            0);
  fs::remove_all(dir);
}

TEST(GexfWriter, NodesAndEdgesStartAtTheDateOfTheirFirstDocument) {
  std::string gexf = graph_to_gexf(kg::test::small_rdf_graph());
  EXPECT_NE(gexf.find("mode=\"dynamic\" timeformat=\"date\""), std::string::npos);
  // Russia: named on the 6th and the 7th; exists from the 6th on, open-ended.
  EXPECT_NE(gexf.find("<node id=\"Russia\" label=\"Russia\" start=\"2017-12-06\">"), std::string::npos) << gexf;
  EXPECT_NE(gexf.find("<attvalue for=\"dates\" value=\"2017-12-06|2017-12-07\"/>"), std::string::npos);
  EXPECT_EQ(gexf.find(" end=\""), std::string::npos);
  // Paris was named only in an undated document: always there.
  EXPECT_NE(gexf.find("<node id=\"Paris\" label=\"Paris\">"), std::string::npos);
  // The fact read on both days starts on the first.
  EXPECT_NE(gexf.find("kind=\"reducePresenceIn\" label=\"reduce presence in\" weight=\"2\" start=\"2017-12-06\""),
            std::string::npos);
}

TEST(GexfWriter, WithNoDatedDocumentTheGraphIsStatic) {
  std::string gexf = graph_to_gexf(undated_graph());
  EXPECT_NE(gexf.find("mode=\"static\""), std::string::npos);
  EXPECT_EQ(gexf.find("timeformat"), std::string::npos);
  EXPECT_EQ(gexf.find(" start=\""), std::string::npos);
}

TEST(GexfWriter, ParallelFactsBetweenTwoEntitiesKeepTheirOwnKind) {
  const graph::KnowledgeGraph g = kg::test::two_predicates_graph();
  std::string gexf = graph_to_gexf(g);
  EXPECT_NE(gexf.find("source=\"Russia\" target=\"Syria\" kind=\"interveneIn\""), std::string::npos);
  EXPECT_NE(gexf.find("source=\"Russia\" target=\"Syria\" kind=\"reducePresenceIn\""), std::string::npos);
}

TEST(GexfWriter, NodeSizeFollowsPageRankAndColourTheType) {
  EXPECT_DOUBLE_EQ(node_size(0, 0.3), 4);
  EXPECT_DOUBLE_EQ(node_size(0.3, 0.3), 40);
  EXPECT_LT(node_size(0.1, 0.3), node_size(0.2, 0.3));
  const Rgb person = type_colour("Person"), country = type_colour("Country");
  EXPECT_FALSE(person.r == country.r && person.g == country.g && person.b == country.b);
  const Rgb other = type_colour("Thing"), other2 = type_colour("Org\"anization");
  EXPECT_TRUE(other.r == other2.r && other.g == other2.g && other.b == other2.b);
}

// graphology-gexf, an independent reader, sees the graph kgraph wrote: the
// same nodes and edges, labels, kinds, weights and attributes.
TEST(GexfWriter, GraphologyReadsTheSameGraph) {
  std::string out, err;
  if (kg::test::run_command("command -v node", &out) != 0) GTEST_SKIP() << "node is not installed";
  if (!fs::exists(kg::test::data_path("../clients/node_modules/graphology-gexf/package.json")))
    GTEST_SKIP() << "graphology-gexf is not installed (npm ci --prefix tests/clients)";
  for (const auto& [name, g] : {std::pair{"small", kg::test::small_rdf_graph()},
                                std::pair{"hostile", kg::test::hostile_graph()}}) {
    fs::path dir = scratch_dir(name);
    write_gexf_file(g, (dir / "graph.gexf").string());
    ASSERT_EQ(kg::test::run_command("node " + kg::test::data_path("../clients/gexf_read.mjs") + " '" +
                                        (dir / "graph.gexf").string() + "'",
                                    &out, &err),
              0)
        << name << ": " << err;
    rapidjson::Document d;
    d.Parse(out.c_str());
    ASSERT_FALSE(d.HasParseError()) << out;
    EXPECT_STREQ(d["type"].GetString(), "directed") << name;
    EXPECT_EQ(d["order"].GetUint64(), g.entity_count()) << name;
    EXPECT_EQ(d["size"].GetUint64(), g.relation_count()) << name;
    const auto metrics = graph::compute_metrics(g);
    const auto entities = g.entities();
    for (std::size_t i = 0; i < entities.size(); ++i) {
      const graph::Entity& e = *entities[i];
      const std::string id = xml_nmtoken(e.id);
      ASSERT_TRUE(d["nodes"].HasMember(id.c_str())) << name << ": " << id;
      const auto& a = d["nodes"][id.c_str()];
      EXPECT_EQ(a["type"].GetString(), e.type) << id;
      EXPECT_EQ(a["mentions"].GetUint64(), e.mentions) << id;
      EXPECT_NEAR(a["pagerank"].GetDouble(), metrics[i].pagerank, 1e-6) << id;
      EXPECT_TRUE(a.HasMember("color") && a.HasMember("size")) << id;
      if (std::string(name) == "small") {
        EXPECT_EQ(a["label"].GetString(), e.label) << id;
        EXPECT_EQ(a.HasMember("wikidata"), !e.qid.empty()) << id;
      }
    }
    const auto relations = g.relations();
    ASSERT_EQ(d["edges"].Size(), relations.size());
    for (rapidjson::SizeType i = 0; i < d["edges"].Size(); ++i) {
      const auto& edge = d["edges"][i];
      const graph::Relation& r = *relations[i];
      EXPECT_EQ(edge["source"].GetString(), xml_nmtoken(r.source)) << name;
      EXPECT_EQ(edge["target"].GetString(), xml_nmtoken(r.target)) << name;
      const auto& a = edge["attributes"];
      EXPECT_EQ(a["kind"].GetString(), xml_token(r.predicate)) << name;
      EXPECT_EQ(a["weight"].GetUint64(), r.weight()) << name;
      EXPECT_EQ(a["negated"].GetBool(), r.negated) << name;
      EXPECT_NEAR(a["confidence"].GetDouble(), r.confidence, 1e-6) << name;
    }
    if (std::string(name) == "small") {
      const auto& russia = d["nodes"]["Russia"];
      EXPECT_STREQ(russia["wikidata"].GetString(), "Q159");
      EXPECT_STREQ(russia["dates"].GetString(), "2017-12-06|2017-12-07");
      EXPECT_STREQ(russia["color"].GetString(), "rgb(44,160,44)");
      EXPECT_STREQ(d["edges"][1]["attributes"]["label"].GetString(), "reduce presence in");
      EXPECT_STREQ(d["edges"][1]["attributes"]["modality"].GetString(), "future");
    }
    fs::remove_all(dir);
  }
}

}  // namespace
}  // namespace kg::exporters
