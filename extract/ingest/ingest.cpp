#include "extract/ingest/ingest.h"

#include <cstdio>
#include <filesystem>
#include <set>
#include <system_error>

#include "extract/ingest/boilerplate.h"
#include "extract/ingest/directory_walk.h"
#include "extract/ingest/html_reader.h"
#include "extract/ingest/jsonl_reader.h"
#include "extract/ingest/language_id.h"
#include "extract/ingest/normalise.h"
#include "extract/ingest/reader_context.h"
#include "extract/ingest/txt_reader.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxTitleBytes = 300;

InputReport make_report(const std::string& path, const std::string& format) {
  InputReport r;
  r.path = path;
  r.format = format;
  return r;
}

// The first line of `text` when it looks like a title: followed by a blank
// line, no final period, shorter than 300 bytes.
std::string title_from_first_line(const std::string& text) {
  std::size_t end = text.find("\n\n");
  if (end == std::string::npos || end == 0 || end >= kMaxTitleBytes) return "";
  std::string first = text.substr(0, end);
  if (first.find('\n') != std::string::npos || first.back() == '.') return "";
  return first;
}

bool starts_with_paragraph(const std::string& text, const std::string& title) {
  if (text.compare(0, title.size(), title) != 0) return false;
  return text.size() == title.size() || text[title.size()] == '\n';
}

// The state of one Ingestor::read call.
class Run {
 public:
  Run(const IngestOptions& options, const Ingestor::DocumentSink& on_document, const Ingestor::IssueSink& on_issue)
      : options_(options), on_document_(on_document), on_issue_(on_issue) {}

  void read_input(const std::string& input, std::vector<InputReport>& reports) {
    if (input == "-") {
      InputReport report = make_report("-", "jsonl");
      ReaderContext ctx = context(report);
      read_jsonl_stream(stdin, "-", ctx);
      reports.push_back(finish(std::move(report)));
      return;
    }
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> errors;
      std::vector<std::string> files = list_input_files(input, &errors);
      for (const auto& e : errors) {
        InputReport report = make_report(input, "");
        ReaderContext ctx = context(report);
        ctx.issue(input, 0, "cannot list directory: " + e, true);
        report.status = "skipped";
        reports.push_back(std::move(report));
      }
      if (files.empty() && errors.empty()) {
        InputReport report = make_report(input, "");
        ReaderContext ctx = context(report);
        ctx.issue(input, 0, "directory holds no .txt, .jsonl, .html or .htm file; skipped", true);
        report.status = "skipped";
        reports.push_back(std::move(report));
      }
      for (const auto& f : files) read_file(f, reports);
      return;
    }
    read_file(input, reports);
  }

 private:
  ReaderContext context(InputReport& report) {
    return ReaderContext{report, on_issue_, [this, &report](RawDocument&& raw) { emit(std::move(raw), report); }};
  }

  void read_file(const std::string& path, std::vector<InputReport>& reports) {
    InputReport report = make_report(path, input_format(path));
    ReaderContext ctx = context(report);
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec)) || !fs::exists(path, ec)) {
      ctx.issue(path, 0, "cannot read: " + (ec ? ec.message() : std::string("No such file or directory")), true);
      report.status = "skipped";
    } else if (report.format.empty()) {
      std::string ext = fs::path(path).extension().string();
      ctx.issue(path, 0,
                "unsupported file type" + (ext.empty() ? std::string(" (no extension)") : " '" + ext + "'") +
                    "; supported: .txt, .jsonl, .html, .htm, a directory, or - for JSONL on stdin; skipped",
                true);
      report.status = "skipped";
    } else if (report.format == "txt") {
      read_txt(path, ctx);
    } else if (report.format == "html") {
      read_html(path, ctx);
    } else {
      read_jsonl(path, ctx);
    }
    reports.push_back(finish(std::move(report)));
  }

  static InputReport finish(InputReport report) {
    if (report.status == "skipped") return report;
    if (report.documents == 0 && !report.issues.empty())
      report.status = "skipped";
    else if (!report.issues.empty())
      report.status = "partial";
    return report;
  }

  // Normalises a reader's document, strips boilerplate, sets title and language, hands it on.
  void emit(RawDocument&& raw, InputReport& report) {
    Document doc = std::move(raw.doc);
    std::string text = normalise(doc.text);
    if (options_.strip_boilerplate) text = filter_.strip(text);
    doc.title = normalise_line(doc.title);
    if (raw.title_from_first_line && doc.title.empty()) doc.title = title_from_first_line(text);
    if (!doc.title.empty() && !starts_with_paragraph(text, doc.title))
      text = text.empty() ? doc.title : doc.title + "\n\n" + text;
    if (text.empty()) {
      InputIssue issue{doc.source, doc.line,
                       "document '" + doc.id + "': no text left after boilerplate removal; skipped", true};
      if (on_issue_) on_issue_(issue);
      report.issues.push_back(std::move(issue));
      return;
    }
    doc.text = std::move(text);
    if (!options_.forced_lang.empty())
      doc.lang = options_.forced_lang;
    else if (doc.lang.empty())
      doc.lang = detect_language(doc.text, raw.lang_hint);
    doc.id = unique_id(doc.id);
    ++report.documents;
    on_document_(std::move(doc));
  }

  // Ids are unique within a run: a repeated id gets "#2", "#3"... appended.
  std::string unique_id(const std::string& id) {
    if (ids_.insert(id).second) return id;
    for (std::size_t k = 2;; ++k) {
      std::string candidate = id + "#" + std::to_string(k);
      if (ids_.insert(candidate).second) return candidate;
    }
  }

  const IngestOptions& options_;
  const Ingestor::DocumentSink& on_document_;
  const Ingestor::IssueSink& on_issue_;
  BoilerplateFilter filter_;
  std::set<std::string> ids_;
};

}  // namespace

Ingestor::Ingestor(IngestOptions options) : options_(std::move(options)) {}

std::vector<InputReport> Ingestor::read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
                                        const IssueSink& on_issue) {
  Run run(options_, on_document, on_issue);
  std::vector<InputReport> reports;
  for (const auto& input : inputs) run.read_input(input, reports);
  return reports;
}

}  // namespace kg::extract
