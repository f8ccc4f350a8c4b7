// kgraph — the command-line program. Thin: parses arguments with CLI11 and
// hands each subcommand to its run_* function (cli/commands.h).
#include <CLI/CLI.hpp>

#include <iostream>

#include "base/error.h"
#include "base/version.h"

int main(int argc, char** argv) {
  CLI::App app{"kgraph: builds a knowledge graph from news articles"};
  app.set_version_flag("--version", std::string(kg::kGenerator));
  app.require_subcommand(1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return 0;
}
