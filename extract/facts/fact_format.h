#pragma once
// Text forms of facts for `kgraph extract`: TSV and JSON Lines.

#include <string>

#include "extract/facts/fact.h"

namespace kg::extract {

// One TSV line (with '\n') per fact, columns: doc, sentence index, subject,
// predicate (English label), object, qualifiers ("key=value" joined by " | ",
// sorted by key), negated (true/false), confidence (2 decimals), sentence
// text, modality, rule. Tabs and line breaks inside fields become spaces.
// Deterministic. Appends to `out`.
void append_fact_tsv(const Fact& fact, std::string& out);

// One JSON object per line with the same content, plus the French label, the
// local name, subject/object types and keys and the byte span. Appends to `out`.
void append_fact_jsonl(const Fact& fact, std::string& out);

}  // namespace kg::extract
