#pragma once
// A language's syntax model: the UPOS tagger and the dependency parser,
// trained together (scripts/train-parser.sh) and shipped as one compressed file,
// ontology/models/<lang>.syntax.gz. Loaded once, shared read-only by threads.

#include <memory>
#include <string>

#include "extract/model/analysed.h"
#include "extract/parse/parser.h"
#include "extract/parse/tagger.h"

namespace kg::extract::parse {

class SyntaxModel {
 public:
  SyntaxModel(std::string lang, std::string about, Tagger tagger, Parser parser)
      : lang_(std::move(lang)), about_(std::move(about)), tagger_(std::move(tagger)), parser_(std::move(parser)) {}

  // Reads a model file; throws kg::Error naming the file and what is wrong.
  static std::shared_ptr<const SyntaxModel> read(const std::string& path);
  // Writes the model file (gzip, byte-identical for the same model).
  void write(const std::string& path) const;

  // Tags and parses one sentence: fills s.syntax, one entry per word. Thread-safe.
  void parse(Sentence& s) const { s.syntax = syntax_of(s); }
  // The syntax of each word of `s`, in word order (what parse() stores). Thread-safe.
  std::vector<Syntax> syntax_of(const Sentence& s) const;

  const std::string& lang() const { return lang_; }
  const std::string& about() const { return about_; }  // how it was trained, in words
  const Tagger& tagger() const { return tagger_; }
  const Parser& parser() const { return parser_; }

 private:
  std::string lang_, about_;
  Tagger tagger_;
  Parser parser_;
};

// The directory of the shipped models (<source>/ontology/models).
std::string default_models_dir();

// The model of `lang` in `dir`, or null when there is none for that language.
// Throws kg::Error when the file exists but cannot be read.
std::shared_ptr<const SyntaxModel> load_syntax_model(const std::string& lang,
                                                     const std::string& dir = default_models_dir());

// A gzip file's bytes, unpacked; Error naming the file when it cannot be read.
std::string gunzip_file(const std::string& path);
// gzip with no name and mtime 0, so the same bytes give the same file.
std::string gzip_bytes(const std::string& raw);

}  // namespace kg::extract::parse
