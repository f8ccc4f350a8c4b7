#include "extract/analyse/conllu_writer.h"

namespace kg::extract {

namespace {

// A CoNLL-U field: no tab or newline inside, "_" when empty.
void append_field(std::string& out, const std::string& s) {
  if (s.empty()) {
    out += '_';
    return;
  }
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

void append_comment_text(std::string& out, const std::string& s) {
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
}

void append_misc(std::string& out, const Token& t, bool space_after, bool unknown) {
  out += "TokenRange=" + std::to_string(t.begin) + ':' + std::to_string(t.end);
  if (!space_after) out += "|SpaceAfter=No";
  if (unknown) out += "|Unknown=Yes";
}

}  // namespace

void write_conllu(const AnalysedDocument& doc, std::string& out) {
  const std::string& text = doc.doc.text;
  out += "# newdoc id = ";
  append_comment_text(out, doc.doc.id);
  out += '\n';
  std::size_t n = 0;
  for (const Sentence& s : doc.sentences) {
    ++n;
    out += "# sent_id = ";
    append_comment_text(out, doc.doc.id);
    out += '-' + std::to_string(n) + '\n';
    out += "# text = ";
    append_comment_text(out, text.substr(s.begin, s.end - s.begin));
    out += '\n';
    std::size_t id = 0;
    for (std::size_t ti = 0; ti < s.tokens.size(); ++ti) {
      const Token& t = s.tokens[ti];
      bool space_after = t.end >= text.size() || text[t.end] == ' ' || text[t.end] == '\n' || text[t.end] == '\t';
      if (ti + 1 == s.tokens.size()) space_after = true;  // sentence-final: UD leaves it implicit
      if (t.words.size() > 1) {
        out += std::to_string(id + 1) + '-' + std::to_string(id + t.words.size()) + '\t';
        append_field(out, t.surface);
        out += "\t_\t_\t_\t_\t_\t_\t_\t";
        append_misc(out, t, space_after, false);
        out += '\n';
      }
      for (const Word& w : t.words) {
        ++id;
        out += std::to_string(id) + '\t';
        append_field(out, w.form);
        out += '\t';
        append_field(out, w.lemma);
        out += '\t';
        append_field(out, w.upos);
        out += '\t';
        append_field(out, w.tags);
        out += "\t_\t_\t_\t_\t";
        if (t.words.size() > 1) {
          out += '_';
        } else {
          append_misc(out, t, space_after, w.unknown);
        }
        out += '\n';
      }
    }
    out += '\n';
  }
}

}  // namespace kg::extract
