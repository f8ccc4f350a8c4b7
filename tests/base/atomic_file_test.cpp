#include "base/atomic_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "base/error.h"
#include "tests/test_paths.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

fs::path temp_path(const std::string& name) {
  return fs::temp_directory_path() / ("kg-atomic-" + name + "-" + std::to_string(::getpid()));
}

TEST(AtomicFile, CommittedContentReplacesTheOldFile) {
  fs::path p = temp_path("commit");
  {
    AtomicFile f(p.string());
    f.write("old");
    f.commit();
  }
  {
    AtomicFile f(p.string());
    f.write("new content");
    f.commit();
  }
  EXPECT_EQ(test::read_file(p.string()), "new content");
  fs::remove(p);
}

TEST(AtomicFile, AbandonedWriteLeavesTheOldFileAndNoTemporary) {
  fs::path p = temp_path("abandon");
  {
    AtomicFile f(p.string());
    f.write("complete");
    f.commit();
  }
  {
    AtomicFile f(p.string());
    f.write("half writ");
  }  // destroyed without commit, as when an exception unwinds
  EXPECT_EQ(test::read_file(p.string()), "complete");
  for (const auto& e : fs::directory_iterator(p.parent_path()))
    EXPECT_EQ(e.path().string().find(p.string() + ".tmp-"), std::string::npos) << e.path();
  fs::remove(p);
}

TEST(AtomicFile, UnwritableDirectoryThrowsErrorNamingThePath) {
  try {
    AtomicFile f("/nonexistent-dir/graph.json");
    FAIL() << "expected kg::Error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/graph.json"), std::string::npos);
  }
}

}  // namespace
}  // namespace kg
