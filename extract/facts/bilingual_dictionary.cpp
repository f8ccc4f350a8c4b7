// lttoolbox headers are free of `using namespace std`; Apertium's are not and
// are not included here.
#include "extract/facts/bilingual_dictionary.h"

#include <lttoolbox/fst_processor.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/error.h"

namespace kg::extract {

class BilingualData {
 public:
  std::vector<std::string> stages;  // the bytes of each .autobil.bin, in chain order
  std::vector<std::string> paths;
};

namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw kg::Error("cannot read bilingual dictionary " + path +
                    " (is the Apertium pair installed? run scripts/install-deps.sh)");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

UString to_u(const std::string& s) {
  UString out(s.size() + 1, 0);
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &len, s.data(),
                static_cast<int32_t>(s.size()), &err);
  if (U_FAILURE(err)) return UString();
  out.resize(static_cast<std::size_t>(len));
  return out;
}

std::string to_utf8(const UString& s) {
  std::string out(s.size() * 3 + 1, '\0');
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &len, reinterpret_cast<const UChar*>(s.data()),
              static_cast<int32_t>(s.size()), &err);
  if (U_FAILURE(err)) return std::string();
  out.resize(static_cast<std::size_t>(len));
  return out;
}

// "^lemma<a><b>$" from a lemma and dotted tags; stream specials escaped.
std::string stream_word(const std::string& lemma, const std::string& tags) {
  std::string out = "^";
  for (char c : lemma) {
    switch (c) {
      case '\\': case '^': case '$': case '@': case '[': case ']': case '{': case '}':
      case '/': case '<': case '>': case '#': case '+': case '*':
        out += '\\';
        break;
      default:
        break;
    }
    out += c;
  }
  std::size_t i = 0;
  while (i <= tags.size() && !tags.empty()) {
    std::size_t j = tags.find('.', i);
    if (j == std::string::npos) j = tags.size();
    if (j > i) {
      out += '<';
      out.append(tags, i, j - i);
      out += '>';
    }
    i = j + 1;
  }
  return out + "$";
}

// The first non-empty alternative of biltrans output "^a<t>/b<t>$": its
// lemma (with the '#' queue marker dropped: "take# part" -> "take part") and
// its tags. False for an unknown word ("@...") or no alternative.
bool first_alternative(const std::string& out, std::string& lemma, std::string& tags) {
  if (out.size() < 3 || out.front() != '^') return false;
  std::size_t i = 1;
  while (i < out.size()) {
    lemma.clear();
    tags.clear();
    if (out[i] == '@') return false;  // unknown to this dictionary
    bool in_tag = false;
    std::string tag;
    for (; i < out.size(); ++i) {
      char c = out[i];
      if (c == '\\' && i + 1 < out.size()) {
        if (!in_tag) lemma += out[++i];
        continue;
      }
      if (c == '/' || c == '$') break;
      if (c == '<') { in_tag = true; tag.clear(); continue; }
      if (c == '>') {
        in_tag = false;
        if (!tags.empty()) tags += '.';
        tags += tag;
        continue;
      }
      if (in_tag) tag += c;
      else if (c != '#') lemma += c;
    }
    while (!lemma.empty() && lemma.back() == ' ') lemma.pop_back();
    if (!lemma.empty()) return true;
    if (i >= out.size() || out[i] == '$') return false;
    ++i;  // skip '/'
  }
  return false;
}

}  // namespace

std::shared_ptr<const BilingualData> load_bilingual(const std::vector<std::string>& files, const std::string& data_dir) {
  if (files.empty()) throw kg::Error("no bilingual dictionary chain given");
  auto data = std::make_shared<BilingualData>();
  for (const auto& f : files) data->paths.push_back(data_dir + "/" + f);
  for (const auto& p : data->paths) data->stages.push_back(read_bytes(p));
  return data;
}

struct BilingualDictionary::Impl {
  std::shared_ptr<const BilingualData> data;
  std::vector<std::unique_ptr<FSTProcessor>> stages;
  std::unordered_map<std::string, std::string> cache;
  std::mutex mu;  // guards the processors and the cache
};

BilingualDictionary::BilingualDictionary(std::shared_ptr<const BilingualData> data)
    : impl_(std::make_unique<Impl>()) {
  impl_->data = std::move(data);
  for (std::size_t i = 0; i < impl_->data->stages.size(); ++i) {
    const std::string& bytes = impl_->data->stages[i];
    FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
    if (!f) throw kg::Error("fmemopen failed for " + impl_->data->paths[i]);
    auto p = std::make_unique<FSTProcessor>();
    p->load(f);
    std::fclose(f);
    p->initBiltrans();
    if (!p->valid()) throw kg::Error("invalid bilingual dictionary " + impl_->data->paths[i]);
    impl_->stages.push_back(std::move(p));
  }
}

BilingualDictionary::~BilingualDictionary() = default;

std::string BilingualDictionary::translate(const std::string& lemma, const std::string& tags) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  std::string cache_key = lemma + '\t' + tags;
  auto hit = impl_->cache.find(cache_key);
  if (hit != impl_->cache.end()) return hit->second;
  std::string cur_lemma = lemma, cur_tags = tags, result;
  bool ok = true;
  for (auto& stage : impl_->stages) {
    UString in = to_u(stream_word(cur_lemma, cur_tags));
    std::string out = to_utf8(stage->biltrans(in, true));
    std::string l, t;
    if (!first_alternative(out, l, t)) { ok = false; break; }
    cur_lemma = l;
    cur_tags = t.empty() ? cur_tags : t;
  }
  if (ok) {
    UString u = to_u(cur_lemma);
    for (auto& c : u) c = static_cast<char16_t>(u_tolower(c));
    result = to_utf8(u);
  }
  impl_->cache.emplace(std::move(cache_key), result);
  return result;
}

}  // namespace kg::extract
