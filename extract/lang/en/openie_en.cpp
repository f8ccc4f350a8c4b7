#include "extract/lang/en/openie_en.h"

#include "extract/lang/en/mention_en.h"
#include "extract/analyse/tag_util.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace kg::extract::en {

namespace {

using Words = std::vector<FlatWord>;

bool in(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

using rules::ascii_lower;

// ---- word classes -------------------------------------------------------

bool is_neg(const FlatWord& w) {
  std::string f = ascii_lower(w.form);
  return f == "not" || f == "n't" || f == "never";
}

bool is_to(const FlatWord& w) { return ascii_lower(w.form) == "to"; }

bool is_inf(const FlatWord& w) { return w.has_tag("inf") || w.has_tag("pres"); }

bool is_participle(const FlatWord& w) { return w.has_tag("pp"); }

bool is_gerund(const FlatWord& w) { return w.has_tag("ger"); }

bool is_verb_word(const Words& w, std::size_t i) {
  const FlatWord& x = w[i];
  if (x.upos != "VERB" && x.upos != "AUX") return false;
  // the possessive "'s" the tagger took for "is": "Mr. Stoll 's hunt"
  if ((x.form == "'s" || x.form == "'") && i > 0 && i + 1 < w.size()) {
    const FlatWord& p = w[i - 1];
    const FlatWord& n = w[i + 1];
    bool n_mod = n.upos == "NOUN" || n.upos == "ADJ" || n.upos == "PROPN" || (n.upos == "VERB" && is_gerund(n)) ||
                 (n.capitalised && n.upos != "AUX") ||  // "Radio 4's Today programme"
                 // "the council's limited budget"
                 (n.upos == "VERB" && is_participle(n) && i + 2 < w.size() && w[i + 2].upos == "NOUN");
    if ((p.upos == "PROPN" || p.upos == "NOUN" || p.upos == "NUM") && n_mod) return false;
  }
  // a gerund after a determiner is a noun: "an opening"
  if (x.upos == "VERB" && is_gerund(x) && i > 0 && (w[i - 1].upos == "DET" || (w[i - 1].upos == "PRON" && w[i - 1].has_tag("pos"))))
    return false;
  // a participle used as an adjective: "a founding justice", "the elected members"
  if (x.upos == "VERB" && (is_gerund(x) || is_participle(x) || x.has_tag("past")) && i > 0 && i + 1 < w.size()) {
    const FlatWord& p = w[i - 1];
    const FlatWord& n = w[i + 1];
    bool ed_past = x.has_tag("past") && !is_participle(x) && !is_gerund(x);
    bool prev_mod = (!ed_past && (p.upos == "DET" || p.upos == "ADJ" || p.form == "-" || p.upos == "NUM" ||
                                  (p.upos == "PRON" && p.has_tag("pos")))) ||
                    // "the council's limited resources"
                    (!ed_past && p.upos == "PART" && (p.form == "'s" || p.form == "'")) ||
                    // "would save affected countries", "faces renewed pressure": a
                    // past participle right after a lexical verb modifies the noun
                    ((is_participle(x) || (x.has_tag("past") && x.form.size() > 3 &&
                                            x.form.compare(x.form.size() - 2, 2, "ed") == 0)) &&
                     !is_gerund(x) && p.upos == "VERB" &&
                     !in(p.lemma, {"be", "have", "get", "become", "remain", "go"}));
    bool next_noun = n.upos == "NOUN" || n.upos == "PROPN" || n.upos == "ADJ";
    if (prev_mod && next_noun) return false;
  }
  // a capitalised word inside a name is no verb: "the Wine Standards Board"
  if (x.upos == "VERB" && x.capitalised && i > 0 && w[i - 1].upos == "PROPN" && w[i - 1].capitalised &&
      !(i + 1 < w.size() && (w[i + 1].upos == "DET" || w[i + 1].upos == "PRON")))
    return false;
  return true;
}

bool is_rel_pronoun(const FlatWord& w) {
  std::string f = ascii_lower(w.form);
  return f == "who" || f == "whom" || f == "which" || f == "whose";
}

bool is_subject_pronoun(const FlatWord& w) { return w.upos == "PRON" && w.has_tag("subj"); }

// A word that can belong to a noun phrase.
bool is_nominal(const FlatWord& w) {
  if (is_rel_pronoun(w)) return false;
  const std::string& u = w.upos;
  if (u == "NOUN" || u == "PROPN" || u == "NUM" || u == "DET" || u == "ADJ" || u == "SYM") return true;
  if (u == "PRON") return !w.has_tag("itg") && !w.has_tag("rel");
  if (u == "PART") return w.has_tag("gen") || w.form == "'s" || w.form == "'";
  if (w.form == "``" || w.form == "''" || w.form == "\"" || w.form == "%" || w.form == "$" || w.form == "`" ||
      w.form == "&")
    return true;
  if (u == "X") return w.capitalised;
  return false;
}

// ---- verb groups --------------------------------------------------------

struct VerbGroup {
  std::size_t first = 0, last = 0;  // words, half-open
  std::size_t main = 0;
  bool finite = true;
  bool passive = false;
  bool copula = false;
  bool negated = false;
  bool to_inf = false;  // starts with "to"
  Modality modality = Modality::Asserted;
};

Modality modal_of(const FlatWord& w) {
  std::string f = ascii_lower(w.form);
  if (f == "will" || f == "'ll" || f == "shall" || f == "wo") return Modality::Future;
  if (f == "would" || f == "could" || f == "should" || f == "'d") return Modality::Conditional;
  if (f == "may" || f == "might" || f == "can" || f == "must" || f == "ca") return Modality::Hypothetical;
  return Modality::Asserted;
}

std::vector<VerbGroup> find_verb_groups(const Words& w) {
  std::vector<VerbGroup> out;
  std::size_t i = 0;
  while (i < w.size()) {
    bool starts_to = is_to(w[i]) && i + 1 < w.size() && w[i + 1].upos != "DET" && is_verb_word(w, i + 1) &&
                     is_inf(w[i + 1]);
    if (!starts_to && !is_verb_word(w, i)) {
      ++i;
      continue;
    }
    VerbGroup g;
    g.first = i;
    g.to_inf = starts_to;
    std::size_t j = starts_to ? i + 1 : i;
    std::size_t last_verb = j;
    ++j;
    while (j < w.size()) {
      if (is_verb_word(w, j)) {
        last_verb = j;
        ++j;
        continue;
      }
      // negation and adverbs inside the group: "has not been", "will also reduce"
      if ((is_neg(w[j]) || w[j].upos == "ADV") && j + 1 < w.size()) {
        std::size_t k = j;
        while (k < w.size() && (is_neg(w[k]) || w[k].upos == "ADV")) ++k;
        if (k < w.size() && is_verb_word(w, k) &&
            (w[last_verb].upos == "AUX" || in(w[last_verb].lemma, {"be", "have", "do"}))) {
          j = k;
          continue;
        }
        if (is_neg(w[j])) {  // "is not a member": the negation belongs to the group
          j = k;
          continue;
        }
        break;
      }
      // "wants to reduce", "has to leave"
      if (is_to(w[j]) && j + 1 < w.size() && is_verb_word(w, j + 1) && is_inf(w[j + 1]) &&
          (w[j + 1].upos == "VERB" || w[j + 1].lemma == "be" || w[j + 1].lemma == "have")) {
        last_verb = j + 1;
        j += 2;
        continue;
      }
      break;
    }
    // trim trailing adverbs/negation not followed by a verb: the group ends at its last verb
    g.last = std::max(last_verb + 1, j);
    while (g.last > last_verb + 1 && !is_neg(w[g.last - 1])) --g.last;
    g.main = last_verb;
    bool has_be = false, has_have_before_main = false;
    std::size_t lex = g.last;  // last lexical verb
    for (std::size_t k = g.first; k < g.last; ++k) {
      if (is_neg(w[k])) g.negated = true;
      Modality m = w[k].upos == "AUX" ? modal_of(w[k]) : Modality::Asserted;
      if (m != Modality::Asserted && g.modality == Modality::Asserted) g.modality = m;
      if (w[k].upos == "VERB") lex = k;
    }
    if (lex < g.last) {
      g.main = lex;
      for (std::size_t k = g.first; k < lex; ++k) {
        if (w[k].lemma == "be" || w[k].lemma == "get") has_be = true;
        if (w[k].lemma == "have" && k + 1 == lex) has_have_before_main = true;
      }
      g.passive = has_be && is_participle(w[lex]) && !has_have_before_main;
      // "was running": progressive, not passive
    } else {
      g.copula = true;  // only auxiliaries: "is", "has been", "will be"
      for (std::size_t k = g.first; k < g.last; ++k)
        if (w[k].upos == "AUX" && !is_neg(w[k])) g.main = k;
      if (w[g.main].lemma == "have") g.copula = false;  // "has a plan": transitive have
    }
    if (w[g.main].lemma == "become" || w[g.main].lemma == "remain") g.copula = true;
    const FlatWord& f = w[starts_to ? g.first + 1 : g.first];
    g.finite = !starts_to && (f.upos == "AUX" || (!is_participle(f) && !is_gerund(f)));
    // a bare verb right after a preposition or "to" is no clause of its own
    if (!starts_to && f.upos == "VERB" && is_inf(f) && g.first > 0 && w[g.first - 1].upos == "ADP") g.finite = false;
    if (!starts_to && f.upos == "AUX" && (is_participle(f) || is_gerund(f))) g.finite = false;  // "being", "been"
    out.push_back(g);
    i = g.last;
  }
  return out;
}

// ---- noun phrases ---------------------------------------------------------

// True when a nominal run must split between words a and b (a = b - 1):
// a determiner or a subject pronoun starts a new noun phrase.
bool np_break(const Words& w, std::size_t b) {
  const FlatWord& a = w[b - 1];
  const FlatWord& x = w[b];
  if (x.upos == "DET" && !x.has_tag("pos") && a.upos != "DET" && a.upos != "PRON" && a.form != "``" &&
      a.form != "`")
    return a.upos != "ADJ" || !in(ascii_lower(a.form), {"all", "both", "half"});
  if (is_subject_pronoun(x) || is_subject_pronoun(a)) return true;
  // "After a short absence Keibler began": a name after a lower-case noun
  if (x.upos == "PROPN" && x.capitalised && a.upos == "NOUN" && !a.capitalised) return true;
  // "From 1953 till 1957 Speranskaya worked": a name after a year
  if (x.upos == "PROPN" && x.capitalised && a.upos == "NUM" && a.form.size() == 4) return true;
  return false;
}

// The first word of the basic noun phrase ending at j (inclusive).
std::size_t basic_np_start(const Words& w, std::size_t j) {
  std::size_t k = j;
  while (k > 0 && is_nominal(w[k - 1]) && !np_break(w, k)) --k;
  // a hyphenated word glued by "-": "fume - filled coal mine"
  // (not before a pronoun: "the House of Commons - it is ...")
  if (k >= 2 && k <= j && w[k - 1].form == "-" && is_nominal(w[k - 2]) && w[k].upos != "PRON")
    return basic_np_start(w, k - 2);
  return k;
}

bool is_np_prep(const FlatWord& w) {
  return in(ascii_lower(w.form), {"of", "in", "for", "from", "at", "on", "with", "about", "between", "among", "against",
                             "over", "under", "into"});
}

// The first word of the noun phrase chain ending at j: basic NPs joined
// through prepositions ("the president of the French Republic") and through
// "and" between names ("John Smith and Mary Jones").
std::size_t np_chain_start(const Words& w, std::size_t j) {
  std::size_t k = basic_np_start(w, j);
  while (k >= 2) {
    const FlatWord& p = w[k - 1];
    if (is_np_prep(p) && is_nominal(w[k - 2]) && w[k - 2].upos != "NUM") {
      std::size_t s = basic_np_start(w, k - 2);
      // not across a sentence-initial adverbial: "In 1990 the company ..."
      k = s;
      continue;
    }
    if (p.upos == "CCONJ" && ascii_lower(p.form) == "and" && w[k].upos == "PROPN" && w[k - 2].upos == "PROPN") {
      k = basic_np_start(w, k - 2);
      continue;
    }
    break;
  }
  return k;
}

// The end (exclusive) of the basic noun phrase starting at i.
std::size_t basic_np_end(const Words& w, std::size_t i) {
  std::size_t k = i;
  while (k < w.size() && (is_nominal(w[k]) || (k > i && w[k].upos == "ADV" && k + 1 < w.size() &&
                                                w[k + 1].upos == "ADJ" && !is_neg(w[k])) ||
                           // "Radio 4's Today programme": a capitalised word after a possessive
                           (k > i && w[k].capitalised && w[k].upos != "VERB" && w[k].upos != "AUX" &&
                            w[k].upos != "PUNCT" && w[k - 1].upos == "PART" && w[k - 1].has_tag("gen"))) &&
         (k == i || !is_nominal(w[k]) || !np_break(w, k))) {
    ++k;
    if (k + 1 < w.size() && w[k].form == "-" && (is_nominal(w[k + 1]) || w[k + 1].upos == "VERB")) k += 1;  // "fume - filled"
  }
  return k;
}

// ---- clause boundaries ---------------------------------------------------

bool is_clause_punct(const FlatWord& w) {
  return in(w.form, {";", ":", "--", ".", "!", "?", "-RRB-", "-LRB-"}) || w.has_tag("sent");
}

// "that" used as a relative pronoun: after a noun, before a verb group.
bool is_rel_that(const Words& w, std::size_t i, const std::vector<int>& vg_at) {
  if (ascii_lower(w[i].form) != "that" || i == 0 || i + 1 >= w.size()) return false;
  const FlatWord& p = w[i - 1];
  bool after_noun = p.upos == "NOUN" || p.upos == "PROPN" || p.upos == "NUM";
  std::size_t k = i + 1;
  while (k < w.size() && w[k].upos == "ADV") ++k;
  return after_noun && k < w.size() && vg_at[k] >= 0;
}

// en.subject.embedded: the start of the noun phrase that heads the clause
// whose verb follows the noun phrase starting at `st`. When `st` follows a
// preposition or an infinitive marker ("plans to cut immigration to the
// UK"), walk back over prepositional phrases and non-finite verb groups to
// the noun phrase at the clause start; `st` itself when the walk reaches no
// noun phrase at a clause boundary.
std::size_t embedded_subject_start(const Words& w, std::size_t st, const std::vector<VerbGroup>& vgs,
                                   const std::vector<int>& vg_at) {
  auto boundary = [&](std::size_t k) {  // a clause can start at word k
    if (k == 0) return true;
    const FlatWord& p = w[k - 1];
    if (vg_at[k - 1] >= 0) {  // "said the plan to ... is": right after a reporting verb
      const VerbGroup& g = vgs[vg_at[k - 1]];
      return g.finite && g.last == k && is_speech_verb(w[g.main].lemma);
    }
    return p.form == "," || p.form == "``" || p.form == "\"" || p.upos == "SCONJ" || p.upos == "CCONJ" ||
           is_clause_punct(p) || is_rel_pronoun(p) || ascii_lower(p.form) == "that";
  };
  if (boundary(st)) return st;
  std::size_t k = st;
  for (int guard = 0; guard < 12 && k > 0 && !boundary(k); ++guard) {
    std::size_t q = k - 1;  // the word before the phrase
    const FlatWord& p = w[q];
    if (vg_at[q] < 0 && (p.upos == "ADP" || (p.upos == "PART" && is_to(p)))) {
      k = q;  // "to the UK", "for building homes"
      continue;
    }
    if (vg_at[q] >= 0 && (!vgs[vg_at[q]].finite || vgs[vg_at[q]].to_inf)) {
      k = vgs[vg_at[q]].first;  // "to cut", "building"
      continue;
    }
    bool after_link = w[k].upos == "ADP" || is_to(w[k]) || vg_at[k] >= 0;
    if (after_link && is_nominal(p)) {
      k = np_chain_start(w, q);  // "plans" before "to cut"
      continue;
    }
    return st;
  }
  if (k < st && boundary(k) && is_nominal(w[k]) && vg_at[k] < 0) return k;
  return st;
}

}  // namespace

bool is_speech_verb(const std::string& lemma) {
  return in(lemma, {"say", "tell", "announce", "report", "claim", "state", "add", "argue", "warn", "insist", "deny",
                    "believe", "think", "suggest", "indicate", "explain", "confirm", "note", "write", "declare",
                    "reveal", "admit", "acknowledge", "assert", "allege", "predict", "show", "find", "know",
                    "realize", "realise", "hope", "fear", "expect", "estimate", "conclude", "mention", "reply",
                    "maintain", "suspect", "agree", "decide", "ensure", "demonstrate", "feel", "learn", "prove",
                    "promise", "recall", "stress", "tell", "understand"});
}

std::string span_text(const Words& w, WordSpan s, const std::string& text) {
  if (s.empty() || s.last > w.size()) return "";
  std::size_t b = w[s.first].begin, e = w[s.last - 1].end;
  if (b > text.size() || e < b) return "";
  return text.substr(b, e - b);
}

std::string relation_phrase(const Words& w, const OpenExtraction& x) {
  if (!x.relation_text.empty()) return x.relation_text;
  std::string out;
  for (std::size_t i : x.relation) {
    if (!out.empty()) out += ' ';
    out += w[i].form;
  }
  return out;
}

namespace {

struct Subject {
  WordSpan span;
  std::string kind;  // "np", "relative", "coord", "participle", "reduced", "apposition"
  bool fresh = true;  // an NP of its own right before the verb (a clause start)
};

// Trims punctuation, conjunctions and adverbial glue at both ends of a span.
WordSpan trim(const Words& w, WordSpan s) {
  auto junk = [&](const FlatWord& x) {
    return (x.upos == "PUNCT" && x.form != "``" && x.form != "''" && x.form != "-RRB-" && x.form != "$" &&
            x.form != "%") ||
           x.upos == "CCONJ" || ascii_lower(x.form) == "that";
  };
  while (!s.empty() && junk(w[s.first])) ++s.first;
  while (!s.empty() && (junk(w[s.last - 1]) || w[s.last - 1].form == "``")) --s.last;
  return s;
}

}  // namespace

std::vector<FlatWord> normalise_classes(const Words& words) {
  // verb forms that act as nouns or adjectives here ("an opening", "a founding
  // justice", the possessive "'s") get a nominal class first
  Words w = words;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if ((w[i].upos == "VERB" || w[i].upos == "AUX") && !is_verb_word(words, i)) {
      if (w[i].form == "'s" || w[i].form == "'") {
        w[i].upos = "PART";
        w[i].tags = "gen";
      } else if (is_gerund(w[i]) && i > 0 && w[i - 1].upos == "DET") {
        w[i].upos = "NOUN";
      } else {
        w[i].upos = "ADJ";
      }
    }
  }
  for (std::size_t i = 0; i < w.size(); ++i)
    if (ascii_lower(w[i].form) == "born" && w[i].upos != "VERB") {
      w[i].upos = "VERB";
      w[i].lemma = "bear";
      w[i].tags = "vblex.pp";
    }
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    // "Byrom Street Cutting became": a gerund right before a finite verb is a noun
    if (w[i].upos == "VERB" && is_gerund(w[i]) && w[i + 1].upos == "VERB" &&
        (w[i + 1].has_tag("past") || w[i + 1].has_tag("pri")))
      w[i].upos = "NOUN";
    // ", killing three people": an -ing noun after a comma, before its object
    if (i > 0 && w[i - 1].form == "," && w[i].upos == "NOUN" && w[i].form.size() > 5 &&
        w[i].form.compare(w[i].form.size() - 3, 3, "ing") == 0 &&
        (w[i + 1].upos == "DET" || w[i + 1].upos == "NUM" || w[i + 1].upos == "PROPN" ||
         (w[i + 1].upos == "PRON" && w[i + 1].has_tag("pos")))) {
      w[i].upos = "VERB";
      w[i].tags = "vblex.ger";
    }
    // "the pact bolsters the ...": a plural noun between a singular noun and a
    // determiner is a present-tense verb the tagger missed
    if (i > 0 && w[i].upos == "NOUN" && w[i].has_tag("pl") && w[i].form.size() > 3 && w[i].form.back() == 's' &&
        (w[i - 1].upos == "NOUN" || w[i - 1].upos == "PROPN") && w[i - 1].has_tag("sg") &&
        w[i + 1].upos == "DET" && !w[i + 1].has_tag("pos")) {
      w[i].upos = "VERB";
      w[i].tags = "vblex.pri.p3.sg";
    }
  }
  // "who suffer devastating illnesses": an -ing form right after a lexical
  // verb that takes no -ing clause, before a noun, is an adjective
  for (std::size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i].upos != "VERB" || !is_gerund(w[i]) || w[i - 1].upos != "VERB" || is_gerund(w[i - 1])) continue;
    if (w[i + 1].upos != "NOUN") continue;
    if (in(w[i - 1].lemma, {"be", "have", "get", "keep", "start", "stop", "begin", "continue", "avoid", "consider",
                            "finish", "risk", "suggest", "deny", "enjoy", "mind", "miss", "quit", "recommend", "go",
                            "come", "propose", "admit", "spend", "like", "love", "hate", "prefer", "try", "end",
                            "resume", "justify", "involve", "mean", "require", "discuss", "describe", "imagine",
                            "favour", "favor", "oppose", "support", "back", "include", "see", "hear", "help"}))
      continue;
    w[i].upos = "ADJ";
  }
  // "costs can easily outweigh the benefits": a singular noun right after a
  // modal (adverbs between) is the bare verb the dictionary lacked
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w[i].upos != "NOUN" || w[i].capitalised || w[i].has_tag("pl")) continue;
    std::size_t k = i - 1;
    while (k > 0 && (w[k].upos == "ADV" || is_neg(w[k]))) --k;
    if (w[k].upos == "AUX" && modal_of(w[k]) != Modality::Asserted) {
      w[i].upos = "VERB";
      w[i].tags = "vblex.inf";
      w[i].lemma = ascii_lower(w[i].form);
    }
  }
  // "the council's limited resources": a participle after a possessive that
  // was the tagger's "is" is an adjective too (seen once "'s" is a possessive)
  for (std::size_t i = 1; i + 1 < w.size(); ++i)
    if (w[i].upos == "VERB" && is_participle(w[i]) && !is_verb_word(w, i)) w[i].upos = "ADJ";
  return w;
}

std::vector<OpenExtraction> open_extract(const Words& words) {
  std::vector<OpenExtraction> out;
  if (words.empty()) return out;
  Words w = normalise_classes(words);
  std::vector<VerbGroup> vgs = find_verb_groups(w);
  std::vector<int> vg_at(w.size(), -1);
  for (std::size_t g = 0; g < vgs.size(); ++g)
    for (std::size_t k = vgs[g].first; k < vgs[g].last; ++k) vg_at[k] = static_cast<int>(g);

  auto rel_word = [&](std::size_t i) { return is_rel_pronoun(w[i]) || is_rel_that(w, i, vg_at); };

  // 1. subjects
  std::vector<Subject> subj(vgs.size());
  std::vector<bool> has_subj(vgs.size(), false);
  struct Appo {
    WordSpan a, b;
  };
  std::vector<Appo> appositions;
  for (std::size_t g = 0; g < vgs.size(); ++g) {
    const VerbGroup& v = vgs[g];
    if (v.first == 0) continue;
    std::size_t j = v.first;
    while (j > 0 && w[j - 1].upos == "ADV" && !rel_word(j - 1)) --j;
    // a bracketed aside before the verb: "The museum -LRB- founded in 1901 -RRB- owns"
    if (j > 0 && (w[j - 1].form == "-RRB-" || w[j - 1].form == ")")) {
      std::size_t k = j - 1;
      while (k > 0 && w[k].form != "-LRB-" && w[k].form != "(") --k;
      if (w[k].form == "-LRB-" || w[k].form == "(") j = k;
    }
    if (j == 0) continue;
    std::size_t p = j - 1;
    Subject s;
    if ((w[p].form == "-LRB-" || w[p].form == "(") && !v.finite && is_participle(w[v.first]) && p > 0 &&
        is_nominal(w[p - 1])) {
      // "The museum -LRB- founded in 1901 -RRB-": a bracketed reduced relative
      s.span = {np_chain_start(w, p - 1), p};
      s.kind = "reduced";
      s.fresh = false;
    } else if (rel_word(p)) {
      // relative clause: the antecedent (before an optional comma) is the subject
      if (p == 0) continue;
      std::size_t a = p - 1;
      if (w[a].form == "," && a > 0) --a;
      if (!is_nominal(w[a])) continue;
      std::size_t st = basic_np_start(w, a);
      // "the son of X who ...": keep the whole chain
      st = np_chain_start(w, a);
      s.span = {st, a + 1};
      s.kind = "relative";
      s.fresh = false;
    } else if (is_nominal(w[p]) && !(v.to_inf)) {
      std::size_t st = np_chain_start(w, p);
      // en.subject.time: "Mr Blair this week defended": a time phrase between
      // the subject and its verb is not the subject
      if (st + 2 == p + 1 && st > 0 && in(ascii_lower(w[st].form), {"this", "last", "next"}) &&
          in(ascii_lower(w[p].form), {"week", "month", "year", "weekend", "morning", "afternoon", "evening",
                                      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      "sunday"}) &&
          (w[st - 1].upos == "PROPN" || w[st - 1].upos == "NOUN")) {
        p = st - 1;
        st = np_chain_start(w, p);
      }
      s.span = {st, p + 1};
      // "The ministers who visited Kyiv are ...": the noun phrase is the object
      // of a relative clause; the antecedent is the subject of this verb
      std::size_t after_prev = g > 0 ? vgs[g - 1].last : 0;
      if (g > 0 && after_prev < w.size() && (w[after_prev].upos == "ADP" || w[after_prev].pos == "pr")) ++after_prev;
      // (not after a reporting verb: "members, who say the party needs him")
      if (v.finite && g > 0 && has_subj[g - 1] &&
          (subj[g - 1].kind == "relative" || subj[g - 1].kind == "reduced") && after_prev == st &&
          !is_speech_verb(w[vgs[g - 1].main].lemma)) {
        s.span = subj[g - 1].span;
        s.kind = "np";
        s.fresh = false;
        s.span = trim(w, s.span);
        if (s.span.empty()) continue;
        subj[g] = s;
        has_subj[g] = true;
        continue;
      }
      // en.subject.embedded: "Plans to cut taxes in the regions are ...": the
      // noun phrase right before the verb sits inside a prepositional phrase
      // or an infinitive; the subject is the noun phrase that starts the clause
      if (v.finite) {
        st = embedded_subject_start(w, st, vgs, vg_at);
        s.span = {st, p + 1};
      }
      // "The storm hit the coast": a bare participle form after a clause-initial
      // subject and before an object is a simple past the tagger misread
      bool clause_start = st == 0 || w[st - 1].form == "," || w[st - 1].upos == "SCONJ" ||
                          w[st - 1].upos == "CCONJ" || is_clause_punct(w[st - 1]);
      if (!v.finite && v.first + 1 == v.last && is_participle(w[v.first]) && clause_start && v.last < w.size() &&
          (w[v.last].upos == "DET" || w[v.last].upos == "PROPN" ||
           (w[v.last].upos == "PRON" && w[v.last].has_tag("pos")) ||
           (st > 0 && w[st - 1].upos == "CCONJ" && ascii_lower(w[v.last].form) != "by"))) {
        vgs[g].finite = true;
      }
      // "demand from industries backed by ...": a past form before "by" inside
      // the previous clause's object is a reduced relative the tagger misread
      if (v.finite && g > 0 && v.first + 1 == v.last && w[v.first].upos == "VERB" && v.last < w.size() &&
          ascii_lower(w[v.last].form) == "by" && st > vgs[g - 1].last) {
        bool open = true;
        for (std::size_t q = vgs[g - 1].last; q < st && open; ++q)
          if (w[q].form == "," || w[q].upos == "CCONJ" || w[q].upos == "SCONJ" || rel_word(q)) open = false;
        if (open) vgs[g].finite = false;
      }
      if (!vgs[g].finite) {
        if (is_participle(w[v.first])) s.kind = "reduced";
        else continue;  // "the men preparing ..." : a gerund modifier, not a clause
        s.fresh = false;
      } else {
        s.kind = "np";
      }
    } else if (w[p].form == "," && v.finite && [&] {
                 // ", at a severity of 6.0 ," / ", for example ,": an adverbial between commas
                 std::size_t c = p;
                 while (c > 0 && w[c - 1].form != ",") --c;
                 return c >= 2 && c < p && (w[c].upos == "ADP" || w[c].upos == "ADV") && is_nominal(w[c - 2]);
               }()) {
      std::size_t c = p;
      while (c > 0 && w[c - 1].form != ",") --c;
      if (c < 2 || c >= p || !(w[c].upos == "ADP" || w[c].upos == "ADV") || !is_nominal(w[c - 2])) continue;
      std::size_t st = np_chain_start(w, c - 2);
      s.span = {st, c - 1};
      s.kind = "np";
    } else if (w[p].form == "," && v.finite && [&] {
                 std::size_t c = p;
                 while (c > 0 && w[c - 1].form != ",") --c;
                 return c >= 2 && c < p && rel_word(c) && is_nominal(w[c - 2]);
               }()) {
      // "X , who founded Y , said ...": the antecedent of the relative clause
      std::size_t c = p;
      while (c > 0 && w[c - 1].form != ",") --c;
      s.span = {np_chain_start(w, c - 2), c - 1};
      s.kind = "np";
      s.fresh = false;
    } else if (w[p].form == "," && (v.finite || (v.first + 1 == v.last && is_participle(w[v.first]))) && p > 0 &&
               is_nominal(w[p - 1])) {
      // "X , the president of Y , said": the apposition is skipped
      std::size_t bst = np_chain_start(w, p - 1);
      if (bst >= 2 && w[bst - 1].form == "," && is_nominal(w[bst - 2])) {
        std::size_t ast = np_chain_start(w, bst - 2);
        bool a_name = w[bst - 2].upos == "PROPN" || w[bst - 2].capitalised || is_subject_pronoun(w[bst - 2]);
        bool boundary = ast == 0 || w[ast - 1].form == "," || w[ast - 1].upos == "SCONJ" || is_clause_punct(w[ast - 1]);
        if (a_name && boundary) {
          s.span = {ast, bst - 1};
          s.kind = "np";
          appositions.push_back({{ast, bst - 1}, {bst, p}});
        }
      }
      if (s.span.empty() && !v.finite) continue;
      if (s.span.empty()) continue;
    } else if ((w[p].upos == "CCONJ" || (w[p].form == "," && !v.finite && is_gerund(w[v.first]))) && g > 0) {
      // coordination ("... and became"), participial adjunct (", killing ...")
      std::size_t h = g;
      while (h > 0 && !has_subj[h - 1]) --h;
      if (h == 0) continue;
      s.span = subj[h - 1].span;
      s.kind = w[p].upos == "CCONJ" ? "coord" : "participle";
      s.fresh = false;
      if (w[p].upos == "CCONJ" && !v.finite && !is_participle(w[v.first])) continue;
    } else {
      continue;
    }
    s.span = trim(w, s.span);
    if (s.span.empty()) continue;
    subj[g] = s;
    has_subj[g] = true;
  }

  // 2. the clause of each verb group: relation, object, extra arguments
  std::vector<int> index_of(vgs.size(), -1);
  for (std::size_t g = 0; g < vgs.size(); ++g) {
    if (!has_subj[g]) continue;
    const VerbGroup& v = vgs[g];
    std::size_t s = v.last;
    // the clause ends at the next clause start
    std::size_t end = w.size();
    for (std::size_t h = g + 1; h < vgs.size(); ++h) {
      std::size_t b = vgs[h].first;
      if (has_subj[h] && subj[h].fresh && subj[h].span.first >= s) b = std::min(b, subj[h].span.first);
      if (has_subj[h] && subj[h].kind == "np" && subj[h].span.first >= s) b = std::min(b, subj[h].span.first);
      end = std::min(end, b);
      break;
    }
    bool complement = false;  // "said that S", "said S"
    std::size_t k = s;
    if (k < w.size() && ascii_lower(w[k].form) == "that" && !is_rel_that(w, k, vg_at)) complement = true;
    // "were proven when squadrons were mobilized": the adverbial clause right
    // after the verb is its second argument, the subordinator in the relation
    bool adverbial = !complement && k + 1 < w.size() && (w[k].upos == "SCONJ" || w[k].upos == "ADV") &&
                     in(ascii_lower(w[k].form), {"when", "while", "because", "if", "until", "unless", "whether", "although",
                                           "though", "once", "whereas"});
    if (!complement && is_speech_verb(w[v.main].lemma) && !v.passive) {
      // "said the company will close": the next verb's subject starts right here
      for (std::size_t h = g + 1; h < vgs.size(); ++h) {
        // (an opening quote between: said "substantial progress" had been made)
        std::size_t s2 = s;
        while (s2 < w.size() && (w[s2].form == "\"" || w[s2].form == "``" || w[s2].form == "'")) ++s2;
        if (has_subj[h] && subj[h].kind == "np" && (subj[h].span.first == s || subj[h].span.first == s2))
          complement = true;
        // "said there needed to be ...": a finite verb a few words on, nothing
        // but a noun phrase or "there" between
        if (!complement && vgs[h].finite && vgs[h].first > s && vgs[h].first - s <= 5) {
          bool np_only = true;
          for (std::size_t q = s; q < vgs[h].first; ++q)
            if (!(is_nominal(w[q]) || ascii_lower(w[q].form) == "there")) np_only = false;
          complement = np_only;
        }
        break;
      }
    }
    if (complement) {
      end = w.size();
    } else if (adverbial) {
      end = w.size();
      for (std::size_t i = s + 1; i < w.size(); ++i)
        if (is_clause_punct(w[i]) || (w[i].form == "," && i + 1 < w.size() && w[i + 1].upos == "CCONJ")) {
          end = i;
          break;
        }
    } else {
      for (std::size_t i = s; i < end; ++i) {
        const FlatWord& x = w[i];
        if (i > s && (rel_word(i) || is_clause_punct(x) ||
                      (x.upos == "SCONJ" && ascii_lower(x.form) != "than" && ascii_lower(x.form) != "as"))) {
          end = i;
          break;
        }
        if (i == s && is_clause_punct(x)) {
          end = i;
          break;
        }
        if (x.form == "," && i + 1 < w.size()) {
          const FlatWord& n = w[i + 1];
          if (n.upos == "CCONJ" || rel_word(i + 1) || n.upos == "SCONJ" || vg_at[i + 1] >= 0 ||
              ascii_lower(n.form) == "according" || ascii_lower(n.form) == "including") {
            end = i;
            break;
          }
        }
        if (x.upos == "CCONJ" && i + 1 < w.size() && vg_at[i + 1] >= 0) {
          end = i;
          break;
        }
      }
    }
    OpenExtraction x;
    x.arg1 = subj[g].span;
    for (std::size_t r = v.first; r < v.last; ++r)
      if (!(w[r].upos == "ADV" && !is_neg(w[r]))) x.relation.push_back(r);
    x.verb = v.main;
    x.negated = v.negated;
    x.passive = v.passive;
    x.copula = v.copula;
    x.modality = v.modality;
    // "was able to control", "is likely to win": copula + adjective + infinitive
    if (v.copula && s + 2 < end && w[s].upos == "ADJ" && is_to(w[s + 1]) && vg_at[s + 2] >= 0 &&
        vgs[vg_at[s + 2]].first == s + 1) {
      const VerbGroup& inf = vgs[vg_at[s + 2]];
      x.relation.push_back(s);
      for (std::size_t r = inf.first; r < inf.last; ++r)
        if (!(w[r].upos == "ADV" && !is_neg(w[r]))) x.relation.push_back(r);
      x.verb = inf.main;
      x.copula = false;
      s = inf.last;
      end = w.size();
      for (std::size_t h = static_cast<std::size_t>(vg_at[s - 1]) + 1; h < vgs.size(); ++h) {
        end = has_subj[h] && subj[h].span.first >= s ? std::min(vgs[h].first, subj[h].span.first) : vgs[h].first;
        break;
      }
      for (std::size_t i = s; i < end; ++i)
        if (i > s && (rel_word(i) || is_clause_punct(w[i]) || (w[i].form == "," && i + 1 < w.size() && vg_at[i + 1] >= 0))) {
          end = i;
          break;
        }
    }
    WordSpan region = trim(w, {s, end});
    if (adverbial) {
      x.relation.push_back(s);
      x.arg2 = trim(w, {s + 1, end});
      x.rule = "en.adverbial";
    } else if (complement) {
      if (s < w.size() && ascii_lower(w[s].form) == "that") x.relation.push_back(s);
      region = trim(w, {s, end});
      x.arg2 = region;
      x.rule = "en.reported";
    } else {
      std::size_t i = region.first;
      // ReVerb: a preposition right after the verb joins the relation
      if (!region.empty() && (w[i].upos == "ADP" || (w[i].pos == "pr" && w[i].upos == "SCONJ" && ascii_lower(w[i].form) == "by")) &&
          ascii_lower(w[i].form) != "that" && i + 1 < region.last) {
        x.relation.push_back(i);
        ++i;
        if (i < region.last && w[i].upos == "ADP" && i + 1 < region.last) {  // "out of", "up to"
          x.relation.push_back(i);
          ++i;
        }
      } else if (!region.empty() && w[i].upos == "ADV" && i + 1 < region.last && w[i + 1].upos == "ADP") {
        // particle + preposition: "went back to"
        x.relation.push_back(i);
        x.relation.push_back(i + 1);
        i += 2;
      }
      // the object: up to the first preposition that does not continue the noun phrase
      std::size_t o = i;
      std::size_t oe = o;
      if (o < region.last && is_nominal(w[o])) {
        oe = basic_np_end(w, o);
        while (oe + 1 < region.last && ascii_lower(w[oe].form) == "of" && is_nominal(w[oe + 1])) oe = basic_np_end(w, oe + 1);
        oe = std::min(oe, region.last);
      } else {
        // something else (an adjective phrase, an infinitive...): the whole region
        oe = region.last;
        while (oe > o + 1) {
          bool split = false;
          for (std::size_t q = o + 1; q < region.last; ++q)
            if (w[q].upos == "ADP" && w[q - 1].upos != "ADP" && q > o + 1 && w[q - 1].upos != "ADJ") {
              oe = q;
              split = true;
              break;
            }
          if (!split) break;
          break;
        }
      }
      x.arg2 = trim(w, {o, oe});
      // the rest: prepositional phrases, each one argument
      std::size_t q = oe;
      while (q < region.last) {
        std::size_t r = q + 1;
        while (r < region.last && !(w[r].upos == "ADP" && ascii_lower(w[r].form) != "of" && w[r - 1].upos != "ADP" &&
                                    is_nominal(w[r - 1]))) ++r;
        WordSpan e = trim(w, {q, r});
        if (!e.empty()) x.extra.push_back(e);
        q = r;
      }
      if (x.arg2.empty() && !x.extra.empty()) {
        x.arg2 = x.extra.front();
        x.extra.erase(x.extra.begin());
      }
      const std::string& k2 = subj[g].kind;
      if (k2 == "relative") x.rule = "en.relative";
      else if (k2 == "coord") x.rule = "en.coord";
      else if (k2 == "participle") x.rule = "en.participle";
      else if (k2 == "reduced") x.rule = "en.reduced";
      else if (v.passive) x.rule = "en.passive";
      else if (v.copula) x.rule = "en.copula";
      else if (x.relation.back() != v.main && w[x.relation.back()].upos == "ADP") x.rule = "en.svo.pp";
      else if (x.arg2.empty()) x.rule = "en.intransitive";
      else x.rule = "en.svo";
    }
    // confidence: simple, short, explicit clauses first
    double c = 0.9;
    if (x.rule == "en.relative") c = 0.8;
    else if (x.rule == "en.coord") c = 0.8;
    else if (x.rule == "en.participle") c = 0.45;
    else if (x.rule == "en.reduced") c = 0.5;
    else if (x.rule == "en.reported") c = 0.8;
    if (x.arg2.empty()) {
      // "After the battle , the rebellions were crushed": a leading adverbial
      // phrase (up to the comma before the subject) is the clause's second argument
      std::size_t comma = 0;
      while (comma < x.arg1.first && w[comma].form != ",") ++comma;
      bool leading = comma > 0 && comma + 1 <= x.arg1.first && comma < x.arg1.first &&
                     (w[0].upos == "ADP" || w[0].upos == "ADV" || w[0].upos == "SCONJ") && vg_at[0] < 0;
      for (std::size_t q = 0; leading && q < comma; ++q)
        if (vg_at[q] >= 0) leading = false;
      if (leading && x.rule != "en.relative") {
        x.extra.push_back({0, comma});
        c = 0.45;
      } else {
        c = 0.1;  // one argument: rarely a whole fact
      }
    }
    if (x.arg1.size() > 6) c -= 0.1;
    std::size_t rest = x.arg2.size();
    for (const auto& e : x.extra) rest += e.size();
    if (rest > 12) c -= 0.1;
    if (rest > 20) c -= 0.1;
    if (!v.finite && x.rule != "en.reduced") c -= 0.1;
    x.confidence = std::clamp(c, 0.05, 0.99);
    index_of[g] = static_cast<int>(out.size());
    out.push_back(std::move(x));
  }
  // "the painting , which the senator praised": an object relative clause;
  // the antecedent is the object
  for (auto& x : out) {
    if (!x.arg2.empty() || x.arg1.first < 2 || x.passive || x.copula) continue;
    std::size_t r = x.arg1.first - 1;
    std::string f = ascii_lower(w[r].form);
    if (f != "which" && f != "whom" && f != "that") continue;
    std::size_t a = r - 1;
    if (w[a].form == "," && a > 0) --a;
    if (!is_nominal(w[a]) && w[a].form != "''") continue;
    while (a > 0 && (w[a].form == "''" || w[a].form == "\"")) {
      // a quoted title: "`` The Harvest ''"
      std::size_t q = a;
      while (q > 0 && w[q].form != "``") --q;
      if (w[q].form != "``") break;
      x.arg2 = {q, a + 1};
      break;
    }
    if (x.arg2.empty()) x.arg2 = trim(w, {np_chain_start(w, a), a + 1});
    if (x.arg2.empty()) continue;
    x.rule = "en.relative.object";
    x.confidence = 0.6;
  }
  // "buy and sell large amounts": the first conjunct shares the object of the second
  for (std::size_t a = 0; a + 1 < out.size(); ++a) {
    OpenExtraction& x = out[a];
    const OpenExtraction& y = out[a + 1];
    if (!x.arg2.empty() || y.rule != "en.coord" || y.relation.empty() || x.relation.empty()) continue;
    std::size_t after = x.relation.back() + 1;
    if (after < w.size() && w[after].upos == "CCONJ" && after + 1 == y.relation.front()) {
      x.arg2 = y.arg2;
      x.extra = y.extra;
      x.confidence = std::max(x.confidence, y.confidence - 0.05);
    }
  }
  // "includes thirty-two elementary schools , nine middle schools and one
  // charter school": one extraction per conjunct of a coordinated object
  std::vector<OpenExtraction> split;
  for (auto& x : out) {
    std::vector<WordSpan> parts;
    std::size_t b = x.arg2.first;
    bool ok = x.arg2.size() >= 3 && x.rule != "en.reported";
    for (std::size_t i = x.arg2.first; ok && i < x.arg2.last; ++i) {
      bool sep = w[i].form == "," || (w[i].upos == "CCONJ" && in(ascii_lower(w[i].form), {"and", "or"}));
      if (!sep) {
        if (!is_nominal(w[i])) ok = false;
        continue;
      }
      if (i > b) parts.push_back({b, i});
      b = i + 1;
    }
    if (ok && b < x.arg2.last) parts.push_back({b, x.arg2.last});
    // every conjunct a noun phrase of its own (not "John Smith and Mary")
    for (const auto& pt : parts)
      if (pt.size() < 2 || w[pt.last - 1].upos == "PROPN") ok = false;
    if (!ok || parts.size() < 2) {
      split.push_back(std::move(x));
      continue;
    }
    for (const auto& pt : parts) {
      OpenExtraction y = x;
      y.arg2 = pt;
      y.confidence = std::max(0.05, x.confidence - 0.05);
      split.push_back(std::move(y));
    }
  }
  out = std::move(split);
  // reported speech: the clause that starts inside a reporting extraction's object
  for (std::size_t a = 0; a < out.size(); ++a) {
    if (out[a].rule != "en.reported") continue;
    for (std::size_t b = 0; b < out.size(); ++b)
      if (b != a && out[b].reported_by < 0 && out[b].verb >= out[a].arg2.first && out[b].verb < out[a].arg2.last)
        out[b].reported_by = static_cast<int>(a);
  }
  // 3. appositions and roles; also those outside a subject:
  // "... met Abraham Stern , head of the Lehi group , which ..."
  for (std::size_t i = 1; i + 2 < w.size(); ++i) {
    if (w[i].form != "," || w[i - 1].upos != "PROPN") continue;
    const FlatWord& b0 = w[i + 1];
    bool starts = (b0.upos == "DET" && in(ascii_lower(b0.form), {"the", "a", "an"})) ||
                  (b0.upos == "NOUN" && !b0.capitalised) || (b0.upos == "ADJ" && !b0.capitalised);
    if (!starts || vg_at[i + 1] >= 0) continue;
    std::size_t e = basic_np_end(w, i + 1);
    while (e + 1 < w.size() && ascii_lower(w[e].form) == "of" && is_nominal(w[e + 1])) e = basic_np_end(w, e + 1);
    if (e >= w.size() || e == i + 1) continue;
    bool closes = w[e].form == "," || is_clause_punct(w[e]) || rel_word(e);
    if (!closes || (e + 1 < w.size() && w[e].form == "," && w[e + 1].upos == "CCONJ")) continue;
    std::size_t a = np_chain_start(w, i - 1);
    // the subject-position ones are already known
    bool known = false;
    for (const auto& ap : appositions) known = known || ap.b.first == i + 1;
    if (!known) appositions.push_back({{a, i}, {i + 1, e}});
  }
  for (const auto& ap : appositions) {
    OpenExtraction x;
    x.arg1 = trim(w, ap.a);
    x.arg2 = trim(w, ap.b);
    if (x.arg1.empty() || x.arg2.empty()) continue;
    x.relation_text = "is";
    x.verb = x.arg2.first;
    x.copula = true;
    x.rule = "en.apposition";
    x.confidence = 0.55;
    out.push_back(std::move(x));
  }
  // 4. possessives and titles, the implicit facts of a noun phrase (ranked last)
  for (std::size_t i = 1; i + 1 < w.size(); ++i) {
    // "Mr. Stoll 's hunt" -> Mr. Stoll | has | hunt
    if ((w[i].form == "'s" || (w[i].form == "'" && w[i - 1].form.back() == 's')) && w[i].upos == "PART" &&
        w[i - 1].upos == "PROPN" && is_nominal(w[i + 1]) && w[i + 1].upos != "DET") {
      std::size_t a = i - 1;
      while (a > 0 && w[a - 1].upos == "PROPN") --a;
      std::size_t e = basic_np_end(w, i + 1);
      OpenExtraction x;
      x.arg1 = {a, i};
      x.arg2 = trim(w, {i + 1, e});
      if (x.arg2.empty()) continue;
      x.relation_text = "has";
      x.verb = i;
      x.rule = "en.possessive";
      x.confidence = 0.3;
      out.push_back(std::move(x));
    }
  }
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    // "President Bush" -> Bush | is | President
    std::string l = ascii_lower(w[i].form);
    if (!w[i].capitalised || !is_title_noun(l) || l.size() < 4 || l == "mrs." || w[i + 1].upos != "PROPN" ||
        (i > 0 && w[i - 1].upos == "PROPN"))
      continue;
    std::size_t e = i + 1;
    while (e < w.size() && w[e].upos == "PROPN") ++e;
    OpenExtraction x;
    x.arg1 = {i + 1, e};
    x.arg2 = {i, i + 1};
    x.relation_text = "is";
    x.verb = i;
    x.copula = true;
    x.rule = "en.title";
    x.confidence = 0.3;
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace kg::extract::en
