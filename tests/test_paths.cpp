#include "tests/test_paths.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::test {

std::string data_path(const std::string& relative) {
  return std::string(KG_TEST_DATA_DIR) + "/" + relative;
}

std::string kgraph_binary() { return KG_BINARY; }

std::string scratch_dir(const std::string& suite, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("kg-" + suite + "-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

std::string shared_dir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("KG_SHARED_DIR"); env && *env)
    return fs::is_directory(env) ? std::string(env) : std::string();
  fs::path p = fs::path(KG_TEST_DATA_DIR).parent_path().parent_path().parent_path() / "shared";
  return fs::is_directory(p) ? fs::canonical(p).string() : std::string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int run_command(const std::string& command, std::string* out, std::string* err) {
  char errpath[] = "/tmp/kgtest-err-XXXXXX";
  int fd = ::mkstemp(errpath);
  if (fd >= 0) ::close(fd);
  std::string full = command + " 2>" + errpath;
  FILE* p = ::popen(full.c_str(), "r");
  if (p == nullptr) return -1;
  std::string buf;
  char chunk[65536];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, p)) > 0) buf.append(chunk, n);
  int status = ::pclose(p);
  if (out) *out = buf;
  if (err) *err = read_file(errpath);
  std::remove(errpath);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string seed_article() { return std::string(KG_SOURCE_DIR) + "/examples/000_423d67bf1be03677.txt"; }

int build_seed_article(const std::string& dir, const std::string& formats, std::string* err) {
  std::string out;
  return run_command(kgraph_binary() + " build " + seed_article() + " -o " + dir + " --formats " + formats, &out, err);
}

}  // namespace kg::test
