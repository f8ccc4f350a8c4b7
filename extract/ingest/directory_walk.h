#pragma once
// Which files a directory input expands into, and which format a path has.

#include <string>
#include <vector>

namespace kg::extract {

// The input format of a path from its extension, case-insensitively: "txt"
// (.txt), "jsonl" (.jsonl, .ndjson; also "-"), "html" (.html, .htm); "" when
// unsupported.
std::string input_format(const std::string& path);

// The files under `dir`, recursively, with a supported extension (see
// input_format), sorted by the byte order of their paths. Hidden files and
// directories (name starting with '.') are skipped, and so are files with
// other extensions (a directory of articles often holds a README or metadata;
// they are not reported). Symbolic links to files are followed, to
// directories are not. Directories that cannot be listed are appended to
// `errors` as "path: reason" (when not null) and skipped.
std::vector<std::string> list_input_files(const std::string& dir, std::vector<std::string>* errors = nullptr);

}  // namespace kg::extract
