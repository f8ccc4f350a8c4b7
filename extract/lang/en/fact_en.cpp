#include "extract/lang/en/fact_en.h"

#include <algorithm>
#include <set>

#include "extract/facts/predicate.h"
#include "extract/lang/en/mention_en.h"
#include "extract/lang/en/openie_en.h"
#include "extract/analyse/tag_util.h"
#include "ontology/name_key.h"

namespace kg::extract::en {

namespace {

using Words = std::vector<FlatWord>;

using rules::ascii_lower;

bool is_date_word(const FlatWord& w) {
  static const std::set<std::string, std::less<>> d = {
      "january", "february", "march",  "april",   "may",       "june",     "july",   "august",    "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday",  "yesterday", "today",  "tomorrow", "week",    "month",    "year",   "weekend", "morning",
      "evening", "night"};
  if (d.count(ascii_lower(w.form)) || (w.upos == "NOUN" && d.count(ascii_lower(w.lemma)))) return true;
  return w.upos == "NUM" && w.form.size() == 4 && (w.form[0] == '1' || w.form[0] == '2');
}

bool partitive_word(const FlatWord& w) {
  static const std::set<std::string, std::less<>> q = {
      "one", "some", "many", "most", "all", "none", "part", "half", "much", "several", "each", "any", "both",
      "few", "majority", "minority", "number", "lot", "lots", "rest", "two", "three", "dozens", "hundreds",
      "thousands", "millions", "total"};
  return q.count(ascii_lower(w.form)) > 0;
}

// The head of a span: the last word of its first noun group (before a
// preposition, a comma, an infinitive "to" or a clause word). en.head.partitive:
// "one of the reforms", "most of the MPs": the head is the noun after "of".
std::size_t head_of(const Words& w, WordSpan s) {
  std::size_t h = s.first;
  for (std::size_t i = s.first; i < s.last; ++i) {
    if (w[i].upos == "ADP" || w[i].form == "," || w[i].upos == "VERB" || w[i].upos == "AUX" ||
        w[i].upos == "SCONJ" || w[i].upos == "CCONJ" || (w[i].upos == "PART" && ascii_lower(w[i].form) == "to"))
      break;
    if (w[i].upos != "PUNCT") h = i;
  }
  if (h + 2 < s.last && partitive_word(w[h]) && ascii_lower(w[h + 1].form) == "of" &&
      (w[h + 2].upos == "DET" || w[h + 2].upos == "NOUN" || w[h + 2].upos == "PROPN" || w[h + 2].upos == "ADJ" ||
       w[h + 2].upos == "NUM" ||
       (w[h + 2].upos == "PRON" && w[h + 2].has_tag("pos"))))
    return head_of(w, {h + 2, s.last});
  return h;
}

// The first word of a span's label: after a partitive "one of" and the
// determiners and possessives before the head.
std::size_t label_start(const Words& w, WordSpan s, std::size_t h) {
  std::size_t b = s.first;
  for (std::size_t i = s.first; i + 1 < h; ++i)
    if (ascii_lower(w[i + 1].form) == "of" && partitive_word(w[i]) && i + 2 <= h) b = i + 2;
  while (b < h && (w[b].upos == "DET" || (w[b].upos == "PRON" && w[b].has_tag("pos")) || w[b].upos == "PUNCT")) ++b;
  return b;
}

struct Ctx {
  const SentenceInput& in;
  const Words& w;
  const std::vector<int>& wm;
  AgentHistory& history;
};

// A concept argument: the span's first noun group without its determiners.
Argument concept_arg(const Ctx& x, WordSpan s) {
  Argument a;
  std::size_t h = head_of(x.w, s);
  std::size_t b = label_start(x.w, s, h);
  const std::string& text = x.in.doc->text;
  a.mention.begin = x.w[s.first].begin;
  a.mention.end = x.w[h].end;
  a.mention.text = text.substr(a.mention.begin, a.mention.end - a.mention.begin);
  a.mention.label = text.substr(x.w[b].begin, x.w[h].end - x.w[b].begin);
  a.mention.type = "CONCEPT";
  a.mention.key = ontology::name_key(a.mention.label);
  a.mention.how = "phrase";
  a.mention.sentence = x.in.index;
  return a;
}

// The entity of a span: the mention at its head, else the first mention of
// its first noun group; -1 when none.
int entity_at(const Ctx& x, WordSpan s) {
  std::size_t h = head_of(x.w, s);
  if (x.wm[h] >= 0 && (*x.in.mentions)[x.wm[h]].type != "DATE") return x.wm[h];
  // en.end.modifier: a name before a common-noun head modifies it ("UK visa
  // holders", "Tory plans"): the phrase is about the holders, not the UK
  if (x.w[h].upos == "NOUN" && !x.w[h].capitalised && !is_date_word(x.w[h])) return -1;
  if (x.w[h].upos == "PART") return -1;  // a phrase cut after a possessive: "Radio 4's"
  for (std::size_t i = s.first; i <= h && i < s.last; ++i) {
    if (x.wm[i] < 0 || (*x.in.mentions)[x.wm[i]].type == "DATE") continue;
    // a possessor is not the thing: "the Queen's private income"
    std::size_t k = i;
    while (k + 1 < x.w.size() && x.wm[k + 1] == x.wm[i]) ++k;
    if (k + 1 < x.w.size() && (x.w[k + 1].form == "'s" || x.w[k + 1].form == "'" || x.w[k + 1].form == "’s")) continue;
    return x.wm[i];
  }
  return -1;
}

Argument entity_arg(const Ctx& x, int m) {
  Argument a;
  a.is_entity = true;
  a.mention = (*x.in.mentions)[m];
  return a;
}

// en.pron: what a third-person pronoun can refer to. he/him, she/her: a
// person of that gender (or of unknown gender) named as a subject in the
// last 4 sentences; they/them: an organisation or group named in the last
// 2; it (subject only): an organisation or country named in this
// sentence or the one before.
struct PronounClass {
  char gender = '?';
  char number = '?';
  std::size_t window = 0;
  bool person = false;
  bool group = false;  // MISC names too ("the Tories", "Lib Dems")
};

bool pronoun_class(const FlatWord& w, bool subject, PronounClass& c) {
  if (w.upos != "PRON" || w.has_tag("pos")) return false;
  std::string f = ascii_lower(w.form);
  // object forms only as objects: "help him regain trust" is not about the last subject
  bool object_form = f == "him" || f == "her" || f == "them";
  if (object_form && subject) return false;
  if (f == "he" || f == "him") c = {'m', 's', 4, true, false};
  else if (f == "she" || f == "her") c = {'f', 's', 4, true, false};
  else if (f == "they" || f == "them") c = {'?', 'p', 2, false, true};
  else if (f == "it" && subject) c = {'n', 's', 1, false, false};
  else return false;
  return true;
}

// en.end.informative: light nouns that say nothing on their own.
bool light_noun(const std::string& lemma) {
  static const std::set<std::string, std::less<>> l = {
      "thing", "way", "lot", "kind", "sort", "bit", "one", "something", "anything", "nothing", "everything",
      "someone", "anyone", "everyone", "somebody", "anybody", "everybody", "nobody", "other", "others", "part",
      "side", "fact", "matter", "case", "point", "time", "number", "stuff", "more", "less"};
  return l.count(ascii_lower(lemma)) > 0;
}

// The argument of a span: entity, resolved pronoun, or concept. `pron` is
// set when a pronoun was resolved; `ok` false when the span is a pronoun
// with no acceptable antecedent (en.pron) or any other bare pronoun ("we",
// "this", "there"), or when its head is no noun, name or number
// (en.end.informative: "the", "into", "very clear").
Argument argument(const Ctx& x, WordSpan s, bool subject, bool& pron, bool& ok) {
  pron = false;
  ok = true;
  PronounClass c;
  if (s.size() == 1 && pronoun_class(x.w[s.first], subject, c)) {
    const Argument* a = x.history.nearest(c.gender, c.number, x.in.index, c.window);
    const std::string type = a && a->is_entity ? a->mention.type : "";
    // "they" are an organisation or a group ("the Tories"), rarely a country
    bool fits = c.person ? type == "PER"
                         : (type == "ORG" || (!c.group && type == "GPE") || (c.group && type == "MISC"));
    if (!fits) {
      ok = false;
      return {};
    }
    Argument r = *a;
    r.mention.via = "pronoun:" + ascii_lower(x.w[s.first].form);
    r.mention.begin = x.w[s.first].begin;
    r.mention.end = x.w[s.first].end;
    r.mention.sentence = x.in.index;
    pron = true;
    return r;
  }
  int m = entity_at(x, s);
  if (m >= 0) return entity_arg(x, m);
  std::size_t h = head_of(x.w, s);
  const FlatWord& hw = x.w[h];
  bool nominal = hw.upos == "NOUN" || hw.upos == "PROPN" || (hw.upos == "NUM" && s.size() > 1);
  // en.end.time: "in the last 15 years" is when, not what
  // ("Mr Blair this week defended": no subject either)
  bool time = is_date_word(hw);
  if (!nominal || time || hw.form.size() < 2 || light_noun(hw.lemma) || light_noun(hw.form)) {
    ok = false;
    return {};
  }
  return concept_arg(x, s);
}

// 'm' for he/him, 'f' for she/her, else '?'.
char pronoun_gender(const FlatWord& w) {
  std::string f = ascii_lower(w.form);
  if (f == "he" || f == "him") return 'm';
  if (f == "she" || f == "her") return 'f';
  return '?';
}

// Verbs that report a clause and take no noun-phrase object in news ("say",
// "add", "believe"; unlike "tell", "confirm", "reveal").
bool reports_a_clause(const std::string& lemma) {
  static const std::set<std::string, std::less<>> v = {"say", "add", "claim", "insist", "believe", "think",
                                                       "argue", "state"};
  return v.count(lemma) > 0;
}

// Verbs whose "it" subject is a placeholder: "it seems", "it takes time".
bool is_expletive_verb(const std::string& lemma) {
  static const std::set<std::string, std::less<>> v = {"seem", "appear", "take", "matter", "happen", "remain",
                                                       "look", "emerge", "mean", "make", "rain", "cost"};
  return v.count(lemma) > 0;
}

// en.pron.gender: the gender of a person mention: a title before it ("Mr",
// "Mrs"), the dictionary's gender of its first name, else the gender an
// earlier mention of the same person had ("Blair" after "Tony Blair").
char person_gender(const Ctx& x, const Mention& m) {
  std::size_t i = 0;
  while (i < x.w.size() && x.w[i].begin < m.begin) ++i;
  if (i >= x.w.size() || x.w[i].begin != m.begin) return x.history.gender_of(m.key);
  std::size_t t = i;
  if (t > 0 && x.w[t - 1].form == ".") --t;
  if (t > 0) {
    static const std::set<std::string, std::less<>> male = {"mr", "mr.", "sir", "lord", "king", "prince", "mister"};
    static const std::set<std::string, std::less<>> female = {"mrs", "mrs.", "ms", "ms.", "miss", "lady",
                                                              "baroness", "dame", "queen", "princess"};
    std::string f = ascii_lower(x.w[t - 1].form);
    if (male.count(f)) return 'm';
    if (female.count(f)) return 'f';
  }
  if (x.w[i].has_tag("ant") && i + 1 < x.w.size() && x.w[i + 1].begin < m.end) {  // a first name
    if (x.w[i].has_tag("m") && !x.w[i].has_tag("f")) return 'm';
    if (x.w[i].has_tag("f") && !x.w[i].has_tag("m")) return 'f';
  }
  return x.history.gender_of(m.key);
}

// Records a subject for later pronouns: a person with its gender, a named
// organisation or place as "it"/"they", a phrase about people ("the
// minister", "officials") as a person or group of unknown gender, any other
// phrase as a thing; its number from its head.
void remember(const Ctx& x, const Argument& a, WordSpan span, char pron_gender) {
  char g = '?', n = '?';
  if (a.is_entity && a.mention.type == "PER") {
    g = pron_gender != '?' ? pron_gender : person_gender(x, a.mention);
    n = 's';
  } else if (a.is_entity) {
    g = 'n';
  } else if (!span.empty()) {
    const FlatWord& h = x.w[head_of(x.w, span)];
    static const std::set<std::string, std::less<>> people = {
        "man", "woman", "men", "women", "people", "official", "spokesman", "spokeswoman", "spokesperson",
        "source", "critic", "member", "voter", "worker", "politician", "candidate", "leader", "expert",
        "campaigner", "chief", "boss", "person", "colleague", "opponent", "supporter", "activist", "analyst"};
    bool person = is_title_noun(h.lemma) || people.count(ascii_lower(h.lemma)) > 0;
    g = person ? '?' : 'n';
    n = h.has_tag("pl") ? 'p' : (h.has_tag("sg") ? 's' : '?');
  }
  x.history.add(a, g, n, x.in.index);
}

bool auxiliary(const FlatWord& w) {
  return w.upos == "AUX" && (w.lemma == "be" || w.lemma == "have" || w.lemma == "do" || w.has_tag("vaux"));
}

std::string span_str(const Ctx& x, WordSpan s) { return span_text(x.w, s, x.in.doc->text); }

bool in_place_prep(const FlatWord& w) {
  std::string f = ascii_lower(w.form);
  return f == "in" || f == "at" || f == "near" || f == "from" || f == "across" || f == "inside" || f == "outside";
}

// "Britain and France": the entity mentions of a span made only of names
// joined by "and" / "," (with determiners); empty otherwise.
std::vector<int> entity_conjuncts(const Ctx& x, WordSpan s) {
  std::vector<int> out;
  bool sep = false;
  for (std::size_t i = s.first; i < s.last; ++i) {
    if (x.wm[i] >= 0) {
      if (out.empty() || out.back() != x.wm[i]) out.push_back(x.wm[i]);
      continue;
    }
    std::string f = ascii_lower(x.w[i].form);
    if (f == "and" || f == ",") {
      sep = true;
      continue;
    }
    if (x.w[i].upos == "DET") continue;
    return {};
  }
  if (!sep || out.size() < 2) return {};
  return out;
}

}  // namespace

void extract_facts(const SentenceInput& in, AgentHistory& history, std::vector<Fact>& out) {
  // the words as the extraction reads them ("the council's limited
  // resources": "limited" an adjective), for heads and labels
  const Words w = normalise_classes(*in.words);
  Ctx x{in, w, *in.word_mention, history};
  std::vector<OpenExtraction> ex = open_extract(*in.words);
  // "according to X": every fact of the sentence is reported by X
  std::string according;
  for (std::size_t i = 0; i + 2 < w.size(); ++i)
    if (ascii_lower(w[i].form) == "according" && ascii_lower(w[i + 1].form) == "to") {
      std::size_t e = i + 2;
      while (e < w.size() && w[e].upos != "PUNCT" && w[e].upos != "VERB" && w[e].upos != "AUX") ++e;
      if (e > i + 2) according = span_str(x, {i + 2, e});
      int m = x.wm[i + 2] >= 0 ? x.wm[i + 2] : (i + 3 < w.size() ? x.wm[i + 3] : -1);
      if (m >= 0) according = (*in.mentions)[m].text;
    }
  const std::string sentence_text = in.doc->text.substr(in.begin, in.end - in.begin);
  for (const auto& e : ex) {
    if (e.arg1.empty()) continue;
    // the implicit facts of a noun phrase are for span-level output only: the
    // title is already the mention's type cue, a possession rarely an edge
    if (e.rule == "en.possessive" || e.rule == "en.title") continue;
    if (e.rule == "en.adverbial") continue;  // its clause is a fact of its own
    // en.apposition.role: an apposition fact says what someone is ("X, the
    // foreign minister of Y"); a name after a name is a list ("the Potato
    // Council, the Milk Council, ...")
    if (e.rule == "en.apposition") {
      const FlatWord& h = w[head_of(w, e.arg2)];
      if (h.upos != "NOUN" || h.capitalised) continue;
    }
    if (e.rule == "en.reported") {  // its inner clause is the fact, attributed below
      bool p0 = false, ok0 = true;
      Argument who = argument(x, e.arg1, true, p0, ok0);
      if (ok0 && who.is_entity) {
        int m = entity_at(x, e.arg1);
        if (m >= 0 && !p0) (*in.mentions)[m].is_agent = true;
        remember(x, who, e.arg1, p0 ? pronoun_gender(w[e.arg1.first]) : '?');
      }
      continue;
    }
    bool pron = false, ok = true, pron2 = false, ok2 = true;
    Argument subj = argument(x, e.arg1, true, pron, ok);
    if (!ok) continue;
    // en.rel.say: "said the bill, which ..., had": the object of a verb that
    // reports a clause is the start of that clause, never what was said
    bool say_object = !e.passive && !e.copula && e.relation.size() >= 1 && w[e.relation.back()].upos != "ADP" &&
                      reports_a_clause(w[e.verb].lemma);
    // en.pron.expletive: "it is clear that", "it was announced", "it seems":
    // no "it" of these refers to anything
    if (pron && ascii_lower(w[e.arg1.first].form) == "it" &&
        (e.copula || e.passive || is_expletive_verb(w[e.verb].lemma)))
      continue;
    Argument obj;
    if (!e.arg2.empty()) obj = argument(x, e.arg2, false, pron2, ok2);
    // the clause subject is what later pronouns refer to (also in a clause
    // with no usable object: "Mr Brown was confident")
    if (e.rule != "en.apposition") remember(x, subj, e.arg1, pron ? pronoun_gender(w[e.arg1.first]) : '?');
    if (e.arg2.empty() || !ok2 || say_object) continue;
    // the relation: lemmas of the relation words without auxiliaries and negation
    std::vector<PredicateWord> pw;
    std::size_t by = w.size();
    std::size_t verb_at = std::string::npos;
    for (std::size_t r : e.relation) {
      const FlatWord& f = w[r];
      if (ascii_lower(f.form) == "not" || f.form == "n't" || ascii_lower(f.form) == "never" || ascii_lower(f.form) == "that") continue;
      if (r != e.verb && auxiliary(f)) continue;
      if (e.passive && ascii_lower(f.form) == "by" && r > e.verb) {
        by = r;
        continue;
      }
      if (ascii_lower(f.form) == "to" && f.upos != "ADP" && r < e.verb) continue;
      if (r == e.verb) verb_at = pw.size();
      pw.push_back({ascii_lower(f.upos == "VERB" || f.upos == "AUX" ? f.lemma : f.form), f.tags, ""});
    }
    if (!e.relation_text.empty()) pw.push_back({"be", "vbser", ""});
    if (e.passive && by == w.size() && !pw.empty()) {
      if (verb_at < pw.size()) pw[verb_at].lemma = ascii_lower(w[e.verb].form);  // "be elected"
      pw.insert(pw.begin(), PredicateWord{"be", "vbser", ""});
    }
    Fact f;
    std::string object_phrase = span_str(x, e.arg2);
    if (by < w.size()) {
      // passive with an agent: the agent is the subject, the patient the object
      std::swap(subj, obj);
      object_phrase = span_str(x, e.arg1);
    } else if (!obj.is_entity) {
      // ReVerb: "reduce its presence in Syria" -> reduce presence in | Syria;
      // "is the president of France" -> be president of | France
      std::size_t h = head_of(w, e.arg2);
      std::size_t k = h + 1;
      WordSpan tail{};
      if (k + 1 < e.arg2.last && w[k].upos == "ADP") tail = {k + 1, e.arg2.last};
      else if (!e.extra.empty() && w[e.extra.front().first].upos == "ADP" &&
               !is_date_word(w[std::min(e.extra.front().first + 1, w.size() - 1)]))
        tail = {e.extra.front().first + 1, e.extra.front().last}, k = e.extra.front().first;
      int m = tail.empty() ? -1 : entity_at(x, tail);
      if (m >= 0) {
        for (std::size_t i = e.arg2.first; i <= h; ++i)
          if (w[i].upos == "NOUN") pw.push_back({ascii_lower(w[i].lemma), w[i].tags, ""});
        pw.push_back({ascii_lower(w[k].form), w[k].tags, ""});
        obj = entity_arg(x, m);
      }
    }
    if (pw.empty()) continue;
    // en.rel.verb: a relation with no verb ("wake of") is a misread clause
    bool has_verb = !e.relation_text.empty();
    for (std::size_t r : e.relation) has_verb = has_verb || w[r].upos == "VERB" || w[r].upos == "AUX";
    if (!has_verb) continue;
    // en.end.same: "Turkey ... gives Turkey": an edge from a thing to itself
    if (subj.mention.key == obj.mention.key) continue;
    f.subject = subj;
    f.object = obj;
    f.predicate = make_predicate(pw, "en", nullptr);
    f.predicate.translated = true;
    f.negated = e.negated;
    // "no deal was offered", "offered no deal": a negative determiner
    for (WordSpan sp : {e.arg1, e.arg2})
      if (!sp.empty() && (ascii_lower(w[sp.first].form) == "no" || ascii_lower(w[sp.first].form) == "none")) f.negated = true;
    f.modality = e.modality;
    if (object_phrase != f.object.text()) f.qualifiers["object_phrase"] = object_phrase;
    for (const auto& s : e.extra) {
      std::size_t d = s.first;
      while (d < s.last && !is_date_word(w[d])) ++d;
      if (d < s.last) {
        // the time phrase: from its preposition/determiner to the end ("next year", "in 2017")
        std::size_t b = d;
        while (b > s.first && (w[b - 1].upos == "DET" || w[b - 1].upos == "ADJ" || w[b - 1].upos == "NUM" ||
                               (w[b - 1].upos == "ADP" && b - 1 >= s.first)))
          --b;
        std::string t = span_str(x, {b, s.last});
        f.qualifiers["time_text"] = t;
        f.qualifiers["time"] = t;
        if (b > s.first + 1 && in_place_prep(w[s.first])) {
          int m = entity_at(x, {s.first + 1, b});
          if (m >= 0 && ((*in.mentions)[m].type == "GPE" || (*in.mentions)[m].type == "LOC"))
            f.qualifiers["place"] = (*in.mentions)[m].text;
        }
      } else if (s.size() >= 2 && in_place_prep(w[s.first])) {
        int m = entity_at(x, {s.first + 1, s.last});
        if (m >= 0 && ((*in.mentions)[m].type == "GPE" || (*in.mentions)[m].type == "LOC"))
          f.qualifiers["place"] = (*in.mentions)[m].text;
      }
    }
    std::string rule = e.rule;
    if (e.reported_by >= 0) {
      const OpenExtraction& r = ex[e.reported_by];
      bool p2 = false, ok3 = true;
      Argument who = argument(x, r.arg1, true, p2, ok3);
      if (ok3) f.qualifiers["attribution"] = who.is_entity ? who.mention.text : span_str(x, r.arg1);
      f.modality = Modality::Reported;
      // "He did not think X intended ...": never a positive fact
      if (r.negated) f.negated = true;
      rule += "+en.reported";
    } else if (!according.empty()) {
      f.qualifiers["attribution"] = according;
      f.modality = Modality::Reported;
      rule += "+en.according";
    }
    // en.condition: a clause under if/unless/whether ("if Labour wins the
    // seat") or a sentence opening with if/unless, a question, or the words a
    // denial rejects ("denied that he took the money") asserts nothing
    {
      std::size_t b = e.arg1.first;
      while (b > 0 && w[b - 1].upos == "ADV") --b;  // "even if"
      const std::string before = b > 0 ? ascii_lower(w[b - 1].form) : std::string();
      std::size_t first = 0;  // "If Labour wins, Brown will lead": the whole sentence
      while (first < w.size() && w[first].upos == "PUNCT") ++first;
      const std::string opener = first < w.size() ? ascii_lower(w[first].form) : std::string();
      const bool condition = before == "if" || before == "unless" || before == "whether" || opener == "if" ||
                             opener == "unless";
      const bool question = is_question(w);
      static const std::set<std::string> denials{"deny", "reject", "dismiss", "refute", "dispute"};
      const bool denied = e.reported_by >= 0 && denials.count(ascii_lower(w[ex[e.reported_by].verb].lemma)) > 0;
      if (condition || question || denied) {
        f.modality = Modality::Hypothetical;
        rule += "+en.condition";
      }
    }
    if (pron || pron2) rule += "+en.pron";
    // confidence: the clause's, less for ends that are no names (a fact
    // between two phrases is rarely a graph edge worth having: en.rank.concepts)
    // and for ends read through a pronoun (he/she less than it/they)
    double c = e.confidence;
    if (!f.subject.is_entity) c -= 0.2;
    if (!f.object.is_entity) c -= 0.15;
    if (!f.subject.is_entity && !f.object.is_entity) c -= 0.1;
    if (pron || pron2) c -= pronoun_gender(w[pron ? e.arg1.first : e.arg2.first]) != '?' ? 0.05 : 0.1;
    // en.rank.floor: a fact between two phrases from a clause that was itself
    // a guess (a reduced relative, a participle) is not worth an edge
    if (!f.subject.is_entity && !f.object.is_entity && c < 0.1) continue;
    f.confidence = std::clamp(c, 0.05, 0.99);
    f.provenance.doc = in.doc->id;
    f.provenance.sentence = in.index;
    std::size_t lo = e.arg1.first, hi = e.arg2.last;
    for (std::size_t r : e.relation) lo = std::min(lo, r), hi = std::max(hi, r + 1);
    for (const auto& s : e.extra) hi = std::max(hi, s.last);
    f.provenance.begin = w[lo].begin;
    f.provenance.end = w[hi - 1].end;
    f.provenance.sentence_text = sentence_text;
    f.provenance.rule = rule;
    if (f.subject.is_entity && !pron && e.rule != "en.apposition") {
      int m = entity_at(x, by < w.size() ? e.arg2 : e.arg1);
      if (m >= 0) (*in.mentions)[m].is_agent = true;
    }
    // coordination: one fact per conjunct ("Britain and France signed ...")
    std::vector<int> cs = entity_conjuncts(x, by < w.size() ? e.arg2 : e.arg1);
    std::vector<int> co = entity_conjuncts(x, by < w.size() ? e.arg1 : e.arg2);
    if (cs.size() >= 2 || co.size() >= 2) {
      if (cs.empty()) cs.push_back(-1);
      if (co.empty()) co.push_back(-1);
      for (int a : cs)
        for (int b : co) {
          Fact g = f;
          if (a >= 0) g.subject = entity_arg(x, a);
          if (b >= 0) g.object = entity_arg(x, b);
          g.provenance.rule += "+en.coord.conjunct";
          out.push_back(std::move(g));
        }
      continue;
    }
    out.push_back(std::move(f));
  }
}

}  // namespace kg::extract::en
