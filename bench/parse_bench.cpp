// Benchmark: words per second of the trained tagger and parser alone, on one
// core, over text kgraph has already analysed (the analysis is not timed).
//   cmake --build build/release --target kg_parse_bench
//   build/release/kg_parse_bench LANG FILE.txt [REPEAT]
// bench/parse_throughput.py runs it on 1,000 OrangeSum articles and 500 BBC ones.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/analyse/analyser.h"
#include "extract/ingest/normalise.h"
#include "extract/parse/syntax_model.h"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s LANG FILE.txt [REPEAT]\n", argv[0]);
    return 2;
  }
  const std::string lang = argv[1];
  const int repeat = argc > 3 ? std::atoi(argv[3]) : 3;
  std::ifstream in(argv[2]);
  std::stringstream text;
  text << in.rdbuf();
  kg::extract::Analyser analyser(kg::extract::load_language(lang));
  kg::extract::Document doc;
  doc.id = "bench";
  doc.lang = lang;
  doc.text = kg::extract::normalise(text.str());  // as ingest does
  kg::extract::AnalysedDocument analysed = analyser.analyse(std::move(doc));
  auto model = kg::extract::parse::load_syntax_model(lang);
  if (!model) {
    std::fprintf(stderr, "no syntax model for %s\n", lang.c_str());
    return 2;
  }
  std::size_t words = 0;
  for (const auto& s : analysed.sentences) words += kg::extract::parse::sentence_words(s).size();
  double best = 1e9;
  for (int r = 0; r < repeat; ++r) {
    const auto t0 = Clock::now();
    for (auto& s : analysed.sentences) model->parse(s);
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
  }
  std::printf("%s: %zu sentences, %zu words; tagger + parser, one thread: %.3f s, %.0f words/s\n", lang.c_str(),
              analysed.sentences.size(), words, best, words / best);
  return 0;
}
