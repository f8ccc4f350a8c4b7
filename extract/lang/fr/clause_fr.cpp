#include "extract/lang/fr/clause_fr.h"

#include <set>

namespace kg::extract::fr {

namespace {

using Kind = Chunk::Kind;

bool is_verb(const FlatWord& w) {
  return w.pos == "vblex" || w.pos == "vbser" || w.pos == "vbhaver" || w.pos == "vbmod" || w.pos == "vaux";
}
bool is_negation(const FlatWord& w) {
  static const std::set<std::string> s{"pas", "plus", "jamais", "guère", "point", "nullement"};
  return (w.pos == "adv" || w.pos == "n") && s.count(w.lemma) > 0;
}
bool is_object_clitic(const FlatWord& w) {
  return w.pos == "prn" && (w.has_tag("pro") || w.lemma == "se" || w.lemma == "en" || w.lemma == "y");
}
bool is_subject_pronoun(const FlatWord& w) {
  return w.pos == "prn" && w.has_tag("tn") && !w.has_tag("pro");
}
bool is_nominal(const FlatWord& w) {
  return w.pos == "n" || w.pos == "np" || w.pos == "num" || (w.unknown && w.capitalised);
}
// Verbs that take an infinitive and pass the main role to it; with the
// modality they add ("pourrait réduire" is hypothetical).
bool semi_auxiliary(const std::string& lemma, Modality& m) {
  if (lemma == "pouvoir" || lemma == "devoir") { m = Modality::Hypothetical; return true; }
  if (lemma == "aller" || lemma == "compter" || lemma == "vouloir" || lemma == "envisager" ||
      lemma == "prévoir" || lemma == "souhaiter" || lemma == "entendre" || lemma == "espérer" ||
      lemma == "comptait") {
    m = Modality::Future;
    return true;
  }
  return false;
}
// fr.control: a verb that takes "de"/"à" + infinitive and shares its subject
// ("refuse de rencontrer", "a promis d'aider", "tente de négocier"): what it
// says of the infinitive's act. `negates`: the act does not happen.
bool control_verb(const std::string& lemma, const std::string& prep, Modality& m, bool& negates) {
  negates = false;
  static const std::set<std::string> negating{"refuser", "renoncer", "cesser", "arrêter", "éviter"};
  static const std::set<std::string> planning{"promettre", "décider", "accepter", "prévoir", "engager", "envisager",
                                              "projeter", "programmer"};
  static const std::set<std::string> trying{"menacer", "tenter", "essayer", "chercher", "proposer", "hésiter",
                                            "souhaiter", "espérer", "rêver", "viser"};
  static const std::set<std::string> doing{"continuer", "commencer", "poursuivre", "finir", "achever"};
  if (prep != "de" && prep != "à") return false;
  if (negating.count(lemma)) { m = Modality::Asserted; negates = true; return true; }
  if (planning.count(lemma)) { m = Modality::Future; return true; }
  if (trying.count(lemma)) { m = Modality::Hypothetical; return true; }
  if (doing.count(lemma)) { m = Modality::Asserted; return true; }
  return false;
}

bool copular(const std::string& lemma) {
  return lemma == "être" || lemma == "devenir" || lemma == "rester" || lemma == "demeurer" || lemma == "sembler" ||
         lemma == "paraître";
}

// The modality a finite verb's tense gives.
Modality tense_modality(const FlatWord& w) {
  if (w.has_tag("fti")) return Modality::Future;
  if (w.has_tag("cni")) return Modality::Conditional;
  return Modality::Asserted;
}

}  // namespace

bool is_quote(const FlatWord& w) {
  if (w.pos == "lquot" || w.pos == "rquot") return true;
  static const std::set<std::string> q{"«", "»", "\"", "“", "”", "‘", "’", "'"};
  return q.count(w.form) > 0;
}

void np_features(const std::vector<FlatWord>& w, const Chunk& np, char& gender, char& number) {
  gender = '?';
  number = '?';
  for (std::size_t i = np.first; i < np.last && i < w.size(); ++i) {
    const FlatWord& x = w[i];
    if (x.pos != "det" && x.pos != "n" && x.pos != "adj") continue;
    if (gender == '?') {
      if (x.has_tag("f")) gender = 'f';
      else if (x.has_tag("m")) gender = 'm';
    }
    if (number == '?') {
      if (x.has_tag("sg")) number = 's';
      else if (x.has_tag("pl")) number = 'p';
    }
  }
  // a name without a plural determiner is one thing ("Emmanuel Macron", "Moscou")
  if (number == '?' && np.mention >= 0) number = 's';
}

std::vector<Chunk> chunk_sentence(const std::vector<FlatWord>& w, const std::vector<int>& wm) {
  std::vector<Chunk> out;
  const std::size_t n = w.size();
  // A noun group from i: determiners/numerals/adjectives, a head (noun, name, number),
  // then adjectives and participles used as adjectives. Returns the end, or i when none.
  auto noun_group = [&](std::size_t i, Chunk& c) -> std::size_t {
    std::size_t j = i;
    c = Chunk{};
    c.kind = Kind::NP;
    c.first = i;
    while (j < n && (w[j].pos == "det" || w[j].pos == "predet" || (w[j].pos == "adj" && wm[j] < 0) ||
                     (w[j].pos == "num" && j + 1 < n && (w[j + 1].pos == "n" || w[j + 1].pos == "adj"))) &&
           !(w[j].pos == "adj" && j + 1 < n && !is_nominal(w[j + 1]) && w[j + 1].pos != "adj"))
      ++j;
    if (j >= n) return i;
    if (wm[j] >= 0) {
      int m = wm[j];
      c.mention = m;
      c.head = j;
      while (j < n && wm[j] == m) ++j;
    } else if (is_nominal(w[j])) {
      c.head = j;
      ++j;
    } else if (j > i && w[j - 1].pos == "adj") {
      c.head = j - 1;  // "les autres", an adjective used as a noun
    } else {
      return i;
    }
    // hyphenated compounds split by the analyser: "état - major"
    while (c.mention < 0 && j + 1 < n && w[j].form == "-" && w[j].begin == w[j - 1].end &&
           (w[j + 1].pos == "adj" || w[j + 1].pos == "n"))
      j += 2;
    // adjectives and participles after the head ("présence militaire", "forces armées")
    while (j < n && wm[j] < 0 &&
           (w[j].pos == "adj" || (w[j].pos == "vblex" && w[j].has_tag("pp") && c.mention < 0)))
      ++j;
    c.last = j;
    return j;
  };

  for (std::size_t i = 0; i < n;) {
    const FlatWord& x = w[i];
    Chunk c;
    // Verb group: [ne] [clitics] verb [negation/adverbs] [participle | infinitive chain]
    std::size_t j = i;
    bool neg = false;
    if (w[j].lemma == "ne" && w[j].pos == "adv") { neg = true; ++j; }
    std::string clitic;
    bool reflexive = false;
    while (j < n && is_object_clitic(w[j])) {
      if (w[j].lemma != "se") clitic = w[j].lemma;
      else reflexive = true;
      ++j;
    }
    if (j < n && is_verb(w[j]) && (j > i || !is_object_clitic(x) || true)) {
      c.kind = Kind::VG;
      c.first = i;
      // "pas séduits par X" (headline style, no "ne"): the negation before the verb
      c.negated = neg || (i > 0 && w[i - 1].pos == "adv" && (w[i - 1].lemma == "pas" || w[i - 1].lemma == "jamais"));
      c.object_clitic = clitic;
      std::size_t v = j;
      c.finite = !(w[v].has_tag("inf") || w[v].has_tag("pp") || w[v].has_tag("ger") || w[v].has_tag("ppres"));
      c.modality = tense_modality(w[v]);
      c.head = v;
      ++j;
      auto skip_adverbs = [&]() {
        while (j < n && (is_negation(w[j]) || (w[j].pos == "adv" && w[j].lemma != "ne") || w[j].pos == "lquot" ||
                         w[j].pos == "rquot")) {
          if (is_negation(w[j]) && (neg || w[j].lemma != "plus")) c.negated = true;
          ++j;
        }
      };
      skip_adverbs();
      // auxiliary + participle ("a annoncé", "a été annoncé", "est arrivé")
      if ((w[v].pos == "vbhaver" || w[v].pos == "vbser") && j < n && is_verb(w[j]) && w[j].has_tag("pp")) {
        bool passive = w[v].pos == "vbser" || w[j].lemma == "être";
        if (w[j].lemma == "être" && j + 1 < n && w[j + 1].pos == "vblex" && w[j + 1].has_tag("pp")) {
          ++j;  // "a été annoncé"
          passive = true;
        } else if (w[j].lemma == "être") {
          // "a été" + attribute: a copula in a compound tense
          c.head = j;
          c.copula = true;
          c.verb = "être";
          ++j;
          c.last = j;
          out.push_back(c);
          i = j;
          continue;
        }
        c.passive = passive && w[v].pos == "vbser" ? true : passive;
        // "est arrivé": être + participle of a verb of movement is an active compound tense.
        static const std::set<std::string> motion{"arriver", "partir", "venir", "aller", "entrer", "sortir",
                                                  "mourir", "naître", "rester", "tomber", "revenir", "devenir",
                                                  "retourner", "décéder", "intervenir", "parvenir"};
        if (w[v].pos == "vbser" && motion.count(w[j].lemma)) c.passive = false;
        // "s'est rendu", "se sont réunis": a pronominal verb's compound tense
        // takes être and is active
        if (w[v].pos == "vbser" && reflexive && !(w[j].lemma == "être")) c.passive = false;
        c.head = j;
        ++j;
        skip_adverbs();
      }
      // semi-auxiliary + infinitive chain ("pourrait être", "comptait maintenir", "devait céder")
      for (int guard = 0; guard < 3; ++guard) {
        Modality m = Modality::Asserted;
        if (j < n && w[j].pos != "sent" && semi_auxiliary(w[c.head].lemma, m)) {
          std::size_t k = j;
          while (k < n && is_object_clitic(w[k])) ++k;
          if (k < n && is_verb(w[k]) && w[k].has_tag("inf")) {
            if (c.modality == Modality::Asserted || m == Modality::Hypothetical) c.modality = m;
            if (w[c.head].lemma == "devoir" && w[v].has_tag("cni")) c.modality = Modality::Conditional;
            c.head = k;
            j = k + 1;
            skip_adverbs();
            continue;
          }
        }
        // fr.control: "refuse de rencontrer", "a promis d'aider" (see control_verb)
        bool negates = false;
        if (j + 1 < n && w[j].pos == "pr" && control_verb(w[c.head].lemma, w[j].lemma, m, negates)) {
          std::size_t k = j + 1;
          while (k < n && is_object_clitic(w[k])) ++k;
          if (k < n && is_verb(w[k]) && w[k].has_tag("inf")) {
            if (c.modality == Modality::Asserted || m == Modality::Hypothetical) c.modality = m;
            if (negates) c.negated = !c.negated;  // "refuse de": not; "ne refuse pas de": does
            c.rule = "fr.control";
            c.head = k;
            j = k + 1;
            skip_adverbs();
            continue;
          }
        }
        break;
      }
      // a bare past participle ("l'objectif annoncé par X") reads as a passive
      if (c.head == v && v == i && w[v].pos == "vblex" && w[v].has_tag("pp"))
        c.passive = true;
      const FlatWord& h = w[c.head];
      c.verb = h.lemma;
      if (h.pos == "vbser" || (copular(h.lemma) && !c.passive)) {
        c.copula = true;
        c.verb = h.lemma;
      }
      // "être" + participle with "par" is handled as passive by the fact rules; keep the participle.
      c.last = j;
      out.push_back(c);
      i = j;
      continue;
    }
    if (x.pos == "pr") {
      Chunk np;
      std::size_t k = i + 1;
      std::string prep = x.lemma;
      // "jusqu'à", "lors de" written as two prepositions
      if (k < n && w[k].pos == "pr" && (x.lemma == "jusque" || x.lemma == "lors" || x.lemma == "près")) {
        prep += " " + w[k].lemma;
        ++k;
      }
      std::size_t e = noun_group(k, np);
      if (e > k) {
        np.kind = Kind::PP;
        np.first = i;
        np.prep = prep;
        out.push_back(np);
        i = e;
        continue;
      }
      c.kind = Kind::OTHER;
      c.prep = prep;
      c.first = i;
      c.last = k;
      out.push_back(c);
      i = k;
      continue;
    }
    if (is_subject_pronoun(x) || (x.pos == "prn" && !is_object_clitic(x))) {
      c.kind = Kind::PRON;
      c.first = c.head = i;
      c.last = i + 1;
      out.push_back(c);
      ++i;
      continue;
    }
    if (x.pos == "rel") {
      c.kind = Kind::REL;
    } else if (x.pos == "cnjsub" || (x.lemma == "que" && x.pos == "cnjadv")) {
      c.kind = Kind::SUB;
    } else if (x.pos == "cnjcoo") {
      c.kind = Kind::CONJ;
    } else if (is_quote(x) || x.pos == "cm" || x.pos == "sent" || x.pos == "lpar" || x.pos == "rpar" || x.pos == "guio" ||
               x.pos == "punct" || x.pos == "lquot" || x.pos == "rquot") {
      c.kind = Kind::PUNCT;
    } else if (x.pos == "adv" && wm[i] < 0) {
      c.kind = Kind::ADV;
    } else {
      Chunk np;
      std::size_t e = noun_group(i, np);
      if (e > i) {
        out.push_back(np);
        i = e;
        continue;
      }
      c.kind = x.pos == "adj" ? Kind::ADJ : Kind::OTHER;
    }
    c.first = c.head = i;
    c.last = i + 1;
    out.push_back(c);
    ++i;
  }
  // "le chef d'Etat russe": an adjective left alone after a noun group belongs to it.
  for (std::size_t k = 1; k < out.size(); ++k) {
    Chunk& ch = out[k];
    if (ch.kind != Kind::NP && ch.kind != Kind::ADJ) continue;
    bool all_adj = true;
    for (std::size_t i = ch.first; i < ch.last; ++i) all_adj = all_adj && w[i].pos == "adj";
    // a bare lower-case noun glued to a noun group ("d'Etat russe", tagged n): an attribute
    if (ch.last == ch.first + 1 && w[ch.first].pos == "n" && !w[ch.first].capitalised && ch.mention < 0)
      all_adj = true;
    Chunk& prev = out[k - 1];
    if (!all_adj || (prev.kind != Kind::NP && prev.kind != Kind::PP) || prev.mention >= 0) continue;
    if (w[ch.first].begin != w[prev.last - 1].end + 1) continue;  // only "X adj", one space apart
    prev.last = ch.last;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
    --k;
  }
  // 'la manifestation des "gilets jaunes"': a preposition (and its
  // article) before a quoted noun group heads it: one PP, quotes inside
  for (std::size_t k = 0; k + 3 < out.size(); ++k) {
    if (out[k].kind != Kind::OTHER || w[out[k].first].pos != "pr" || out[k].last != out[k].first + 1) continue;
    std::size_t q = k + 1;
    if (out[q].kind == Kind::OTHER && w[out[q].first].pos == "det") ++q;
    if (q + 2 >= out.size() || out[q].kind != Kind::PUNCT || !is_quote(w[out[q].first]) ||
        out[q + 1].kind != Kind::NP || out[q + 2].kind != Kind::PUNCT || !is_quote(w[out[q + 2].first]))
      continue;
    Chunk pp = out[q + 1];
    pp.kind = Kind::PP;
    pp.first = out[k].first;
    pp.last = out[q + 2].last;
    pp.prep = w[out[k].first].lemma;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(k), out.begin() + static_cast<std::ptrdiff_t>(q + 3));
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(k), pp);
  }
  // "a annoncé qu'une nouvelle phase...": "que" right after a verb (or the verb and a
  // time phrase) is the conjunction, whatever the tagger said.
  for (std::size_t k = 1; k < out.size(); ++k) {
    if (out[k].kind != Kind::REL || w[out[k].first].lemma != "que") continue;
    if (out[k - 1].kind == Kind::VG) out[k].kind = Kind::SUB;
  }
  return out;
}

}  // namespace kg::extract::fr
