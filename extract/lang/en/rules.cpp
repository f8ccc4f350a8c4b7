#include "extract/lang/en/rules.h"

#include "extract/lang/prune_util.h"
#include "extract/analyse/tag_util.h"

namespace kg::extract::en {

using rules::all_analyses;
using rules::any_analysis;
using rules::drop_analyses;
using rules::first_tag;
using rules::has_tag;
using rules::iequals;
using rules::in_list;
using rules::pos_of;

namespace {

std::string_view span(std::string_view text, const MorphToken& t) { return text.substr(t.begin, t.end - t.begin); }

bool is_verb_pos(std::string_view p) {
  return p == "vblex" || p == "vbmod" || p == "vbser" || p == "vbhaver" || p == "vbdo" || p == "vaux";
}

// The words UD English tags DET (articles, demonstratives, quantifiers); any
// other word Apertium calls a determiner ("other", "many", "last", "such") is
// an adjective in UD.
constexpr std::string_view kDeterminers[] = {
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "all", "both",
    "either", "neither", "another", "what", "which", "whatever", "whichever", "whose", "half", "enough"};

// Subordinating conjunctions that never head a prepositional phrase.
constexpr std::string_view kAlwaysSconj[] = {"if", "because", "although", "though", "whether", "unless",
                                             "whereas", "while", "whilst"};

// Words that are SCONJ before a clause and ADP (or ADV) otherwise.
constexpr std::string_view kClauseOrPhrase[] = {"since", "after", "before", "until", "till", "as", "once"};

// Prepositions that are also phrasal-verb particles: UD English tags both
// ADP ("sign up", "cut off", "talking about").
constexpr std::string_view kParticles[] = {"up",   "down",   "out",     "off",    "about",   "against", "within",
                                           "into", "onto",   "upon",    "toward", "towards", "through", "besides"};
// Prepositions that are adverbs when nothing follows ("came in", "over there").
constexpr std::string_view kPrepositionsWithObject[] = {"on", "in", "over", "across", "along", "around", "near"};

// Quantifiers UD English tags DET even without a noun ("some of them").
constexpr std::string_view kQuantifiers[] = {"all", "some", "any", "each", "both", "another", "either", "neither"};
// Demonstratives: DET before a noun, PRON alone ("this time" / "this is").
constexpr std::string_view kDemonstratives[] = {"this", "that", "these", "those"};

// The lemma of each personal pronoun form (Apertium writes "prpers").
struct PronounLemma {
  std::string_view form, lemma;
};
constexpr PronounLemma kPronounLemmas[] = {
    {"i", "I"},     {"me", "I"},     {"you", "you"}, {"he", "he"},     {"him", "he"},   {"she", "she"},
    {"her", "she"}, {"it", "it"},    {"we", "we"},   {"us", "we"},     {"they", "they"}, {"them", "they"},
    {"myself", "myself"}, {"yourself", "yourself"}, {"himself", "himself"}, {"herself", "herself"},
    {"itself", "itself"}, {"ourselves", "ourselves"}, {"themselves", "themselves"}};

bool finite_or_aux(const Word& w) {
  std::string_view t = first_tag(w.tags);
  if (t == "vbser" || t == "vbhaver" || t == "vbdo" || t == "vbmod") return true;
  return t == "vblex" && (has_tag(w.tags, "pres") || has_tag(w.tags, "past") || has_tag(w.tags, "pri") ||
                          has_tag(w.tags, "pii"));
}

// True when a clause (subject + finite verb) seems to start at words[i].
bool clause_starts(const std::vector<Word*>& words, std::size_t i) {
  for (std::size_t j = i; j < words.size() && j < i + 5; ++j) {
    const Word& w = *words[j];
    if (finite_or_aux(w)) return j > i;  // a verb right away is not a clause with its subject
    if (w.upos == "PUNCT" || w.upos == "ADP" || w.upos == "SCONJ" || w.upos == "CCONJ") return false;
  }
  return false;
}

bool all_caps(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s)
    if (c >= 'a' && c <= 'z') return false;
  return true;
}

// EN-G2..: suffix guesses for unknown lower-case words.
struct SuffixGuess {
  std::string_view suffix, tags, alt;
};
constexpr SuffixGuess kSuffixGuesses[] = {
    {"ly", "adv", ""},          {"ing", "vblex.ger", "n.sg"}, {"ed", "vblex.past", "vblex.pp"},
    {"tion", "n.sg", ""},       {"tions", "n.pl", ""},        {"ness", "n.sg", ""},
    {"ment", "n.sg", ""},       {"ments", "n.pl", ""},        {"ity", "n.sg", ""},
    {"ism", "n.sg", ""},        {"ist", "n.sg", ""},          {"ists", "n.pl", ""},
    {"ous", "adj", ""},         {"ful", "adj", ""},           {"ive", "adj", ""},
    {"able", "adj", ""},        {"ible", "adj", ""},          {"al", "adj", "n.sg"},
    {"ic", "adj", ""},          {"less", "adj", ""},          {"ish", "adj", ""},
    {"ize", "vblex.inf", ""},   {"ise", "vblex.inf", ""},     {"izes", "vblex.pri.p3.sg", ""},
    {"er", "n.sg", ""},         {"ers", "n.pl", ""},          {"or", "n.sg", ""},
    {"ors", "n.pl", ""},        {"s", "n.pl", "vblex.pri.p3.sg"},
};

void guess_unknown(std::string_view form, MorphToken& t) {
  // EN-G1: a capitalised unknown word is a proper noun.
  if (rules::starts_upper(form)) {
    rules::add_guess(t, form, "np");
    return;
  }
  for (const auto& g : kSuffixGuesses) {
    if (!rules::ends_with(form, g.suffix) || form.size() <= g.suffix.size() + 1) continue;
    rules::add_guess(t, form, g.tags);
    if (!g.alt.empty()) rules::add_guess(t, form, g.alt);
    return;
  }
  rules::add_guess(t, form, "n.sg");
}

bool has_letter(std::string_view s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC0) return true;
  return false;
}

}  // namespace

void prune(std::string_view text, std::vector<MorphToken>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    MorphToken& t = tokens[i];
    std::string_view form = span(text, t);
    if (t.analyses.empty() && t.unknown) {
      if (form == "i") {
        // EN-P0: lower-case "i" is the subject pronoun.
        rules::add_guess(t, "prpers", "prn.subj.p1.mf.sg");
      } else if (has_letter(form) && form.find_first_of("0123456789/@:") == std::string_view::npos) {
        guess_unknown(form, t);
      }
    }
    if (t.analyses.empty()) continue;
    // EN-P1: "I" is the pronoun, not the Roman numeral.
    if (form == "I") drop_analyses(t, [](const MorphAnalysis& a) { return pos_of(a) == "num"; });
    // EN-P7: a sentence that starts with a word that can be a verb or a noun,
    // followed by a pronoun object or an article, starts with an imperative
    // ("Hope you find it", "Make the call").
    bool starts = i == 0 || (tokens[i - 1].punct || span(text, tokens[i - 1]) == "." ||
                             span(text, tokens[i - 1]) == "!" || span(text, tokens[i - 1]) == "?");
    if (starts && i + 1 < tokens.size() &&
        (all_analyses(tokens[i + 1], [](const MorphAnalysis& a) {
           return pos_of(a) == "prn" || (pos_of(a) == "det" && (a.parts[0].has("def") || a.parts[0].has("ind")));
         }) &&
         any_analysis(tokens[i + 1], [](const MorphAnalysis& a) {
           return pos_of(a) == "det" || a.parts[0].has("obj");
         })) &&
        any_analysis(t, [](const MorphAnalysis& a) { return pos_of(a) == "vblex" && a.parts[0].has("inf"); }))
      drop_analyses(t, [](const MorphAnalysis& a) { return pos_of(a) == "n"; });
    if (i == 0) continue;
    // The previous word, skipping adverbs ("I really like").
    std::size_t j = i - 1;
    while (j > 0 && all_analyses(tokens[j], [](const MorphAnalysis& a) { return pos_of(a) == "adv"; })) --j;
    const MorphToken& prev = tokens[j];
    // EN-P2: after an unambiguous subject pronoun, a word that can be a
    // finite verb is one ("they bulk up", "I need").
    bool subj = all_analyses(prev, [](const MorphAnalysis& a) {
      return pos_of(a) == "prn" && a.parts[0].has("subj");
    });
    if (subj && any_analysis(t, [](const MorphAnalysis& a) { return is_verb_pos(pos_of(a)); }))
      drop_analyses(t, [](const MorphAnalysis& a) { return !is_verb_pos(pos_of(a)) && pos_of(a) != "adv"; });
    // EN-P4: after a modal or do-support ("can make", "did not bode"),
    // a word that can be a verb is one.
    bool modal = any_analysis(prev, [](const MorphAnalysis& a) {
      std::string_view p = pos_of(a);
      return p == "vaux" || p == "vbmod" || p == "vbdo";
    }) && !any_analysis(prev, [](const MorphAnalysis& a) { return pos_of(a) == "det" || pos_of(a) == "prn"; });
    if (modal && (j < i - 1 || !any_analysis(prev, [](const MorphAnalysis& a) { return pos_of(a) == "n"; })) &&
        any_analysis(t, [](const MorphAnalysis& a) { return is_verb_pos(pos_of(a)); }))
      drop_analyses(t, [](const MorphAnalysis& a) { return !is_verb_pos(pos_of(a)) && pos_of(a) != "adv"; });
    // EN-P5: after a plural noun, a singular noun that can be a present-tense
    // verb agreeing with it is the verb ("people make mistakes").
    if (j == i - 1 && all_analyses(prev, [](const MorphAnalysis& a) { return pos_of(a) == "n" && a.parts[0].has("pl"); }) &&
        any_analysis(t, [](const MorphAnalysis& a) { return pos_of(a) == "vblex" && a.parts[0].has("pres"); }))
      drop_analyses(t, [](const MorphAnalysis& a) { return pos_of(a) == "n" && a.parts[0].has("sg"); });
    // EN-P6: after a singular noun or a name, a plural noun that can be a
    // 3rd-person verb is one when an object follows ("the plan needs more money").
    const MorphToken* after = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    auto object_start = [](const MorphAnalysis& a) {
      std::string_view p = pos_of(a);
      return p == "det" || (p == "prn" && a.parts[0].has("obj"));
    };
    if (j == i - 1 && after && all_analyses(*after, object_start) &&
        all_analyses(prev, [](const MorphAnalysis& a) {
          return (pos_of(a) == "n" && a.parts[0].has("sg")) || pos_of(a) == "np";
        }) &&
        any_analysis(t, [](const MorphAnalysis& a) { return pos_of(a) == "vblex" && a.parts[0].has("p3"); }))
      drop_analyses(t, [](const MorphAnalysis& a) { return pos_of(a) == "n" && a.parts[0].has("pl"); });
    // EN-P3: right after an unambiguous article or possessive, a word is not
    // a finite verb or an infinitive ("the closing price", "my need").
    const MorphToken& before = tokens[i - 1];
    bool det = all_analyses(before, [](const MorphAnalysis& a) {
      return pos_of(a) == "det" && (a.parts[0].has("def") || a.parts[0].has("ind") || a.parts[0].has("pos"));
    });
    if (det)
      drop_analyses(t, [](const MorphAnalysis& a) {
        const MorphPart& p = a.parts[0];
        return is_verb_pos(p.pos()) && (p.has("pres") || p.has("past") || p.has("inf") || p.has("imp") ||
                                        p.has("pri") || p.has("pii"));
      });
  }
}

namespace {

// English auxiliaries and particles in context: modals are AUX; "do" is AUX
// only before a verb (do-support) or "not"; "not" is PART; "to" before an
// infinitive is PART.
void refine_auxiliaries(std::vector<Word*>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    Word& w = *words[i];
    const std::string_view t = rules::first_tag(w.tags);
    if (t == "vbmod" && w.upos == "VERB") w.upos = "AUX";
    if (t == "vbdo") {
      bool aux = false;
      for (std::size_t j = i + 1; j < words.size() && j <= i + 3; ++j) {
        const std::string_view tj = rules::first_tag(words[j]->tags);
        if (tj == "vblex" || tj == "vbser" || tj == "vbhaver" || tj == "vbdo" || words[j]->lemma == "not") {
          aux = true;
          break;
        }
        if (tj != "adv" && tj != "prn") break;
      }
      w.upos = aux ? "AUX" : "VERB";
    }
    if (w.lemma == "not" || w.lemma == "n't") w.upos = "PART";
    if ((w.form == "to" || w.form == "To") && i + 1 < words.size() && rules::has_tag(words[i + 1]->tags, "inf"))
      w.upos = "PART";
  }
}

}  // namespace

void refine(std::vector<Word*>& words) {
  refine_auxiliaries(words);
  // A heading or title in Title Case: capitals say nothing about names there.
  std::size_t letters = 0, capitals = 0;
  for (const Word* w : words) {
    if (w->upos == "PUNCT" || w->upos == "NUM" || w->upos == "SYM") continue;
    ++letters;
    capitals += rules::starts_upper(w->form);
  }
  const bool title_case = letters >= 4 && capitals == letters;
  for (std::size_t i = 0; i < words.size(); ++i) {
    Word& w = *words[i];
    std::string_view t = first_tag(w.tags);
    const Word* next = i + 1 < words.size() ? words[i + 1] : nullptr;
    const Word* prev = i > 0 ? words[i - 1] : nullptr;
    // EN-R1: Apertium's placeholder lemma of personal pronouns.
    if (w.lemma == "prpers") {
      for (const auto& p : kPronounLemmas)
        if (iequals(w.form, p.form)) w.lemma = p.lemma;
    }
    // EN-R3: possessives (my, his, their, mine...) are PRON in UD English.
    if (has_tag(w.tags, "pos") && (t == "det" || t == "adj" || t == "prn")) {
      w.upos = "PRON";
      continue;
    }
    // EN-R4: DET only for the closed class of determiners; other Apertium
    // determiners ("other", "many", "last") are adjectives.
    if (t == "det" && !in_list(w.form, kDeterminers)) {
      w.upos = has_tag(w.tags, "ord") || !in_list(w.lemma, kDeterminers) ? "ADJ" : "DET";
    }
    // EN-R5: subordinators.
    if (in_list(w.form, kAlwaysSconj)) {
      if (iequals(w.form, "because") && next && iequals(next->form, "of"))
        w.upos = "ADP";
      else
        w.upos = "SCONJ";
      continue;
    }
    if (in_list(w.form, kClauseOrPhrase) && (w.upos == "ADV" || w.upos == "ADP" || w.upos == "SCONJ")) {
      bool as_adv = iequals(w.form, "as") && next && (next->upos == "ADJ" || next->upos == "ADV") &&
                    i + 2 < words.size() && iequals(words[i + 2]->form, "as");
      if (as_adv)
        w.upos = "ADV";  // "as far as": the first "as" is an adverb
      else if (clause_starts(words, i + 1))
        w.upos = "SCONJ";
      else if (!iequals(w.form, "once"))
        w.upos = "ADP";
      continue;
    }
    // EN-R6: "please" as a politeness marker is INTJ.
    if (iequals(w.form, "please") && !(prev && (iequals(prev->form, "to") || prev->upos == "AUX"))) {
      w.upos = "INTJ";
      continue;
    }
    // EN-R7: particles are ADP; other prepositions when a noun phrase follows.
    if (w.upos == "ADV" && in_list(w.form, kParticles)) w.upos = "ADP";
    if (w.upos == "ADV" && in_list(w.form, kPrepositionsWithObject) && next &&
        (next->upos == "DET" || next->upos == "NOUN" || next->upos == "PROPN" || next->upos == "PRON" ||
         next->upos == "NUM"))
      w.upos = "ADP";
    // EN-R17: existential "there" is a pronoun and its "be" the main verb
    // ("there are three", "there will be"): UD English tags them PRON, VERB.
    if (iequals(w.form, "there") && next) {
      std::size_t k = i + 1;
      if (k < words.size() && first_tag(words[k]->tags) == "vaux") ++k;  // "there will be"
      if (k < words.size() && words[k]->lemma == "be") {
        w.upos = "PRON";
        words[k]->upos = "VERB";
      }
    }
    // EN-R16: "about", "around", "over" before a number mean "approximately": ADV.
    if ((iequals(w.form, "about") || iequals(w.form, "around") || iequals(w.form, "over")) && next &&
        next->upos == "NUM")
      w.upos = "ADV";
    // EN-R13: quantifiers are DET, with or without a noun.
    if (w.upos == "PRON" && in_list(w.form, kQuantifiers)) w.upos = "DET";
    // EN-R14: a demonstrative is DET before a noun phrase, PRON alone.
    if (in_list(w.form, kDemonstratives) && (w.upos == "DET" || w.upos == "PRON")) {
      bool noun_next = next && (next->upos == "NOUN" || next->upos == "ADJ" || next->upos == "NUM" ||
                                next->upos == "PROPN");
      w.upos = noun_next ? "DET" : "PRON";
    }
    // EN-R15: web addresses and e-mail addresses are proper nouns.
    if (t == "web") w.upos = "PROPN";
    // EN-R11: a preposition introducing a gerund clause is SCONJ in UD
    // English ("for thinking", "instead of taking").
    if (w.upos == "ADP" && next && next->upos == "VERB" && has_tag(next->tags, "ger") &&
        !iequals(w.form, "like"))
      w.upos = "SCONJ";
    // EN-R8: "to" before a verb is the infinitive marker.
    if (iequals(w.form, "to") && next && (next->upos == "VERB" || next->upos == "AUX") &&
        (has_tag(next->tags, "inf") || has_tag(next->tags, "pres")))
      w.upos = "PART";
    // EN-R9: a capitalised common noun inside a sentence belongs to a name
    // ("the State Department", "President Bush").
    if (w.upos == "NOUN" && i > 0 && !title_case && rules::starts_upper(w.form) && prev && prev->upos != "PUNCT" &&
        !all_caps(w.form))
      w.upos = "PROPN";
    // EN-R10: a capitalised noun at the start of a sentence, followed by a
    // proper noun, is part of that name.
    if (w.upos == "NOUN" && i == 0 && rules::starts_upper(w.form) && next && next->upos == "PROPN")
      w.upos = "PROPN";
  }
}

}  // namespace kg::extract::en
