// kgraph build/merge/query end to end: the outputs, merge of shards, queries.
// Skipped when the kgraph program has not been built.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <filesystem>

#include "export/html_writer.h"
#include "export/rdf_check.h"
#include "tests/test_paths.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kg-cli-out-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  return d;
}

class CliOutputs : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kgraph_binary())) GTEST_SKIP() << "kgraph not built: " << kgraph_binary();
  }
  int kgraph(const std::string& args, std::string* out, std::string* err = nullptr) {
    return run_command(kgraph_binary() + " " + args, out, err);
  }
};

TEST_F(CliOutputs, MergeOfTwoHalvesIsTheWholeGraphInEveryFormat) {
  fs::path d = fresh_dir("merge");
  std::string out, err;
  ASSERT_EQ(kgraph("merge " + data_path("graph/half_a.json") + " " + data_path("graph/half_b.json") + " -o " +
                       d.string(),
                   &out, &err),
            0)
      << err;
  EXPECT_EQ(read_file((d / "graph.json").string()), read_file(data_path("graph/whole.json")));
  auto ttl = exporters::parse_rdf(read_file((d / "graph.ttl").string()), false);
  auto nq = exporters::parse_rdf(read_file((d / "graph.nq").string()), true);
  EXPECT_TRUE(ttl.ok && nq.ok) << ttl.error << nq.error;
  EXPECT_GT(ttl.statements, 50u);
  EXPECT_NE(read_file((d / "graph.graphml").string()).find("<graphml"), std::string::npos);
  EXPECT_TRUE(fs::exists(d / "graph.gexf"));
  EXPECT_TRUE(fs::exists(d / "neo4j" / "nodes.csv"));
  EXPECT_EQ(fs::exists(d / "graph.html"), exporters::html_writer_available());
  // In the other order, the same bytes.
  fs::path e = fresh_dir("merge-ba");
  ASSERT_EQ(kgraph("merge " + data_path("graph/half_b.json") + " " + data_path("graph/half_a.json") + " -o " +
                       e.string() + " --formats json",
                   &out, &err),
            0)
      << err;
  EXPECT_EQ(read_file((e / "graph.json").string()), read_file(data_path("graph/whole.json")));
  EXPECT_FALSE(fs::exists(e / "graph.ttl"));
  fs::remove_all(d);
  fs::remove_all(e);
}

TEST_F(CliOutputs, MergeRejectsABadGraphNamingFileAndLine) {
  fs::path d = fresh_dir("merge-bad");
  fs::create_directories(d);
  std::string bad = (d / "bad.json").string();
  FILE* f = std::fopen(bad.c_str(), "w");
  std::fputs("{\"kgraph\": {\"format\": 1, \"kb\": \"none\"},\n \"nodes\": [}\n", f);
  std::fclose(f);
  std::string out, err;
  EXPECT_EQ(kgraph("merge " + bad + " -o " + (d / "out").string(), &out, &err), 2);
  EXPECT_NE(err.find(bad + ":2:"), std::string::npos) << err;
  EXPECT_FALSE(fs::exists(d / "out" / "graph.json"));
  fs::remove_all(d);
}

TEST_F(CliOutputs, BadFormatsOrBaseAreUsageErrors) {
  std::string out, err;
  fs::path d = fresh_dir("usage");
  EXPECT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + d.string() + " --formats ttl,pdf", &out, &err),
            2);
  EXPECT_NE(err.find("unknown format \"pdf\""), std::string::npos) << err;
  EXPECT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + d.string() + " --base example.org", &out, &err),
            2);
  EXPECT_NE(err.find("not an absolute IRI"), std::string::npos) << err;
  fs::remove_all(d);
}

TEST_F(CliOutputs, BaseIriGoesIntoTheRdfPercentEncoded) {
  fs::path d = fresh_dir("base");
  std::string out, err;
  ASSERT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + d.string() +
                       " --formats nq --base 'https://news.example/my graph/'",
                   &out, &err),
            0)
      << err;
  std::string nq = read_file((d / "graph.nq").string());
  EXPECT_NE(nq.find("<https://news.example/my%20graph/entity/Russia>"), std::string::npos);
  EXPECT_TRUE(exporters::parse_rdf(nq, true).ok);
  fs::remove_all(d);
}

TEST_F(CliOutputs, QueryEntityPathAndMatchAsTextAndJson) {
  const std::string g = data_path("graph/whole.json");
  std::string out, err;
  ASSERT_EQ(kgraph("query " + g + " --entity 'fédération de russie' ", &out, &err), 1) << err;  // unknown name
  ASSERT_EQ(kgraph("query " + g + " --entity RUSSIE", &out, &err), 0) << err;
  EXPECT_NE(out.find("Russia —reduce presence in→ Syria"), std::string::npos) << out;
  EXPECT_NE(out.find("reuters-2017-12-07 #2"), std::string::npos) << out;
  EXPECT_NE(out.find("Vladimir Putin —lead→ Russia"), std::string::npos) << out;

  ASSERT_EQ(kgraph("query " + g + " --path Poutine Syrie", &out, &err), 0) << err;
  EXPECT_NE(out.find("Vladimir Putin —lead→ Russia —reduce presence in→ Syria"), std::string::npos) << out;
  EXPECT_EQ(kgraph("query " + g + " --path Poutine Paris", &out, &err), 1);

  ASSERT_EQ(kgraph("query " + g + " --match 'Russia * Syria' --json", &out, &err), 0) << err;
  rapidjson::Document d;
  d.Parse(out.c_str());
  ASSERT_FALSE(d.HasParseError()) << out;
  ASSERT_EQ(d["facts"].Size(), 1u);
  EXPECT_STREQ(d["facts"][0]["predicate"].GetString(), "reducePresenceIn");
  EXPECT_EQ(d["facts"][0]["provenance"].Size(), 2u);

  ASSERT_EQ(kgraph("query " + g + " --path Putin Syria --json", &out, &err), 0) << err;
  d.Parse(out.c_str());
  ASSERT_FALSE(d.HasParseError()) << out;
  ASSERT_EQ(d["paths"].Size(), 1u);
  EXPECT_EQ(d["paths"][0].Size(), 2u);

  EXPECT_EQ(kgraph("query " + g, &out, &err), 2);  // no question asked
}

// Building two halves of a corpus and merging them gives the graph.json of
// building the whole. Meaningful once facts are extracted (entity nodes with
// mentions and aliases from both halves); trivially true before. Half a
// names "Mr Whitfield" alone, half b "Harriet Whitfield": the merge redoes
// graph.surname across the halves, as the build of the whole does.
TEST_F(CliOutputs, BuildingHalvesAndMergingEqualsBuildingTheWhole) {
  fs::path whole = fresh_dir("whole"), a = fresh_dir("half-a"), b = fresh_dir("half-b"), m = fresh_dir("merged");
  const std::string ca = data_path("graph/corpus_a.jsonl"), cb = data_path("graph/corpus_b.jsonl");
  std::string out, err;
  ASSERT_EQ(kgraph("build " + ca + " " + cb + " -o " + whole.string() + " --formats json", &out, &err), 0) << err;
  ASSERT_EQ(kgraph("build " + ca + " -o " + a.string() + " --formats json", &out, &err), 0) << err;
  ASSERT_EQ(kgraph("build " + cb + " -o " + b.string() + " --formats json", &out, &err), 0) << err;
  ASSERT_EQ(kgraph("merge " + (a / "graph.json").string() + " " + (b / "graph.json").string() + " -o " + m.string() +
                       " --formats json",
                   &out, &err),
            0)
      << err;
  const std::string half_a = read_file((a / "graph.json").string()), merged = read_file((m / "graph.json").string());
  EXPECT_NE(half_a.find("\"Person_whitfield\""), std::string::npos);  // alone in its half
  EXPECT_EQ(merged.find("\"Person_whitfield\""), std::string::npos);  // folded into Harriet Whitfield
  EXPECT_EQ(merged, read_file((whole / "graph.json").string()));
  for (const auto& d : {whole, a, b, m}) fs::remove_all(d);
}

// graph.graphml as written by default passes the XSD it declares; the Gephi
// edge-type attribute, which that XSD forbids, is there only when asked for.
TEST_F(CliOutputs, DefaultGraphmlIsValidAgainstTheSchemaItDeclares) {
  const std::string shared = shared_dir();
  const std::string xsd = shared + "/eval/schemas/graphml/graphml.xsd";
  if (shared.empty() || !fs::exists(xsd)) GTEST_SKIP() << "../shared/eval/schemas/graphml is absent";
  fs::path d = fresh_dir("graphml-default"), e = fresh_dir("graphml-edge-type");
  std::string out, err;
  ASSERT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + d.string() + " --formats graphml", &out, &err),
            0)
      << err;
  const std::string file = (d / "graph.graphml").string();
  EXPECT_NE(read_file(file).find("xmlns/1.0/graphml.xsd"), std::string::npos);  // the schema it declares
  EXPECT_EQ(run_command("xmllint --noout --nonet --schema '" + xsd + "' '" + file + "'", &out, &err), 0) << err;
  ASSERT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + e.string() +
                       " --formats graphml --graphml-edge-type",
                   &out, &err),
            0)
      << err;
  EXPECT_NE(read_file((e / "graph.graphml").string()).find("label=\"reduce presence in\">"), std::string::npos);
  EXPECT_NE(run_command("xmllint --noout --nonet --schema '" + xsd + "' '" + (e / "graph.graphml").string() + "'",
                        &out, &err),
            0);
  fs::remove_all(d);
  fs::remove_all(e);
}

// The dates of the documents reach graph.gexf: each entity and fact starts on
// the day of the first document naming it, and keeps every day; the merge of
// two halves built apart gives the same file as the build of the whole.
TEST_F(CliOutputs, GexfTimelineStartsEachEntityAtItsFirstDocument) {
  fs::path whole = fresh_dir("gexf-whole"), a = fresh_dir("gexf-a"), b = fresh_dir("gexf-b"), m = fresh_dir("gexf-m");
  const std::string ca = data_path("graph/corpus_a.jsonl"), cb = data_path("graph/corpus_b.jsonl");
  std::string out, err;
  ASSERT_EQ(kgraph("build " + ca + " " + cb + " -o " + whole.string() + " --formats json,gexf", &out, &err), 0) << err;
  const std::string gexf = read_file((whole / "graph.gexf").string());
  EXPECT_NE(gexf.find("mode=\"dynamic\" timeformat=\"date\""), std::string::npos);
  // Russia: in afp-2017-12-06 first, and in the Reuters story of the 7th.
  const std::size_t russia = gexf.find("<node id=\"Russia\"");
  ASSERT_NE(russia, std::string::npos) << gexf;
  const std::string node = gexf.substr(russia, gexf.find("</node>", russia) - russia);
  EXPECT_NE(node.find("start=\"2017-12-06\""), std::string::npos) << node;
  EXPECT_NE(node.find("2017-12-06|2017-12-07"), std::string::npos) << node;
  ASSERT_EQ(kgraph("build " + ca + " -o " + a.string() + " --formats json", &out, &err), 0) << err;
  ASSERT_EQ(kgraph("build " + cb + " -o " + b.string() + " --formats json", &out, &err), 0) << err;
  ASSERT_EQ(kgraph("merge " + (a / "graph.json").string() + " " + (b / "graph.json").string() + " -o " + m.string() +
                       " --formats gexf",
                   &out, &err),
            0)
      << err;
  EXPECT_EQ(read_file((m / "graph.gexf").string()), gexf);
  for (const auto& d : {whole, a, b, m}) fs::remove_all(d);
}

TEST_F(CliOutputs, Neo4jFormatWritesTheImportDirectory) {
  fs::path d = fresh_dir("neo4j");
  std::string out, err;
  ASSERT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + d.string() + " --formats neo4j", &out, &err), 0)
      << err;
  for (const char* f : {"nodes.csv", "relationships.csv", "import.sh", "load.cypher"})
    EXPECT_TRUE(fs::exists(d / "neo4j" / f)) << f;
  EXPECT_FALSE(fs::exists(d / "graph.json"));
  const std::string rels = read_file((d / "neo4j" / "relationships.csv").string());
  EXPECT_NE(rels.find("\"Russia\",\"Syria\",REDUCE_PRESENCE_IN,"), std::string::npos) << rels;
  fs::remove_all(d);
}

TEST_F(CliOutputs, BuildWritesTheFormatsAskedFor) {
  fs::path d = fresh_dir("formats");
  std::string out, err;
  ASSERT_EQ(kgraph("build " + data_path("graph/corpus_a.jsonl") + " -o " + d.string() + " --formats ttl,graphml",
                   &out, &err),
            0)
      << err;
  EXPECT_TRUE(fs::exists(d / "graph.ttl"));
  EXPECT_TRUE(fs::exists(d / "graph.graphml"));
  EXPECT_TRUE(fs::exists(d / "report.json"));
  EXPECT_FALSE(fs::exists(d / "graph.json"));
  EXPECT_FALSE(fs::exists(d / "graph.nq"));
  EXPECT_TRUE(exporters::parse_rdf(read_file((d / "graph.ttl").string()), false).ok);
  fs::remove_all(d);
}

TEST_F(CliOutputs, HtmlFormatWritesOnePageOfTheTopNodes) {
  if (!exporters::html_writer_available()) GTEST_SKIP() << "kgraph was built without sigma.js and graphology";
  fs::path d = fresh_dir("html");
  std::string out, err;
  ASSERT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + d.string() + " --formats html --html-max-nodes 2",
                   &out, &err),
            0)
      << err;
  EXPECT_FALSE(fs::exists(d / "graph.json"));
  const std::string html = read_file((d / "graph.html").string());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("\"shown_entities\":2,"), std::string::npos);
  EXPECT_NE(html.find("\"max_nodes\":2,"), std::string::npos);
  // The same input, the same bytes.
  ASSERT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + d.string() + " --formats html --html-max-nodes 2",
                   &out, &err),
            0);
  EXPECT_EQ(read_file((d / "graph.html").string()), html);
  EXPECT_EQ(kgraph("merge " + data_path("graph/whole.json") + " -o " + d.string() + " --html-max-nodes 0", &out, &err),
            2);
  fs::remove_all(d);
}

}  // namespace
}  // namespace kg::test
