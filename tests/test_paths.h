#pragma once
// Where tests find their data, the kgraph binary, and ../shared.

#include <string>

namespace kg::test {

// tests/data/<relative>.
std::string data_path(const std::string& relative);

// The absolute path of the built kgraph program.
std::string kgraph_binary();

// The ../shared directory beside the repository, or "" when it is absent
// (tests that need it then call GTEST_SKIP()).
std::string shared_dir();

// Runs a shell command; returns its exit status and fills out/err with what it printed.
int run_command(const std::string& command, std::string* out, std::string* err = nullptr);

// An empty scratch folder for this process: <tmp>/kg-<suite>-<name>-<pid>
// (emptied if it existed). The caller removes it when it wants to.
std::string scratch_dir(const std::string& suite, const std::string& name);

// The bundled reference article (examples/000_423d67bf1be03677.txt).
std::string seed_article();

// Runs `kgraph build` on the reference article into `dir` with `--formats
// formats`; returns its exit status, filling err with what it printed on stderr.
int build_seed_article(const std::string& dir, const std::string& formats, std::string* err);

// Reads a whole file; "" if it cannot.
std::string read_file(const std::string& path);

}  // namespace kg::test
