#pragma once
// Golden-file comparison: the expected output lives in tests/data/golden/<name>;
// with KG_UPDATE_GOLDEN=1 in the environment the file is rewritten instead.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "tests/test_paths.h"

namespace kg::test {

inline void expect_golden(const std::string& name, const std::string& actual) {
  std::string path = data_path("golden/" + name);
  if (const char* u = std::getenv("KG_UPDATE_GOLDEN"); u && std::string(u) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::string expected = read_file(path);
  ASSERT_FALSE(expected.empty()) << "missing golden file " << path << " (run with KG_UPDATE_GOLDEN=1)";
  EXPECT_EQ(expected, actual) << "output differs from " << path;
}

}  // namespace kg::test
