#pragma once
// French chunking: noun groups, prepositional groups, verb groups
// (auxiliaries, modals and semi-auxiliaries, negation ne … pas/plus/jamais,
// tense -> modality), pronouns, relative pronouns and subordinators.

#include <vector>

#include "extract/facts/chunk.h"

namespace kg::extract::fr {

// The chunks of one sentence, covering every word in order. `word_mention`
// comes from find_mentions(): a mention is always inside one NP, whose
// `mention` is set. Pure; thread-safe.
std::vector<Chunk> chunk_sentence(const std::vector<FlatWord>& words, const std::vector<int>& word_mention);

// True for a quotation mark (« » " “ ” ...), whatever the tagger called it.
bool is_quote(const FlatWord& w);

// Grammatical gender/number of a noun group from its determiner or head
// tags: 'm'/'f'/'?' and 's'/'p'/'?'.
void np_features(const std::vector<FlatWord>& words, const Chunk& np, char& gender, char& number);

}  // namespace kg::extract::fr
