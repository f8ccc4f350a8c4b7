#pragma once
// The document pipeline shared by every subcommand: ingest, then analyse on a
// pool of worker threads, handing analysed documents back in input order.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/model/analysed.h"
#include "extract/facts/extractor.h"
#include "extract/ingest/ingest.h"
#include "extract/ingest/input_report.h"

namespace kg::extract {

struct PipelineOptions {
  IngestOptions ingest;
  unsigned threads = 0;             // worker threads; 0 = one per core
  std::size_t batch_size = 128;     // documents per progress report; twice this many may be in flight
  std::string data_dir = KG_APERTIUM_DATA_DIR;  // Apertium data root
  // Tag and parse with the language's syntax model, if it has one: every
  // sentence in run(); in run_with_facts() only the sentences the tree engine
  // reads (two possible ends of a fact), by the fact extractor.
  bool parse = true;
  std::string models_dir = KG_SOURCE_DIR "/ontology/models";  // where <lang>.syntax.gz lives
};

// What a run did, for report.json and the summary line.
struct PipelineStats {
  std::size_t documents_read = 0;      // documents ingest produced
  std::size_t documents_analysed = 0;  // documents handed to the sink
  std::size_t documents_skipped = 0;   // dropped after ingest (unsupported language)
  std::size_t sentences = 0;
  std::size_t tokens = 0;
  std::size_t words = 0;
  std::vector<std::pair<std::string, std::size_t>> languages;  // sorted by code
};

// Runs ingest + analyse over `inputs`.
// - on_document is called once per analysed document, on the calling thread, in
//   input order, so output is deterministic whatever the thread count.
// - on_issue is called (calling thread) for every input issue as it is found.
// - on_progress(documents_done) is called every batch_size documents handed
//   on, and once at the end, for a progress bar.
// Returns the per-input reports: ingest's, plus a document-level issue for each
// document whose language kgraph cannot analyse (that document is skipped).
// Throws kg::Error only for fatal setup errors (language data missing).
class Pipeline {
 public:
  using DocumentSink = std::function<void(AnalysedDocument&&)>;
  using ProgressSink = std::function<void(std::size_t documents_done)>;

  explicit Pipeline(PipelineOptions options);

  std::vector<InputReport> run(const std::vector<std::string>& inputs,
                               const DocumentSink& on_document,
                               const Ingestor::IssueSink& on_issue = {},
                               const ProgressSink& on_progress = {});

  // An analysed document and the facts extracted from it.
  using FactSink = std::function<void(AnalysedDocument&&, DocumentFacts&&)>;

  // As run(), with fact extraction done on the worker threads too: each worker
  // owns one FactExtractor over the shared, immutable `resources` (needs
  // non-null). on_document still runs on the calling thread, in input order,
  // so the facts handed on are identical to extracting them on the calling
  // thread in input order, whatever the thread count.
  std::vector<InputReport> run_with_facts(const std::vector<std::string>& inputs,
                                          std::shared_ptr<const FactResources> resources,
                                          const FactSink& on_document,
                                          const Ingestor::IssueSink& on_issue = {},
                                          const ProgressSink& on_progress = {});

  const PipelineStats& stats() const { return stats_; }

 private:
  std::vector<InputReport> run_impl(const std::vector<std::string>& inputs,
                                    std::shared_ptr<const FactResources> resources,
                                    const FactSink& on_document, const Ingestor::IssueSink& on_issue,
                                    const ProgressSink& on_progress);

  PipelineOptions options_;
  PipelineStats stats_;
};

// The languages kgraph can analyse, as ISO 639-1 codes ("en", "fr").
const std::vector<std::string>& supported_languages();

}  // namespace kg::extract
