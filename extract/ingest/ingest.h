#pragma once
// Ingest: input paths in, normalised documents out, with a report per input.

#include <functional>
#include <string>
#include <vector>

#include "extract/model/document.h"
#include "extract/ingest/input_report.h"

namespace kg::extract {

struct IngestOptions {
  std::string forced_lang;  // "" = detect with CLD2 (or take JSONL "lang"); else force for all
  bool strip_boilerplate = true;
};

// Reads inputs and hands out documents.
// Inputs: a .txt file (one document), .jsonl (one document a line: "text" — or
// "article"/"body"/"content" — and optional "id", "title", "date", "url", "lang"),
// .html/.htm (the article body), a directory (recursively, files in byte order of
// their paths; hidden files and directories, and files with other extensions, are
// left out without a report), or "-" (JSONL on stdin). Extensions are matched
// case-insensitively. Every document is normalised (normalise.h), stripped of
// boilerplate (boilerplate.h, unless strip_boilerplate is false), given its title
// as first paragraph when the body does not start with it, and given a language:
// forced_lang, else JSONL "lang", else CLD2 (language_id.h; "" when unreliable).
// Bad input never throws: it becomes an InputIssue, passed to on_issue as soon as
// it is found and recorded in the input's report; the rest goes on. Reports:
// "skipped" when the file gave no document and had an issue (unreadable,
// nonexistent, FIFO, binary, empty, unsupported extension, no valid line);
// "partial" when it gave documents but some lines were skipped or repaired
// (malformed JSON, no text, a line over 10 MiB, invalid UTF-8 replaced by U+FFFD).
// Deterministic: the same inputs give the same documents, issues and reports.
// Thread safety: one Ingestor per thread; callbacks are called on the calling thread.
class Ingestor {
 public:
  using DocumentSink = std::function<void(Document&&)>;
  using IssueSink = std::function<void(const InputIssue&)>;

  explicit Ingestor(IngestOptions options = {});

  // Reads all inputs in order; calls on_document for each document in input order.
  // Returns one report per file read (a directory expands into one per file).
  std::vector<InputReport> read(const std::vector<std::string>& inputs,
                                const DocumentSink& on_document,
                                const IssueSink& on_issue = {});

 private:
  IngestOptions options_;
};

}  // namespace kg::extract
