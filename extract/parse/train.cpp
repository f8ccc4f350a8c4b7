#include "extract/parse/train.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "base/error.h"
#include "extract/parse/word_features.h"

namespace kg::extract::parse {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  std::size_t at = 0;
  while (true) {
    const std::size_t tab = line.find('\t', at);
    cols.push_back(line.substr(at, tab - at));
    if (tab == std::string::npos) return cols;
    at = tab + 1;
  }
}

void read_word_line(const std::string& line, const std::string& where, GoldSentence& s) {
  const std::vector<std::string> c = split_tabs(line);
  if (c.size() != 10) throw Error(where + ": a CoNLL-U word line has 10 columns, this one " + std::to_string(c.size()));
  if (c[0].find_first_of("-.") != std::string::npos) return;  // multiword token or empty node
  s.forms.push_back(c[1]);
  s.upos.push_back(c[3]);
  try {
    s.heads.push_back(static_cast<std::uint32_t>(std::stoul(c[6])));
  } catch (const std::exception&) {
    throw Error(where + ": head '" + c[6] + "' is not a number");
  }
  s.deprels.push_back(c[7]);
}

// Index pairs (gold i, analysis j) of a longest common subsequence of forms.
std::vector<std::pair<std::size_t, std::size_t>> align_forms(const std::vector<std::string>& a,
                                                             const std::vector<const Word*>& b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::uint16_t>> lcs(n + 1, std::vector<std::uint16_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j]->form ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] == b[j]->form) pairs.emplace_back(i++, j++);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) ++i;
    else ++j;
  }
  return pairs;
}

Document sentence_document(const std::string& lang, const std::string& text) {
  Document d;
  d.id = "train";
  d.lang = lang;
  d.text = text;
  return d;
}

// Gold data turned into what the tagger and the parser learn from.
struct Prepared {
  std::vector<TaggedSentence> tagged;
  std::vector<std::vector<std::uint32_t>> heads, labels;
};

template <typename T>
std::vector<std::string> sorted_names(const std::set<T>& s) {
  return {s.begin(), s.end()};
}

std::uint32_t index_of(const std::vector<std::string>& names, const std::string& s) {
  return static_cast<std::uint32_t>(std::lower_bound(names.begin(), names.end(), s) - names.begin());
}

}  // namespace

std::vector<GoldSentence> read_conllu(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error("reading " + path + ": cannot open");
  std::vector<GoldSentence> out;
  GoldSentence cur;
  std::string line;
  std::size_t lineno = 0;
  auto flush = [&] {
    if (!cur.forms.empty()) out.push_back(std::move(cur));
    cur = GoldSentence{};
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) flush();
    else if (line.rfind("# sent_id = ", 0) == 0) cur.id = line.substr(12);
    else if (line.rfind("# text = ", 0) == 0) cur.text = line.substr(9);
    else if (line[0] != '#') read_word_line(line, path + ":" + std::to_string(lineno), cur);
  }
  flush();
  return out;
}

std::vector<Word> analyse_gold_words(Analyser& analyser, const std::string& lang, const GoldSentence& gold) {
  AnalysedDocument doc = analyser.analyse(sentence_document(lang, gold.text));
  std::vector<const Word*> words;
  for (const Sentence& s : doc.sentences)
    for (const Word* w : sentence_words(s)) words.push_back(w);
  std::vector<Word> out(gold.forms.size());
  std::vector<bool> aligned(gold.forms.size(), false);
  for (auto [i, j] : align_forms(gold.forms, words)) out[i] = *words[j], aligned[i] = true;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (aligned[i]) continue;
    AnalysedDocument alone = analyser.analyse(sentence_document(lang, gold.forms[i]));
    out[i].form = gold.forms[i];
    out[i].lemma = gold.forms[i];
    if (!alone.sentences.empty() && !alone.sentences[0].tokens.empty()) {
      const Word& w = alone.sentences[0].tokens[0].words[0];
      out[i].lemma = w.lemma;
      out[i].tags = w.tags;
      out[i].upos = w.upos;
      out[i].unknown = w.unknown;
    }
  }
  return out;
}

SyntaxModel train_syntax_model(const TrainOptions& opts, std::FILE* log) {
  std::vector<GoldSentence> gold;
  for (const std::string& f : opts.train_files) {
    std::vector<GoldSentence> part = read_conllu(f);
    if (log) std::fprintf(log, "train-parser: %s: %zu sentences\n", f.c_str(), part.size());
    gold.insert(gold.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  if (gold.empty()) throw Error("train-parser: no training sentences");
  std::set<std::string> tag_set, label_set;
  for (const GoldSentence& g : gold) {
    tag_set.insert(g.upos.begin(), g.upos.end());
    label_set.insert(g.deprels.begin(), g.deprels.end());
  }
  const std::vector<std::string> tags = sorted_names(tag_set), labels = sorted_names(label_set);

  Analyser analyser(load_language(opts.lang, opts.data_dir));
  Prepared data;
  for (const GoldSentence& g : gold) {
    const std::vector<Word> words = analyse_gold_words(analyser, opts.lang, g);
    std::vector<const Word*> ptrs;
    for (const Word& w : words) ptrs.push_back(&w);
    TaggedSentence t{sentence_keys(ptrs), {}};
    std::vector<std::uint32_t> lab;
    for (std::size_t i = 0; i < g.forms.size(); ++i) {
      t.gold.push_back(index_of(tags, g.upos[i]));
      lab.push_back(index_of(labels, g.deprels[i]));
    }
    data.tagged.push_back(std::move(t));
    data.heads.push_back(g.heads);
    data.labels.push_back(std::move(lab));
  }
  if (log) std::fprintf(log, "train-parser: analysed %zu sentences; %zu tags, %zu relations\n", gold.size(),
                        tags.size(), labels.size());

  // Jackknifing: each sentence's tags come from a tagger trained without it.
  std::vector<TreeSentence> trees(gold.size());
  Tagger tagger = train_tagger(data.tagged, tags, opts.tagger_epochs, opts.seed);
  if (log) std::fprintf(log, "train-parser: tagger trained (%zu features)\n", tagger.model().features());
  if (opts.folds <= 1)  // no jackknifing: the final tagger's own tags
    for (std::size_t s = 0; s < gold.size(); ++s)
      trees[s] = {data.tagged[s].keys, tagger.tag(data.tagged[s].keys), data.heads[s], data.labels[s]};
  for (int fold = 0; fold < opts.folds && opts.folds > 1; ++fold) {
    std::vector<TaggedSentence> rest;
    for (std::size_t s = 0; s < gold.size(); ++s)
      if (static_cast<int>(s % opts.folds) != fold) rest.push_back(data.tagged[s]);
    const Tagger t = train_tagger(rest, tags, opts.tagger_epochs, opts.seed + 100 + fold);
    for (std::size_t s = fold; s < gold.size(); s += opts.folds)
      trees[s] = {data.tagged[s].keys, t.tag(data.tagged[s].keys), data.heads[s], data.labels[s]};
    if (log) std::fprintf(log, "train-parser: jackknife fold %d of %d tagged\n", fold + 1, opts.folds);
  }
  Parser parser = train_parser(trees, labels, opts.parser_epochs, opts.seed + 7);
  if (log) std::fprintf(log, "train-parser: parser trained (%zu features)\n", parser.model().features());

  std::string about = "kgraph syntax model (" + opts.lang + "): UPOS tagger " + std::to_string(opts.tagger_epochs) +
                      " epochs, arc-hybrid parser " + std::to_string(opts.parser_epochs) + " epochs, " +
                      std::to_string(opts.folds) + "-fold jackknifed tags, seed " + std::to_string(opts.seed) +
                      "; trained on";
  for (const std::string& f : opts.train_files) about += " " + std::filesystem::path(f).filename().string();
  return SyntaxModel(opts.lang, about, std::move(tagger), std::move(parser));
}

GoldTokenScores score_gold_tokens(const SyntaxModel& model, const std::vector<GoldSentence>& gold,
                                  const std::string& data_dir) {
  Analyser analyser(load_language(model.lang(), data_dir));
  GoldTokenScores sc;
  std::size_t upos = 0, uas = 0, las = 0;
  auto universal = [](const std::string& r) { return r.substr(0, r.find(':')); };
  for (const GoldSentence& g : gold) {
    const std::vector<Word> words = analyse_gold_words(analyser, model.lang(), g);
    std::vector<const Word*> ptrs;
    for (const Word& w : words) ptrs.push_back(&w);
    const std::vector<WordKeys> keys = sentence_keys(ptrs);
    const std::vector<std::uint32_t> tags = model.tagger().tag(keys);
    const Tree tree = model.parser().parse(keys, tags);
    for (std::size_t i = 0; i < g.forms.size(); ++i) {
      ++sc.words;
      upos += model.tagger().tags()[tags[i]] == g.upos[i];
      if (tree.heads[i] != g.heads[i]) continue;
      ++uas;
      las += universal(model.parser().labels()[tree.labels[i]]) == universal(g.deprels[i]);
    }
  }
  const double n = std::max<double>(1, static_cast<double>(sc.words));
  sc.upos = upos / n;
  sc.uas = uas / n;
  sc.las = las / n;
  return sc;
}

}  // namespace kg::extract::parse
