// neo4j/ in a real Cypher engine: Kuzu (npm, embedded) loads nodes.csv and
// relationships.csv through its own table definitions (tests/cypher/
// neo4j_kuzu.mjs), and a Cypher MATCH must return the facts that
// `kgraph query --match` returns on the same graph. Skipped without node or
// without Kuzu installed (npm ci in tests/cypher).
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "export/neo4j_writer.h"
#include "export/utf8_text.h"
#include "tests/export/sample_graphs.h"
#include "tests/test_paths.h"

namespace kg::exporters {
namespace {

namespace fs = std::filesystem;

// The RETURN clause of every fact query: what kgraph query --json tells of a fact.
constexpr const char* kFactColumns =
    " RETURN r.id AS id, s.id AS source, o.id AS target, label(r) AS type, r.predicate AS predicate, r.label AS label,"
    " r.weight AS weight, r.confidence AS confidence, r.negated AS negated, r.modality AS modality,"
    " r.sources AS sources ORDER BY id";

class Neo4jInCypher : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string out;
    if (kg::test::run_command("command -v node", &out) != 0) GTEST_SKIP() << "node is not installed";
    if (!fs::exists(kg::test::data_path("../cypher/node_modules/kuzu/package.json")))
      GTEST_SKIP() << "Kuzu is not installed (npm ci --prefix tests/cypher)";
  }

  // Loads `neo4j_dir` into Kuzu and runs `queries` ([cypher, params as JSON]).
  static rapidjson::Document cypher(const fs::path& neo4j_dir,
                                    const std::vector<std::pair<std::string, std::string>>& queries) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartArray();
    for (const auto& [q, params] : queries) {
      w.StartObject();
      w.Key("cypher");
      w.String(q.c_str());
      w.Key("params");
      w.RawValue(params.c_str(), params.size(), rapidjson::kObjectType);
      w.EndObject();
    }
    w.EndArray();
    const fs::path file = neo4j_dir.parent_path() / "queries.json";
    std::ofstream(file) << buf.GetString();
    std::string out, err;
    EXPECT_EQ(kg::test::run_command("node " + kg::test::data_path("../cypher/neo4j_kuzu.mjs") + " '" +
                                        neo4j_dir.string() + "' '" + file.string() + "'",
                                    &out, &err),
              0)
        << err;
    rapidjson::Document d;
    d.Parse(out.c_str());
    EXPECT_FALSE(d.HasParseError()) << out << err;
    return d;
  }
};

// The distinct documents of a fact's sources, as relationships.csv lists them.
std::set<std::string> documents(const rapidjson::Value& provenance) {
  std::set<std::string> docs;
  for (const auto& p : provenance.GetArray()) docs.insert(p["doc"].GetString());
  return docs;
}

// The reference article's graph: for each pattern, kgraph query --match and
// the Cypher MATCH return the same facts with the same properties.
TEST_F(Neo4jInCypher, CypherMatchReturnsTheFactsOfKgraphQueryMatch) {
  const fs::path dir = kg::test::scratch_dir("neo4j-cypher", "seed");
  std::string out, err;
  ASSERT_EQ(kg::test::build_seed_article(dir.string(), "json,neo4j", &err), 0) << err;
  const std::vector<std::pair<std::string, std::pair<std::string, std::string>>> cases = {
      {"* * *", {"MATCH (s:Entity)-[r]->(o:Entity)", "{}"}},
      {"Russia * *", {"MATCH (s:Entity)-[r]->(o:Entity) WHERE s.label = $name", "{\"name\": \"Russia\"}"}},
      {"* * Syria", {"MATCH (s:Entity)-[r]->(o:Entity) WHERE o.label = $name", "{\"name\": \"Syria\"}"}},
      {"* reducePresenceIn *", {"MATCH (s:Entity)-[r:REDUCE_PRESENCE_IN]->(o:Entity)", "{}"}},
      {"Russia * Syria", {"MATCH (s:Entity {label: 'Russia'})-[r]->(o:Entity {label: 'Syria'})", "{}"}}};
  std::vector<std::pair<std::string, std::string>> queries;
  for (const auto& [pattern, q] : cases) queries.emplace_back(q.first + kFactColumns, q.second);
  const rapidjson::Document d = cypher(dir / "neo4j", queries);
  ASSERT_FALSE(d.HasParseError());
  rapidjson::Document graph;
  graph.Parse(kg::test::read_file((dir / "graph.json").string()).c_str());
  EXPECT_EQ(d["nodes"].GetUint(), graph["nodes"].Size());
  EXPECT_EQ(d["relationships"].GetUint(), graph["edges"].Size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const std::string& pattern = cases[i].first;
    ASSERT_EQ(kg::test::run_command(kg::test::kgraph_binary() + " query " + (dir / "graph.json").string() +
                                        " --json --match '" + pattern + "'",
                                    &out, &err),
              0)
        << pattern << ": " << err;
    rapidjson::Document kg_facts;
    kg_facts.Parse(out.c_str());
    const auto& facts = kg_facts["facts"];
    const auto& rows = d["results"][static_cast<rapidjson::SizeType>(i)];
    ASSERT_GT(facts.Size(), 0u) << pattern;
    ASSERT_EQ(rows.Size(), facts.Size()) << pattern;
    std::map<std::string, const rapidjson::Value*> by_id;
    for (const auto& f : facts.GetArray()) by_id[f["id"].GetString()] = &f;
    for (const auto& row : rows.GetArray()) {
      ASSERT_TRUE(by_id.count(row["id"].GetString())) << pattern << ": " << row["id"].GetString();
      const rapidjson::Value& f = *by_id[row["id"].GetString()];
      EXPECT_STREQ(row["source"].GetString(), f["source"].GetString());
      EXPECT_STREQ(row["target"].GetString(), f["target"].GetString());
      EXPECT_EQ(row["type"].GetString(), neo4j_relationship_type(f["predicate"].GetString()));
      EXPECT_STREQ(row["predicate"].GetString(), f["predicate"].GetString());
      EXPECT_STREQ(row["label"].GetString(), f["label"].GetString());
      EXPECT_EQ(row["weight"].GetUint(), f["weight"].GetUint());
      EXPECT_NEAR(row["confidence"].GetDouble(), f["confidence"].GetDouble(), 1e-6);
      EXPECT_EQ(row["negated"].GetBool(), f["negated"].GetBool());
      EXPECT_STREQ(row["modality"].GetString(), f["modality"].GetString());
      std::set<std::string> sources;
      for (const auto& s : row["sources"].GetArray()) sources.insert(s.GetString());
      EXPECT_EQ(sources, documents(f["provenance"]));
    }
  }
  fs::remove_all(dir);
}

// What relationships.csv and nodes.csv can hold of a text: valid UTF-8, no
// NUL and no array delimiter (append_csv_field()).
std::string csv_text(const std::string& s) {
  std::string v = valid_utf8(s);
  std::erase(v, '\0');
  std::erase(v, kNeo4jArrayDelimiter);
  return v;
}

// Labels with quotes, commas, newlines and invalid UTF-8 reach the Cypher
// engine whole.
TEST_F(Neo4jInCypher, HostileTextsSurviveTheCsv) {
  graph::KnowledgeGraph g = kg::test::hostile_graph();
  graph::Entity e = kg::test::make_entity("Org_a,b", "Smith, \"Jones\"; and\nsons Ltd", "Organization", 3);
  e.aliases = {"a;b", "c,d", "\"q\"", "line\r\nbreak"};
  g.add_entity(e);
  const fs::path dir = kg::test::scratch_dir("neo4j-cypher", "hostile");
  write_neo4j_dir(g, (dir / "neo4j").string());
  const rapidjson::Document d =
      cypher(dir / "neo4j", {{"MATCH (e:Entity) RETURN e.id AS id, e.label AS label, e.aliases AS aliases ORDER BY id", "{}"},
                             {"MATCH (s:Entity)-[r]->(o:Entity) RETURN r.id AS id, r.label AS label, r.modality AS "
                              "modality, r.sentence AS sentence ORDER BY id", "{}"}});
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["nodes"].GetUint(), g.entity_count());
  EXPECT_EQ(d["relationships"].GetUint(), g.relation_count());
  ASSERT_EQ(d["results"][0].Size(), g.entity_count());
  ASSERT_EQ(d["results"][1].Size(), g.relation_count());
  std::map<std::string, const graph::Entity*> entities;
  for (const graph::Entity* x : g.entities()) entities[csv_text(x->id)] = x;
  for (const auto& row : d["results"][0].GetArray()) {
    ASSERT_TRUE(entities.count(row["id"].GetString())) << row["id"].GetString();
    const graph::Entity& x = *entities[row["id"].GetString()];
    EXPECT_EQ(row["label"].GetString(), csv_text(x.label));
    std::vector<std::string> aliases;
    for (const auto& a : row["aliases"].GetArray()) aliases.push_back(a.GetString());
    std::vector<std::string> expected;
    for (const auto& a : x.aliases) expected.push_back(csv_text(a));
    EXPECT_EQ(aliases, expected) << x.id;
  }
  std::map<std::string, const graph::Relation*> relations;
  for (const graph::Relation* r : g.relations()) relations[r->id] = r;
  for (const auto& row : d["results"][1].GetArray()) {
    const graph::Relation& r = *relations.at(row["id"].GetString());
    EXPECT_EQ(row["label"].GetString(), csv_text(r.label));
    EXPECT_EQ(row["modality"].GetString(), csv_text(r.modality));
    EXPECT_EQ(row["sentence"].GetString(), csv_text(r.provenance.front().text));
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kg::exporters
