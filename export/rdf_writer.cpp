#include "export/rdf_writer.h"

#include <serd/serd.h>

#include <cctype>
#include <charconv>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>

#include "base/atomic_file.h"
#include "base/error.h"
#include "export/utf8_text.h"

namespace kg::exporters {

namespace {

constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr const char* kOwl = "http://www.w3.org/2002/07/owl#";
constexpr const char* kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr const char* kProv = "http://www.w3.org/ns/prov#";
constexpr const char* kSchema = "https://schema.org/";
constexpr const char* kWd = "http://www.wikidata.org/entity/";
constexpr const char* kGeonames = "https://sws.geonames.org/";

// An RDF term ready for serd: its text and serd type (URI, CURIE or LITERAL).
struct Term {
  std::string text;
  SerdType type = SERD_URI;
  SerdNode node() const {
    return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(text.data()), text.size());
  }
};

// True when `local` can follow "prefix:" in Turtle as written by every
// reader we test with (a conservative subset of PN_LOCAL).
bool curie_safe(const std::string& local) {
  if (local.empty() || local[0] == '-') return false;
  for (unsigned char c : local)
    if (!(std::isalnum(c) || c == '_' || c == '-')) return false;
  return true;
}

// True when `text` can go to serd as it is: valid UTF-8 without U+0000
// (serd nodes are C strings). The common case; checked without copying.
bool clean_literal(const std::string& text) {
  std::size_t pos = 0;
  char32_t cp;
  std::size_t len;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x20 && c < 0x80) {
      ++pos;
      continue;
    }
    if (c == 0 || !decode_utf8(text, pos, &cp, &len)) return false;
    pos += len;
  }
  return true;
}

// Text of a literal: valid UTF-8, U+0000 as U+FFFD.
std::string literal_text(const std::string& text) {
  std::string v = valid_utf8(text);
  std::string out;
  for (char c : v) {
    if (c == '\0') append_utf8(0xFFFD, &out);
    else out.push_back(c);
  }
  return out;
}

// `value` with at most 6 decimals, trailing zeros removed ("0.82", "1.0").
std::string decimal(double value) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 6);
  std::string s(buf, ec == std::errc() ? end : buf);
  if (s.empty()) s = "0.0";
  while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  return s;
}

size_t string_sink(const void* buf, size_t len, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
  return len;
}

class Emitter {
 public:
  Emitter(bool quads, const RdfOptions& options, SerdSink sink, void* stream, bool bulk)
      : quads_(quads), base_(normalise_base_iri(options.base)) {
    ent_ = base_ + "entity/";
    rel_ = base_ + "relation/";
    doc_ = base_ + "doc/";
    fact_ = base_ + "fact/";
    SerdNode base_node = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(base_.c_str()));
    env_ = serd_env_new(&base_node);
    unsigned style = quads ? 0u : (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED);
    if (bulk) style |= SERD_STYLE_BULK;
    writer_ = serd_writer_new(quads ? SERD_NQUADS : SERD_TURTLE, static_cast<SerdStyle>(style), env_,
                              nullptr, sink, stream);
    if (!quads) {
      prefix("rdf", kRdf);
      prefix("rdfs", kRdfs);
      prefix("xsd", kXsd);
      prefix("owl", kOwl);
      prefix("skos", kSkos);
      prefix("prov", kProv);
      prefix("schema", kSchema);
      prefix("wd", kWd);
      prefix("kg", kVocabularyIri);
      prefix("ent", ent_);
      prefix("rel", rel_);
      prefix("doc", doc_);
      prefix("fact", fact_);
    }
    rdf_type_ = {std::string(kRdf) + "type", SERD_URI};  // serd writes "a"
    xsd_integer_ = {std::string(kXsd) + "integer", SERD_URI};
    xsd_decimal_ = {std::string(kXsd) + "decimal", SERD_URI};
    xsd_boolean_ = {std::string(kXsd) + "boolean", SERD_URI};
  }

  ~Emitter() {
    serd_writer_free(writer_);
    serd_env_free(env_);
  }
  Emitter(const Emitter&) = delete;
  Emitter& operator=(const Emitter&) = delete;

  void finish() { serd_writer_finish(writer_); }
  std::size_t statements() const { return statements_; }

  // A term in namespace `ns` (Turtle prefix `name`) with local part `local`
  // (already IRI-safe).
  Term iri(const char* name, const std::string& ns, const std::string& local) const {
    if (!quads_ && curie_safe(local)) return {std::string(name) + ":" + local, SERD_CURIE};
    return {ns + local, SERD_URI};
  }
  Term v(const char* name, const char* ns, const char* local) const { return iri(name, ns, local); }
  Term entity(const std::string& id) const { return iri("ent", ent_, iri_segment(id)); }
  Term relation(const std::string& predicate) const { return iri("rel", rel_, iri_segment(predicate)); }
  Term document(const std::string& id) const { return iri("doc", doc_, iri_segment(id)); }
  Term fact(const std::string& id) const { return iri("fact", fact_, iri_segment(id)); }
  Term source(const std::string& fact_id, std::size_t n) const {
    return {fact_ + iri_segment(fact_id) + "/source/" + std::to_string(n), SERD_URI};
  }
  // The named graph of a document (N-Quads only): its IRI, never a CURIE.
  Term graph_of(const std::string& doc) const { return {doc_ + iri_segment(doc), SERD_URI}; }
  bool quads() const { return quads_; }

  const Term& rdf_type() const { return rdf_type_; }

  void triple(const Term* g, const Term& s, const Term& p, const Term& o) {
    SerdNode sn = s.node(), pn = p.node(), on = o.node();
    SerdNode gn;
    if (g) gn = g->node();
    check(serd_writer_write_statement(writer_, 0, g ? &gn : nullptr, &sn, &pn, &on, nullptr, nullptr));
    ++statements_;
  }

  // A literal object, with an optional datatype (full IRI term) or language.
  void literal(const Term* g, const Term& s, const Term& p, const std::string& text,
               const Term* datatype = nullptr, const std::string& lang = "") {
    std::string repaired;
    const std::string* t = &text;
    if (!clean_literal(text)) {
      repaired = literal_text(text);
      t = &repaired;
    }
    SerdNode sn = s.node(), pn = p.node();
    SerdNode on = serd_node_from_substring(SERD_LITERAL, reinterpret_cast<const uint8_t*>(t->data()), t->size());
    SerdNode dn, ln, gn;
    if (datatype) dn = datatype->node();
    const bool has_lang = valid_lang_tag(lang);
    if (has_lang)
      ln = serd_node_from_substring(SERD_LITERAL, reinterpret_cast<const uint8_t*>(lang.data()), lang.size());
    if (g) gn = g->node();
    check(serd_writer_write_statement(writer_, 0, g ? &gn : nullptr, &sn, &pn, &on, datatype ? &dn : nullptr,
                                      has_lang ? &ln : nullptr));
    ++statements_;
  }
  void integer(const Term* g, const Term& s, const Term& p, unsigned long long n) {
    literal(g, s, p, std::to_string(n), &xsd_integer_);
  }
  void number(const Term* g, const Term& s, const Term& p, double x) { literal(g, s, p, decimal(x), &xsd_decimal_); }
  void boolean(const Term* g, const Term& s, const Term& p, bool b) {
    literal(g, s, p, b ? "true" : "false", &xsd_boolean_);
  }

 private:
  void prefix(const char* name, const std::string& ns) {
    SerdNode n = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(name));
    SerdNode u = serd_node_from_substring(SERD_URI, reinterpret_cast<const uint8_t*>(ns.data()), ns.size());
    check(serd_writer_set_prefix(writer_, &n, &u));
  }

  // True for a BCP 47-shaped language tag (letters, digits, '-'); any other
  // "language" is left out rather than written as a broken tag.
  static bool valid_lang_tag(const std::string& lang) {
    if (lang.empty() || !std::isalpha(static_cast<unsigned char>(lang[0]))) return false;
    for (unsigned char c : lang)
      if (!(std::isalnum(c) || c == '-')) return false;
    return true;
  }

  static void check(SerdStatus st) {
    if (st != SERD_SUCCESS) throw Error("writing RDF", reinterpret_cast<const char*>(serd_strerror(st)));
  }

  bool quads_;
  std::string base_, ent_, rel_, doc_, fact_;
  SerdEnv* env_ = nullptr;
  SerdWriter* writer_ = nullptr;
  Term rdf_type_, xsd_integer_, xsd_decimal_, xsd_boolean_;
  std::size_t statements_ = 0;
};

Term entity_class(const Emitter& e, const std::string& type) {
  static const std::set<std::string> schema_types = {"Person", "Organization", "Country", "City", "Place", "Event"};
  if (schema_types.count(type)) return e.iri("schema", kSchema, type);
  if (type == "Concept") return e.iri("kg", kVocabularyIri, "Concept");
  return e.iri("schema", kSchema, "Thing");
}

void emit(Emitter& e, const graph::KnowledgeGraph& graph) {
  const Term a = e.rdf_type();
  const Term pref_label = e.v("skos", kSkos, "prefLabel");
  const Term label = e.v("rdfs", kRdfs, "label");
  const Term alt_label = e.v("skos", kSkos, "altLabel");
  const Term same_as = e.v("owl", kOwl, "sameAs");
  const Term mentions = e.v("kg", kVocabularyIri, "mentions");

  for (const graph::Entity* ent : graph.entities()) {
    Term s = e.entity(ent->id);
    e.triple(nullptr, s, a, entity_class(e, ent->type));
    e.literal(nullptr, s, pref_label, ent->label);
    if (ent->labels.empty()) e.literal(nullptr, s, label, ent->label);
    for (const auto& [lang, text] : ent->labels) e.literal(nullptr, s, label, text, nullptr, lang);
    for (const auto& alias : ent->aliases) e.literal(nullptr, s, alt_label, alias);
    if (!ent->qid.empty()) e.triple(nullptr, s, same_as, e.iri("wd", kWd, iri_segment(ent->qid)));
    if (!ent->geonames.empty())
      e.triple(nullptr, s, same_as, Term{std::string(kGeonames) + iri_segment(ent->geonames) + "/", SERD_URI});
    e.integer(nullptr, s, mentions, ent->mentions);
  }

  const auto relations = graph.relations();

  // Predicates, declared once with every label they carry (English from the
  // edge label, other languages from the edge's labels; the first relation,
  // in id order, wins). Strings are viewed in place: the graph outlives this.
  std::unordered_map<std::string_view, std::map<std::string_view, std::string_view>> predicates;
  std::unordered_set<std::string_view> doc_set;
  for (const graph::Relation* r : relations) {
    auto& labels = predicates[r->predicate];
    labels.try_emplace("en", r->label);
    for (const auto& [lang, text] : r->labels) labels.try_emplace(lang, text);
    for (const auto& pv : r->provenance) doc_set.insert(pv.doc);
  }
  std::vector<std::string_view> predicate_names;
  predicate_names.reserve(predicates.size());
  for (const auto& [name, labels] : predicates) predicate_names.push_back(name);
  std::sort(predicate_names.begin(), predicate_names.end());
  const Term object_property = e.v("owl", kOwl, "ObjectProperty");
  for (std::string_view name : predicate_names) {
    Term p = e.relation(std::string(name));
    e.triple(nullptr, p, a, object_property);
    for (const auto& [lang, text] : predicates[name])
      if (!text.empty()) e.literal(nullptr, p, label, std::string(text), nullptr, std::string(lang));
  }

  std::vector<std::string_view> docs(doc_set.begin(), doc_set.end());
  std::sort(docs.begin(), docs.end());
  const Term document_class = e.v("kg", kVocabularyIri, "Document");
  const Term document_id = e.v("kg", kVocabularyIri, "documentId");
  for (std::string_view doc_view : docs) {
    std::string doc(doc_view);
    Term d = e.document(doc);
    e.triple(nullptr, d, a, document_class);
    e.literal(nullptr, d, document_id, doc);
  }

  const Term statement = e.v("rdf", kRdf, "Statement");
  const Term rdf_subject = e.v("rdf", kRdf, "subject");
  const Term rdf_predicate = e.v("rdf", kRdf, "predicate");
  const Term rdf_object = e.v("rdf", kRdf, "object");
  const Term confidence = e.v("kg", kVocabularyIri, "confidence");
  const Term weight = e.v("kg", kVocabularyIri, "weight");
  const Term negated = e.v("kg", kVocabularyIri, "negated");
  const Term modality = e.v("kg", kVocabularyIri, "modality");
  const Term qualifier = e.v("kg", kVocabularyIri, "qualifier");
  const Term derived = e.v("prov", kProv, "wasDerivedFrom");
  const Term source_class = e.v("kg", kVocabularyIri, "Source");
  const Term document = e.v("kg", kVocabularyIri, "document");
  const Term sentence_index = e.v("kg", kVocabularyIri, "sentenceIndex");
  const Term sentence_text = e.v("kg", kVocabularyIri, "sentenceText");
  const Term span_start = e.v("kg", kVocabularyIri, "spanStart");
  const Term span_end = e.v("kg", kVocabularyIri, "spanEnd");
  const Term rule = e.v("kg", kVocabularyIri, "rule");
  static const std::set<std::string> known_qualifiers = {"time", "place", "attribution", "manner"};

  std::vector<Term> sources;
  std::vector<const std::string*> fact_docs;
  for (const graph::Relation* r : relations) {
    Term s = e.entity(r->source);
    Term p = e.relation(r->predicate);
    Term o = e.entity(r->target);
    Term f = e.fact(r->id);
    fact_docs.clear();
    for (const auto& pv : r->provenance)
      if (fact_docs.empty() || *fact_docs.back() != pv.doc) fact_docs.push_back(&pv.doc);  // sorted by doc

    if (!r->negated) {
      if (e.quads()) {
        for (const std::string* doc : fact_docs) {
          Term g = e.graph_of(*doc);
          e.triple(&g, s, p, o);
        }
      } else {
        e.triple(nullptr, s, p, o);
      }
    }
    e.triple(nullptr, f, a, statement);
    e.triple(nullptr, f, rdf_subject, s);
    e.triple(nullptr, f, rdf_predicate, p);
    e.triple(nullptr, f, rdf_object, o);
    e.number(nullptr, f, confidence, r->confidence);
    e.integer(nullptr, f, weight, r->weight());
    e.boolean(nullptr, f, negated, r->negated);
    e.literal(nullptr, f, modality, r->modality);
    for (const auto& [key, value] : r->qualifiers) {
      if (known_qualifiers.count(key)) e.literal(nullptr, f, e.v("kg", kVocabularyIri, key.c_str()), value);
      else e.literal(nullptr, f, qualifier, key + "=" + value);
    }
    sources.clear();
    for (std::size_t i = 0; i < r->provenance.size(); ++i) sources.push_back(e.source(r->id, i));
    if (!e.quads()) {
      for (const Term& src : sources) e.triple(nullptr, f, derived, src);
    }
    for (std::size_t i = 0; i < r->provenance.size(); ++i) {
      const auto& pv = r->provenance[i];
      const Term& src = sources[i];
      Term g;
      const Term* gp = nullptr;
      if (e.quads()) {
        g = e.graph_of(pv.doc);
        gp = &g;
        e.triple(gp, f, derived, src);
      }
      e.triple(gp, src, a, source_class);
      e.triple(gp, src, document, e.document(pv.doc));
      e.integer(gp, src, sentence_index, pv.sentence);
      e.literal(gp, src, sentence_text, pv.text);
      e.integer(gp, src, span_start, pv.begin);
      e.integer(gp, src, span_end, pv.end);
      e.literal(gp, src, rule, pv.rule);
    }
  }
  e.finish();
}

std::string to_string(const graph::KnowledgeGraph& graph, const RdfOptions& options, bool quads) {
  std::string out;
  {
    Emitter e(quads, options, string_sink, &out, false);
    emit(e, graph);
  }
  return out;
}

std::size_t to_file(const graph::KnowledgeGraph& graph, const RdfOptions& options, bool quads, FILE* out) {
  Emitter e(quads, options, serd_file_sink, out, true);
  emit(e, graph);
  return e.statements();
}

void to_path(const graph::KnowledgeGraph& graph, const RdfOptions& options, bool quads, const std::string& path) {
  AtomicFile out(path);
  to_file(graph, options, quads, out.stream());
  if (std::ferror(out.stream())) throw Error("cannot write " + path, std::strerror(errno));
  out.commit();
}

}  // namespace

std::size_t write_turtle(const graph::KnowledgeGraph& graph, const RdfOptions& options, FILE* out) {
  return to_file(graph, options, false, out);
}
std::size_t write_nquads(const graph::KnowledgeGraph& graph, const RdfOptions& options, FILE* out) {
  return to_file(graph, options, true, out);
}
std::string graph_to_turtle(const graph::KnowledgeGraph& graph, const RdfOptions& options) {
  return to_string(graph, options, false);
}
std::string graph_to_nquads(const graph::KnowledgeGraph& graph, const RdfOptions& options) {
  return to_string(graph, options, true);
}
void write_turtle_file(const graph::KnowledgeGraph& graph, const RdfOptions& options, const std::string& path) {
  to_path(graph, options, false, path);
}
void write_nquads_file(const graph::KnowledgeGraph& graph, const RdfOptions& options, const std::string& path) {
  to_path(graph, options, true, path);
}

}  // namespace kg::exporters
