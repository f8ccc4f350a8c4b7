#pragma once
// The features of the named-entity tagger: what it reads of each token of a
// sentence and of its neighbours. Computed from the tokens' surfaces alone (and
// the KB and the title lists), so that training on raw BIO tokens and tagging
// the tokens of an analysed sentence see the same features.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ontology/kb.h"
#include "ontology/lexicon.h"

namespace kg::extract::ner {

// What the features read beyond the words: the KB (names it knows, with their
// type) and the language's cue lists (titles.tsv, honorifics.tsv). Borrowed
// pointers, either may be null (the features are then left out); read-only,
// so one instance may serve many threads.
struct NerResources {
  std::string lang;
  const ontology::KnowledgeBase* kb = nullptr;
  const ontology::Lexicon* lexicon = nullptr;
};

// What is known of one token before tagging: hashes of its word, lower case,
// shape, affixes, its place in a KB name and whether it is a title cue.
struct TokenInfo {
  std::uint64_t form = 0, lower = 0, shape = 0, short_shape = 0;
  std::uint64_t prefix[3] = {0, 0, 0};
  std::uint64_t suffix[4] = {0, 0, 0, 0};
  std::uint64_t kb = 0;   // hash of "B-City", "I-Person"...; 0 outside KB names
  std::uint64_t cue = 0;  // hash of "title" / "honorific"; 0 otherwise
  std::uint64_t analysis = 0;  // hash of analysis_key() of the token's first word; 0 when not analysed
  std::uint64_t run_first = 0, run_last = 0;  // lower case of the first and last word of the capitalised run it is in; 0 outside one
  bool capitalised = false;
};

// The token infos of one sentence (tokens as written, in order). `analyses`
// holds each token's analysis_key(), or is empty (no analysis features). Thread-safe.
std::vector<TokenInfo> sentence_info(const std::vector<std::string>& forms, const std::vector<std::string>& analyses,
                                     const NerResources& res);

// What the features read of the analyser's reading of a token's first word:
// its first tag, and the second after a proper noun ("np.loc", "np.ant",
// "n", "vblex"), "*" when the analyser did not know the word. Pure.
std::string analysis_key(const std::string& tags, bool unknown);

// The feature keys of token i given the two tags chosen before it (tag ids,
// kNoTag before the sentence), appended to `out` (cleared first). Pure.
constexpr std::uint32_t kNoTag = 0xffff;
void token_features(const std::vector<TokenInfo>& info, std::size_t i, std::uint32_t prev, std::uint32_t prev2,
                    std::vector<std::uint64_t>& out);

// The word shape of a token: upper case X, lower x, digit d, anything else
// itself ("Macron" -> "Xxxxxx", "G7" -> "Xd"); `collapse` keeps one of each run ("Xx").
std::string word_shape(const std::string& form, bool collapse);

}  // namespace kg::extract::ner

namespace kg::extract::ner {

// NerResources with the bundled KB and the language's lexicon, owned. What
// training and the shipped tagger use (so both see the same KB features).
struct OwnedNerResources {
  std::shared_ptr<const ontology::KnowledgeBase> kb;
  std::shared_ptr<const ontology::Lexicon> lexicon;
  NerResources view;
};

// Loads the bundled KB (unless `kb` is given) and ontology/lexicon/<lang>. Throws kg::Error as they do.
std::shared_ptr<const OwnedNerResources> load_ner_resources(const std::string& lang,
                                                            std::shared_ptr<const ontology::KnowledgeBase> kb = {});

}  // namespace kg::extract::ner
