#include "export/rdf_check.h"

#include <serd/serd.h>

namespace kg::exporters {

namespace {

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode*, const SerdNode*,
                        const SerdNode*, const SerdNode*, const SerdNode*) {
  ++static_cast<RdfParse*>(handle)->statements;
  return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* e) {
  auto* r = static_cast<RdfParse*>(handle);
  if (r->error.empty()) {
    char msg[512];
    std::vsnprintf(msg, sizeof msg, e->fmt, *e->args);
    r->error = std::to_string(e->line) + ":" + std::to_string(e->col) + ": " + msg;
    while (!r->error.empty() && r->error.back() == '\n') r->error.pop_back();
  }
  return SERD_SUCCESS;
}

}  // namespace

RdfParse parse_rdf(const std::string& text, bool nquads) {
  RdfParse result;
  SerdReader* reader = serd_reader_new(nquads ? SERD_NQUADS : SERD_TURTLE, &result, nullptr, nullptr, nullptr,
                                       on_statement, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, on_error, &result);
  SerdStatus st = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str()));
  serd_reader_free(reader);
  result.ok = st == SERD_SUCCESS && result.error.empty();
  if (!result.ok && result.error.empty()) result.error = reinterpret_cast<const char*>(serd_strerror(st));
  return result;
}

}  // namespace kg::exporters
