// kgraph query GRAPH.json --entity NAME | --path A B | --match "S P O"
// How entities are related, as readable text or (--json) for programs.
// Exit 0 when something was found, 1 when nothing matched, 2 on error.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>

#include "base/error.h"
#include "cli/commands.h"
#include "export/json_graph_writer.h"
#include "graph/graph_reader.h"
#include "graph/query.h"
#include "ontology/kb.h"

namespace kg::cli {

namespace {

struct QueryOptions {
  std::string graph;
  std::string entity;
  std::vector<std::string> path;
  std::string match;
  bool json = false;
};

using graph::Entity;
using graph::KnowledgeGraph;
using graph::Relation;
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

class Printer {
 public:
  explicit Printer(const KnowledgeGraph& g) {
    for (const Entity* e : g.entities()) by_id_.emplace(e->id, e);
  }
  const std::string& name(const std::string& id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() || it->second->label.empty() ? id : it->second->label;
  }
  std::string fact(const Relation& r) const {
    std::string s = name(r.source) + " —" + r.label + "→ " + name(r.target);
    char buf[96];
    std::snprintf(buf, sizeof buf, "  [%zu source%s, confidence %.2f", r.weight(), r.weight() == 1 ? "" : "s",
                  r.confidence);
    s += buf;
    if (r.negated) s += ", negated";
    if (r.modality != "asserted") s += ", " + r.modality;
    for (const auto& [k, v] : r.qualifiers) s += ", " + k + ": " + v;
    return s + "]";
  }
  void sources(const Relation& r, const char* indent) const {
    for (const auto& p : r.provenance)
      std::printf("%s%s #%zu [%u,%u) %s: \"%s\"\n", indent, p.doc.c_str(), p.sentence, p.begin, p.end,
                  p.rule.c_str(), p.text.c_str());
  }

 private:
  std::unordered_map<std::string, const Entity*> by_id_;
};

void raw(JsonWriter& w, const std::string& json) {
  w.RawValue(json.data(), json.size(), rapidjson::kObjectType);
}

void print_json(const rapidjson::StringBuffer& buf) { std::printf("%s\n", buf.GetString()); }

// The bundled KB, so that its names find entities too ("Daech"); null when
// it cannot be loaded (queries then use the graph's names alone).
const ontology::KnowledgeBase* query_kb() {
  static const std::shared_ptr<const ontology::KnowledgeBase> kb = []() {
    try {
      return ontology::KnowledgeBase::load();
    } catch (const Error&) {
      return std::shared_ptr<const ontology::KnowledgeBase>();
    }
  }();
  return kb.get();
}

const Entity& one_entity(const KnowledgeGraph& g, const std::string& name) {
  auto found = graph::find_entities(g, name, query_kb());
  if (found.empty()) throw Error("no entity named \"" + name + "\"", "try --match \"* * *\" to list facts");
  if (found.size() > 1) {
    std::string ids;
    for (const Entity* e : found) ids += (ids.empty() ? "" : ", ") + e->id;
    std::fprintf(stderr, "kgraph: \"%s\" names %zu entities (%s); using %s\n", name.c_str(), found.size(),
                 ids.c_str(), found.front()->id.c_str());
  }
  return *found.front();
}

int query_entity(const KnowledgeGraph& g, const QueryOptions& o) {
  auto found = graph::find_entities(g, o.entity, query_kb());
  Printer p(g);
  if (o.json) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("entities");
    w.StartArray();
    for (const Entity* e : found) {
      auto f = graph::entity_facts(g, *e);
      w.StartObject();
      w.Key("entity"); raw(w, exporters::entity_to_json(*e));
      w.Key("outgoing"); w.StartArray();
      for (const Relation* r : f.outgoing) raw(w, exporters::relation_to_json(*r));
      w.EndArray();
      w.Key("incoming"); w.StartArray();
      for (const Relation* r : f.incoming) raw(w, exporters::relation_to_json(*r));
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    print_json(buf);
  } else {
    if (found.empty()) std::printf("No entity named \"%s\".\n", o.entity.c_str());
    for (const Entity* e : found) {
      auto f = graph::entity_facts(g, *e);
      std::printf("%s (%s%s%s), id %s, %zu mention%s\n", e->label.c_str(), e->type.c_str(),
                  e->qid.empty() ? "" : ", Wikidata ", e->qid.c_str(), e->id.c_str(), e->mentions,
                  e->mentions == 1 ? "" : "s");
      for (const auto& [lang, label] : e->labels) std::printf("  %s: %s\n", lang.c_str(), label.c_str());
      if (!e->aliases.empty()) {
        std::string a;
        for (const auto& x : e->aliases) a += (a.empty() ? "" : "; ") + x;
        std::printf("  also: %s\n", a.c_str());
      }
      std::printf("  facts out (%zu):\n", f.outgoing.size());
      for (const Relation* r : f.outgoing) {
        std::printf("    %s\n", p.fact(*r).c_str());
        p.sources(*r, "      ");
      }
      std::printf("  facts in (%zu):\n", f.incoming.size());
      for (const Relation* r : f.incoming) {
        std::printf("    %s\n", p.fact(*r).c_str());
        p.sources(*r, "      ");
      }
    }
  }
  return found.empty() ? 1 : 0;
}

int query_path(const KnowledgeGraph& g, const QueryOptions& o) {
  const Entity& from = one_entity(g, o.path[0]);
  const Entity& to = one_entity(g, o.path[1]);
  auto paths = graph::shortest_paths(g, from, to);
  Printer p(g);
  if (o.json) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("from"); w.String(from.id.c_str());
    w.Key("to"); w.String(to.id.c_str());
    w.Key("paths");
    w.StartArray();
    for (const auto& path : paths) {
      w.StartArray();
      for (const auto& step : path) {
        w.StartObject();
        w.Key("forward"); w.Bool(step.forward);
        w.Key("edge"); raw(w, exporters::relation_to_json(*step.relation));
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndArray();
    w.EndObject();
    print_json(buf);
  } else if (paths.empty()) {
    std::printf("No chain of facts joins %s and %s.\n", from.label.c_str(), to.label.c_str());
  } else {
    std::printf("%zu shortest chain%s of %zu fact%s between %s and %s:\n", paths.size(), paths.size() == 1 ? "" : "s",
                paths.front().size(), paths.front().size() == 1 ? "" : "s", from.label.c_str(), to.label.c_str());
    for (const auto& path : paths) {
      std::string line = from.label;
      for (const auto& step : path) {
        const Relation& r = *step.relation;
        line += step.forward ? " —" + r.label + "→ " + p.name(r.target) : " ←" + r.label + "— " + p.name(r.source);
      }
      std::printf("  %s\n", line.c_str());
      for (const auto& step : path) p.sources(*step.relation, "      ");
    }
  }
  return paths.empty() ? 1 : 0;
}

int query_match(const KnowledgeGraph& g, const QueryOptions& o) {
  auto facts = graph::match_pattern(g, o.match);
  Printer p(g);
  if (o.json) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("pattern"); w.String(o.match.c_str());
    w.Key("facts");
    w.StartArray();
    for (const Relation* r : facts) raw(w, exporters::relation_to_json(*r));
    w.EndArray();
    w.EndObject();
    print_json(buf);
  } else {
    std::printf("%zu fact%s match \"%s\":\n", facts.size(), facts.size() == 1 ? "" : "s", o.match.c_str());
    for (const Relation* r : facts) {
      std::printf("  %s\n", p.fact(*r).c_str());
      p.sources(*r, "      ");
    }
  }
  return facts.empty() ? 1 : 0;
}

int run_query(const QueryOptions& o) {
  graph::LoadedGraph loaded = graph::read_graph_json(o.graph);
  if (!o.entity.empty()) return query_entity(loaded.graph, o);
  if (!o.path.empty()) return query_path(loaded.graph, o);
  return query_match(loaded.graph, o);
}

}  // namespace

void add_query_command(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Ask a graph how entities are related (names match without accents or case)");
  cmd->add_option("graph", opts->graph, "graph.json written by kgraph build or merge")
      ->required()
      ->check(CLI::ExistingFile);
  auto* entity = cmd->add_option("--entity", opts->entity, "An entity and its facts in and out, with their sources");
  auto* path = cmd->add_option("--path", opts->path, "The shortest chains of facts between two entities")
                   ->expected(2)
                   ->type_name("A B");
  auto* match = cmd->add_option("--match", opts->match,
                                "Facts matching \"SUBJECT PREDICATE OBJECT\", * for any (e.g. \"Russia * Syria\")");
  entity->excludes(path)->excludes(match);
  path->excludes(match);
  cmd->add_flag("--json", opts->json, "Write JSON for programs instead of text");
  cmd->callback([opts, exit_code, entity, path, match]() {
    if (entity->count() + path->count() + match->count() == 0)
      throw CLI::RequiredError("one of --entity, --path or --match");
    *exit_code = run_query(*opts);
  });
}

}  // namespace kg::cli
