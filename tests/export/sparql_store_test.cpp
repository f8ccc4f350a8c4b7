// graph.ttl / graph.nq in a real SPARQL store: Oxigraph (npm oxigraph, run by
// node on an in-memory store). Skipped when node or the package is missing
// (scripts/install-deps.sh runs `npm ci` in tests/sparql).
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "export/rdf_check.h"
#include "export/rdf_writer.h"
#include "tests/export/sample_graphs.h"
#include "tests/test_paths.h"

namespace kg::exporters {
namespace {

namespace fs = std::filesystem;

class SparqlStore : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string out;
    if (kg::test::run_command("command -v node", &out) != 0) GTEST_SKIP() << "node is not installed";
    if (!fs::exists(kg::test::data_path("../sparql/node_modules/oxigraph/package.json")))
      GTEST_SKIP() << "oxigraph is not installed (npm ci --prefix tests/sparql)";
    dir_ = fs::temp_directory_path() / ("kg-sparql-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  // Loads `rdf` into Oxigraph and runs `query`; fails the test on a load error.
  rapidjson::Document run(const std::string& rdf, bool nquads, const std::string& query) {
    fs::path file = dir_ / (nquads ? "graph.nq" : "graph.ttl");
    std::ofstream(file, std::ios::binary) << rdf;
    std::string out, err;
    int rc = kg::test::run_command("node " + kg::test::data_path("../sparql/sparql_query.mjs") + " '" +
                                       file.string() + "' " + (nquads ? "nquads" : "turtle") + " '" + query + "'",
                                   &out, &err);
    rapidjson::Document d;
    EXPECT_EQ(rc, 0) << err;
    d.Parse(out.c_str());
    EXPECT_TRUE(!d.HasParseError() && d.IsObject()) << out << err;
    return d;
  }

  fs::path dir_;
};

TEST_F(SparqlStore, TurtleLoadsAndSparqlReturnsAKnownRelationship) {
  std::string ttl = graph_to_turtle(kg::test::small_rdf_graph(), {});
  auto d = run(ttl, false,
               "PREFIX rel: <http://example.org/kgraph/relation/> "
               "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
               "SELECT ?target WHERE { ?s rel:reducePresenceIn ?o . ?s skos:prefLabel \"Russia\" . "
               "?o skos:prefLabel ?target }");
  ASSERT_TRUE(d.IsObject());
  EXPECT_EQ(d["size"].GetUint64(), parse_rdf(ttl, false).statements);
  ASSERT_EQ(d["rows"].Size(), 1u);
  EXPECT_STREQ(d["rows"][0]["target"].GetString(), "Syria");
}

TEST_F(SparqlStore, ProvenanceIsQueryableThroughTheStatementNode) {
  std::string ttl = graph_to_turtle(kg::test::small_rdf_graph(), {});
  auto d = run(ttl, false,
               "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
               "PREFIX rel: <http://example.org/kgraph/relation/> "
               "PREFIX kg: <https://w3id.org/kgraph/vocab#> PREFIX prov: <http://www.w3.org/ns/prov#> "
               "SELECT ?id ?conf WHERE { ?f rdf:predicate rel:reducePresenceIn ; kg:confidence ?conf ; "
               "prov:wasDerivedFrom ?src . ?src kg:document ?doc . ?doc kg:documentId ?id } ORDER BY ?id");
  ASSERT_TRUE(d.IsObject());
  ASSERT_EQ(d["rows"].Size(), 2u);
  EXPECT_STREQ(d["rows"][0]["id"].GetString(), "afp-2017-12-06");
  EXPECT_STREQ(d["rows"][1]["id"].GetString(), "reuters-2017-12-07");
  EXPECT_STREQ(d["rows"][0]["conf"].GetString(), "0.82");
}

TEST_F(SparqlStore, NQuadsKeepOneNamedGraphPerDocument) {
  std::string nq = graph_to_nquads(kg::test::small_rdf_graph(), {});
  auto d = run(nq, true, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
  ASSERT_TRUE(d.IsObject());
  EXPECT_EQ(d["size"].GetUint64(), parse_rdf(nq, true).statements);
  ASSERT_EQ(d["rows"].Size(), 2u);
  EXPECT_STREQ(d["rows"][0]["g"].GetString(), "http://example.org/kgraph/doc/afp-2017-12-06");
}

TEST_F(SparqlStore, HostileNamesAndBaseIriLoadStrictly) {
  RdfOptions options;
  options.base = "http://ex.org/my graph/<x>#a#b";
  auto g = kg::test::hostile_graph();
  for (bool nquads : {false, true}) {
    std::string rdf = nquads ? graph_to_nquads(g, options) : graph_to_turtle(g, options);
    auto d = run(rdf, nquads, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    ASSERT_TRUE(d.IsObject());
    EXPECT_EQ(d["size"].GetUint64(), parse_rdf(rdf, nquads).statements) << (nquads ? "nq" : "ttl");
  }
}

}  // namespace
}  // namespace kg::exporters
