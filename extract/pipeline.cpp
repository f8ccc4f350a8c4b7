#include "extract/pipeline.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "base/error.h"
#include "extract/analyse/analyser.h"

namespace kg::extract {

const std::vector<std::string>& supported_languages() {
  static const std::vector<std::string> langs{"en", "fr"};
  return langs;
}

namespace {

bool is_supported(const std::string& lang) {
  const auto& s = supported_languages();
  return std::find(s.begin(), s.end(), lang) != s.end();
}

// Language data loaded once per run and shared by the workers.
class DataCache {
 public:
  explicit DataCache(std::string dir) : dir_(std::move(dir)) {}
  std::shared_ptr<const LanguageData> get(const std::string& lang) {
    std::lock_guard<std::mutex> lock(mu_);
    auto& slot = data_[lang];
    if (!slot) slot = load_language(lang, dir_);
    return slot;
  }

 private:
  std::string dir_;
  std::mutex mu_;
  std::map<std::string, std::shared_ptr<const LanguageData>> data_;
};

// One worker's analysers, one per language, created on first use, and its
// fact extractor when the run extracts facts.
struct WorkerState {
  std::map<std::string, std::unique_ptr<Analyser>> analysers;
  std::unique_ptr<FactExtractor> extractor;
  Analyser& for_lang(const std::string& lang, DataCache& cache) {
    auto& a = analysers[lang];
    if (!a) a = std::make_unique<Analyser>(cache.get(lang));
    return *a;
  }
};

}  // namespace

Pipeline::Pipeline(PipelineOptions options) : options_(std::move(options)) {
  if (options_.threads == 0) options_.threads = std::max(1u, std::thread::hardware_concurrency());
  if (options_.batch_size == 0) options_.batch_size = 1;
}

std::vector<InputReport> Pipeline::run(const std::vector<std::string>& inputs,
                                       const DocumentSink& on_document,
                                       const Ingestor::IssueSink& on_issue,
                                       const ProgressSink& on_progress) {
  return run_impl(
      inputs, nullptr, [&](AnalysedDocument&& doc, DocumentFacts&&) { on_document(std::move(doc)); }, on_issue,
      on_progress);
}

std::vector<InputReport> Pipeline::run_with_facts(const std::vector<std::string>& inputs,
                                                  std::shared_ptr<const FactResources> resources,
                                                  const FactSink& on_document,
                                                  const Ingestor::IssueSink& on_issue,
                                                  const ProgressSink& on_progress) {
  if (!resources) throw Error("pipeline: fact extraction needs its resources (none loaded)");
  return run_impl(inputs, std::move(resources), on_document, on_issue, on_progress);
}

std::vector<InputReport> Pipeline::run_impl(const std::vector<std::string>& inputs,
                                            std::shared_ptr<const FactResources> resources,
                                            const FactSink& on_document,
                                            const Ingestor::IssueSink& on_issue,
                                            const ProgressSink& on_progress) {
  stats_ = PipelineStats{};
  DataCache cache(options_.data_dir);
  std::vector<WorkerState> workers(options_.threads);
  std::map<std::string, std::size_t> languages;
  std::vector<InputIssue> doc_issues;  // document-level issues, merged into reports at the end

  // Batches are analysed (and their facts extracted) on the worker threads,
  // while this thread ingests the next batch and hands the previous one on:
  // neither ingest nor the sink leaves the cores idle. Results go to
  // on_document in input order, from this thread.
  struct Running {
    std::vector<Document> batch;
    std::vector<AnalysedDocument> results;
    std::vector<DocumentFacts> facts;
    std::vector<std::thread> pool;
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mu;
  };
  std::unique_ptr<Running> running;
  std::vector<Document> batch;

  // Waits for the running batch; returns it (null when none runs).
  auto join = [&]() -> std::unique_ptr<Running> {
    if (!running) return nullptr;
    for (auto& t : running->pool) t.join();
    std::unique_ptr<Running> done = std::move(running);
    if (done->failure) std::rethrow_exception(done->failure);
    return done;
  };
  // Hands a finished batch on, in input order.
  auto deliver = [&](std::unique_ptr<Running> done) {
    if (!done) return;
    for (std::size_t i = 0; i < done->results.size(); ++i) {
      AnalysedDocument& r = done->results[i];
      ++stats_.documents_analysed;
      stats_.sentences += r.sentences.size();
      for (const auto& s : r.sentences) {
        stats_.tokens += s.tokens.size();
        for (const auto& t : s.tokens) stats_.words += t.words.size();
      }
      on_document(std::move(r), std::move(done->facts[i]));
    }
    if (on_progress) on_progress(stats_.documents_analysed);
  };
  // Starts analysing `batch` on the worker threads (documents picked by
  // index, so each worker's load evens out).
  auto start = [&]() {
    if (batch.empty()) return;
    running = std::make_unique<Running>();
    Running& r = *running;
    r.batch = std::move(batch);
    batch.clear();
    r.results.resize(r.batch.size());
    r.facts.resize(r.batch.size());
    std::size_t n_threads = std::min<std::size_t>(workers.size(), r.batch.size());
    auto work = [&r, &workers, &cache, &resources](std::size_t w) {
      try {
        for (std::size_t i; (i = r.next.fetch_add(1)) < r.batch.size();) {
          Document& d = r.batch[i];
          std::string lang = d.lang;
          r.results[i] = workers[w].for_lang(lang, cache).analyse(std::move(d));
          if (resources) {
            auto& ex = workers[w].extractor;
            if (!ex) ex = std::make_unique<FactExtractor>(resources);
            r.facts[i] = ex->extract(r.results[i]);
          }
        }
      } catch (...) {
        std::lock_guard<std::mutex> lock(r.failure_mu);
        if (!r.failure) r.failure = std::current_exception();
        r.next = r.batch.size();
      }
    };
    for (std::size_t w = 0; w < n_threads; ++w) r.pool.emplace_back(work, w);
  };
  // Joins the workers if ingest or the sink throws, so no thread outlives
  // this frame.
  struct JoinGuard {
    std::unique_ptr<Running>& r;
    ~JoinGuard() {
      if (r)
        for (auto& t : r->pool)
          if (t.joinable()) t.join();
    }
  } guard{running};
  auto flush = [&]() {
    std::unique_ptr<Running> done = join();
    start();
    deliver(std::move(done));
  };

  Ingestor ingestor(options_.ingest);
  auto reports = ingestor.read(
      inputs,
      [&](Document&& doc) {
        ++stats_.documents_read;
        if (!is_supported(doc.lang)) {
          InputIssue issue;
          issue.file = doc.source;
          issue.line = doc.line;
          issue.reason = doc.lang.empty()
                             ? "document '" + doc.id + "': language not identified; skipped (use --lang)"
                             : "document '" + doc.id + "': language '" + doc.lang +
                                   "' is not supported (en, fr); skipped";
          issue.skipped = true;
          if (on_issue) on_issue(issue);
          doc_issues.push_back(issue);
          ++stats_.documents_skipped;
          return;
        }
        ++languages[doc.lang];
        batch.push_back(std::move(doc));
        if (batch.size() >= options_.batch_size) flush();
      },
      on_issue);
  flush();
  deliver(join());

  for (const auto& issue : doc_issues) {
    for (auto& r : reports) {
      if (r.path != issue.file) continue;
      r.issues.push_back(issue);
      if (r.documents > 0) --r.documents;
      r.status = r.documents == 0 ? "skipped" : "partial";
      break;
    }
  }
  stats_.languages.assign(languages.begin(), languages.end());
  return reports;
}

}  // namespace kg::extract
