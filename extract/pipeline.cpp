#include "extract/pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "base/error.h"
#include "extract/analyse/analyser.h"
#include "extract/analyse/language_module.h"
#include "extract/parse/syntax_model.h"

namespace kg::extract {

const std::vector<std::string>& supported_languages() { return registered_languages(); }

namespace {

bool is_supported(const std::string& lang) {
  const auto& s = supported_languages();
  return std::find(s.begin(), s.end(), lang) != s.end();
}

// Language data loaded once per run and shared by the workers. The first
// document of a language starts loading its Apertium data and its syntax model,
// each on a thread of its own, while the documents are read; a worker that needs
// them waits only for what is not loaded yet.
class DataCache {
 public:
  DataCache(std::string dir, std::string models_dir) : dir_(std::move(dir)), models_dir_(std::move(models_dir)) {}
  void prefetch(const std::string& lang) { (void)entry(lang); }
  std::shared_ptr<const LanguageData> get(const std::string& lang) { return entry(lang).data.get(); }
  // The language's syntax model; null when parsing is off or there is none.
  std::shared_ptr<const parse::SyntaxModel> syntax(const std::string& lang) { return entry(lang).syntax.get(); }

 private:
  struct Entry {
    std::shared_future<std::shared_ptr<const LanguageData>> data;
    std::shared_future<std::shared_ptr<const parse::SyntaxModel>> syntax;
  };
  // A copy (each thread waits on its own copy of the futures); loads start on first sight.
  Entry entry(const std::string& lang) {
    std::lock_guard<std::mutex> lock(mu_);
    auto [it, inserted] = entries_.try_emplace(lang);
    if (inserted) {
      it->second.data =
          std::async(std::launch::async, [lang, dir = dir_] { return load_language(lang, dir); }).share();
      it->second.syntax = std::async(std::launch::async, [lang, dir = models_dir_] {
                            return dir.empty() ? nullptr : parse::load_syntax_model(lang, dir);
                          }).share();
    }
    return it->second;
  }

  std::string dir_;
  std::string models_dir_;
  std::mutex mu_;
  std::map<std::string, Entry> entries_;
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
  // Analyses, then (`parse_all`) tags and parses every sentence when the language has a model.
  AnalysedDocument analyse(Document doc, DataCache& cache, bool parse_all) {
    const std::string lang = doc.lang;
    AnalysedDocument out = for_lang(lang, cache).analyse(std::move(doc));
    if (!parse_all) return out;
    if (auto model = cache.syntax(lang))
      for (Sentence& s : out.sentences) model->parse(s);
    return out;
  }
};

// One document in flight: its input, then its analysis and facts.
struct Slot {
  Document doc;
  AnalysedDocument result;
  DocumentFacts facts;
  bool ready = false;  // result and facts are set (guarded by the pipeline's mutex)
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
  DataCache cache(options_.data_dir, options_.parse ? options_.models_dir : std::string());
  std::vector<WorkerState> workers(options_.threads);
  std::map<std::string, std::size_t> languages;
  std::vector<InputIssue> doc_issues;  // document-level issues, merged into reports at the end

  // Documents are analysed (and their facts extracted) on the worker threads
  // as soon as ingest hands them on; this thread ingests and hands results on,
  // in input order, as they are ready. At most `window` documents are in
  // flight: past that, this thread waits for the oldest one.
  struct Shared {
    std::mutex mu;
    std::condition_variable work_ready;  // a document queued, or stop
    std::condition_variable done;        // a result ready, or a failure
    std::deque<std::size_t> queue;       // indices into slots, oldest first
    std::deque<std::unique_ptr<Slot>> slots;  // in flight, by index - first
    std::size_t first = 0;               // index of slots.front()
    bool stop = false;
    std::exception_ptr failure;
  };
  Shared sh;
  const std::size_t window = std::max<std::size_t>(2 * options_.batch_size, 2 * workers.size());

  auto work = [&sh, &workers, &cache, &resources](std::size_t w) {
    std::unique_lock<std::mutex> lock(sh.mu);
    while (true) {
      sh.work_ready.wait(lock, [&] { return sh.stop || !sh.queue.empty(); });
      if (sh.queue.empty()) {  // stop, nothing left
        lock.unlock();
        workers[w] = WorkerState{};  // freed on the worker, while the others finish
        return;
      }
      const std::size_t index = sh.queue.front();
      sh.queue.pop_front();
      Slot& slot = *sh.slots[index - sh.first];
      lock.unlock();
      std::exception_ptr failure;
      try {
        // With facts to read, only the sentences the tree engine reads are parsed, by it.
        slot.result = workers[w].analyse(std::move(slot.doc), cache, !resources);
        if (resources) {
          auto& ex = workers[w].extractor;
          if (!ex) ex = std::make_unique<FactExtractor>(resources);
          slot.facts = ex->extract(slot.result, cache.syntax(slot.result.doc.lang).get());
        }
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      slot.ready = true;
      if (failure && !sh.failure) sh.failure = failure;
      sh.done.notify_all();
    }
  };
  std::vector<std::thread> pool;
  // Stops and joins the workers however this frame is left.
  struct PoolGuard {
    Shared& sh;
    std::vector<std::thread>& pool;
    ~PoolGuard() {
      {
        std::lock_guard<std::mutex> lock(sh.mu);
        sh.stop = true;
        sh.queue.clear();  // left only when this frame is left by an exception
      }
      sh.work_ready.notify_all();
      for (auto& t : pool)
        if (t.joinable()) t.join();
    }
  } guard{sh, pool};

  std::size_t delivered_since_progress = 0;
  // Hands on the finished documents at the front, in input order; with
  // `wait_for`, first waits until no more than that many are in flight.
  auto deliver = [&](std::size_t wait_for) {
    while (true) {
      std::unique_ptr<Slot> ready;
      {
        std::unique_lock<std::mutex> lock(sh.mu);
        if (sh.failure) std::rethrow_exception(sh.failure);
        if (sh.slots.empty()) return;
        if (!sh.slots.front()->ready) {
          if (sh.slots.size() <= wait_for) return;
          sh.done.wait(lock, [&] { return sh.failure || sh.slots.front()->ready; });
          if (sh.failure) std::rethrow_exception(sh.failure);
        }
        ready = std::move(sh.slots.front());
        sh.slots.pop_front();
        ++sh.first;
      }
      AnalysedDocument& r = ready->result;
      ++stats_.documents_analysed;
      stats_.sentences += r.sentences.size();
      for (const auto& s : r.sentences) {
        stats_.tokens += s.tokens.size();
        for (const auto& t : s.tokens) stats_.words += t.words.size();
      }
      on_document(std::move(r), std::move(ready->facts));
      if (on_progress && ++delivered_since_progress >= options_.batch_size) {
        delivered_since_progress = 0;
        on_progress(stats_.documents_analysed);
      }
    }
  };
  auto submit = [&](Document&& doc) {
    if (pool.empty())
      for (std::size_t w = 0; w < workers.size(); ++w) pool.emplace_back(work, w);
    auto slot = std::make_unique<Slot>();
    slot->doc = std::move(doc);
    {
      std::lock_guard<std::mutex> lock(sh.mu);
      sh.queue.push_back(sh.first + sh.slots.size());
      sh.slots.push_back(std::move(slot));
    }
    sh.work_ready.notify_one();
    deliver(window);
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
        cache.prefetch(doc.lang);
        submit(std::move(doc));
      },
      on_issue);
  // Nothing more to queue: a worker that finds the queue empty now frees its
  // analysers and ends while the others finish and this thread writes.
  {
    std::lock_guard<std::mutex> lock(sh.mu);
    sh.stop = true;
  }
  sh.work_ready.notify_all();
  deliver(0);
  if (on_progress && delivered_since_progress > 0) on_progress(stats_.documents_analysed);

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
