#include "graph/resolve/surname_rule.h"

#include "ontology/name_key.h"

#include <algorithm>
#include <set>

namespace kg::graph {

std::map<std::string, std::string> surname_merges(const std::vector<SurnameNode>& nodes) {
  static const std::set<std::string> courtesy = {"m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "sir", "dame"};
  // The word sequences of every name of every Person node.
  std::map<std::string, std::vector<std::vector<std::string>>> full_names;
  for (const SurnameNode& n : nodes) {
    if (n.type != "Person") continue;
    auto& v = full_names[n.id];
    for (const std::string& s : n.full_names) v.push_back(ontology::name_key_words(s));
  }
  std::map<std::string, std::string> out;
  for (const SurnameNode& n : nodes) {
    // A one-word Place may be a surname the dictionary knows as a town ("Valls").
    const bool place = n.type == "Place";
    if (n.in_kb || (n.type != "Person" && n.type != "Other" && !place)) continue;
    // Every surface of the short node must be the same 1-2 words (courtesy titles aside).
    std::vector<std::string> words;
    bool ok = !n.names.empty();
    for (const std::string& s : n.names) {
      bool caps = !s.empty();
      for (char c : s)
        if (c >= 'a' && c <= 'z') caps = false;
      std::vector<std::string> w = ontology::name_key_words(s);
      while (w.size() > 1 && courtesy.count(w.front())) w.erase(w.begin());
      if (caps || w.empty() || w.size() > 2 || (!words.empty() && w != words)) ok = false;
      if (words.empty()) words = w;
    }
    if (!ok || words.empty() || (place && words.size() != 1)) continue;
    std::set<std::string> targets;
    for (const auto& [fid, names] : full_names) {
      if (fid == n.id) continue;
      for (const auto& f : names) {
        if (f.size() <= words.size()) continue;
        if (std::equal(words.begin(), words.end(), f.end() - static_cast<std::ptrdiff_t>(words.size()))) {
          targets.insert(fid);
          break;
        }
      }
    }
    if (targets.size() == 1) out[n.id] = *targets.begin();
  }
  return out;
}

SurnameNode surname_node(const Entity& e) {
  SurnameNode s;
  s.id = e.id;
  s.type = e.type;
  const std::string prefix = e.type + "_";
  s.in_kb = e.id.compare(0, prefix.size(), prefix) != 0;
  s.names.push_back(e.label);
  for (const auto& [lang, label] : e.labels) s.names.push_back(label);
  s.names.insert(s.names.end(), e.aliases.begin(), e.aliases.end());
  std::sort(s.names.begin(), s.names.end());
  s.names.erase(std::unique(s.names.begin(), s.names.end()), s.names.end());
  s.full_names = s.names;
  return s;
}

void fold_surnames(const KnowledgeGraph& graph, KnowledgeGraph& out, std::map<std::string, std::string>* merges) {
  std::vector<SurnameNode> nodes;
  for (const Entity* e : graph.entities()) nodes.push_back(surname_node(*e));
  const std::map<std::string, std::string> merged = surname_merges(nodes);
  if (merges != nullptr) *merges = merged;
  // The full-name nodes with what they take from their surnames.
  std::map<std::string, Entity> folded;
  for (const Entity* e : graph.entities())
    if (!merged.count(e->id)) folded.emplace(e->id, *e);
  for (const Entity* e : graph.entities()) {
    auto m = merged.find(e->id);
    if (m == merged.end()) continue;
    Entity& t = folded.at(m->second);
    t.mentions += e->mentions;
    std::set<std::string> dates(t.dates.begin(), t.dates.end());
    dates.insert(e->dates.begin(), e->dates.end());
    t.dates.assign(dates.begin(), dates.end());
    std::set<std::string> aliases(t.aliases.begin(), t.aliases.end());
    for (const std::string& name : surname_node(*e).names) aliases.insert(name);
    for (const auto& [lang, label] : t.labels) aliases.erase(label);
    aliases.erase(t.label);
    t.aliases.assign(aliases.begin(), aliases.end());
  }
  for (const auto& [id, e] : folded) out.add_entity(e);
  for (const Relation* r : graph.relations()) {
    Relation copy = *r;
    bool moved = false;
    if (auto it = merged.find(copy.source); it != merged.end()) copy.source = it->second, moved = true;
    if (auto it = merged.find(copy.target); it != merged.end()) copy.target = it->second, moved = true;
    if (copy.source == copy.target) continue;
    if (moved) copy.id.clear();  // the id is the hash of the new ends
    out.add_relation(std::move(copy));
  }
}

}  // namespace kg::graph
