#pragma once
// The lexicon of a language: word lists as data, one file per list under
// ontology/lexicon/<lang>/<list>.tsv, one entry a line ("key" or
// "key<TAB>value"), '#' starting a comment line. Loaded once, immutable,
// shared by threads. Adding a word is adding a line.

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace kg::ontology {

// One list: key -> value ("" when the line has no value).
using WordList = std::map<std::string, std::string>;

class Lexicon {
 public:
  // Reads every <list>.tsv in `dir` (one language). Throws kg::Error naming
  // the file and line of a duplicate key, an empty key or a line of more than
  // two fields, and naming the folder when it cannot be read.
  static std::shared_ptr<const Lexicon> load(const std::filesystem::path& dir);

  // The list called `name` (file stem); an empty list when there is no such file.
  const WordList& list(const std::string& name) const;
  // Whether `key` is in list `name`.
  bool has(const std::string& name, const std::string& key) const;
  // The value of `key` in list `name`, or "" when absent.
  const std::string& value(const std::string& name, const std::string& key) const;

 private:
  std::map<std::string, WordList> lists_;
};

// ontology/lexicon/<lang> in the source tree (compile-time KG_SOURCE_DIR).
std::filesystem::path default_lexicon_dir(const std::string& lang);

}  // namespace kg::ontology
