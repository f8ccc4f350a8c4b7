#pragma once
// Graphs the exporter tests write: a small realistic one (the goldens) and a
// hostile one whose every string tries to break an output format.

#include <string>

#include "graph/knowledge_graph.h"

namespace kg::test {

inline graph::Entity make_entity(const std::string& id, const std::string& label, const std::string& type,
                                 std::size_t mentions) {
  graph::Entity e;
  e.id = id;
  e.label = label;
  e.type = type;
  e.mentions = mentions;
  return e;
}

inline graph::Provenance make_source(const std::string& doc, std::size_t sentence, std::uint32_t begin,
                                     std::uint32_t end, const std::string& text, const std::string& rule) {
  graph::Provenance p;
  p.doc = doc;
  p.sentence = sentence;
  p.begin = begin;
  p.end = end;
  p.text = text;
  p.rule = rule;
  return p;
}

// Russia, Syria, Aleppo, Vladimir Putin and a Concept; four fact edges, one of
// them read in two documents, one negated; an isolated entity (Paris). Dated
// as afp-2017-12-06 and reuters-2017-12-07 date them; Paris was named only in
// an undated document.
inline graph::KnowledgeGraph small_rdf_graph() {
  graph::KnowledgeGraph g;
  graph::Entity russia = make_entity("Russia", "Russia", "Country", 5);
  russia.labels = {{"en", "Russia"}, {"fr", "Russie"}};
  russia.aliases = {"la Russie", "Moscou"};
  russia.qid = "Q159";
  russia.geonames = "2017370";
  graph::Entity syria = make_entity("Syria", "Syria", "Country", 3);
  syria.labels = {{"en", "Syria"}, {"fr", "Syrie"}};
  syria.qid = "Q858";
  graph::Entity aleppo = make_entity("Aleppo", "Aleppo", "City", 1);
  aleppo.labels = {{"fr", "Alep"}};
  graph::Entity putin = make_entity("Vladimir_Putin", "Vladimir Putin", "Person", 2);
  putin.labels = {{"fr", "Vladimir Poutine"}};
  putin.aliases = {"Poutine"};
  graph::Entity presence = make_entity("Concept_presence_militaire", "sa présence militaire", "Concept", 1);
  graph::Entity paris = make_entity("Paris", "Paris", "City", 1);
  for (graph::Entity* e : {&russia, &syria, &aleppo, &putin, &presence}) e->dates = {"2017-12-06"};
  russia.dates.push_back("2017-12-07");
  syria.dates.push_back("2017-12-07");
  for (const auto& e : {russia, syria, aleppo, putin, presence, paris}) g.add_entity(e);

  graph::Relation r;
  r.source = "Russia";
  r.target = "Syria";
  r.label = "reduce presence in";
  r.predicate = "reducePresenceIn";
  r.labels = {{"fr", "réduire présence en"}};
  r.confidence = 0.82;
  r.modality = "future";
  r.qualifiers = {{"time", "2017-12-31"}};
  r.provenance = {make_source("afp-2017-12-06", 0, 0, 71,
                              "La Russie réduira sa présence militaire en Syrie dès la fin de l'année.", "fr.svo.pp"),
                  make_source("reuters-2017-12-07", 2, 310, 372,
                              "Russia will reduce its military presence in Syria.", "en.svo.pp")};
  r.dates = {"2017-12-06", "2017-12-07"};
  g.add_relation(r);

  graph::Relation a;
  a.source = "Vladimir_Putin";
  a.target = "Russia";
  a.label = "lead";
  a.predicate = "lead";
  a.labels = {{"fr", "diriger"}};
  a.confidence = 0.9;
  a.provenance = {make_source("afp-2017-12-06", 1, 72, 120, "Vladimir Poutine dirige la Russie.", "fr.svo")};
  a.dates = {"2017-12-06"};
  g.add_relation(a);

  graph::Relation b;
  b.source = "Russia";
  b.target = "Aleppo";
  b.label = "bomb";
  b.predicate = "bomb";
  b.labels = {{"fr", "bombarder"}};
  b.confidence = 0.6;
  b.negated = true;
  b.qualifiers = {{"attribution", "Moscou"}, {"source_note", "démenti"}};
  b.provenance = {make_source("afp-2017-12-06", 3, 200, 260, "Moscou n'a pas bombardé Alep, selon le Kremlin.",
                              "fr.svo.neg")};
  b.dates = {"2017-12-06"};
  g.add_relation(b);

  graph::Relation c;
  c.source = "Russia";
  c.target = "Concept_presence_militaire";
  c.label = "reduce";
  c.predicate = "reduce";
  c.labels = {{"fr", "réduire"}};
  c.confidence = 0.7;
  c.modality = "future";
  c.provenance = {make_source("afp-2017-12-06", 0, 0, 71,
                              "La Russie réduira sa présence militaire en Syrie dès la fin de l'année.", "fr.svo")};
  c.dates = {"2017-12-06"};
  g.add_relation(c);
  return g;
}

// Russia and Syria joined by two facts of different predicates (interveneIn,
// reducePresenceIn): what must stay two edges in every format.
inline graph::KnowledgeGraph two_predicates_graph() {
  graph::KnowledgeGraph g;
  g.add_entity(make_entity("Russia", "Russia", "Country", 1));
  g.add_entity(make_entity("Syria", "Syria", "Country", 1));
  for (const char* p : {"interveneIn", "reducePresenceIn"}) {
    graph::Relation r;
    r.source = "Russia";
    r.target = "Syria";
    r.predicate = p;
    r.label = p;
    r.provenance = {make_source("d", 0, 0, 1, "s", "r")};
    g.add_relation(r);
  }
  return g;
}

// Every string hostile: quotes, <, &, """, }, newlines, control characters,
// invalid UTF-8, document ids with spaces, /, ?, #.
inline graph::KnowledgeGraph hostile_graph() {
  const std::string nasty = "a \"quoted\" <b>&amp;</b> '\"\"\"' } { | ^ ` \\ \x01\x02\x1f\x7f tab\there\r\nnew line \xff\xfe bad";
  graph::KnowledgeGraph g;
  graph::Entity x = make_entity("X \"<&>\" /?#%{}|^`\\ \x01 é", nasty, "Person", 1);
  x.labels = {{"en", nasty}, {"fr\"bad lang", "langue"}};
  x.aliases = {nasty, "]]>", "--><!--"};
  x.qid = "Q1 <2>";
  x.geonames = "12/34?5";
  graph::Entity y = make_entity("", "empty id", "Org\"anization", 0);
  graph::Entity z = make_entity("..", "dot dot", "Concept", 2);
  for (const auto& e : {x, y, z}) g.add_entity(e);
  graph::Relation r;
  r.source = x.id;
  r.target = y.id;
  r.label = nasty;
  r.predicate = "pred <with> spaces & \"quotes\"";
  r.labels = {{"fr", nasty}};
  r.confidence = 0.5;
  r.modality = nasty;
  r.qualifiers = {{"time", nasty}, {"weird key\n", nasty}};
  r.provenance = {make_source("doc with spaces/and?query#frag", 0, 0, 10, nasty, "rule\"x"),
                  make_source("doc\x01\nctl", 1, 5, 9, "\"\"\"", "r2")};
  g.add_relation(r);
  graph::Relation s = r;
  s.id.clear();
  s.source = "..";
  s.target = x.id;
  s.predicate = "..";
  s.negated = true;
  g.add_relation(s);
  return g;
}

}  // namespace kg::test
