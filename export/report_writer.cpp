#include "export/report_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "base/atomic_file.h"
#include "base/version.h"

namespace kg::exporters {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void string(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

}  // namespace

std::string report_to_json(const RunSummary& s) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("kgraph");
  w.StartObject();
  w.Key("format"); w.Int(1);
  w.Key("generator"); w.String(kGenerator);
  w.EndObject();
  w.Key("exit_code"); w.Int(s.exit_code);
  w.Key("seconds"); w.Double(static_cast<double>(static_cast<long long>(s.seconds * 1000)) / 1000.0);
  w.Key("documents");
  w.StartObject();
  w.Key("read"); w.Uint64(s.stats.documents_read);
  w.Key("analysed"); w.Uint64(s.stats.documents_analysed);
  w.Key("skipped"); w.Uint64(s.stats.documents_skipped);
  w.EndObject();
  w.Key("counts");
  w.StartObject();
  w.Key("sentences"); w.Uint64(s.stats.sentences);
  w.Key("tokens"); w.Uint64(s.stats.tokens);
  w.Key("words"); w.Uint64(s.stats.words);
  w.Key("entities"); w.Uint64(s.entities);
  w.Key("facts"); w.Uint64(s.facts);
  w.EndObject();
  w.Key("languages");
  w.StartObject();
  for (const auto& [lang, n] : s.stats.languages) {
    string(w, lang);
    w.Uint64(n);
  }
  w.EndObject();
  w.Key("outputs");
  w.StartArray();
  for (const auto& o : s.outputs) string(w, o);
  w.EndArray();
  w.Key("inputs");
  w.StartArray();
  for (const auto& in : s.inputs) {
    w.StartObject();
    w.Key("path"); string(w, in.path);
    w.Key("format"); string(w, in.format);
    w.Key("status"); string(w, in.status);
    w.Key("documents"); w.Uint64(in.documents);
    w.Key("issues");
    w.StartArray();
    for (const auto& i : in.issues) {
      w.StartObject();
      w.Key("line"); w.Uint64(i.line);
      w.Key("reason"); string(w, i.reason);
      w.Key("skipped"); w.Bool(i.skipped);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

void write_report_json(const RunSummary& summary, const std::string& path) {
  AtomicFile out(path);
  out.write(report_to_json(summary));
  out.commit();
}

}  // namespace kg::exporters
