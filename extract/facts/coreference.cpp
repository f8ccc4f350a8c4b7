#include "extract/facts/coreference.h"

namespace kg::extract {

void AgentHistory::add(const Argument& subject, char gender, char number, std::size_t sentence) {
  entries_.push_back(Entry{subject, gender, number, sentence});
  if (entries_.size() > 64) entries_.erase(entries_.begin());
}

const Argument* AgentHistory::resolve(char gender, char number, std::size_t sentence, std::size_t window) const {
  auto compatible = [&](const Entry& e) {
    return (gender == '?' || e.gender == '?' || gender == e.gender) &&
           (number == '?' || e.number == '?' || number == e.number) && e.sentence + window >= sentence;
  };
  // a named entity of the pronoun's very gender first ("elle": "la France"
  // before "François Hollande", whose gender the text does not give)
  if (gender != '?')
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
      if (it->arg.is_entity && it->gender == gender && compatible(*it)) return &it->arg;
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
    if (it->arg.is_entity && compatible(*it)) return &it->arg;
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
    if (compatible(*it)) return &it->arg;
  return nullptr;
}

const Argument* AgentHistory::nearest(char gender, char number, std::size_t sentence, std::size_t window) const {
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
    if ((gender == '?' || it->gender == '?' || gender == it->gender) &&
        (number == '?' || it->number == '?' || number == it->number) && it->sentence + window >= sentence)
      return &it->arg;
  return nullptr;
}

char AgentHistory::gender_of(const std::string& key) const {
  if (key.empty()) return '?';
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    if (!it->arg.is_entity || (it->gender != 'm' && it->gender != 'f')) continue;
    const std::string& k = it->arg.mention.key;
    if (k == key || (k.size() > key.size() && k.compare(k.size() - key.size(), key.size(), key) == 0 &&
                     k[k.size() - key.size() - 1] == ' '))
      return it->gender;
  }
  return '?';
}

}  // namespace kg::extract
