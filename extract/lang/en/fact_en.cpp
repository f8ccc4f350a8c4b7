#include "extract/lang/en/fact_en.h"

#include <algorithm>
#include <set>

#include "extract/facts/predicate.h"
#include "extract/lang/en/openie_en.h"
#include "extract/lang/rule_util.h"
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
  if (d.count(ascii_lower(w.form))) return true;
  return w.upos == "NUM" && w.form.size() == 4 && (w.form[0] == '1' || w.form[0] == '2');
}

// The head of a span: the last word of its first noun group (before a
// preposition, a comma or a clause word).
std::size_t head_of(const Words& w, WordSpan s) {
  std::size_t h = s.first;
  for (std::size_t i = s.first; i < s.last; ++i) {
    if (w[i].upos == "ADP" || w[i].form == "," || w[i].upos == "VERB" || w[i].upos == "AUX" ||
        w[i].upos == "SCONJ" || w[i].upos == "CCONJ")
      break;
    if (w[i].upos != "PUNCT") h = i;
  }
  return h;
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
  std::size_t b = s.first;
  while (b < h && (x.w[b].upos == "DET" || (x.w[b].upos == "PRON" && x.w[b].has_tag("pos")))) ++b;
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

bool pronoun_subject(const FlatWord& w, char& gender, char& number) {
  std::string f = ascii_lower(w.form);
  if (f == "he") gender = 'm', number = 's';
  else if (f == "she") gender = 'f', number = 's';
  else if (f == "they") gender = '?', number = 'p';
  else if (f == "it") gender = 'n', number = 's';
  else return false;
  return true;
}

// The argument of a span: entity, resolved pronoun, or concept. `pron` is
// set when a pronoun was resolved; `ok` false when a pronoun had no antecedent.
Argument argument(const Ctx& x, WordSpan s, bool& pron, bool& ok) {
  pron = false;
  ok = true;
  char g = '?', n = '?';
  if (s.size() == 1 && pronoun_subject(x.w[s.first], g, n)) {
    if (g == 'n') {
      ok = false;
      return {};
    }
    const Argument* a = x.history.resolve(g, n, x.in.index);
    if (!a) {
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
  return concept_arg(x, s);
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
  const Words& w = *in.words;
  Ctx x{in, w, *in.word_mention, history};
  std::vector<OpenExtraction> ex = open_extract(w);
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
    if (e.arg2.empty() || e.arg1.empty()) continue;
    // the implicit facts of a noun phrase are for span-level output only: the
    // title is already the mention's type cue, a possession rarely an edge
    if (e.rule == "en.possessive" || e.rule == "en.title") continue;
    if (e.rule == "en.adverbial") continue;  // its clause is a fact of its own
    if (e.rule == "en.reported") {  // its inner clause is the fact, attributed below
      bool p0 = false, ok0 = true;
      Argument who = argument(x, e.arg1, p0, ok0);
      if (ok0 && who.is_entity) {
        int m = entity_at(x, e.arg1);
        if (m >= 0 && !p0) (*in.mentions)[m].is_agent = true;
        history.add(who, '?', who.mention.type == "PER" ? 's' : '?', in.index);
      }
      continue;
    }
    bool pron = false, ok = true, pron2 = false, ok2 = true;
    Argument subj = argument(x, e.arg1, pron, ok);
    if (!ok) continue;
    Argument obj = argument(x, e.arg2, pron2, ok2);
    if (!ok2) continue;
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
      Argument who = argument(x, r.arg1, p2, ok3);
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
    if (pron) rule += "+en.pron";
    double c = e.confidence;
    if (!f.subject.is_entity) c -= 0.2;
    if (!f.object.is_entity) c -= 0.15;
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
    if (e.rule != "en.apposition" && by == w.size()) {
      // he/she go to people only; a named thing of any other type is "it"/"they"
      char g = '?', n = '?';
      if (f.subject.is_entity && f.subject.mention.type == "PER") n = 's';
      else if (f.subject.is_entity) g = 'n';
      history.add(f.subject, g, n, in.index);
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
