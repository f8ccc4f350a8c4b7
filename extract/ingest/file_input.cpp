#include "extract/ingest/reader_context.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "extract/ingest/utf8.h"

namespace kg::extract {

namespace fs = std::filesystem;

std::string file_stem(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).stem().string();
}

bool read_text_file(const std::string& path, ReaderContext& ctx, std::string& text) {
  auto skip = [&](std::string reason) {
    ctx.issue(path, 0, std::move(reason), true);
    ctx.report.status = "skipped";
    return false;
  };
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec) return skip("cannot read: " + ec.message());
  if (fs::is_directory(st)) return skip("is a directory");
  if (!fs::is_regular_file(st)) return skip("not a regular file (a FIFO, socket or device); skipped");
  auto size = fs::file_size(path, ec);
  if (ec) return skip("cannot read: " + ec.message());
  if (size > kMaxFileBytes) return skip("file larger than 256 MiB; skipped");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return skip(std::string("cannot open: ") + std::strerror(errno));
  std::string bytes(size, '\0');
  std::size_t n = size ? std::fread(bytes.data(), 1, size, f.get()) : 0;
  if (std::ferror(f.get())) return skip(std::string("read error: ") + std::strerror(errno));
  bytes.resize(n);
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return skip("empty file; skipped");
  if (looks_binary(std::string_view(bytes).substr(0, 1 << 16)) || bytes.find('\0') != std::string::npos)
    return skip("binary file (NUL bytes or control characters), not text; skipped");
  Utf8Repair repair;
  text = repair_utf8(bytes, &repair);
  if (repair.replaced > 0) {
    ctx.issue(path, line_of_offset(bytes, repair.first_bad_offset),
              "invalid UTF-8 (" + std::to_string(repair.replaced) +
                  " sequence(s) replaced by U+FFFD, first at byte " + std::to_string(repair.first_bad_offset) + ")",
              false);
  }
  return true;
}

}  // namespace kg::extract
