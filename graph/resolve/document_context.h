#pragma once
// What the text around the mentions says about them, for the resolver's
// context rules: whether a document is sports news (where "Tonga beat Samoa"
// names teams, not states), and whether a mention follows a place preposition
// ("in Tonga", "à Lyon": the place itself, even in sports news).

#include "extract/model/analysed.h"
#include "graph/resolve/resolver.h"

#include <vector>

namespace kg::graph {

// True when `doc` reads as sports news: the words of the document (name_key of
// each token, and runs of up to four tokens for multi-word cues) score at
// least 4 with at least one strong cue, counting 2 for each distinct strong cue (sport names, "tournament",
// "World Cup", "coupe du monde", "striker", "sélectionneur", "semi-final",
// ...), 1 for each distinct weak cue ("match", "coach", "team", "équipe",
// "season", ...; words with ordinary senses too), and 2 once when a match
// score is written ("30-25", "3-1": two numbers of at most three digits
// joined by a hyphen). French and English cues. Pure; thread-safe.
bool is_sports_document(const extract::AnalysedDocument& doc);

// Marks `team` on the mentions that may name a sports team: when `doc` is
// sports news (is_sports_document), every mention not preceded by a place
// preposition (in, at, from, into, across, near, à, en, dans, au, aux, vers,
// depuis, chez; an article may sit between: "in the Netherlands", "aux
// Pays-Bas"). Spans of `mentions` are bytes of doc.doc.text. Thread-safe
// (reads `doc` only).
void mark_team_mentions(const extract::AnalysedDocument& doc, std::vector<MentionInput>& mentions);

}  // namespace kg::graph
