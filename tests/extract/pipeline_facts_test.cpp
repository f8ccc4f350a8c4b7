// Fact extraction on the pipeline's worker threads (Pipeline::run_with_facts):
// the facts handed on, in input order, are those of extracting each analysed
// document on the calling thread, whatever the thread count.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/facts/extractor.h"
#include "extract/facts/fact_format.h"
#include "extract/pipeline.h"
#include "tests/test_paths.h"

namespace kg::extract {
namespace {

// A JSONL file of one document per line of the French rule sample.
std::string write_corpus() {
  std::ifstream in(test::data_path("facts/fr_sample.txt"));
  auto path = std::filesystem::temp_directory_path() / "kg_pipeline_facts_test.jsonl";
  std::ofstream out(path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::string esc;
    for (char c : line) {
      if (c == '"' || c == '\\') esc += '\\';
      esc += c;
    }
    out << "{\"id\": \"d" << n++ << "\", \"text\": \"" << esc << "\"}\n";
  }
  return path.string();
}

// Each document's id and its facts as TSV, in the order the sink saw them.
std::vector<std::string> facts_by_document(unsigned threads, bool on_workers) {
  PipelineOptions po;
  po.ingest.forced_lang = "fr";
  po.threads = threads;
  po.batch_size = 3;  // several batches, each split over the workers
  Pipeline pipeline(po);
  auto resources = load_fact_resources();
  std::vector<std::string> out;
  if (on_workers) {
    pipeline.run_with_facts({write_corpus()}, resources, [&](AnalysedDocument&& doc, DocumentFacts&& facts) {
      std::string tsv = doc.doc.id + "\n";
      for (const auto& f : facts.facts) append_fact_tsv(f, tsv);
      out.push_back(tsv);
    });
  } else {
    FactExtractor extractor(resources);
    pipeline.run({write_corpus()}, [&](AnalysedDocument&& doc) {
      std::string tsv = doc.doc.id + "\n";
      for (const auto& f : extractor.extract(doc).facts) append_fact_tsv(f, tsv);
      out.push_back(tsv);
    });
  }
  return out;
}

TEST(PipelineFacts, WorkerExtractionEqualsExtractionOnTheCallingThreadInInputOrder) {
  auto reference = facts_by_document(1, false);
  ASSERT_GT(reference.size(), 5u);
  EXPECT_EQ(reference.front().substr(0, 3), "d0\n");
  EXPECT_EQ(facts_by_document(1, true), reference);
  EXPECT_EQ(facts_by_document(3, true), reference);
}

TEST(PipelineFacts, NoResourcesIsAClearError) {
  PipelineOptions po;
  po.threads = 1;
  Pipeline pipeline(po);
  EXPECT_THROW(pipeline.run_with_facts({"x"}, nullptr, [](AnalysedDocument&&, DocumentFacts&&) {}), std::exception);
}

}  // namespace
}  // namespace kg::extract
