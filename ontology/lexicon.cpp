#include "ontology/lexicon.h"

#include <fstream>

#include "base/error.h"

namespace kg::ontology {

namespace {

WordList read_list(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw Error("lexicon: cannot read " + path.string());
  WordList list;
  std::string line;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path.string() + ":" + std::to_string(lineno);
    const std::size_t tab = line.find('\t');
    std::string key = line.substr(0, tab);
    std::string value = tab == std::string::npos ? "" : line.substr(tab + 1);
    if (key.empty()) throw Error(where + ": empty key");
    if (value.find('\t') != std::string::npos) throw Error(where + ": more than two fields");
    if (!list.emplace(key, value).second) throw Error(where + ": duplicate key '" + key + "'");
  }
  return list;
}

}  // namespace

std::shared_ptr<const Lexicon> Lexicon::load(const std::filesystem::path& dir) {
  auto lex = std::make_shared<Lexicon>();
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) throw Error("lexicon: cannot read folder " + dir.string() + ": " + ec.message());
  for (const auto& entry : it)
    if (entry.path().extension() == ".tsv") lex->lists_[entry.path().stem().string()] = read_list(entry.path());
  return lex;
}

const WordList& Lexicon::list(const std::string& name) const {
  static const WordList empty;
  auto it = lists_.find(name);
  return it == lists_.end() ? empty : it->second;
}

bool Lexicon::has(const std::string& name, const std::string& key) const { return list(name).count(key) > 0; }

const std::string& Lexicon::value(const std::string& name, const std::string& key) const {
  static const std::string none;
  const WordList& l = list(name);
  auto it = l.find(key);
  return it == l.end() ? none : it->second;
}

std::filesystem::path default_lexicon_dir(const std::string& lang) {
  return std::filesystem::path(KG_SOURCE_DIR) / "ontology" / "lexicon" / lang;
}

}  // namespace kg::ontology
