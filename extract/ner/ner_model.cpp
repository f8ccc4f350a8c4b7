#include "extract/ner/ner_model.h"

#include <algorithm>
#include <filesystem>

#include "base/atomic_file.h"
#include "base/error.h"
#include "extract/parse/syntax_model.h"

namespace kg::extract::ner {

namespace {

constexpr char kMagic[] = "kgraph-ner 1\n";

void put_u32(std::string& b, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b += static_cast<char>((v >> (8 * i)) & 0xff);
}
void put_u64(std::string& b, std::uint64_t v) {
  put_u32(b, static_cast<std::uint32_t>(v));
  put_u32(b, static_cast<std::uint32_t>(v >> 32));
}
void put_str(std::string& b, const std::string& s) {
  put_u32(b, static_cast<std::uint32_t>(s.size()));
  b += s;
}

// Reads little-endian fields from a model file's bytes, naming the file on error.
struct Reader {
  const std::string& bytes;
  const std::string& path;
  std::size_t at = 0;
  void need(std::size_t n) const {
    if (bytes.size() - at < n) throw Error("reading model " + path + ": truncated at byte " + std::to_string(at));
  }
  std::uint64_t uint(int size) {
    need(static_cast<std::size_t>(size));
    std::uint64_t v = 0;
    for (int i = 0; i < size; ++i) v |= std::uint64_t(static_cast<unsigned char>(bytes[at++])) << (8 * i);
    return v;
  }
  std::string str() {
    const auto n = static_cast<std::size_t>(uint(4));
    need(n);
    std::string s = bytes.substr(at, n);
    at += n;
    return s;
  }
};

void put_model(std::string& b, const parse::LinearModel& m) {
  put_u32(b, m.classes());
  const auto rows = m.rows();
  put_u64(b, rows.size());
  for (const auto& r : rows) {
    put_u64(b, r.key);
    b += static_cast<char>(r.entries.size());
    for (const auto& e : r.entries) {
      b += static_cast<char>(e.cls);
      const std::uint16_t w = parse::to_bfloat16(e.weight);
      b += static_cast<char>(w & 0xff);
      b += static_cast<char>(w >> 8);
    }
  }
}

parse::LinearModel get_model(Reader& in) {
  const auto classes = static_cast<std::uint32_t>(in.uint(4));
  const std::uint64_t n = in.uint(8);
  in.need(n * 9);
  parse::LinearModel::FlatRows rows;
  rows.keys.resize(n);
  rows.begin.push_back(0);
  for (std::uint64_t r = 0; r < n; ++r) {
    rows.keys[r] = in.uint(8);
    if (r > 0 && rows.keys[r] <= rows.keys[r - 1]) throw Error("reading model " + in.path + ": keys out of order");
    const auto count = static_cast<std::size_t>(in.uint(1));
    for (std::size_t k = 0; k < count; ++k) {
      parse::LinearModel::Entry e;
      e.cls = static_cast<std::uint16_t>(in.uint(1));
      if (e.cls >= classes) throw Error("reading model " + in.path + ": class out of range");
      e.weight = parse::from_bfloat16(static_cast<std::uint16_t>(in.uint(2)));
      rows.entries.push_back(e);
    }
    rows.begin.push_back(static_cast<std::uint32_t>(rows.entries.size()));
  }
  return parse::LinearModel(classes, std::move(rows));
}

}  // namespace

std::vector<std::string> bio_tags(const std::vector<std::string>& types) {
  std::vector<std::string> tags{"O"};
  for (const std::string& t : types) {
    tags.push_back("B-" + t);
    tags.push_back("I-" + t);
  }
  return tags;
}

NerModel::NerModel(std::string lang, std::string about, std::vector<std::string> tags, parse::LinearModel model)
    : lang_(std::move(lang)), about_(std::move(about)), tags_(std::move(tags)), model_(std::move(model)) {
  for (const std::string& t : tags_) {
    types_.push_back(t.size() > 2 ? t.substr(2) : "");
    inside_.push_back(t.rfind("I-", 0) == 0);
  }
}

std::shared_ptr<const NerModel> NerModel::read(const std::string& path) {
  const std::string bytes = parse::gunzip_file(path);
  if (bytes.compare(0, sizeof kMagic - 1, kMagic) != 0) throw Error("reading model " + path + ": not a kgraph NER model");
  Reader in{bytes, path, sizeof kMagic - 1};
  std::string lang = in.str(), about = in.str();
  std::vector<std::string> tags(static_cast<std::size_t>(in.uint(4)));
  for (auto& t : tags) t = in.str();
  parse::LinearModel model = get_model(in);
  if (model.classes() != tags.size()) throw Error("reading model " + path + ": classes do not match its tags");
  if (in.at != bytes.size()) throw Error("reading model " + path + ": trailing bytes");
  return std::make_shared<const NerModel>(std::move(lang), std::move(about), std::move(tags), std::move(model));
}

void NerModel::write(const std::string& path) const {
  std::string b = kMagic;
  put_str(b, lang_);
  put_str(b, about_);
  put_u32(b, static_cast<std::uint32_t>(tags_.size()));
  for (const auto& t : tags_) put_str(b, t);
  put_model(b, model_);
  AtomicFile file(path);
  file.write(parse::gzip_bytes(b));
  file.commit();
}

std::vector<std::uint32_t> NerModel::tag_ids(const std::vector<TokenInfo>& info, std::vector<float>* margins,
                                             std::vector<std::string>* begin_types) const {
  std::vector<std::uint32_t> out(info.size());
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(tags_.size());
  std::uint32_t prev = kNoTag, prev2 = kNoTag;
  for (std::size_t i = 0; i < info.size(); ++i) {
    token_features(info, i, prev, prev2, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.score(feats, scores.data());
    std::uint32_t best = 0;
    float second = -1e30f;
    for (std::uint32_t c = 1; c < tags_.size(); ++c) {
      const bool follows = prev != kNoTag && types_[prev] == types_[c] && !types_[c].empty();
      if (inside_[c] && !follows) continue;  // I-X only inside an X
      if (scores[c] > scores[best]) {
        second = scores[best];
        best = c;
      } else {
        second = std::max(second, scores[c]);
      }
    }
    out[i] = best;
    if (margins) margins->push_back(scores[best] - second);
    if (begin_types) {
      std::uint32_t b = 0;
      for (std::uint32_t c = 1; c < tags_.size(); ++c)
        if (!inside_[c] && (b == 0 || scores[c] > scores[b])) b = c;
      begin_types->push_back(types_[b]);
    }
    prev2 = prev;
    prev = best;
  }
  return out;
}

std::vector<std::string> NerModel::tag(const std::vector<std::string>& forms, const std::vector<std::string>& analyses,
                                       const NerResources& res) const {
  std::vector<std::string> out;
  for (std::uint32_t id : tag_ids(sentence_info(forms, analyses, res))) out.push_back(tags_[id]);
  return out;
}

std::vector<NerSpan> NerModel::spans(const std::vector<std::uint32_t>& ids, const std::vector<float>& margins) const {
  std::vector<NerSpan> out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (types_[ids[i]].empty()) continue;
    const float margin = i < margins.size() ? margins[i] : 0.0f;
    if (inside_[ids[i]] && !out.empty() && out.back().last == i && out.back().type == types_[ids[i]]) {
      out.back().last = i + 1;
      out.back().margin = std::min(out.back().margin, margin);
      continue;
    }
    out.push_back({i, i + 1, types_[ids[i]], margin});
  }
  return out;
}

std::string ner_model_path(const std::string& lang, const std::string& dir) {
  return (std::filesystem::path(dir) / (lang + ".ner.gz")).string();
}

std::shared_ptr<const NerModel> load_ner_model(const std::string& lang, const std::string& dir) {
  const std::string path = ner_model_path(lang, dir.empty() ? parse::default_models_dir() : dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return nullptr;
  return NerModel::read(path);
}

}  // namespace kg::extract::ner
