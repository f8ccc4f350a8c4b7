#pragma once
// CaRB output (Bhardwaj et al. 2019) for one pre-tokenised English sentence:
// sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2[<TAB>arg3...].

#include <string>

#include "extract/analyse/analyser.h"

namespace kg::extract::en {

// Analyses `line` as one English sentence (no splitting, no boilerplate
// removal, no language id; Penn-Treebank tokens such as -LRB- and `` kept as
// given), runs open_extract() and appends one CaRB line per extraction to
// `out`, in text order: the sentence exactly as given, the confidence (2
// decimals), the relation phrase, the subject span, the object span and any
// further argument spans. An empty or blank line appends nothing. `analyser`
// must hold English data. Deterministic; not thread-safe (the analyser).
void append_carb(const std::string& line, Analyser& analyser, std::string& out);

}  // namespace kg::extract::en
