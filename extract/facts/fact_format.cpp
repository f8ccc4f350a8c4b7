#include "extract/facts/fact_format.h"

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

void json_string(const std::string& s, std::string& out) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void json_argument(const Argument& a, std::string& out) {
  out += "{\"text\":";
  json_string(a.mention.text, out);
  out += ",\"type\":";
  json_string(a.mention.type, out);
  out += ",\"key\":";
  json_string(a.mention.key, out);
  out += ",\"entity\":";
  out += a.is_entity ? "true" : "false";
  if (!a.mention.via.empty()) {
    out += ",\"via\":";
    json_string(a.mention.via, out);
  }
  out += ",\"span\":[" + std::to_string(a.mention.begin) + "," + std::to_string(a.mention.end) + "]}";
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
  out += "{\"doc\":";
  json_string(f.provenance.doc, out);
  out += ",\"sentence\":" + std::to_string(f.provenance.sentence);
  out += ",\"subject\":";
  json_argument(f.subject, out);
  out += ",\"predicate\":{\"label\":";
  json_string(f.predicate.label, out);
  out += ",\"source\":";
  json_string(f.predicate.source, out);
  out += ",\"lang\":";
  json_string(f.predicate.source_lang, out);
  out += ",\"name\":";
  json_string(f.predicate.local_name, out);
  out += ",\"translated\":";
  out += f.predicate.translated ? "true" : "false";
  out += "},\"object\":";
  json_argument(f.object, out);
  out += ",\"qualifiers\":{";
  bool first = true;
  for (const auto& [k, v] : f.qualifiers) {
    if (!first) out += ',';
    first = false;
    json_string(k, out);
    out += ':';
    json_string(v, out);
  }
  out += "},\"negated\":";
  out += f.negated ? "true" : "false";
  out += ",\"modality\":";
  json_string(modality_name(f.modality), out);
  out += ",\"confidence\":" + confidence_text(f.confidence);
  out += ",\"span\":[" + std::to_string(f.provenance.begin) + "," + std::to_string(f.provenance.end) + "]";
  out += ",\"rule\":";
  json_string(f.provenance.rule, out);
  out += ",\"text\":";
  json_string(f.provenance.sentence_text, out);
  out += "}\n";
}

}  // namespace kg::extract
