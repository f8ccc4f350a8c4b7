#pragma once
// Helpers for the fact-extraction tests of every language.

#include <string>

#include "extract/facts/fact.h"

namespace kg::extract::fact_testing {

// The facts as "subject|label|object (rule)" lines, for failure messages.
inline std::string triples(const DocumentFacts& df) {
  std::string out;
  for (const auto& f : df.facts)
    out += f.subject.text() + "|" + f.predicate.label + "|" + f.object.text() + " (" + f.provenance.rule + ")\n";
  return out;
}

// The first fact with exactly this subject text, English label and object
// text; null when there is none. Points into `df`.
inline const Fact* find(const DocumentFacts& df, const std::string& subject, const std::string& label,
                        const std::string& object) {
  for (const auto& f : df.facts)
    if (f.subject.text() == subject && f.predicate.label == label && f.object.text() == object) return &f;
  return nullptr;
}

}  // namespace kg::extract::fact_testing
