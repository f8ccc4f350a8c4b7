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

// How far the tagger's choice must beat the next best tag (averaged
// perceptron scores) for ner.type to change the type of a mention of a known
// kind (any margin retypes one of no known kind, MISC). Chosen on WikiNEuRal
// fr validation (scripts/eval_ner_fr.py): typed accuracy 0.789 with no
// margin, 0.800 with this one.
constexpr float kRetypeMargin = 20.0f;

// A language's tagger and what its features read, loaded once.
struct NerRuntime {
  std::shared_ptr<const ner::NerModel> model;
  std::shared_ptr<const ner::OwnedNerResources> res;
};

std::mutex& runtime_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::shared_ptr<const ontology::KnowledgeBase>& runtime_kb() {
  static std::shared_ptr<const ontology::KnowledgeBase> kb;
  return kb;
}

const NerRuntime* runtime_of(const std::string& lang) {
  static std::map<std::string, std::unique_ptr<NerRuntime>> loaded;
  std::lock_guard<std::mutex> lock(runtime_mutex());
  std::shared_ptr<const ontology::KnowledgeBase>& kb = runtime_kb();
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
  std::vector<std::string> analyses;  // ner::analysis_key() of each token's first word
  std::vector<std::size_t> first_word;
  std::vector<std::size_t> token_of;  // per word
};

SentenceTokens tokens_of(const std::vector<FlatWord>& words, const std::string& text) {
  SentenceTokens t;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i == 0 || words[i].begin != words[i - 1].begin) {
      t.forms.push_back(text.substr(words[i].begin, words[i].end - words[i].begin));
      t.analyses.push_back(ner::analysis_key(words[i].tags, words[i].unknown));
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

// ner.type: the type of mention `m` given the tagger's names over the
// sentence's tokens: the type of the name covering most of its tokens (more
// than half; for a mention of a known kind, with a margin of kRetypeMargin).
// With `guess` (ner.guess), a mention of no known kind under no name takes
// the type the tagger would give its first word as a name's first word.
void retype(Mention& m, std::size_t first, std::size_t last, const std::vector<ner::NerSpan>& spans,
            const std::vector<std::string>& begin_types, bool guess, const NerRuntime& rt) {
  const ner::NerSpan* best = nullptr;
  std::size_t best_overlap = 0;
  for (const ner::NerSpan& s : spans) {
    const std::size_t lo = std::max(first, s.first), hi = std::min(last, s.last);
    if (hi > lo && hi - lo > best_overlap) best = &s, best_overlap = hi - lo;
  }
  std::string type;
  if (guess != (best == nullptr)) return;
  if (best == nullptr) {
    if (m.type != "MISC") return;
    type = mention_type_of(begin_types[first]);
  } else {
    if (2 * best_overlap <= last - first || (m.type != "MISC" && best->margin < kRetypeMargin)) return;
    type = mention_type_of(best->type);
  }
  if (same_family(type, m.type)) return;
  std::vector<ontology::EntityType> kb_types;
  for (const ontology::Candidate& c : rt.res->kb->lookup(m.text, rt.res->view.lang))
    if (c.how != ontology::MatchKind::Demonym) kb_types.push_back(c.entry->type);
  m.type = ner_mention_type(m.type, type, kb_types);
}

// ner.drop: a one-word mention of no known kind (MISC) found by capitalisation,
// a word the dictionary knows (not as a proper noun), written in lower case
// after its capital, that the tagger calls O, is no name ("Cependant" opening
// a sentence; not "Carbonnier", which the dictionary does not know).
bool unnamed(const Mention& m, std::size_t first, std::size_t last, const SentenceTokens& t,
             const std::vector<FlatWord>& words, const std::vector<ner::NerSpan>& spans) {
  if (m.type != "MISC" || m.how != "capitalisation" || last != first + 1) return false;
  const FlatWord& w = words[t.first_word[first]];
  if (w.unknown || w.pos == "np" || ner::word_shape(t.forms[first], true) != "Xx") return false;
  for (const ner::NerSpan& s : spans)
    if (s.first < last && first < s.last) return false;
  return true;
}

// Drops the mentions marked in `dropped` and puts the others back in text
// order, `word_mention` following (words of a dropped mention point at none).
void drop_and_sort(std::vector<Mention>& mentions, std::vector<bool> dropped, std::vector<int>& word_mention) {
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

// ner.name: a tagged name of two tokens or more, starting with a capital, over
// free words and mentions wholly inside it ("Burger" + "King" -> "Burger
// King", "Merkel" -> "Angela Merkel") becomes one mention (how "ner") that
// replaces them; false when it does not apply.
bool add_name(const ner::NerSpan& s, const SentenceTokens& t, const std::vector<FlatWord>& words,
              const std::string& text, std::size_t sentence, const NerRuntime& rt, std::vector<Mention>& mentions,
              std::vector<int>& word_mention, std::vector<bool>& dropped) {
  std::size_t from = s.first;  // a leading article is no part of the name ("The Washington Post")
  while (from < s.last && ontology::is_leading_article(t.forms[from])) ++from;
  if (s.last - from < 2) return false;
  const std::size_t wb = t.first_word[from];
  const std::size_t we = s.last < t.first_word.size() ? t.first_word[s.last] : words.size();
  if (!words[wb].capitalised) return false;
  Mention m;
  m.begin = words[wb].begin;
  m.end = words[we - 1].end;
  std::vector<std::size_t> inside;
  for (std::size_t i = wb; i < we; ++i) {
    if (word_mention[i] < 0) continue;
    const auto k = static_cast<std::size_t>(word_mention[i]);
    const Mention& old = mentions[k];
    if (old.begin < m.begin || old.end > m.end || !retypable(old) || (old.begin == m.begin && old.end == m.end))
      return false;
    if (inside.empty() || inside.back() != k) inside.push_back(k);
  }
  m.text = text.substr(m.begin, m.end - m.begin);
  m.key = ontology::name_key(m.text);
  if (m.key.empty()) return false;
  std::vector<ontology::EntityType> kb_types;
  for (const ontology::Candidate& c : rt.res->kb->lookup(m.text, rt.res->view.lang))
    if (c.how != ontology::MatchKind::Demonym) kb_types.push_back(c.entry->type);
  m.type = ner_mention_type(inside.empty() ? "MISC" : mentions[inside.front()].type, mention_type_of(s.type), kb_types);
  m.how = "ner";
  m.sentence = sentence;
  for (std::size_t k : inside) dropped[k] = true;
  for (std::size_t i = wb; i < we; ++i) word_mention[i] = static_cast<int>(mentions.size());
  mentions.push_back(std::move(m));
  dropped.push_back(false);
  return true;
}

}  // namespace

std::string ner_mention_type(const std::string& rule_type, const std::string& tagger_type,
                             const std::vector<ontology::EntityType>& kb_types) {
  if (same_family(rule_type, tagger_type)) return rule_type;
  // A place the rules found (the dictionary's np.loc, "le détroit de X",
  // "en X", a name coordinated with a place) stays one: on WikiNEuRal the
  // tagger was right in 9 of the 218 mentions where it said otherwise.
  if (rule_type == "GPE" || rule_type == "LOC") return rule_type;
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

void use_kb_for_ner(std::shared_ptr<const ontology::KnowledgeBase> kb) {
  std::lock_guard<std::mutex> lock(runtime_mutex());
  if (!runtime_kb()) runtime_kb() = std::move(kb);
}

void apply_ner(const std::string& lang, const std::vector<FlatWord>& words, const std::string& text,
               std::size_t sentence, std::vector<Mention>& mentions, std::vector<int>& word_mention) {
  const NerRuntime* rt = runtime_of(lang);
  if (rt == nullptr || !rt->model || words.empty()) return;
  const SentenceTokens t = tokens_of(words, text);
  std::vector<float> margins;
  std::vector<std::string> begin_types;
  const std::vector<std::uint32_t> ids =
      rt->model->tag_ids(ner::sentence_info(t.forms, t.analyses, rt->res->view), &margins, &begin_types);
  const std::vector<ner::NerSpan> spans = rt->model->spans(ids, margins);
  std::vector<std::size_t> first(mentions.size(), SIZE_MAX), last(mentions.size(), 0);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (word_mention[i] < 0) continue;
    const auto k = static_cast<std::size_t>(word_mention[i]);
    first[k] = std::min(first[k], t.token_of[i]);
    last[k] = std::max(last[k], t.token_of[i] + 1);
  }
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (first[k] < last[k] && retypable(mentions[k])) retype(mentions[k], first[k], last[k], spans, begin_types, false, *rt);
  std::vector<bool> dropped(mentions.size(), false);
  bool changed = false;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    if (first[k] >= last[k] || !unnamed(mentions[k], first[k], last[k], t, words, spans)) continue;
    dropped[k] = true;
    changed = true;
    for (int& wm : word_mention)
      if (wm == static_cast<int>(k)) wm = -1;
  }
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (!dropped[k] && first[k] < last[k] && retypable(mentions[k]))
      retype(mentions[k], first[k], last[k], spans, begin_types, true, *rt);
  for (const ner::NerSpan& s : spans)
    changed = add_name(s, t, words, text, sentence, *rt, mentions, word_mention, dropped) || changed;
  if (changed) drop_and_sort(mentions, dropped, word_mention);
}

}  // namespace kg::extract
