#include "extract/ner/features.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <span>

#include "extract/parse/perceptron.h"

namespace kg::extract::ner {

namespace {

using parse::feature;
using parse::hash_text;

std::string lower_case(const std::string& form) {
  std::string out;
  icu::UnicodeString::fromUTF8(form).toLower().toUTF8String(out);
  return out;
}

// The first `n` code points of s (from the end when `from_end`), or "" when s is shorter.
std::string code_points(const std::string& s, std::size_t n, bool from_end) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
  if (starts.size() < n) return "";
  return from_end ? s.substr(starts[starts.size() - n]) : s.substr(0, n < starts.size() ? starts[n] : s.size());
}

// The cue a word is ("title" for "président", "honorific" for "M."), or 0.
std::uint64_t cue_of(const std::string& lower, const ontology::Lexicon* lexicon) {
  if (lexicon == nullptr) return 0;
  std::string key = lower;
  if (key.size() > 1 && key.back() == '.') key.pop_back();
  if (lexicon->has("honorifics", key)) return hash_text("honorific");
  if (lexicon->has("titles", key)) return hash_text("title");
  return 0;
}

// Marks the tokens inside names the KB knows: "B-" / "I-" and the entry's type.
void mark_kb_names(const std::vector<std::string>& forms, const NerResources& res, std::vector<TokenInfo>& info) {
  if (res.kb == nullptr || forms.empty()) return;
  std::string text;
  std::vector<ontology::Token> tokens;
  for (const std::string& f : forms) {
    if (!text.empty()) text += ' ';
    const auto begin = static_cast<std::uint32_t>(text.size());
    text += f;
    tokens.push_back({{}, begin, static_cast<std::uint32_t>(text.size())});
  }
  for (std::size_t t = 0; t < tokens.size(); ++t)
    tokens[t].text = std::string_view(text).substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
  for (const ontology::Match& m : res.kb->scan(text, std::span<const ontology::Token>(tokens), res.lang)) {
    if (m.candidates.empty()) continue;
    const ontology::Candidate& c = m.candidates.front();
    const std::string type(ontology::to_string(c.entry->type));
    const std::string how = c.how == ontology::MatchKind::Demonym ? "demonym" : "name";
    for (std::size_t t = m.first_token; t < m.last_token; ++t)
      info[t].kb = hash_text((t == m.first_token ? "B-" : "I-") + type + "/" + how);
  }
}

// Runs of capitalised tokens (with lower-case particles such as "de", "du",
// "of" between two capitalised ones): each token of a run learns the run's
// first and last word ("Racing Club de Lens", "Jive Records").
void mark_capitalised_runs(const std::vector<std::string>& forms, std::vector<TokenInfo>& info) {
  std::size_t i = 0;
  while (i < info.size()) {
    if (!info[i].capitalised) { ++i; continue; }
    std::size_t j = i + 1, end = i + 1;
    while (j < info.size() && (info[j].capitalised || (forms[j].size() <= 3 && j + 1 < info.size() &&
                                                        info[j + 1].capitalised && !info[j].capitalised))) {
      ++j;
      if (info[j - 1].capitalised) end = j;
    }
    for (std::size_t k = i; k < end; ++k) {
      info[k].run_first = hash_text("rf:" + lower_case(forms[i]));
      info[k].run_last = hash_text("rl:" + lower_case(forms[end - 1]));
    }
    i = end;
  }
}

}  // namespace

std::string word_shape(const std::string& form, bool collapse) {
  std::string out;
  std::int32_t i = 0;
  const auto n = static_cast<std::int32_t>(form.size());
  while (i < n) {
    UChar32 c;
    const std::int32_t start = i;
    U8_NEXT(form.data(), i, n, c);
    std::string cls;
    if (u_isupper(c) || u_istitle(c)) cls = "X";
    else if (u_isalpha(c)) cls = "x";
    else if (u_isdigit(c)) cls = "d";
    else cls = form.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    if (collapse && out.size() >= cls.size() && out.compare(out.size() - cls.size(), cls.size(), cls) == 0) continue;
    out += cls;
  }
  if (!collapse && out.size() > 12) out = out.substr(0, 12);
  return out;
}

std::string analysis_key(const std::string& tags, bool unknown) {
  if (unknown) return "*";
  const std::size_t dot = tags.find('.');
  if (tags.compare(0, dot, "np") != 0 || dot == std::string::npos) return tags.substr(0, dot);
  return tags.substr(0, tags.find('.', dot + 1));
}

std::vector<TokenInfo> sentence_info(const std::vector<std::string>& forms, const std::vector<std::string>& analyses,
                                     const NerResources& res) {
  std::vector<TokenInfo> info(forms.size());
  if (analyses.size() == forms.size())
    for (std::size_t i = 0; i < forms.size(); ++i) info[i].analysis = hash_text("a:" + analyses[i]);
  for (std::size_t i = 0; i < forms.size(); ++i) {
    TokenInfo& t = info[i];
    const std::string lower = lower_case(forms[i]);
    const std::string shape = word_shape(forms[i], false);
    t.form = hash_text(forms[i]);
    t.lower = hash_text(lower);
    t.shape = hash_text(shape);
    t.short_shape = hash_text(word_shape(forms[i], true));
    for (std::size_t k = 0; k < 3; ++k) t.prefix[k] = hash_text(code_points(lower, k + 1, false));
    for (std::size_t k = 0; k < 4; ++k) t.suffix[k] = hash_text(code_points(lower, k + 2, true));
    t.cue = cue_of(lower, res.lexicon);
    t.capitalised = !shape.empty() && shape[0] == 'X';
  }
  mark_kb_names(forms, res, info);
  mark_capitalised_runs(forms, info);
  return info;
}

void token_features(const std::vector<TokenInfo>& info, std::size_t i, std::uint32_t prev, std::uint32_t prev2,
                    std::vector<std::uint64_t>& out) {
  static const std::uint64_t kStart = hash_text("<s>"), kEnd = hash_text("</s>");
  auto at = [&](std::ptrdiff_t d) -> const TokenInfo* {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(info.size()) ? nullptr : &info[static_cast<std::size_t>(j)];
  };
  auto lower = [&](std::ptrdiff_t d) { const TokenInfo* t = at(d); return t ? t->lower : (d < 0 ? kStart : kEnd); };
  auto shape = [&](std::ptrdiff_t d) { const TokenInfo* t = at(d); return t ? t->short_shape : (d < 0 ? kStart : kEnd); };
  auto kb = [&](std::ptrdiff_t d) { const TokenInfo* t = at(d); return t ? t->kb : 0; };
  auto cue = [&](std::ptrdiff_t d) { const TokenInfo* t = at(d); return t ? t->cue : 0; };
  auto ana = [&](std::ptrdiff_t d) { const TokenInfo* t = at(d); return t ? t->analysis : 0; };
  const TokenInfo& w = info[i];
  const std::uint64_t first = i == 0 ? 1 : 0;
  out.clear();
  out.push_back(feature(0, 0));
  out.push_back(feature(1, w.form));
  out.push_back(feature(2, w.lower));
  out.push_back(feature(3, w.shape));
  out.push_back(feature(4, w.short_shape));
  for (std::uint64_t k = 0; k < 3; ++k) out.push_back(feature(5, k, w.prefix[k]));
  for (std::uint64_t k = 0; k < 4; ++k) out.push_back(feature(6, k, w.suffix[k]));
  out.push_back(feature(7, lower(-1)));
  out.push_back(feature(8, lower(1)));
  out.push_back(feature(9, lower(-2)));
  out.push_back(feature(10, lower(2)));
  out.push_back(feature(11, shape(-1), shape(1)));
  out.push_back(feature(12, shape(-1), w.short_shape));
  out.push_back(feature(13, w.short_shape, shape(1)));
  out.push_back(feature(14, prev));
  out.push_back(feature(15, prev, prev2));
  out.push_back(feature(16, prev, w.lower));
  out.push_back(feature(17, prev, w.short_shape));
  out.push_back(feature(18, first, w.short_shape));
  out.push_back(feature(19, kb(0)));
  out.push_back(feature(20, kb(-1), kb(0)));
  out.push_back(feature(21, kb(0), kb(1)));
  out.push_back(feature(22, cue(-1), w.short_shape));
  out.push_back(feature(23, cue(-2), w.short_shape));
  out.push_back(feature(24, cue(0)));
  out.push_back(feature(25, lower(-1), w.short_shape));
  out.push_back(feature(26, w.short_shape, lower(1)));
  out.push_back(feature(27, first, w.lower));
  out.push_back(feature(28, prev, kb(0)));
  out.push_back(feature(29, lower(-1), w.lower));
  if (w.run_first != 0) {
    out.push_back(feature(36, w.run_first));
    out.push_back(feature(37, w.run_last));
    out.push_back(feature(38, first, w.run_last));
  }
  if (w.analysis == 0) return;
  out.push_back(feature(30, w.analysis));
  out.push_back(feature(31, w.analysis, w.short_shape));
  out.push_back(feature(32, ana(-1), w.analysis));
  out.push_back(feature(33, w.analysis, ana(1)));
  out.push_back(feature(34, prev, w.analysis));
  out.push_back(feature(35, first, w.analysis));
}

}  // namespace kg::extract::ner

namespace kg::extract::ner {

std::shared_ptr<const OwnedNerResources> load_ner_resources(const std::string& lang,
                                                            std::shared_ptr<const ontology::KnowledgeBase> kb) {
  auto r = std::make_shared<OwnedNerResources>();
  r->kb = kb ? std::move(kb) : ontology::KnowledgeBase::load();
  r->lexicon = ontology::Lexicon::load(ontology::default_lexicon_dir(lang));
  r->view = {lang, r->kb.get(), r->lexicon.get()};
  return r;
}

}  // namespace kg::extract::ner
