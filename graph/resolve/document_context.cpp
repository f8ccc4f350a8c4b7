#include "graph/resolve/document_context.h"

#include "ontology/name_key.h"

#include <algorithm>
#include <set>
#include <string>

namespace kg::graph {
namespace {

// Cues of sports news, as name_key strings (accents folded, lower case).
// Strong: words that have (almost) no other sense in news.
const std::set<std::string>& strong_cues() {
  static const std::set<std::string> s = {
      // English
      "rugby", "football", "soccer", "tennis", "cricket", "basketball", "handball", "volleyball", "baseball",
      "hockey", "tournament", "championship", "championships", "world cup", "six nations", "champions league",
      "premier league", "europa league", "grand slam", "olympics", "olympic games", "striker", "strikers",
      "midfielder", "midfielders", "defender", "goalkeeper", "goalkeepers", "quarter final", "quarter finals",
      "semi final", "semi finals", "quarterfinal", "semifinal", "semifinals", "kick off", "half time",
      "hat trick", "penalty shootout", "fly half", "scrum half", "flanker", "scrum", "touchdown", "wicket",
      "wickets", "innings", "springboks", "all blacks", "wallabies", "fifa", "uefa", "gold medal", "medal",
      "medals", "world champions", "semi finalists", "playoffs", "play offs",
      // French
      "tournoi", "championnat", "coupe du monde", "ligue des champions", "ligue 1", "ligue 2", "top 14",
      "jeux olympiques", "mondial", "selectionneur", "entraineur", "attaquant", "attaquants", "buteur",
      "buteurs", "milieu de terrain", "gardien de but", "quart de finale", "quarts de finale",
      "demi finale", "demi finales", "mi temps", "coup d envoi", "coup franc", "tirs au but", "essais",
      "medaille", "medailles", "medaille d or", "grand chelem", "xv de france", "les bleus", "cyclisme",
      "peloton", "maillot jaune"};
  return s;
}

// Weak: sports words with ordinary senses too.
const std::set<std::string>& weak_cues() {
  static const std::set<std::string> s = {
      "match", "matches", "game", "games", "coach", "team", "teams", "squad", "cup", "final", "league",
      "season", "captain", "fans", "goal", "goals", "victory", "win", "won", "beat", "defeat", "stadium",
      "referee", "points", "player", "players", "try", "tries", "title", "equipe", "equipes", "rencontre",
      "coupe", "finale", "ligue", "saison", "capitaine", "supporters", "victoire", "defaite", "stade",
      "arbitre", "joueur", "joueurs", "selection", "essai", "score", "club", "clubs"};
  return s;
}

const std::set<std::string>& place_prepositions() {
  static const std::set<std::string> s = {"in",   "at",   "from", "into", "across", "near", "inside", "throughout",
                                          "a",    "en",   "dans", "au",   "aux",    "vers", "depuis", "chez",
                                          "pres", "within"};
  return s;
}

// "30-25", "3-1": digits (1-3), a hyphen or en dash, digits (1-3).
bool is_score(const std::string& surface) {
  std::size_t i = 0, n = 0;
  while (i < surface.size() && surface[i] >= '0' && surface[i] <= '9') ++i, ++n;
  if (n == 0 || n > 3 || i >= surface.size() || surface[i] != '-') return false;
  ++i;
  std::size_t m = 0;
  while (i < surface.size() && surface[i] >= '0' && surface[i] <= '9') ++i, ++m;
  return m > 0 && m <= 3 && i == surface.size();
}

}  // namespace

bool is_sports_document(const extract::AnalysedDocument& doc) {
  std::set<std::string> strong, weak;
  bool score = false;
  for (const auto& sent : doc.sentences) {
    std::vector<std::string> keys;
    keys.reserve(sent.tokens.size());
    for (const auto& t : sent.tokens) {
      keys.push_back(ontology::name_key(t.surface));
      if (!score && is_score(t.surface)) score = true;
    }
    // Score written as three tokens by the analyser: "30", "-", "25".
    for (std::size_t i = 0; i + 2 < sent.tokens.size() && !score; ++i)
      if (sent.tokens[i + 1].surface == "-" && is_score(sent.tokens[i].surface + "-" + sent.tokens[i + 2].surface) &&
          sent.tokens[i].end == sent.tokens[i + 1].begin && sent.tokens[i + 1].end == sent.tokens[i + 2].begin)
        score = true;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      std::string run;
      for (std::size_t j = i; j < keys.size() && j < i + 4; ++j) {
        if (keys[j].empty()) break;
        if (!run.empty()) run += ' ';
        run += keys[j];
        if (strong_cues().count(run)) strong.insert(run);
        else if (j == i && weak_cues().count(run)) weak.insert(run);
      }
    }
  }
  const std::size_t points = 2 * strong.size() + weak.size() + (score ? 2 : 0);
  return !strong.empty() && points >= 4;
}

void mark_team_mentions(const extract::AnalysedDocument& doc, std::vector<MentionInput>& mentions) {
  if (!is_sports_document(doc)) return;
  for (MentionInput& m : mentions) {
    // The tokens before the mention, in its sentence.
    const extract::Sentence* sent = nullptr;
    for (const auto& s : doc.sentences)
      if (s.begin <= m.begin && m.begin < std::max(s.end, s.begin + 1)) sent = &s;
    bool place = false;
    if (sent != nullptr) {
      std::size_t first = 0;
      while (first < sent->tokens.size() && sent->tokens[first].begin < m.begin) ++first;
      std::size_t before = first;
      if (before > 0 && ontology::is_leading_article(sent->tokens[before - 1].surface)) --before;
      if (before > 0) {
        // "au", "aux": the preposition the analyser may keep as one token.
        const std::string prep = ontology::name_key(sent->tokens[before - 1].surface);
        // "a" is French "à"; in English it is the article ("a Samoa win").
        place = place_prepositions().count(prep) > 0 && (prep != "a" || doc.doc.lang == "fr");
      }
    }
    m.team = !place;
  }
}

}  // namespace kg::graph
