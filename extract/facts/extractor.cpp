#include "extract/facts/extractor.h"

#include <algorithm>
#include <cstdlib>
#include <future>

#include "extract/analyse/language_module.h"
#include "extract/facts/bilingual_dictionary.h"
#include "extract/facts/chunk.h"
#include "extract/facts/coreference.h"
#include "extract/facts/language_module.h"
#include "extract/facts/tree_facts.h"
#include "ontology/kb.h"
#include "ontology/lexicon.h"
#include "ontology/name_key.h"

namespace kg::extract {

class FactResources {
 public:
  std::shared_ptr<const ontology::KnowledgeBase> kb;  // the bundled KB, for mention types
  std::map<std::string, std::shared_ptr<const ontology::Lexicon>> lexicons;  // per language
  // Per language with a chain to English: the one translator every extractor
  // shares (thread-safe), built on a thread of its own while the first
  // documents are read and analysed.
  std::map<std::string, std::shared_future<std::shared_ptr<BilingualDictionary>>> dictionaries;
};

std::shared_ptr<const FactResources> load_fact_resources(const std::string& data_dir) {
  auto r = std::make_shared<FactResources>();
  r->kb = ontology::KnowledgeBase::load();
  for (const std::string& lang : registered_languages()) {
    r->lexicons[lang] = ontology::Lexicon::load(ontology::default_lexicon_dir(lang));
    const FactModule* module = find_fact_module(lang);
    if (module == nullptr || module->to_english.empty()) continue;
    std::shared_ptr<const BilingualData> data = load_bilingual(module->to_english, data_dir);
    r->dictionaries[lang] =
        std::async(std::launch::async, [data]() { return std::make_shared<BilingualDictionary>(data); }).share();
  }
  return r;
}

struct FactExtractor::Impl {
  std::shared_ptr<const FactResources> res;
  std::map<std::string, BilingualDictionary*> dictionaries;  // owned by res, set on a language's first document
  bool language_rules = true;

  const ontology::Lexicon* lexicon(const std::string& lang) const {
    if (!res) return nullptr;
    auto it = res->lexicons.find(lang);
    return it == res->lexicons.end() ? nullptr : it->second.get();
  }
  BilingualDictionary* dictionary(const std::string& lang) {
    auto known = dictionaries.find(lang);
    if (known != dictionaries.end()) return known->second;
    BilingualDictionary* d = nullptr;
    if (res) {
      auto it = res->dictionaries.find(lang);
      if (it != res->dictionaries.end()) d = it->second.get().get();
    }
    dictionaries[lang] = d;
    return d;
  }
};

FactExtractor::FactExtractor(std::shared_ptr<const FactResources> resources, bool language_rules)
    : impl_(std::make_unique<Impl>()) {
  impl_->res = std::move(resources);
  impl_->language_rules = language_rules && std::getenv("KG_TREE_ONLY") == nullptr;
}

FactExtractor::~FactExtractor() = default;

namespace {

// A one-word name the dictionary calls a person ("Matignon", "Bercy": first
// names in Apertium) that the KB knows only as a place or an organisation
// (the seats of power) is typed by the KB: no pronoun or role description
// resolves to it as to a person.
void retype_by_kb(const ontology::KnowledgeBase* kb, const std::string& lang, std::vector<Mention>& mentions) {
  if (kb == nullptr) return;
  for (Mention& m : mentions) {
    if (m.type != "PER" || m.how.rfind("dict:np", 0) != 0 || m.text.find(' ') != std::string::npos) continue;
    const std::vector<ontology::Candidate> cands = kb->lookup(m.text, lang);
    if (cands.empty()) continue;
    bool person = false;
    for (const auto& c : cands) person = person || c.entry->type == ontology::EntityType::Person;
    if (person) continue;
    const ontology::EntityType t = cands.front().entry->type;
    m.type = t == ontology::EntityType::Country || t == ontology::EntityType::City ? "GPE" : "ORG";
    m.how = "kb-type";
  }
}

// Names of the bundled KB the language rules missed ("Le Monde a révélé",
// "le Parti socialiste"): an organisation, person or event the KB knows,
// written with a capital, over words no mention covers, becomes a mention
// (how "kb"), its words marked in `word_mention` for the chunker.
void add_kb_mentions(const ontology::KnowledgeBase* kb, const std::vector<FlatWord>& words, const std::string& text,
                     const std::string& lang, std::size_t sentence, std::vector<Mention>& mentions,
                     std::vector<int>& word_mention) {
  if (kb == nullptr || words.empty()) return;
  std::vector<ontology::Token> tokens;
  std::vector<std::size_t> first_word;  // token -> its first word (contractions: "du" = de + le)
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && words[i].begin == words[i - 1].begin) continue;
    tokens.push_back({std::string_view(text).substr(words[i].begin, words[i].end - words[i].begin), words[i].begin,
                      words[i].end});
    first_word.push_back(i);
  }
  std::vector<bool> dropped(mentions.size(), false);
  for (const ontology::Match& m : kb->scan(text, tokens, lang)) {
    if (m.candidates.empty() || m.first_token >= m.last_token) continue;
    const ontology::EntityType t = m.candidates.front().entry->type;
    if (t != ontology::EntityType::Organization && t != ontology::EntityType::Person &&
        t != ontology::EntityType::Event)
      continue;
    const std::size_t wb = first_word[m.first_token];
    const std::size_t we = m.last_token < first_word.size() ? first_word[m.last_token] : words.size();
    if (!words[wb].capitalised) continue;
    // over free words, or over mentions wholly inside it ("Obs" in "Le Nouvel Obs"), which it replaces
    bool free = true;
    std::vector<int> inside;
    for (std::size_t i = wb; i < we; ++i) {
      const int k = word_mention[i];
      if (k < 0) continue;
      const Mention& old = mentions[static_cast<std::size_t>(k)];
      if (old.begin < m.begin || old.end > m.end || (old.begin == m.begin && old.end == m.end)) free = false;
      inside.push_back(k);
    }
    if (!free) continue;
    for (int k : inside) dropped[static_cast<std::size_t>(k)] = true;
    Mention mention;
    mention.begin = m.begin;
    mention.end = m.end;
    mention.text = text.substr(m.begin, m.end - m.begin);
    mention.type = t == ontology::EntityType::Person ? "PER" : (t == ontology::EntityType::Event ? "EVENT" : "ORG");
    mention.key = ontology::name_key(mention.text);
    mention.how = "kb";
    mention.sentence = sentence;
    for (std::size_t i = wb; i < we; ++i) word_mention[i] = static_cast<int>(mentions.size());
    mentions.push_back(std::move(mention));
    dropped.push_back(false);
  }
  // keep the mentions in text order (less the replaced ones), word_mention pointing at the same ones
  std::vector<std::size_t> order;
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (!dropped[k]) order.push_back(k);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return mentions[a].begin < mentions[b].begin; });
  std::vector<int> new_index(mentions.size(), -1);
  std::vector<Mention> sorted;
  for (std::size_t k = 0; k < order.size(); ++k) {
    new_index[order[k]] = static_cast<int>(k);
    sorted.push_back(std::move(mentions[order[k]]));
  }
  mentions = std::move(sorted);
  for (int& wm : word_mention)
    if (wm >= 0) wm = new_index[static_cast<std::size_t>(wm)];
}

}  // namespace

DocumentFacts FactExtractor::extract(const AnalysedDocument& ad, const parse::SyntaxModel* parser) {
  DocumentFacts out;
  out.doc = ad.doc.id;
  out.lang = ad.doc.lang;
  const FactModule* module = find_fact_module(ad.doc.lang);
  if (module == nullptr) return out;
  const ontology::Lexicon* lexicon = impl_->lexicon(ad.doc.lang);
  BilingualDictionary* dict = module->to_english.empty() ? nullptr : impl_->dictionary(ad.doc.lang);
  const ontology::KnowledgeBase* kb = impl_->res ? impl_->res->kb.get() : nullptr;
  const bool own_rules = impl_->language_rules && module->extract_facts != nullptr && lexicon != nullptr;
  AgentHistory history;
  for (std::size_t s = 0; s < ad.sentences.size(); ++s) {
    const Sentence& sent = ad.sentences[s];
    std::vector<FlatWord> words = flatten(sent);
    if (words.empty()) continue;
    std::vector<int> word_mention;
    std::vector<Mention> mentions = module->find_mentions(words, ad.doc.text, s, word_mention);
    retype_by_kb(kb, ad.doc.lang, mentions);
    if (module->kb_names) add_kb_mentions(kb, words, ad.doc.text, ad.doc.lang, s, mentions, word_mention);
    const SentenceContext context{&ad.doc, s, sent.begin, sent.end, &words, &mentions, &word_mention, lexicon};
    if (own_rules) module->extract_facts(context, history, dict, out.facts);
    if (lexicon != nullptr) {
      TreeSentenceInput tin{&ad.doc, s, &sent, &words, &mentions, lexicon, dict, &history, parser};
      tin.english = module->to_english.empty();
      tin.only_engine = !own_rules;
      tin.kb = kb;
      extract_tree_facts(tin, out.facts);
    }
    for (auto& m : mentions) out.mentions.push_back(std::move(m));
  }
  return out;
}

}  // namespace kg::extract
