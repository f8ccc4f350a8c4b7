#include "extract/ingest/txt_reader.h"

namespace kg::extract {

void read_txt(const std::string& path, ReaderContext& ctx) {
  std::string text;
  if (!read_text_file(path, ctx, text)) return;
  RawDocument raw;
  raw.doc.id = file_stem(path);
  raw.doc.source = path;
  raw.doc.text = std::move(text);
  raw.title_from_first_line = true;
  ctx.on_document(std::move(raw));
}

}  // namespace kg::extract
