#include "extract/lang/title_words.h"

#include <map>
#include <memory>
#include <mutex>

#include "ontology/lexicon.h"

namespace kg::extract {

namespace {

const ontology::Lexicon& lexicon_of(const std::string& lang) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const ontology::Lexicon>> loaded;
  const std::lock_guard<std::mutex> lock(mu);
  auto& l = loaded[lang];
  if (!l) l = ontology::Lexicon::load(ontology::default_lexicon_dir(lang));
  return *l;
}

}  // namespace

bool is_title_word(const std::string& lang, const std::string& lemma) {
  std::string key = lemma;
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const ontology::Lexicon& lex = lexicon_of(lang);
  if (lex.has("titles", key)) return true;
  if (!key.empty() && key.back() == '.') key.pop_back();
  return lex.has("honorifics", key);
}

}  // namespace kg::extract
