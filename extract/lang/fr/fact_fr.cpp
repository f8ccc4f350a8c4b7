#include "extract/lang/fr/fact_fr.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "extract/facts/predicate.h"
#include "extract/lang/fr/clause_fr.h"
#include "extract/lang/fr/fact_time_fr.h"
#include "extract/lang/fr/mention_fr.h"
#include "ontology/name_key.h"

namespace kg::extract::fr {

namespace {

using Kind = Chunk::Kind;

const std::set<std::string>& speech_verbs() {
  static const std::set<std::string> s{
      "annoncer", "déclarer", "affirmer", "dire", "indiquer", "estimer", "expliquer", "assurer", "confirmer",
      "révéler", "souligner", "ajouter", "préciser", "rappeler", "juger", "considérer", "penser", "croire",
      "reconnaître", "démentir", "nier", "prévenir", "avertir", "écrire", "rapporter", "affirmer", "insister",
      "estimer", "admettre", "promettre", "répéter", "soutenir", "prétendre", "signaler", "dénoncer", "accuser",
      // mostly in incises: "…", a poursuivi l'actrice / rapporte Europe 1
      "poursuivre", "conclure", "raconter", "confier", "témoigner", "déplorer", "regretter", "commenter",
      "résumer", "noter", "observer", "relever", "rétorquer", "répondre", "ironiser", "marteler", "tweeter",
      "détailler", "lancer", "martelé", "glisser", "s'interroger", "interroger", "avancer", "plaider"};
  return s;
}

// fr.speech.venue: where something was said ("a affirmé sur France 2", "indique
// dans un communiqué", "a déclaré au Parisien", "a annoncé à Vaulx-en-Velin")
// is no object of the saying. For a verb of saying, a PP (sur, à, dans,
// devant) naming a medium (a named organisation, or a noun such as
// "communiqué", "micro", "antenne") gives "venue", one naming a place gives
// "place"; "" for any other PP (a person told, a topic: "s'exprimer sur les
// revendications").
std::string venue_kind(const std::vector<FlatWord>& w, const Chunk& pp, const std::vector<Mention>& mentions,
                       const std::string& verb) {
  static const std::set<std::string> saying{
      "annoncer", "déclarer", "affirmer", "dire", "indiquer", "expliquer", "assurer", "confirmer", "préciser",
      "ajouter", "souligner", "rappeler", "estimer", "juger", "exprimer", "réagir", "détailler", "confier",
      "raconter", "témoigner", "commenter", "démentir", "reconnaître", "avouer", "lancer", "répéter", "marteler"};
  static const std::set<std::string> media{
      "communiqué", "blog", "micro", "antenne", "interview", "entretien", "plateau", "journal", "chaîne", "radio",
      "télévision", "site", "compte", "réseau", "tweet", "message", "lettre", "tribune", "émission", "page",
      "vidéo", "colonne", "courrier", "quotidien", "hebdomadaire", "magazine", "presse", "média", "publication"};
  if (pp.kind != Chunk::Kind::PP || !saying.count(verb)) return {};
  if (pp.prep != "sur" && pp.prep != "à" && pp.prep != "dans" && pp.prep != "devant") return {};
  if (pp.mention >= 0) {
    const std::string& type = mentions[static_cast<std::size_t>(pp.mention)].type;
    if (type == "PER") return {};
    return type == "GPE" || type == "LOC" ? "place" : "venue";
  }
  return media.count(w[pp.head].lemma) ? "venue" : "";
}

// The verb a French action noun names ("réduction" -> "réduire"), for the
// nominal relations of fr.nominal; "" when not one of these.
std::string nominal_verb(const std::string& noun) {
  static const std::map<std::string, std::string> m{
      {"réduction", "réduire"},   {"augmentation", "augmenter"}, {"retrait", "retirer"},
      {"déploiement", "déployer"}, {"suppression", "supprimer"},  {"fermeture", "fermer"},
      {"ouverture", "ouvrir"},    {"création", "créer"},         {"construction", "construire"},
      {"livraison", "livrer"},    {"vente", "vendre"},           {"achat", "acheter"},
      {"rachat", "racheter"},     {"signature", "signer"},       {"lancement", "lancer"},
      {"renforcement", "renforcer"}, {"envoi", "envoyer"},       {"acquisition", "acquérir"},
      {"hausse", "augmenter"},    {"baisse", "baisser"},         {"interdiction", "interdire"},
      {"levée", "lever"},         {"extension", "étendre"},      {"installation", "installer"},
      {"nomination", "nommer"},   {"libération", "libérer"},     {"évacuation", "évacuer"},
      {"reconnaissance", "reconnaître"}, {"rétablissement", "rétablir"}, {"maintien", "maintenir"}};
  auto it = m.find(noun);
  return it == m.end() ? "" : it->second;
}

// Verbs whose subject is nearly always a person (besides speech verbs).
const std::set<std::string>& human_verbs() {
  static const std::set<std::string> s{"démissionner", "voter", "présenter", "souhaiter", "espérer", "craindre",
                                       "vouloir", "refuser", "accepter", "rencontrer", "réagir", "naître",
                                       "mourir", "épouser", "sourire", "pleurer", "plaisanter", "avouer"};
  return s;
}

// The grammatical gender of a person from how the text names them: a title
// before the name ("Mme", "M.") or the first name's ending (French and many
// other first names ending in -e or -a are feminine, less a list of
// frequent masculine ones). '?' when nothing tells.
char person_gender(const std::vector<FlatWord>& w, const Mention& m) {
  std::size_t i = 0;
  while (i < w.size() && w[i].begin < m.begin) ++i;
  if (i > 0 && i < w.size() && w[i].begin == m.begin) {
    std::string p = ontology::name_key(w[i - 1].form);
    if (p == "mme" || p == "madame" || p == "mlle") return 'f';
    if (p == "m" || p == "monsieur") return 'm';
  }
  if (m.text.find(' ') == std::string::npos) return '?';  // a surname alone
  std::string raw = m.text.substr(0, m.text.find(' '));
  raw = raw.substr(0, raw.find('-'));
  if (raw.size() > 2 && raw.compare(raw.size() - 2, 2, "\xC3\xA9") == 0) return 'm';  // "Hervé", "René"
  std::string first = ontology::name_key(m.text.substr(0, m.text.find(' ')));
  first = first.substr(0, first.find(' '));  // "jean marie" -> "jean"
  static const std::set<std::string> masculine{
      "pierre", "philippe", "christophe", "stephane", "jerome", "guillaume", "alexandre", "antoine", "claude",
      "dominique", "maxime", "baptiste", "ange", "steve", "mike", "george", "luca", "nicola", "mustapha",
      "moustapha", "sacha", "joshua", "jose", "andrea", "gustave", "achille", "blaise", "theophile", "emile",
      "jules", "bruce", "jake", "joe", "dave", "pape", "jorge", "jaime", "cyrille"};
  static const std::set<std::string> feminine{
      "agnes", "elisabeth", "elizabeth", "najat", "carmen", "ingrid", "rachel", "muriel", "isabel", "marion",
      "manon", "alison", "karin", "chantal", "myriam", "miriam", "esther", "ruth", "judith", "helen", "ellen",
      "karen", "meryl", "sharon", "megan", "lou", "nour", "yasmin", "gwen", "marylin", "evelyn", "jocelyn"};
  if (feminine.count(first)) return 'f';
  if (masculine.count(first)) return 'm';
  if (first.size() < 3) return '?';
  char last = first.back();
  if (last == 'e' || last == 'a') return 'f';
  if (last == 'y' || last == 'i' || last == 'u') return '?';  // Kelly, Rémy, Dani, Lou: either
  return 'm';
}

// Nouns of a source that speaks for its owner: "un article du Washington Post".
const std::set<std::string>& source_nouns() {
  static const std::set<std::string> s{"article", "rapport", "communiqué", "enquête", "étude", "éditorial",
                                       "porte-parole", "source", "document", "journal", "site", "compte",
                                       "magazine", "quotidien", "hebdomadaire", "chaîne", "radio", "média"};
  return s;
}

// English for French prepositions: the dictionaries list several readings
// ("en" -> at/in/on) and the first is often not the one a relation wants.
std::string preposition_english(const std::string& p) {
  static const std::map<std::string, std::string> m{
      {"en", "in"},         {"à", "to"},          {"dans", "in"},        {"de", "of"},       {"sur", "on"},
      {"avec", "with"},     {"pour", "for"},      {"contre", "against"}, {"par", "by"},      {"vers", "towards"},
      {"chez", "at"},       {"entre", "between"}, {"sans", "without"},   {"sous", "under"},  {"après", "after"},
      {"avant", "before"},  {"depuis", "since"},  {"selon", "according to"}, {"auprès de", "with"},
      {"face à", "facing"}, {"envers", "towards"}, {"parmi", "among"},   {"malgré", "despite"},
      {"près de", "near"},  {"au sein de", "within"}, {"lors de", "during"}, {"dès", "from"}, {"hors de", "outside"},
      {"à côté de", "beside"}, {"au-delà de", "beyond"}, {"grâce à", "thanks to"}, {"à cause de", "because of"}};
  auto it = m.find(p);
  return it == m.end() ? "" : it->second;
}

struct Ctx {
  const SentenceInput& in;
  const std::vector<FlatWord>& w;
  const std::vector<Chunk>& c;
  std::vector<Mention>& mentions;
  AgentHistory& history;
  BilingualDictionary* dict;
  std::vector<Fact>& out;
  std::string attribution;  // "selon X" for the whole sentence
  std::vector<Mention> acting;  // persons found through fr.coref.role (acting here)
};

// First word of the noun group of an NP or PP.
std::size_t np_start(const Ctx& x, const Chunk& ch) {
  std::size_t k = ch.first;
  if (ch.kind == Kind::PP)
    while (k < ch.last && x.w[k].pos == "pr") ++k;
  return k;
}

std::string span_text(const Ctx& x, std::size_t first, std::size_t last) {
  if (first >= last) return "";
  std::uint32_t b = x.w[first].begin, e = x.w[last - 1].end;
  return x.in.doc->text.substr(b, e - b);
}

// Text scraped from a page often glues a heading or caption to the next
// sentence ("la MancheLes migrants", "la CGT.Interrogé"): a lower-case run of
// three letters followed by a capitalised word, or a name, a full stop and a
// capitalised word with no space. A clause across such a seam mixes two texts.
bool has_seam(const std::string& t, std::uint32_t b, std::uint32_t e) {
  auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
  auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
  auto letter = [&](char ch) { return lower(ch) || upper(ch); };
  for (std::uint32_t i = b + 3; i + 1 < e; ++i) {
    if (upper(t[i]) && lower(t[i + 1]) && lower(t[i - 1]) && lower(t[i - 2]) && lower(t[i - 3])) return true;
    // an accented capital (UTF-8 C3 80..9E: "À", "É") glued to a lower-case run: "son réseauÀ partir"
    if (static_cast<unsigned char>(t[i]) == 0xC3 && i + 1 < e && static_cast<unsigned char>(t[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(t[i + 1]) <= 0x9E && static_cast<unsigned char>(t[i + 1]) != 0x97 &&
        lower(t[i - 1]) && lower(t[i - 2]) && lower(t[i - 3]))
      return true;
    if (t[i] == '.' && upper(t[i + 1]) && i + 2 < e && lower(t[i + 2]) && letter(t[i - 1]) && letter(t[i - 2]))
      return true;
  }
  return false;
}

// Nouns that count something and need their "de" complement to mean anything:
// "une centaine de personnes", not "une centaine".
bool quantity_noun(const std::string& lemma) {
  static const std::set<std::string> s{"centaine", "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine",
                                       "quarantaine", "cinquantaine", "millier", "million", "milliard", "partie",
                                       "majorité", "moitié", "plupart", "nombre", "total", "série", "ensemble",
                                       "reste", "part", "tiers", "quart", "poignée", "foule", "groupe"};
  return s.count(lemma) > 0;
}

Argument argument_of(const Ctx& x, const Chunk& ch) {
  Argument a;
  if (ch.mention >= 0) {
    a.is_entity = true;
    a.mention = x.mentions[static_cast<std::size_t>(ch.mention)];
    return a;
  }
  std::size_t f = np_start(x, ch);
  a.mention.begin = x.w[f].begin;
  a.mention.end = x.w[ch.last - 1].end;
  a.mention.text = span_text(x, f, ch.last);
  a.mention.type = "CONCEPT";
  std::size_t g = f;
  while (g + 1 < ch.last && (x.w[g].pos == "det" || x.w[g].pos == "predet")) ++g;
  a.mention.label = span_text(x, g, ch.last);
  a.mention.key = ontology::name_key(a.mention.label);
  a.mention.sentence = x.in.index;
  a.mention.how = "noun-group";
  return a;
}

// A noun group that is not a name, with its "de" complements up to chunk
// `last` (inclusive): "le chef de l'Etat", "une centaine de personnes".
Argument argument_with_complements(const Ctx& x, std::size_t k, std::size_t last) {
  Argument a = argument_of(x, x.c[k]);
  if (a.is_entity || last <= k) return a;
  const Chunk& ch = x.c[k];
  std::size_t f = np_start(x, ch);
  std::size_t end = x.c[last].last;
  a.mention.end = x.w[end - 1].end;
  a.mention.text = span_text(x, f, end);
  std::size_t g = f;
  while (g + 1 < ch.last && (x.w[g].pos == "det" || x.w[g].pos == "predet")) ++g;
  a.mention.label = span_text(x, g, end);
  a.mention.key = ontology::name_key(a.mention.label);
  return a;
}

// The last chunk of the "de" complements of the noun group at k that are not
// names, before `limit`: at most two ("le ministre de l'Intérieur").
std::size_t de_complements(const Ctx& x, std::size_t k, std::size_t limit) {
  std::size_t l = k;
  while (l + 1 < limit && l < k + 2 && x.c[l + 1].kind == Kind::PP && x.c[l + 1].prep == "de" &&
         x.c[l + 1].mention < 0 && !is_time_chunk(*x.in.lexicon, x.w, x.c[l + 1]))
    ++l;
  return l;
}

// The antecedent of a relative pronoun at chunk r: the nearest NP or PP to its left.
// "David Rachline, maire de Fréjus et sénateur du Var, qui a affirmé": after an
// apposition that a comma closes, the person the apposition describes.
int antecedent(const Ctx& x, std::size_t r) {
  if (r >= 2 && x.c[r - 1].kind == Kind::PUNCT && x.w[x.c[r - 1].first].pos == "cm") {
    std::size_t j = 0;  // the comma that opens the apposition
    for (std::size_t k = r - 1; k-- > 0;) {
      const Chunk& ch = x.c[k];
      if (ch.kind == Kind::PUNCT && x.w[ch.first].pos == "cm") { j = k; break; }
      if (ch.kind != Kind::NP && ch.kind != Kind::PP && ch.kind != Kind::CONJ && ch.kind != Kind::ADJ) break;
    }
    if (j >= 1 && j + 1 < r && x.c[j - 1].kind == Kind::NP && x.c[j - 1].mention >= 0 &&
        x.mentions[static_cast<std::size_t>(x.c[j - 1].mention)].type == "PER" && x.c[j + 1].kind == Kind::NP &&
        x.c[j + 1].mention < 0 && is_title_noun(x.w[x.c[j + 1].head].lemma))
      return static_cast<int>(j - 1);
  }
  for (std::size_t k = r; k-- > 0;) {
    const Chunk& ch = x.c[k];
    if (ch.kind == Kind::NP || ch.kind == Kind::PP) return static_cast<int>(k);
    if (ch.kind == Kind::PUNCT && x.w[ch.first].pos == "cm") continue;
    if (ch.kind == Kind::ADJ || ch.kind == Kind::ADV) continue;
    break;
  }
  return -1;
}

// A noun that a following name qualifies rather than names: a plural ("les
// militants CGT") or a member of a group ("l'élue RN").
bool qualified_by_name(const FlatWord& noun) {
  static const std::set<std::string> members{"élu", "militant", "sympathisant", "adhérent", "membre",
                                             "électeur", "partisan", "responsable", "cadre", "député",
                                             "sénateur", "conseiller", "dirigeant", "salarié", "employé"};
  return (noun.pos == "n" || noun.pos == "adj") && (noun.has_tag("pl") || members.count(noun.lemma) > 0);
}

// The number of the finite verb of verb group v: 's', 'p' or '?'.
char verb_number(const Ctx& x, std::size_t v) {
  for (std::size_t i = x.c[v].first; i < x.c[v].last; ++i) {
    const FlatWord& w = x.w[i];
    if (w.pos != "vblex" && w.pos != "vbser" && w.pos != "vbhaver" && w.pos != "vbmod" && w.pos != "vaux") continue;
    if (w.has_tag("pp") || w.has_tag("inf") || w.has_tag("ger")) continue;
    if (w.has_tag("sg")) return 's';
    if (w.has_tag("pl")) return 'p';
  }
  return '?';
}

// fr.rel.qui, high attachment: in "N1 de N2, qui ..." French attaches the
// relative to the head noun N1 ("un journaliste de l'Express, qui explique",
// "l'effondrement de deux immeubles du centre de Marseille, qui a fait 8
// morts"). Stays with N2 when N1 counts or frames it ("la moitié des
// actionnaires, qui", "la ville de Lyon, qui"), is a body acting for N2 ("la
// délégation de l'Inde, qui négocie": India, as for the armed forces), is no
// common noun, or when only N2 agrees in number with the verb. `a` is the
// nearest noun group; returns the head chunk of the "de" chain.
std::size_t high_attachment(const Ctx& x, std::size_t a, char number) {
  static const std::set<std::string> frames{
      "ville", "commune", "village", "région", "province", "département", "île", "quartier", "pays", "royaume",
      "république", "territoire", "nom", "cas", "type", "sorte", "genre", "forme",
      // bodies that act for their country or organisation
      "délégation", "gouvernement", "conseil", "direction", "armée", "ministère", "ambassade", "administration",
      "autorité", "service", "équipe", "force", "troupe", "diplomatie", "état-major", "police", "justice"};
  // the noun group before chunk k, over a parenthesis ("L'ex-députée RN (ex-FN)
  // du Vaucluse"); k itself when there is none
  auto before = [&](std::size_t k) -> std::size_t {
    if (k < 1) return k;
    std::size_t p = k - 1;
    if (x.c[p].kind == Kind::PUNCT && x.w[x.c[p].first].form == ")") {
      while (p > 0 && !(x.c[p].kind == Kind::PUNCT && x.w[x.c[p].first].form == "(")) --p;
      if (p == 0) return k;
      --p;
    }
    // "l'ex-députée RN", "le parti LR": a name right after a common noun qualifies it
    if (p >= 1 && x.c[p].kind == Kind::NP && x.c[p].mention >= 0 && x.c[p - 1].kind == Kind::NP &&
        x.c[p - 1].mention < 0 && x.w[x.c[p - 1].head].pos == "n")
      --p;
    return p;
  };
  std::size_t k = a;
  while (k >= 1 && x.c[k].kind == Kind::PP && x.c[k].prep == "de") {
    const std::size_t p = before(k);
    if (p == k || !(x.c[p].kind == Kind::NP || x.c[p].kind == Kind::PP) || is_time_chunk(*x.in.lexicon, x.w, x.c[p])) break;
    const FlatWord& head = x.w[x.c[p].head];
    // a name heading N1 stops the chain; one qualifying its noun does not ("l'ex-députée RN")
    if (x.c[p].mention >= 0) {
      const Mention& m = x.mentions[static_cast<std::size_t>(x.c[p].mention)];
      if (head.begin >= m.begin && head.end <= m.end) break;
    }
    if (head.pos != "n" || quantity_noun(head.lemma) || frames.count(head.lemma) > 0) break;
    k = p;
  }
  if (k == a) return a;
  char g = '?', n = '?';
  np_features(x.w, x.c[k], g, n);
  if (number != '?' && n != '?' && n != number) return a;
  return k;
}

bool compound_role(const Ctx& x, std::size_t a, std::size_t limit, PredicateWord& word, std::size_t& next);

// The text of a venue, chunks [p, l], without preposition or determiner
// ("au micro d'Europe 1" -> "micro d'Europe 1").
std::string venue_text(const Ctx& x, std::size_t p, std::size_t l) {
  std::size_t b = np_start(x, x.c[p]);
  while (b < x.c[p].head && (x.w[b].pos == "det" || x.w[b].pos == "predet")) ++b;
  return span_text(x, b, x.c[l].last);
}

// fr.coref.role: a definite role description as subject ("le chef d'Etat
// russe", "la ministre", "le président américain") stands for the person
// named last as an actor (a subject, a "par" agent) in the sentence before,
// when their genders agree. Not when the role names its organisation or
// country ("le président des Républicains" is not whoever was named before)
// nor for titles of address.
// Chunks [np, end) are the noun group and its complements; `gender` the
// noun group's.
const Mention* role_antecedent(const Ctx& x, std::size_t np, std::size_t end, char gender) {
  const Chunk& ch = x.c[np];
  if (ch.kind != Kind::NP || ch.mention >= 0) return nullptr;
  const FlatWord& first = x.w[ch.first];
  if (first.pos != "det" || !first.has_tag("def")) return nullptr;
  static const std::set<std::string> roles{
      "président", "présidente", "ministre", "chef", "porte-parole", "général", "dirigeant", "dirigeante",
      "secrétaire", "ambassadeur", "ambassadrice", "député", "députée", "sénateur", "sénatrice", "maire", "roi",
      "reine", "prince", "princesse", "directeur", "directrice", "patron", "patronne", "chancelier",
      "chancelière", "gouverneur", "préfet", "préfète", "émir", "commandant", "colonel", "procureur", "premier"};
  if (!roles.count(x.w[ch.head].lemma)) return nullptr;
  // "du Sénat", "du club" tie the role to some institution; a bare "d'Etat"
  // is part of the title, and so is "de l'État" in a compound title ("le
  // chef de l'État", "le ministre de l'Intérieur")
  for (std::size_t k = np + 1; k < end; ++k) {
    if (x.c[k].mention >= 0) return nullptr;
    if (x.c[k].kind == Kind::PP && np_start(x, x.c[k]) != x.c[k].head) {  // also "du club": some other boss
      PredicateWord role;
      std::size_t next = 0;
      if (!(compound_role(x, np, k + 1, role, next) && next == k + 1)) return nullptr;
    }
  }
  const Mention* p = x.history.last_person(x.in.index, x.in.begin, 1);
  if (!p) return nullptr;
  char pg = person_gender({}, *p);
  if (gender != '?' && pg != '?' && gender != pg) return nullptr;
  return p;
}

struct Subject {
  std::vector<Argument> args;
  std::string rule;  // "" plain; "fr.rel.qui", "fr.pron", "fr.coord.vp", ...
  bool found = false;
  char gender = '?', number = '?';
  std::string phrase;  // the whole subject phrase ("le chef d'Etat russe"), for attributions
};

// Walks left from verb group v to its subject.
Subject find_subject(Ctx& x, std::size_t v, const std::vector<Subject>& previous) {
  Subject s;
  for (std::size_t k = v; k-- > 0;) {
    const Chunk& ch = x.c[k];
    if (ch.kind == Kind::ADV) continue;
    if (ch.kind == Kind::PUNCT && is_quote(x.w[ch.first])) continue;
    if (ch.kind == Kind::REL) {
      std::string l = x.w[ch.first].lemma;
      if (l != "qui" && l != "lequel" && l != "laquelle") return s;
      int a = antecedent(x, k);
      if (a < 0) return s;
      const std::size_t low = static_cast<std::size_t>(a);
      const std::size_t high = high_attachment(x, low, verb_number(x, v));
      s.args.push_back(high < low ? argument_with_complements(x, high, low) : argument_of(x, x.c[low]));
      np_features(x.w, x.c[high], s.gender, s.number);
      s.rule = "fr.rel.qui";
      s.found = true;
      return s;
    }
    if (ch.kind == Kind::PRON) {
      const FlatWord& p = x.w[ch.first];
      std::string l = ontology::name_key(p.form);
      char g = '?', n = '?';
      // impersonal "il": "il y a", "il faut", "il s'agit", "il est possible"
      const Chunk& vg = x.c[v];
      if (l == "il" && (vg.object_clitic == "y" || vg.verb == "falloir" || vg.verb == "agir" || vg.verb == "sembler" ||
                        vg.verb == "exister" || vg.verb == "suffire" || vg.verb == "valoir" || vg.verb == "importer" ||
                        vg.verb == "paraître" || vg.verb == "pleuvoir" || vg.verb == "rester" || vg.copula))
        return s;
      if (l == "il") { g = 'm'; n = 's'; }
      else if (l == "elle") { g = 'f'; n = 's'; }
      else return s;  // ils, elles, on, je, nous, ce, cela...: no fact (groups are rarely one named entity)
      // a named entity, subject in this sentence or the two before, nearest
      // first; a person for a verb of speech or another human act
      const bool human = speech_verbs().count(vg.verb) > 0 || human_verbs().count(vg.verb) > 0;
      const Argument* a = x.history.resolve_ranked(g, n, x.in.index, 2, human);
      if (!a || !a->is_entity) return s;
      Argument r = *a;
      r.mention.via = "pronoun:" + p.form;
      s.args.push_back(r);
      s.gender = g;
      s.number = n;
      s.rule = "fr.pron";
      s.found = true;
      return s;
    }
    if (ch.kind == Kind::PP) continue;  // "un article du Washington Post"
    if (ch.kind == Kind::NP && is_time_chunk(*x.in.lexicon, x.w, ch)) continue;  // "Vendredi, le rapport propose"
    // fr.subj.participle: "un forcené prétendant détenir des explosifs
    // réclame", "un homme ayant menacé des policiers a été arrêté": a noun
    // group after a present participle (and its infinitives) is that verb's
    // object; the subject is the noun group before the participle
    if (ch.kind == Kind::NP && k >= 2 && x.c[k - 1].kind == Kind::VG && !x.c[k - 1].finite) {
      std::size_t j = k - 1;
      while (j >= 1 && x.c[j - 1].kind == Kind::VG && !x.c[j - 1].finite) --j;  // "prétendant détenir"
      const FlatWord& first = x.w[x.c[j].first];
      if (j >= 1 && (first.has_tag("ppres") || first.has_tag("ger")) && x.c[j - 1].kind == Kind::NP &&
          !is_time_chunk(*x.in.lexicon, x.w, x.c[j - 1])) {
        s.rule = "fr.subj.participle";
        k = j;  // the loop steps on to the noun group before the participle
        continue;
      }
    }
    // "les remarques du président Hollande a conduit": a name after a title
    // in a PP belongs to that PP, not to the subject position
    if (ch.kind == Kind::NP && ch.mention >= 0 && k >= 1 && x.c[k - 1].kind == Kind::PP && x.c[k - 1].mention < 0 &&
        is_title_noun(x.w[x.c[k - 1].last - 1].lemma))
      continue;
    // "les sympathisants PS ont", "l'élue RN a": a name (not a person's)
    // right after a plural noun or a noun for a member qualifies it; the noun
    // group is the subject ("le syndicat FO a", a singular class noun, is an
    // apposition: the name is)
    if (ch.kind == Kind::NP && ch.mention >= 0 && k >= 1 && x.c[k - 1].kind == Kind::NP &&
        x.c[k - 1].mention < 0 && x.w[x.c[k - 1].head].pos == "n" && qualified_by_name(x.w[x.c[k - 1].head]) &&
        x.mentions[static_cast<std::size_t>(ch.mention)].type != "PER" &&
        x.w[ch.first].begin == x.w[x.c[k - 1].last - 1].end + 1) {
      s.args.push_back(argument_with_complements(x, k - 1, k));
      np_features(x.w, x.c[k - 1], s.gender, s.number);
      s.phrase = s.args.back().text();
      s.found = true;
      return s;
    }
    if (ch.kind == Kind::NP) {
      // preceded by a preposition-less comma: maybe an apposition "X, chef de Y, a dit"
      std::size_t subj = k;
      if (ch.mention < 0 && k >= 2 && x.c[k - 1].kind == Kind::PUNCT && x.w[x.c[k - 1].first].pos == "cm" &&
          x.c[k - 2].kind == Kind::NP && x.c[k - 2].mention >= 0)
        subj = k - 2;
      const Chunk& sc = x.c[subj];
      Argument a = argument_of(x, sc);
      np_features(x.w, sc, s.gender, s.number);
      // the same inside one noun group: "les militants CGT"
      if (a.is_entity && a.mention.type != "PER") {
        std::size_t m = np_start(x, sc);
        while (m < sc.last && x.w[m].begin < a.mention.begin) ++m;
        if (m > np_start(x, sc) && m < sc.last && qualified_by_name(x.w[m - 1]) && !x.w[m - 1].capitalised) {
          Chunk group = sc;  // the noun group as a concept, its name inside
          group.mention = -1;
          a = argument_of(x, group);
        }
      }
      // "un article du Washington Post révélait": the source speaks
      if (!a.is_entity && source_nouns().count(x.w[sc.head].lemma) && subj + 1 < v &&
          x.c[subj + 1].kind == Kind::PP && x.c[subj + 1].prep == "de" && x.c[subj + 1].mention >= 0) {
        a = argument_of(x, x.c[subj + 1]);
        s.rule = "fr.subj.source";
      }
      if (!a.is_entity && s.rule != "fr.subj.source" && sc.mention < 0)
        a = argument_with_complements(x, subj, de_complements(x, subj, v));
      if (!a.is_entity && s.rule.empty() && subj >= 1 && x.c[subj - 1].kind == Kind::REL &&
          x.w[x.c[subj - 1].first].lemma == "dont" && !(v + 1 < x.c.size() && x.c[v + 1].kind == Kind::NP) &&
          !x.c[v].copula) {
        // fr.rel.dont: "Craon, dont le directeur a démissionné": the director of Craon
        int ant = antecedent(x, subj - 1);
        if (ant >= 0 && x.c[static_cast<std::size_t>(ant)].mention >= 0) {
          const Argument an = argument_of(x, x.c[static_cast<std::size_t>(ant)]);
          a.mention.text += " de " + an.text();
          a.mention.label += " de " + an.text();
          a.mention.key = ontology::name_key(a.mention.label);
          s.rule = "fr.rel.dont";
        }
      }
      {
        std::size_t l = subj;
        while (l + 1 < v && (x.c[l + 1].kind == Kind::PP || x.c[l + 1].kind == Kind::ADJ)) ++l;
        if (!a.is_entity && s.rule.empty() && subj == k && !x.c[v].copula) {
          if (const Mention* p = role_antecedent(x, subj, l + 1, s.gender)) {
            Argument r;
            r.is_entity = true;
            r.mention = *p;
            r.mention.via = "role:" + span_text(x, np_start(x, sc), x.c[l].last);
            a = r;
            s.rule = "fr.coref.role";
            x.acting.push_back(*p);
          }
        }
      }
      s.args.push_back(a);
      {
        std::size_t l = subj;
        while (l + 1 < v && (x.c[l + 1].kind == Kind::PP || x.c[l + 1].kind == Kind::ADJ)) ++l;
        s.phrase = a.is_entity && s.rule == "fr.subj.source" ? a.text() : span_text(x, np_start(x, sc), x.c[l].last);
        if (sc.mention >= 0 || s.rule == "fr.coref.role") s.phrase = a.text();
      }
      // "X et Y annoncent"
      if (subj >= 2 && x.c[subj - 1].kind == Kind::CONJ && x.w[x.c[subj - 1].first].lemma == "et" &&
          x.c[subj - 2].kind == Kind::NP) {
        s.args.insert(s.args.begin(), argument_of(x, x.c[subj - 2]));
        s.rule = "fr.coord.subj";
        s.number = 'p';
      }
      s.found = true;
      return s;
    }
    if (ch.kind == Kind::PUNCT && x.w[ch.first].pos == "cm") {
      // "Washington, qui intervient en Syrie depuis 2014, comptait": skip back over
      // the parenthetical to the comma that opens it, and take the NP before it.
      std::size_t j = k;
      while (j-- > 0) {
        if (x.c[j].kind == Kind::PUNCT && x.w[x.c[j].first].pos == "cm") break;
        if (x.c[j].kind == Kind::PUNCT) { j = 0; break; }
      }
      // "L'ancien président du club, qui ..., a assuré": over the noun's "de" complements
      std::size_t np = j;
      while (np > 1 && np - 1 < k && x.c[np - 1].kind == Kind::PP && x.c[np - 1].prep == "de") --np;
      if (np > 0 && np < k && j < k && x.c[np - 1].kind == Kind::NP) {
        Subject r;
        std::size_t head = np - 1;
        // "Angela Merkel, chancelière de l'Allemagne, qui ..., a quitté": the
        // apposition's title noun stands for the person named before it
        if (x.c[head].mention < 0 && head >= 2 && is_title_noun(x.w[x.c[head].head].lemma) &&
            x.c[head - 1].kind == Kind::PUNCT && x.w[x.c[head - 1].first].pos == "cm" &&
            x.c[head - 2].kind == Kind::NP && x.c[head - 2].mention >= 0 &&
            x.mentions[static_cast<std::size_t>(x.c[head - 2].mention)].type == "PER")
          head -= 2;
        r.args.push_back(x.c[head].mention >= 0 ? argument_of(x, x.c[head])
                                                 : argument_with_complements(x, head, de_complements(x, head, j)));
        np_features(x.w, x.c[head], r.gender, r.number);
        r.found = true;
        r.rule = "fr.subj.paren";
        // fr.subj.appos: "Le ministre de l'Agriculture, Stéphane Le Foll, a
        // reçu": a title between commas names the person that follows it
        if (x.c[head].mention < 0 && is_title_noun(x.w[x.c[head].head].lemma) && j + 2 == k &&
            x.c[j + 1].kind == Kind::NP && x.c[j + 1].mention >= 0 &&
            x.mentions[static_cast<std::size_t>(x.c[j + 1].mention)].type == "PER") {
          r.args = {argument_of(x, x.c[j + 1])};
          r.gender = r.number = '?';
          r.rule = "fr.subj.appos";
        }
        return r;
      }
      continue;
    }
    if (ch.kind == Kind::CONJ && x.w[ch.first].lemma == "et") {
      // "X réduit A et maintient B": the verb shares the previous verb's subject
      for (auto it = previous.rbegin(); it != previous.rend(); ++it)
        if (it->found) {
          Subject r = *it;
          r.rule = "fr.coord.vp";
          return r;
        }
      return s;
    }
    return s;  // SUB, VG, OTHER...: no subject in reach
  }
  return s;
}

double rule_confidence(const std::string& rule) {
  static const std::map<std::string, double> m{
      {"fr.svo", 0.85},      {"fr.svo.pp", 0.8},  {"fr.appos.role", 0.8}, {"fr.copula", 0.7},
      {"fr.passive.par", 0.75}, {"fr.rel.que", 0.6}, {"fr.rel.ou", 0.6}, {"fr.speech.report", 0.75},
      {"fr.rel.dont", 0.7}, {"fr.participle.par", 0.7}, {"fr.nominal", 0.7}, {"fr.title.role", 0.75}};
  auto it = m.find(rule);
  return it == m.end() ? 0.6 : it->second;
}

// English of a relation word when the dictionary's first reading is not the
// news sense ("accord" -> "chord", "faire" -> "ask"): ontology/lexicon/fr/labels.tsv.
const std::string& lexicon_english(const ontology::Lexicon& lex, const std::string& lemma) {
  return lex.value("labels", lemma);
}

PredicateWord verb_word(const ontology::Lexicon& lex, const std::string& lemma) {
  const std::string& en = lexicon_english(lex, lemma);
  PredicateWord p{lemma, lemma == "être" ? "vbser" : (lemma == "avoir" ? "vbhaver" : "vblex"), en};
  return p;
}

// The relation word of a verb group: a pronominal verb ("se rendre",
// "s'insurger") has its own English when it is not the simple verb's
// ("se rendre" -> "go", not "return"). Lemma "se rendre" in the source.
PredicateWord verb_of(const Ctx& x, const Chunk& vg) {
  bool reflexive = false;
  for (std::size_t i = vg.first; i < vg.head && i < x.w.size(); ++i) reflexive |= x.w[i].lemma == "se";
  if (reflexive && vg.verb == "tenir")  // "le sommet se tiendra à Paris"; "s'en tenir à": stick to
    return PredicateWord{"se tenir", "vblex", vg.object_clitic == "en" ? "stick" : "take place"};
  if (reflexive) {
    const std::string& en = x.in.lexicon->value("reflexive_labels", vg.verb);
    if (!en.empty()) return PredicateWord{"se " + vg.verb, "vblex", en};
  }
  return verb_word(*x.in.lexicon, vg.verb);
}

PredicateWord noun_word(const ontology::Lexicon& lex, const FlatWord& w) {
  std::string g = w.has_tag("f") ? ".f" : (w.has_tag("m") ? ".m" : (w.has_tag("mf") ? ".mf" : ""));
  return PredicateWord{w.lemma, "n" + g + ".sg", lexicon_english(lex, w.lemma)};
}

PredicateWord prep_word(const std::string& p) { return PredicateWord{p, "pr", preposition_english(p)}; }

// The preposition of verb group vg's complement pp: "à" before a place
// name without article is "in" ("des incidents se sont produits à Paris", "il
// vit à Lyon") unless the verb moves towards it ("se rendre à Lyon": to);
// with an article it names a country receiving something ("vendre à la
// Suède": to).
PredicateWord complement_prep_word(const Ctx& x, const Chunk& vg, const Chunk& pp) {
  for (std::size_t i = pp.first; i < pp.last; ++i)
    if (x.w[i].pos == "det") return prep_word(pp.prep);
  static const std::set<std::string> motion{"aller", "rendre", "venir", "retourner", "envoyer", "partir",
                                            "voyager", "rentrer", "revenir", "arriver", "transférer", "conduire",
                                            "emmener", "expulser", "livrer", "exporter", "rapatrier", "déplacer"};
  if (pp.prep == "à" && pp.mention >= 0 && !motion.count(vg.verb)) {
    const std::string& type = x.mentions[static_cast<std::size_t>(pp.mention)].type;
    if (type == "GPE" || type == "LOC") return PredicateWord{"à", "pr", "in"};
  }
  return prep_word(pp.prep);
}

struct Frame {
  std::vector<Argument> subjects;
  std::string subject_rule;
  std::size_t verb_chunk = 0;
  std::string attribution;
  Modality outer = Modality::Asserted;
};

// True when word i lies inside a quotation opened earlier in the sentence.
bool inside_quote(const Ctx& x, std::size_t i) {
  int depth = 0, straight = 0;
  for (std::size_t k = 0; k < i && k < x.w.size(); ++k) {
    const std::string& f = x.w[k].form;
    if (f == "«" || f == "“") ++depth;
    else if (f == "»" || f == "”") depth = std::max(0, depth - 1);
    else if (f == "\"") ++straight;
  }
  return depth > 0 || straight % 2 == 1;
}

// A noun group that names an actor without a name: "le chef de l'Etat",
// "le ministre de l'Intérieur" (a title noun heads it).
bool actor_concept(const Argument& a) {
  std::string first = a.mention.label.substr(0, a.mention.label.find(' '));
  std::string k = ontology::name_key(first);
  if (is_title_noun(k)) return true;
  return k.size() > 1 && k.back() == 's' && is_title_noun(k.substr(0, k.size() - 1));
}

// The words [first, last) as a concept argument ("la Russie retirerait ses troupes").
Argument concept_of_words(const Ctx& x, std::size_t first, std::size_t last) {
  Argument a;
  while (first < last && is_quote(x.w[first])) ++first;  // 'qu'«une nouvelle phase» s'ouvrait'
  while (last > first && is_quote(x.w[last - 1])) --last;
  while (last > first && (x.w[last - 1].pos == "sent" || x.w[last - 1].pos == "cm" || is_quote(x.w[last - 1])))
    --last;
  if (first >= last) return a;
  a.mention.begin = x.w[first].begin;
  a.mention.end = x.w[last - 1].end;
  a.mention.text = span_text(x, first, last);
  a.mention.label = a.mention.text;
  a.mention.type = "CONCEPT";
  a.mention.key = ontology::name_key(a.mention.label);
  a.mention.sentence = x.in.index;
  a.mention.how = "clause";
  return a;
}

bool only_digits(const std::string& t) {
  bool digit = false;
  for (char ch : t) {
    if (ch >= '0' && ch <= '9') digit = true;
    else if (ch != ' ' && ch != 'e' && ch != 'r') return false;
  }
  return digit;
}

// "la page Facebook compte", "La 911 Paris-Dakar a remporté": a name that a
// common noun before it qualifies; the subject is the page or the car, not
// the named thing (a title noun is different: "le président Macron").
bool name_inside_noun_group(const Ctx& x, const Argument& a) {
  if (!a.is_entity || !a.mention.via.empty()) return false;
  for (std::size_t i = 1; i < x.w.size(); ++i) {
    if (x.w[i].begin != a.mention.begin) continue;
    const FlatWord& p = x.w[i - 1];
    return (p.pos == "n" || p.pos == "num") && !p.capitalised && !is_title_noun(p.lemma);
  }
  return false;
}

void emit(Ctx& x, const Frame& f, const Argument& object, std::vector<PredicateWord> pred, std::string rule,
          std::map<std::string, std::string> qualifiers, const Chunk& vg, double bonus,
          std::size_t first_word, std::size_t last_word) {
  // an object that opens a quotation is a quotation, not a thing; a bare
  // day number ("les 22") is a date the time rules did not read
  if (!object.is_entity) {
    const std::string& ot = object.mention.text;
    if (ot.empty() || ot[0] == '"' || ot.rfind("«", 0) == 0 || ot.rfind("“", 0) == 0 || ot[0] == '\'' ||
        only_digits(ontology::name_key(object.mention.label)))
      return;
  }
  for (const auto& subj : f.subjects) {
    // A fact joins at least one named entity, or a titled actor ("le ministre
    // de l'Intérieur"): a fact between two ordinary noun groups connects
    // nothing in the graph and is wrong more often than right.
    if (!subj.is_entity && !object.is_entity && !actor_concept(subj)) continue;
    if (only_digits(ontology::name_key(subj.mention.label))) continue;  // "924", a model number
    if (!subj.mention.key.empty() && subj.mention.key == object.mention.key) continue;  // a thing and itself
    Fact fact;
    fact.subject = subj;
    fact.object = object;
    fact.predicate = make_predicate(pred, "fr", x.dict);
    fact.qualifiers = qualifiers;
    fact.negated = vg.negated;
    fact.modality = vg.modality;
    // a subjunctive ("que les fidèles puissent entendre", "qu'il prenne ses
    // responsabilités") wishes or demands; it does not assert
    const bool subjunctive = vg.kind == Chunk::Kind::VG && vg.head < x.w.size() && (x.w[vg.head].has_tag("prs") || x.w[vg.head].has_tag("pis"));
    if (subjunctive) fact.modality = Modality::Hypothetical;
    if (f.outer == Modality::Hypothetical && fact.modality == Modality::Asserted) fact.modality = Modality::Hypothetical;
    std::string r = rule;
    if (!vg.rule.empty()) r += "+" + vg.rule;
    if (!f.subject_rule.empty()) r += "+" + f.subject_rule;
    if (!f.attribution.empty()) {
      fact.qualifiers["attribution"] = f.attribution;
      if (fact.modality == Modality::Asserted) fact.modality = Modality::Reported;
      r += x.attribution.empty() ? "+fr.speech.que" : "+fr.speech.selon";
    }
    // Rule-based confidence: the rule's base, less what the hand checks of
    // OrangeSum facts showed to go wrong most often (see the eval notes).
    double conf = rule_confidence(rule) + bonus;
    if (!subj.is_entity) conf -= 0.25;
    if (!object.is_entity) conf -= 0.15;
    if (!object.is_entity && object.mention.label.find(' ') == std::string::npos) conf -= 0.1;  // one-word concept
    if (f.subject_rule == "fr.pron") conf -= 0.25;
    else if (f.subject_rule == "fr.subj.paren") conf -= 0.15;
    else if (f.subject_rule == "fr.coref.role") conf -= 0.2;
    else if (f.subject_rule == "fr.rel.qui" || f.subject_rule == "fr.participle") conf -= 0.1;
    else if (!f.subject_rule.empty()) conf -= 0.05;
    if (!f.attribution.empty()) conf -= 0.05;
    if (inside_quote(x, vg.head)) conf -= 0.15;  // someone's words, often figurative
    if (x.w.size() > 45) conf -= 0.1;            // long sentences: more attachment errors
    if (subjunctive) conf -= 0.2;
    if (name_inside_noun_group(x, subj)) conf -= 0.3;
    if (!fact.predicate.translated) conf -= 0.1;
    fact.confidence = std::clamp(conf, 0.05, 0.95);
    fact.confidence = static_cast<double>(static_cast<int>(fact.confidence * 100 + 0.5)) / 100;
    fact.provenance.doc = x.in.doc->id;
    fact.provenance.sentence = x.in.index;
    // the clause's span: from the subject (when written in this sentence) to the
    // last complement (or the object, when it lies further)
    std::uint32_t b = x.w[first_word].begin, e = x.w[last_word - 1].end;
    auto in_sentence = [&](const Mention& m) {
      return m.via.empty() && m.begin >= x.in.begin && m.end <= x.in.end && m.begin < m.end;
    };
    if (in_sentence(subj.mention)) b = std::min(b, subj.mention.begin), e = std::max(e, subj.mention.end);
    if (in_sentence(object.mention)) b = std::min(b, object.mention.begin), e = std::max(e, object.mention.end);
    fact.provenance.begin = std::max(b, x.in.begin);
    fact.provenance.end = std::min(std::max(fact.provenance.begin, e), x.in.end);
    if (has_seam(x.in.doc->text, fact.provenance.begin, fact.provenance.end)) continue;
    fact.provenance.sentence_text = x.in.doc->text.substr(x.in.begin, x.in.end - x.in.begin);
    fact.provenance.rule = r;
    x.out.push_back(std::move(fact));
  }
}

// French compound titles and their English (keys as name_key writes them).
const std::map<std::string, std::string>& compound_roles() {
  static const std::map<std::string, std::string> m = [] {
    const std::pair<const char*, const char*> raw[] = {
        {"chef d'état-major", "chief of staff"}, {"chef d'état-major des armées", "chief of staff"},
        {"chef d'État", "head of state"}, {"chef de l'État", "head of state"},
        {"chef du gouvernement", "head of government"}, {"chef de la diplomatie", "foreign minister"},
        {"chef de file", "leader"}, {"premier ministre", "prime minister"},
        {"ministre des Affaires étrangères", "foreign minister"}, {"ministre de l'Intérieur", "interior minister"},
        {"ministre de la Défense", "defence minister"}, {"ministre des Armées", "armed forces minister"},
        {"ministre de l'Économie", "economy minister"}, {"ministre des Finances", "finance minister"},
        {"ministre de la Justice", "justice minister"}, {"ministre de la Santé", "health minister"},
        {"ministre du Travail", "labour minister"}, {"ministre de l'Agriculture", "agriculture minister"},
        {"ministre de l'Éducation nationale", "education minister"}, {"ministre de la Culture", "culture minister"},
        {"ministre de l'Écologie", "environment minister"}, {"ministre du Budget", "budget minister"},
        {"garde des Sceaux", "justice minister"}, {"porte-parole", "spokesperson"},
        {"secrétaire général", "secretary-general"}, {"secrétaire d'État", "secretary of state"},
        {"président de la République", "president"}, {"directeur général", "director general"},
        {"président-directeur général", "chief executive"}, {"procureur de la République", "public prosecutor"},
        {"haut-commissaire", "high commissioner"}, {"maire adjoint", "deputy mayor"},
        {"adjoint au maire", "deputy mayor"}, {"vice-président", "vice president"},
        {"ancien président", "former president"}, {"ancien ministre", "former minister"},
        {"ancien Premier ministre", "former prime minister"}, {"chef des armées", "commander-in-chief"}};
    std::map<std::string, std::string> out;
    for (const auto& [fr, en] : raw) out[ontology::name_key(fr)] = en;
    return out;
  }();
  return m;
}

// The longest compound title that starts NP chunk a (after its determiners)
// and ends at the end of a chunk before `limit`, over at most three "de"/"à"
// complements that are not names: `word` holds it, `next` the chunk after.
bool compound_role(const Ctx& x, std::size_t a, std::size_t limit, PredicateWord& word, std::size_t& next) {
  const Chunk& np = x.c[a];
  std::size_t f = np_start(x, np);
  while (f < np.last && (x.w[f].pos == "det" || x.w[f].pos == "predet")) ++f;
  if (f >= np.last) return false;
  bool found = false;
  for (std::size_t e = a; e < limit && e < a + 4; ++e) {
    if (e > a && !(x.c[e].kind == Kind::PP && (x.c[e].prep == "de" || x.c[e].prep == "à"))) break;
    std::string key = ontology::name_key(span_text(x, f, x.c[e].last));
    auto it = compound_roles().find(key);
    if (it != compound_roles().end()) {
      word = PredicateWord{span_text(x, f, x.c[e].last), "n", it->second};
      next = e + 1;
      found = true;
    }
  }
  return found;
}

// The role phrase of an apposition or copula attribute starting at NP chunk a:
// head noun + compound complements ("chef d'état-major"), then "de" + the
// first entity within three PPs. False when there is no entity to point to.
bool role_phrase(const Ctx& x, std::size_t a, std::size_t limit, std::vector<PredicateWord>& pred,
                 Argument& object, std::size_t& end_chunk) {
  const Chunk& np = x.c[a];
  if (np.mention >= 0 || x.w[np.head].pos != "n") return false;
  pred.clear();
  pred.push_back(noun_word(*x.in.lexicon, x.w[np.head]));
  std::size_t k = a + 1;
  // fr.role.compound: a compound title read as one unit ("chef d'état-major"
  // -> "chief of staff", "ministre des Affaires étrangères" -> "foreign minister")
  std::size_t compound_end = 0;
  PredicateWord compound;
  if (compound_role(x, a, limit, compound, compound_end)) {
    pred = {compound};
    k = compound_end;
    for (std::size_t j = k; j < limit && j < k + 3 && x.c[j].kind == Kind::PP; ++j)
      if (x.c[j].mention >= 0) {
        pred.push_back(prep_word(x.c[j].prep == "de" ? "de" : x.c[j].prep));
        object = argument_of(x, x.c[j]);
        end_chunk = j + 1;
        return true;
      }
    return false;
  }
  // compound complement: "d'état-major", "de la Défense" without determiner
  while (k < limit && x.c[k].kind == Kind::PP && x.c[k].prep == "de" && x.c[k].mention < 0 &&
         np_start(x, x.c[k]) == x.c[k].head) {
    pred.push_back(prep_word("de"));
    PredicateWord nw = noun_word(*x.in.lexicon, x.w[x.c[k].head]);
    if (x.c[k].last > x.c[k].head + 1 && x.w[x.c[k].head + 1].form == "-") {
      // "état-major", split by the analyser: the compound is the word
      std::string compound;
      for (std::size_t i = x.c[k].head; i < x.c[k].last; ++i) compound += x.w[i].form;
      nw.lemma = ontology::name_key(compound) == ontology::name_key("état-major") ? "état-major" : compound;
      nw.english = lexicon_english(*x.in.lexicon, nw.lemma);
    }
    pred.push_back(nw);
    ++k;
  }
  for (std::size_t j = k; j < limit && j < k + 3 && x.c[j].kind == Kind::PP; ++j) {
    if (x.c[j].mention >= 0) {
      pred.push_back(prep_word(x.c[j].prep == "de" ? "de" : x.c[j].prep));
      object = argument_of(x, x.c[j]);
      end_chunk = j + 1;
      return true;
    }
  }
  return false;
}

bool boundary(const Ctx& x, const Chunk& ch) {
  if (ch.kind == Kind::SUB || ch.kind == Kind::REL || ch.kind == Kind::VG) return true;
  if (ch.kind == Kind::PUNCT) {
    return !is_quote(x.w[ch.first]);
  }
  return false;
}

}  // namespace

void extract_facts(const SentenceInput& in, AgentHistory& history, BilingualDictionary* dict,
                   std::vector<Fact>& out) {
  // "avec le Mexique et le Chili": a noun group coordinated with a PP shares its preposition
  std::vector<Chunk> chunks = *in.chunks;
  for (std::size_t k = 2; k < chunks.size(); ++k)
    if (chunks[k].kind == Kind::NP && chunks[k - 1].kind == Kind::CONJ && chunks[k - 2].kind == Kind::PP &&
        ((chunks[k].mention >= 0) == (chunks[k - 2].mention >= 0))) {
      chunks[k].kind = Kind::PP;
      chunks[k].prep = chunks[k - 2].prep;
    }
  // "a affirmé jeudi sur France 2 qu'il ...", "a dit aux journalistes que ...":
  // "que" after a verb of speech and only times, adverbs, the venue or the
  // person told is the conjunction, not a relative of the name before it
  for (std::size_t k = 1; k < chunks.size(); ++k) {
    if (chunks[k].kind != Kind::REL || (*in.words)[chunks[k].first].lemma != "que") continue;
    std::size_t j = k;
    while (j-- > 0) {
      const Chunk& ch = chunks[j];
      if (ch.kind == Kind::ADV || is_time_chunk(*in.lexicon, *in.words, ch)) continue;
      if (ch.kind == Kind::PP && (ch.prep == "à" || !venue_kind(*in.words, ch, *in.mentions, "dire").empty())) continue;
      break;
    }
    if (j < k - 1 && j < chunks.size() && chunks[j].kind == Kind::VG && speech_verbs().count(chunks[j].verb))
      chunks[k].kind = Kind::SUB;
  }
  Ctx x{in, *in.words, chunks, *in.mentions, history, dict, out, "", {}};
  const auto& c = x.c;
  const std::size_t n = c.size();
  if (n == 0) return;
  // A question asserts nothing: "François Hollande censuré par la Maison Blanche ?"
  {
    std::string_view t(in.doc->text.data() + in.begin, in.end - in.begin);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '"' || t.back() == ')')) t.remove_suffix(1);
    if (t.size() >= 3 && (t.substr(t.size() - 3) == "»" || t.substr(t.size() - 3) == "”")) {
      t.remove_suffix(3);
      while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    }
    if (!t.empty() && t.back() == '?') return;
  }

  // "Selon X, ...": the sentence is attributed to X.
  for (std::size_t k = 0; k < n && k < 3; ++k)
    if (c[k].kind == Kind::PP && c[k].prep == "selon") x.attribution = argument_of(x, c[k]).text();

  // Appositions: "X, chef d'état-major de Y," -> X —chef of→ Y
  for (std::size_t k = 0; k + 2 < n; ++k) {
    if (c[k].kind != Kind::NP || c[k].mention < 0) continue;
    if (!(c[k + 1].kind == Kind::PUNCT && x.w[c[k + 1].first].pos == "cm")) continue;
    std::vector<PredicateWord> pred;
    Argument obj;
    std::size_t end = 0;
    if (!role_phrase(x, k + 2, n, pred, obj, end)) continue;
    const Mention& m = x.mentions[static_cast<std::size_t>(c[k].mention)];
    // a person, or a name that a title noun describes ("X, ministre de Y")
    if (m.type != "PER" && !(m.type == "MISC" && is_title_noun(x.w[c[k + 2].head].lemma))) continue;
    Frame f;
    f.subjects.push_back(argument_of(x, c[k]));
    std::map<std::string, std::string> q{{"role", span_text(x, c[k + 2].first, c[end - 1].last)}};
    Chunk none;
    emit(x, f, obj, pred, "fr.appos.role", q, none, 0, c[k].first, c[end - 1].last);
  }

  // fr.title.role: "le maire de Lyon Gérard Collomb", "le patron de Renault
  // Carlos Ghosn": a title and its complement naming an entity, right before
  // a person's name (no comma), give that person's role
  for (std::size_t k = 2; k < n; ++k) {
    if (c[k].kind != Kind::NP || c[k].mention < 0) continue;
    if (x.mentions[static_cast<std::size_t>(c[k].mention)].type != "PER") continue;
    std::size_t t = k;
    while (t > 0 && k - t < 3 && c[t - 1].kind == Kind::PP) --t;
    if (t == k || t == 0) continue;
    --t;
    if (c[t].kind != Kind::NP || c[t].mention >= 0 || !is_title_noun(x.w[c[t].head].lemma)) continue;
    std::vector<PredicateWord> pred;
    Argument obj;
    std::size_t end = 0;
    if (!role_phrase(x, t, k, pred, obj, end) || end != k) continue;
    Frame f;
    f.subjects.push_back(argument_of(x, c[k]));
    std::map<std::string, std::string> q{{"role", span_text(x, np_start(x, c[t]), c[k - 1].last)}};
    Chunk none;
    emit(x, f, obj, pred, "fr.title.role", q, none, 0, c[t].first, c[k].last);
  }

  std::set<std::size_t> participle_agents;
  // fr.participle.par: "les propos tenus la veille par X" -> X —tenir→ les
  // propos: a noun group ending in a past participle whose agent "par" names
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (c[k].kind != Kind::NP || c[k].mention >= 0) continue;
    // the participle after the head noun; what follows it in the group is a
    // time or an adverb ("les documents transmis mardi par Europol")
    std::size_t p = c[k].last;
    for (std::size_t i = c[k].head + 1; i < c[k].last; ++i)
      if (x.w[i].pos == "vblex" && x.w[i].has_tag("pp")) { p = i; break; }
    if (p >= c[k].last || p <= np_start(x, c[k])) continue;
    std::size_t a = k + 1;
    while (a < n && c[a].kind != Kind::PP && is_time_chunk(*x.in.lexicon, x.w, c[a])) ++a;
    if (a >= n || c[a].kind != Kind::PP || c[a].prep != "par" || c[a].mention < 0) continue;
    std::size_t first = np_start(x, c[k]);
    while (first < p && (x.w[first].pos == "det" || x.w[first].pos == "predet")) ++first;
    Argument obj = concept_of_words(x, np_start(x, c[k]), p);
    if (obj.mention.text.empty()) continue;
    obj.mention.label = span_text(x, first, p);
    obj.mention.key = ontology::name_key(obj.mention.label);
    Frame f;
    f.subjects.push_back(argument_of(x, c[a]));
    f.subject_rule = "";
    Chunk none;
    emit(x, f, obj, {verb_word(*x.in.lexicon, x.w[p].lemma)}, "fr.participle.par", {}, none, 0, c[k].first, c[a].last);
    participle_agents.insert(a);  // not also "lire document par X" for the verb before
  }

  std::vector<Subject> subjects_seen;
  std::string speech_attribution;  // set after "X a annoncé que"
  std::size_t speech_from = n;
  for (std::size_t v = 0; v < n; ++v) {
    if (c[v].kind != Kind::VG) {
      subjects_seen.push_back(Subject{});
      continue;
    }
    const Chunk& vg = c[v];
    Subject subj;
    // "la différence entre X et Y": "entre" read as the verb "entrer"
    if (vg.verb == "entrer" && x.w[vg.head].form == "entre" && vg.first == vg.head) {
      subjects_seen.push_back(Subject{});
      continue;
    }
    // a speech verb after a quotation or comma with its subject after it is an
    // incise ("…", a précisé la préfecture): the quotation is not parsed
    // ("rapporte ce mardi Europe 1", "…", a poursuivi l'actrice): any verb right
    // after a quotation and a comma, or a speech verb after a comma, whose
    // subject follows it (over time phrases)
    std::size_t after = v + 1;
    while (after < n && (is_time_chunk(*x.in.lexicon, x.w, c[after]) || c[after].kind == Kind::PP)) ++after;
    // (a verb right after a closing quote with no comma is an incise only for
    // a verb of speech: in 'qu'«une nouvelle phase» s'ouvrait' the quoted
    // noun group is the subject)
    const bool right_after_quote = v >= 1 && c[v - 1].kind == Kind::PUNCT && is_quote(x.w[c[v - 1].first]);
    const bool after_quote_comma = v >= 2 && c[v - 1].kind == Kind::PUNCT && c[v - 2].kind == Kind::PUNCT &&
                                   is_quote(x.w[c[v - 2].first]);
    // Without a quotation before it, a speech verb after a comma is an incise
    // only when what follows reads as its inverted subject: a name, a title
    // or a source ("…, a précisé le ministre de l'Intérieur."), then the end
    // of the sentence or a comma. "Renault, dont l'Etat détient 15 %, a
    // annoncé des suppressions de postes" is not one (fr.incise).
    bool quote_before = false;
    for (std::size_t k = 0; k < v; ++k) quote_before |= c[k].kind == Kind::PUNCT && is_quote(x.w[c[k].first]);
    auto who_np = [&](std::size_t j) {
      if (c[j].kind != Kind::NP) return false;
      const std::string& hl = x.w[c[j].head].lemma;
      // people and institutions that speak: "…, a annoncé la préfecture maritime."
      static const std::set<std::string> reporters{
          "journaliste", "chroniqueur", "correspondant", "agence", "syndicat", "association", "entourage",
          "avocat", "auteur", "préfecture", "mairie", "ministère", "gouvernement", "police", "gendarmerie",
          "parquet", "entreprise", "société", "groupe", "direction", "présidence", "ambassade", "armée",
          "club", "fédération", "opposition", "commission", "tribunal", "cour", "conseil", "municipalité",
          "région", "département", "office", "enquêteur", "témoin", "proche", "source", "expert"};
      return c[j].mention >= 0 || is_title_noun(hl) || source_nouns().count(hl) > 0 || reporters.count(hl) > 0 ||
             x.w[c[j].head].pos == "np" || x.w[c[j].head].capitalised;  // "rapporte Le Progrès"
    };
    bool inverted_subject = after < n && c[after].kind == Kind::ADV;
    {
      std::size_t j = v + 1;  // over dates and places: "rapporte dimanche 25 novembre Le Progrès"
      for (std::size_t steps = 0; j < n && steps < 5 && !who_np(j) &&
                                  (c[j].kind == Kind::NP || c[j].kind == Kind::PP || c[j].kind == Kind::ADV);
           ++steps)
        ++j;
      if (j < n && who_np(j)) {
        std::size_t l = j + 1;  // "le magazine Challenges", "France 3 Corse"
        while (l < n && (c[l].kind == Kind::PP || c[l].kind == Kind::NP)) ++l;
        inverted_subject |= l >= n || c[l].kind == Kind::PUNCT ||
                            (c[l].kind == Kind::REL && x.w[c[l].first].lemma == "qui");
      }
    }
    // right after a closing quote: an incise for a verb of speech, or for
    // any verb before its inverted subject ('…" s'insurgeait le syndicat')
    // ... but not after 'que «une crise»': the quoted noun group is the subject
    const bool quoted_subject = right_after_quote && v >= 4 && c[v - 2].kind == Kind::NP &&
                                c[v - 3].kind == Kind::PUNCT && is_quote(x.w[c[v - 3].first]) &&
                                (c[v - 4].kind == Kind::SUB || c[v - 4].kind == Kind::CONJ);
    const bool after_quote =
        after_quote_comma ||
        (right_after_quote && !quoted_subject && (speech_verbs().count(vg.verb) > 0 || inverted_subject));
    bool incise = after_quote || (speech_verbs().count(vg.verb) && v > 0 && c[v - 1].kind == Kind::PUNCT &&
                                  after < n && (quote_before ? (c[after].kind == Kind::NP || c[after].kind == Kind::ADV)
                                                             : inverted_subject));
    if (incise) {
      subjects_seen.push_back(Subject{});
      continue;
    }
    if (vg.finite || vg.passive) subj = find_subject(x, v, subjects_seen);
    if (!vg.finite && vg.passive) {
      // "l'objectif annoncé par X": the noun before the participle is what it applies to
      subj = Subject{};
      if (v > 0 && (c[v - 1].kind == Kind::NP || c[v - 1].kind == Kind::PP ||
                    (c[v - 1].kind == Kind::ADV && v > 1 && c[v - 2].kind == Kind::NP))) {
        std::size_t a = c[v - 1].kind == Kind::ADV ? v - 2 : v - 1;
        // "La demi-sœur de X fichée par Y": the noun the "de" complement belongs to
        if (c[a].kind == Kind::PP && c[a].prep == "de" && a >= 1 && c[a - 1].kind == Kind::NP && c[a - 1].mention < 0)
          subj.args.push_back(argument_with_complements(x, a - 1, a));
        else
          subj.args.push_back(argument_of(x, c[a]));
        subj.found = true;
        subj.rule = "fr.participle";
      }
    }
    subjects_seen.push_back(subj);
    for (auto& a : subj.args) {
      if (a.is_entity && a.mention.via.empty())
        for (auto& m : x.mentions)
          if (m.begin == a.mention.begin && m.end == a.mention.end) m.is_agent = a.mention.is_agent = true;
    }
    if (subj.found && !subj.args.empty() && subj.rule != "fr.pron" && vg.finite) {
      char g = subj.gender;
      const Argument& last = subj.args.back();
      if (last.is_entity && last.mention.type == "PER") {
        char pg = person_gender(x.w, last.mention);
        if (pg != '?') g = pg;
      }
      history.add(last, g, subj.number, in.index);
    }

    // Complements: walk right to the next boundary.
    std::vector<std::size_t> nps, pps, times;
    std::vector<std::size_t> adjs;
    std::size_t e = v + 1;
    int rel_object = -1;  // "que" relative: the antecedent is the object
    int rel_place = -1;   // "où" relative
    int rel_dont = -1;    // "dont" relative: the antecedent fills a "de" complement
    std::vector<std::size_t> attached;  // PPs inside a noun's complement chain, not the verb's
    std::vector<std::pair<std::size_t, std::size_t>> venues;  // fr.speech.venue: [first, last] chunks
    bool chain_broken = false;
    for (; e < n && !boundary(x, c[e]); ++e) {
      const Chunk& ch = c[e];
      if (is_time_chunk(*x.in.lexicon, x.w, ch)) {
        times.push_back(e);
        // "la fin" + "de l'année": one time phrase
        while (e + 1 < n && c[e + 1].kind == Kind::PP && c[e + 1].prep == "de" && c[e + 1].mention < 0 &&
               !boundary(x, c[e + 1]))
          ++e;
        continue;
      }
      if (ch.kind == Kind::NP) {
        if (nps.empty() && pps.empty()) nps.push_back(e);
        else if (e > 0 && c[e - 1].kind == Kind::CONJ && !nps.empty() && nps.back() + 2 == e) nps.push_back(e);
        else chain_broken = true;
      } else if (ch.kind == Kind::PP && !chain_broken && !venue_kind(x.w, ch, x.mentions, vg.verb).empty()) {
        // fr.speech.venue: "a affirmé sur France 2", "au micro d'Europe 1": a
        // qualifier (with the "de" PPs of its noun), no complement
        std::size_t l = e;
        while (l + 1 < n && c[l + 1].kind == Kind::PP && c[l + 1].prep == "de" && !boundary(x, c[l + 1])) ++l;
        // "au quotidien Libération": the medium's name after its noun
        if (l + 1 < n && c[l + 1].kind == Kind::NP && c[l + 1].mention >= 0 && c[l].mention < 0) ++l;
        venues.emplace_back(e, l);
        e = l;
      } else if (ch.kind == Kind::PP) {
        // A PP after a PP that is neither an entity nor a time belongs to that PP's noun:
        // "dans le cadre de la lutte contre X" does not make X the verb's complement.
        if (chain_broken) attached.push_back(e);
        else pps.push_back(e);
        if (ch.mention < 0 && ch.prep != "par") chain_broken = true;
      } else if (ch.kind == Kind::ADJ) {
        adjs.push_back(e);
      }
    }
    e = std::min(e, n);
    // time expressions before the verb in the same clause ("Le 23 novembre, X a annoncé")
    for (std::size_t k = v; k-- > 0;) {
      if (c[k].kind == Kind::VG || c[k].kind == Kind::SUB || c[k].kind == Kind::REL) break;
      if (is_time_chunk(*x.in.lexicon, x.w, c[k])) times.push_back(k);
    }
    // relative clauses with a gap: "la ville que X contrôle", "la Syrie, où X intervient"
    for (std::size_t k = v; k-- > 0;) {
      if (c[k].kind == Kind::REL) {
        std::string l = x.w[c[k].first].lemma;
        int a = antecedent(x, k);
        if (a >= 0 && l == "que") rel_object = a;
        if (a >= 0 && l == "où") rel_place = a;
        if (a >= 0 && l == "dont" && c[static_cast<std::size_t>(a)].mention >= 0) rel_dont = a;
        break;
      }
      if (c[k].kind == Kind::VG || c[k].kind == Kind::SUB) break;
    }
    // reported speech: "X a annoncé [le 23 septembre] que ..." attributes what follows.
    if (speech_verbs().count(vg.verb) && e < n && c[e].kind == Kind::SUB && x.w[c[e].first].lemma == "que" &&
        subj.found && !subj.args.empty()) {
      speech_attribution = subj.phrase.empty() ? subj.args.front().text() : subj.phrase;
      speech_from = e;
      // and the telling itself: "le Washington Post a révélé que ..." -> WaPo —reveal→ (what)
      static const std::set<std::string> telling{"annoncer", "déclarer", "affirmer", "révéler", "indiquer",
                                                 "confirmer", "préciser", "assurer", "expliquer", "dire", "écrire",
                                                 "rapporter", "reconnaître", "démentir", "nier", "ajouter",
                                                 "souligner", "prévenir", "avertir", "signaler", "dénoncer"};
      if (telling.count(vg.verb) && subj.args.front().is_entity && subj.rule != "fr.pron" && !vg.negated) {
        Argument what = concept_of_words(x, c[e].last, x.w.size());
        if (!what.mention.text.empty()) {
          Frame g;
          g.subjects = {subj.args.front()};
          g.subject_rule = subj.rule;
          g.verb_chunk = v;
          std::map<std::string, std::string> q;
          for (const auto& [p, l] : venues)  // fr.speech.venue: "sur France 2"
            q.emplace(venue_kind(x.w, c[p], x.mentions, vg.verb), venue_text(x, p, l));
          if (!x.attribution.empty()) g.attribution = x.attribution;
          emit(x, g, what, {verb_of(x, vg)}, "fr.speech.report", q, vg, 0, vg.first, x.w.size());
        }
      }
      continue;  // the inner facts carry the attribution
    }
    if (!subj.found || subj.args.empty()) continue;

    Frame f;
    f.subjects = subj.args;
    f.subject_rule = subj.rule;
    f.verb_chunk = v;
    f.attribution = !x.attribution.empty() ? x.attribution : (v > speech_from ? speech_attribution : "");
    // fr.cond.si: "Si les Américains s'en tiennent à cette position": a
    // condition in the present or imperfect asserts nothing (a "si" with a
    // past tense is often concessive: "Si X n'a pas donné de détails, ...")
    for (std::size_t k = v; k-- > 0;) {
      const Chunk& ch = c[k];
      if (ch.kind == Kind::VG || ch.kind == Kind::REL || (ch.kind == Kind::SUB && x.w[ch.first].lemma != "si") ||
          (ch.kind == Kind::PUNCT && !is_quote(x.w[ch.first])))
        break;
      if (x.w[ch.first].lemma == "si" && (ch.kind == Kind::SUB || ch.kind == Kind::OTHER || ch.kind == Kind::ADV)) {
        const FlatWord& h = x.w[vg.first < vg.head ? vg.first : vg.head];
        bool simple_tense = vg.head < x.w.size() && (x.w[vg.head].has_tag("pri") || x.w[vg.head].has_tag("pii"));
        if (simple_tense && h.pos != "vbhaver") f.outer = Modality::Hypothetical;
        break;
      }
    }

    std::map<std::string, std::string> q;
    for (std::size_t t : times) {
      const Chunk& tc = c[t];
      std::string phrase = span_text(x, tc.first, tc.last);
      std::size_t tl = t;
      while (tl + 1 < n && c[tl + 1].kind == Kind::PP && c[tl + 1].prep == "de" && c[tl + 1].mention < 0 &&
             (x.w[tc.head].lemma == "fin" || x.w[tc.head].lemma == "début" || x.w[tc.head].lemma == "milieu"))
        ++tl;
      phrase = span_text(x, tc.first, c[tl].last);
      std::string value = normalise_time(*x.in.lexicon, x.w, tc, phrase, in.doc->date);
      if (q.count("time")) {
        q["time"] += "; " + value;
        q["time_text"] += "; " + phrase;
      } else {
        q["time"] = value;
        q["time_text"] = phrase;
      }
    }
    for (const auto& [p, l] : venues)  // fr.speech.venue
      q.emplace(venue_kind(x.w, c[p], x.mentions, vg.verb), venue_text(x, p, l));
    for (std::size_t p : pps)
      if (c[p].mention < 0 && c[p].prep != "par" && !q.count("complement")) {
        // the PP and the PPs attached to its noun: "à la demande du gouvernement syrien"
        std::size_t l = p;
        while (l + 1 < e && c[l + 1].kind == Kind::PP && !is_time_chunk(*x.in.lexicon, x.w, c[l + 1]) &&
               std::find(attached.begin(), attached.end(), l + 1) != attached.end())
          ++l;
        q["complement"] = span_text(x, c[p].first, c[l].last);
      }
    std::size_t last_word = c[e - 1].last;
    // "qui l'avaient interrogé": the object is a clitic pronoun we cannot resolve
    const bool clitic_object = vg.object_clitic == "le" || vg.object_clitic == "la" || vg.object_clitic == "les";
    std::size_t first_word = vg.first;

    // Copula: "X est le président de Y"; "X est Y". Not "X, c'est Y": a
    // dislocated "ce" sums up what came before ("Les gilets jaunes, c'est ma France")
    auto c_est = [](const std::string& f) {
      return f.size() > 2 && (f[0] == 'c' || f[0] == 'C') && (f[1] == '\'' || f.compare(1, 3, "\xE2\x80\x99") == 0);
    };
    if (vg.copula && (x.w[vg.first].lemma == "ce" || c_est(x.w[vg.first].form) ||
                      (v > 0 && x.w[c[v - 1].last - 1].lemma == "ce" && x.w[c[v - 1].last - 1].pos == "prn")))
      continue;
    if (vg.copula) {
      if (!nps.empty()) {
        std::vector<PredicateWord> pred;
        Argument obj;
        std::size_t end = 0;
        if (role_phrase(x, nps.front(), e, pred, obj, end)) {
          q["role"] = span_text(x, c[nps.front()].first, c[end - 1].last);
          emit(x, f, obj, pred, "fr.copula", q, vg, 0, first_word, last_word);
        } else if (c[nps.front()].mention >= 0) {
          emit(x, f, argument_of(x, c[nps.front()]), {verb_word(*x.in.lexicon, "être")}, "fr.copula", q, vg, 0, first_word,
               last_word);
        } else if (rel_dont >= 0 && x.w[c[nps.front()].head].pos == "n") {
          // fr.rel.dont: "Lactalis, dont Emmanuel Besnier est le président" ->
          // Emmanuel Besnier —president of→ Lactalis
          std::size_t np = nps.front(), next = 0;
          PredicateWord role;
          std::vector<PredicateWord> rp;
          if (compound_role(x, np, e, role, next)) rp = {role};
          else rp = {noun_word(*x.in.lexicon, x.w[c[np].head])};
          rp.push_back(prep_word("de"));
          q["role"] = span_text(x, np_start(x, c[np]), c[np].last);
          emit(x, f, argument_of(x, c[static_cast<std::size_t>(rel_dont)]), rp, "fr.rel.dont", q, vg, 0, first_word,
               last_word);
        }
      }
      continue;
    }
    // Passive with "par": "X a été annoncé par Y" -> Y —annoncer→ X
    if (vg.passive) {
      for (std::size_t p : pps) {
        if (c[p].prep != "par") continue;
        Frame g = f;
        g.subjects = {argument_of(x, c[p])};
        // "reçus par le ministre de la Transition écologique, François de Rugy": the named agent
        if (c[p].mention < 0) {
          std::size_t l = p;
          while (l + 1 < n && c[l + 1].kind == Kind::PP && c[l + 1].prep == "de") ++l;
          if (l + 2 < n && c[l + 1].kind == Kind::PUNCT && x.w[c[l + 1].first].pos == "cm" &&
              c[l + 2].kind == Kind::NP && c[l + 2].mention >= 0 &&
              x.mentions[static_cast<std::size_t>(c[l + 2].mention)].type == "PER" &&
              is_title_noun(x.w[c[p].head].lemma))
            g.subjects = {argument_of(x, c[l + 2])};
          else
            g.subjects = {argument_with_complements(x, p, de_complements(x, p, e))};
        }
        for (const auto& s : f.subjects)
          emit(x, g, s, {verb_of(x, vg)}, "fr.passive.par", q, vg, 0, first_word, last_word);
        break;
      }
      continue;
    }
    // The direct object: the relative antecedent, the first NP after the verb.
    std::vector<Argument> objects;
    const Chunk* object_chunk = nullptr;
    std::size_t light_noun = static_cast<std::size_t>(-1);
    std::string rule = "fr.svo";
    if (rel_object >= 0 && nps.empty()) {
      object_chunk = &c[static_cast<std::size_t>(rel_object)];
      objects.push_back(argument_of(x, *object_chunk));
      rule = "fr.rel.que";
    } else if (!nps.empty() && c[nps.front()].mention < 0 && c[nps.front()].head == c[nps.front()].first &&
               c[nps.front()].last == c[nps.front()].first + 1 && x.w[c[nps.front()].head].pos == "n") {
      // "avoir lieu", "donner lieu", "obtenir gain de cause": a bare noun is part of the relation
      light_noun = c[nps.front()].head;
    } else if (!nps.empty()) {
      object_chunk = &c[nps.front()];
      // the object with its "de" complements that name no entity: "une
      // centaine de personnes", "le chef de l'État", "le manque d'autorité",
      // "l'intégralité du championnat" (the noun means little without them)
      objects.push_back(argument_with_complements(x, nps.front(), de_complements(x, nps.front(), e)));
      for (std::size_t k = 1; k < nps.size(); ++k)
        if (nps[k] >= 2 && c[nps[k] - 1].kind == Kind::CONJ) objects.push_back(argument_of(x, c[nps[k]]));
    }
    // The first entity reached through a preposition (not "par" of a passive, not a time).
    std::vector<std::size_t> entity_pps;
    for (std::size_t p : pps) {
      if (c[p].mention < 0 || participle_agents.count(p) || c[p].prep == "selon") continue;  // a source, not a complement
      if (object_chunk && !entity_pps.empty() && c[p - 1].kind != Kind::CONJ) break;
      entity_pps.push_back(p);
    }
    // fr.rel.dont: "Renault, dont l'Etat détient 15 % du capital" -> Etat
    // —hold capital of→ Renault: the antecedent completes the object noun
    // (the last of its "de" complements) when nothing else is named
    if (rel_dont >= 0 && object_chunk && (objects.empty() || !objects.front().is_entity) && entity_pps.empty()) {
      std::size_t last = nps.front();
      for (std::size_t k = last + 1; k < e && (c[k].kind == Kind::OTHER || (c[k].kind == Kind::PP && c[k].prep == "de"));
           ++k)
        if (c[k].kind == Kind::PP) last = k;
      std::vector<PredicateWord> pred{verb_of(x, vg)};
      if (x.w[c[last].head].pos == "n") pred.push_back(noun_word(*x.in.lexicon, x.w[c[last].head]));
      pred.push_back(prep_word("de"));
      auto qq = q;
      qq["object_phrase"] = span_text(x, np_start(x, c[nps.front()]), c[last].last);
      qq.erase("complement");
      emit(x, f, argument_of(x, c[static_cast<std::size_t>(rel_dont)]), pred, "fr.rel.dont", qq, vg, 0, first_word,
           last_word);
      continue;
    }
    // a verb of speech whose object opens a quotation ('a déclaré "Chirac n'a
    // jamais été…"'): the words said are no object
    if (speech_verbs().count(vg.verb) && !nps.empty() && nps.front() > v &&
        c[nps.front() - 1].kind == Kind::PUNCT && is_quote(x.w[c[nps.front() - 1].first]) &&
        inside_quote(x, c[nps.front()].first)) {
      bool clause = false;  // a verb before the quotation closes: words said, not a quoted noun group
      for (std::size_t k = nps.front() + 1; k < n && !(c[k].kind == Kind::PUNCT && is_quote(x.w[c[k].first])); ++k)
        clause |= c[k].kind == Kind::VG;
      if (clause) continue;
    }
    bool made = false;
    std::size_t facts_before = out.size();
    if (clitic_object && (objects.empty() || !objects.front().is_entity) && entity_pps.empty()) continue;
    if (!objects.empty() && objects.front().is_entity) {
      for (const auto& o : objects) {
        auto qq = q;
        for (std::size_t p : entity_pps) qq["place"] = argument_of(x, c[p]).text();
        emit(x, f, o, {verb_of(x, vg)}, objects.size() > 1 ? "fr.svo" : rule, qq, vg,
             objects.size() > 1 ? -0.05 : 0.0, first_word, last_word);
      }
      made = true;
    } else if (!entity_pps.empty()) {
      // ReVerb: verb + object noun + preposition -> entity
      std::vector<PredicateWord> pred{verb_of(x, vg)};
      if (light_noun != static_cast<std::size_t>(-1)) {
        if (vg.verb == "avoir" && x.w[light_noun].lemma == "lieu") pred.front().english = "take";  // "avoir lieu"
        if (vg.verb == "rendre" && x.w[light_noun].lemma == "hommage") pred.front().english = "pay";  // "rendre hommage"
        pred.push_back(noun_word(*x.in.lexicon, x.w[light_noun]));
      }
      auto qq = q;
      if (object_chunk) {
        const FlatWord& h = x.w[object_chunk->head];
        if (h.pos == "n") pred.push_back(noun_word(*x.in.lexicon, h));
        if (vg.verb == "rendre" && h.lemma == "hommage") pred.front().english = "pay";  // "a rendu un long hommage à"
        qq["object_phrase"] = span_text(x, np_start(x, *object_chunk), object_chunk->last);
      }
      std::size_t p0 = entity_pps.front();
      // "se servir de X", "s'emparer de X": the "de" of these pronominal
      // verbs marks what English makes a direct object ("use X", "seize X")
      static const std::set<std::string> de_direct{"se servir", "se saisir", "se emparer", "se moquer",
                                                   "se souvenir"};
      if (!(c[p0].prep == "de" && pred.size() == 1 && de_direct.count(pred.front().lemma)))
        pred.push_back(complement_prep_word(x, vg, c[p0]));
      for (std::size_t p : entity_pps) {
        if (c[p].prep != c[p0].prep) continue;
        emit(x, f, argument_of(x, c[p]), pred, rule == "fr.rel.que" ? rule : "fr.svo.pp", qq, vg,
             entity_pps.size() > 1 ? -0.05 : 0.0, first_word, last_word);
      }
      made = true;
    } else if (rel_place >= 0 && !object_chunk) {
      const Chunk& pc = c[static_cast<std::size_t>(rel_place)];
      std::vector<PredicateWord> pred{verb_of(x, vg), prep_word("en")};
      emit(x, f, argument_of(x, pc), pred, "fr.rel.ou", q, vg, 0, first_word, last_word);
      made = true;
    } else if (!objects.empty()) {
      // fr.nominal: "X a annoncé une réduction de sa présence militaire en
      // Syrie": the object is the whole nominal phrase, and the act it names
      // is X's own (planned) act: X —reduce presence in→ Syrie
      std::string nverb = object_chunk && rule == "fr.svo" && !nps.empty() ? nominal_verb(x.w[object_chunk->head].lemma) : "";
      std::size_t o = nps.empty() ? 0 : nps.front();
      if (!nverb.empty() && objects.size() == 1 && o + 1 < e && c[o + 1].kind == Kind::PP && c[o + 1].prep == "de" &&
          c[o + 1].mention < 0) {
        std::size_t last = o + 1;
        std::size_t ent = 0;
        if (last + 1 < e && c[last + 1].kind == Kind::PP && c[last + 1].mention >= 0 && c[last + 1].prep != "de" &&
            c[last + 1].prep != "par") {
          ent = last + 1;
          last = ent;
        }
        objects.front() = argument_with_complements(x, o, last);
        static const std::set<std::string> planning{"annoncer", "décider", "confirmer", "ordonner", "promettre",
                                                    "prévoir", "envisager", "lancer", "engager", "entamer",
                                                    "proposer", "réclamer", "exiger", "demander", "approuver"};
        if (ent && planning.count(vg.verb) && !vg.negated) {
          Chunk planned = vg;
          if (vg.verb != "lancer" && vg.verb != "engager" && vg.verb != "entamer" && planned.modality == Modality::Asserted)
            planned.modality = vg.verb == "confirmer" || vg.verb == "annoncer" || vg.verb == "décider" ||
                                       vg.verb == "ordonner"
                                   ? Modality::Future
                                   : Modality::Hypothetical;
          auto qq = q;
          qq.erase("complement");
          qq.erase("time");  // the time of the announcement, not of the act
          qq.erase("time_text");
          qq["object_phrase"] = span_text(x, np_start(x, c[o + 1]), c[o + 1].last);
          qq["via"] = span_text(x, np_start(x, c[o]), c[last].last);
          std::vector<PredicateWord> pred{verb_word(*x.in.lexicon, nverb)};
          if (x.w[c[o + 1].head].pos == "n") pred.push_back(noun_word(*x.in.lexicon, x.w[c[o + 1].head]));
          pred.push_back(prep_word(c[ent].prep));
          emit(x, f, argument_of(x, c[ent]), pred, "fr.nominal", qq, planned, -0.2, first_word, last_word);
        }
        q.erase("complement");
      }
      for (const auto& o : objects)
        emit(x, f, o, {verb_of(x, vg)}, rule, q, vg, 0, first_word, last_word);
      made = true;
    }
    if (light_noun != static_cast<std::size_t>(-1)) continue;  // no entity after "avoir lieu": nothing to join
    if (!made && !pps.empty() && !object_chunk) {
      // verb + preposition + concept: "lutter contre le terrorisme"
      std::size_t p = pps.front();
      // "mettre en garde", "en raison de", "à terre": a bare noun after the
      // preposition is an idiom, not a thing
      const bool bare = np_start(x, c[p]) == c[p].head && x.w[c[p].head].pos == "n";
      if (c[p].prep != "par" && c[p].prep != "selon" && c[p].prep != "de" && !bare)
        emit(x, f, argument_of(x, c[p]), {verb_of(x, vg), prep_word(c[p].prep)}, "fr.svo.pp", q, vg, -0.05,
             first_word, last_word);
    }
    if (rel_place >= 0 && made) {
      // the "où" antecedent is the place of the facts just made
      const Chunk& pc = c[static_cast<std::size_t>(rel_place)];
      std::string place = argument_of(x, pc).text();
      for (std::size_t k = facts_before; k < out.size(); ++k)
        if (!out[k].qualifiers.count("place") && out[k].object.text() != place) out[k].qualifiers["place"] = place;
    }
  }
  // The persons who act in this sentence (subjects, "par" agents), for the
  // role descriptions of the next (fr.coref.role): a person named as an
  // object ("X a rencontré Y") is rarely what "le président" means next.
  for (std::size_t k = 0; k < n; ++k) {
    if (c[k].mention < 0) continue;
    const Mention& m = x.mentions[static_cast<std::size_t>(c[k].mention)];
    if (m.type != "PER") continue;
    if (m.is_agent || (c[k].kind == Kind::PP && c[k].prep == "par")) history.add_person(m, in.index);
  }
  for (const Mention& m : x.acting) history.add_person(m, in.index);
}

}  // namespace kg::extract::fr
