#include "extract/facts/fact_format.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <cstdio>

namespace kg::extract {

const char* modality_name(Modality m) {
  switch (m) {
    case Modality::Asserted: return "asserted";
    case Modality::Reported: return "reported";
    case Modality::Future: return "future";
    case Modality::Conditional: return "conditional";
    case Modality::Hypothetical: return "hypothetical";
  }
  return "asserted";
}

namespace {

void field(const std::string& s, std::string& out) {
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

std::string confidence_text(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", c);
  return buf;
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void json_string(JsonWriter& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void json_span(JsonWriter& w, std::uint32_t begin, std::uint32_t end) {
  w.StartArray();
  w.Uint(begin);
  w.Uint(end);
  w.EndArray();
}

void json_argument(JsonWriter& w, const Argument& a) {
  w.StartObject();
  w.Key("text");
  json_string(w, a.mention.text);
  w.Key("type");
  json_string(w, a.mention.type);
  w.Key("key");
  json_string(w, a.mention.key);
  w.Key("entity");
  w.Bool(a.is_entity);
  if (!a.mention.via.empty()) {
    w.Key("via");
    json_string(w, a.mention.via);
  }
  w.Key("span");
  json_span(w, a.mention.begin, a.mention.end);
  w.EndObject();
}

}  // namespace

void append_fact_tsv(const Fact& f, std::string& out) {
  field(f.provenance.doc, out);
  out += '\t' + std::to_string(f.provenance.sentence) + '\t';
  field(f.subject.text(), out);
  out += '\t';
  field(f.predicate.label, out);
  out += '\t';
  field(f.object.text(), out);
  out += '\t';
  bool first = true;
  for (const auto& [k, v] : f.qualifiers) {
    if (!first) out += " | ";
    first = false;
    field(k + "=" + v, out);
  }
  out += '\t';
  out += f.negated ? "true" : "false";
  out += '\t' + confidence_text(f.confidence) + '\t';
  field(f.provenance.sentence_text, out);
  out += '\t';
  out += modality_name(f.modality);
  out += '\t';
  field(f.provenance.rule, out);
  out += '\n';
}

void append_fact_jsonl(const Fact& f, std::string& out) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("doc");
  json_string(w, f.provenance.doc);
  w.Key("sentence");
  w.Uint64(f.provenance.sentence);
  w.Key("subject");
  json_argument(w, f.subject);
  w.Key("predicate");
  w.StartObject();
  w.Key("label");
  json_string(w, f.predicate.label);
  w.Key("source");
  json_string(w, f.predicate.source);
  w.Key("lang");
  json_string(w, f.predicate.source_lang);
  w.Key("name");
  json_string(w, f.predicate.local_name);
  w.Key("translated");
  w.Bool(f.predicate.translated);
  w.EndObject();
  w.Key("object");
  json_argument(w, f.object);
  w.Key("qualifiers");
  w.StartObject();
  for (const auto& [k, v] : f.qualifiers) {
    json_string(w, k);
    json_string(w, v);
  }
  w.EndObject();
  w.Key("negated");
  w.Bool(f.negated);
  w.Key("modality");
  w.String(modality_name(f.modality));
  w.Key("confidence");
  const std::string confidence = confidence_text(f.confidence);  // two decimals, as in the TSV
  w.RawValue(confidence.data(), confidence.size(), rapidjson::kNumberType);
  w.Key("span");
  json_span(w, f.provenance.begin, f.provenance.end);
  w.Key("rule");
  json_string(w, f.provenance.rule);
  w.Key("text");
  json_string(w, f.provenance.sentence_text);
  w.EndObject();
  out.append(buf.GetString(), buf.GetSize());
  out += '\n';
}

}  // namespace kg::extract
