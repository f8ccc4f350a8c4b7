#pragma once
// The normalised key of a name: the one function by which the KB matcher, the
// entity resolver and `kgraph query` compare names, so that "l’Organisation
// des Nations Unies", "Organisation des nations unies" and "ORGANISATION DES
// NATIONS-UNIES" are the same name.

#include <string>
#include <string_view>
#include <vector>

namespace kg::ontology {

// The key of a name (UTF-8 in, UTF-8 out):
//   - Unicode NFC, then accents removed (NFD, nonspacing marks dropped) and a
//     few letters without decomposition mapped (œ→oe, æ→ae, ø→o, ł→l, đ→d, ı→i, ß→ss);
//   - full Unicode case folding;
//   - full stops dropped ("U.S." → "us"); apostrophes (' ’ ‘ ʼ ` ´), hyphens and
//     dashes (- ‐ ‑ – — −), other punctuation and symbols, and all white space
//     separate words; words are joined by one ASCII space;
//   - one leading article folded when more words follow: le, la, les, l' and the
//     ("l’Élysée" → "elysee", "The Hague" → "hague", "Les États-Unis" → "etats unis").
// Needs: valid UTF-8 (ill-formed bytes become U+FFFD and are dropped).
// Guarantees: pure and deterministic; a key is its own key unless it still
// starts with an article ("la paz" is the key of "Les La Paz"); "" for a name
// with no letter or digit. Thread-safe.
std::string name_key(std::string_view name);

// The words of name_key(name) with the leading-article fold NOT applied
// ("La Haye" → {"la", "haye"}), for callers that compare word by word
// (surname and acronym rules). Thread-safe.
std::vector<std::string> name_key_words(std::string_view name);

// True when `word` (any case, accents or not) is a leading article that
// name_key folds: le, la, les, l, the. Thread-safe.
bool is_leading_article(std::string_view word);

}  // namespace kg::ontology
