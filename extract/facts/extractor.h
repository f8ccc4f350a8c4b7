#pragma once
// Fact extraction for analysed documents: mentions, chunks, clause rules per
// language, pronoun coreference within the document, English predicates.

#include <map>
#include <memory>
#include <string>

#include "extract/model/analysed.h"
#include "extract/facts/fact.h"
#include "extract/parse/syntax_model.h"

namespace kg::extract {

// Immutable resources of fact extraction (the bilingual dictionaries of each
// language), loaded once and shared by all threads.
class FactResources;

// Loads the resources for French (fr->ca->en dictionaries) from `data_dir`.
// Throws kg::Error naming a missing dictionary. Thread-safe; result immutable.
std::shared_ptr<const FactResources> load_fact_resources(const std::string& data_dir = KG_APERTIUM_DATA_DIR);

// Per-thread extractor over shared resources (the French translator is one
// thread-safe instance in the resources, built in the background by
// load_fact_resources). Not thread-safe: one per worker thread.
class FactExtractor {
 public:
  // With `language_rules` false only the tree engine reads facts (for its rule tests).
  explicit FactExtractor(std::shared_ptr<const FactResources> resources, bool language_rules = true);
  ~FactExtractor();
  FactExtractor(const FactExtractor&) = delete;
  FactExtractor& operator=(const FactExtractor&) = delete;

  // The mentions and facts of `doc`. French documents get the rules of
  // extract/lang/fr, English ones those of extract/lang/en; other languages
  // (until their rules exist) get their named-entity mentions and no facts. Every fact has provenance (document
  // id, sentence index, byte span into doc.doc.text, sentence text, rule).
  // Deterministic; never throws on odd input.
  // `parser` (may be null) parses, for the tree engine, the sentences that
  // were not parsed and hold two possible ends of a fact.
  DocumentFacts extract(const AnalysedDocument& doc, const parse::SyntaxModel* parser = nullptr);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract
