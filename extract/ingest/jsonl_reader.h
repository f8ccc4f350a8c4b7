#pragma once
// .jsonl input (and "-", JSONL on stdin): one document a line, parsed with RapidJSON.

#include <cstdio>
#include <string>

#include "extract/ingest/reader_context.h"

namespace kg::extract {

// Reads JSON Lines from `stream` (not owned); `source` names it in documents
// and issues ("-" for stdin). Each non-blank line must be a JSON object with a
// non-empty string "text" (or "article", "body", "content", tried in that
// order) and optional "id" (string or number), "title", "date", "url", "lang".
// A document's id is "id", else "<file stem>:<line>"; its line is the 1-based
// line number; "lang" is reduced to its primary subtag, lowercase ("fr-FR" ->
// "fr"). Bad lines are reported and skipped, the rest is read:
// malformed JSON (RapidJSON's message and the byte offset in the line), not an
// object, no text field, a line over 10 MiB (discarded without being held in
// memory). Invalid UTF-8 in a line is replaced by U+FFFD with a warning.
// A stream with no non-blank line is reported as an empty input.
void read_jsonl_stream(std::FILE* stream, const std::string& source, ReaderContext& ctx);

// Opens `path` and reads it with read_jsonl_stream; an unopenable, non-regular
// or binary file is reported as a whole-file issue (report.status "skipped").
void read_jsonl(const std::string& path, ReaderContext& ctx);

}  // namespace kg::extract
