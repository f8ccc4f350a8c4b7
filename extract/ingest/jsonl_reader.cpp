#include "extract/ingest/jsonl_reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/ingest/line_reader.h"
#include "extract/ingest/utf8.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTextFields[] = {"text", "article", "body", "content"};

std::string string_field(const rapidjson::Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// "id" as a string: a JSON string as is, an integer in decimal, "" otherwise.
std::string id_field(const rapidjson::Value& obj) {
  auto it = obj.FindMember("id");
  if (it == obj.MemberEnd()) return "";
  const auto& v = it->value;
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsDouble()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v.GetDouble());
    return buf;
  }
  return "";
}

// "fr-FR", "FR", " fr " -> "fr": the primary subtag, lowercase.
std::string language_tag_primary(std::string tag) {
  std::size_t b = tag.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  tag = tag.substr(b, tag.find_first_of(" \t-_", b) - b);
  std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return std::tolower(c); });
  return tag;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos; }

}  // namespace

void read_jsonl_stream(std::FILE* stream, const std::string& source, ReaderContext& ctx) {
  LineReader reader(stream, kMaxLineBytes);
  const std::string stem = file_stem(source);
  std::string line;
  bool too_long = false;
  bool any_content = false;
  // One parse buffer for all lines (cleared after each), so that a JSONL file
  // does not allocate and free the parser's memory pool once a line.
  std::vector<char> pool(256 * 1024);
  rapidjson::MemoryPoolAllocator<> allocator(pool.data(), pool.size());
  while (reader.next(line, too_long)) {
    const std::size_t n = reader.line_number();
    if (too_long) {
      any_content = true;
      ctx.issue(source, n, "line longer than 10 MiB; skipped", true);
      continue;
    }
    if (blank(line)) continue;
    any_content = true;
    Utf8Repair repair;
    std::string text = repair_utf8(line, &repair);
    if (repair.replaced > 0)
      ctx.issue(source, n,
                "invalid UTF-8 (" + std::to_string(repair.replaced) +
                    " sequence(s) replaced by U+FFFD, first at byte " + std::to_string(repair.first_bad_offset + 1) +
                    ")",
                false);
    allocator.Clear();
    rapidjson::Document json(&allocator);
    json.Parse(text.data(), text.size());
    if (json.HasParseError()) {
      ctx.issue(source, n,
                "malformed JSON at byte " + std::to_string(json.GetErrorOffset() + 1) + ": " +
                    rapidjson::GetParseError_En(json.GetParseError()) + "; line skipped",
                true);
      continue;
    }
    if (!json.IsObject()) {
      ctx.issue(source, n, "not a JSON object; line skipped", true);
      continue;
    }
    RawDocument raw;
    for (const char* field : kTextFields) {
      raw.doc.text = string_field(json, field);
      if (!blank(raw.doc.text)) break;
    }
    if (blank(raw.doc.text)) {
      ctx.issue(source, n, "no text: expected a non-empty string \"text\", \"article\", \"body\" or \"content\"; line skipped",
                true);
      continue;
    }
    raw.doc.id = id_field(json);
    if (raw.doc.id.empty()) raw.doc.id = stem + ":" + std::to_string(n);
    raw.doc.source = source;
    raw.doc.line = n;
    raw.doc.title = string_field(json, "title");
    raw.doc.date = string_field(json, "date");
    raw.doc.url = string_field(json, "url");
    raw.doc.lang = language_tag_primary(string_field(json, "lang"));
    ctx.on_document(std::move(raw));
  }
  if (reader.error())
    ctx.issue(source, reader.line_number() + 1, std::string("read error: ") + std::strerror(errno), true);
  if (!any_content && !reader.error()) {
    ctx.issue(source, 0, "empty input; skipped", true);
    ctx.report.status = "skipped";
  }
}

void read_jsonl(const std::string& path, ReaderContext& ctx) {
  auto skip = [&](std::string reason) {
    ctx.issue(path, 0, std::move(reason), true);
    ctx.report.status = "skipped";
  };
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec) return skip("cannot read: " + ec.message());
  if (fs::is_directory(st)) return skip("is a directory");
  if (!fs::is_regular_file(st)) return skip("not a regular file (a FIFO, socket or device); skipped");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return skip(std::string("cannot open: ") + std::strerror(errno));
  // Binary check on the first 64 KiB, then rewind.
  std::string head(1 << 16, '\0');
  head.resize(std::fread(head.data(), 1, head.size(), f.get()));
  if (looks_binary(head)) return skip("binary file (NUL bytes or control characters), not text; skipped");
  std::rewind(f.get());
  read_jsonl_stream(f.get(), path, ctx);
}

}  // namespace kg::extract
