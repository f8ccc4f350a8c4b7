#include "graph/resolve/entity_registry.h"

#include "graph/resolve/surname_rule.h"
#include "ontology/name_key.h"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace kg::graph {
namespace {

std::string tsv_cell(const std::string& s) {
  std::string out;
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

}  // namespace

std::string entity_id(const ontology::Entry& entry) { return entry.id; }

std::string people_id(const ontology::Entry& country) { return country.id + "_people"; }

std::map<std::string, std::string> people_labels(const ontology::Entry& country) {
  std::map<std::string, std::string> labels;
  for (const ontology::Demonym& d : country.demonyms) {
    // English plural; French masculine plural (the generic plural).
    if ((d.form == "pl" || d.form == "mp") && !labels.count(d.lang)) labels[d.lang] = d.text;
  }
  for (const ontology::Demonym& d : country.demonyms)
    if (!labels.count(d.lang) && d.form == "fp") labels[d.lang] = d.text;
  // French plurals are written capitalised as nouns ("les Français").
  for (auto& [lang, text] : labels)
    if (lang == "fr" && !text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return labels;
}

std::string entity_id(std::string_view type, std::string_view key) {
  std::string id(type);
  id += '_';
  for (char c : key) id += (c == ' ') ? '_' : c;
  return id;
}

bool MergeRecord::operator<(const MergeRecord& o) const {
  return std::tie(doc, begin, end, entity, sentence, mention, rule, link) <
         std::tie(o.doc, o.begin, o.end, o.entity, o.sentence, o.mention, o.rule, o.link);
}

bool MergeRecord::operator==(const MergeRecord& o) const {
  return std::tie(doc, begin, end, entity, sentence, mention, rule, link) ==
         std::tie(o.doc, o.begin, o.end, o.entity, o.sentence, o.mention, o.rule, o.link);
}

std::vector<std::string> EntityRegistry::add_document(const std::string& doc_id,
                                                      const std::vector<MentionInput>& mentions,
                                                      const DocumentResolution& resolution,
                                                      const std::string& date) {
  std::vector<std::string> ids(mentions.size());
  for (const MentionCluster& c : resolution.clusters) {
    std::string id;
    std::string link;
    if (c.entry != nullptr) {
      id = entity_id(*c.entry);
      link = "kb:" + c.entry->id;
    } else if (c.people_of != nullptr) {
      id = people_id(*c.people_of);
      link = "people:" + c.people_of->id;
    } else {
      if (c.key.empty()) continue;  // a name with no letter or digit names nothing
      id = entity_id(c.type, c.key);
      link = "key:" + c.type + "|" + c.key;
    }
    Node& node = nodes_[id];
    if (c.entry != nullptr) {
      node.type = std::string(ontology::to_string(c.entry->type));
      node.qid = c.entry->qid;
      node.geonames = c.entry->geonames;
      node.kb_labels = c.entry->labels;
      node.kb_label = c.entry->label();
    } else if (c.people_of != nullptr) {
      node.type = c.type;
      node.kb_labels = people_labels(*c.people_of);
      auto en = node.kb_labels.find("en");
      node.kb_label = en != node.kb_labels.end() ? en->second
                      : node.kb_labels.empty() ? id : node.kb_labels.begin()->second;
    } else {
      node.type = c.type;
    }
    if (!date.empty()) node.dates.insert(date);
    for (std::size_t mi : c.mentions) {
      const MentionInput& m = mentions[mi];
      const std::string& rule = resolution.mentions[mi].rule;
      ids[mi] = id;
      ++node.mentions;
      // A capital standing for its state is not a name of the state.
      if (rule != "kb.metonym") {
        if (rule == "kb.demonym") node.extra_aliases.insert(m.text);
        else node.names[m.lang].insert(m.text);
        if (!m.canonical.empty()) node.names[m.lang].insert(m.canonical);
      }
      records_.insert({doc_id, m.sentence, m.begin, m.end, m.text, id, rule, link});
    }
  }
  return ids;
}

void EntityRegistry::merge(const EntityRegistry& other) {
  for (const auto& [id, o] : other.nodes_) {
    Node& n = nodes_[id];
    if (n.type.empty()) n.type = o.type;
    if (n.qid.empty()) n.qid = o.qid;
    if (n.geonames.empty()) n.geonames = o.geonames;
    if (n.kb_labels.empty()) n.kb_labels = o.kb_labels;
    if (n.kb_label.empty()) n.kb_label = o.kb_label;
    for (const auto& [lang, names] : o.names) n.names[lang].insert(names.begin(), names.end());
    n.extra_aliases.insert(o.extra_aliases.begin(), o.extra_aliases.end());
    n.mentions += o.mentions;
    n.dates.insert(o.dates.begin(), o.dates.end());
  }
  records_.insert(other.records_.begin(), other.records_.end());
}

std::map<std::string, std::string> EntityRegistry::surname_merges() const {
  std::vector<SurnameNode> nodes;
  nodes.reserve(nodes_.size());
  for (const auto& [id, n] : nodes_) {
    SurnameNode s;
    s.id = id;
    s.type = n.type;
    s.in_kb = !n.kb_label.empty();
    for (const auto& [lang, label] : n.kb_labels) s.full_names.push_back(label);
    for (const auto& [lang, names] : n.names) {
      s.names.insert(s.names.end(), names.begin(), names.end());
      s.full_names.insert(s.full_names.end(), names.begin(), names.end());
    }
    nodes.push_back(std::move(s));
  }
  return graph::surname_merges(nodes);
}

std::vector<Entity> EntityRegistry::entities() const {
  const std::map<std::string, std::string> merged = surname_merges();
  std::map<std::string, Node> folded;  // the nodes with the surnames merged in
  for (const auto& [id, n] : nodes_) {
    auto m = merged.find(id);
    if (m == merged.end()) {
      Node& f = folded[id];
      Node keep = f;  // what surnames already added
      f = n;
      for (const auto& [lang, names] : keep.names) f.names[lang].insert(names.begin(), names.end());
      f.extra_aliases.insert(keep.extra_aliases.begin(), keep.extra_aliases.end());
      f.mentions += keep.mentions;
      f.dates.insert(keep.dates.begin(), keep.dates.end());
      continue;
    }
    Node& t = folded[m->second];
    for (const auto& [lang, names] : n.names) t.extra_aliases.insert(names.begin(), names.end());
    t.mentions += n.mentions;
    t.dates.insert(n.dates.begin(), n.dates.end());
  }
  std::vector<Entity> out;
  out.reserve(folded.size());
  for (const auto& [id, n] : folded) {
    Entity e;
    e.id = id;
    e.type = n.type;
    e.qid = n.qid;
    e.geonames = n.geonames;
    e.mentions = n.mentions;
    e.dates.assign(n.dates.begin(), n.dates.end());
    if (!n.kb_label.empty()) {
      e.label = n.kb_label;
      e.labels = n.kb_labels;
    } else {
      for (const auto& [lang, names] : n.names) {
        std::string best;
        for (const std::string& s : names)
          if (best.empty() || better_name(s, best)) best = s;
        if (!best.empty()) e.labels[lang.empty() ? "und" : lang] = best;
        if (e.label.empty() || better_name(best, e.label)) e.label = best;
      }
      if (e.label.empty()) e.label = id;
    }
    std::set<std::string> aliases(n.extra_aliases.begin(), n.extra_aliases.end());
    for (const auto& [lang, names] : n.names) aliases.insert(names.begin(), names.end());
    for (const auto& [lang, label] : e.labels) aliases.erase(label);
    aliases.erase(e.label);
    e.aliases.assign(aliases.begin(), aliases.end());
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<MergeRecord> EntityRegistry::explanations() const {
  const std::map<std::string, std::string> merged = surname_merges();
  std::set<MergeRecord> out;
  for (MergeRecord r : records_) {
    auto m = merged.find(r.entity);
    if (m != merged.end()) {
      r.entity = m->second;
      r.rule += "+graph.surname";
    }
    out.insert(std::move(r));
  }
  return {out.begin(), out.end()};
}

void EntityRegistry::add_to(KnowledgeGraph& graph) const {
  for (const Entity& e : entities()) graph.add_entity(e);
}

void write_merge_explanations(std::ostream& out, const std::vector<MergeRecord>& records) {
  out << "doc\tsentence\tbegin\tend\tmention\tentity\trule\tlink\n";
  for (const MergeRecord& r : records) {
    out << tsv_cell(r.doc) << '\t' << r.sentence << '\t' << r.begin << '\t' << r.end << '\t' << tsv_cell(r.mention)
        << '\t' << tsv_cell(r.entity) << '\t' << r.rule << '\t' << tsv_cell(r.link) << '\n';
  }
}

}  // namespace kg::graph
