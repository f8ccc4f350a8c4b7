#include "extract/lang/en/carb_en.h"

#include <cstdio>
#include <string_view>

#include "extract/facts/chunk.h"
#include "extract/lang/en/openie_en.h"

namespace kg::extract::en {

namespace {

// The text given to the analyser: Penn-Treebank escapes replaced by the
// characters they stand for, padded with spaces to the same byte length so
// that every offset still indexes the line as given.
std::string analysis_text(const std::string& line) {
  static const std::pair<std::string_view, std::string_view> kEscapes[] = {
      {"-LRB-", "(    "}, {"-RRB-", ")    "}, {"-LSB-", "[    "}, {"-RSB-", "]    "},
      {"-LCB-", "{    "}, {"-RCB-", "}    "}, {"``", "\" "},       {"''", "\" "},
      // split contractions the analyser does not know as separate tokens
      {" n't ", " not "}, {" 're ", " are "}, {" 'm ", " am "}};
  std::string t = line;
  for (const auto& [from, to] : kEscapes) {
    std::size_t p = 0;
    while ((p = t.find(from, p)) != std::string::npos) {
      t.replace(p, from.size(), to);
      p += to.size();
    }
  }
  return t;
}

void field(const std::string& s, std::string& out) {
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

}  // namespace

void append_carb(const std::string& raw, Analyser& analyser, std::string& out) {
  std::string line = raw;
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  if (line.find_first_not_of(" \t") == std::string::npos) return;
  Document doc;
  doc.id = "carb";
  doc.lang = "en";
  doc.text = analysis_text(line);
  AnalysedDocument ad = analyser.analyse(std::move(doc));
  std::vector<FlatWord> words;
  for (const auto& s : ad.sentences) {
    std::vector<FlatWord> f = flatten(s);
    words.insert(words.end(), f.begin(), f.end());
  }
  // the analyser saw "(" for "-LRB-", "not" for "n't": give the words back their surfaces
  for (auto& w : words) {
    if (w.end > line.size() || w.begin >= w.end) continue;
    if (w.end - w.begin == w.form.size() && line.compare(w.begin, w.end - w.begin, w.form) != 0)
      w.form = line.substr(w.begin, w.end - w.begin);
    std::size_t e = w.begin;
    while (e < line.size() && line[e] != ' ') ++e;
    const std::string whole = line.substr(w.begin, e - w.begin);
    if (w.end - w.begin == 1 && e - w.begin > 1 &&
        (whole == "``" || whole == "''" ||
         whole == "-LRB-" || whole == "-RRB-" || whole == "-LSB-" || whole == "-RSB-" || whole == "-LCB-" ||
         whole == "-RCB-")) {
      w.form = line.substr(w.begin, e - w.begin);
      w.end = static_cast<std::uint32_t>(e);
    }
  }
  // an abbreviation's period the analyser split off ("Corp.", "Dr."): part of the word
  for (std::size_t i = 1; i + 1 < words.size(); ++i)
    if (words[i].form == "." && words[i].begin == words[i - 1].end) {
      words[i - 1].end = words[i].end;
      words[i - 1].form += ".";
      words.erase(words.begin() + static_cast<long>(i));
      --i;
    }
  for (const auto& x : open_extract(words)) {
    field(line, out);
    char buf[16];
    std::snprintf(buf, sizeof buf, "\t%.2f\t", x.confidence);
    out += buf;
    field(relation_phrase(words, x), out);
    out += '\t';
    field(span_text(words, x.arg1, line), out);
    if (!x.arg2.empty()) {
      out += '\t';
      field(span_text(words, x.arg2, line), out);
    }
    for (const auto& e : x.extra) {
      out += '\t';
      field(span_text(words, e, line), out);
    }
    out += '\n';
  }
}

}  // namespace kg::extract::en
