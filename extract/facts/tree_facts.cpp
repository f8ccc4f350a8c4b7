#include "extract/facts/tree_facts.h"

#include <algorithm>
#include <cmath>

#include "extract/facts/predicate.h"
#include "extract/facts/time_expr.h"
#include "extract/facts/tree_rules.h"
#include "ontology/name_key.h"

namespace kg::extract {

namespace {

bool is_entity_mention(const Mention& m) {
  static const char* const kinds[] = {"PER", "ORG", "GPE", "LOC", "EVENT", "MISC"};
  if (m.how == "pronoun") return false;
  int letters = 0;  // "Â" of a mis-decoded pound sign is no name
  for (unsigned char c : m.text) letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  if (letters < 2) return false;
  return std::any_of(std::begin(kinds), std::end(kinds), [&](const char* k) { return m.type == k; });
}

// The word of a mention that heads it in the tree: the first of its words whose
// head lies outside it, or the title right before the name that the name hangs
// from ("Mr [Blunkett]", "Mme [Stuart]": flat under the title); -1 when no
// word lies inside the mention's span.
bool is_honorific(const DepTree& t, int i, const ontology::Lexicon& lex) {
  std::string w = t.word(i).form;
  if (!w.empty() && w.back() == '.') w.pop_back();
  for (char& c : w)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lex.has("honorifics", w);
}

int mention_head(const DepTree& t, const Mention& m, const ontology::Lexicon& lex) {
  auto inside = [&](int i) {
    return i >= 0 && t.word(i).begin >= m.begin && t.word(i).end <= m.end;
  };
  for (int i = 0; i < t.size(); ++i) {
    if (!inside(i) || inside(t.head(i))) continue;
    const int h = t.head(i);
    if (h >= 0 && h == i - 1 && t.base_rel(i) == "flat" && is_honorific(t, h, lex)) return h;
    return i;
  }
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
  if (p.english.empty() && in.english) p.english = w.lemma;
  if (p.english.empty() && w.word >= 0 && t.upos(w.word) == "VERB")  // "se rendre": go, not return
    for (int c : t.children(w.word))
      if (t.base_rel(c) == "expl" && in.lexicon->list("reflexive_labels").count(w.lemma)) {
        p.english = in.lexicon->value("reflexive_labels", w.lemma);
        p.lemma = t.word(c).lemma + " " + w.lemma;
      }
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
  for (int c : t.children(pred))  // "si elle était opposée à X": a condition
    if (t.base_rel(c) == "mark" && lex.has("condition_marks", t.word(c).lemma)) return Modality::Hypothetical;
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
  f.predicate = make_predicate(words, in.doc->lang, in.english ? nullptr : in.dict);
  f.negated = clause_negated(t, r.predicate, *in.lexicon);
  f.modality = clause_modality(t, r.predicate, *in.lexicon);
  if (r.control >= 0) {  // "comptait maintenir", "n'a pas l'intention de", "refuse de"
    const std::string& m = in.lexicon->value("control_verbs", t.word(r.control).lemma);
    f.negated = f.negated != (clause_negated(t, r.control, *in.lexicon) != (m == "negated"));
    const Modality outer = clause_modality(t, r.control, *in.lexicon);
    if (outer != Modality::Asserted) f.modality = outer;
    else if (m == "future") f.modality = Modality::Future;
    else if (m == "hypothetical") f.modality = Modality::Hypothetical;
  }
  const int who = speaker(t, r.control >= 0 ? r.control : r.predicate, *in.lexicon);
  if (who >= 0) {
    f.modality = Modality::Reported;
    f.qualifiers["attribution"] = t.word(who).form;
  }
  for (int c : t.children(r.control >= 0 ? r.control : r.predicate)) {  // "selon RTL": the source, whoever speaks
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
// one) or is short enough to be a headline: text glued across paragraphs
// parses badly and gives no tree facts.
bool ends_as_sentence(const std::vector<FlatWord>& words) {
  if (words.size() <= 16) return true;
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    const std::string& f = it->form;
    if (f == "\"" || f == "»" || f == ")") continue;
    return !f.empty() && (f.back() == '.' || f.back() == '!' || f.back() == '?');
  }
  return false;
}

// How many words could be an end of a fact: entity mentions, subject pronouns and role nouns.
std::size_t possible_ends(const TreeSentenceInput& in) {
  std::size_t n = 0;
  for (const Mention& m : *in.mentions) n += is_entity_mention(m);
  for (const FlatWord& w : *in.words) {
    std::string form = w.form;
    for (char& c : form)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    n += in.lexicon->has("subject_pronouns", form);
    // "le chef d'Etat russe": a person named before, and the country it names
    n += 2 * static_cast<std::size_t>(in.lexicon->has("titles", w.lemma));
  }
  return n;
}


namespace {

// One end of a possible fact: a named entity, a pronoun resolved to one (a
// subject only), or a noun group that is an argument of a predicate (a
// concept: a fact's end only when the other end is an entity and the concept
// is the predicate's own argument).
struct End {
  Mention mention;
  int head = -1;
  enum class Kind { Entity, Pronoun, Concept } kind = Kind::Entity;
  int anchor = -1;  // the title noun of a titled name that is an argument: "Le député [X] a voté"
};

// A fact with what the engine knows of how it was read.
struct Found {
  Fact fact;
  int subject = -1, object = -1, predicate = -1;  // head words
  std::vector<int> label_words;                   // sentence words in the relation phrase
  bool concept_object = false;
};

// The title noun above name h when the title is a clause's argument: "Le
// député Christophe Sirugue a voté la loi" (the deputy votes: so does he); -1 otherwise.
int title_anchor(const DepTree& t, int h, const Mention& m) {
  const int n = t.head(h);
  if (m.type != "PER") return -1;  // "le député PS X": the deputy is X, not the PS
  if (n < 0 || t.upos(n) != "NOUN") return -1;
  const std::string r = t.base_rel(h);
  const bool titled = r == "appos" || r == "flat" || (r == "nmod" && t.child(h, "case") < 0 && t.rel(h) != "nmod:poss");
  const std::string nr = t.base_rel(n);
  return titled && (nr == "nsubj" || nr == "obj" || nr == "obl" || nr == "iobj") ? n : -1;
}

std::vector<End> entity_ends(const DepTree& t, const TreeSentenceInput& in) {
  std::vector<End> ends;
  for (const Mention& m : *in.mentions)
    if (is_entity_mention(m))
      if (int h = mention_head(t, m, *in.lexicon); h >= 0) ends.push_back({m, h, End::Kind::Entity, title_anchor(t, h, m)});
  for (int i = 0; i < t.size(); ++i)
    if (auto m = resolved_pronoun(t, i, in)) ends.push_back({*m, i, End::Kind::Pronoun});
  return ends;
}

// The words of the noun group headed by `head`: its determiners, modifiers,
// names and complements two deep, as the contiguous run around the head
// (a relative clause or apposition ends it).
std::pair<int, int> noun_group(const DepTree& t, int head) {
  std::vector<bool> in(static_cast<std::size_t>(t.size()), false);
  std::vector<std::pair<int, int>> todo{{head, 0}};
  in[static_cast<std::size_t>(head)] = true;
  while (!todo.empty()) {
    const auto [w, depth] = todo.back();
    todo.pop_back();
    for (int c : t.children(w)) {
      const std::string r = t.base_rel(c);
      const bool keep = r == "det" || (r == "amod" && t.upos(c) != "VERB") || r == "nummod" || r == "compound" || r == "flat" ||
                        r == "fixed" || (r == "case" && w != head) || (r == "nmod" && depth < 2);
      if (!keep) continue;
      in[static_cast<std::size_t>(c)] = true;
      todo.push_back({c, depth + (r == "nmod")});
    }
  }
  int b = head, e = head;
  while (b > 0 && in[static_cast<std::size_t>(b - 1)]) --b;
  while (e + 1 < t.size() && in[static_cast<std::size_t>(e + 1)]) ++e;
  // "aux journalistes": the article of a contraction whose preposition stays out starts at the next word
  while (b < head && b > 0 && !in[static_cast<std::size_t>(b - 1)] && t.word(b).begin == t.word(b - 1).begin) ++b;
  return {b, e};
}

Mention concept_mention(const DepTree& t, const TreeSentenceInput& in, int head) {
  const auto [b, e] = noun_group(t, head);
  int lb = b;  // the label drops leading determiners: "sa présence militaire" -> "présence militaire"
  while (lb < head && t.base_rel(lb) == "det") ++lb;
  const std::string& text = in.doc->text;
  Mention m;
  m.begin = t.word(b).begin;
  m.end = t.word(e).end;
  m.text = text.substr(m.begin, m.end - m.begin);
  m.label = text.substr(t.word(lb).begin, m.end - t.word(lb).begin);
  m.type = "CONCEPT";
  m.key = ontology::name_key(m.label);
  m.how = "noun-group";
  m.sentence = in.index;
  return m;
}

bool inside_entity(const DepTree& t, int i, const std::vector<End>& ends) {
  for (const End& e : ends)
    if (t.word(i).begin >= e.mention.begin && t.word(i).end <= e.mention.end) return true;
  return false;
}

// The clause a speech verb reports, as a concept: its words from after "que" /
// "that" to its last word ("la Russie réduirait sa présence militaire en Syrie").
Mention clause_mention(const DepTree& t, const TreeSentenceInput& in, int head) {
  int b = head, e = head;
  std::vector<int> todo{head};
  while (!todo.empty()) {
    const int w = todo.back();
    todo.pop_back();
    b = std::min(b, w);
    e = std::max(e, w);
    for (int c : t.children(w)) todo.push_back(c);
  }
  while (b < head && (t.base_rel(b) == "mark" || t.base_rel(b) == "punct")) ++b;
  while (e > head && t.base_rel(e) == "punct") --e;
  Mention m;
  m.begin = t.word(b).begin;
  m.end = t.word(e).end;
  m.text = m.label = in.doc->text.substr(m.begin, m.end - m.begin);
  m.type = "CONCEPT";
  m.key = ontology::name_key(m.label);
  m.how = "clause";
  m.sentence = in.index;
  return m;
}

// Whether word c modifies a role noun, itself or through one complement ("le
// chef d'Etat [russe]", "le président de la [France]", "the [Russian] president").
bool modifies_role(const DepTree& t, int c, int noun) {
  const std::string r = t.base_rel(c);
  if (r != "amod" && r != "nmod" && r != "compound") return false;
  const int h = t.head(c);
  return h == noun || (h >= 0 && t.head(h) == noun && t.base_rel(h) == "nmod");
}

// An adjective that the knowledge base knows as a country's demonym ("russe",
// "British"), as a country mention; nullopt when it is none.
std::optional<Mention> demonym_mention(const DepTree& t, int adj, const TreeSentenceInput& in) {
  if (!in.kb || t.upos(adj) != "ADJ") return std::nullopt;
  for (const ontology::Candidate& c : in.kb->lookup(t.word(adj).form, in.doc->lang)) {
    if (c.how != ontology::MatchKind::Demonym || c.entry->type != ontology::EntityType::Country) continue;
    Mention m;
    m.begin = t.word(adj).begin;
    m.end = t.word(adj).end;
    m.text = in.doc->text.substr(m.begin, m.end - m.begin);
    m.type = "GPE";
    m.how = "demonym";
    m.key = ontology::name_key(m.text);
    m.sentence = in.index;
    return m;
  }
  return std::nullopt;
}

// The country a role noun's modifiers name: a country end of the sentence, or
// a demonym adjective (made an end); nullopt when none.
std::optional<End> described_country(const DepTree& t, int noun, const std::vector<End>& ends,
                                     const TreeSentenceInput& in) {
  for (const End& e : ends)
    if (e.kind == End::Kind::Entity && e.mention.type == "GPE" && modifies_role(t, e.head, noun)) return e;
  for (int c = 0; c < t.size(); ++c)
    if (modifies_role(t, c, noun))
      if (auto m = demonym_mention(t, c, in)) return End{*m, c, End::Kind::Entity};
  return std::nullopt;
}

bool is_definite(const DepTree& t, int noun) {
  for (int c : t.children(noun))
    if (t.base_rel(c) == "det" && t.word(c).has_tag("def")) return true;
  return false;
}

// Whether a role noun titles a name of its own ("le président [Macron]", "the
// Russian president, [Vladimir Putin]").
bool titles_a_name(const DepTree& t, int noun, const std::vector<End>& ends) {
  for (const End& e : ends)
    if (e.anchor == noun || (e.mention.type == "PER" && t.head(e.head) == noun)) return true;
  return false;
}

// The country the knowledge base gives a name of this type ("Vladimir Poutine":
// Russia; "russe": Russia); "" when it does not know the name.
std::string kb_country(const ontology::KnowledgeBase* kb, const Mention& m, const std::string& lang) {
  if (!kb) return "";
  for (const ontology::Candidate& c : kb->lookup(m.text, lang)) {
    if (m.type == "PER" && c.entry->type == ontology::EntityType::Person) return c.entry->country;
    if (m.type == "GPE" && c.entry->type == ontology::EntityType::Country) return c.entry->id;
  }
  return "";
}

// Whether the person can be the one the description names: the genders agree
// and the knowledge base does not tie the person to another country.
bool fits_description(const DepTree& t, int noun, const Mention& person, const End& country,
                      const TreeSentenceInput& in) {
  const char g = in.history->gender_of(person.key);
  const FlatWord& w = t.word(noun);
  if ((g == 'm' && w.has_tag("f") && !w.has_tag("m")) || (g == 'f' && w.has_tag("m") && !w.has_tag("f"))) return false;
  const std::string of_person = kb_country(in.kb, person, in.doc->lang);
  return of_person.empty() || of_person == kb_country(in.kb, country.mention, in.doc->lang);
}

// Definite role nouns with a country ("le chef d'Etat russe", "the British prime
// minister") that stand for the person the text named last that fits them, in
// this sentence or the one before: an end spanning the description that is that person.
void add_role_descriptions(const DepTree& t, const TreeSentenceInput& in, std::vector<End>& ends) {
  if (!in.history) return;
  const std::size_t named = ends.size();
  for (int i = 0; i < t.size(); ++i) {
    if (!is_role(t, i, *in.lexicon) || !is_definite(t, i) || t.word(i).has_tag("pl")) continue;
    const std::vector<End> names(ends.begin(), ends.begin() + static_cast<std::ptrdiff_t>(named));
    const std::optional<End> country = described_country(t, i, names, in);
    if (!country || titles_a_name(t, i, names) || inside_entity(t, i, names)) continue;
    const Mention* person = nullptr;
    for (const Mention* p : in.history->persons_before(in.index, t.word(i).begin, 1))
      if (!person && fits_description(t, i, *p, *country, in)) person = p;
    if (!person) continue;
    // a demonym adjective ("russe") identifies the description but is no end:
    // the graph reads a lower-case demonym as a person of that nationality
    const auto [b, e] = noun_group(t, i);
    Mention m = *person;
    m.begin = t.word(b).begin;
    m.end = t.word(e).end;
    m.via = "role:" + in.doc->text.substr(m.begin, m.end - m.begin);
    m.sentence = in.index;
    ends.push_back({m, i, End::Kind::Entity});
  }
}

// Common nouns that are a predicate's subject or argument, or the antecedent
// of a relative clause, and lie in no entity mention.
void add_concept_ends(const DepTree& t, const TreeSentenceInput& in, std::vector<End>& ends) {
  const std::size_t named = ends.size();
  for (int i = 0; i < t.size(); ++i) {
    if (t.base_rel(i) == "ccomp" && t.head(i) >= 0 && in.lexicon->has("speech_verbs", t.word(t.head(i)).lemma)) {
      ends.push_back({clause_mention(t, in, i), i, End::Kind::Concept});
      continue;
    }
    if (t.upos(i) != "NOUN" || is_time_phrase(t, i, *in.lexicon)) continue;
    if (in.lexicon->list("request_nouns").count(t.word(i).lemma)) continue;  // "à la demande de": rule request_of
    const std::string r = t.base_rel(i);
    const bool argument = r == "nsubj" || r == "obj" || r == "iobj" || r == "obl";
    if (!argument && t.child(i, "acl:relcl") < 0) continue;
    const int mark = t.child(i, "case");
    if (mark >= 0 && in.lexicon->has("attribution_markers", t.word(mark).lemma)) continue;
    const std::vector<End> names(ends.begin(), ends.begin() + static_cast<std::ptrdiff_t>(named));
    if (inside_entity(t, i, names)) continue;
    bool heads_name = false;  // "M." over "Juppé", "le député" over its name
    for (const End& e : names) heads_name = heads_name || e.head == i || e.anchor == i;
    if (heads_name) continue;
    ends.push_back({concept_mention(t, in, i), i, End::Kind::Concept});
  }
}

// A concept is an end only as the predicate's own argument (or a conjunct of
// one), or as the antecedent of the predicate's relative clause.
bool concept_fits(const DepTree& t, int c, const PathReading& r) {
  int h = t.head(c);
  if (t.base_rel(c) == "conj" && h >= 0) h = t.head(h);
  return h == r.predicate || c == t.head(r.predicate) || (r.control >= 0 && h == r.control);
}

// The clause's time: a complement of the predicate that names a time, normalised.
void add_time(const DepTree& t, const TreeSentenceInput& in, int pred, Fact& f) {
  for (int c : t.children(pred)) {
    const std::string r = t.base_rel(c);
    if (r != "obl" && r != "advmod" && r != "nmod") continue;
    if (!is_time_phrase(t, c, *in.lexicon) && t.upos(c) != "NUM") continue;
    const auto [b, e] = noun_group(t, c);
    std::vector<FlatWord> words;
    for (int k = b; k <= e; ++k) words.push_back(t.word(k));
    const std::string phrase = in.doc->text.substr(t.word(b).begin, t.word(e).end - t.word(b).begin);
    const int mark = t.child(c, "case");
    std::string prep = mark >= 0 ? t.word(mark).lemma : "";
    if (mark >= 0)
      for (int x : t.children(mark))
        if (t.base_rel(x) == "fixed") prep += " " + t.word(x).lemma;
    const std::string value = normalise_time(*in.lexicon, words, prep, phrase, in.doc->date);
    if (value == phrase && !is_time_phrase(t, c, *in.lexicon)) continue;  // a number, no date
    f.qualifiers["time"] = value;
    f.qualifiers["time_text"] = mark >= 0 ? in.doc->text.substr(t.word(mark).begin, t.word(e).end - t.word(mark).begin)
                                          : phrase;
    return;
  }
}

std::optional<Found> fact_between(const DepTree& t, const TreeSentenceInput& in, const End& a, const End& b,
                                  const std::vector<Fact>& existing, const std::vector<Found>& found) {
  if (a.head == b.head || b.kind == End::Kind::Pronoun || a.mention.key == b.mention.key) return std::nullopt;
  const bool a_concept = a.kind == End::Kind::Concept, b_concept = b.kind == End::Kind::Concept;
  if (a_concept && b_concept) return std::nullopt;
  if (already_joined(existing, a.mention, b.mention)) return std::nullopt;
  for (const Found& f : found)
    if (already_joined({f.fact}, a.mention, b.mention)) return std::nullopt;
  // the names' own heads first, then a titled name through its title
  const std::pair<int, int> tries[] = {{a.head, b.head}, {a.anchor, b.head}, {a.head, b.anchor}};
  std::optional<TreePath> path;
  std::optional<std::pair<const TreeRule*, PathReading>> m;
  for (const auto& [ha, hb] : tries) {
    if (ha < 0 || hb < 0 || ha == hb) continue;
    path = path_between(t, ha, hb);
    if (!path) continue;
    path->from_type = a.mention.type;
    path->to_type = b.mention.type;
    if ((m = first_match(t, *path, in))) break;
  }
  if (!m) return std::nullopt;
  const int pred = m->second.predicate;
  if ((a_concept && !concept_fits(t, a.head, m->second)) || (b_concept && !concept_fits(t, b.head, m->second)))
    return std::nullopt;
  const bool forward = m->second.from_is_subject;  // "à la demande de Y": Y is the subject
  const End& subject = forward ? a : b;
  const End& object = forward ? b : a;
  Found f;
  f.fact = make_fact(in, t, *m->first, m->second, *path, subject.mention, object.mention);
  f.fact.subject.is_entity = subject.kind != End::Kind::Concept;
  f.fact.object.is_entity = object.kind != End::Kind::Concept;
  if (subject.kind == End::Kind::Entity) f.fact.subject.mention.is_agent = true;
  if (a_concept || b_concept) f.fact.confidence *= 0.7;  // a noun group ranks below a name
  f.subject = subject.head;
  f.object = object.head;
  f.predicate = pred;
  f.concept_object = object.kind == End::Kind::Concept;
  for (const LabelWord& w : m->second.label)
    if (w.word >= 0) f.label_words.push_back(w.word);
  add_time(t, in, pred, f.fact);
  return f;
}

// "La Russie réduira sa présence militaire en Syrie": the entity fact "reduce
// presence in" Syria says what the concept fact "reduce" presence says; the
// concept goes, its words stay as the entity fact's object_phrase.
void drop_restated_concepts(std::vector<Found>& found) {
  std::vector<bool> drop(found.size(), false);
  for (const Found& f : found) {
    if (f.concept_object) continue;
    for (std::size_t k = 0; k < found.size(); ++k) {
      const Found& c = found[k];
      if (!c.concept_object || c.subject != f.subject || c.predicate != f.predicate) continue;
      if (std::find(f.label_words.begin(), f.label_words.end(), c.object) == f.label_words.end()) continue;
      drop[k] = true;
    }
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (!drop[k]) continue;
    for (Found& f : found)
      if (!f.concept_object && f.subject == found[k].subject && f.predicate == found[k].predicate)
        f.fact.qualifiers.emplace("object_phrase", found[k].fact.object.mention.text);
  }
  std::vector<Found> kept;
  for (std::size_t k = 0; k < found.size(); ++k)
    if (!drop[k]) kept.push_back(std::move(found[k]));
  found = std::move(kept);
}

// The gender ('m', 'f', '?') of an entity from the tags of its words (a first
// name "np.ant.f", "la France" np.loc.f); 'n' for a thing in a language whose
// pronouns tell things apart from persons.
char entity_gender(const DepTree& t, int head, const Mention& m, const ontology::Lexicon& lex) {
  const bool neuter = lex.has("subject_pronouns", "it");
  if (m.type != "PER" && neuter) return 'n';
  for (int i = 0; i < t.size(); ++i) {
    const FlatWord& w = t.word(i);
    if (w.begin < m.begin || w.end > m.end) continue;
    if (m.type == "PER" && !w.has_tag("ant")) continue;
    if (m.type != "PER" && i != head) continue;
    if (w.has_tag("m") && !w.has_tag("f")) return 'm';
    if (w.has_tag("f") && !w.has_tag("m")) return 'f';
  }
  return '?';
}

// Every subject of the sentence (a name, or a noun group: "the minister", which
// a later "he" may mean rather than a name), for the pronouns of the next
// sentences, in text order.
void record_subjects(const DepTree& t, const TreeSentenceInput& in, const std::vector<End>& ends) {
  if (!in.history) return;
  for (int i = 0; i < t.size(); ++i) {
    if (t.base_rel(i) != "nsubj" || t.upos(i) == "PRON") continue;
    Argument a;
    char gender = '?';
    const End* named = nullptr;
    for (const End& e : ends)
      if (e.kind == End::Kind::Entity && (e.head == i || e.anchor == i)) named = &e;
    if (named) {
      a = Argument{true, named->mention};
      gender = entity_gender(t, named->head, named->mention, *in.lexicon);
    } else if (t.upos(i) == "NOUN") {
      a = Argument{false, concept_mention(t, in, i)};
      gender = t.word(i).has_tag("f") ? 'f' : (t.word(i).has_tag("m") ? 'm' : '?');
    } else {
      continue;
    }
    const FlatWord& h = t.word(i);
    const char number = h.has_tag("pl") ? 'p' : (h.has_tag("sg") ? 's' : '?');
    in.history->add(a, gender, number, in.index);
  }
}

}  // namespace

// Whether the sentence asks (its last word, closing quotes aside, ends with '?'): it asserts nothing.
bool asks(const std::vector<FlatWord>& words) {
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    const std::string& f = it->form;
    if (f == "\"" || f == "»" || f == ")") continue;
    return !f.empty() && f.back() == '?';
  }
  return false;
}

// Every person the sentence names, for the role descriptions of this sentence
// and the next (when the language rules run, they keep the persons who act).
void record_persons(const TreeSentenceInput& in) {
  if (!in.history || !in.only_engine) return;
  for (const Mention& m : *in.mentions)
    if (m.type == "PER" && is_entity_mention(m)) in.history->add_person(m, in.index);
}

void extract_tree_facts(const TreeSentenceInput& in, std::vector<Fact>& existing) {
  record_persons(in);
  if (in.words->empty() || !ends_as_sentence(*in.words) || asks(*in.words)) return;
  const std::vector<Syntax>* syntax = &in.sentence->syntax;
  std::vector<Syntax> parsed;
  if (syntax->empty() && in.parser && possible_ends(in) >= (in.only_engine ? 1u : 2u)) {
    parsed = in.parser->syntax_of(*in.sentence);
    syntax = &parsed;
  }
  if (syntax->size() != in.words->size()) return;
  const DepTree t(*in.words, *syntax);
  std::vector<End> ends = entity_ends(t, in);
  add_role_descriptions(t, in, ends);
  if (in.only_engine) add_concept_ends(t, in, ends);
  std::vector<Found> found;
  for (std::size_t i = 0; i < ends.size(); ++i)
    for (std::size_t j = 0; j < ends.size(); ++j)
      if (auto f = fact_between(t, in, ends[i], ends[j], existing, found)) found.push_back(std::move(*f));
  drop_restated_concepts(found);
  if (in.only_engine) record_subjects(t, in, ends);
  for (Found& f : found) existing.push_back(std::move(f.fact));
}

}  // namespace kg::extract
