#pragma once
// What the fact stage needs of one language beyond its data files (the lexicon
// under ontology/lexicon/<lang>, the parser model): its mention rules, the
// fact rules only it has, and how its relation words become English. The
// fact layer never names a language; the language registry
// (extract/languages.cpp) hands it the module.

#include <string>
#include <vector>

#include "extract/facts/bilingual_dictionary.h"
#include "extract/facts/chunk.h"
#include "extract/facts/coreference.h"
#include "extract/facts/fact.h"
#include "extract/model/analysed.h"
#include "ontology/lexicon.h"

namespace kg::extract {

// One sentence as a language's own fact rules read it. Pointers outlive the call.
struct SentenceContext {
  const Document* doc = nullptr;
  std::size_t index = 0;                            // sentence index in the document
  std::uint32_t begin = 0, end = 0;                 // sentence span in doc->text
  const std::vector<FlatWord>* words = nullptr;     // flatten() of the sentence
  std::vector<Mention>* mentions = nullptr;         // the sentence's mentions; rules may mark subjects is_agent
  const std::vector<int>* word_mention = nullptr;   // word -> index in *mentions, or -1
  const ontology::Lexicon* lexicon = nullptr;       // the language's word lists
};

struct FactModule {
  const char* lang;  // "fr"
  // The named-entity mentions of one sentence, in text order; word_mention[i]
  // is set to the mention word i lies in, else -1.
  std::vector<Mention> (*find_mentions)(const std::vector<FlatWord>& words, const std::string& text,
                                        std::size_t sentence, std::vector<int>& word_mention);
  // The language's own fact rules (run before the tree engine, which adds the
  // entity pairs they miss); null when the tree engine is the only one.
  void (*extract_facts)(const SentenceContext& sentence, AgentHistory& history, BilingualDictionary* dict,
                        std::vector<Fact>& out);
  // The Apertium bilingual transducers from the language to English, in
  // order, under the Apertium data root; empty when the language is English.
  std::vector<std::string> to_english;
  // Whether names of the bundled KB that the mention rules missed become mentions.
  bool kb_names = false;
};

// The module of `lang`, or nullptr. Defined by the language registry.
const FactModule* find_fact_module(const std::string& lang);

}  // namespace kg::extract
