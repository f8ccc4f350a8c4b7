#pragma once
// The output options `build` and `merge` share: -o DIR, --formats, --base,
// --graphml-edge-type, --html-max-nodes, and getting the directory ready before any work is done.

#include <CLI/CLI.hpp>

#include <string>

#include "export/graph_outputs.h"

namespace kg::cli {

// What the user asked to be written, and where.
struct OutputArgs {
  std::string dir;                  // -o DIR (required)
  std::string formats = "all";      // --formats json,ttl,nq,graphml,gexf,neo4j,html | all
  exporters::OutputOptions outputs;  // filled from the above by prepare_outputs()
};

// Declares -o/--output, --formats, --base, --graphml-edge-type and
// --html-max-nodes on `cmd`
// (--graphml-strict, the default now, is still accepted and does nothing);
// `args` must outlive the command's callback.
void add_output_options(CLI::App* cmd, OutputArgs* args);

// Parses --formats and --base (a bad value is a usage error, kg::Error) and
// creates the output directory (kg::Error naming it when that fails). Call it
// before reading any input, so nothing is wasted on a run that cannot write.
void prepare_outputs(OutputArgs& args);

}  // namespace kg::cli
