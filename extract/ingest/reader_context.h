#pragma once
// What the format readers share: the report of the input being read, the issue
// callback, and the raw document they hand to Ingestor for normalisation.

#include <functional>
#include <string>

#include "extract/model/document.h"
#include "extract/ingest/ingest.h"
#include "extract/ingest/input_report.h"

namespace kg::extract {

// A document as a reader found it: valid UTF-8 (repaired), not yet normalised,
// boilerplate still in. `lang_hint` is a language the container suggests
// (HTML lang attribute) for language id; `doc.lang` is set only when the input
// states the language (JSONL "lang").
struct RawDocument {
  Document doc;
  std::string lang_hint;
  bool title_from_first_line = false;  // .txt: take the title from the text
};

// Per-input state of a read: issues go both to the sink (at once) and to the report.
// Not copyable state of its own; references must outlive it. Single-threaded.
struct ReaderContext {
  InputReport& report;
  const Ingestor::IssueSink& on_issue;
  std::function<void(RawDocument&&)> on_document;

  // Records an issue about `file` at `line` (0 = whole file).
  void issue(const std::string& file, std::size_t line, std::string reason, bool skipped) const {
    InputIssue i{file, line, std::move(reason), skipped};
    if (on_issue) on_issue(i);
    report.issues.push_back(std::move(i));
  }
};

// The largest accepted line of a JSONL input (a longer one is skipped).
constexpr std::size_t kMaxLineBytes = 10u * 1024 * 1024;
// The largest accepted whole-file input (.txt, .html).
constexpr std::size_t kMaxFileBytes = 256u * 1024 * 1024;

// File name without directory and extension: "a/b/doc.txt" -> "doc".
std::string file_stem(const std::string& path);

// Reads a whole regular file as text. On failure (cannot open, not a regular
// file, too big, empty or whitespace only, binary) records a whole-file issue,
// sets report.status to "skipped" and returns false. Invalid UTF-8 is replaced
// by U+FFFD with a warning (skipped=false) naming the line of the first bad byte.
bool read_text_file(const std::string& path, ReaderContext& ctx, std::string& text);

}  // namespace kg::extract
