// Ingestor end to end: each input format, the document fields, and every kind
// of bad input (tests/data/bad/), which must be reported and never stop the run.
#include "extract/ingest/ingest.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "extract/ingest/html_reader.h"
#include "extract/ingest/jsonl_reader.h"
#include "tests/test_paths.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;
using kg::test::data_path;

struct Result {
  std::vector<Document> docs;
  std::vector<InputIssue> issues;  // as passed to the sink
  std::vector<InputReport> reports;
};

Result ingest(const std::vector<std::string>& inputs, IngestOptions options = {}) {
  Result r;
  Ingestor ingestor(options);
  r.reports = ingestor.read(
      inputs, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const InputIssue& i) { r.issues.push_back(i); });
  return r;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// A fresh temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("kg_ingest_test_" + std::to_string(::getpid()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

// ---- formats -------------------------------------------------------------

TEST(IngestTxt, WholeFileIsOneDocumentWithTitleAndNoBoilerplate) {
  auto r = ingest({data_path("ingest/article.txt")});
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "article");
  EXPECT_EQ(d.source, data_path("ingest/article.txt"));
  EXPECT_EQ(d.line, 0u);
  EXPECT_EQ(d.lang, "fr");
  EXPECT_EQ(d.title, "Le port de Marseille rouvre après trois jours de grève");
  EXPECT_EQ(d.text,
            "Le port de Marseille rouvre après trois jours de grève\n\n"
            "Des dockers sur le quai\n\n"
            "Les dockers du port de Marseille ont repris le travail jeudi matin, après un accord conclu dans la "
            "nuit avec la direction sur les salaires.\n\n"
            "Selon le syndicat, l'accord prévoit une hausse de 4 % des salaires dès janvier.\n\n"
            "Le trafic des ferries vers la Corse devrait reprendre normalement vendredi.");
  ASSERT_EQ(r.reports.size(), 1u);
  EXPECT_EQ(r.reports[0].format, "txt");
  EXPECT_EQ(r.reports[0].status, "ok");
  EXPECT_EQ(r.reports[0].documents, 1u);
  EXPECT_TRUE(r.issues.empty());
}

TEST(IngestTxt, KeepBoilerplateOptionKeepsEverything) {
  IngestOptions o;
  o.strip_boilerplate = false;
  auto r = ingest({data_path("ingest/article.txt")}, o);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(contains(r.docs[0].text, "Lire aussi : Grève des dockers"));
  EXPECT_TRUE(contains(r.docs[0].text, "Partager sur Facebook"));
  EXPECT_TRUE(contains(r.docs[0].text, "© Jean Dupont"));
}

TEST(IngestTxt, FirstLineEndingWithPeriodIsNotATitle) {
  TempDir t;
  std::ofstream(t.file("x.txt")) << "Le conseil municipal a voté le budget.\n\nLa séance a duré trois heures.\n";
  auto r = ingest({t.file("x.txt")}, {"fr", true});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].title, "");
  EXPECT_EQ(r.docs[0].text, "Le conseil municipal a voté le budget.\n\nLa séance a duré trois heures.");
}

TEST(IngestJsonl, FieldsIdsTitlesAndLanguages) {
  auto r = ingest({data_path("ingest/glued.jsonl")});
  ASSERT_EQ(r.docs.size(), 3u);
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "1234");  // numeric id
  EXPECT_EQ(a.line, 1u);
  EXPECT_EQ(a.date, "2021-03-04");
  EXPECT_EQ(a.url, "https://example.org/budget");
  EXPECT_EQ(a.title, "Le budget adopté");
  EXPECT_EQ(a.lang, "fr");
  // The title becomes the first paragraph; the glued paragraphs are split; ’ -> '.
  EXPECT_EQ(a.text,
            "Le budget adopté\n\nLes députés ont adopté le budget mardi soir.\n\n"
            "Le texte part maintenant au Sénat, qui l'examinera en décembre.");
  const Document& b = r.docs[1];
  EXPECT_EQ(b.id, "glued:2");  // no id: <file stem>:<line>
  EXPECT_EQ(b.line, 2u);
  // "body" field; the text already starts with the title: not repeated.
  EXPECT_EQ(b.text, "Le budget adopté\n\nLe Sénat examinera le texte en décembre, a précisé le ministre.");
  EXPECT_EQ(r.docs[2].lang, "es");  // given by the line
  EXPECT_EQ(r.docs[2].id, "glued:3");
  EXPECT_EQ(r.reports[0].status, "ok");
  EXPECT_EQ(r.reports[0].documents, 3u);
}

TEST(IngestJsonl, ForcedLanguageWinsOverLineAndDetection) {
  IngestOptions o;
  o.forced_lang = "fr";
  auto r = ingest({data_path("ingest/glued.jsonl")}, o);
  ASSERT_EQ(r.docs.size(), 3u);
  for (const auto& d : r.docs) EXPECT_EQ(d.lang, "fr") << d.id;
}

TEST(IngestJsonl, LanguageTagIsReducedToItsPrimarySubtag) {
  TempDir t;
  std::ofstream(t.file("tags.jsonl")) << "{\"text\": \"Bonjour.\", \"lang\": \"fr-FR\"}\n"
                                      << "{\"text\": \"Hello.\", \"lang\": \"EN\"}\n";
  auto r = ingest({t.file("tags.jsonl")});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].lang, "fr");
  EXPECT_EQ(r.docs[1].lang, "en");
}

TEST(IngestJsonl, ReadsAStream) {
  std::string data = "{\"id\":\"s1\",\"text\":\"Premier.\"}\n\n{\"text\":\"Second.\"}\n";
  std::FILE* f = fmemopen(data.data(), data.size(), "r");
  ASSERT_NE(f, nullptr);
  InputReport report;
  std::vector<Document> docs;
  Ingestor::IssueSink no_issues;
  ReaderContext ctx{report, no_issues, [&](RawDocument&& raw) { docs.push_back(std::move(raw.doc)); }};
  read_jsonl_stream(f, "-", ctx);
  std::fclose(f);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "s1");
  EXPECT_EQ(docs[1].id, "stdin:3");  // blank line 2 is skipped but counted
  EXPECT_EQ(docs[1].source, "-");
  EXPECT_TRUE(report.issues.empty());
}

TEST(IngestHtml, ArticleBodyWithoutPageChrome) {
  auto r = ingest({data_path("ingest/page.html")});
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "page");
  EXPECT_EQ(d.title, "Inondations dans le Gard : des centaines d'évacués");
  EXPECT_EQ(d.lang, "fr");
  EXPECT_EQ(d.text,
            "Inondations dans le Gard : des centaines d'évacués\n\n"
            "Des pluies torrentielles ont frappé le Gard dans la nuit de samedi à dimanche, obligeant les autorités "
            "à évacuer plusieurs centaines d'habitants.\n\n"
            "Le préfet a déclenché le plan ORSEC.\nLes écoles resteront fermées lundi.\n\n"
            "Une crue historique\n\n"
            "Le Vidourle est monté de 6 mètres.\n\n"
            "Trois ponts ont été fermés.");
  EXPECT_EQ(r.reports[0].format, "html");
}

TEST(IngestHtml, FallsBackToBodyAndTitleElement) {
  HtmlArticle a = extract_html_article(
      "<html><head><title>Storm hits coast</title></head><body><nav>Home</nav>"
      "<div><p>Winds of 150 km/h were recorded.</p><script>x()</script></div>"
      "<footer>Contact</footer></body></html>");
  EXPECT_EQ(a.title, "Storm hits coast");
  EXPECT_EQ(a.lang, "");
  EXPECT_EQ(a.text, "Winds of 150 km/h were recorded.");
}

TEST(IngestHtml, PrefersMainWhenNoArticle) {
  HtmlArticle a = extract_html_article(
      "<html lang=EN><body><div>Sidebar text</div><main><h1>Vote</h1><p>The bill passed.</p></main></body></html>");
  EXPECT_EQ(a.lang, "en");
  EXPECT_EQ(a.title, "Vote");
  EXPECT_EQ(a.text, "Vote\n\nThe bill passed.");
}

TEST(IngestHtml, DropsFurnitureMarkedByClassOrId) {
  HtmlArticle a = extract_html_article(
      "<html><body><article class=\"story\"><h1>Budget vote</h1><p>The bill passed by 300 votes.</p>"
      "<div class=\"share-buttons\">Share on Facebook</div><div id=\"newsletter-signup\">Get our emails</div>"
      "<section class=\"related-articles\"><p>Other news</p></section>"
      "<p>It now goes to the Senate.</p></article></body></html>");
  EXPECT_EQ(a.text, "Budget vote\n\nThe bill passed by 300 votes.\n\nIt now goes to the Senate.");
}

TEST(IngestDirectory, RecursiveSortedSkipsHiddenAndUnsupported) {
  auto r = ingest({data_path("ingest/dir")});
  ASSERT_EQ(r.reports.size(), 3u);
  EXPECT_EQ(r.reports[0].path, data_path("ingest/dir") + "/a.html");
  EXPECT_EQ(r.reports[1].path, data_path("ingest/dir") + "/c.jsonl");
  EXPECT_EQ(r.reports[2].path, data_path("ingest/dir") + "/sub/b.txt");
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[0].lang, "en");
  EXPECT_EQ(r.docs[1].id, "c:1");
  EXPECT_EQ(r.docs[2].id, "b");
  EXPECT_EQ(r.docs[2].lang, "fr");
  for (const auto& rep : r.reports) EXPECT_EQ(rep.status, "ok") << rep.path;
  EXPECT_TRUE(r.issues.empty());
}

TEST(Ingest, IdsAreUniqueWithinARun) {
  auto r = ingest({data_path("ingest/article.txt"), data_path("ingest/article.txt")});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "article");
  EXPECT_EQ(r.docs[1].id, "article#2");
}

TEST(Ingest, SameInputSameDocuments) {
  auto a = ingest({data_path("ingest"), data_path("bad")});
  auto b = ingest({data_path("ingest"), data_path("bad")});
  ASSERT_EQ(a.docs.size(), b.docs.size());
  for (std::size_t i = 0; i < a.docs.size(); ++i) {
    EXPECT_EQ(a.docs[i].id, b.docs[i].id);
    EXPECT_EQ(a.docs[i].text, b.docs[i].text);
  }
  ASSERT_EQ(a.issues.size(), b.issues.size());
  for (std::size_t i = 0; i < a.issues.size(); ++i) EXPECT_EQ(format_issue(a.issues[i]), format_issue(b.issues[i]));
}

// ---- bad input -------------------------------------------------------------

TEST(IngestBad, MalformedJsonlLineIsSkippedAndTheRestRead) {
  const std::string path = data_path("bad/malformed.jsonl");
  auto r = ingest({path});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "good-1");
  EXPECT_EQ(r.docs[1].id, "good-2");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].file, path);
  EXPECT_EQ(r.issues[0].line, 2u);
  EXPECT_TRUE(r.issues[0].skipped);
  EXPECT_TRUE(contains(r.issues[0].reason, "malformed JSON at byte")) << r.issues[0].reason;
  EXPECT_EQ(r.reports[0].status, "partial");
  EXPECT_EQ(r.reports[0].documents, 2u);
  EXPECT_EQ(r.reports[0].issues.size(), 1u);
  EXPECT_EQ(format_issue(r.issues[0]).rfind(path + ":2: malformed JSON", 0), 0u);
}

TEST(IngestBad, EmptyFileIsSkipped) {
  auto r = ingest({data_path("bad/empty.txt")});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].line, 0u);
  EXPECT_TRUE(contains(r.issues[0].reason, "empty"));
  EXPECT_EQ(r.reports[0].status, "skipped");
}

TEST(IngestBad, WhitespaceOnlyFileIsSkipped) {
  TempDir t;
  std::ofstream(t.file("blank.txt")) << "  \n\t\n\n";
  auto r = ingest({t.file("blank.txt")});
  EXPECT_TRUE(r.docs.empty());
  EXPECT_EQ(r.reports[0].status, "skipped");
}

TEST(IngestBad, UnsupportedExtensionIsSkippedNamingSupportedOnes) {
  auto r = ingest({data_path("bad/unsupported.pdf")});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_TRUE(contains(r.issues[0].reason, "'.pdf'"));
  EXPECT_TRUE(contains(r.issues[0].reason, ".txt, .jsonl, .html"));
  EXPECT_EQ(r.reports[0].status, "skipped");
  EXPECT_EQ(r.reports[0].format, "");
}

TEST(IngestBad, InvalidUtf8IsRepairedWithAWarning) {
  auto r = ingest({data_path("bad/invalid_utf8.txt")});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(contains(r.docs[0].text, "Le pr\xEF\xBF\xBDsident a annonc\xC3\xA9"));
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_FALSE(r.issues[0].skipped);
  EXPECT_EQ(r.issues[0].line, 1u);
  EXPECT_TRUE(contains(r.issues[0].reason, "invalid UTF-8 (2 sequence(s) replaced by U+FFFD"))
      << r.issues[0].reason;
  EXPECT_EQ(r.reports[0].status, "partial");
  EXPECT_EQ(r.reports[0].documents, 1u);
}

TEST(IngestBad, BinaryFileIsSkipped) {
  auto r = ingest({data_path("bad/binary.txt")});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_TRUE(contains(r.issues[0].reason, "binary"));
  EXPECT_EQ(r.reports[0].status, "skipped");
}

TEST(IngestBad, JsonlLinesWithoutTextAreSkipped) {
  auto r = ingest({data_path("bad/no_text.jsonl")});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(r.issues[i].line, i + 1);
    EXPECT_TRUE(contains(r.issues[i].reason, "no text")) << r.issues[i].reason;
  }
  EXPECT_EQ(r.reports[0].status, "skipped");
}

TEST(IngestBad, NonexistentPathIsSkipped) {
  auto r = ingest({data_path("bad/does_not_exist.txt"), data_path("ingest/article.txt")});
  ASSERT_EQ(r.reports.size(), 2u);
  EXPECT_EQ(r.reports[0].status, "skipped");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_TRUE(contains(r.issues[0].reason, "No such file")) << r.issues[0].reason;
  EXPECT_EQ(r.docs.size(), 1u);  // the run went on
}

TEST(IngestBad, PermissionDeniedIsSkipped) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read any file";
  TempDir t;
  std::ofstream(t.file("secret.txt")) << "Un texte illisible pour cet utilisateur.\n";
  fs::permissions(t.file("secret.txt"), fs::perms::none);
  auto r = ingest({t.file("secret.txt")});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_TRUE(contains(r.issues[0].reason, "Permission denied")) << r.issues[0].reason;
  EXPECT_EQ(r.reports[0].status, "skipped");
}

TEST(IngestBad, FifoIsSkippedWithoutBlocking) {
  TempDir t;
  ASSERT_EQ(::mkfifo(t.file("pipe.txt").c_str(), 0600), 0);
  auto r = ingest({t.file("pipe.txt")});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_TRUE(contains(r.issues[0].reason, "not a regular file")) << r.issues[0].reason;
  EXPECT_EQ(r.reports[0].status, "skipped");
}

TEST(IngestBad, LineOver10MiBIsSkippedAndTheRestRead) {
  TempDir t;
  {
    std::ofstream out(t.file("huge.jsonl"), std::ios::binary);
    out << "{\"id\": \"before\", \"text\": \"Le texte avant la ligne géante.\"}\n";
    out << "{\"id\": \"huge\", \"text\": \"";
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 11; ++i) out << chunk;
    out << "\"}\n";
    out << "{\"id\": \"after\", \"text\": \"Le texte après la ligne géante.\"}\n";
  }
  auto r = ingest({t.file("huge.jsonl")}, {"fr", true});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "before");
  EXPECT_EQ(r.docs[1].id, "after");
  EXPECT_EQ(r.docs[1].line, 3u);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].line, 2u);
  EXPECT_TRUE(contains(r.issues[0].reason, "longer than 10 MiB"));
  EXPECT_EQ(r.reports[0].status, "partial");
}

TEST(IngestBad, DocumentThatIsOnlyBoilerplateIsReported) {
  TempDir t;
  std::ofstream(t.file("banner.txt")) << "Nous utilisons des cookies. Tout accepter\n\nPartager sur Facebook\n";
  auto r = ingest({t.file("banner.txt")});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_TRUE(contains(r.issues[0].reason, "no text left after boilerplate removal"));
  EXPECT_EQ(r.reports[0].status, "skipped");
}

TEST(IngestBad, EveryBadFileInOneRun) {
  auto r = ingest({data_path("bad")});
  // binary, empty, invalid_utf8, malformed, no_text (the .pdf in a directory is not an input).
  ASSERT_EQ(r.reports.size(), 5u);
  EXPECT_EQ(r.reports[0].status, "skipped");  // binary.txt
  EXPECT_EQ(r.reports[1].status, "skipped");  // empty.txt
  EXPECT_EQ(r.reports[2].status, "partial");  // invalid_utf8.txt
  EXPECT_EQ(r.reports[3].status, "partial");  // malformed.jsonl
  EXPECT_EQ(r.reports[4].status, "skipped");  // no_text.jsonl
  EXPECT_EQ(r.docs.size(), 3u);
  EXPECT_TRUE(any_skipped(r.reports));
}

}  // namespace
}  // namespace kg::extract
