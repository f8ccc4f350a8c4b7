#pragma once
// What the analyse stage needs of one language: its Apertium data and its own
// token rules (extract/lang/<lang>/rules.h). The analyse layer never names a
// language; the language registry (extract/languages.cpp) hands it the module.

#include <string>
#include <string_view>
#include <vector>

#include "extract/analyse/morph_token.h"
#include "extract/model/analysed.h"

namespace kg::extract {

struct AnalysisModule {
  const char* lang;      // "fr"
  const char* automorf;  // the lttoolbox analyser under the Apertium data root
  const char* prob;      // the HMM tagger model under the Apertium data root
  // Drops readings the language's rules rule out, before the tagger chooses.
  void (*prune)(std::string_view text, std::vector<MorphToken>& tokens);
  // Rewrites the tokens of one sentence (joins, splits); null when the language has none.
  void (*refine_tokens)(std::vector<Token>& tokens);
  // Corrects lemmas and UPOS of one sentence's words in context.
  void (*refine)(std::vector<Word*>& words);
};

// The module of `lang`, or nullptr when kgraph has none. Defined by the
// language registry (extract/languages.cpp).
const AnalysisModule* find_analysis_module(const std::string& lang);

// The languages kgraph analyses, in a fixed order ("en", "fr").
const std::vector<std::string>& registered_languages();

}  // namespace kg::extract
