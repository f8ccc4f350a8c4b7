// kgraph analyze INPUT... — the analysed text as CoNLL-U on stdout.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/run_inputs.h"
#include "extract/analyse/conllu_writer.h"

namespace kg::cli {

void add_analyze_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<InputOptions>();
  CLI::App* cmd = app.add_subcommand(
      "analyze", "Print the analysed text as CoNLL-U (lemmas, UPOS, Apertium tags, TokenRange)");
  add_input_options(cmd, opts.get());
  cmd->callback([opts, exit_code]() {
    std::string buf;
    RunResult run = run_pipeline(*opts, [&](extract::AnalysedDocument&& doc) {
      buf.clear();
      extract::write_conllu(doc, buf);
      std::fwrite(buf.data(), 1, buf.size(), stdout);
    });
    std::fflush(stdout);
    *exit_code = run.exit_code();
  });
}

}  // namespace kg::cli
