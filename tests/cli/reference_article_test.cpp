// The bundled reference article (examples/, French news about Russia and
// Syria, with a cookie banner and Telegram lines at the end): what
// `kgraph build` must find in it, as a user would check it in graph.json.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <string>

#include "tests/test_paths.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

class ReferenceArticle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("kgraph-reference-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    std::string err;
    status_ = build_seed_article(dir_.string(), "json", &err);
    graph_.Parse(read_file((dir_ / "graph.json").string()).c_str());
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  void SetUp() override {
    ASSERT_EQ(status_, 0);
    ASSERT_FALSE(graph_.HasParseError());
  }

  // The edge source -label-> target, or nullptr.
  static const rapidjson::Value* edge(const std::string& source, const std::string& label,
                                      const std::string& target) {
    for (const auto& e : graph_["edges"].GetArray())
      if (source == e["source"].GetString() && label == e["label"].GetString() && target == e["target"].GetString())
        return &e;
    return nullptr;
  }
  // Whether some edge goes out of `source` with `label` (to any target).
  static bool has_edge_from(const std::string& source, const std::string& label) {
    for (const auto& e : graph_["edges"].GetArray())
      if (source == e["source"].GetString() && label == e["label"].GetString()) return true;
    return false;
  }
  static const rapidjson::Value* node(const std::string& id) {
    for (const auto& n : graph_["nodes"].GetArray())
      if (id == n["id"].GetString()) return &n;
    return nullptr;
  }
  static std::string qualifier(const rapidjson::Value& e, const char* name) {
    const auto& q = e["qualifiers"];
    return q.HasMember(name) ? q[name].GetString() : "";
  }

  static inline fs::path dir_;
  static inline int status_ = -1;
  static inline rapidjson::Document graph_;
};

TEST_F(ReferenceArticle, RussiaReducesItsPresenceInSyriaFromTheTitleAndTheSeptemberParagraph) {
  const rapidjson::Value* e = edge("Russia", "reduce presence in", "Syria");
  ASSERT_NE(e, nullptr);
  EXPECT_GE((*e)["weight"].GetInt(), 2);
  EXPECT_STREQ((*e)["modality"].GetString(), "future");
  EXPECT_EQ(qualifier(*e, "time_text"), "dès la fin de l'année");
  EXPECT_STREQ((*e)["labels"]["fr"].GetString(), "réduire présence en");
  bool title = false, september = false;
  for (const auto& p : (*e)["provenance"].GetArray()) {
    title = title || p["sentence"].GetInt() == 0;
    september = september || std::string(p["text"].GetString()).find("23 septembre") != std::string::npos;
  }
  EXPECT_TRUE(title);
  EXPECT_TRUE(september);
}

// Issue 12: "où elle intervient ... dans le cadre de la lutte contre l'Etat islamique",
// read off the dependency tree, "elle" being the Russian army, which acts for Russia.
TEST_F(ReferenceArticle, RussiaFightsTheIslamicStateFromTheTree) {
  const rapidjson::Value* e = edge("Russia", "intervene in fight against", "Islamic_State");
  ASSERT_NE(e, nullptr);
  EXPECT_STREQ((*e)["provenance"][0]["rule"].GetString(), "tree.subject_object");
  EXPECT_FALSE((*e)["negated"].GetBool());
}

TEST_F(ReferenceArticle, SyriasGovernmentAskedRussiaToIntervene) {
  // "où elle intervient à la demande du gouvernement syrien": the government acts for Syria
  const rapidjson::Value* e = edge("Syria", "ask to intervene", "Russia");
  ASSERT_NE(e, nullptr);
  EXPECT_STREQ((*e)["provenance"][0]["rule"].GetString(), "tree.request_of");
}

TEST_F(ReferenceArticle, TheArmyThatIntervenesIsRussia) {
  // "L'armée russe ... en Syrie, où elle intervient ... depuis 2015"
  const rapidjson::Value* e = edge("Russia", "intervene in", "Syria");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(qualifier(*e, "time_text"), "depuis 2015");
  EXPECT_EQ(node("Organization_armee_russe"), nullptr);
}

TEST_F(ReferenceArticle, GerasimovIsChiefOfStaffAndHisAnnouncementIsHis) {
  EXPECT_NE(edge("Valery_Gerasimov", "chief of staff of", "Russia"), nullptr);
  EXPECT_TRUE(has_edge_from("Valery_Gerasimov", "announce"));
}

TEST_F(ReferenceArticle, WashingtonIsTheUnitedStatesAsTheWashingtonPostReports) {
  const rapidjson::Value* intervenes = edge("United_States", "intervene in", "Syria");
  ASSERT_NE(intervenes, nullptr);
  EXPECT_EQ(qualifier(*intervenes, "time_text"), "depuis 2014");
  EXPECT_EQ(qualifier(*intervenes, "attribution"), "Washington Post");
  EXPECT_NE(edge("United_States", "maintain troops in", "Syria"), nullptr);
  EXPECT_TRUE(has_edge_from("The_Washington_Post", "reveal"));
}

TEST_F(ReferenceArticle, PlacesAndTheIslamicStateAreLinkedEntities) {
  for (const char* city : {"Palmyra", "Aleppo", "Homs", "Deir_ez_Zor"}) {
    const rapidjson::Value* n = node(city);
    ASSERT_NE(n, nullptr) << city;
    EXPECT_STREQ((*n)["type"].GetString(), "City") << city;
  }
  const rapidjson::Value* is = node("Islamic_State");
  ASSERT_NE(is, nullptr);
  EXPECT_GE((*is)["mentions"].GetInt(), 2);
  EXPECT_EQ(node("Organization_etat_islamique"), nullptr);
}

TEST_F(ReferenceArticle, NothingFromTheCookieBannerOrTheTelegramLines) {
  for (const auto& n : graph_["nodes"].GetArray()) {
    const std::string label = n["label"].GetString();
    for (const char* banner : {"cookie", "Telegram", "TV-Novosti", "RT en français", "Confidentialité", "Tout Accepter", "Lire aussi"})
      EXPECT_EQ(label.find(banner), std::string::npos) << label;
  }
  for (const auto& e : graph_["edges"].GetArray())
    for (const auto& p : e["provenance"].GetArray()) {
      const std::string text = p["text"].GetString();
      EXPECT_EQ(text.find("cookie"), std::string::npos) << text;
      EXPECT_EQ(text.find("Telegram"), std::string::npos) << text;
    }
}

}  // namespace
}  // namespace kg::test
