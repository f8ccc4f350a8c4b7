#pragma once
// Within-document pronoun resolution: the subjects seen so far, most recent
// last, with their grammatical gender and number; a pronoun goes to the
// nearest compatible one (named entities first).

#include <cstddef>
#include <string>
#include <cstdint>
#include <vector>

#include "extract/facts/fact.h"

namespace kg::extract {

class AgentHistory {
 public:
  // Records that `subject` was the subject of a verb in sentence `sentence`.
  // gender 'm'/'f'/'?', number 's'/'p'/'?' ('?' is compatible with all).
  void add(const Argument& subject, char gender, char number, std::size_t sentence);

  // The antecedent of a pronoun of this gender/number in `sentence`: the most
  // recent compatible named-entity subject within `window` sentences (one of
  // the pronoun's own gender before one of unknown gender), else the
  // most recent compatible subject of any kind; nullptr when none. The pointer
  // is valid until the next add().
  const Argument* resolve(char gender, char number, std::size_t sentence, std::size_t window = 4) const;

  // The most recent subject of any kind (named or not) compatible with a
  // pronoun of this gender/number within `window` sentences; nullptr when
  // none. Valid until the next add().
  const Argument* nearest(char gender, char number, std::size_t sentence, std::size_t window) const;

  // The gender recorded ('m'/'f') with the most recent named-entity subject
  // whose name key is `key` or ends with " " + `key` ("blair" finds "tony
  // blair"), skipping entries of unknown gender; '?' when none.
  char gender_of(const std::string& key) const;
  // Like resolve(), but ranked: nearer sentences
  // first (a subject of the pronoun's own sentence before one two sentences
  // back), then one of the pronoun's very gender, then (`human`: the verb is
  // one of speech or another act of a person) a person. Scores: -1 a
  // sentence back, +0.5 same gender, +1.5 a person for a human verb, -1 a
  // named non-person for one. Ties go to the most recent. A subject that is
  // no name counts in the pronoun's own sentence only, and when it wins the
  // answer is nullptr (the pronoun has no named antecedent), as when none.
  const Argument* resolve_ranked(char gender, char number, std::size_t sentence, std::size_t window,
                                 bool human) const;

  // Records a person named in sentence `sentence` whatever its role (for
  // definite role descriptions: "le président américain" after "Joe Biden").
  void add_person(const Mention& person, std::size_t sentence);

  // The person named last within `window` sentences before or in
  // `sentence`, before byte `before` when in `sentence` itself;
  // nullptr when none. Valid until the next add_person().
  const Mention* last_person(std::size_t sentence, std::uint32_t before, std::size_t window) const;

  // Every person named within `window` sentences before or in `sentence`
  // (before byte `before` in `sentence` itself), the most recent first.
  // Valid until the next add_person().
  std::vector<const Mention*> persons_before(std::size_t sentence, std::uint32_t before, std::size_t window) const;

 private:
  struct Entry {
    Argument arg;
    char gender = '?';
    char number = '?';
    std::size_t sentence = 0;
  };
  std::vector<Entry> entries_;
  std::vector<Mention> persons_;
};

}  // namespace kg::extract
