#pragma once
// report.json: what a run did with every input — status, issues with file,
// line and reason, document/sentence/token counts, languages, time.

#include <string>
#include <vector>

#include "extract/ingest/input_report.h"
#include "extract/pipeline.h"

namespace kg::exporters {

// What the build wrote, for the report's "outputs" and "graph" sections.
struct RunSummary {
  std::vector<extract::InputReport> inputs;
  extract::PipelineStats stats;
  std::size_t entities = 0;
  std::size_t facts = 0;
  std::vector<std::string> outputs;  // file names written, in order
  double seconds = 0;                // wall time of the run
  int exit_code = 0;
};

// Serialises a run summary as pretty-printed JSON (RapidJSON PrettyWriter).
// Everything but "seconds" is a pure function of the inputs.
std::string report_to_json(const RunSummary& summary);

// Writes report_to_json() to `path` (temporary file + rename); throws kg::Error.
void write_report_json(const RunSummary& summary, const std::string& path);

}  // namespace kg::exporters
