#include "extract/ingest/input_report.h"

namespace kg::extract {

std::string format_issue(const InputIssue& issue) {
  std::string s = issue.file;
  if (issue.line > 0) {
    s += ':';
    s += std::to_string(issue.line);
  }
  s += ": ";
  s += issue.reason;
  return s;
}

bool any_skipped(const std::vector<InputReport>& reports) {
  for (const auto& r : reports) {
    if (r.status != "ok") return true;
    for (const auto& i : r.issues)
      if (i.skipped) return true;
  }
  return false;
}

}  // namespace kg::extract
