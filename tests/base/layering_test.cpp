// The folders are layers (base -> ontology -> extract -> graph -> export ->
// cli; inside extract: model, ingest, analyse, parse, ner, facts, lang, then the
// pipeline and the language registry): a file may include only the layers
// below its own, as this table says, and a language never includes another.
// The test reads every source file's #include lines.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace kg {
namespace {

namespace fs = std::filesystem;

struct Layer {
  const char* folder;                  // a file under this folder...
  std::vector<const char*> may_include;  // ...may include headers under these
};

// The most specific folder first.
const std::vector<Layer>& layers() {
  static const std::vector<Layer> table{
      {"base/", {"base/"}},
      {"ontology/", {"base/", "ontology/"}},
      {"extract/model/", {"extract/model/"}},
      {"extract/ingest/", {"base/", "extract/model/", "extract/ingest/"}},
      {"extract/analyse/", {"base/", "extract/model/", "extract/analyse/"}},
      {"extract/parse/", {"base/", "extract/model/", "extract/analyse/", "extract/parse/"}},
      {"extract/ner/", {"base/", "ontology/", "extract/model/", "extract/analyse/", "extract/parse/", "extract/ner/"}},
      {"extract/facts/",
       {"base/", "ontology/", "extract/model/", "extract/analyse/", "extract/parse/", "extract/facts/"}},
      {"extract/lang/",
       {"base/", "ontology/", "extract/model/", "extract/analyse/", "extract/parse/", "extract/ner/",
        "extract/facts/", "extract/lang/"}},
      {"extract/", {"base/", "ontology/", "extract/"}},
      {"graph/", {"base/", "ontology/", "extract/model/", "extract/facts/", "graph/"}},
      {"export/",
       {"base/", "ontology/", "extract/model/", "extract/ingest/", "extract/pipeline.h", "graph/", "export/"}},
      {"cli/", {"base/", "ontology/", "extract/", "graph/", "export/", "cli/"}},
  };
  return table;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The language folder of a path under extract/lang/ ("fr" for
// "extract/lang/fr/fact_fr.h"); "" for a file of extract/lang/ itself or elsewhere.
std::string language_of(const std::string& path) {
  const std::string root = "extract/lang/";
  if (!starts_with(path, root)) return "";
  const std::size_t slash = path.find('/', root.size());
  return slash == std::string::npos ? "" : path.substr(root.size(), slash - root.size());
}

// Why `file` may not include `header`, or "" when it may.
std::string violation(const std::string& file, const std::string& header) {
  for (const Layer& layer : layers()) {
    if (!starts_with(file, layer.folder)) continue;
    bool allowed = false;
    for (const char* prefix : layer.may_include) allowed = allowed || starts_with(header, prefix);
    if (!allowed) return std::string(layer.folder) + " may not include " + header;
    const std::string own = language_of(file), other = language_of(header);
    if (!other.empty() && !own.empty() && own != other) return "language " + own + " includes language " + other;
    return "";
  }
  return "";
}

// The project headers `path` includes ("base/error.h"), from its #include "..." lines.
std::vector<std::string> project_includes(const fs::path& path) {
  static const std::regex include(R"(^\s*#\s*include\s+"([^"]+)\")");
  std::vector<std::string> out;
  std::ifstream in(path);
  std::string line;
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, include)) out.push_back(m[1]);
  return out;
}

TEST(Layering, TheTableCatchesAnIncludeAgainstTheLayers) {
  EXPECT_NE(violation("extract/facts/extractor.cpp", "extract/lang/fr/fact_fr.h"), "");
  EXPECT_NE(violation("extract/analyse/analyser.cpp", "extract/lang/en/rules.h"), "");
  EXPECT_NE(violation("graph/from_facts.h", "extract/analyse/analyser.h"), "");
  EXPECT_NE(violation("extract/lang/fr/fact_fr.cpp", "extract/lang/en/mention_en.h"), "");
  EXPECT_EQ(violation("extract/lang/fr/module.cpp", "extract/facts/language_module.h"), "");
  EXPECT_EQ(violation("extract/languages.cpp", "extract/lang/fr/module.h"), "");
}

TEST(Layering, EveryIncludeFollowsTheLayers) {
  const fs::path root(KG_SOURCE_DIR);
  std::size_t files = 0;
  for (const char* top : {"base", "ontology", "extract", "graph", "export", "cli"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
      const std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".h" && ext != ".cpp")) continue;
      if (entry.path().string().find("node_modules") != std::string::npos) continue;
      const std::string file = fs::relative(entry.path(), root).generic_string();
      ++files;
      for (const std::string& header : project_includes(entry.path())) {
        if (!fs::exists(root / header)) continue;  // a library header ("rapidjson/document.h")
        EXPECT_EQ(violation(file, header), "") << file;
      }
    }
  }
  EXPECT_GT(files, 100u);
}

}  // namespace
}  // namespace kg
