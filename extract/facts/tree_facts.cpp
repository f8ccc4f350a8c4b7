#include "extract/facts/tree_facts.h"

#include <algorithm>
#include <cmath>

#include "extract/facts/predicate.h"
#include "extract/facts/tree_rules.h"

namespace kg::extract {

namespace {

bool is_entity_mention(const Mention& m) {
  static const char* const kinds[] = {"PER", "ORG", "GPE", "LOC", "EVENT", "MISC"};
  if (m.how == "pronoun") return false;
  return std::any_of(std::begin(kinds), std::end(kinds), [&](const char* k) { return m.type == k; });
}

// The word of a mention that heads it in the tree: the first of its words whose
// head lies outside it; -1 when no word lies inside the mention's span.
int mention_head(const DepTree& t, const Mention& m) {
  auto inside = [&](int i) {
    return i >= 0 && t.word(i).begin >= m.begin && t.word(i).end <= m.end;
  };
  for (int i = 0; i < t.size(); ++i)
    if (inside(i) && !inside(t.head(i))) return i;
  return -1;
}

// The words from i up to the root, i first (bounded: a malformed tree cannot loop).
std::vector<int> ancestors(const DepTree& t, int i) {
  std::vector<int> out;
  while (i >= 0 && static_cast<int>(out.size()) <= t.size()) {
    out.push_back(i);
    i = t.head(i);
  }
  return out;
}

std::optional<TreePath> path_between(const DepTree& t, int from, int to) {
  const std::vector<int> a = ancestors(t, from), b = ancestors(t, to);
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto it = std::find(b.begin(), b.end(), a[i]);
    if (it == b.end()) continue;
    TreePath p;
    p.up.assign(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(i));
    p.top = a[i];
    p.down.assign(std::make_reverse_iterator(it), b.rend());
    return p;
  }
  return std::nullopt;
}

// The English of one label word: fixed by the rule, a preposition of the
// lexicon, the bilingual dictionary, or (English documents) the lemma itself.
PredicateWord predicate_word(const DepTree& t, const LabelWord& w, const TreeSentenceInput& in) {
  PredicateWord p{w.lemma, w.word >= 0 ? t.word(w.word).tags : "", w.english};
  if (p.english.empty() && in.doc->lang == "en") p.english = w.lemma;
  if (p.english.empty()) p.english = in.lexicon->value("labels", w.lemma);
  if (p.english.empty()) p.english = in.lexicon->value("prepositions", w.lemma);
  return p;
}

bool clause_negated(const DepTree& t, int pred, const ontology::Lexicon& lex) {
  for (int c : t.children(pred))
    if (t.base_rel(c) == "advmod" && lex.has("negation", t.word(c).lemma)) return true;
  return false;
}

Modality clause_modality(const DepTree& t, int pred, const ontology::Lexicon& lex) {
  std::vector<int> verbs{pred};
  for (int c : t.children(pred))
    if (t.base_rel(c) == "aux") verbs.push_back(c);
  for (int v : verbs) {
    const std::string& m = lex.value("modality", t.word(v).lemma);
    if (m == "hypothetical") return Modality::Hypothetical;
    if (m == "conditional" || t.word(v).has_tag("cni")) return Modality::Conditional;
    if (m == "future" || t.word(v).has_tag("fti")) return Modality::Future;
  }
  return Modality::Asserted;
}

// The subject of the speech verb whose clausal complement holds `pred`, or -1.
int speaker(const DepTree& t, int pred, const ontology::Lexicon& lex) {
  for (int i = pred, steps = 0; i >= 0 && steps < 3; i = t.head(i), ++steps) {
    if (t.base_rel(i) != "ccomp" && t.base_rel(i) != "parataxis") continue;
    const int verb = t.head(i);
    if (verb >= 0 && lex.has("speech_verbs", t.word(verb).lemma)) return t.child(verb, "nsubj");
  }
  return -1;
}

bool already_joined(const std::vector<Fact>& facts, const Mention& a, const Mention& b) {
  auto same = [](const Mention& x, const Mention& y) { return x.begin == y.begin && x.end == y.end; };
  for (const Fact& f : facts) {
    const Mention& s = f.subject.mention;
    const Mention& o = f.object.mention;
    if ((same(s, a) && same(o, b)) || (same(s, b) && same(o, a))) return true;
  }
  return false;
}

Fact make_fact(const TreeSentenceInput& in, const DepTree& t, const TreeRule& rule, const PathReading& r,
               const TreePath& path, const Mention& subject, const Mention& object) {
  Fact f;
  f.subject = Argument{true, subject};
  f.object = Argument{true, object};
  std::vector<PredicateWord> words;
  for (const LabelWord& w : r.label) words.push_back(predicate_word(t, w, in));
  f.predicate = make_predicate(words, in.doc->lang, in.doc->lang == "en" ? nullptr : in.dict);
  f.negated = clause_negated(t, r.predicate, *in.lexicon);
  f.modality = clause_modality(t, r.predicate, *in.lexicon);
  const int who = speaker(t, r.predicate, *in.lexicon);
  if (who >= 0) {
    f.modality = Modality::Reported;
    f.qualifiers["attribution"] = t.word(who).form;
  }
  for (int c : t.children(r.predicate)) {  // "selon RTL": the source, whoever speaks
    const int mark = t.child(c, "case");
    if (t.base_rel(c) == "obl" && mark >= 0 && in.lexicon->has("attribution_markers", t.word(mark).lemma)) {
      f.modality = Modality::Reported;
      f.qualifiers["attribution"] = t.word(c).form;
    }
  }
  const std::size_t length = path.up.size() + path.down.size();
  f.confidence = rule.confidence * std::pow(0.85, static_cast<double>(length > 2 ? length - 2 : 0));
  const Sentence& s = *in.sentence;
  f.provenance = {in.doc->id, in.index, s.begin, s.end, in.doc->text.substr(s.begin, s.end - s.begin), rule.id};
  return f;
}

// The first rule that reads the path from `a` to `b` with `a` as the subject.
std::optional<std::pair<const TreeRule*, PathReading>> first_match(const DepTree& t, const TreePath& p,
                                                                   const TreeSentenceInput& in) {
  for (const TreeRule& rule : tree_rules()) {
    if (std::string(rule.lang) != "*" && rule.lang != in.doc->lang) continue;
    if (auto r = rule.match(t, p, *in.lexicon)) return std::make_pair(&rule, *r);
  }
  return std::nullopt;
}

// A subject pronoun ("elle", "he") standing for a named entity of the sentences
// before: that entity, spanning the pronoun; nullopt when none fits.
std::optional<Mention> resolved_pronoun(const DepTree& t, int i, const TreeSentenceInput& in) {
  if (!in.history || t.upos(i) != "PRON" || t.rel(i) != "nsubj") return std::nullopt;
  std::string form = t.word(i).form;
  for (char& c : form)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const std::string& gn = in.lexicon->value("subject_pronouns", form);
  if (gn.size() != 3) return std::nullopt;
  const Argument* a = in.history->resolve_ranked(gn[0], gn[2], in.index, 2, true);
  // "elle" stands for a person or an organisation far more often than for a country
  if (!a || !a->is_entity || (a->mention.type != "PER" && a->mention.type != "ORG")) return std::nullopt;
  Mention m = a->mention;
  m.via = "pronoun:" + form;
  m.begin = t.word(i).begin;
  m.end = t.word(i).end;
  m.sentence = in.index;
  return m;
}

}  // namespace

// Whether the sentence ends as a sentence does (. ! ? or a closing quote after
// one): titles and text glued across paragraphs parse badly and give no tree facts.
bool ends_as_sentence(const std::vector<FlatWord>& words) {
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    const std::string& f = it->form;
    if (f == "\"" || f == "»" || f == ")") continue;
    return !f.empty() && (f.back() == '.' || f.back() == '!' || f.back() == '?');
  }
  return false;
}

// How many words could be an end of a fact: entity mentions and subject pronouns.
std::size_t possible_ends(const TreeSentenceInput& in) {
  std::size_t n = 0;
  for (const Mention& m : *in.mentions) n += is_entity_mention(m);
  for (const FlatWord& w : *in.words) {
    std::string form = w.form;
    for (char& c : form)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    n += in.lexicon->has("subject_pronouns", form);
  }
  return n;
}

void extract_tree_facts(const TreeSentenceInput& in, std::vector<Fact>& existing) {
  if (in.words->empty() || !ends_as_sentence(*in.words)) return;
  const std::vector<Syntax>* syntax = &in.sentence->syntax;
  std::vector<Syntax> parsed;
  if (syntax->empty() && in.parser && possible_ends(in) >= 2) {
    parsed = in.parser->syntax_of(*in.sentence);
    syntax = &parsed;
  }
  if (syntax->size() != in.words->size()) return;
  const DepTree t(*in.words, *syntax);
  struct End {
    Mention mention;
    int head;
    bool pronoun;  // a resolved pronoun: a subject only
  };
  std::vector<End> ents;
  for (const Mention& m : *in.mentions)
    if (is_entity_mention(m))
      if (int h = mention_head(t, m); h >= 0) ents.push_back({m, h, false});
  for (int i = 0; i < t.size(); ++i)
    if (auto m = resolved_pronoun(t, i, in)) ents.push_back({*m, i, true});
  std::vector<Fact> found;
  for (std::size_t i = 0; i < ents.size(); ++i)
    for (std::size_t j = 0; j < ents.size(); ++j) {
      const Mention* a = &ents[i].mention;
      const Mention* b = &ents[j].mention;
      const int ha = ents[i].head, hb = ents[j].head;
      if (i == j || ha == hb || ents[j].pronoun || a->key == b->key || already_joined(existing, *a, *b) ||
          already_joined(found, *a, *b))
        continue;
      const auto path = path_between(t, ha, hb);
      if (!path) continue;
      if (auto m = first_match(t, *path, in)) found.push_back(make_fact(in, t, *m->first, m->second, *path, *a, *b));
    }
  existing.insert(existing.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace kg::extract
