#pragma once
// Analyse: documents in, sentences of lemmatised, tagged tokens out, with the
// lttoolbox analyser and the Apertium HMM tagger running in-process.

#include <memory>
#include <string>

#include "extract/model/analysed.h"

namespace kg::extract {

// The immutable language resources of one language (transducers and tagger
// model read from disk once). Shared by all threads through shared_ptr.
class LanguageData;

// Loads the resources for `lang` ("fr", "en") from `data_dir` (the Apertium
// data root, /usr/share/apertium by default). Throws kg::Error naming the
// missing file when the language pair is not installed, and for a language
// kgraph has no data for. Thread-safe; the result is immutable.
std::shared_ptr<const LanguageData> load_language(const std::string& lang,
                                                  const std::string& data_dir = KG_APERTIUM_DATA_DIR);

// One analyser: per-thread state over shared LanguageData. Not thread-safe:
// create one per worker thread (cheap once the data is loaded).
class Analyser {
 public:
  explicit Analyser(std::shared_ptr<const LanguageData> data);
  ~Analyser();
  Analyser(const Analyser&) = delete;
  Analyser& operator=(const Analyser&) = delete;

  // Splits doc.text into sentences and tokens, analyses and disambiguates them.
  // Token spans are byte offsets into doc.text; every byte of text that is not
  // whitespace lies in exactly one token. Never throws on odd text.
  AnalysedDocument analyse(Document doc);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract
