#pragma once
// Within-document pronoun resolution: the subjects seen so far, most recent
// last, with their grammatical gender and number; a pronoun goes to the
// nearest compatible one (named entities first).

#include <cstddef>
#include <string>
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

 private:
  struct Entry {
    Argument arg;
    char gender = '?';
    char number = '?';
    std::size_t sentence = 0;
  };
  std::vector<Entry> entries_;
};

}  // namespace kg::extract
