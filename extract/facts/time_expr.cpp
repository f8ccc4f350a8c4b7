#include "extract/facts/time_expr.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace kg::extract {

namespace {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool parse_date(const std::string& d, int& y, int& m, int& day) {
  return d.size() >= 10 && std::sscanf(d.c_str(), "%4d-%2d-%2d", &y, &m, &day) == 3;
}

std::string iso(int y, int m, int d) {
  char buf[48];
  if (y > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
  return buf;
}

std::string shift(const std::string& doc_date, int days) {
  int y, m, d;
  if (!parse_date(doc_date, y, m, d) || m < 1 || m > 12 || d < 1 || d > 31) return "";
  using namespace std::chrono;
  const sys_days t = year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  const year_month_day r{t + std::chrono::days{days}};
  return iso(int(r.year()), unsigned(r.month()), unsigned(r.day()));
}

bool is_day_number(const FlatWord& w) {
  if (w.form == "1er") return true;
  if (w.form.empty() || w.form.size() > 2) return false;
  for (char c : w.form)
    if (c < '0' || c > '9') return false;
  const int d = std::atoi(w.form.c_str());
  return d >= 1 && d <= 31;
}

// What the words of a time phrase say, field by field.
struct TimeParts {
  int day = 0, month = 0, year = 0;
  std::string relative;  // an ISO date from "hier", "the day before"
  std::string edge;      // "start" | "end" of the period named after it
};

TimeParts read_parts(const ontology::Lexicon& lex, const std::vector<FlatWord>& words, const std::string& doc_date) {
  int dy = 0, dm = 0, dd = 0;
  const bool have_date = parse_date(doc_date, dy, dm, dd);
  TimeParts p;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const FlatWord& x = words[k];
    const std::string lemma = lower(x.lemma);
    if (const std::string& mo = lex.value("months", lemma); !mo.empty()) p.month = std::atoi(mo.c_str());
    else if (is_year(x)) p.year = std::atoi(x.form.c_str());
    else if (is_day_number(x)) p.day = x.form == "1er" ? 1 : std::atoi(x.form.c_str());
    else if (lex.list("relative_days").count(lemma)) p.relative = shift(doc_date, std::atoi(lex.value("relative_days", lemma).c_str()));
    else if (p.edge.empty() && lex.list("period_edges").count(lemma)) p.edge = lex.value("period_edges", lemma);
    else if (lex.has("year_nouns", lemma) && p.year == 0 && have_date) {
      p.year = dy;
      if (k + 1 < words.size()) p.year += std::atoi(lex.value("year_shifts", lower(words[k + 1].lemma)).c_str());
      if (k > 0) p.year += std::atoi(lex.value("year_shifts", lower(words[k - 1].lemma)).c_str());
    }
  }
  return p;
}

}  // namespace

bool is_year(const FlatWord& w) {
  if (w.form.size() != 4) return false;
  for (char c : w.form)
    if (c < '0' || c > '9') return false;
  const int y = std::atoi(w.form.c_str());
  return y >= 1800 && y <= 2100;
}

bool is_time_word(const ontology::Lexicon& lex, const std::string& lemma) {
  const std::string l = lower(lemma);
  return lex.has("time_nouns", l) || lex.has("months", l) || lex.has("relative_days", l) || lex.has("year_nouns", l);
}

std::string normalise_time(const ontology::Lexicon& lex, const std::vector<FlatWord>& words,
                           const std::string& prep, const std::string& phrase, const std::string& doc_date) {
  int dy = 0, dm = 0, dd = 0;
  const bool have_date = parse_date(doc_date, dy, dm, dd);
  std::string prefix = lex.value("time_prepositions", prep);
  prefix = prefix.empty() || prefix == "-" ? "" : prefix + " ";
  const TimeParts p = read_parts(lex, words, doc_date);
  std::string value;
  if (!p.relative.empty()) {
    value = p.relative;
  } else if (p.month && p.day) {
    value = iso(p.year ? p.year : (have_date ? dy : 0), p.month, p.day);
  } else if (p.month && (p.year || have_date)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", p.year ? p.year : dy, p.month);
    value = buf;
  } else if (p.year && !p.edge.empty()) {
    value = p.edge == "end" ? iso(p.year, 12, 31) : iso(p.year, 1, 1);
  } else if (p.year) {
    value = std::to_string(p.year);
  } else {
    return phrase;
  }
  return prefix + value;
}

}  // namespace kg::extract
