#pragma once
// The buffered text sink of kgraph's streaming writers (GraphML, GEXF, Neo4j
// CSV): text is appended to a buffer that is handed on in chunks of about
// 64 KiB, to a FILE or a string.

#include <charconv>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "export/xml_text.h"

namespace kg::exporters {

// Not thread-safe; one writer per object. Call finish() at the end: what is
// still buffered is handed on then, not on destruction.
class ChunkedOut {
 public:
  using Flush = std::function<void(const std::string&)>;
  explicit ChunkedOut(Flush flush) : flush_(std::move(flush)) { buf_.reserve(1 << 17); }

  // A sink writing to `out` (owned by the caller); a write error throws
  // kg::Error("writing " + what, the system's reason).
  static ChunkedOut to_file(FILE* out, const std::string& what);
  // A sink appending to *out.
  static ChunkedOut to_string(std::string* out);

  ChunkedOut& operator<<(std::string_view s) { buf_.append(s); return maybe_flush(); }
  ChunkedOut& operator<<(char c) { buf_.push_back(c); return maybe_flush(); }
  // A count in decimal.
  ChunkedOut& number(std::size_t n) {
    char b[24];  // 24 bytes hold any 64-bit number
    auto [end, ec] = std::to_chars(b, b + sizeof b, n);
    (void)ec;
    return *this << std::string_view(b, static_cast<std::size_t>(end - b));
  }
  // `x` as printf("%.<decimals>f") writes it (std::to_chars with a precision
  // is specified to give the same characters).
  ChunkedOut& fixed(double x, int decimals) {
    char b[400];  // room for any double in fixed notation
    auto [end, ec] = std::to_chars(b, b + sizeof b, x, std::chars_format::fixed, decimals);
    (void)ec;
    return *this << std::string_view(b, static_cast<std::size_t>(end - b));
  }
  // append_xml_escaped(s) / append_xml_nmtoken(s) (xml_text.h).
  ChunkedOut& xml_text(const std::string& s) { append_xml_escaped(s, &buf_); return maybe_flush(); }
  ChunkedOut& xml_nmtoken(const std::string& s) { append_xml_nmtoken(s, &buf_); return maybe_flush(); }
  // The buffer, for appenders of other syntaxes (CSV); call maybe_flush() after.
  std::string* buffer() { return &buf_; }
  ChunkedOut& maybe_flush() {
    if (buf_.size() >= (1 << 16)) finish();
    return *this;
  }
  // Hands on what is buffered.
  void finish() { flush_(buf_); buf_.clear(); }

 private:
  Flush flush_;
  std::string buf_;
};

}  // namespace kg::exporters
