// The language registry: every language kgraph reads is one row here and one
// folder under extract/lang/. The analyse and fact layers find their module
// through find_analysis_module() and find_fact_module(), and never name a
// language. To add one, see docs/DESIGN.md, "Adding a language".
#include "extract/analyse/language_module.h"
#include "extract/facts/language_module.h"
#include "extract/lang/en/module.h"
#include "extract/lang/fr/module.h"

namespace kg::extract {

namespace {

struct Language {
  const AnalysisModule* analysis;
  const FactModule* facts;
};

const std::vector<Language>& registry() {
  static const std::vector<Language> languages{
      {&en::analysis_module(), &en::fact_module()},
      {&fr::analysis_module(), &fr::fact_module()},
  };
  return languages;
}

}  // namespace

const AnalysisModule* find_analysis_module(const std::string& lang) {
  for (const Language& l : registry())
    if (lang == l.analysis->lang) return l.analysis;
  return nullptr;
}

const FactModule* find_fact_module(const std::string& lang) {
  for (const Language& l : registry())
    if (lang == l.facts->lang) return l.facts;
  return nullptr;
}

const std::vector<std::string>& registered_languages() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> c;
    for (const Language& l : registry()) c.push_back(l.analysis->lang);
    return c;
  }();
  return codes;
}

}  // namespace kg::extract
