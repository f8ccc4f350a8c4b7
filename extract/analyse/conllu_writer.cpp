#include "extract/analyse/conllu_writer.h"

#include <charconv>
#include <string_view>

namespace kg::extract {

namespace {

// Appends `s` with tabs and line breaks as spaces.
void append_flat(std::string& out, std::string_view s) {
  const std::size_t at = out.size();
  out.append(s);
  for (std::size_t i = at; i < out.size(); ++i)
    if (out[i] == '\t' || out[i] == '\n' || out[i] == '\r') out[i] = ' ';
}

// A CoNLL-U field: no tab or newline inside, "_" when empty.
void append_field(std::string& out, const std::string& s) {
  if (s.empty()) {
    out += '_';
    return;
  }
  append_flat(out, s);
}

void append_comment_text(std::string& out, std::string_view s) { append_flat(out, s); }

void append_number(std::string& out, std::size_t n) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  (void)ec;  // 24 bytes hold any size_t
  out.append(buf, end);
}

void append_misc(std::string& out, const Token& t, bool space_after, bool unknown) {
  out += "TokenRange=";
  append_number(out, t.begin);
  out += ':';
  append_number(out, t.end);
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
    out += '-';
    append_number(out, n);
    out += '\n';
    out += "# text = ";
    append_comment_text(out, std::string_view(text).substr(s.begin, s.end - s.begin));
    out += '\n';
    std::size_t id = 0;
    const bool parsed = !s.syntax.empty();
    for (std::size_t ti = 0; ti < s.tokens.size(); ++ti) {
      const Token& t = s.tokens[ti];
      bool space_after = t.end >= text.size() || text[t.end] == ' ' || text[t.end] == '\n' || text[t.end] == '\t';
      if (ti + 1 == s.tokens.size()) space_after = true;  // sentence-final: UD leaves it implicit
      if (t.words.size() > 1) {
        append_number(out, id + 1);
        out += '-';
        append_number(out, id + t.words.size());
        out += '\t';
        append_field(out, t.surface);
        out += "\t_\t_\t_\t_\t_\t_\t_\t";
        append_misc(out, t, space_after, false);
        out += '\n';
      }
      for (const Word& w : t.words) {
        ++id;
        append_number(out, id);
        out += '\t';
        append_field(out, w.form);
        out += '\t';
        append_field(out, w.lemma);
        out += '\t';
        append_field(out, parsed ? s.syntax[id - 1].upos : w.upos);
        out += '\t';
        append_field(out, w.tags);
        out += "\t_\t";
        if (parsed) {
          append_number(out, s.syntax[id - 1].head);
          out += '\t';
          append_field(out, s.syntax[id - 1].deprel);
        } else {
          out += "_\t_";
        }
        out += "\t_\t";
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
