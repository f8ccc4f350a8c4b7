#include "extract/lang/ner_mentions.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>

#include "extract/ner/ner_model.h"
#include "ontology/name_key.h"

namespace kg::extract {

namespace {

// A language's tagger and what its features read, loaded once.
struct NerRuntime {
  std::shared_ptr<const ner::NerModel> model;
  std::shared_ptr<const ner::OwnedNerResources> res;
};

const NerRuntime* runtime_of(const std::string& lang) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<NerRuntime>> loaded;
  static std::shared_ptr<const ontology::KnowledgeBase> kb;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = loaded.find(lang);
  if (it != loaded.end()) return it->second.get();
  auto r = std::make_unique<NerRuntime>();
  if (std::getenv("KG_NO_NER") == nullptr) r->model = ner::load_ner_model(lang);
  if (r->model) {
    if (!kb) kb = ontology::KnowledgeBase::load();
    r->res = ner::load_ner_resources(lang, kb);
  }
  return (loaded[lang] = std::move(r)).get();
}

// The orthographic tokens of a sentence's words (a contraction's words share
// one): each token's surface and first word, and each word's token.
struct SentenceTokens {
  std::vector<std::string> forms;
  std::vector<std::size_t> first_word;
  std::vector<std::size_t> token_of;  // per word
};

SentenceTokens tokens_of(const std::vector<FlatWord>& words, const std::string& text) {
  SentenceTokens t;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i == 0 || words[i].begin != words[i - 1].begin) {
      t.forms.push_back(text.substr(words[i].begin, words[i].end - words[i].begin));
      t.first_word.push_back(i);
    }
    t.token_of.push_back(t.forms.size() - 1);
  }
  return t;
}

bool retypable(const Mention& m) {
  static const std::set<std::string> types{"PER", "ORG", "GPE", "LOC", "MISC", "EVENT"};
  return types.count(m.type) > 0 && m.how != "demonym" && m.how != "national-force" && m.how != "national-body" &&
         m.how != "pronoun" && m.how != "kb" && m.how != "kb-type";
}

bool same_family(const std::string& a, const std::string& b) {
  auto fam = [](const std::string& t) { return t == "GPE" ? std::string("LOC") : t; };
  return fam(a) == fam(b);
}

bool kb_allows(ontology::EntityType kt, const std::string& type) {
  using ontology::EntityType;
  if (type == "PER") return kt == EntityType::Person;
  if (type == "ORG") return kt == EntityType::Organization;
  if (type == "LOC") return kt == EntityType::Country || kt == EntityType::City || kt == EntityType::Place;
  if (type == "EVENT") return kt == EntityType::Event;
  return false;
}

// The mention type of a KB entry type.
std::string kb_mention_type(ontology::EntityType kt) {
  using ontology::EntityType;
  if (kt == EntityType::Person) return "PER";
  if (kt == EntityType::Organization) return "ORG";
  if (kt == EntityType::Country || kt == EntityType::City) return "GPE";
  if (kt == EntityType::Event) return "EVENT";
  return "LOC";
}

// ner.type: the type of mention `m` given the tagger's names over the sentence's tokens.
void retype(Mention& m, std::size_t first, std::size_t last, const std::vector<ner::NerSpan>& spans,
            const NerRuntime& rt) {
  const ner::NerSpan* best = nullptr;
  std::size_t best_overlap = 0;
  for (const ner::NerSpan& s : spans) {
    const std::size_t lo = std::max(first, s.first), hi = std::min(last, s.last);
    if (hi > lo && hi - lo > best_overlap) best = &s, best_overlap = hi - lo;
  }
  if (best == nullptr || 2 * best_overlap <= last - first) return;
  const std::string type = mention_type_of(best->type);
  if (same_family(type, m.type)) return;
  std::vector<ontology::EntityType> kb_types;
  for (const ontology::Candidate& c : rt.res->kb->lookup(m.text, rt.res->view.lang))
    if (c.how != ontology::MatchKind::Demonym) kb_types.push_back(c.entry->type);
  m.type = ner_mention_type(m.type, type, kb_types);
}

// Puts `mentions` back in text order, `word_mention` following.
void sort_mentions(std::vector<Mention>& mentions, std::vector<int>& word_mention) {
  std::vector<std::size_t> order(mentions.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
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

// ner.name: a tagged name of two tokens or more over free words, starting with a capital.
void add_name(const ner::NerSpan& s, const SentenceTokens& t, const std::vector<FlatWord>& words,
              const std::string& text, std::size_t sentence, std::vector<Mention>& mentions,
              std::vector<int>& word_mention) {
  if (s.last - s.first < 2) return;
  const std::size_t wb = t.first_word[s.first];
  const std::size_t we = s.last < t.first_word.size() ? t.first_word[s.last] : words.size();
  if (!words[wb].capitalised) return;
  for (std::size_t i = wb; i < we; ++i)
    if (word_mention[i] >= 0) return;
  Mention m;
  m.begin = words[wb].begin;
  m.end = words[we - 1].end;
  m.text = text.substr(m.begin, m.end - m.begin);
  m.type = mention_type_of(s.type);
  m.key = ontology::name_key(m.text);
  m.how = "ner";
  m.sentence = sentence;
  if (m.key.empty()) return;
  for (std::size_t i = wb; i < we; ++i) word_mention[i] = static_cast<int>(mentions.size());
  mentions.push_back(std::move(m));
}

}  // namespace

std::string ner_mention_type(const std::string& rule_type, const std::string& tagger_type,
                             const std::vector<ontology::EntityType>& kb_types) {
  if (same_family(rule_type, tagger_type)) return rule_type;
  if (kb_types.empty()) return tagger_type;
  for (ontology::EntityType kt : kb_types)
    if (kb_allows(kt, tagger_type)) return tagger_type;
  return kb_mention_type(kb_types.front());
}

std::string mention_type_of(const std::string& ner_type) {
  if (ner_type == "PER" || ner_type == "ORG" || ner_type == "LOC") return ner_type;
  if (ner_type == "EVE") return "EVENT";
  return "MISC";
}

void apply_ner(const std::string& lang, const std::vector<FlatWord>& words, const std::string& text,
               std::size_t sentence, std::vector<Mention>& mentions, std::vector<int>& word_mention) {
  const NerRuntime* rt = runtime_of(lang);
  if (rt == nullptr || !rt->model || words.empty()) return;
  const SentenceTokens t = tokens_of(words, text);
  const std::vector<ner::NerSpan> spans =
      rt->model->spans(rt->model->tag_ids(ner::sentence_info(t.forms, rt->res->view)));
  std::vector<std::size_t> first(mentions.size(), SIZE_MAX), last(mentions.size(), 0);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (word_mention[i] < 0) continue;
    const auto k = static_cast<std::size_t>(word_mention[i]);
    first[k] = std::min(first[k], t.token_of[i]);
    last[k] = std::max(last[k], t.token_of[i] + 1);
  }
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (first[k] < last[k] && retypable(mentions[k])) retype(mentions[k], first[k], last[k], spans, *rt);
  const std::size_t before = mentions.size();
  for (const ner::NerSpan& s : spans) add_name(s, t, words, text, sentence, mentions, word_mention);
  if (mentions.size() != before) sort_mentions(mentions, word_mention);
}

}  // namespace kg::extract
