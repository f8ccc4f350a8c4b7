#include "export/rdf_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>

#include <unistd.h>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/rdf_check.h"
#include "tests/export/sample_graphs.h"
#include "tests/golden.h"
#include "tests/test_paths.h"

namespace kg::exporters {
namespace {

namespace fs = std::filesystem;

fs::path scratch_dir(const std::string& name) { return kg::test::scratch_dir("rdf", name); }

void write_text(const fs::path& path, const std::string& text) {
  AtomicFile f(path.string());
  f.write(text);
  f.commit();
}

// rdflib's view of graph.ttl + graph.nq (tests/export/rdf_load.py).
rapidjson::Document rdflib_load(const fs::path& ttl, const fs::path& nq) {
  std::string out, err;
  int rc = kg::test::run_command("/usr/bin/python3 " + kg::test::data_path("../export/rdf_load.py") + " '" +
                                     ttl.string() + "' '" + nq.string() + "'",
                                 &out, &err);
  rapidjson::Document d;
  EXPECT_EQ(rc, 0) << err;
  d.Parse(out.c_str());
  EXPECT_FALSE(d.HasParseError()) << out << err;
  return d;
}

TEST(RdfWriter, TurtleMatchesGoldenFile) {
  kg::test::expect_golden("graph_small.ttl", graph_to_turtle(kg::test::small_rdf_graph(), RdfOptions{}));
}

TEST(RdfWriter, NQuadsMatchesGoldenFile) {
  kg::test::expect_golden("graph_small.nq", graph_to_nquads(kg::test::small_rdf_graph(), RdfOptions{}));
}

TEST(RdfWriter, SerdReadsBackWhatItWrote) {
  auto g = kg::test::small_rdf_graph();
  RdfParse ttl = parse_rdf(graph_to_turtle(g, {}), false);
  RdfParse nq = parse_rdf(graph_to_nquads(g, {}), true);
  ASSERT_TRUE(ttl.ok) << ttl.error;
  ASSERT_TRUE(nq.ok) << nq.error;
  // One extra quad: the fact read in two documents has its direct triple in both graphs.
  EXPECT_EQ(nq.statements, ttl.statements + 1);
}

TEST(RdfWriter, DirectTriplesCarryTheFactsAndNegatedFactsAreNotAsserted) {
  std::string nq = graph_to_nquads(kg::test::small_rdf_graph(), {});
  const std::string b = "http://example.org/kgraph/";
  EXPECT_NE(nq.find("<" + b + "entity/Russia> <" + b + "relation/reducePresenceIn> <" + b +
                    "entity/Syria> <" + b + "doc/afp-2017-12-06> .\n"),
            std::string::npos);
  EXPECT_NE(nq.find("<" + b + "entity/Russia> <" + b + "relation/reducePresenceIn> <" + b +
                    "entity/Syria> <" + b + "doc/reuters-2017-12-07> .\n"),
            std::string::npos);
  EXPECT_EQ(nq.find("<" + b + "entity/Russia> <" + b + "relation/bomb> <" + b + "entity/Aleppo>"), std::string::npos);
  EXPECT_NE(nq.find("<" + b + "relation/bomb> <http://www.w3.org/2000/01/rdf-schema#label> \"bombarder\"@fr"), std::string::npos);
}

TEST(RdfWriter, RdflibAndSerdAgreeOnTheSmallGraph) {
  auto g = kg::test::small_rdf_graph();
  fs::path dir = scratch_dir("small");
  write_turtle_file(g, {}, (dir / "graph.ttl").string());
  write_nquads_file(g, {}, (dir / "graph.nq").string());
  RdfParse ttl = parse_rdf(kg::test::read_file((dir / "graph.ttl").string()), false);
  RdfParse nq = parse_rdf(kg::test::read_file((dir / "graph.nq").string()), true);
  ASSERT_TRUE(ttl.ok && nq.ok) << ttl.error << nq.error;
  auto d = rdflib_load(dir / "graph.ttl", dir / "graph.nq");
  ASSERT_TRUE(d.IsObject());
  EXPECT_EQ(d["ttl_triples"].GetUint64(), ttl.statements);
  EXPECT_EQ(d["nq_quads"].GetUint64(), nq.statements);
  EXPECT_EQ(d["nq_distinct_triples"].GetUint64(), ttl.statements);
  EXPECT_TRUE(d["same_graph"].GetBool()) << "graph.nq without its graphs is not graph.ttl";
  EXPECT_EQ(d["named_graphs"].Size(), 2u);  // one per source document
  fs::remove_all(dir);
}

TEST(RdfWriter, HostileTextAndIdsKeepBothFormatsParseable) {
  auto g = kg::test::hostile_graph();
  RdfOptions options;
  options.base = "http://ex.org/my graph/<x>#a#b";  // user-given, illegal as it stands
  fs::path dir = scratch_dir("hostile");
  write_text(dir / "graph.ttl", graph_to_turtle(g, options));
  write_text(dir / "graph.nq", graph_to_nquads(g, options));
  RdfParse ttl = parse_rdf(kg::test::read_file((dir / "graph.ttl").string()), false);
  RdfParse nq = parse_rdf(kg::test::read_file((dir / "graph.nq").string()), true);
  ASSERT_TRUE(ttl.ok) << ttl.error;
  ASSERT_TRUE(nq.ok) << nq.error;
  auto d = rdflib_load(dir / "graph.ttl", dir / "graph.nq");
  ASSERT_TRUE(d.IsObject());
  EXPECT_EQ(d["ttl_triples"].GetUint64(), ttl.statements);
  EXPECT_EQ(d["nq_quads"].GetUint64(), nq.statements);
  EXPECT_TRUE(d["same_graph"].GetBool());
  // The hostile label survives, with only its invalid bytes replaced by U+FFFD.
  bool found = false;
  for (const auto& label : d["pref_labels"].GetArray())
    found = found || std::string(label.GetString()).find("\"\"\"' } { | ^ ` \\") != std::string::npos;
  EXPECT_TRUE(found);
  std::string out, err;
  // serdi, serd's command-line client, agrees too.
  EXPECT_EQ(kg::test::run_command("serdi -l -i turtle -o ntriples '" + (dir / "graph.ttl").string() + "' | wc -l",
                                  &out, &err),
            0)
      << err;
  EXPECT_EQ(std::stoul(out), ttl.statements);
  fs::remove_all(dir);
}

TEST(RdfWriter, ARelativeBaseIriIsAnError) {
  RdfOptions options;
  options.base = "example.org/kg";
  EXPECT_THROW(graph_to_turtle(kg::test::small_rdf_graph(), options), kg::Error);
}

TEST(RdfWriter, OntologyFileIsValidTurtle) {
  std::string ttl = kg::test::read_file(kg::test::data_path("../../ontology/kgraph.ttl"));
  ASSERT_FALSE(ttl.empty());
  RdfParse p = parse_rdf(ttl, false);
  EXPECT_TRUE(p.ok) << p.error;
  EXPECT_GT(p.statements, 50u);
}

}  // namespace
}  // namespace kg::exporters
