#include "graph/graph_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include <rapidjson/document.h>

#include "base/error.h"
#include "export/json_graph_writer.h"
#include "tests/export/sample_graphs.h"
#include "tests/test_paths.h"

namespace kg::graph {
namespace {

using kg::exporters::graph_to_json;

// Splits `whole` into two graphs as two runs over two halves of the corpus
// would build them: each source goes to the half of its document, mentions
// and aliases are shared out, an entity with nothing in a half is left out;
// the first half's documents are of its first date, the second's of the others.
void split_dates(const std::vector<std::string>& dates, std::vector<std::string>& a, std::vector<std::string>& b) {
  a.clear();
  b.clear();
  for (std::size_t i = 0; i < dates.size(); ++i) (i == 0 ? a : b).push_back(dates[i]);
}

std::pair<KnowledgeGraph, KnowledgeGraph> split_by_document(const KnowledgeGraph& whole,
                                                            const std::string& first_half_doc) {
  KnowledgeGraph a, b;
  for (const Entity* e : whole.entities()) {
    Entity ea = *e, eb = *e;
    ea.mentions = e->mentions / 2 + e->mentions % 2;
    eb.mentions = e->mentions / 2;
    ea.aliases.clear();
    eb.aliases.clear();
    for (std::size_t i = 0; i < e->aliases.size(); ++i) (i % 2 ? eb : ea).aliases.push_back(e->aliases[i]);
    split_dates(e->dates, ea.dates, eb.dates);
    a.add_entity(ea);
    if (eb.mentions > 0) b.add_entity(eb);
  }
  for (const Relation* r : whole.relations()) {
    Relation ra = *r, rb = *r;
    ra.provenance.clear();
    rb.provenance.clear();
    for (const auto& p : r->provenance) (p.doc == first_half_doc ? ra : rb).provenance.push_back(p);
    split_dates(r->dates, ra.dates, rb.dates);
    if (!ra.provenance.empty()) a.add_relation(ra);
    if (!rb.provenance.empty()) {
      if (b.entities().size() < whole.entities().size()) {  // make sure both ends exist in b
        for (const std::string& id : {r->source, r->target}) {
          Entity stub;
          for (const Entity* e : whole.entities())
            if (e->id == id) stub = *e;
          stub.mentions = 0;
          stub.aliases.clear();
          stub.dates.clear();
          b.add_entity(stub);
        }
      }
      b.add_relation(rb);
    }
  }
  return {std::move(a), std::move(b)};
}

TEST(GraphReader, ReadingThenWritingGivesTheSameBytes) {
  for (const auto& g : {kg::test::small_rdf_graph(), kg::test::hostile_graph()}) {
    std::string json = graph_to_json(g, "kb-1234");
    LoadedGraph loaded = parse_graph_json(json, "graph.json");
    EXPECT_EQ(loaded.kb, "kb-1234");
    EXPECT_EQ(graph_to_json(loaded.graph, loaded.kb), json);
  }
}

TEST(GraphReader, HostileTextGivesValidUtf8Json) {
  std::string json = graph_to_json(kg::test::hostile_graph(), "none");
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
  EXPECT_FALSE(d.HasParseError()) << "offset " << d.GetErrorOffset();
  EXPECT_EQ(d["nodes"].Size(), 3u);
  EXPECT_EQ(d["edges"].Size(), 2u);
}

TEST(GraphReader, GoldenFilesRoundTrip) {
  for (const char* name : {"golden/graph_small.json", "golden/graph_sample.json"}) {
    std::string text = kg::test::read_file(kg::test::data_path(name));
    ASSERT_FALSE(text.empty()) << name;
    LoadedGraph loaded = read_graph_json(kg::test::data_path(name));
    EXPECT_EQ(graph_to_json(loaded.graph, loaded.kb), text) << name;
  }
}

TEST(GraphReader, BadInputNamesFileLineAndReason) {
  struct Case {
    std::string text;
    std::string expected;
  };
  const Case cases[] = {
      {"{\"kgraph\":{\"format\":1,\"kb\":\"x\"},\n\"nodes\":[,]}", "g.json:2:10: not valid JSON"},
      {"[]", "g.json: not a kgraph graph.json"},
      {"{\"kgraph\":{\"format\":2,\"kb\":\"x\"},\"nodes\":[],\"edges\":[]}", "unsupported format version"},
      {"{\"kgraph\":{\"format\":1,\"kb\":\"x\"},\"nodes\":[{\"id\":\"A\"}],\"edges\":[]}",
       "g.json: nodes[0]: missing field \"label\""},
      {"{\"kgraph\":{\"format\":1,\"kb\":\"x\"},\"nodes\":[],\"edges\":[{\"id\":\"e\",\"source\":\"A\",\"target\":\"B\","
       "\"label\":\"l\",\"predicate\":\"p\",\"confidence\":1,\"provenance\":[]}]}",
       "g.json: edges[0]: source or target is not the id of a node"},
  };
  for (const auto& c : cases) {
    try {
      parse_graph_json(c.text, "g.json");
      ADD_FAILURE() << "accepted " << c.text;
    } catch (const kg::Error& e) {
      EXPECT_NE(std::string(e.what()).find(c.expected), std::string::npos) << e.what();
    }
  }
  EXPECT_THROW(read_graph_json("/nonexistent/graph.json"), kg::Error);
}

TEST(Merge, TwoHalvesMergeIntoTheWholeByteForByte) {
  KnowledgeGraph whole = kg::test::small_rdf_graph();
  auto [a, b] = split_by_document(whole, "afp-2017-12-06");
  ASSERT_LT(a.relation_count(), whole.relation_count() + 1);
  ASSERT_EQ(b.relation_count(), 1u);  // only reducePresenceIn was read in reuters
  // Through graph.json, as `kgraph merge` does.
  LoadedGraph ra = parse_graph_json(graph_to_json(a, "none"), "a.json");
  LoadedGraph rb = parse_graph_json(graph_to_json(b, "none"), "b.json");
  KnowledgeGraph ab, ba;
  merge_into(ab, ra.graph);
  merge_into(ab, rb.graph);
  merge_into(ba, rb.graph);
  merge_into(ba, ra.graph);
  const std::string expected = graph_to_json(whole, "none");
  EXPECT_EQ(graph_to_json(ab, "none"), expected);
  EXPECT_EQ(graph_to_json(ba, "none"), expected);
}

TEST(Merge, MergingAGraphWithItselfOnlyAddsMentions) {
  KnowledgeGraph g = kg::test::small_rdf_graph();
  KnowledgeGraph twice;
  merge_into(twice, g);
  merge_into(twice, g);
  EXPECT_EQ(twice.entity_count(), g.entity_count());
  EXPECT_EQ(twice.relation_count(), g.relation_count());
  EXPECT_EQ(twice.entities()[3]->mentions, 2 * g.entities()[3]->mentions);
  EXPECT_EQ(twice.relations()[0]->weight(), g.relations()[0]->weight());
}

// The graph.json files the CLI merge test uses (tests/data/graph/): two
// halves of the sample corpus and the whole. KG_UPDATE_GOLDEN=1 rewrites them.
TEST(Merge, CliTestDataIsTheSplitOfTheSampleGraph) {
  KnowledgeGraph whole = kg::test::small_rdf_graph();
  auto [a, b] = split_by_document(whole, "afp-2017-12-06");
  const std::pair<const char*, const KnowledgeGraph*> files[] = {
      {"graph/half_a.json", &a}, {"graph/half_b.json", &b}, {"graph/whole.json", &whole}};
  for (const auto& [name, g] : files) {
    std::string json = graph_to_json(*g, "none");
    if (const char* u = std::getenv("KG_UPDATE_GOLDEN"); u && std::string(u) == "1") {
      std::ofstream(kg::test::data_path(name), std::ios::binary) << json;
      continue;
    }
    EXPECT_EQ(kg::test::read_file(kg::test::data_path(name)), json) << name;
  }
}

}  // namespace
}  // namespace kg::graph
