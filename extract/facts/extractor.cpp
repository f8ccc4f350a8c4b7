#include "extract/facts/extractor.h"

#include <algorithm>
#include <cstdlib>
#include <future>

#include "extract/facts/bilingual_dictionary.h"
#include "extract/facts/chunk.h"
#include "extract/facts/coreference.h"
#include "extract/facts/tree_facts.h"
#include "extract/lang/en/fact_en.h"
#include "extract/lang/en/mention_en.h"
#include "extract/lang/fr/clause_fr.h"
#include "extract/lang/fr/fact_fr.h"
#include "extract/lang/fr/mention_fr.h"
#include "ontology/kb.h"
#include "ontology/lexicon.h"
#include "ontology/name_key.h"

namespace kg::extract {

class FactResources {
 public:
  std::shared_ptr<const BilingualData> fr;
  std::shared_ptr<const ontology::KnowledgeBase> kb;  // the bundled KB, for mention types
  std::map<std::string, std::shared_ptr<const ontology::Lexicon>> lexicons;  // per language, for the tree engine
  // The one French translator every extractor shares (thread-safe), built on
  // a thread of its own while the first documents are read and analysed.
  std::shared_future<std::shared_ptr<BilingualDictionary>> fr_dict;
};

std::shared_ptr<const FactResources> load_fact_resources(const std::string& data_dir) {
  auto r = std::make_shared<FactResources>();
  r->fr = load_bilingual("fr", data_dir);
  r->kb = ontology::KnowledgeBase::load();
  for (const char* lang : {"en", "fr"}) r->lexicons[lang] = ontology::Lexicon::load(ontology::default_lexicon_dir(lang));
  std::shared_ptr<const BilingualData> data = r->fr;
  r->fr_dict = std::async(std::launch::async, [data]() { return std::make_shared<BilingualDictionary>(data); }).share();
  return r;
}

struct FactExtractor::Impl {
  std::shared_ptr<const FactResources> res;
  BilingualDictionary* fr_dict = nullptr;  // owned by res, set on the first French document
  bool language_rules = true;
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
  AgentHistory history;
  for (std::size_t s = 0; s < ad.sentences.size(); ++s) {
    const Sentence& sent = ad.sentences[s];
    std::vector<FlatWord> words = flatten(sent);
    if (words.empty()) continue;
    std::vector<int> word_mention;
    const bool en = ad.doc.lang == "en";
    std::vector<Mention> mentions = en ? en::find_mentions(words, ad.doc.text, s, word_mention)
                                       : fr::find_mentions(words, ad.doc.text, s, word_mention);
    const ontology::KnowledgeBase* kb = impl_->res ? impl_->res->kb.get() : nullptr;
    retype_by_kb(kb, ad.doc.lang, mentions);
    if (!en) add_kb_mentions(kb, words, ad.doc.text, ad.doc.lang, s, mentions, word_mention);
    if (en) {
      en::SentenceInput in;
      in.doc = &ad.doc;
      in.index = s;
      in.begin = sent.begin;
      in.end = sent.end;
      in.words = &words;
      in.mentions = &mentions;
      in.word_mention = &word_mention;
      if (impl_->language_rules) en::extract_facts(in, history, out.facts);
    } else if (ad.doc.lang == "fr") {
      if (!impl_->fr_dict && impl_->res && impl_->res->fr_dict.valid()) impl_->fr_dict = impl_->res->fr_dict.get().get();
      std::vector<Chunk> chunks = fr::chunk_sentence(words, word_mention);
      fr::SentenceInput in;
      in.doc = &ad.doc;
      in.index = s;
      in.begin = sent.begin;
      in.end = sent.end;
      in.words = &words;
      in.chunks = &chunks;
      in.mentions = &mentions;
      in.lexicon = impl_->res ? impl_->res->lexicons.at("fr").get() : nullptr;
      if (impl_->language_rules && in.lexicon) fr::extract_facts(in, history, impl_->fr_dict, out.facts);
    }
    if (impl_->res) {
      auto lex = impl_->res->lexicons.find(ad.doc.lang);
      if (lex != impl_->res->lexicons.end()) {
        TreeSentenceInput tin{&ad.doc,        s, &sent, &words, &mentions, lex->second.get(),
                              en ? nullptr : impl_->fr_dict, &history,    parser, !impl_->language_rules};
        extract_tree_facts(tin, out.facts);
      }
    }
    for (auto& m : mentions) out.mentions.push_back(std::move(m));
  }
  return out;
}

}  // namespace kg::extract
