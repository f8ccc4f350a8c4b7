// `kgraph extract --format carb`: one pre-tokenised English sentence a line in,
// CaRB's tab format out (sentence, confidence, relation, arguments).
#include <gtest/gtest.h>

#include <sstream>

#include "tests/golden.h"
#include "tests/test_paths.h"

namespace kg::test {
namespace {

TEST(CliExtractCarb, SentencesGiveCarbLinesMatchingGolden) {
  std::string out, err;
  ASSERT_EQ(run_command(kgraph_binary() + " extract --format carb " + data_path("facts/en_carb.txt"), &out, &err), 0)
      << err;
  // every line: the input sentence exactly as given, a confidence, a relation, two arguments at least
  std::string input = read_file(data_path("facts/en_carb.txt"));
  std::istringstream lines(out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    ++n;
    std::string sentence = line.substr(0, line.find('\t'));
    EXPECT_NE(input.find(sentence + "\n"), std::string::npos) << line;
    EXPECT_GE(std::count(line.begin(), line.end(), '\t'), 3) << line;
  }
  EXPECT_GE(n, 5);
  expect_golden("extract_en_carb.tsv", out);
}

TEST(CliExtractCarb, MissingFileIsReportedAndExitsWithOne) {
  std::string out, err;
  EXPECT_EQ(run_command(kgraph_binary() + " extract --format carb /nonexistent/carb.txt", &out, &err), 1);
  EXPECT_NE(err.find("/nonexistent/carb.txt: cannot open for reading"), std::string::npos) << err;
  EXPECT_EQ(out, "");
}

}  // namespace
}  // namespace kg::test
