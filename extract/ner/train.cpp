#include "extract/ner/train.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <tuple>

#include "base/error.h"
#include "extract/parse/train.h"

namespace kg::extract::ner {

namespace {

// The tag of a BIO line after type mapping and BIO2 repair; throws on a bad tag.
std::string read_tag(const std::string& raw, const std::string& prev, const TypeMap& types, const std::string& where) {
  if (raw == "O") return raw;
  if (raw.size() < 3 || (raw.rfind("B-", 0) != 0 && raw.rfind("I-", 0) != 0))
    throw Error(where, "tag '" + raw + "' is not O, B-TYPE or I-TYPE");
  std::string type = raw.substr(2);
  const auto it = types.find(type);
  if (it != types.end()) type = it->second;
  if (type == "O") return "O";
  const bool continues = prev.size() > 2 && prev.substr(2) == type;
  return (raw[0] == 'I' && continues ? "I-" : "B-") + type;
}

// The types in the sentences' tags, sorted.
std::vector<std::string> types_of(const std::vector<BioSentence>& sentences) {
  std::set<std::string> types;
  for (const auto& s : sentences)
    for (const auto& t : s.tags)
      if (t != "O") types.insert(t.substr(2));
  return {types.begin(), types.end()};
}

std::vector<std::vector<std::uint32_t>> tag_ids_of(const std::vector<BioSentence>& sentences,
                                                   const std::vector<std::string>& tags) {
  std::map<std::string, std::uint32_t> id;
  for (std::uint32_t i = 0; i < tags.size(); ++i) id[tags[i]] = i;
  std::vector<std::vector<std::uint32_t>> out;
  for (const auto& s : sentences) {
    out.emplace_back();
    for (const auto& t : s.tags) out.back().push_back(id.at(t));
  }
  return out;
}

// One pass of greedy training over one sentence; returns the tokens tagged right.
std::size_t train_sentence(parse::PerceptronTrainer& trainer, const std::vector<TokenInfo>& info,
                           const std::vector<std::uint32_t>& gold) {
  std::vector<std::uint64_t> feats;
  std::vector<float> scores;
  std::uint32_t prev = kNoTag, prev2 = kNoTag;
  std::size_t right = 0;
  for (std::size_t i = 0; i < info.size(); ++i) {
    token_features(info, i, prev, prev2, feats);
    trainer.score(feats, scores);
    const auto guess = static_cast<std::uint32_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    if (guess != gold[i]) trainer.update(feats, gold[i], guess);
    else trainer.tick();
    right += guess == gold[i];
    prev2 = prev;
    prev = guess;
  }
  return right;
}

}  // namespace

std::vector<BioSentence> read_bio(const std::string& path, const TypeMap& types) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot read");
  std::vector<BioSentence> out;
  BioSentence cur;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!cur.forms.empty()) out.push_back(std::move(cur));
      cur = {};
      continue;
    }
    const std::string where = path + ":" + std::to_string(n);
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
      throw Error(where, "expected a token, a tab and a tag");
    if (tab == 0) throw Error(where, "empty token");
    const std::string prev = cur.tags.empty() ? "O" : cur.tags.back();
    cur.tags.push_back(read_tag(line.substr(tab + 1), prev, types, where));
    cur.forms.push_back(line.substr(0, tab));
  }
  if (!cur.forms.empty()) out.push_back(std::move(cur));
  return out;
}

void analyse_bio(std::vector<BioSentence>& sentences, const std::string& lang, const std::string& data_dir) {
  Analyser analyser(load_language(lang, data_dir));
  for (BioSentence& s : sentences) {
    parse::GoldSentence gold;
    gold.forms = s.forms;
    for (const std::string& f : s.forms) gold.text += (gold.text.empty() ? "" : " ") + f;
    s.analyses.clear();
    for (const Word& w : parse::analyse_gold_words(analyser, lang, gold)) s.analyses.push_back(analysis_key(w.tags, w.unknown));
  }
}

NerModel train_ner(const std::string& lang, const std::string& about, const std::vector<BioSentence>& sentences,
                   const NerResources& res, const NerTrainOptions& options, std::FILE* log) {
  const std::vector<std::string> tags = bio_tags(types_of(sentences));
  if (tags.size() > 255) throw Error("train-ner", "too many entity types");
  const auto gold = tag_ids_of(sentences, tags);
  std::vector<std::vector<TokenInfo>> info;
  std::size_t tokens = 0;
  for (const auto& s : sentences) {
    info.push_back(sentence_info(s.forms, s.analyses, res));
    tokens += s.forms.size();
  }
  parse::PerceptronTrainer trainer(static_cast<std::uint32_t>(tags.size()));
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::size_t right = 0;
    const std::uint64_t epoch_seed = options.seed + static_cast<std::uint64_t>(epoch);
    for (std::size_t k : parse::shuffled_order(sentences.size(), epoch_seed)) {
      const double draw = double(parse::hash_join(epoch_seed, k) >> 11) / double(1ULL << 53);
      if (draw >= options.analysis_dropout) {
        right += train_sentence(trainer, info[k], gold[k]);
        continue;
      }
      std::vector<TokenInfo> plain = info[k];
      for (TokenInfo& t : plain) t.analysis = 0;
      right += train_sentence(trainer, plain, gold[k]);
    }
    if (log) std::fprintf(log, "train-ner %s: epoch %d: %.4f of %zu tokens right\n", lang.c_str(), epoch + 1,
                          tokens ? double(right) / double(tokens) : 0.0, tokens);
  }
  return NerModel(lang, about, tags, trainer.average(options.min_weight));
}

NerModel train_ner_model(const NerTrainOptions& options, const NerResources& res, std::FILE* log) {
  std::vector<BioSentence> all;
  std::string about = "averaged perceptron, " + std::to_string(options.epochs) + " epochs, seed " +
                      std::to_string(options.seed) + "; trained on";
  for (const std::string& path : options.train_files) {
    std::vector<BioSentence> s = read_bio(path, options.types);
    about += " " + std::filesystem::path(path).filename().string() + " (" + std::to_string(s.size()) + " sentences)";
    for (auto& x : s) all.push_back(std::move(x));
  }
  for (const auto& [from, to] : options.types) about += "; " + from + "->" + to;
  if (options.analyse) analyse_bio(all, options.lang);
  else about += "; no analysis features";
  return train_ner(options.lang, about, all, res, options, log);
}

NerScores score_ner(const NerModel& model, const std::vector<BioSentence>& gold, const NerResources& res) {
  NerScores s;
  std::size_t right = 0;
  std::map<std::string, std::array<std::size_t, 3>> by_type;  // gold, predicted, correct
  for (const auto& sent : gold) {
    const std::vector<std::uint32_t> ids = model.tag_ids(sentence_info(sent.forms, sent.analyses, res));
    std::vector<std::uint32_t> gold_ids;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      right += model.tags()[ids[i]] == sent.tags[i];
      const auto it = std::find(model.tags().begin(), model.tags().end(), sent.tags[i]);
      gold_ids.push_back(it == model.tags().end() ? 0 : static_cast<std::uint32_t>(it - model.tags().begin()));
    }
    s.tokens += ids.size();
    const auto g = model.spans(gold_ids), p = model.spans(ids);
    s.gold += g.size();
    s.predicted += p.size();
    for (const auto& x : g) ++by_type[x.type][0];
    for (const auto& x : p) ++by_type[x.type][1];
    for (const auto& x : p)
      for (const auto& y : g) {
        if (x.first != y.first || x.last != y.last) continue;
        ++s.untyped_correct;
        if (x.type == y.type) ++s.correct, ++by_type[x.type][2];
      }
  }
  auto f1 = [](double c, double g, double p) { return g + p > 0 ? 2 * c / (g + p) : 0.0; };
  s.accuracy = s.tokens ? double(right) / double(s.tokens) : 0;
  s.precision = s.predicted ? double(s.correct) / double(s.predicted) : 0;
  s.recall = s.gold ? double(s.correct) / double(s.gold) : 0;
  s.f1 = f1(double(s.correct), double(s.gold), double(s.predicted));
  s.untyped_f1 = f1(double(s.untyped_correct), double(s.gold), double(s.predicted));
  for (const auto& [t, c] : by_type) s.f1_by_type[t] = f1(double(c[2]), double(c[0]), double(c[1]));
  return s;
}

}  // namespace kg::extract::ner
