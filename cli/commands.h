#pragma once
// The subcommands of kgraph. Each add_* registers a CLI11 subcommand whose
// callback runs the command and stores the process exit code (0 ok, 1 some
// inputs skipped, 2 usage or fatal) in *exit_code. kg::Error escapes to main().

#include <CLI/CLI.hpp>

namespace kg::cli {

void add_build_command(CLI::App& app, int* exit_code);
void add_analyze_command(CLI::App& app, int* exit_code);
void add_extract_command(CLI::App& app, int* exit_code);
void add_merge_command(CLI::App& app, int* exit_code);
void add_query_command(CLI::App& app, int* exit_code);
void add_train_parser_command(CLI::App& app, int* exit_code);
void add_train_ner_command(CLI::App& app, int* exit_code);

}  // namespace kg::cli
