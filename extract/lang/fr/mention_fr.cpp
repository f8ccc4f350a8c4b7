#include "extract/lang/fr/mention_fr.h"

#include "extract/lang/title_words.h"

#include <cctype>
#include <set>

#include "ontology/name_key.h"

namespace kg::extract::fr {

namespace {

// True when two words' number and gender tags (sg/pl, m/f; "sp" and "mf"
// fit either) cannot go together: an adjective that disagrees with a noun
// does not qualify it ("la Banque alimentaire organisées": the participle
// agrees with an earlier plural noun, not with the name).
bool disagree(const FlatWord& noun, const FlatWord& adj) {
  auto clash = [&](const char* a, const char* b) {
    return (noun.has_tag(a) && adj.has_tag(b)) || (noun.has_tag(b) && adj.has_tag(a));
  };
  return clash("sg", "pl") || clash("m", "f");
}


// Heads of capitalised common-noun names: "l'Etat islamique", "le Conseil de sécurité".
const std::set<std::string>& organisation_heads() {
  static const std::set<std::string> s{
      "état", "conseil", "parti", "union", "organisation", "ministère", "armée", "front", "banque",
      "assemblée", "sénat", "commission", "cour", "agence", "fonds", "forum", "ligue", "office",
      "parlement", "gouvernement", "fédération", "comité", "alliance", "mouvement", "tribunal"};
  return s;
}

// Particles that join two name words: "Deir ez-Zor", "Fédération de Russie".
bool is_particle(const FlatWord& w) {
  static const std::set<std::string> s{"de", "d'", "du", "des", "ez", "el", "al", "ad", "bin", "ben",
                                       "ibn", "von", "van", "der", "la", "le", "y"};
  std::string f = ontology::name_key(w.form);
  return s.count(f) > 0 || s.count(w.form) > 0;
}

bool has_letter(const std::string& s) {
  for (unsigned char c : s)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) return true;
  return false;
}

// "FN", "SGP": two or more letters, all capitals.
bool all_capitals(const std::string& form) {
  if (form.size() < 2) return false;
  for (char ch : form)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

// A word that can be part of a name on its own.
bool is_name_word(const std::vector<FlatWord>& w, std::size_t i) {
  const FlatWord& x = w[i];
  if (!has_letter(x.form)) return false;
  if (x.pos == "np") return true;
  if (x.unknown && x.capitalised) return true;
  // "CSKA", "UDI": an acronym the dictionary knows (not "Mme", "Dr": titles)
  // (three letters at least: "CE", "PC" are as often words in capitals)
  if (x.has_tag("acr") && x.capitalised && !is_title_noun(x.lemma) && x.form.find('.') == std::string::npos &&
      x.form.size() >= 3 && x.form[1] >= 'A' && x.form[1] <= 'Z')
    return true;
  // "ez-Zor", "al-Assad": an unknown hyphenated word with a capital after the hyphen.
  if (x.unknown) {
    std::size_t h = x.form.find('-');
    if (h != std::string::npos && h + 1 < x.form.size() && x.form[h + 1] >= 'A' && x.form[h + 1] <= 'Z')
      return true;
  }
  return false;
}

// Nouns of geographic and urban features that name a place with a proper
// noun: "détroit de Béring", "île Devon", "musée du Louvre".
bool feature_noun(const std::string& lemma) {
  static const std::set<std::string> s{"détroit", "île", "mer", "baie", "golfe", "lac", "mont", "rivière", "fleuve",
                                       "canal", "cap", "océan", "désert", "massif", "péninsule", "presqu'île",
                                       "archipel", "col", "musée", "stade", "aéroport", "gare", "rue", "avenue",
                                       "boulevard", "pont", "château", "palais", "cathédrale", "basilique"};
  return s.count(lemma) > 0;
}

bool sentence_initial(const std::vector<FlatWord>& w, std::size_t i) {
  if (i == 0) return true;
  const std::string& p = w[i - 1].pos;
  if (p == "sent" || p == "lquot" || p == "guio" || p == "lpar") return true;
  // After a determiner at the sentence start ("L'Etat ...").
  return i == 1 && w[0].pos == "det";
}

// A capitalised common noun inside a sentence: "Etat" in "l'Etat islamique".
bool is_capitalised_noun(const std::vector<FlatWord>& w, std::size_t i) {
  const FlatWord& x = w[i];
  if (!x.capitalised || x.pos != "n") return false;
  if (i == 0 || (i == 1 && w[0].pos != "det")) return false;
  if (i > 0 && (w[i - 1].pos == "sent" || w[i - 1].pos == "lquot")) return false;
  // "chef d'Etat", "coup d'Etat": a capitalised complement of a common noun
  if (i >= 2 && w[i - 1].lemma == "de" && w[i - 2].pos == "n") return false;
  // a name needs more than the noun: "Etat islamique", "Conseil de sécurité"
  if (i + 1 >= w.size()) return false;
  const FlatWord& nx = w[i + 1];
  bool adj_next = nx.pos == "adj" || (nx.pos == "vblex" && nx.has_tag("pp"));
  bool de_cap = nx.lemma == "de" && i + 2 < w.size() && w[i + 2].capitalised;
  // "Jean Racine" (both read as common nouns): two capitalised words inside a sentence
  // (not a title: "Mme Pécresse"; not before a known name: "l'Economie Emmanuel Macron")
  bool cap_next = nx.capitalised && nx.pos == "n" && nx.begin == x.end + 1 && !is_title_noun(x.lemma) &&
                  !is_title_noun(nx.lemma) && x.form.find('.') == std::string::npos && x.form.size() > 3;
  return adj_next || de_cap || cap_next;
}

std::string mention_type(const std::vector<FlatWord>& w, std::size_t first, std::size_t last,
                         bool capitalised_noun, std::string& how) {
  bool loc = false, per = false, org = false;
  std::size_t unknown_caps = 0;
  for (std::size_t i = first; i < last; ++i) {
    if (w[i].pos == "np") {
      if (w[i].has_tag("loc")) loc = true;
      if (w[i].has_tag("ant") || w[i].has_tag("cog")) per = true;
      if (w[i].has_tag("org") || w[i].has_tag("al")) org = true;
    }
    if (w[i].unknown && w[i].capitalised) ++unknown_caps;
  }
  if (first > 0) {
    std::size_t p = first - 1;
    if (w[p].pos == "det" && p > 0) --p;
    // (not an acronym: "le député LREM" names the party)
    if (is_title_noun(w[p].lemma) && !loc && !org && !(last == first + 1 && all_capitals(w[first].form))) {
      how = "title-cue";
      return "PER";
    }
  }
  if (capitalised_noun) {
    how = "capitalisation";
    if (loc) return "GPE";  // "Fédération de Russie"
    return organisation_heads().count(w[first].lemma) ? "ORG" : "MISC";
  }
  // "Washington Post": a place name followed by an unknown capitalised word.
  if (loc && unknown_caps > 0 && last - first > 1 && !w[last - 1].has_tag("loc")) {
    how = "capitalisation";
    return "ORG";
  }
  for (std::size_t i = first; i < last; ++i)
    if (w[i].pos == "np") {
      how = "dict:" + w[i].tags.substr(0, w[i].tags.find('.', 3));
      break;
    }
  if (how.empty()) how = "capitalisation";
  if (per) return "PER";
  if (org) return "ORG";
  if (loc) return "GPE";
  if (unknown_caps >= 2) return "PER";
  return "MISC";
}

}  // namespace

bool is_title_noun(const std::string& lemma) { return is_title_word("fr", lemma); }

namespace {

// Adjectives of nationality (masculine lemma) of the countries news names most.
bool nationality_adjective(const FlatWord& x) {
  static const std::set<std::string> s{
      "russe", "américain", "français", "syrien", "turc", "iranien", "irakien", "israélien", "ukrainien",
      "allemand", "britannique", "chinois", "italien", "espagnol", "belge", "suisse", "libyen", "égyptien",
      "saoudien", "algérien", "marocain", "tunisien", "malien", "nigérian", "afghan", "pakistanais", "indien",
      "japonais", "coréen", "nord-coréen", "sud-coréen", "canadien", "mexicain", "brésilien", "vénézuélien",
      "polonais", "grec", "libanais", "jordanien", "yéménite", "soudanais", "éthiopien", "kurde", "palestinien",
      "qatari", "émirati", "azerbaïdjanais", "arménien", "géorgien", "biélorusse", "serbe", "hongrois"};
  return x.pos == "adj" && (s.count(x.lemma) > 0 || s.count(ontology::name_key(x.lemma)) > 0);
}

// A body of a country named by a common noun and a nationality adjective:
// "l'armée russe", "la marine américaine", "la police turque". Returns
// "national-force" for the armed forces, the diplomacy and the government, which act for the
// country (graph rule kb.national_force makes them the country),
// "national-body" for the others (an organisation of its own), "" for none.
std::string national_body(const std::vector<FlatWord>& w, std::size_t i) {
  static const std::set<std::string> forces{"armée", "marine", "aviation", "force", "diplomatie", "gouvernement", "régime"};
  static const std::set<std::string> bodies{"gendarmerie", "police", "garde côtière", "justice"};
  if (!(i + 1 < w.size() && w[i].pos == "n" && !w[i].capitalised && nationality_adjective(w[i + 1]))) return {};
  if (forces.count(w[i].lemma) > 0) return "national-force";
  if (bodies.count(w[i].lemma) > 0) return "national-body";
  return {};
}

}  // namespace

std::vector<Mention> find_mentions(const std::vector<FlatWord>& w, const std::string& text,
                                   std::size_t sentence, std::vector<int>& word_mention) {
  std::vector<Mention> out;
  word_mention.assign(w.size(), -1);
  for (std::size_t i = 0; i < w.size();) {
    // FR-M-force: "l'armée russe a annoncé", "la police turque": a body of a
    // country, one mention (ORG); the armed forces and the diplomacy act for
    // the country (graph/from_facts.cpp, rule kb.national_force)
    if (const std::string body = national_body(w, i);
        !body.empty() && (i + 2 >= w.size() || !is_name_word(w, i + 2))) {
      Mention m;
      m.begin = w[i].begin;
      m.end = w[i + 1].end;
      m.text = text.substr(m.begin, m.end - m.begin);
      m.type = "ORG";
      m.how = body;
      m.key = ontology::name_key(m.text);
      m.sentence = sentence;
      word_mention[i] = word_mention[i + 1] = static_cast<int>(out.size());
      out.push_back(std::move(m));
      i += 2;
      continue;
    }
    // "les Russes ont bombardé": a people named by its demonym (a capitalised
    // plural adjective or noun after "les"/"des"); graph/resolve links it
    if (i > 0 && w[i - 1].pos == "det" && w[i].capitalised && !w[i].unknown && w[i].has_tag("pl") &&
        (w[i].pos == "adj" || w[i].pos == "n") && w[i].begin > w[i - 1].end &&
        !(i + 1 < w.size() && is_name_word(w, i + 1))) {
      Mention m;
      m.begin = w[i].begin;
      m.end = w[i].end;
      m.text = text.substr(m.begin, m.end - m.begin);
      m.type = "MISC";
      m.how = "demonym";
      m.key = ontology::name_key(m.text);
      m.sentence = sentence;
      if (!m.key.empty()) {
        word_mention[i] = static_cast<int>(out.size());
        out.push_back(std::move(m));
      }
      ++i;
      continue;
    }
    bool cap_noun = false;
    if (!is_name_word(w, i)) {
      if (!is_capitalised_noun(w, i)) { ++i; continue; }
      cap_noun = true;
    } else if (sentence_initial(w, i) && w[i].unknown && w[i].capitalised && w[i].pos != "np" &&
               !(i + 1 < w.size() && is_name_word(w, i + 1))) {
      // A lone unknown capitalised first word is as likely a typo or a rare word.
      if (w[i].form.size() < 4) { ++i; continue; }
    }
    std::size_t j = i + 1;
    if (cap_noun) {
      // "Etat islamique", "Conseil de sécurité": the noun, its adjectives, a "de" + noun complement;
      // "Jean Racine": capitalised words after it
      while (j < w.size() && w[j].capitalised && w[j].pos == "n" && w[j].begin == w[j - 1].end + 1 &&
             !is_title_noun(w[j].lemma))
        ++j;
      while (j < w.size() && (w[j].pos == "adj" || (w[j].pos == "vblex" && w[j].has_tag("pp"))) &&
             !disagree(w[i], w[j]))
        ++j;
      if (j + 1 < w.size() && w[j].lemma == "de" && w[j].pos == "pr" &&
          (w[j + 1].pos == "n" || is_name_word(w, j + 1)) && w[j + 1].capitalised)
        j += 2;
    } else {
      for (;;) {
        // "le maire de Lyon Gérard Collomb", "préfet de police de Paris Michel
        // Delpuech": a first name after a place name starts another name
        if (j < w.size() && w[j].pos == "np" && w[j].has_tag("ant") &&
            ((w[j - 1].pos == "np" && w[j - 1].has_tag("loc")) || w[j - 1].has_tag("acr") || all_capitals(w[j - 1].form)) &&
            j + 1 < w.size() && is_name_word(w, j + 1))
          break;  // (and "PACA Christian Estrosi": after an acronym)
        if (j < w.size() && is_name_word(w, j)) { ++j; continue; }
        // "Washington Post", "Wall Street Journal": a capitalised known word after a name
        if (j < w.size() && w[j].capitalised && (w[j].pos == "n" || w[j].pos == "adj") && w[j].begin > w[j - 1].end)
          { ++j; continue; }
        // "Mark Ballas" (read as a verb): any capitalised word right after a first name
        if (j < w.size() && w[j].capitalised && w[j - 1].pos == "np" && w[j - 1].has_tag("ant") &&
            w[j].begin == w[j - 1].end + 1 && has_letter(w[j].form))
          { ++j; continue; }
        // particle(s) followed by a name word
        std::size_t k = j;
        // "ez-Zor", "al-Assad": a particle and a hyphen the analyser split off
        while (k < w.size() && k < j + 3 && (is_particle(w[k]) || (w[k].form == "-" && k > j))) ++k;
        if (k > j && k < w.size() && is_name_word(w, k) && w[k].capitalised) { j = k + 1; continue; }
        // "Andrew G. Vajna": a middle initial and its full stop, after a first name
        if (j + 2 < w.size() && w[j - 1].pos == "np" && w[j - 1].has_tag("ant") && w[j].form.size() == 1 &&
            w[j].form[0] >= 'A' && w[j].form[0] <= 'Z' &&
            w[j + 1].form == "." && w[j + 1].begin == w[j].end && is_name_word(w, j + 2) && w[j + 2].capitalised) {
          j += 3;
          continue;
        }
        // "Charles Le Brun", "Eustache Le Sueur": a capitalised article between
        // a name and a capitalised word is a surname's particle, whatever the word
        if (j + 1 < w.size() && (w[j].form == "Le" || w[j].form == "La") && w[j + 1].capitalised &&
            has_letter(w[j + 1].form) && w[j + 1].begin == w[j].end + 1 && w[j].begin == w[j - 1].end + 1) {
          j += 2;
          continue;
        }
        // "Caroline du Sud", "Corée du Nord": a name and its cardinal point
        static const std::set<std::string> points{"Sud", "Nord", "Est", "Ouest"};
        if (j + 2 < w.size() && w[j].lemma == "de" && w[j + 1].pos == "det" && w[j + 1].begin == w[j].begin &&
            points.count(w[j + 2].form)) {  // "du" = de + le, one token
          j += 3;
          continue;
        }
        // "Vaulx-en-Velin", "Saint-Germain-en-Laye": a hyphenated place name
        // the analyser split ("-en" read as a clitic): glued pieces that start
        // with a hyphen, then a glued capitalised word
        {
          std::size_t k = j;
          while (k < w.size() && k < j + 3 && w[k].begin == w[k - 1].end && !w[k].form.empty() && w[k].form[0] == '-')
            ++k;
          if (k > j && k < w.size() && w[k].begin == w[k - 1].end && w[k].capitalised) {
            j = k + 1;
            continue;
          }
        }
        // "France 2", "Europe 1": a one-word name and one digit, no noun after
        // it but a day ("France 2 fois championne" counts; "sur Europe 1 dimanche")
        static const std::set<std::string> days{"lundi", "mardi", "mercredi", "jeudi", "vendredi",
                                                "samedi", "dimanche", "matin", "soir"};
        if (j == i + 1 && j < w.size() && w[j].pos == "num" && w[j].form.size() == 1 && w[j].form[0] >= '1' &&
            w[j].form[0] <= '9' && w[j].begin == w[j - 1].end + 1 &&
            (j + 1 >= w.size() || ((w[j + 1].pos != "n" || days.count(w[j + 1].lemma)) && w[j + 1].pos != "adj"))) {
          ++j;
          break;
        }
        // "Jeanne d'Arc", "Côte d'Ivoire": an elided "d'" glued to a
        // capitalised word after a name joins it, even a common noun ("Arc")
        if (j + 1 < w.size() && w[j].form == "d'" && w[j + 1].capitalised && w[j + 1].begin == w[j].end &&
            (w[j + 1].pos == "n" || w[j + 1].pos == "adj" || w[j + 1].pos == "np")) {
          j += 2;
          continue;
        }
        break;
      }
    }
    // "détroit de Béring", "île Devon", "musée du Louvre", "gare du Nord": a
    // geographic or urban feature noun in lower case before the name (with
    // or without "de") is part of the place's name
    std::size_t start = i;
    bool feature = false;
    if (!cap_noun && i >= 1) {
      std::size_t f = i - 1;
      if (f >= 1 && w[f].pos == "det" && w[f].lemma == "le" && w[f - 1].lemma == "de" && w[f - 1].begin == w[f].begin)
        --f;  // "du" = de + le, one token
      if (f >= 1 && (w[f].lemma == "de") && w[f].pos == "pr") --f;
      if (w[f].pos == "n" && !w[f].capitalised && feature_noun(w[f].lemma)) {
        start = f;
        feature = true;
      }
    }
    Mention m;
    m.begin = w[start].begin;
    m.end = w[j - 1].end;
    m.text = text.substr(m.begin, m.end - m.begin);
    m.type = mention_type(w, i, j, cap_noun, m.how);
    if (feature) m.type = "LOC";
    // A name of no known kind after "en" ("en Ontario") or
    // after "de" with a noun for a place ("la région d'Igloulik",
    // "originaire de Trbovlje") is a place
    if (m.type == "MISC" && start >= 1) {
      static const std::set<std::string> place_nouns{
          "région", "district", "ville", "commune", "village", "province", "département", "canton", "comté",
          "territoire", "communauté", "originaire", "habitant", "capitale", "banlieue", "environs", "périphérie"};
      const FlatWord& p = w[start - 1];
      // (not "à": "demander à Macron", "dire à BFMTV")
      if (p.pos == "pr" && p.lemma == "en" && p.form == "en")
        m.type = "LOC";
      else if (p.pos == "pr" && p.lemma == "de" && start >= 2 && place_nouns.count(w[start - 2].lemma))
        m.type = "LOC";
    }
    if (j == i + 2 && w[j - 1].pos == "num") m.type = "ORG";  // "France 2", "Europe 1": a channel
    if (j >= i + 3 && (w[j - 1].form == "Sud" || w[j - 1].form == "Nord" || w[j - 1].form == "Est" ||
                       w[j - 1].form == "Ouest") && w[j - 3].lemma == "de")
      m.type = "GPE";  // "Caroline du Sud"
    m.key = ontology::name_key(m.text);
    m.sentence = sentence;
    if (m.key.empty()) { i = j; continue; }
    for (std::size_t k = start; k < j; ++k) word_mention[k] = static_cast<int>(out.size());
    out.push_back(std::move(m));
    i = j;
  }
  // "à Lorient et Sète", "en Ontario, au Manitoba": a name of no known kind
  // coordinated with a place is a place
  for (std::size_t k = 1; k < out.size(); ++k) {
    if (out[k].type != "MISC" || (out[k - 1].type != "LOC" && out[k - 1].type != "GPE")) continue;
    if (out[k - 1].end > out[k].begin) continue;
    const std::string between = text.substr(out[k - 1].end, out[k].begin - out[k - 1].end);
    if (between == " et " || between == " ou " || between == ", ") out[k].type = "LOC";
  }
  return out;
}

}  // namespace kg::extract::fr
