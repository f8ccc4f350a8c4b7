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
#include "base/byte_class.h"
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

const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

// An RDF term whose text is owned here (URI, CURIE or LITERAL), with the
// length and flags serd would compute for it measured once: a term written
// many times (an entity, a predicate, a vocabulary IRI) costs no scan and no
// allocation per statement.
struct Term {
  std::string text;
  SerdType type = SERD_URI;
  SerdNodeFlags flags = 0;
  std::size_t n_chars = 0;

  Term() = default;
  Term(std::string t, SerdType ty) : text(std::move(t)), type(ty) {
    const SerdNode n = serd_node_from_substring(type, bytes(text), text.size());
    flags = n.flags;
    n_chars = n.n_chars;
  }
  // Valid while this term lives and is not modified.
  SerdNode node() const { return SerdNode{bytes(text), text.size(), n_chars, flags, type}; }
};

// Characters of a local name written after "prefix:" (see curie_safe).
constexpr ByteClass kCurieChar("_-");

// True when text[from..] can follow "prefix:" in Turtle as written by every
// reader we test with (a conservative subset of PN_LOCAL: ASCII letters,
// digits, '_' and '-', not first).
bool curie_safe(const std::string& text, std::size_t from = 0) {
  if (text.size() <= from || text[from] == '-') return false;
  for (std::size_t i = from; i < text.size(); ++i)
    if (!kCurieChar(text[i])) return false;
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

// The literal node of `text`: the text itself when it is valid UTF-8 without
// U+0000 (serd nodes are C strings), measured (characters, quote and newline
// flags as serd computes them) in the same pass that checks it; otherwise the
// repaired text, kept in *spare. Valid while `text` and *spare live.
SerdNode literal_node(const std::string& text, std::string* spare) {
  SerdNodeFlags flags = 0;
  std::size_t n_chars = 0;
  std::size_t pos = 0;
  const std::size_t size = text.size();
  while (pos < size) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x20 && c < 0x80) {
      if (c == '"') flags |= SERD_HAS_QUOTE;
      ++pos;
      ++n_chars;
      continue;
    }
    char32_t cp;
    std::size_t len;
    if (c == 0 || !decode_utf8(text, pos, &cp, &len)) {
      *spare = literal_text(text);
      return serd_node_from_substring(SERD_LITERAL, bytes(*spare), spare->size());
    }
    if (c == '\n' || c == '\r') flags |= SERD_HAS_NEWLINE;
    pos += len;
    ++n_chars;
  }
  return SerdNode{bytes(text), size, n_chars, flags, SERD_LITERAL};
}

// A plain ASCII literal held in a caller's buffer (numbers), NUL-terminated.
SerdNode ascii_node(const char* buf, std::size_t len) {
  return SerdNode{reinterpret_cast<const uint8_t*>(buf), len, len, 0, SERD_LITERAL};
}

// `value` with at most 6 decimals, trailing zeros removed ("0.82", "1.0"),
// into buf (at least 65 bytes, NUL-terminated); returns the length.
std::size_t decimal(double value, char* buf) {
  auto [end, ec] = std::to_chars(buf, buf + 64, value, std::chars_format::fixed, 6);
  std::size_t n = ec == std::errc() ? static_cast<std::size_t>(end - buf) : 0;
  if (n == 0) {
    std::memcpy(buf, "0.0", 3);
    n = 3;
  }
  while (n > 1 && buf[n - 1] == '0' && buf[n - 2] != '.') --n;
  buf[n] = '\0';
  return n;
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
    rdf_type_ = Term(std::string(kRdf) + "type", SERD_URI);  // serd writes "a"
    xsd_integer_ = Term(std::string(kXsd) + "integer", SERD_URI);
    xsd_decimal_ = Term(std::string(kXsd) + "decimal", SERD_URI);
    xsd_boolean_ = Term(std::string(kXsd) + "boolean", SERD_URI);
    integer_type_ = xsd_integer_.node();
    decimal_type_ = xsd_decimal_.node();
    boolean_type_ = xsd_boolean_.node();
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
    if (!quads_ && curie_safe(local)) return Term(std::string(name) + ":" + local, SERD_CURIE);
    return Term(ns + local, SERD_URI);
  }
  Term v(const char* name, const char* ns, const char* local) const { return iri(name, ns, local); }
  Term entity(const std::string& id) const { return iri("ent", ent_, iri_segment(id)); }
  Term relation(const std::string& predicate) const { return iri("rel", rel_, iri_segment(predicate)); }
  Term document(const std::string& id) const { return iri("doc", doc_, iri_segment(id)); }

  // The statement node of fact edge `id`, its text in *out (reused: no
  // allocation once it has grown): "fact:<segment>" or the full IRI.
  SerdNode fact(const std::string& id, std::string* out) const {
    out->clear();
    SerdType type = SERD_CURIE;
    if (!quads_) {
      out->append("fact:");
      append_iri_segment(id, out);
      if (!curie_safe(*out, 5)) out->clear();
    }
    if (out->empty()) {
      type = SERD_URI;
      out->append(fact_);
      append_iri_segment(id, out);
    }
    return serd_node_from_substring(type, bytes(*out), out->size());
  }
  // The prefix of the IRIs of a fact's sources: B"fact/"<segment>"/source/".
  void source_prefix(const std::string& fact_id, std::string* out) const {
    out->assign(fact_);
    append_iri_segment(fact_id, out);
    out->append("/source/");
  }
  bool quads() const { return quads_; }

  const Term& rdf_type() const { return rdf_type_; }

  void triple(const SerdNode* g, const SerdNode& s, const SerdNode& p, const SerdNode& o) {
    check(serd_writer_write_statement(writer_, 0, g, &s, &p, &o, nullptr, nullptr));
    ++statements_;
  }
  void triple(const SerdNode* g, const Term& s, const Term& p, const Term& o) {
    const SerdNode sn = s.node(), pn = p.node(), on = o.node();
    triple(g, sn, pn, on);
  }

  // A literal object (any text: repaired when it is not valid UTF-8), with an
  // optional language (left out unless it is a well-formed tag).
  void literal(const SerdNode* g, const SerdNode& s, const SerdNode& p, const std::string& text,
               const std::string& lang = std::string()) {
    const SerdNode on = literal_node(text, &spare_);
    if (valid_lang_tag(lang)) {
      const SerdNode ln = serd_node_from_substring(SERD_LITERAL, bytes(lang), lang.size());
      check(serd_writer_write_statement(writer_, 0, g, &s, &p, &on, nullptr, &ln));
    } else {
      check(serd_writer_write_statement(writer_, 0, g, &s, &p, &on, nullptr, nullptr));
    }
    ++statements_;
  }
  void literal(const SerdNode* g, const Term& s, const Term& p, const std::string& text,
               const std::string& lang = std::string()) {
    const SerdNode sn = s.node(), pn = p.node();
    literal(g, sn, pn, text, lang);
  }
  void integer(const SerdNode* g, const SerdNode& s, const SerdNode& p, unsigned long long n) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf - 1, n);
    (void)ec;  // 32 bytes hold any 64-bit number
    *end = '\0';
    typed(g, s, p, ascii_node(buf, static_cast<std::size_t>(end - buf)), integer_type_);
  }
  void number(const SerdNode* g, const SerdNode& s, const SerdNode& p, double x) {
    char buf[72];
    const std::size_t n = decimal(x, buf);
    typed(g, s, p, ascii_node(buf, n), decimal_type_);
  }
  void boolean(const SerdNode* g, const SerdNode& s, const SerdNode& p, bool b) {
    typed(g, s, p, b ? ascii_node("true", 4) : ascii_node("false", 5), boolean_type_);
  }

 private:
  void typed(const SerdNode* g, const SerdNode& s, const SerdNode& p, const SerdNode& o, const SerdNode& datatype) {
    check(serd_writer_write_statement(writer_, 0, g, &s, &p, &o, &datatype, nullptr));
    ++statements_;
  }

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
  SerdNode integer_type_{}, decimal_type_{}, boolean_type_{};
  std::string spare_;  // a repaired literal, while it is written
  std::size_t statements_ = 0;
};

Term entity_class(const Emitter& e, const std::string& type) {
  static const std::set<std::string> schema_types = {"Person", "Organization", "Country", "City", "Place", "Event"};
  if (schema_types.count(type)) return e.iri("schema", kSchema, type);
  if (type == "Concept") return e.iri("kg", kVocabularyIri, "Concept");
  return e.iri("kg", kVocabularyIri, "Other");
}

// Vocabulary terms used per statement, made once.
struct Vocabulary {
  explicit Vocabulary(const Emitter& e)
      : a(e.rdf_type()),
        pref_label(e.v("skos", kSkos, "prefLabel")),
        label(e.v("rdfs", kRdfs, "label")),
        alt_label(e.v("skos", kSkos, "altLabel")),
        same_as(e.v("owl", kOwl, "sameAs")),
        mentions(e.v("kg", kVocabularyIri, "mentions")),
        object_property(e.v("owl", kOwl, "ObjectProperty")),
        document_class(e.v("kg", kVocabularyIri, "Document")),
        document_id(e.v("kg", kVocabularyIri, "documentId")),
        statement(e.v("rdf", kRdf, "Statement")),
        rdf_subject(e.v("rdf", kRdf, "subject")),
        rdf_predicate(e.v("rdf", kRdf, "predicate")),
        rdf_object(e.v("rdf", kRdf, "object")),
        confidence(e.v("kg", kVocabularyIri, "confidence")),
        weight(e.v("kg", kVocabularyIri, "weight")),
        negated(e.v("kg", kVocabularyIri, "negated")),
        modality(e.v("kg", kVocabularyIri, "modality")),
        qualifier(e.v("kg", kVocabularyIri, "qualifier")),
        derived(e.v("prov", kProv, "wasDerivedFrom")),
        source_class(e.v("kg", kVocabularyIri, "Source")),
        document(e.v("kg", kVocabularyIri, "document")),
        sentence_index(e.v("kg", kVocabularyIri, "sentenceIndex")),
        sentence_text(e.v("kg", kVocabularyIri, "sentenceText")),
        span_start(e.v("kg", kVocabularyIri, "spanStart")),
        span_end(e.v("kg", kVocabularyIri, "spanEnd")),
        rule(e.v("kg", kVocabularyIri, "rule")) {
    for (const char* key : kKnownQualifiers) known_qualifiers.emplace_back(key, e.v("kg", kVocabularyIri, key));
  }

  // The qualifier keys with a property of their own (kg:time, ...).
  static constexpr const char* kKnownQualifiers[] = {"time", "place", "attribution", "manner"};

  // The property of qualifier `key`, or nullptr (then kg:qualifier "key=value").
  const Term* qualifier_property(const std::string& key) const {
    for (const auto& [name, term] : known_qualifiers)
      if (key == name) return &term;
    return nullptr;
  }

  Term a, pref_label, label, alt_label, same_as, mentions, object_property, document_class, document_id, statement,
      rdf_subject, rdf_predicate, rdf_object, confidence, weight, negated, modality, qualifier, derived, source_class,
      document, sentence_index, sentence_text, span_start, span_end, rule;
  std::vector<std::pair<std::string, Term>> known_qualifiers;
};

void emit(Emitter& e, const graph::KnowledgeGraph& graph) {
  const Vocabulary voc(e);
  const auto& adjacency = graph.adjacency();

  // Entities, with their IRI terms kept by vertex for the facts below.
  std::vector<Term> entity_terms(graph.entity_count());
  for (const graph::KnowledgeGraph::Vertex vertex : graph.entity_vertices()) {
    const graph::Entity& ent = adjacency[vertex];
    const Term& s = entity_terms[vertex] = e.entity(ent.id);
    const SerdNode sn = s.node();
    e.triple(nullptr, s, voc.a, entity_class(e, ent.type));
    e.literal(nullptr, s, voc.pref_label, ent.label);
    const SerdNode label = voc.label.node();
    if (ent.labels.empty()) e.literal(nullptr, sn, label, ent.label);
    for (const auto& [lang, text] : ent.labels) e.literal(nullptr, sn, label, text, lang);
    const SerdNode alt_label = voc.alt_label.node();
    for (const auto& alias : ent.aliases) e.literal(nullptr, sn, alt_label, alias);
    if (!ent.qid.empty()) e.triple(nullptr, s, voc.same_as, e.iri("wd", kWd, iri_segment(ent.qid)));
    if (!ent.geonames.empty())
      e.triple(nullptr, s, voc.same_as, Term(std::string(kGeonames) + iri_segment(ent.geonames) + "/", SERD_URI));
    e.integer(nullptr, sn, voc.mentions.node(), ent.mentions);
  }

  const auto relations = graph.relation_refs();

  // Predicates, declared once with every label they carry (English from the
  // edge label, other languages from the edge's labels; the first relation,
  // in id order, wins), and documents; each relation's predicate and each
  // provenance record's document are noted by number for the facts below.
  // Strings are viewed in place: the graph outlives this.
  std::unordered_map<std::string_view, std::uint32_t> predicate_index;
  std::vector<std::string_view> predicate_names;
  std::vector<std::map<std::string_view, std::string_view>> predicate_labels;
  std::vector<std::uint32_t> relation_predicate;
  relation_predicate.reserve(relations.size());
  std::unordered_map<std::string_view, std::uint32_t> doc_index;
  std::vector<std::string_view> doc_names;
  std::vector<std::uint32_t> provenance_doc;  // per provenance record, in fact order
  for (const auto& ref : relations) {
    const graph::Relation& r = *ref.relation;
    auto [it, added] = predicate_index.try_emplace(r.predicate, static_cast<std::uint32_t>(predicate_names.size()));
    if (added) {
      predicate_names.push_back(r.predicate);
      predicate_labels.emplace_back();
    }
    relation_predicate.push_back(it->second);
    auto& labels = predicate_labels[it->second];
    labels.try_emplace("en", r.label);
    for (const auto& [lang, text] : r.labels) labels.try_emplace(lang, text);
    for (const auto& pv : r.provenance) {
      auto [d, new_doc] = doc_index.try_emplace(pv.doc, static_cast<std::uint32_t>(doc_names.size()));
      if (new_doc) doc_names.push_back(pv.doc);
      provenance_doc.push_back(d->second);
    }
  }

  std::vector<std::uint32_t> predicate_order(predicate_names.size());
  for (std::uint32_t i = 0; i < predicate_order.size(); ++i) predicate_order[i] = i;
  std::sort(predicate_order.begin(), predicate_order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return predicate_names[x] < predicate_names[y]; });
  std::vector<Term> predicate_terms(predicate_names.size());
  for (std::uint32_t i : predicate_order) {
    const Term& p = predicate_terms[i] = e.relation(std::string(predicate_names[i]));
    e.triple(nullptr, p, voc.a, voc.object_property);
    for (const auto& [lang, text] : predicate_labels[i])
      if (!text.empty()) e.literal(nullptr, p, voc.label, std::string(text), std::string(lang));
  }

  std::vector<std::uint32_t> doc_order(doc_names.size());
  for (std::uint32_t i = 0; i < doc_order.size(); ++i) doc_order[i] = i;
  std::sort(doc_order.begin(), doc_order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return doc_names[x] < doc_names[y]; });
  // A document's term is also its named graph in N-Quads (a full IRI there).
  std::vector<Term> doc_terms(doc_names.size());
  for (std::uint32_t i : doc_order) {
    const std::string doc(doc_names[i]);
    const Term& d = doc_terms[i] = e.document(doc);
    e.triple(nullptr, d, voc.a, voc.document_class);
    e.literal(nullptr, d, voc.document_id, doc);
  }

  const SerdNode a = voc.a.node(), statement = voc.statement.node(), rdf_subject = voc.rdf_subject.node(),
                 rdf_predicate = voc.rdf_predicate.node(), rdf_object = voc.rdf_object.node(),
                 confidence = voc.confidence.node(), weight = voc.weight.node(), negated = voc.negated.node(),
                 modality = voc.modality.node(), qualifier = voc.qualifier.node(), derived = voc.derived.node(),
                 source_class = voc.source_class.node(), document = voc.document.node(),
                 sentence_index = voc.sentence_index.node(), sentence_text = voc.sentence_text.node(),
                 span_start = voc.span_start.node(), span_end = voc.span_end.node(), rule = voc.rule.node();

  std::string fact_text, source_prefix, key_value;
  std::vector<std::string> source_texts;
  std::vector<const Term*> fact_docs;
  std::size_t next_provenance = 0;
  for (std::size_t ri = 0; ri < relations.size(); ++ri) {
    // Relations in id order lie scattered in memory: ask for the next ones
    // early (the relation, then its first source record and sentence text,
    // then its ends' terms), so that their cache misses overlap with writing.
    if (ri + 8 < relations.size()) {
      const char* next = reinterpret_cast<const char*>(relations[ri + 8].relation);
      for (std::size_t line = 0; line < sizeof(graph::Relation); line += 64) __builtin_prefetch(next + line);
    }
    if (ri + 4 < relations.size()) {
      const graph::KnowledgeGraph::RelationRef& next = relations[ri + 4];
      __builtin_prefetch(next.relation->id.data());
      __builtin_prefetch(&entity_terms[next.source]);
      __builtin_prefetch(&entity_terms[next.target]);
      if (!next.relation->provenance.empty()) __builtin_prefetch(next.relation->provenance.data());
    }
    if (ri + 2 < relations.size() && !relations[ri + 2].relation->provenance.empty()) {
      const graph::Provenance& pv = relations[ri + 2].relation->provenance.front();
      __builtin_prefetch(pv.text.data());
      __builtin_prefetch(pv.doc.data());
    }
    const graph::Relation& r = *relations[ri].relation;
    const SerdNode s = entity_terms[relations[ri].source].node();
    const SerdNode p = predicate_terms[relation_predicate[ri]].node();
    const SerdNode o = entity_terms[relations[ri].target].node();
    const SerdNode f = e.fact(r.id, &fact_text);
    const std::uint32_t* docs = provenance_doc.data() + next_provenance;
    next_provenance += r.provenance.size();
    fact_docs.clear();
    for (std::size_t i = 0; i < r.provenance.size(); ++i) {
      const Term* d = &doc_terms[docs[i]];
      if (fact_docs.empty() || fact_docs.back() != d) fact_docs.push_back(d);  // sorted by doc
    }

    if (!r.negated) {
      if (e.quads()) {
        for (const Term* doc : fact_docs) {
          const SerdNode g = doc->node();
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
    e.number(nullptr, f, confidence, r.confidence);
    e.integer(nullptr, f, weight, r.weight());
    e.boolean(nullptr, f, negated, r.negated);
    e.literal(nullptr, f, modality, r.modality);
    for (const auto& [key, value] : r.qualifiers) {
      if (const Term* property = voc.qualifier_property(key)) {
        e.literal(nullptr, f, property->node(), value);
      } else {
        key_value.assign(key).append("=").append(value);
        e.literal(nullptr, f, qualifier, key_value);
      }
    }
    e.source_prefix(r.id, &source_prefix);
    if (source_texts.size() < r.provenance.size()) source_texts.resize(r.provenance.size());
    for (std::size_t i = 0; i < r.provenance.size(); ++i) {
      char n[24];
      auto [end, ec] = std::to_chars(n, n + sizeof n, i);
      (void)ec;
      source_texts[i].assign(source_prefix).append(n, end);
    }
    if (!e.quads()) {
      for (std::size_t i = 0; i < r.provenance.size(); ++i)
        e.triple(nullptr, f, derived, serd_node_from_substring(SERD_URI, bytes(source_texts[i]), source_texts[i].size()));
    }
    for (std::size_t i = 0; i < r.provenance.size(); ++i) {
      const auto& pv = r.provenance[i];
      const SerdNode src = serd_node_from_substring(SERD_URI, bytes(source_texts[i]), source_texts[i].size());
      const Term& doc = doc_terms[docs[i]];
      const SerdNode doc_node = doc.node();
      const SerdNode* g = e.quads() ? &doc_node : nullptr;
      if (g) e.triple(g, f, derived, src);
      e.triple(g, src, a, source_class);
      e.triple(g, src, document, doc_node);
      e.integer(g, src, sentence_index, pv.sentence);
      e.literal(g, src, sentence_text, pv.text);
      e.integer(g, src, span_start, pv.begin);
      e.integer(g, src, span_end, pv.end);
      e.literal(g, src, rule, pv.rule);
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
