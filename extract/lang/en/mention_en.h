#pragma once
// English named-entity mentions in one sentence: runs of proper nouns
// (Apertium <np> tags and capitalised words the tagger calls PROPN), joined
// through "of" and "-" inside a name ("Bank of England"), typed from the
// dictionary tags (np.ant -> PER, np.loc -> GPE, np.org/np.al -> ORG) and
// title cues ("President X", "Mr X" -> PER; the title is not in the name).

#include <string>
#include <vector>

#include "extract/facts/chunk.h"
#include "extract/facts/fact.h"

namespace kg::extract::en {

// Mentions of `words` (one sentence, see flatten()) in text order. `text` is
// Document::text (spans index it). word_mention[i] is set to the index (in
// the returned vector) of the mention word i belongs to, else -1.
// Mention.how: "dict:np.loc" (tag), "capitalisation", "title-cue".
// Pure; thread-safe.
std::vector<Mention> find_mentions(const std::vector<FlatWord>& words, const std::string& text,
                                   std::size_t sentence, std::vector<int>& word_mention);

// True for an English title or role noun that announces a person
// ("president", "minister", "mr", "chancellor"). Pure.
// Whether the sentence's words end with a question mark (closing quotes aside).
bool is_question(const std::vector<FlatWord>& words);

bool is_title_noun(const std::string& lemma);

}  // namespace kg::extract::en
