// End-to-end tests of the kgraph program, run as a user runs it.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>

#include "tests/test_paths.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

std::string kgraph(const std::string& args) { return kgraph_binary() + " " + args; }

fs::path fresh_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kgraph-cli-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str(), text.size());
  EXPECT_FALSE(d.HasParseError()) << text.substr(0, 200);
  return d;
}

TEST(Cli, VersionAndHelpForEverySubcommand) {
  std::string out;
  EXPECT_EQ(run_command(kgraph("--version"), &out), 0);
  EXPECT_EQ(out, "kgraph " KG_VERSION "\n");
  for (const char* sub : {"build", "extract", "analyze"}) {
    EXPECT_EQ(run_command(kgraph(std::string(sub) + " --help"), &out), 0) << sub;
    EXPECT_NE(out.find("--lang"), std::string::npos) << sub;
    EXPECT_EQ(run_command(kgraph(std::string(sub) + " --version"), &out), 0) << sub;
  }
}

TEST(Cli, UsageErrorsExitWithTwo) {
  std::string out, err;
  EXPECT_EQ(run_command(kgraph(""), &out, &err), 2);
  EXPECT_EQ(run_command(kgraph("build"), &out, &err), 2);  // no input, no -o
  EXPECT_EQ(run_command(kgraph("frobnicate x"), &out, &err), 2);
  EXPECT_EQ(run_command(kgraph("analyze --lang xx " + data_path("cli/two_docs.jsonl")), &out, &err), 2);
}

TEST(Cli, UnwritableOutputIsAFatalErrorWithOneClearLine) {
  std::string out, err;
  fs::path d = fresh_dir("unwritable");
  std::ofstream(d / "file") << "x";
  EXPECT_EQ(run_command(kgraph("build " + data_path("cli/two_docs.jsonl") + " -o " + (d / "file").string()),
                        &out, &err), 2);
  EXPECT_NE(err.find("kgraph: error: cannot create output directory"), std::string::npos) << err;
}

TEST(Cli, BuildWritesGraphAndReport) {
  fs::path d = fresh_dir("build");
  std::string out, err;
  ASSERT_EQ(run_command(kgraph("build " + data_path("cli/two_docs.jsonl") + " -o " + d.string()), &out, &err), 0)
      << err;
  auto graph = parse_json(read_file((d / "graph.json").string()));
  EXPECT_EQ(graph["kgraph"]["format"].GetInt(), 1);
  EXPECT_TRUE(graph["nodes"].IsArray());
  EXPECT_TRUE(graph["edges"].IsArray());
  auto report = parse_json(read_file((d / "report.json").string()));
  EXPECT_EQ(report["documents"]["analysed"].GetUint(), 2u);
  EXPECT_EQ(report["languages"]["fr"].GetUint(), 1u);
  EXPECT_EQ(report["languages"]["en"].GetUint(), 1u);
  EXPECT_GT(report["counts"]["words"].GetUint(), 20u);
  EXPECT_STREQ(report["inputs"][0]["status"].GetString(), "ok");
  fs::remove_all(d);
}

TEST(Cli, BuildLeavesOutFactsBelowTheMinimumConfidence) {
  fs::path all = fresh_dir("conf-all"), none = fresh_dir("conf-none");
  std::string out, err;
  const std::string in = data_path("cli/two_docs.jsonl");
  ASSERT_EQ(run_command(kgraph("build " + in + " --min-confidence 0 -o " + all.string()), &out, &err), 0) << err;
  ASSERT_EQ(run_command(kgraph("build " + in + " --min-confidence 1 -o " + none.string()), &out, &err), 0) << err;
  auto kept = parse_json(read_file((all / "graph.json").string()));
  auto dropped = parse_json(read_file((none / "graph.json").string()));
  EXPECT_GT(kept["edges"].Size(), 0u);
  EXPECT_EQ(dropped["edges"].Size(), 0u);
  EXPECT_GT(dropped["nodes"].Size(), 0u);  // the names are still there
  EXPECT_EQ(run_command(kgraph("build " + in + " --min-confidence 2 -o " + none.string()), &out, &err), 2);
  fs::remove_all(all);
  fs::remove_all(none);
}

TEST(Cli, BuildIsDeterministicWhateverTheThreadCount) {
  fs::path a = fresh_dir("det-a"), b = fresh_dir("det-b");
  std::string out, err;
  std::string in = data_path("cli/two_docs.jsonl") + " " + data_path("cli");
  ASSERT_EQ(run_command(kgraph("build --threads 1 " + in + " -o " + a.string()), &out, &err), 0) << err;
  ASSERT_EQ(run_command(kgraph("build --threads 2 " + in + " -o " + b.string()), &out, &err), 0) << err;
  EXPECT_EQ(read_file((a / "graph.json").string()), read_file((b / "graph.json").string()));
  std::string c1, c2;
  run_command(kgraph("analyze --threads 1 " + in), &c1);
  run_command(kgraph("analyze --threads 2 " + in), &c2);
  EXPECT_FALSE(c1.empty());
  EXPECT_EQ(c1, c2);
  fs::remove_all(a);
  fs::remove_all(b);
}

TEST(Cli, BadInputIsReportedAndTheRunGoesOn) {
  fs::path d = fresh_dir("bad");
  std::string out, err;
  std::string in = data_path("cli/two_docs.jsonl") + " " + data_path("bad/malformed.jsonl") + " " +
                   data_path("bad/empty.txt") + " " + data_path("bad/unsupported.pdf");
  EXPECT_EQ(run_command(kgraph("build " + in + " -o " + d.string()), &out, &err), 1);
  EXPECT_NE(err.find("malformed.jsonl:"), std::string::npos) << err;
  EXPECT_NE(err.find("empty.txt"), std::string::npos) << err;
  EXPECT_NE(err.find("unsupported.pdf"), std::string::npos) << err;
  auto report = parse_json(read_file((d / "report.json").string()));
  EXPECT_EQ(report["exit_code"].GetInt(), 1);
  ASSERT_EQ(report["inputs"].Size(), 4u);
  EXPECT_STREQ(report["inputs"][0]["status"].GetString(), "ok");
  EXPECT_STREQ(report["inputs"][1]["status"].GetString(), "partial");
  EXPECT_STREQ(report["inputs"][2]["status"].GetString(), "skipped");
  EXPECT_STREQ(report["inputs"][3]["status"].GetString(), "skipped");
  EXPECT_GE(report["documents"]["analysed"].GetUint(), 3u);  // two + the good lines of malformed.jsonl
  fs::remove_all(d);
}

TEST(Cli, AnalyzeWritesConlluWithDocumentsSentencesAndTokenRanges) {
  std::string out, err;
  ASSERT_EQ(run_command(kgraph("analyze " + data_path("cli/two_docs.jsonl")), &out, &err), 0) << err;
  EXPECT_EQ(out.rfind("# newdoc id = fr1\n", 0), 0u) << out.substr(0, 200);
  EXPECT_NE(out.find("# newdoc id = en1\n"), std::string::npos);
  EXPECT_NE(out.find("# sent_id = "), std::string::npos);
  EXPECT_NE(out.find("# text = "), std::string::npos);
  EXPECT_NE(out.find("\tréduire\tVERB\t"), std::string::npos);
  EXPECT_NE(out.find("TokenRange=0:"), std::string::npos);
}

TEST(Cli, AnalyzeReadsJsonlFromStdin) {
  std::string out, err;
  ASSERT_EQ(run_command("printf '{\"id\":\"s1\",\"text\":\"Le gouvernement a démissionné.\"}\\n' | " +
                            kgraph("analyze --lang fr -"),
                        &out, &err), 0) << err;
  EXPECT_NE(out.find("# newdoc id = s1"), std::string::npos);
  EXPECT_NE(out.find("\tgouvernement\tNOUN\t"), std::string::npos);
}

TEST(Cli, SeedArticleCookieBannerDoesNotReachTheAnalysis) {
  std::string shared = shared_dir();
  if (shared.empty()) GTEST_SKIP() << "../shared absent";
  std::string out, err;
  ASSERT_EQ(run_command(kgraph("analyze " + shared + "/seeds/000_423d67bf1be03677.txt"), &out, &err), 0) << err;
  EXPECT_NE(out.find("Guérassimov"), std::string::npos);
  EXPECT_EQ(out.find("cookies"), std::string::npos);
  EXPECT_EQ(out.find("Telegram"), std::string::npos);
  EXPECT_EQ(out.find("Sanadiki"), std::string::npos);
}

}  // namespace
}  // namespace kg::test
