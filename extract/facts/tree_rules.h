#pragma once
// The rule table of the tree engine (extract/facts/tree_facts.h): each rule is
// one row — id, language ("*" for all), the function that matches a tree
// path, base confidence, and an example sentence with the fact it must give
// ("subject|label|object"). tests/extract/tree_rules_test.cpp runs every row's
// example through the real analyser, parser and engine, so a rule without a
// passing example cannot exist. Adding a rule is adding a row (and, when no
// existing function fits, one short function).

#include <optional>
#include <string>
#include <vector>

#include "extract/model/analysed.h"
#include "extract/facts/chunk.h"
#include "ontology/lexicon.h"

namespace kg::extract {

// A parsed sentence as a tree over word indices (0-based; -1 = the root).
class DepTree {
 public:
  DepTree(const std::vector<FlatWord>& words, const std::vector<Syntax>& syntax);
  int size() const { return static_cast<int>(words_.size()); }
  int head(int i) const { return static_cast<int>(syntax_[i].head) - 1; }
  const std::string& rel(int i) const { return syntax_[i].deprel; }
  std::string base_rel(int i) const { return rel(i).substr(0, rel(i).find(':')); }
  const std::string& upos(int i) const { return syntax_[i].upos; }
  const FlatWord& word(int i) const { return words_[i]; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  // The first child of i whose relation is `rel` (or whose base relation is, when
  // `rel` has no ':'); -1 when none.
  int child(int i, const std::string& rel) const;

 private:
  const std::vector<FlatWord>& words_;
  const std::vector<Syntax>& syntax_;
  std::vector<std::vector<int>> children_;
};

// Whether word i heads a time phrase: a time word or year, or the start or end
// of one ("la fin de l'année", "the end of May").
bool is_time_phrase(const DepTree& t, int i, const ontology::Lexicon& lex);

// The path between two words: up from `from` to the lowest common ancestor
// `top` (up excludes top), then down from top to `to` (down excludes top, ends with `to`).
struct TreePath {
  std::vector<int> up;
  int top = -1;
  std::vector<int> down;
  // The mention types of the two ends ("PER", "ORG", "GPE", ..., "CONCEPT").
  std::string from_type, to_type;
};

// One word of a relation phrase, with how it reads in English when fixed.
struct LabelWord {
  int word = -1;        // index in the sentence, -1 for a word the rule adds
  std::string lemma;    // source lemma
  std::string english;  // "" = translate the lemma
};

// What a rule reads off a path: which end is the subject, the relation phrase,
// and the word whose clause gives negation, modality and attribution.
struct PathReading {
  bool from_is_subject = true;
  std::vector<LabelWord> label;
  int predicate = -1;
  int control = -1;  // a verb that handed its subject to the predicate ("compte [maintenir]"), or -1
};

// Whether verb v hands its subject to `next`, the verb it governs by xcomp, and
// stays out of the relation phrase: a control verb or a modal ("pourrait réduire").
bool is_control(const DepTree& t, int v, int next, const ontology::Lexicon& lex);

// A noun that names a person's role or title (lexicon titles.tsv): "président", "chief executive".
bool is_role(const DepTree& t, int i, const ontology::Lexicon& lex);

using PathRule = std::optional<PathReading> (*)(const DepTree&, const TreePath&, const ontology::Lexicon&);

struct TreeRule {
  const char* id;
  const char* lang;  // "fr", "en" or "*"
  PathRule match;
  double confidence;
  const char* example_lang;
  const char* example;
  const char* expected;  // "subject|label|object" as the fact's texts and English label
};

// The rows, in the order they are tried (the first match wins).
const std::vector<TreeRule>& tree_rules();

}  // namespace kg::extract
