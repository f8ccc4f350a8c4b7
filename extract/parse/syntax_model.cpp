#include "extract/parse/syntax_model.h"

#include <zlib.h>

#include <cstring>
#include <filesystem>

#include "base/atomic_file.h"
#include "base/error.h"

namespace kg::extract::parse {

namespace {

constexpr char kMagic[] = "kgraph-syntax 2\n";

// Little-endian serialisation into a byte string.
struct Out {
  std::string bytes;
  void u16(std::uint16_t v) {
    bytes += static_cast<char>(v & 0xff);
    bytes += static_cast<char>(v >> 8);
  }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes += static_cast<char>((v >> (8 * i)) & 0xff);
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) bytes += static_cast<char>((v >> (8 * i)) & 0xff);
  }
  void str(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    bytes += s;
  }
  void strings(const std::vector<std::string>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }
  void model(const LinearModel& m) {
    u32(m.classes());
    const auto rows = m.rows();
    u64(rows.size());
    for (const auto& r : rows) {
      u64(r.key);
      u16(static_cast<std::uint16_t>(r.entries.size()));
      for (const auto& e : r.entries) {
        u16(e.cls);
        u16(to_bfloat16(e.weight));
      }
    }
  }
};

struct In {
  const std::string& bytes;
  const std::string& path;
  std::size_t at = 0;
  void need(std::size_t n) {
    if (bytes.size() - at < n) throw Error("reading model " + path + ": truncated at byte " + std::to_string(at));
  }
  std::uint16_t u16() {
    need(2);
    const auto lo = static_cast<unsigned char>(bytes[at]), hi = static_cast<unsigned char>(bytes[at + 1]);
    at += 2;
    return static_cast<std::uint16_t>(lo | (hi << 8));
  }
  std::uint32_t u32() {
    need(4);
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= std::uint32_t(static_cast<unsigned char>(bytes[at++])) << (8 * i);
    return v;
  }
  std::uint64_t u64() {
    const std::uint64_t lo = u32();
    return lo | (std::uint64_t(u32()) << 32);
  }
  std::string str() {
    const std::uint32_t n = u32();
    need(n);
    std::string s = bytes.substr(at, n);
    at += n;
    return s;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> v(u32());
    for (auto& s : v) s = str();
    return v;
  }
  LinearModel model() {
    const std::uint32_t classes = u32();
    const std::uint64_t n = u64();
    need(n * 10);
    LinearModel::FlatRows rows;
    rows.keys.resize(n);
    rows.begin.reserve(n + 1);
    rows.begin.push_back(0);
    rows.entries.reserve(n * 2);
    for (std::uint64_t r = 0; r < n; ++r) {
      rows.keys[r] = u64();
      if (r > 0 && rows.keys[r] <= rows.keys[r - 1]) throw Error("reading model " + path + ": keys out of order");
      const std::uint16_t count = u16();
      need(std::size_t{count} * 4);
      for (std::uint16_t k = 0; k < count; ++k) {
        LinearModel::Entry e;
        e.cls = u16();
        if (e.cls >= classes) throw Error("reading model " + path + ": class " + std::to_string(e.cls) + " out of range");
        e.weight = from_bfloat16(u16());
        rows.entries.push_back(e);
      }
      rows.begin.push_back(static_cast<std::uint32_t>(rows.entries.size()));
    }
    return LinearModel(classes, std::move(rows));
  }
};

}  // namespace

std::string gunzip_file(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) throw Error("reading model " + path + ": cannot open");
  std::string out;
  std::error_code ec;
  const auto packed = std::filesystem::file_size(path, ec);
  if (!ec) out.reserve(static_cast<std::size_t>(packed) * 2);
  gzbuffer(f, 1 << 20);
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  const bool failed = n < 0;
  gzclose(f);
  if (failed) throw Error("reading model " + path + ": not a valid gzip file");
  return out;
}

std::string gzip_bytes(const std::string& raw) {
  z_stream z{};
  // windowBits 15 + 16: a gzip wrapper with no name and mtime 0, so the bytes are reproducible.
  if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) throw Error("zlib: deflateInit2 failed");
  std::string out(deflateBound(&z, raw.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
  z.avail_in = static_cast<uInt>(raw.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw Error("zlib: deflate failed");
  return out;
}


std::shared_ptr<const SyntaxModel> SyntaxModel::read(const std::string& path) {
  const std::string bytes = gunzip_file(path);
  if (bytes.compare(0, sizeof kMagic - 1, kMagic) != 0)
    throw Error("reading model " + path + ": not a kgraph syntax model");
  In in{bytes, path, sizeof kMagic - 1};
  std::string lang = in.str();
  std::string about = in.str();
  std::vector<std::string> tags = in.strings();
  LinearModel tag_model = in.model();
  if (tag_model.classes() != tags.size()) throw Error("reading model " + path + ": tagger classes do not match its tags");
  std::vector<std::string> labels = in.strings();
  LinearModel parse_model = in.model();
  if (in.at != bytes.size()) throw Error("reading model " + path + ": trailing bytes");
  return std::make_shared<const SyntaxModel>(std::move(lang), std::move(about), Tagger(std::move(tags), std::move(tag_model)),
                                             Parser(std::move(labels), std::move(parse_model)));
}

void SyntaxModel::write(const std::string& path) const {
  Out out;
  out.bytes = kMagic;
  out.str(lang_);
  out.str(about_);
  out.strings(tagger_.tags());
  out.model(tagger_.model());
  out.strings(parser_.labels());
  out.model(parser_.model());
  AtomicFile file(path);
  file.write(gzip_bytes(out.bytes));
  file.commit();
}

std::vector<Syntax> SyntaxModel::syntax_of(const Sentence& s) const {
  const std::vector<const Word*> words = sentence_words(s);
  const std::vector<WordKeys> keys = sentence_keys(words);
  const std::vector<std::uint32_t> tags = tagger_.tag(keys);
  const Tree tree = parser_.parse(keys, tags);
  std::vector<Syntax> out(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    out[i].upos = tagger_.tags()[tags[i]];
    out[i].head = tree.heads[i];
    out[i].deprel = parser_.labels()[tree.labels[i]];
  }
  return out;
}

std::string default_models_dir() { return (std::filesystem::path(KG_SOURCE_DIR) / "ontology" / "models").string(); }

std::shared_ptr<const SyntaxModel> load_syntax_model(const std::string& lang, const std::string& dir) {
  const std::string path = (std::filesystem::path(dir) / (lang + ".syntax.gz")).string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return nullptr;
  return SyntaxModel::read(path);
}

}  // namespace kg::extract::parse
