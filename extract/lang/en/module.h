#pragma once
// English as a language module: the analyse stage's Apertium data and token
// rules, and the fact stage's mention rules and own fact rules. Registered in
// extract/languages.cpp.

#include "extract/analyse/language_module.h"
#include "extract/facts/language_module.h"

namespace kg::extract::en {

const AnalysisModule& analysis_module();
const FactModule& fact_module();

}  // namespace kg::extract::en
