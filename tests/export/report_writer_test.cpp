#include "export/report_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

namespace kg::exporters {
namespace {

TEST(ReportWriter, RecordsEveryInputWithItsIssuesAndTheCounts) {
  RunSummary s;
  extract::InputReport ok;
  ok.path = "a.jsonl";
  ok.format = "jsonl";
  ok.documents = 2;
  extract::InputReport bad;
  bad.path = "b.jsonl";
  bad.format = "jsonl";
  bad.status = "partial";
  bad.documents = 1;
  bad.issues.push_back({"b.jsonl", 3, "invalid JSON: missing a comma at offset 12", true});
  s.inputs = {ok, bad};
  s.stats.documents_read = 3;
  s.stats.documents_analysed = 3;
  s.stats.sentences = 7;
  s.stats.languages = {{"en", 1}, {"fr", 2}};
  s.exit_code = 1;
  s.seconds = 1.23456;
  std::string json = report_to_json(s);
  rapidjson::Document d;
  d.Parse(json.c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["exit_code"].GetInt(), 1);
  EXPECT_DOUBLE_EQ(d["seconds"].GetDouble(), 1.234);
  EXPECT_EQ(d["documents"]["analysed"].GetUint(), 3u);
  EXPECT_EQ(d["counts"]["sentences"].GetUint(), 7u);
  EXPECT_EQ(d["languages"]["fr"].GetUint(), 2u);
  ASSERT_EQ(d["inputs"].Size(), 2u);
  EXPECT_STREQ(d["inputs"][1]["status"].GetString(), "partial");
  EXPECT_EQ(d["inputs"][1]["issues"][0]["line"].GetUint(), 3u);
  EXPECT_STREQ(d["inputs"][1]["issues"][0]["reason"].GetString(),
               "invalid JSON: missing a comma at offset 12");
}

}  // namespace
}  // namespace kg::exporters
