#include "extract/lang/fr/rules.h"

#include "extract/lang/prune_util.h"
#include "extract/lang/rule_util.h"

namespace kg::extract::fr {

using rules::add_guess;
using rules::all_analyses;
using rules::any_analysis;
using rules::drop_analyses;
using rules::ends_with;
using rules::first_tag;
using rules::has_tag;
using rules::iequals;
using rules::in_list;
using rules::pos_of;

namespace {

std::string_view span(std::string_view text, const MorphToken& t) { return text.substr(t.begin, t.end - t.begin); }

bool is_verb_pos(std::string_view p) {
  return p == "vblex" || p == "vbmod" || p == "vbser" || p == "vbhaver" || p == "vaux";
}

// A finite or infinitive verb reading (not a participle).
bool finite_or_inf(const MorphAnalysis& a) {
  if (a.parts.empty() || !is_verb_pos(a.parts[0].pos())) return false;
  const MorphPart& p = a.parts[0];
  return !p.has("pp") && !p.has("pprs") && !p.has("ger");
}

// Clitics that stand between a subject and its verb ("il ne le voit", "elle s'en va").
constexpr std::string_view kPreverbalClitics[] = {"ne", "n'", "se", "s'", "en", "y", "me", "m'", "te", "t'",
                                                  "lui", "leur", "le", "la", "les", "l'", "nous", "vous"};
// Subject clitics.
constexpr std::string_view kSubjectClitics[] = {"il", "elle", "ils", "elles", "on", "je", "j'", "tu"};

// Suffix guesses for unknown words: the tags of the likely readings.
struct SuffixGuess {
  std::string_view suffix;
  std::string_view tags_sg;  // when the word does not end in s/x
  std::string_view tags_pl;
  std::string_view alt_sg;   // a second reading, or empty
  std::string_view alt_pl;
};
constexpr SuffixGuess kSuffixGuesses[] = {
    // FR-G2: adverbs in -ment
    {"ment", "adv", "adv", "", ""},
    // FR-G3: adjective suffixes
    {"ique", "adj.mf.sg", "adj.mf.pl", "n.f.sg", "n.f.pl"},
    {"iques", "adj.mf.sg", "adj.mf.pl", "n.f.sg", "n.f.pl"},
    {"ienne", "adj.f.sg", "adj.f.pl", "", ""},
    {"iennes", "adj.f.sg", "adj.f.pl", "", ""},
    {"eux", "adj.m.sp", "adj.m.sp", "", ""},
    {"euse", "adj.f.sg", "adj.f.pl", "", ""},
    {"euses", "adj.f.sg", "adj.f.pl", "", ""},
    {"able", "adj.mf.sg", "adj.mf.pl", "", ""},
    {"ables", "adj.mf.sg", "adj.mf.pl", "", ""},
    {"ible", "adj.mf.sg", "adj.mf.pl", "", ""},
    {"ibles", "adj.mf.sg", "adj.mf.pl", "", ""},
    {"al", "adj.m.sg", "adj.m.pl", "", ""},
    {"ale", "adj.f.sg", "adj.f.pl", "", ""},
    {"ales", "adj.f.sg", "adj.f.pl", "", ""},
    {"aux", "adj.m.pl", "adj.m.pl", "n.m.pl", "n.m.pl"},
    {"if", "adj.m.sg", "adj.m.pl", "", ""},
    {"ive", "adj.f.sg", "adj.f.pl", "", ""},
    {"ives", "adj.f.sg", "adj.f.pl", "", ""},
    {"aire", "adj.mf.sg", "adj.mf.pl", "n.mf.sg", "n.mf.pl"},
    {"aires", "adj.mf.sg", "adj.mf.pl", "n.mf.sg", "n.mf.pl"},
    {"oïde", "adj.mf.sg", "adj.mf.pl", "", ""},
    {"oïdes", "adj.mf.sg", "adj.mf.pl", "", ""},
    // FR-G4: participles
    {"é", "vblex.pp.m.sg", "vblex.pp.m.pl", "adj.m.sg", "adj.m.pl"},
    {"ée", "vblex.pp.f.sg", "vblex.pp.f.pl", "adj.f.sg", "adj.f.pl"},
    {"és", "vblex.pp.m.pl", "vblex.pp.m.pl", "adj.m.pl", "adj.m.pl"},
    {"ées", "vblex.pp.f.pl", "vblex.pp.f.pl", "adj.f.pl", "adj.f.pl"},
    {"ant", "vblex.pprs", "vblex.pprs", "adj.m.sg", "adj.m.sg"},
    {"ants", "adj.m.pl", "adj.m.pl", "n.m.pl", "n.m.pl"},
    // FR-G5: infinitives
    {"iser", "vblex.inf", "vblex.inf", "", ""},
    {"ifier", "vblex.inf", "vblex.inf", "", ""},
    // FR-G6: noun suffixes
    {"tion", "n.f.sg", "n.f.pl", "", ""},
    {"tions", "n.f.sg", "n.f.pl", "", ""},
    {"sion", "n.f.sg", "n.f.pl", "", ""},
    {"sions", "n.f.sg", "n.f.pl", "", ""},
    {"ité", "n.f.sg", "n.f.pl", "", ""},
    {"ités", "n.f.sg", "n.f.pl", "", ""},
    {"isme", "n.m.sg", "n.m.pl", "", ""},
    {"ismes", "n.m.sg", "n.m.pl", "", ""},
    {"iste", "n.mf.sg", "n.mf.pl", "adj.mf.sg", "adj.mf.pl"},
    {"istes", "n.mf.sg", "n.mf.pl", "adj.mf.sg", "adj.mf.pl"},
    {"age", "n.m.sg", "n.m.pl", "", ""},
    {"ages", "n.m.sg", "n.m.pl", "", ""},
    {"eur", "n.m.sg", "n.m.pl", "", ""},
    {"eurs", "n.m.sg", "n.m.pl", "", ""},
    {"ure", "n.f.sg", "n.f.pl", "", ""},
    {"ures", "n.f.sg", "n.f.pl", "", ""},
    {"ence", "n.f.sg", "n.f.pl", "", ""},
    {"ences", "n.f.sg", "n.f.pl", "", ""},
    {"ance", "n.f.sg", "n.f.pl", "", ""},
    {"ances", "n.f.sg", "n.f.pl", "", ""},
    {"ie", "n.f.sg", "n.f.pl", "", ""},
    {"ies", "n.f.sg", "n.f.pl", "", ""},
};

bool plural_form(std::string_view f) { return ends_with(f, "s") || ends_with(f, "x"); }

// FR-G7: the finite verb an unknown word after a subject clitic is.
std::string_view finite_guess(std::string_view f) {
  if (ends_with(f, "aient")) return "vblex.pii.p3.pl";
  if (ends_with(f, "ait")) return "vblex.pii.p3.sg";
  if (ends_with(f, "èrent")) return "vblex.ifi.p3.pl";
  if (ends_with(f, "eront")) return "vblex.fti.p3.pl";
  if (ends_with(f, "era")) return "vblex.fti.p3.sg";
  if (ends_with(f, "ent")) return "vblex.pri.p3.pl";
  if (ends_with(f, "é") || ends_with(f, "ée") || ends_with(f, "és") || ends_with(f, "ées")) return "vblex.pp.m.sg";
  if (ends_with(f, "a")) return "vblex.ifi.p3.sg";
  return "vblex.pri.p3.sg";
}

void guess_unknown(std::string_view text, std::vector<MorphToken>& tokens, std::size_t i) {
  MorphToken& t = tokens[i];
  std::string_view f = span(text, t);
  // FR-G1: a capitalised unknown word is a proper noun.
  if (rules::starts_upper(f)) {
    add_guess(t, f, "np");
    return;
  }
  // The previous word, skipping preverbal clitics.
  std::size_t j = i;
  bool clitic = false;
  while (j > 0 && in_list(span(text, tokens[j - 1]), kPreverbalClitics)) {
    --j;
    clitic = true;
  }
  bool after_subject = j > 0 && in_list(span(text, tokens[j - 1]), kSubjectClitics);
  if (after_subject || (clitic && j < i && !iequals(span(text, tokens[i - 1]), "le") &&
                        !iequals(span(text, tokens[i - 1]), "la") && !iequals(span(text, tokens[i - 1]), "les"))) {
    if (ends_with(f, "er") || ends_with(f, "ir"))
      add_guess(t, f, "vblex.inf");
    else
      add_guess(t, f, finite_guess(f));
    return;
  }
  const bool pl = plural_form(f);
  for (const auto& g : kSuffixGuesses) {
    if (!ends_with(f, g.suffix)) continue;
    add_guess(t, f, pl ? g.tags_pl : g.tags_sg);
    if (!g.alt_sg.empty()) add_guess(t, f, pl ? g.alt_pl : g.alt_sg);
    return;
  }
  // FR-G8: an infinitive after a preposition ("pour éponger").
  if ((ends_with(f, "er") || ends_with(f, "ir")) && i > 0 &&
      all_analyses(tokens[i - 1], [](const MorphAnalysis& a) { return pos_of(a) == "pr"; })) {
    add_guess(t, f, "vblex.inf");
    return;
  }
  // FR-G9: anything else: a noun or an adjective.
  add_guess(t, f, pl ? "n.m.pl" : "n.m.sg");
  add_guess(t, f, pl ? "adj.m.pl" : "adj.m.sg");
}

// Titles written with a period before a name: "M. Dupont" (Monsieur).
constexpr std::string_view kTitleAbbreviations[] = {"M", "MM", "Dr", "Pr", "Mgr", "Me"};

// FR-P0: "M." before a capitalised word is one token, the noun Monsieur
// (the dictionary reads the Roman numeral M and a sentence end).
void merge_title_abbreviations(std::string_view text, std::vector<MorphToken>& tokens) {
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    MorphToken& t = tokens[i];
    const MorphToken& dot = tokens[i + 1];
    if (t.analyses.empty() || dot.begin != t.end || span(text, dot) != ".") continue;
    std::string_view f = span(text, t);
    bool title = false;
    for (auto a : kTitleAbbreviations) title |= f == a;
    if (!title || !rules::starts_upper(span(text, tokens[i + 2]))) continue;
    t.end = dot.end;
    t.analyses.clear();
    add_guess(t, std::string(f) + ".", "n.m.sg");
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

bool all_digits(std::string_view s, std::size_t min, std::size_t max) {
  if (s.size() < min || s.size() > max) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// FR-P5: "2 500", "1 000 000": digit groups separated by one space are one
// number, as French writes and UD tokenises them.
void merge_digit_groups(std::string_view text, std::vector<MorphToken>& tokens) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    MorphToken& t = tokens[i];
    if (!all_digits(span(text, t), 1, 3)) continue;
    std::size_t j = i + 1;
    while (j < tokens.size() && tokens[j].begin == tokens[j - 1].end + 1 && text[tokens[j - 1].end] == ' ' &&
           all_digits(span(text, tokens[j]), 3, 3))
      ++j;
    if (j == i + 1) continue;
    t.end = tokens[j - 1].end;
    std::string_view merged = span(text, t);
    t.analyses.clear();
    add_guess(t, merged, "num");
    t.unknown = false;
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1, tokens.begin() + static_cast<std::ptrdiff_t>(j));
  }
}

}  // namespace

void prune(std::string_view text, std::vector<MorphToken>& tokens) {
  merge_title_abbreviations(text, tokens);
  merge_digit_groups(text, tokens);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    MorphToken& t = tokens[i];
    if (t.punct) continue;
    if (t.analyses.empty()) {
      if (t.unknown) guess_unknown(text, tokens, i);
      continue;
    }
    std::string_view form = span(text, t);
    const MorphToken* next = nullptr;
    for (std::size_t k = i + 1; k < tokens.size(); ++k)
      if (!tokens[k].punct) {
        next = &tokens[k];
        break;
      }
    if (next && tokens[i + 1].punct) next = nullptr;  // punctuation in between: no context
    // FR-P1: "en" is the pronoun only before a verb ("il en a"); before
    // anything else, and before a gerund ("en jouant"), the preposition.
    if (iequals(form, "en")) {
      bool verb_next = next && !next->unknown && any_analysis(*next, finite_or_inf) &&
                       !any_analysis(*next, [](const MorphAnalysis& a) {
                         return !a.parts.empty() && (a.parts[0].has("pprs") || a.parts[0].has("ger"));
                       });
      if (!verb_next) drop_analyses(t, [](const MorphAnalysis& a) { return pos_of(a) == "prn"; });
    }
    // FR-P2: le/la/les/l' are articles unless a verb follows ("la voir").
    if (iequals(form, "le") || iequals(form, "la") || iequals(form, "les") || iequals(form, "l'")) {
      bool verb_next = next && any_analysis(*next, [](const MorphAnalysis& a) {
                         return !a.parts.empty() && is_verb_pos(a.parts[0].pos());
                       });
      if (!verb_next) drop_analyses(t, [](const MorphAnalysis& a) { return pos_of(a) == "prn"; });
    }
    // FR-P4: right after an article, a word that can be a noun or an
    // adjective is not a verb ("le procédé", "un dérivé", "les invités").
    // An ambiguous le/la/les is an article unless a clitic or subject
    // precedes it or an infinitive reading follows ("il la voit", "pour la voir").
    auto article = [](const MorphAnalysis& a) {
      return pos_of(a) == "det" && (a.parts[0].has("def") || a.parts[0].has("ind"));
    };
    bool after_article = false;
    if (i > 0 && all_analyses(tokens[i - 1], article)) {
      after_article = true;
    } else if (i > 0 && any_analysis(tokens[i - 1], article)) {
      std::string_view before = i > 1 ? span(text, tokens[i - 2]) : std::string_view();
      after_article = !in_list(before, kSubjectClitics) && !in_list(before, kPreverbalClitics) &&
                      !any_analysis(t, [](const MorphAnalysis& a) {
                        return !a.parts.empty() && is_verb_pos(a.parts[0].pos()) && a.parts[0].has("inf");
                      });
    }
    if (after_article &&
        any_analysis(t, [](const MorphAnalysis& a) { return pos_of(a) == "n" || pos_of(a) == "adj"; }))
      drop_analyses(t, [](const MorphAnalysis& a) { return is_verb_pos(pos_of(a)); });
    // FR-P3: after a subject clitic (and preverbal clitics), a word that can
    // be a verb is one ("il décroche", "elle en profite").
    if (i > 0) {
      std::size_t j = i;
      while (j > 0 && in_list(span(text, tokens[j - 1]), kPreverbalClitics)) --j;
      if (j > 0 && in_list(span(text, tokens[j - 1]), kSubjectClitics) &&
          any_analysis(t, [](const MorphAnalysis& a) { return !a.parts.empty() && is_verb_pos(a.parts[0].pos()); }))
        drop_analyses(t, [](const MorphAnalysis& a) {
          std::string_view p = pos_of(a);
          return p == "n" || p == "adj" || p == "np";
        });
    }
  }
}

namespace {

// Words after which "des" is de + les ("le président des États-Unis",
// "près des côtes", "l'un des"): nouns, names, numbers, pronouns and the
// adverbs that take a "de" complement.
constexpr std::string_view kDeAdverbs[] = {"près", "lors", "auprès", "autour", "loin", "hors", "beaucoup",
                                           "plus", "moins", "peu", "trop", "assez", "tant", "face", "partir",
                                           "cause", "afin", "grâce", "lieu", "sein", "long", "travers"};

// Quantifiers that are pronouns before "de"/"des" ("un des", "aucune des").
constexpr std::string_view kPartitivePronouns[] = {"un", "une", "aucun", "aucune", "certains", "certaines",
                                                   "plusieurs", "chacun", "chacune", "nul", "nulle"};

bool takes_de(const Word& prev) {
  return prev.upos == "NOUN" || prev.upos == "PROPN" || prev.upos == "NUM" || prev.upos == "PRON" ||
         prev.upos == "ADJ" || in_list(prev.form, kDeAdverbs) || in_list(prev.form, kPartitivePronouns);
}

}  // namespace

void refine_tokens(std::vector<Token>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    // FR-T1: "des" is the indefinite article (one DET word, lemma "un")
    // unless the previous word takes a "de" complement.
    if (t.words.size() == 2 && (t.surface == "des" || t.surface == "Des") && t.words[0].lemma == "de") {
      const Word* prev = i > 0 ? &tokens[i - 1].words.back() : nullptr;
      if (!prev || !takes_de(*prev)) {
        Word w = std::move(t.words[1]);
        w.form = t.surface;
        w.lemma = "un";
        w.tags = "det.ind.mf.pl";
        w.upos = "DET";
        t.words.clear();
        t.words.push_back(std::move(w));
      } else {
        t.words[1].form = "les";
      }
    } else if (t.words.size() == 2 && t.words[0].lemma == "à" && t.words[1].lemma == "le" &&
               (t.surface == "aux" || t.surface == "Aux")) {
      t.words[1].form = "les";
    }
  }
}

void refine(std::vector<Word*>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    Word& w = *words[i];
    const Word* prev = i > 0 ? words[i - 1] : nullptr;
    const Word* next = i + 1 < words.size() ? words[i + 1] : nullptr;
    // FR-R2: causative "faire" + infinitive is AUX ("fait venir un taxi").
    if (w.lemma == "faire" && w.upos == "VERB") {
      for (std::size_t j = i + 1; j < words.size() && j <= i + 3; ++j) {
        const Word& x = *words[j];
        if (x.upos == "VERB" && has_tag(x.tags, "inf")) {
          w.upos = "AUX";
          break;
        }
        if (x.upos != "ADV" && !(x.upos == "PRON" && has_tag(x.tags, "pro"))) break;
      }
    }
    // FR-R3: "un", "aucun", "certains"... followed by "de"/"des" are pronouns
    // ("un des convives", "aucune des scènes").
    if (w.upos == "DET" && next && (next->lemma == "de" || next->form == "des" || next->form == "Des") &&
        in_list(w.form, kPartitivePronouns))
      w.upos = "PRON";
    // FR-R6: a past participle right after an article is a noun ("les invités").
    if (w.upos == "VERB" && has_tag(w.tags, "pp") && prev && prev->upos == "DET" &&
        (has_tag(prev->tags, "def") || has_tag(prev->tags, "ind")))
      w.upos = "NOUN";
    // FR-R4: "ce" before a relative pronoun or "être" is the pronoun ("ce qui", "ce que").
    if (w.upos == "DET" && (iequals(w.form, "ce") || iequals(w.form, "c'")) && next &&
        (next->lemma == "qui" || next->lemma == "que" || next->lemma == "dont" || next->lemma == "être"))
      w.upos = "PRON";
    // FR-R5: "tous"/"toutes" not followed by a noun phrase is the pronoun
    // ("ouverte à tous", "ils sont tous orientés").
    if ((iequals(w.form, "tous") || iequals(w.form, "toutes")) && w.upos == "DET" &&
        !(next && (next->upos == "DET" || next->upos == "NOUN" || next->upos == "NUM" || next->upos == "PROPN" ||
                   next->upos == "ADJ")))
      w.upos = "PRON";
    // FR-R1: "que" is the relative pronoun after its antecedent (a noun or
    // pronoun: "le livre que j'ai lu", "ce que"); elsewhere it introduces a
    // clause or a comparison (SCONJ: "il dit que", "ainsi que", "plus que").
    if ((iequals(w.form, "que") || iequals(w.form, "qu'")) && w.upos == "PRON" && first_tag(w.tags) == "rel") {
      bool antecedent = prev && (prev->upos == "NOUN" || prev->upos == "PROPN" || prev->upos == "PRON" ||
                                 prev->upos == "NUM");
      if (!antecedent) w.upos = "SCONJ";
    }
  }
}

}  // namespace kg::extract::fr
