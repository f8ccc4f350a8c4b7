// ingest_probe: ingest throughput and boilerplate removals on a real corpus.
// Not built by CMake (bench/ has no target); build it by hand after
// `cmake --build build/release --target kg_extract`:
//   g++ -std=c++20 -O2 -I. bench/ingest_probe.cpp build/release/libkg_extract.a
//       build/release/libkg_base.a $(pkg-config --libs gumbo) -lcld2 -licuio -licui18n -licuuc
//       -o /tmp/ingest_probe
// Usage:
//   ingest_probe time INPUT...          documents, MB and seconds of Ingestor::read
//   ingest_probe removals FILE.jsonl N  what boilerplate removal drops in the first N lines
//                                       ("text"/"article" field), one line per removal
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "extract/ingest/boilerplate.h"
#include "extract/ingest/ingest.h"
#include "extract/ingest/normalise.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: ingest_probe time INPUT... | removals FILE.jsonl N\n");
    return 2;
  }
  std::string mode = argv[1];
  if (mode == "time") {
    std::vector<std::string> inputs(argv + 2, argv + argc);
    std::size_t docs = 0, bytes = 0;
    std::map<std::string, std::size_t> langs;
    auto start = std::chrono::steady_clock::now();
    kg::extract::Ingestor ingestor;
    ingestor.read(inputs, [&](kg::extract::Document&& d) {
      ++docs;
      bytes += d.text.size();
      ++langs[d.lang];
    }, [&](const kg::extract::InputIssue& i) { std::fprintf(stderr, "%s\n", kg::extract::format_issue(i).c_str()); });
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%zu documents, %.1f MB of text out, %.2f s, %.0f docs/s, %.1f MB/s\n", docs, bytes / 1e6, s,
                docs / s, bytes / 1e6 / s);
    for (const auto& [l, n] : langs) std::printf("  lang '%s': %zu\n", l.c_str(), n);
    return 0;
  }
  if (mode == "removals" && argc == 4) {
    std::ifstream in(argv[2]);
    std::size_t limit = std::stoul(argv[3]);
    kg::extract::BoilerplateFilter filter;
    std::map<std::string, std::size_t> per_rule;
    std::string line;
    std::size_t n = 0, paragraphs = 0;
    while (n < limit && std::getline(in, line)) {
      ++n;
      rapidjson::Document j;
      j.Parse(line.c_str());
      if (j.HasParseError() || !j.IsObject()) continue;
      const char* field = j.HasMember("text") ? "text" : "article";
      if (!j.HasMember(field) || !j[field].IsString()) continue;
      std::string text = kg::extract::normalise(j[field].GetString());
      for (std::size_t p = 0; (p = text.find("\n\n", p)) != std::string::npos; p += 2) ++paragraphs;
      ++paragraphs;
      std::vector<kg::extract::BoilerplateRemoval> removed;
      filter.strip(text, &removed);
      std::string id = j.HasMember("id") && j["id"].IsString() ? j["id"].GetString() : std::to_string(n);
      for (const auto& r : removed) {
        ++per_rule[r.rule];
        std::printf("%s\t%s\t%s\n", id.c_str(), r.rule.c_str(), r.text.c_str());
      }
    }
    std::fprintf(stderr, "%zu documents, %zu paragraphs after normalisation\n", n, paragraphs);
    for (const auto& [rule, c] : per_rule) std::fprintf(stderr, "  %-28s %zu\n", rule.c_str(), c);
    return 0;
  }
  std::fprintf(stderr, "usage: ingest_probe time INPUT... | removals FILE.jsonl N\n");
  return 2;
}
