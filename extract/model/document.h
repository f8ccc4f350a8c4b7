#pragma once
// The unit that flows through the pipeline: one article, after ingest.

#include <string>

namespace kg::extract {

// One document, as ingest produces it: metadata plus the normalised text
// (NFC; typographic apostrophes, quotes, dashes and non-breaking spaces unified;
// glued paragraphs split; boilerplate removed). Every byte offset kgraph writes
// (token ranges, fact spans) is an offset into `text`. Plain value type.
struct Document {
  std::string id;      // unique within a run: JSONL "id", else file stem (.txt, .html), else
                       // "<file stem>:<line>" (JSONL; "stdin:<line>" for "-"); a repeated id gets "#2", "#3"...
  std::string source;  // the path it came from ("-" for stdin)
  std::size_t line = 0;  // 1-based line in a JSONL source; 0 for whole-file inputs
  std::string lang;    // ISO 639-1 ("fr", "en"); forced, given by the input, or detected
  std::string date;    // ISO 8601 date if the input gave one, else ""
  std::string title;   // "" when unknown; JSONL "title", HTML <h1>/<title>, or a .txt first line
                       // (followed by a blank line, no final period, < 300 bytes)
  std::string url;     // "" when unknown
  std::string text;    // normalised UTF-8 body; when the title is known it is also the first
                       // paragraph here (facts in titles count), added if the body did not start with it
};

}  // namespace kg::extract
