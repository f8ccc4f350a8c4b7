#include "extract/facts/tree_rules.h"

#include "extract/facts/time_expr.h"

namespace kg::extract {

DepTree::DepTree(const std::vector<FlatWord>& words, const std::vector<Syntax>& syntax)
    : words_(words), syntax_(syntax), children_(words.size()) {
  for (int i = 0; i < size(); ++i)
    if (head(i) >= 0 && head(i) < size()) children_[head(i)].push_back(i);
}

int DepTree::child(int i, const std::string& r) const {
  const bool exact = r.find(':') != std::string::npos;
  for (int c : children_[i])
    if (exact ? rel(c) == r : base_rel(c) == r) return c;
  return -1;
}

bool is_time_phrase(const DepTree& t, int i, const ontology::Lexicon& lex) {
  if (is_time_word(lex, t.word(i).lemma) || is_year(t.word(i))) return true;
  if (!lex.list("period_edges").count(t.word(i).lemma)) return false;
  for (int c : t.children(i))  // "la fin de l'année", "début 2017"
    if (is_time_word(lex, t.word(c).lemma) || is_year(t.word(c))) return true;
  return false;
}

bool is_control(const DepTree& t, int v, int next, const ontology::Lexicon& lex) {
  if (t.rel(next) != "xcomp" || t.upos(next) != "VERB" || t.head(next) != v) return false;
  const std::string& lemma = t.word(v).lemma;
  return lex.list("control_verbs").count(lemma) > 0 || lex.list("modality").count(lemma) > 0;
}

namespace {

// Whether word i's lemma is in the lexicon's titles ("prime", "premier" too).
bool is_title_word(const DepTree& t, int i, const ontology::Lexicon& lex) {
  std::string lemma = t.word(i).lemma;
  for (char& c : lemma)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lex.has("titles", lemma);
}

}  // namespace

bool is_role(const DepTree& t, int i, const ontology::Lexicon& lex) { return t.upos(i) == "NOUN" && is_title_word(t, i, lex); }

namespace {

using ontology::Lexicon;

bool is_noun(const DepTree& t, int i) { return t.upos(i) == "NOUN"; }

bool is_verb(const DepTree& t, int i) { return t.upos(i) == "VERB"; }

// The lemma of word i's case marker, "" when it has none.
std::string case_lemma(const DepTree& t, int i) {
  const int c = t.child(i, "case");
  return c < 0 ? "" : t.word(c).lemma;
}

bool is_time_noun(const DepTree& t, int i, const Lexicon& lex) { return is_time_phrase(t, i, lex); }

// Relations by which a predicate reaches its first argument on the way down;
// a complement naming a source ("selon RTL") is no argument.
bool argument_rel(const DepTree& t, int i, const Lexicon& lex) {
  const std::string r = t.base_rel(i);
  const std::string mark = case_lemma(t, i);
  if ((r == "obl" || r == "nmod") && (lex.has("attribution_markers", mark) || lex.has("comparison_markers", mark)))
    return false;
  return r == "obj" || r == "iobj" || r == "obl" || r == "xcomp" || (r == "nmod" && t.child(i, "case") >= 0);
}

// Relations by which the path goes on, inside an argument.
bool inner_rel(const DepTree& t, int i) {
  const std::string r = t.base_rel(i);
  return r == "nmod" || r == "obl" || r == "obj" || r == "xcomp" || r == "appos" || r == "flat" || r == "compound" ||
         r == "amod";
}

// The case marker of word i ("de", "près de"): the case child and its fixed words.
void add_case(const DepTree& t, int i, std::vector<LabelWord>& label) {
  const int c = t.child(i, "case");
  if (c < 0 || t.upos(c) != "ADP") return;
  std::string lemma = t.word(c).lemma;
  for (int f : t.children(c))
    if (t.base_rel(f) == "fixed") lemma += " " + t.word(f).lemma;
  label.push_back({c, lemma, ""});
}

// A noun right before the name it titles ("l'association Y", "le chancelier X"):
// the path's last hop is a name (appos, flat, or nmod without a case marker) under it.
bool is_title_hop(const DepTree& t, int noun, int name) {
  if (!is_noun(t, noun)) return false;
  const std::string r = t.base_rel(name);
  return r == "appos" || r == "flat" || r == "compound" || r == "amod" || (r == "nmod" && t.child(name, "case") < 0);
}

// The words of the path down to its last word: each word's case marker, then
// the word itself when it is a noun, verb or adjective (not the last word,
// whose case marker closes the phrase; not a noun that only titles it).
void add_down_words(const DepTree& t, const Lexicon& lex, const std::vector<int>& down, std::size_t from,
                    std::vector<LabelWord>& label) {
  bool after_light = false;  // "dans le cadre de": the light noun and the case after it go
  for (std::size_t k = from; k < down.size(); ++k) {
    const int w = down[k];
    const bool last = k + 1 == down.size();
    const bool title = !last && k + 2 == down.size() && is_title_hop(t, w, down[k + 1]);
    const bool light = !last && lex.has("light_nouns", t.word(w).lemma);
    if (!after_light) add_case(t, w, label);
    after_light = light;
    if (last || title || light || is_time_noun(t, w, lex)) continue;
    const std::string& u = t.upos(w);
    if (u == "NOUN" || u == "VERB" || u == "ADJ") label.push_back({w, t.word(w).lemma, ""});
  }
}

// The words of a role's complement chain: all of a short one; of a long one the
// first complement and the last case marker ("chef d'état-major des forces
// armées de la Fédération de Russie": chief of staff of).
void add_role_words(const DepTree& t, const Lexicon& lex, const std::vector<int>& down, std::size_t from,
                    std::vector<LabelWord>& label) {
  if (down.size() - from <= 2) {
    add_down_words(t, lex, down, from, label);
    return;
  }
  const std::vector<int> ends{down[from], down.back()};
  add_down_words(t, lex, ends, 0, label);
}

// ReVerb's verb + noun: a verb whose first argument on the path is a complement
// (obl) and which has a common-noun object reads "reduce presence in".
void add_verb_and_object(const DepTree& t, const Lexicon& lex, int verb, int first_down,
                         std::vector<LabelWord>& label) {
  label.push_back({verb, t.word(verb).lemma, ""});
  if (t.base_rel(first_down) != "obl") return;
  const int obj = t.child(verb, "obj");
  if (obj >= 0 && obj != first_down && is_noun(t, obj) && !is_time_noun(t, obj, lex))
    label.push_back({obj, t.word(obj).lemma, ""});
}

// A role noun with the name of its holder beside it ("la maire de Paris, Anne Hidalgo").
bool names_a_person(const DepTree& t, int noun, const Lexicon& lex) {
  if (!is_role(t, noun, lex)) return false;
  for (int c : t.children(noun)) {
    const std::string r = t.base_rel(c);
    if ((r == "appos" || r == "flat") && t.upos(c) == "PROPN") return true;
  }
  return false;
}

bool down_is_argument_chain(const DepTree& t, const Lexicon& lex, const std::vector<int>& down, std::size_t from) {
  // the verb's argument and one complement of it: longer chains read as noise ("define outline slogan of")
  if (down.size() <= from) return false;
  std::size_t nouns = 0;  // "dans le cadre de la lutte contre X": the light noun does not count
  for (std::size_t k = from; k < down.size(); ++k) nouns += !lex.has("light_nouns", t.word(down[k]).lemma);
  if (nouns > 2) return false;
  // "face à la maire de Paris, Anne Hidalgo": the argument is the person the role names, not Paris
  for (std::size_t k = from; k + 1 < down.size(); ++k)
    if (names_a_person(t, down[k], lex)) return false;
  // the clause a speech verb reports is its object only as a whole ("a annoncé que ...")
  if (t.base_rel(down[from]) == "ccomp") return down.size() == from + 1 && lex.has("speech_verbs", t.word(t.head(down[from])).lemma);
  if (!argument_rel(t, down[from], lex)) return false;
  for (std::size_t k = from + 1; k < down.size(); ++k)
    if (!inner_rel(t, down[k])) return false;
  return true;
}

bool has_subject(const DepTree& t, int v) { return t.child(v, "nsubj") >= 0; }

// The reading of a verb whose arguments the path goes down from down[from]:
// verb (+ object noun) + the path's words; the verb's clause is the predicate's.
std::optional<PathReading> verb_reading(const DepTree& t, const Lexicon& lex, int verb, const std::vector<int>& down,
                                        std::size_t from) {
  if (!is_verb(t, verb)) return std::nullopt;
  if (down.size() > from + 1 && is_control(t, verb, down[from], lex)) {  // "compte maintenir ses troupes en Syrie"
    auto r = verb_reading(t, lex, down[from], down, from + 1);
    if (r && r->control < 0) r->control = verb;
    return r;
  }
  if (!down_is_argument_chain(t, lex, down, from)) return std::nullopt;
  if (lex.list("modality").count(t.word(verb).lemma)) return std::nullopt;  // "peut ... comme X": a modal relates nothing
  PathReading r;
  add_verb_and_object(t, lex, verb, down[from], r.label);
  add_down_words(t, lex, down, from, r.label);
  r.predicate = verb;
  return r;
}

// ---- the rules ---------------------------------------------------------------

// X (nsubj) —verb (+ object noun) + path→ Y: "La Russie réduira sa présence en Syrie".
std::optional<PathReading> subject_object(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 1 || t.rel(p.up[0]) != "nsubj" || t.child(p.top, "cop") >= 0) return std::nullopt;
  // a speech verb's fact is the clause it reports; of its own arguments only whom it addresses
  if (lex.has("speech_verbs", t.word(p.top).lemma) &&
      (p.down.size() != 1 || (t.base_rel(p.down[0]) != "obj" && t.base_rel(p.down[0]) != "iobj")))
    return std::nullopt;
  return verb_reading(t, lex, p.top, p.down, 0);
}

// X (nsubj) —be + noun + path→ Y: "Paris est la capitale de la France".
std::optional<PathReading> copula(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  const int cop = t.child(p.top, "cop");
  if (p.up.size() != 1 || t.rel(p.up[0]) != "nsubj" || cop < 0 || !is_noun(t, p.top)) return std::nullopt;
  if (p.down.size() != 1 || t.base_rel(p.down[0]) != "nmod") return std::nullopt;  // "X is the capital of Y"
  PathReading r;
  r.label.push_back({cop, t.word(cop).lemma, "be"});
  r.label.push_back({p.top, t.word(p.top).lemma, ""});
  add_down_words(t, lex, p.down, 0, r.label);
  r.predicate = p.top;
  return r;
}

// Whether word i is a passive verb's agent: obl:agent, or a plain obl with an
// agent marker ("par", "by") when the parser did not label it.
bool is_agent(const DepTree& t, int i, const Lexicon& lex) {
  return t.rel(i) == "obl:agent" || (t.base_rel(i) == "obl" && lex.has("agent_markers", case_lemma(t, i)));
}

// Y (obl:agent) —verb→ X (nsubj:pass): "Le traité a été signé par la France".
std::optional<PathReading> passive_agent(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 1 || p.down.size() != 1) return std::nullopt;
  if (!is_agent(t, p.up[0], lex)) return std::nullopt;
  if (t.rel(p.down[0]) != "nsubj:pass" || !is_verb(t, p.top)) return std::nullopt;
  PathReading r;
  r.label.push_back({p.top, t.word(p.top).lemma, ""});
  r.predicate = p.top;
  return r;
}

// X, qui —verb + path→ Y: the antecedent is the subject of its relative clause.
std::optional<PathReading> relative_clause(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (!p.up.empty() || p.down.size() < 2 || t.rel(p.down[0]) != "acl:relcl") return std::nullopt;
  const int verb = p.down[0];
  const int subj = t.child(verb, "nsubj");
  if (subj < 0 || t.rel(subj) != "nsubj" || !lex.has("relative_subjects", t.word(subj).lemma)) return std::nullopt;
  return verb_reading(t, lex, verb, p.down, 1);
}

// X (nsubj) ... et —verb2 + path→ Y: a coordinated verb with no subject of its own shares X.
std::optional<PathReading> shared_subject(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 1 || t.rel(p.up[0]) != "nsubj" || p.down.size() < 2) return std::nullopt;
  const int verb = p.down[0];
  if (t.base_rel(verb) != "conj" || has_subject(t, verb)) return std::nullopt;
  return verb_reading(t, lex, verb, p.down, 1);
}

// X et Z (nsubj) —verb + path→ Y: each conjunct of the subject is a subject.
std::optional<PathReading> conjoined_subject(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 2 || t.base_rel(p.up[0]) != "conj" || t.rel(p.up[1]) != "nsubj") return std::nullopt;
  if (t.child(p.top, "cop") >= 0) return std::nullopt;
  return verb_reading(t, lex, p.top, p.down, 0);
}

// X, noun + path→ Y: an apposition describes X ("X, cofondatrice de l'association Y").
std::optional<PathReading> apposition(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (!p.up.empty() || p.down.size() < 2 || p.down.size() > 5) return std::nullopt;
  const int noun = p.down[0];
  if (t.rel(noun) != "appos" || !is_noun(t, noun)) return std::nullopt;
  if (p.down.size() == 2 && is_title_hop(t, noun, p.down[1])) return std::nullopt;  // a list: "X, le radical Y"
  for (std::size_t k = 1; k < p.down.size(); ++k)
    if (!inner_rel(t, p.down[k])) return std::nullopt;
  if (!is_role(t, noun, lex)) return std::nullopt;  // "X, cofondatrice de Y"; not "Mulliner, le département de Y"
  PathReading r;
  r.label.push_back({noun, t.word(noun).lemma, ""});
  add_role_words(t, lex, p.down, 1, r.label);
  r.predicate = noun;
  return r;
}

// Whether `name` is the one name a title noun titles, not one of a list hanging
// from it ("le général de Gaulle, Georges Pompidou, X": X is no general).
bool only_name_of(const DepTree& t, int title, int name) {
  for (int c : t.children(title)) {
    const std::string r = t.base_rel(c);
    if (c != name && (r == "appos" || r == "conj") && c > title) return false;
  }
  return t.child(name, "conj") < 0 && t.child(name, "appos") < 0;
}

// Title + path→ Y, then the name X: "le consul de France à Genève, X", "the firm's chief executive, X".
std::optional<PathReading> title_of(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 1 || !is_title_hop(t, p.top, p.up[0]) || p.down.empty() || p.down.size() > 4) return std::nullopt;
  if (p.from_type != "PER" || !is_role(t, p.top, lex)) return std::nullopt;  // not "une station-service de Bastia (Haute-Corse)"
  if (!only_name_of(t, p.top, p.up[0])) return std::nullopt;
  for (std::size_t k = 1; k < p.down.size(); ++k)
    if (!inner_rel(t, p.down[k])) return std::nullopt;
  const std::string first = t.base_rel(p.down[0]);
  if (first != "nmod" || (t.child(p.down[0], "case") < 0 && t.rel(p.down[0]) != "nmod:poss")) return std::nullopt;
  PathReading r;
  r.label.push_back({p.top, t.word(p.top).lemma, ""});
  add_role_words(t, lex, p.down, 0, r.label);
  if (t.rel(p.down[0]) == "nmod:poss") r.label.push_back({-1, "of", "of"});
  r.predicate = p.top;
  return r;
}

// A name that is a title's modifier with no case marker: "Tory leader X",
// "la députée LR X" (compound, flat, amod, nmod or appos of the title noun).
bool names_title(const DepTree& t, int name) {
  const std::string r = t.base_rel(name);
  return (r == "compound" || r == "flat" || r == "amod" || r == "appos" || r == "nmod") && t.child(name, "case") < 0 &&
         t.rel(name) != "nmod:poss";
}

// Title noun with a name as modifier, then the person it titles: "Tory leader
// Michael Howard" (X —leader of→ Tory), "la députée Les Républicains Virginie
// Duby-Muller", "Lib Dem home affairs spokesman Mark Oaten".
std::optional<PathReading> title_modifier(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.from_type != "PER" || p.to_type == "PER" || p.to_type == "CONCEPT") return std::nullopt;
  int title = -1;
  if (p.up.empty() && p.down.size() == 2 && is_noun(t, p.down[0]) && names_title(t, p.down[1])) {
    const std::string r = t.base_rel(p.down[0]);  // X above: "Tory leader" modifies the name
    if (r != "compound" && r != "nmod" && r != "flat" && r != "appos" && r != "amod") return std::nullopt;
    title = p.down[0];
  } else if (p.up.size() == 1 && p.down.size() == 1 && is_noun(t, p.top) && is_title_hop(t, p.top, p.up[0]) &&
             names_title(t, p.down[0])) {
    title = p.top;  // the title above both: "la députée [LR] [X]"
  } else {
    return std::nullopt;
  }
  if (!is_role(t, title, lex)) return std::nullopt;
  PathReading r;
  r.label.push_back({title, t.word(title).lemma, ""});
  r.label.push_back({-1, "of", "of"});
  r.predicate = title;
  return r;
}

// A person with an organisation beside the name, in brackets or after a comma:
// "Christophe Sirugue (PS)", "Colin Asplin, Blackpool Hotel Association".
std::optional<PathReading> affiliation(const DepTree& t, const TreePath& p, const Lexicon&) {
  if (p.from_type != "PER" || p.to_type != "ORG" || !p.up.empty() || p.down.size() != 1) return std::nullopt;
  const int org = p.down[0];
  const std::string r = t.base_rel(org);
  if ((r != "appos" && r != "nmod") || t.child(org, "case") >= 0 || t.rel(org) == "nmod:poss") return std::nullopt;
  bool set_off = false;  // a bracket or comma right before the organisation's words
  for (int c : t.children(org))
    if (t.base_rel(c) == "punct" && c < org) set_off = true;
  if (!set_off) return std::nullopt;
  PathReading rd;
  rd.label.push_back({-1, "member", "member"});
  rd.label.push_back({-1, "of", "of"});
  rd.predicate = p.top;
  return rd;
}

// Title + complement + the name, the name hanging from the complement: "le
// maire de Bordeaux Alain Juppé", "the head of the NAO, John Bourn" when the
// parse attaches the name to the nearest noun.
std::optional<PathReading> title_complement_name(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.from_type != "PER" || p.to_type == "PER" || p.to_type == "CONCEPT") return std::nullopt;
  if (p.up.size() != 1 || !p.down.empty() || p.up[0] < p.top || !names_title(t, p.up[0])) return std::nullopt;
  const int title = t.head(p.top);
  if (t.base_rel(p.top) != "nmod" || t.child(p.top, "case") < 0 || title < 0 || !is_role(t, title, lex) ||
      title > p.top)
    return std::nullopt;
  PathReading r;
  r.label.push_back({title, t.word(title).lemma, ""});
  add_case(t, p.top, r.label);
  r.predicate = title;
  return r;
}

// The place word ("où", "where") that opens verb v's relative clause and the
// English preposition it stands for; -1 when none.
int place_relative(const DepTree& t, int v, const Lexicon& lex) {
  for (int c : t.children(v)) {
    const std::string rel = t.base_rel(c);
    if ((rel == "advmod" || rel == "obl") && !lex.value("relative_places", t.word(c).lemma).empty()) return c;
  }
  return -1;
}

// X ... Y, où —verb→: a relative clause on a place whose subject is X ("en
// Syrie, où elle intervient depuis 2015": X —intervene in→ Syria), hanging from
// the place (acl:relcl) or, as parsers often have it, from the verb whose
// argument the place is, right before the clause.
std::optional<PathReading> relative_place(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 2 || t.rel(p.up[0]) != "nsubj") return std::nullopt;
  const int verb = p.up[1];
  const int where = is_verb(t, verb) ? place_relative(t, verb, lex) : -1;
  if (where < 0) return std::nullopt;
  if (p.down.empty()) {
    if (t.rel(verb) != "acl:relcl") return std::nullopt;
  } else {
    const int place = p.down[0];
    if (p.down.size() != 1 || place > verb || !argument_rel(t, place, lex)) return std::nullopt;
    for (int c : t.children(p.top))  // the place is the last argument before the clause
      if (c > place && c < verb && argument_rel(t, c, lex)) return std::nullopt;
  }
  PathReading r;
  r.label.push_back({verb, t.word(verb).lemma, ""});
  r.label.push_back({where, t.word(where).lemma, lex.value("relative_places", t.word(where).lemma)});
  r.predicate = verb;
  return r;
}

// Y —participle→ par X: a participle's agent acts on the noun it modifies ("les
// OGM mentionnés par Le Monde", "the plan used by the United States").
std::optional<PathReading> participle_agent(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 2 || !p.down.empty() || t.base_rel(p.up[1]) != "acl" || t.rel(p.up[1]) == "acl:relcl")
    return std::nullopt;
  const int verb = p.up[1];
  if (!is_agent(t, p.up[0], lex) || !is_verb(t, verb)) return std::nullopt;
  PathReading r;
  r.label.push_back({verb, t.word(verb).lemma, ""});
  r.predicate = verb;
  return r;
}

// X —verb→ à la demande de Y: Y asked X to act ("où elle intervient à la demande
// du gouvernement syrien": the government —ask to intervene→ Russia's army).
std::optional<PathReading> request_of(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 1 || t.rel(p.up[0]) != "nsubj" || p.down.size() != 2 || !is_verb(t, p.top)) return std::nullopt;
  const int request = p.down[0];
  const std::string& ask = lex.value("request_nouns", t.word(request).lemma);
  if (ask.empty() || t.base_rel(request) != "obl" || t.base_rel(p.down[1]) != "nmod") return std::nullopt;
  PathReading r;
  r.from_is_subject = false;
  r.label.push_back({request, t.word(request).lemma, ask});
  r.label.push_back({-1, "to", "to"});
  r.label.push_back({p.top, t.word(p.top).lemma, ""});
  r.predicate = p.top;
  return r;
}

// X (nsubj) —speech verb→ [ccomp: Y (nsubj) ...]: who speaks about whom ("un
// article du Washington Post révélait que Washington comptait maintenir ses
// troupes": the Post —reveal about→ Washington); the inner fact stays Y's.
std::optional<PathReading> reported_subject(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (p.up.size() != 1 || t.rel(p.up[0]) != "nsubj" || p.down.size() != 2) return std::nullopt;
  if (!is_verb(t, p.top) || !lex.has("speech_verbs", t.word(p.top).lemma)) return std::nullopt;
  if (t.base_rel(p.down[0]) != "ccomp" || t.rel(p.down[1]) != "nsubj") return std::nullopt;
  PathReading r;
  r.label.push_back({p.top, t.word(p.top).lemma, ""});
  r.label.push_back({-1, "about", "about"});
  r.predicate = p.top;
  return r;
}

// A role description standing for a person named before, and the country it
// names: "Vladimir Poutine ... le chef d'Etat russe" (Putin —head of state of→
// Russia), "the British prime minister". The engine makes the description an
// end that is the person (tree_facts.cpp, add_role_descriptions).
std::optional<PathReading> role_description(const DepTree& t, const TreePath& p, const Lexicon& lex) {
  if (!p.up.empty() || p.from_type != "PER" || p.to_type != "GPE" || !is_role(t, p.top, lex)) return std::nullopt;
  if (p.down.empty() || p.down.size() > 2) return std::nullopt;
  for (int w : p.down) {
    const std::string r = t.base_rel(w);
    if (r != "amod" && r != "nmod" && r != "compound") return std::nullopt;
  }
  PathReading r;
  for (int c : t.children(p.top))  // "prime minister", "premier ministre"
    if (c < p.top && (t.base_rel(c) == "amod" || t.base_rel(c) == "compound") &&
        (is_title_word(t, c, lex) || lex.has("titles", t.word(c).lemma + " " + t.word(p.top).lemma)))
      r.label.push_back({c, t.word(c).lemma, ""});
  r.label.push_back({p.top, t.word(p.top).lemma, ""});
  if (p.down.size() == 2) {  // "chef d'Etat": the role's own complement
    add_case(t, p.down[0], r.label);
    r.label.push_back({p.down[0], t.word(p.down[0]).lemma, ""});
  }
  if (t.base_rel(p.down.back()) == "nmod") add_case(t, p.down.back(), r.label);
  else r.label.push_back({-1, "of", "of"});
  r.predicate = p.top;
  return r;
}

}  // namespace

const std::vector<TreeRule>& tree_rules() {
  static const std::vector<TreeRule> rules{
      {"tree.passive_agent", "*", &passive_agent, 0.7, "fr", "L'Ukraine a été envahie par la Russie.",
       "Russie|invade|Ukraine"},
      {"tree.request_of", "*", &request_of, 0.5, "fr",
       "La Russie intervient en Syrie à la demande de Damas.", "Damas|ask to intervene|Russie"},
      {"tree.subject_object", "*", &subject_object, 0.65, "fr",
       "La Russie réduira sa présence militaire en Syrie.", "Russie|reduce presence in|Syrie"},
      {"tree.copula", "*", &copula, 0.6, "en", "Paris is the capital of France.", "Paris|be capital of|France"},
      {"tree.relative_clause", "*", &relative_clause, 0.55, "fr", "Jean Dupont, qui dirige Renault, a démissionné.",
       "Jean Dupont|lead|Renault"},
      {"tree.shared_subject", "*", &shared_subject, 0.55, "en",
       "Macron visited Berlin and met Merkel.", "Macron|meet|Merkel"},
      {"tree.conjoined_subject", "*", &conjoined_subject, 0.55, "en",
       "France and Germany support Ukraine.", "Germany|support|Ukraine"},
      {"tree.apposition", "*", &apposition, 0.5, "en",
       "John Smith, the chairman of Barclays, resigned.", "John Smith|chairman of|Barclays"},
      {"tree.title_of", "*", &title_of, 0.5, "fr", "Le consul de France à Genève, Jean Dupont, a été reçu.",
       "Jean Dupont|consul of|France"},
      {"tree.title_modifier", "*", &title_modifier, 0.55, "en", "Tory leader Michael Howard has written to the BBC.",
       "Michael Howard|leader of|Tory"},
      {"tree.title_complement_name", "*", &title_complement_name, 0.5, "fr",
       "Le maire de Bordeaux Alain Juppé a twitté son opposition.", "Alain Juppé|mayor of|Bordeaux"},
      {"tree.relative_place", "*", &relative_place, 0.55, "fr",
       "Le président a visité Kiev, où la Russie a bombardé une centrale.", "Russie|bomb in|Kiev"},
      {"tree.participle_agent", "*", &participle_agent, 0.55, "fr",
       "L'Ukraine, envahie par la Russie, résiste.", "Russie|invade|Ukraine"},
      {"tree.reported_subject", "*", &reported_subject, 0.4, "en",
       "The Washington Post revealed that Washington planned to keep its troops in Syria.",
       "Washington Post|reveal about|Washington"},
      {"tree.role_description", "*", &role_description, 0.5, "fr",
       "Emmanuel Macron a reçu les syndicats. Le président de la France a ensuite parlé.",
       "Emmanuel Macron|president of|France"},
      {"tree.affiliation", "*", &affiliation, 0.5, "fr", "Le député Christophe Sirugue (PS) a voté la loi.",
       "Christophe Sirugue|member of|PS"},
  };
  return rules;
}

}  // namespace kg::extract
