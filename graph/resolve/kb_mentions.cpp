#include "graph/resolve/kb_mentions.h"

#include "ontology/name_key.h"

#include <algorithm>
#include <set>

namespace kg::graph {
namespace {

const std::string& first_upos(const extract::Token& t) {
  static const std::string none;
  return t.words.empty() ? none : t.words.front().upos;
}

const std::string& last_upos(const extract::Token& t) {
  static const std::string none;
  return t.words.empty() ? none : t.words.back().upos;
}

// True when the acronym of match `m` stands in parentheses right after words
// whose initials spell it and which are not a name of the same KB entity.
bool expanded_locally(const std::vector<extract::Token>& tokens, const ontology::Match& m,
                      const ontology::KnowledgeBase& kb) {
  if (m.first_token < 2 || tokens[m.first_token - 1].surface != "(") return false;
  std::string letters = ontology::name_key(tokens[m.first_token].surface);
  for (std::size_t t = m.first_token + 1; t < m.last_token; ++t) letters += ontology::name_key(tokens[t].surface);
  letters.erase(std::remove(letters.begin(), letters.end(), ' '), letters.end());
  static const std::set<std::string> skip = {"de", "des", "du", "d", "la", "le", "les", "l", "of", "the",
                                             "and", "et", "for", "pour", "en", "in", "on", "au", "aux"};
  // Walk back over the words before "(" collecting initials.
  std::string initials;
  std::size_t first = m.first_token - 1;
  while (first > 0 && initials.size() < letters.size()) {
    --first;
    const std::string key = ontology::name_key(tokens[first].surface);
    if (key.empty()) return false;  // punctuation: no expansion right before
    if (skip.count(key)) continue;
    initials.insert(initials.begin(), key[0]);
  }
  if (initials != letters) return false;
  // The expansion is a name of the same entity: the KB's acronym stands.
  std::string words;
  for (std::size_t t = first; t + 1 < m.first_token; ++t) words += (words.empty() ? "" : " ") + tokens[t].surface;
  for (const auto& c : kb.lookup(words))
    if (c.entry == m.candidates.front().entry) return false;
  return true;
}

}  // namespace

std::string mention_type_of(const ontology::Candidate& c) {
  if (c.how == ontology::MatchKind::Demonym) return "NORP";
  switch (c.entry->type) {
    case ontology::EntityType::Person: return "PER";
    case ontology::EntityType::Organization: return "ORG";
    case ontology::EntityType::Country:
    case ontology::EntityType::City: return "GPE";
    case ontology::EntityType::Place: return "LOC";
    case ontology::EntityType::Event: return "EVENT";
  }
  return "";
}

std::vector<MentionInput> kb_mentions(const ontology::KnowledgeBase& kb, const extract::AnalysedDocument& doc) {
  std::vector<MentionInput> out;
  const std::string& text = doc.doc.text;
  std::set<std::string> local_acronyms;  // acronyms the document expands itself
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& tokens = doc.sentences[s].tokens;
    std::vector<ontology::Token> scan_tokens;
    scan_tokens.reserve(tokens.size());
    for (const auto& t : tokens) scan_tokens.push_back({t.surface, t.begin, t.end});
    for (ontology::Match& m : kb.scan(text, scan_tokens, doc.doc.lang)) {
      // A KB name inside a longer proper name ("Jordan" in "Jordan De Goey",
      // "Paris" in "Paris Saint-Germain") is not a mention of the KB entity.
      if (m.last_token < tokens.size() && first_upos(tokens[m.last_token]) == "PROPN" &&
          tokens[m.last_token].begin == m.end + 1)
        continue;
      // ("Michael Jordan"; but "President Emmanuel Macron" is Macron).
      if (m.first_token > 0 && last_upos(tokens[m.first_token - 1]) == "PROPN" &&
          tokens[m.first_token - 1].end + 1 == m.begin &&
          m.candidates.front().entry->type != ontology::EntityType::Person)
        continue;
      // An acronym that the text itself expands otherwise ("artificial
      // pancreas (AP)") is not the KB's (Associated Press).
      if (m.candidates.front().how == ontology::MatchKind::Acronym) {
        const std::string acronym = text.substr(m.begin, m.end - m.begin);
        bool local = local_acronyms.count(acronym) > 0;  // expanded earlier in the document
        if (!local && expanded_locally(tokens, m, kb)) {
          local_acronyms.insert(acronym);
          local = true;
        }
        if (local) {
          // Still a name, but not the KB's: say so (no candidates, not_kb).
          MentionInput mi;
          mi.text = acronym;
          mi.begin = m.begin;
          mi.end = m.end;
          mi.sentence = s;
          mi.lang = doc.doc.lang;
          mi.type = "ORG";
          mi.not_kb = true;
          out.push_back(std::move(mi));
          continue;
        }
      }
      MentionInput mi;
      mi.text = text.substr(m.begin, m.end - m.begin);
      mi.begin = m.begin;
      mi.end = m.end;
      mi.sentence = s;
      mi.lang = doc.doc.lang;
      mi.type = mention_type_of(m.candidates.front());
      mi.is_demonym = m.candidates.front().how == ontology::MatchKind::Demonym;
      // French writes a people with a capital ("les Américains"); a demonym
      // in lower case is an adjective or a language ("des médias
      // conservateurs américains", "parler russe"): no name at all.
      if (mi.is_demonym && doc.doc.lang == "fr" && !mi.text.empty() && mi.text[0] >= 'a' && mi.text[0] <= 'z') continue;
      // Agent cue: a verb follows, no preposition before (an article may sit between).
      bool verb_after = m.last_token < tokens.size() &&
                        (first_upos(tokens[m.last_token]) == "VERB" || first_upos(tokens[m.last_token]) == "AUX");
      std::size_t before = m.first_token;
      if (before > 0 && ontology::is_leading_article(tokens[before - 1].surface)) --before;
      bool prep_before = before > 0 && last_upos(tokens[before - 1]) == "ADP";
      // "au", "du" (à/de + le) end in a determiner but start with a preposition.
      if (before > 0 && !tokens[before - 1].words.empty() && first_upos(tokens[before - 1]) == "ADP") prep_before = true;
      mi.is_agent = verb_after && !prep_before;
      // A demonym names the country only when the people act ("les Russes ont
      // annoncé"); "l'armée russe" is an attribute, not a mention of Russia.
      // A demonym right after a noun qualifies it ("l'armée russe avance"): an attribute.
      if (mi.is_demonym && m.first_token > 0 &&
          (last_upos(tokens[m.first_token - 1]) == "NOUN" || last_upos(tokens[m.first_token - 1]) == "PROPN"))
        mi.is_agent = false;
      // A demonym that heads its own noun group ("most Britons", "des Français
      // ont été tués") names a people (resolver rule kb.people) even when it
      // does not act; one that qualifies a noun ("French officials") does not.
      if (mi.is_demonym && !mi.is_agent) {
        const std::string& own = last_upos(tokens[m.last_token - 1]);
        const std::string next = m.last_token < tokens.size() ? first_upos(tokens[m.last_token]) : std::string();
        const bool after_noun = m.first_token > 0 && (last_upos(tokens[m.first_token - 1]) == "NOUN" ||
                                                      last_upos(tokens[m.first_token - 1]) == "PROPN");
        const bool heads = (own == "NOUN" || own == "PROPN") && next != "NOUN" && next != "PROPN" && next != "ADJ";
        if (!heads || after_noun) continue;
      }
      mi.candidates = std::move(m.candidates);
      out.push_back(std::move(mi));
    }
  }
  return out;
}

}  // namespace kg::graph
