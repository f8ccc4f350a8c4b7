// kgraph — the command-line program. Thin: CLI11 parses the arguments and each
// subcommand (cli/*_command.cpp) runs the pipeline. Exit codes: 0 ok, 1 some
// inputs skipped, 2 usage or fatal error (one clear line on stderr).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "base/error.h"
#include "base/version.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"kgraph: builds a knowledge graph (who did what to whom) from news articles"};
  app.set_version_flag("--version", std::string(kg::kGenerator));
  app.require_subcommand(1);
  int exit_code = 0;
  kg::cli::add_build_command(app, &exit_code);
  kg::cli::add_extract_command(app, &exit_code);
  kg::cli::add_analyze_command(app, &exit_code);
  kg::cli::add_merge_command(app, &exit_code);
  kg::cli::add_query_command(app, &exit_code);
  kg::cli::add_train_parser_command(app, &exit_code);
  kg::cli::add_train_ner_command(app, &exit_code);
  for (CLI::App* sub : app.get_subcommands({}))
    sub->set_version_flag("--version", std::string(kg::kGenerator));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  } catch (const kg::Error& e) {
    std::fprintf(stderr, "kgraph: error: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kgraph: internal error: %s\n", e.what());
    return 2;
  }
  return exit_code;
}
