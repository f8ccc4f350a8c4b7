// graph.html: the data the page embeds (unit tests), and the page itself in a
// real headless Chromium (tests/clients/html_check.mjs, puppeteer-core driving
// Debian's chromium): drawn nodes in a screenshot, the search box, the fact
// panel, and hostile labels that must stay text.
#include "export/html_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>

#include "graph/layout.h"
#include "tests/export/sample_graphs.h"
#include "tests/test_paths.h"

namespace kg::exporters {
namespace {

namespace fs = std::filesystem;

std::string json_for_html(std::string_view s) {
  std::string out;
  append_json_for_html(s, &out);
  return out;
}

// The JSON the page embeds in <script type="application/json" id="kg-data">.
std::string embedded_data(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"kg-data\">";
  const std::size_t begin = html.find(open);
  if (begin == std::string::npos) return "";
  const std::size_t from = begin + open.size();
  return html.substr(from, html.find("</script>", from) - from);
}

rapidjson::Document page_data(const graph::KnowledgeGraph& g, const HtmlOptions& options = {}) {
  rapidjson::Document d;
  d.Parse(embedded_data(graph_to_html(g, options)).c_str());
  return d;
}

// A star: a hub with `leaves` facts, fact i read in i+1 documents.
graph::KnowledgeGraph star_graph(std::size_t leaves) {
  graph::KnowledgeGraph g;
  g.add_entity(kg::test::make_entity("hub", "Hub", "Organization", 1));
  for (std::size_t i = 0; i < leaves; ++i) {
    const std::string id = "leaf" + std::to_string(100 + i);
    g.add_entity(kg::test::make_entity(id, "Leaf " + std::to_string(i), "Person", 1));
    graph::Relation r;
    r.source = "hub";
    r.target = id;
    r.predicate = "employ";
    r.label = "employ";
    r.confidence = 0.5;
    for (std::size_t k = 0; k <= i; ++k)
      r.provenance.push_back(kg::test::make_source("doc" + std::to_string(k), 0, 0, 5, "Sentence " + std::to_string(k), "r"));
    g.add_relation(r);
  }
  return g;
}

class HtmlWriter : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!html_writer_available())
      GTEST_SKIP() << "kgraph was built without sigma.js and graphology (npm ci in export/html, then configure again)";
  }
};

TEST(HtmlJson, EscapesWhatCouldEndTheScriptElement) {
  EXPECT_EQ(json_for_html("Russia"), "\"Russia\"");
  EXPECT_EQ(json_for_html("</script><script>x()</script>"),
            "\"\\u003c/script\\u003e\\u003cscript\\u003ex()\\u003c/script\\u003e\"");
  EXPECT_EQ(json_for_html("<!-- a & b -->"), "\"\\u003c!-- a \\u0026 b --\\u003e\"");
  EXPECT_EQ(json_for_html("\"q\" \\ \n\t\x01"), "\"\\\"q\\\" \\\\ \\n\\t\\u0001\"");
  EXPECT_EQ(json_for_html("a\u2028b\u2029c"), "\"a\\u2028b\\u2029c\"");
  EXPECT_EQ(json_for_html("é \xff"), "\"é \\ufffd\"");  // invalid UTF-8 becomes U+FFFD
}

TEST_F(HtmlWriter, EmbedsTheGraphAsJsonData) {
  const rapidjson::Document d = page_data(kg::test::small_rdf_graph());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["meta"]["entities"].GetUint(), 6u);
  EXPECT_EQ(d["meta"]["shown_entities"].GetUint(), 6u);
  EXPECT_EQ(d["edges"].Size(), 4u);
  // Highest PageRank first: Russia, in three of the four facts.
  const auto& russia = d["nodes"][0];
  EXPECT_STREQ(russia["label"].GetString(), "Russia");
  EXPECT_STREQ(d["types"][russia["type"].GetUint()]["name"].GetString(), "Country");
  EXPECT_STREQ(d["types"][russia["type"].GetUint()]["colour"].GetString(), "#2ca02c");  // type_colour("Country")
  bool russie = false;
  for (const auto& n : russia["names"].GetArray()) russie = russie || std::string(n.GetString()) == "Russie";
  EXPECT_TRUE(russie);  // found by its French name
  ASSERT_EQ(russia["facts"].Size(), 4u);
  // Its strongest fact first: reduce presence in Syria, read in two documents.
  const auto& f = d["facts"][russia["facts"][0].GetUint()];
  EXPECT_STREQ(f["p"].GetString(), "reduce presence in");
  EXPECT_STREQ(f["ol"].GetString(), "Syria");
  EXPECT_EQ(f["w"].GetUint(), 2u);
  ASSERT_EQ(f["src"].Size(), 2u);
  EXPECT_STREQ(d["sentences"][f["src"][1][0].GetUint()].GetString(), "Russia will reduce its military presence in Syria.");
  EXPECT_STREQ(d["docs"][f["src"][1][1].GetUint()].GetString(), "reuters-2017-12-07");
  EXPECT_EQ(f["src"][1][2].GetUint(), 3u);  // sentence 2, 1-based
}

TEST_F(HtmlWriter, KeepsTheNodesOfHighestPageRankAndTheStrongestFacts) {
  const graph::KnowledgeGraph g = star_graph(30);
  const rapidjson::Document d = page_data(g, HtmlOptions{5});
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["meta"]["entities"].GetUint(), 31u);
  EXPECT_EQ(d["meta"]["shown_entities"].GetUint(), 5u);
  EXPECT_EQ(d["meta"]["max_nodes"].GetUint(), 5u);
  ASSERT_EQ(d["nodes"].Size(), 5u);
  EXPECT_STREQ(d["nodes"][0]["label"].GetString(), "Hub");
  EXPECT_EQ(d["edges"].Size(), 4u);  // only the facts between drawn nodes are drawn
  // The hub lists its 20 strongest facts of 30, drawn or not: most sources first.
  const auto& hub = d["nodes"][0]["facts"];
  ASSERT_EQ(hub.Size(), kHtmlFactsPerNode);
  EXPECT_EQ(d["nodes"][0]["fact_count"].GetUint(), 30u);
  EXPECT_EQ(d["facts"][hub[0].GetUint()]["w"].GetUint(), 30u);
  EXPECT_EQ(d["facts"][hub[19].GetUint()]["w"].GetUint(), 11u);
  EXPECT_EQ(d["facts"][hub[0].GetUint()]["src"].Size(), kHtmlSentencesPerFact);
}

TEST_F(HtmlWriter, HostileTextStaysInsideTheJson) {
  graph::KnowledgeGraph g = kg::test::hostile_graph();
  g.add_entity(kg::test::make_entity("evil", "</script><script>window.__pwned=1</script>", "Person", 1));
  const std::string html = graph_to_html(g);
  const std::string data = embedded_data(html);
  EXPECT_EQ(data.find('<'), std::string::npos);
  EXPECT_EQ(data.find('&'), std::string::npos);
  // The page's own four scripts, and no other.
  std::size_t closers = 0;
  for (std::size_t at = html.find("</script"); at != std::string::npos; at = html.find("</script", at + 1)) ++closers;
  EXPECT_EQ(closers, 4u);
  rapidjson::Document d;
  d.Parse(data.c_str());
  ASSERT_FALSE(d.HasParseError());
  bool evil = false;
  for (const auto& n : d["nodes"].GetArray())
    evil = evil || std::string(n["label"].GetString()) == "</script><script>window.__pwned=1</script>";
  EXPECT_TRUE(evil);
}

TEST_F(HtmlWriter, SameGraphSameBytes) {
  const graph::KnowledgeGraph a = kg::test::small_rdf_graph();
  // The same content added in the opposite order.
  graph::KnowledgeGraph b;
  auto entities = a.entities();
  auto relations = a.relations();
  for (auto it = entities.rbegin(); it != entities.rend(); ++it) b.add_entity(**it);
  for (auto it = relations.rbegin(); it != relations.rend(); ++it) b.add_relation(**it);
  EXPECT_EQ(graph_to_html(a), graph_to_html(b));
}

TEST_F(HtmlWriter, InlinesTheLibrariesWithTheirLicences) {
  const std::string html = graph_to_html(kg::test::small_rdf_graph());
  EXPECT_NE(html.find("/*! graphology 0.26.0, its licence:"), std::string::npos);
  EXPECT_NE(html.find("/*! sigma 3.0.2, its licence:"), std::string::npos);
  EXPECT_EQ(html.find("src=\""), std::string::npos);  // nothing loaded from elsewhere
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
}

TEST(ForceLayout, IsDeterministicAndFillsTheSquare) {
  std::vector<std::pair<std::size_t, std::size_t>> edges = {{0, 1}, {1, 2}, {2, 0}, {3, 4}};
  const auto a = graph::force_layout(6, edges), b = graph::force_layout(6, edges);
  ASSERT_EQ(a.size(), 6u);
  double extent = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].x, b[i].x);
    EXPECT_EQ(a[i].y, b[i].y);
    EXPECT_LE(std::abs(a[i].x), 1.0);
    EXPECT_LE(std::abs(a[i].y), 1.0);
    extent = std::max({extent, std::abs(a[i].x), std::abs(a[i].y)});
  }
  EXPECT_DOUBLE_EQ(extent, 1.0);
  // Joined nodes end closer than the average pair.
  auto dist = [&](std::size_t i, std::size_t j) { return std::hypot(a[i].x - a[j].x, a[i].y - a[j].y); };
  double all = 0;
  for (std::size_t i = 0; i < 6; ++i)
    for (std::size_t j = i + 1; j < 6; ++j) all += dist(i, j) / 15;
  EXPECT_LT(dist(3, 4), all);
  EXPECT_LT(dist(0, 1), all);
  EXPECT_TRUE(graph::force_layout(0, {}).empty());
  EXPECT_EQ(graph::force_layout(1, {}).size(), 1u);
}

// ---- In Chromium ----

// What html_check.mjs saw, or a reason to skip.
class HtmlInChromium : public HtmlWriter {
 protected:
  void SetUp() override {
    HtmlWriter::SetUp();
    if (IsSkipped()) return;
    std::string out;
    if (kg::test::run_command("command -v node", &out) != 0) GTEST_SKIP() << "node is not installed";
    if (!fs::exists("/usr/bin/chromium")) GTEST_SKIP() << "chromium is not installed (apt-get install chromium)";
    if (!fs::exists(kg::test::data_path("../clients/node_modules/puppeteer-core/package.json")))
      GTEST_SKIP() << "puppeteer-core is not installed (npm ci --prefix tests/clients)";
  }
  // Opens `page` in Chromium, types `query` in the search box.
  static rapidjson::Document check(const fs::path& page, const std::string& query) {
    std::string out, err;
    const std::string shot = (page.parent_path() / "screenshot.png").string();
    EXPECT_EQ(kg::test::run_command("node " + kg::test::data_path("../clients/html_check.mjs") + " '" + page.string() +
                                        "' '" + shot + "' '" + query + "'",
                                    &out, &err),
              0)
        << err;
    rapidjson::Document d;
    d.Parse(out.c_str());
    EXPECT_FALSE(d.HasParseError()) << out << err;
    return d;
  }
};

// The reference article's graph, built by kgraph, drawn and explored.
TEST_F(HtmlInChromium, SeedPageDrawsNodesSearchesAndListsFacts) {
  const fs::path dir = kg::test::scratch_dir("html", "seed");
  std::string out, err;
  ASSERT_EQ(kg::test::build_seed_article(dir.string(), "html", &err), 0) << err;
  const rapidjson::Document d = check(dir / "graph.html", "Russie");
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["errors"].Size(), 0u) << (d["errors"].Size() ? d["errors"][0].GetString() : "");
  // The screenshot shows the nodes: saturated pixels, in the colours of the types.
  EXPECT_GT(d["pixels"]["coloured"].GetUint(), 1000u);
  EXPECT_GT(d["pixels"]["by_type"]["Country"].GetUint(), 300u);  // Russia, Syria, the United States
  std::size_t types_seen = 0;
  for (const auto& [type, count] : d["pixels"]["by_type"].GetObject()) types_seen += count.GetUint() > 50;
  EXPECT_GE(types_seen, 3u) << "the colours of at least three types";
  // Every entity drawn: the notice gives the counts, and no "Showing the N entities of highest PageRank".
  EXPECT_NE(std::string(d["notice"].GetString()).find(" entities, "), std::string::npos) << d["notice"].GetString();
  EXPECT_EQ(std::string(d["notice"].GetString()).find("Showing"), std::string::npos);
  // A real click on the biggest node (Russia, as the extraction stands) opens its panel.
  EXPECT_FALSE(d["click"]["hidden"].GetBool());
  EXPECT_STREQ(d["click"]["title"].GetString(), d["click"]["label"].GetString());
  EXPECT_GT(d["click"]["facts"].Size(), 0u);
  // "Russie" (its French name) finds Russia; Enter opens its facts with their sentences.
  ASSERT_GT(d["search"]["results"].Size(), 0u);
  EXPECT_STREQ(d["search"]["results"][0].GetString(), "Russia");
  const auto& panel = d["search"]["panel"];
  EXPECT_FALSE(panel["hidden"].GetBool());
  EXPECT_STREQ(panel["title"].GetString(), "Russia");
  ASSERT_GE(panel["facts"].Size(), 3u);
  bool reduce = false;
  for (const auto& f : panel["facts"].GetArray()) {
    EXPECT_GT(f["sentences"].Size(), 0u) << f["line"].GetString();
    EXPECT_EQ(f["docs"].Size(), f["sentences"].Size());
    if (std::string(f["line"].GetString()).find("Russia reduce presence in Syria") == 0) {
      reduce = true;
      EXPECT_NE(std::string(f["sentences"][0].GetString()).find("La Russie réduira sa présence militaire en Syrie"),
                std::string::npos);
      EXPECT_EQ(std::string(f["docs"][0].GetString()).find("000_423d67bf1be03677, sentence "), 0u);
    }
  }
  EXPECT_TRUE(reduce);
  fs::remove_all(dir);
}

// Labels, names and sentences that are markup or script run nothing and show as text.
TEST_F(HtmlInChromium, HostileLabelsRunNoScript) {
  const std::string img = "<img src=x onerror=window.__pwned=1>";
  const std::string script = "</script><script>window.__pwned=1</script>";
  graph::KnowledgeGraph g = kg::test::hostile_graph();
  graph::Entity a = kg::test::make_entity("img", img, "Person", 3);
  a.aliases = {"<svg onload=window.__pwned=2>"};
  g.add_entity(a);
  g.add_entity(kg::test::make_entity("script", script, "Organization", 3));
  graph::Relation r;
  r.source = "img";
  r.target = "script";
  r.predicate = "x";
  r.label = "<b onmouseover=window.__pwned=3>lead</b>";
  r.provenance = {kg::test::make_source("<iframe src=javascript:window.__pwned=4>", 0, 0, 5,
                                        "\u2028<script>window.__pwned=5</script>&lt;", "r")};
  g.add_relation(r);
  const fs::path dir = kg::test::scratch_dir("html", "hostile");
  write_html_file(g, HtmlOptions{}, (dir / "graph.html").string());
  const rapidjson::Document d = check(dir / "graph.html", "img src");
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["errors"].Size(), 0u) << (d["errors"].Size() ? d["errors"][0].GetString() : "");
  EXPECT_TRUE(d["pwned"].IsNull());
  EXPECT_EQ(d["images"].GetUint(), 0u);
  EXPECT_EQ(d["scripts"].GetUint(), 4u);
  EXPECT_EQ(d["iframes"].GetUint(), 0u);
  ASSERT_GT(d["search"]["results"].Size(), 0u);
  EXPECT_EQ(d["search"]["results"][0].GetString(), img);
  const auto& panel = d["search"]["panel"];
  EXPECT_EQ(panel["title"].GetString(), img);
  bool seen = false;
  for (const auto& f : panel["facts"].GetArray()) {
    if (std::string(f["line"].GetString()).find(script) == std::string::npos) continue;
    seen = true;
    EXPECT_EQ(std::string(f["line"].GetString()).find(img + " <b onmouseover=window.__pwned=3>lead</b> " + script), 0u);
    EXPECT_EQ(f["sentences"][0].GetString(), std::string("\u2028<script>window.__pwned=5</script>&lt;"));
    EXPECT_EQ(f["docs"][0].GetString(), std::string("<iframe src=javascript:window.__pwned=4>, sentence 1"));
  }
  EXPECT_TRUE(seen);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kg::exporters
