#pragma once
// What became of each input: the record behind report.json and the
// "file:line: reason" messages on stderr.

#include <cstddef>
#include <string>
#include <vector>

namespace kg::extract {

// One problem found in one input. `line` is 1-based, 0 when the problem concerns
// the whole file. `skipped` tells whether the affected content was dropped
// (true: a malformed JSONL line, a binary file) or repaired and kept
// (false: invalid UTF-8 replaced by U+FFFD).
struct InputIssue {
  std::string file;
  std::size_t line = 0;
  std::string reason;
  bool skipped = true;
};

// The outcome of one input path (a file, or "-" for stdin).
// status: "ok" (all read), "partial" (some lines skipped or repaired),
// "skipped" (nothing usable: unreadable, binary, empty, unsupported).
struct InputReport {
  std::string path;
  std::string format;  // "txt", "jsonl", "html", "" when unsupported
  std::string status = "ok";
  std::size_t documents = 0;  // documents produced from this input
  std::vector<InputIssue> issues;
};

// "file:line: reason" (or "file: reason" when line is 0) — the one-line message
// printed on stderr for an issue.
std::string format_issue(const InputIssue& issue);

// True when any input was skipped in whole or in part (the run's exit code is then 1).
bool any_skipped(const std::vector<InputReport>& reports);

}  // namespace kg::extract
