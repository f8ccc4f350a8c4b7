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

const Argument* AgentHistory::resolve_ranked(char gender, char number, std::size_t sentence, std::size_t window,
                                             bool human) const {
  const Argument* best = nullptr;
  double best_score = -1e9;
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    const Entry& e = *it;
    if (e.sentence > sentence || e.sentence + window < sentence) continue;
    // a noun group that is not a name competes too ("Le patron du FN jubile :
    // il accède…"): when it wins, the pronoun has no named antecedent
    if (!e.arg.is_entity && e.sentence != sentence) continue;
    if (!(gender == '?' || e.gender == '?' || gender == e.gender)) continue;
    if (!(number == '?' || e.number == '?' || number == e.number)) continue;
    // nearer first, the pronoun's own sentence most ("puis il a rejoint");
    // agreement the text shows outweighs one sentence of distance
    double score = -static_cast<double>(sentence - e.sentence);
    if (e.sentence == sentence) score += 0.75;
    if (gender != '?' && e.gender == gender) score += 1.25;
    if (human && e.arg.is_entity) score += e.arg.mention.type == "PER" ? 1.5 : -1.0;
    if (score > best_score) {
      best_score = score;
      best = &e.arg;
    }
  }
  return best && best->is_entity ? best : nullptr;
}

void AgentHistory::add_person(const Mention& person, std::size_t sentence) {
  Mention m = person;
  m.sentence = sentence;
  persons_.push_back(std::move(m));
  if (persons_.size() > 64) persons_.erase(persons_.begin());
}

const Mention* AgentHistory::last_person(std::size_t sentence, std::uint32_t before, std::size_t window) const {
  for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
    if (it->sentence > sentence || (it->sentence == sentence && it->begin >= before)) continue;
    if (it->sentence + window < sentence) return nullptr;
    return &*it;
  }
  return nullptr;
}

std::vector<const Mention*> AgentHistory::persons_before(std::size_t sentence, std::uint32_t before,
                                                         std::size_t window) const {
  std::vector<const Mention*> out;
  for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
    if (it->sentence > sentence || (it->sentence == sentence && it->begin >= before)) continue;
    if (it->sentence + window < sentence) break;
    out.push_back(&*it);
  }
  return out;
}

}  // namespace kg::extract
