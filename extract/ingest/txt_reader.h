#pragma once
// .txt input: the whole file is one document.

#include <string>

#include "extract/ingest/reader_context.h"

namespace kg::extract {

// Reads `path` as one document (id = file stem, line 0) and hands it to
// ctx.on_document; the title is taken from the first line later, when that
// line is followed by a blank line, has no final period and is < 300 bytes.
// Problems (unreadable, empty, binary) are reported through ctx.
void read_txt(const std::string& path, ReaderContext& ctx);

}  // namespace kg::extract
