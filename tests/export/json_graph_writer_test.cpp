#include "export/json_graph_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "tests/golden.h"

namespace kg::exporters {
namespace {

graph::KnowledgeGraph small_graph() {
  graph::KnowledgeGraph g;
  graph::Entity russia;
  russia.id = "Russia";
  russia.label = "Russia";
  russia.type = "Country";
  russia.labels = {{"en", "Russia"}, {"fr", "Russie"}};
  russia.aliases = {"la Russie", "Moscou"};
  russia.qid = "Q159";
  russia.geonames = "2017370";
  russia.mentions = 5;
  graph::Entity odd;  // hostile text: quotes, <, &, control characters, newline
  odd.id = "Concept_odd";
  odd.label = "a \"quoted\" <b>&amp;</b>\x01 line\nbreak }\"\"\"";
  odd.type = "Concept";
  odd.mentions = 1;
  g.add_entity(odd);
  g.add_entity(russia);
  graph::Relation r;
  r.source = "Russia";
  r.target = "Concept_odd";
  r.label = "reduce presence in";
  r.predicate = "reducePresenceIn";
  r.labels = {{"fr", "réduire présence en"}};
  r.confidence = 0.75;
  r.modality = "future";
  r.qualifiers = {{"time", "2017-12-31"}};
  graph::Provenance p{"doc 1/a?b#c", 0, 0, 71, "La Russie réduira sa présence…", "fr.svo.pp"};
  r.provenance = {p};
  g.add_relation(r);
  return g;
}

TEST(JsonGraphWriter, MatchesGoldenFile) {
  kg::test::expect_golden("graph_small.json", graph_to_json(small_graph(), "none"));
}

TEST(JsonGraphWriter, HostileTextStaysValidJsonAndRoundTrips) {
  std::string json = graph_to_json(small_graph(), "none");
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  ASSERT_FALSE(d.HasParseError());
  const auto& nodes = d["nodes"];
  ASSERT_EQ(nodes.Size(), 2u);
  EXPECT_STREQ(nodes[0]["id"].GetString(), "Concept_odd");  // sorted by id
  EXPECT_EQ(std::string(nodes[0]["label"].GetString()), small_graph().entities()[0]->label);
  EXPECT_EQ(d["edges"][0]["weight"].GetUint(), 1u);
  EXPECT_STREQ(d["kgraph"]["generator"].GetString(), "kgraph " KG_VERSION);
}

TEST(JsonGraphWriter, EmptyGraphHasHeaderAndEmptyArrays) {
  graph::KnowledgeGraph g;
  EXPECT_EQ(graph_to_json(g, "none"),
            "{\"kgraph\":{\"format\":1,\"generator\":\"kgraph " KG_VERSION
            "\",\"kb\":\"none\"},\"nodes\":[],\"edges\":[]}\n");
}

}  // namespace
}  // namespace kg::exporters
