#include "extract/analyse/analyser.h"

#include <cctype>
#include <filesystem>

#include "base/error.h"
#include "extract/analyse/apertium_adapter.h"
#include "extract/analyse/language_module.h"
#include "extract/analyse/sentence_split.h"
#include "extract/analyse/upos.h"

namespace kg::extract {

class LanguageData {
 public:
  const AnalysisModule* module = nullptr;
  std::shared_ptr<const MorphData> morph;
};

namespace {

// The surface form of each part of a contraction: "du" -> "de" "le",
// "didn't" -> "did" "n't", "cannot" -> "can" "not".
std::vector<std::string> part_forms(const std::string& surface, const MorphAnalysis& a) {
  std::vector<std::string> forms;
  const std::size_t n = a.parts.size();
  if (n == 2) {
    static const char* clitics[] = {"n't", "N'T", "'s", "'ll", "'re", "'ve", "'d", "'m", "not"};
    for (const char* c : clitics) {
      std::string cl(c);
      if (surface.size() > cl.size() && surface.compare(surface.size() - cl.size(), cl.size(), cl) == 0) {
        return {surface.substr(0, surface.size() - cl.size()), cl};
      }
    }
  }
  for (const auto& p : a.parts) forms.push_back(p.lemma);
  return forms;
}

// The tagger reads œ as "oe" (the dictionaries' spelling): give the lemma
// of a word written with œ its ligature back ("sœurs" -> "sœur", not "soeur").
void restore_ligature(std::string_view surface, std::string& lemma) {
  if (surface.find("\xC5\x93") == std::string_view::npos) return;
  for (std::size_t k = lemma.find("oe"); k != std::string::npos; k = lemma.find("oe", k + 2))
    lemma.replace(k, 2, "\xC5\x93");
}

}  // namespace

std::shared_ptr<const LanguageData> load_language(const std::string& lang, const std::string& data_dir) {
  const AnalysisModule* module = find_analysis_module(lang);
  if (module == nullptr) {
    std::string known;
    for (const std::string& l : registered_languages()) known += (known.empty() ? "" : ", ") + l;
    throw kg::Error("no language data for '" + lang + "' (kgraph analyses " + known + ")");
  }
  auto data = std::make_shared<LanguageData>();
  data->module = module;
  const std::filesystem::path dir(data_dir);
  data->morph = load_morph_data((dir / module->automorf).string(), (dir / module->prob).string());
  return data;
}

struct Analyser::Impl {
  std::shared_ptr<const LanguageData> data;
  MorphTagger tagger;
  explicit Impl(std::shared_ptr<const LanguageData> d) : data(d), tagger(d->morph) {}
};

Analyser::Analyser(std::shared_ptr<const LanguageData> data)
    : impl_(std::make_unique<Impl>(std::move(data))) {}
Analyser::~Analyser() = default;

namespace {

bool is_run_punct(char c) { return c == '.' || c == '!' || c == '?'; }

// True when [begin, end) is made only of '.', '!' and '?'.
bool all_run_punct(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  for (std::uint32_t i = begin; i < end; ++i)
    if (!is_run_punct(text[i])) return false;
  return begin < end;
}

// Glued runs of sentence punctuation ("...", "?!", "!!!") and of dashes ("--") become one token, as
// UD writes them, carrying the first mark's analysis (so a run still ends a sentence).
void merge_punctuation_runs(std::string_view text, std::vector<MorphToken>& toks) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const bool glued = out > 0 && toks[out - 1].end == toks[i].begin;
    const bool marks = glued && all_run_punct(text, toks[out - 1].begin, toks[out - 1].end) &&
                       all_run_punct(text, toks[i].begin, toks[i].end);
    const bool dashes = glued && text.substr(toks[out - 1].begin, toks[i].end - toks[out - 1].begin)
                                         .find_first_not_of('-') == std::string_view::npos;
    if (marks || dashes) {
      toks[out - 1].end = toks[i].end;
      continue;
    }
    if (out != i) toks[out] = std::move(toks[i]);
    ++out;
  }
  toks.resize(out);
}

}  // namespace

AnalysedDocument Analyser::analyse(Document doc) {
  AnalysedDocument out;
  out.doc = std::move(doc);
  const std::string& text = out.doc.text;
  const AnalysisModule& module = *impl_->data->module;
  std::vector<MorphToken> toks = impl_->tagger.analyse(text, module.prune);
  merge_punctuation_runs(text, toks);
  std::vector<std::size_t> ends = split_sentences(text, toks);
  std::size_t first = 0;
  for (std::size_t end : ends) {
    if (end <= first) continue;
    Sentence s;
    s.begin = toks[first].begin;
    s.end = toks[end - 1].end;
    for (std::size_t i = first; i < end; ++i) {
      const MorphToken& mt = toks[i];
      Token t;
      t.begin = mt.begin;
      t.end = mt.end;
      t.surface = text.substr(mt.begin, mt.end - mt.begin);
      if (mt.chosen < 0) {
        Word w;
        w.form = t.surface;
        w.lemma = t.surface;
        w.unknown = mt.unknown;
        w.upos = upos_of("", w.form, true);
        t.words.push_back(std::move(w));
      } else {
        const MorphAnalysis& a = mt.analyses[mt.chosen];
        std::vector<std::string> forms;
        if (a.parts.size() > 1) forms = part_forms(t.surface, a);
        for (std::size_t p = 0; p < a.parts.size(); ++p) {
          Word w;
          w.form = a.parts.size() > 1 ? forms[p] : t.surface;
          w.lemma = a.parts[p].lemma;
          w.tags = a.parts[p].tags;
          w.unknown = mt.unknown;  // a guess of the language rules
          restore_ligature(t.surface, w.lemma);
          w.upos = upos_of(w.tags, w.form, false);
          // A capitalised word of a multiword proper name ("Fédération" in
          // "Fédération de Russie") is PROPN whatever it is alone.
          if (mt.in_proper_name && !w.form.empty() && (std::isupper(static_cast<unsigned char>(w.form[0])) ||
                                                       static_cast<unsigned char>(w.form[0]) == 0xC3))
            w.upos = "PROPN";
          t.words.push_back(std::move(w));
        }
      }
      s.tokens.push_back(std::move(t));
    }
    if (module.refine_tokens) module.refine_tokens(s.tokens);
    std::vector<Word*> words;
    for (auto& t : s.tokens)
      for (auto& w : t.words) words.push_back(&w);
    refine_upos(words);
    module.refine(words);
    out.sentences.push_back(std::move(s));
    first = end;
  }
  return out;
}

}  // namespace kg::extract
