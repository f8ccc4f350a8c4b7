#include "extract/lang/fr/rules.h"

#include <cctype>

#include "extract/lang/prune_util.h"
#include "extract/analyse/tag_util.h"

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
// Prepositions before an infinitive with its clitics ("pour en parler").
constexpr std::string_view kInfinitivePrepositions[] = {"pour", "de", "d'", "à", "sans", "afin"};
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
  if (ends_with(f, "eraient")) return "vblex.cni.p3.pl";
  if (ends_with(f, "erait")) return "vblex.cni.p3.sg";
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

// FR-G10: the lemma of an unknown word read with guessed tags. Unknown
// verbs are nearly all of the open first group (-er: "fustigé" ->
// "fustiger", "abrogerait" -> "abroger", "égrenaient" -> "égrener"); plural
// nouns and adjectives lose their -s ("casseurs" -> "casseur"), feminine
// adjectives their -e after é ("contaminée" -> "contaminé"). Without it the
// surface form stays the lemma and the relation label stays untranslated.
std::string guessed_lemma(std::string_view f, std::string_view tags) {
  auto pos = tags.substr(0, tags.find('.'));
  if (pos == "vblex") {
    if (tags.find("inf") != std::string_view::npos) return std::string(f);
    // longest endings first; the stem keeps at least two bytes
    static constexpr std::string_view kEndings[] = {
        "eraient", "erions", "eriez", "erait", "erais", "erons", "eront", "erez", "aient", "èrent", "erai",
        "eras", "era", "ions", "iez", "ait", "ais", "ant", "ons", "ées", "ent", "ez", "és", "ée", "es",
        "é", "e", "a"};
    for (std::string_view e : kEndings)
      if (ends_with(f, e) && f.size() >= e.size() + 2) {
        std::string stem(f.substr(0, f.size() - e.size()));
        // "insurgeant" -> "insurger", "lançait" -> "lancer": the spelling
        // that keeps the soft g/c before a and o
        if ((e[0] == 'a' || e[0] == 'o') && ends_with(stem, "ge")) stem.pop_back();
        if ((e[0] == 'a' || e[0] == 'o') && ends_with(stem, "ç")) stem.replace(stem.size() - 2, 2, "c");
        return stem + "er";
      }
    return std::string(f);
  }
  if (pos == "n" || pos == "adj") {
    std::string w(f);
    const bool pl = tags.find(".pl") != std::string_view::npos;
    if (pl && ends_with(w, "aux") && w.size() > 4) return w.substr(0, w.size() - 3) + "al";
    if (pl && (ends_with(w, "s") || ends_with(w, "x")) && w.size() > 3 && !ends_with(w, "eux")) w.pop_back();
    if (pos == "adj" && ends_with(w, "ée")) w.pop_back();
    return w;
  }
  return std::string(f);
}

// add_guess with the lemma FR-G10 derives from the form and tags.
void add_lemma_guess(MorphToken& t, std::string_view f, std::string_view tags) {
  add_guess(t, guessed_lemma(f, tags), tags);
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
  // (A clitic that lost its pronoun reading, "en" before a noun, does not count.)
  std::size_t j = i;
  bool clitic = false;
  while (j > 0 && in_list(span(text, tokens[j - 1]), kPreverbalClitics) &&
         (tokens[j - 1].analyses.size() != 1 || pos_of(tokens[j - 1].analyses[0]) == "prn")) {
    --j;
    clitic = true;
  }
  bool after_subject = j > 0 && in_list(span(text, tokens[j - 1]), kSubjectClitics);
  if (after_subject || (clitic && j < i && !iequals(span(text, tokens[i - 1]), "le") &&
                        !iequals(span(text, tokens[i - 1]), "la") && !iequals(span(text, tokens[i - 1]), "les"))) {
    if (ends_with(f, "er") || ends_with(f, "ir"))
      add_lemma_guess(t, f, "vblex.inf");
    else
      add_lemma_guess(t, f, finite_guess(f));
    return;
  }
  const bool pl = plural_form(f);
  for (const auto& g : kSuffixGuesses) {
    if (!ends_with(f, g.suffix)) continue;
    add_lemma_guess(t, f, pl ? g.tags_pl : g.tags_sg);
    if (!g.alt_sg.empty()) add_lemma_guess(t, f, pl ? g.alt_pl : g.alt_sg);
    return;
  }
  // FR-G8: an infinitive after a preposition ("pour éponger").
  if ((ends_with(f, "er") || ends_with(f, "ir")) && i > 0 &&
      all_analyses(tokens[i - 1], [](const MorphAnalysis& a) { return pos_of(a) == "pr"; })) {
    add_lemma_guess(t, f, "vblex.inf");
    return;
  }
  // FR-G9: anything else: a noun or an adjective.
  add_lemma_guess(t, f, pl ? "n.m.pl" : "n.m.sg");
  add_lemma_guess(t, f, pl ? "adj.m.pl" : "adj.m.sg");
}

// Titles written with a period before a name: "M. Dupont" (Monsieur).
constexpr std::string_view kTitleAbbreviations[] = {"M", "MM", "Dr", "Pr", "Mgr", "Me"};

// Clitics written after the verb with a hyphen ("dit-il", "donne-le").
constexpr std::string_view kInvertedClitics[] = {"il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous",
                                                 "le", "la", "les", "lui", "leur", "moi", "toi", "y", "en", "ce"};

bool is_word(std::string_view text, const MorphToken& t) {
  if (t.punct) return false;
  std::string_view f = span(text, t);
  return !f.empty() && (static_cast<unsigned char>(f[0]) >= 0x80 || std::isalpha(static_cast<unsigned char>(f[0])));
}

// FR-P8: hyphens as UD French tokenises them: an inverted clitic keeps its
// hyphen ("dit" "-il"); other words joined by a hyphen are one word
// ("libres-penseurs", "mini-série"), with the readings of the last part.
void join_hyphenated(std::string_view text, std::vector<MorphToken>& tokens) {
  for (std::size_t i = 0; i + 2 < tokens.size();) {
    MorphToken& a = tokens[i];
    const MorphToken& dash = tokens[i + 1];
    MorphToken& b = tokens[i + 2];
    bool glued = dash.punct && span(text, dash) == "-" && dash.begin == a.end && b.begin == dash.end;
    if (!glued || !is_word(text, a) || !is_word(text, b)) {
      ++i;
      continue;
    }
    std::string_view bf = span(text, b);
    if (in_list(bf, kInvertedClitics)) {
      b.begin = dash.begin;
      tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      ++i;
      continue;
    }
    std::string prefix(text.substr(a.begin, dash.end - a.begin));  // "mini-"
    MorphToken merged = std::move(b);
    merged.begin = a.begin;
    for (auto& an : merged.analyses)
      if (!an.parts.empty()) an.parts[0].lemma.insert(0, prefix);
    merged.in_proper_name = a.in_proper_name;
    tokens[i] = std::move(merged);
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1, tokens.begin() + static_cast<std::ptrdiff_t>(i) + 3);
    // stay at i: "Saint-Jean-de-Luz" joins part after part
  }
}

// True when gender and number of two parts are compatible ("mf", "sp" go
// with anything).
bool agrees(const MorphPart& a, const MorphPart& b) {
  auto gender = [](const MorphPart& p) { return p.has("m") ? 'm' : p.has("f") ? 'f' : '*'; };
  auto number = [](const MorphPart& p) { return p.has("sg") ? 's' : p.has("pl") ? 'p' : '*'; };
  char ga = gender(a), gb = gender(b), na = number(a), nb = number(b);
  return (ga == '*' || gb == '*' || ga == gb) && (na == '*' || nb == '*' || na == nb);
}

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

// FR-P9: lemmas the dictionary lists for forms of a far commoner verb with
// the very same tags ("ouvrait": ouvrir and ouvrer; "croit": croire and
// croître). The tagger cannot tell them apart (same tags, same class), so
// the reading it keeps was the dictionary's order. Counted on the
// dictionary's analyses of OrangeSum text: the rare member of each pair.
constexpr std::string_view kRareHomographLemmas[] = {"ouvrer", "raire", "ailler", "croître", "moudre",
                                                     "peigner", "choir", "Ouvrer"};

void drop_rare_homographs(MorphToken& t) {
  if (t.analyses.size() < 2) return;
  std::vector<MorphAnalysis> keep;
  for (const auto& a : t.analyses) {
    bool twin = false;
    if (a.parts.size() == 1 && in_list(a.parts[0].lemma, kRareHomographLemmas))
      for (const auto& b : t.analyses)
        twin |= b.parts.size() == 1 && b.parts[0].tags == a.parts[0].tags && b.parts[0].lemma != a.parts[0].lemma;
    if (!twin) keep.push_back(a);
  }
  if (!keep.empty() && keep.size() < t.analyses.size()) t.analyses = std::move(keep);
}

}  // namespace

void prune(std::string_view text, std::vector<MorphToken>& tokens) {
  merge_title_abbreviations(text, tokens);
  merge_digit_groups(text, tokens);
  join_hyphenated(text, tokens);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    MorphToken& t = tokens[i];
    if (t.punct) continue;
    if (t.analyses.empty()) {
      if (t.unknown) guess_unknown(text, tokens, i);
      continue;
    }
    drop_rare_homographs(t);
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
      // A next word that is also a noun ("mis en place", "en œuvre") makes
      // "en" the pronoun only after a subject, a clitic or a preposition.
      if (verb_next && any_analysis(*next, [](const MorphAnalysis& a) { return pos_of(a) == "n"; })) {
        std::string_view before = i > 0 ? span(text, tokens[i - 1]) : std::string_view();
        verb_next = in_list(before, kSubjectClitics) || in_list(before, kPreverbalClitics) ||
                    in_list(before, kInfinitivePrepositions) || iequals(before, "qui");
      }
      if (!verb_next) drop_analyses(t, [](const MorphAnalysis& a) { return pos_of(a) == "prn"; });
    }
    // FR-P2: le/la/les/l' are articles unless a verb follows ("la voir").
    if (iequals(form, "le") || iequals(form, "la") || iequals(form, "les") || iequals(form, "l'")) {
      bool verb_next = next && any_analysis(*next, [](const MorphAnalysis& a) {
                         return !a.parts.empty() && is_verb_pos(a.parts[0].pos());
                       });
      // A next word that is also a noun ("mis en place", "en œuvre") makes
      // "en" the pronoun only after a subject, a clitic or a preposition.
      if (verb_next && any_analysis(*next, [](const MorphAnalysis& a) { return pos_of(a) == "n"; })) {
        std::string_view before = i > 0 ? span(text, tokens[i - 1]) : std::string_view();
        verb_next = in_list(before, kSubjectClitics) || in_list(before, kPreverbalClitics) ||
                    in_list(before, kInfinitivePrepositions) || iequals(before, "qui");
      }
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
    // FR-P6: no finite verb right after a preposition ("en place", "de mise").
    if (i > 0 && all_analyses(tokens[i - 1], [](const MorphAnalysis& a) { return pos_of(a) == "pr"; }))
      drop_analyses(t, [](const MorphAnalysis& a) { return finite_or_inf(a) && !a.parts[0].has("inf"); });
    // FR-P7: a word that is a noun or an adjective: after a noun it agrees
    // with, the adjective ("un homme politique"); between an article and a
    // noun, the adjective ("son ancien mentor").
    auto is_n = [](const MorphAnalysis& a) { return pos_of(a) == "n"; };
    auto is_adj = [](const MorphAnalysis& a) { return pos_of(a) == "adj"; };
    if (i > 0 && any_analysis(t, is_n) && any_analysis(t, is_adj)) {
      const MorphToken& p = tokens[i - 1];
      bool after_noun = all_analyses(p, is_n) && any_analysis(t, [&](const MorphAnalysis& a) {
                          return is_adj(a) && agrees(a.parts[0], p.analyses[0].parts[0]);
                        });
      const MorphToken* nx = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
      bool before_noun = nx && !nx->punct && all_analyses(p, article) && all_analyses(*nx, is_n);
      if (after_noun || before_noun) {
        drop_analyses(t, is_n);
      } else if (all_analyses(p, [](const MorphAnalysis& a) { return pos_of(a) == "det"; }) &&
                 (!nx || nx->punct ||
                  !any_analysis(*nx, [](const MorphAnalysis& a) { return pos_of(a) == "n" || pos_of(a) == "adj"; }))) {
        // After a determiner, with no noun to follow, it is the noun ("les jeunes").
        drop_analyses(t, is_adj);
      }
    }
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

constexpr std::string_view kCoordinators[] = {"puis", "voire", "car"};
constexpr std::string_view kTout[] = {"tout", "toute", "tous", "toutes"};

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
    // "être" is AUX in UD French, as copula and as auxiliary.
    const std::string_view tag = rules::first_tag(w.tags);
    if (w.lemma == "être" && (tag == "vblex" || tag == "vbser")) w.upos = "AUX";
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
    // FR-R7: coordinating conjunctions the dictionary calls adverbs.
    if (in_list(w.form, kCoordinators)) w.upos = "CCONJ";
    // FR-R8: "de" before a plural adjective and its noun is the reduced
    // indefinite article ("de nombreuses années"), unless a noun governs it.
    if ((iequals(w.form, "de") || iequals(w.form, "d'")) && w.upos == "ADP" && next && next->upos == "ADJ" &&
        has_tag(next->tags, "pl") && i + 2 < words.size() && words[i + 2]->upos == "NOUN" &&
        !(prev && (prev->upos == "NOUN" || prev->upos == "PROPN")))
      w.upos = "DET";
    // FR-R9: "tout" before a determiner is an adjective ("toute cette
    // période", "tous les autres"); "autre(s)" after one is too.
    if (in_list(w.form, kTout) && next && next->upos == "DET") w.upos = "ADJ";
    if ((iequals(w.form, "autre") || iequals(w.form, "autres")) && w.upos == "DET" && prev && prev->upos == "DET")
      w.upos = "ADJ";
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
