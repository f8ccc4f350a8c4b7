#include "extract/lang/fr/fact_time_fr.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace kg::extract::fr {

namespace {

int month_number(const std::string& lemma) {
  static const std::map<std::string, int> m{{"janvier", 1}, {"février", 2}, {"mars", 3},     {"avril", 4},
                                            {"mai", 5},     {"juin", 6},    {"juillet", 7},  {"août", 8},
                                            {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12}};
  auto it = m.find(lemma);
  return it == m.end() ? 0 : it->second;
}

bool is_year(const FlatWord& w) {
  if (w.form.size() != 4) return false;
  for (char c : w.form)
    if (c < '0' || c > '9') return false;
  int y = std::atoi(w.form.c_str());
  return y >= 1800 && y <= 2100;
}

const std::set<std::string>& time_nouns() {
  static const std::set<std::string> s{"veille", "lendemain", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                                       "samedi", "dimanche", "matin", "soir", "soirée", "nuit", "semaine",
                                       "mois", "année", "an", "jour", "week-end", "hier", "aujourd'hui",
                                       "demain", "passé", "printemps", "été", "automne", "hiver", "décennie", "siècle"};
  return s;
}

const std::set<std::string>& time_preps() {
  static const std::set<std::string> s{"depuis", "dès", "avant", "après", "jusque à", "jusqu'à", "pendant",
                                       "durant", "lors de", "lors", "à partir de"};
  return s;
}

bool parse_date(const std::string& d, int& y, int& m, int& day) {
  return d.size() >= 10 && std::sscanf(d.c_str(), "%4d-%2d-%2d", &y, &m, &day) == 3;
}

std::string iso(int y, int m, int d) {
  char buf[32];
  if (y > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
  return buf;
}

std::string shift(const std::string& doc_date, int days) {
  int y, m, d;
  if (!parse_date(doc_date, y, m, d)) return "";
  using namespace std::chrono;
  sys_days t = year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  year_month_day r{t + std::chrono::days{days}};
  return iso(int(r.year()), unsigned(r.month()), unsigned(r.day()));
}

}  // namespace

bool is_time_chunk(const std::vector<FlatWord>& w, const Chunk& c) {
  if (c.kind == Chunk::Kind::ADV)
    return w[c.first].lemma == "hier" || w[c.first].lemma == "aujourd'hui" || w[c.first].lemma == "demain";
  if (c.kind != Chunk::Kind::NP && c.kind != Chunk::Kind::PP) return false;
  if (c.mention >= 0) return false;
  const FlatWord& h = w[c.head];
  if (month_number(h.lemma) || time_nouns().count(h.lemma) || is_year(h)) return true;
  // "la fin de l'année": the next words name a time
  if (h.lemma == "fin" || h.lemma == "début" || h.lemma == "milieu" || h.lemma == "mi") {
    // "début avril" in one group, or "la fin" + "de l'année"
    for (std::size_t k = c.head + 1; k < w.size() && k < c.last + 4; ++k)
      if (time_nouns().count(w[k].lemma) || month_number(w[k].lemma) || is_year(w[k])) return true;
  }
  if (c.kind == Chunk::Kind::PP && time_preps().count(c.prep) && c.prep != "lors de" && c.prep != "lors") {
    for (std::size_t k = c.first; k < c.last; ++k)
      if (w[k].pos == "num") return true;
  }
  return false;
}

std::string normalise_time(const std::vector<FlatWord>& w, const Chunk& c, const std::string& phrase,
                           const std::string& doc_date) {
  int dy = 0, dm = 0, dd = 0;
  bool have_date = parse_date(doc_date, dy, dm, dd);
  std::string prefix;
  if (c.kind == Chunk::Kind::PP) {
    if (c.prep == "depuis") prefix = "since ";
    else if (c.prep == "avant") prefix = "before ";
    else if (c.prep == "après") prefix = "after ";
    else if (c.prep == "jusque à" || c.prep == "jusqu'à") prefix = "until ";
  }
  int day = 0, month = 0, year = 0;
  std::string relative;
  bool end_of = false, start_of = false;
  std::size_t last = c.last;
  // "la fin de l'année", "le début du mois de mars": take the following words too
  if (w[c.head].lemma == "fin" || w[c.head].lemma == "début") {
    end_of = w[c.head].lemma == "fin";
    start_of = !end_of;
    last = std::min(w.size(), c.last + 4);
  }
  for (std::size_t k = c.first; k < last; ++k) {
    const FlatWord& x = w[k];
    if (x.pos == "sent" || x.pos == "cm") break;
    if (int mo = month_number(x.lemma)) month = mo;
    else if (is_year(x)) year = std::atoi(x.form.c_str());
    else if (x.pos == "num" && x.form.size() <= 2) day = std::atoi(x.form.c_str());
    else if (x.lemma == "1er" || x.form == "1er") day = 1;
    else if (x.lemma == "veille" || x.lemma == "hier") relative = shift(doc_date, -1);
    else if (x.lemma == "lendemain" || x.lemma == "demain") relative = shift(doc_date, 1);
    else if (x.lemma == "aujourd'hui") relative = shift(doc_date, 0);
    else if (x.lemma == "année" && year == 0 && have_date) {
      year = dy;
      // "l'année prochaine", "l'année dernière"
      if (k + 1 < last && (w[k + 1].lemma == "prochain" || w[k + 1].lemma == "suivant")) year = dy + 1;
      if (k + 1 < last && (w[k + 1].lemma == "dernier" || w[k + 1].lemma == "précédent")) year = dy - 1;
    }
  }
  std::string value;
  if (!relative.empty()) {
    value = relative;
  } else if (month && day) {
    value = iso(year ? year : (have_date ? dy : 0), month, day);
  } else if (month) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year ? year : dy, month);
    value = (year || have_date) ? buf : phrase;
  } else if (year && (end_of || start_of)) {
    value = end_of ? iso(year, 12, 31) : iso(year, 1, 1);
  } else if (year) {
    value = std::to_string(year);
  } else if (end_of && !have_date) {
    value = "XXXX-12-31";
  } else {
    return phrase;
  }
  return prefix + value;
}

}  // namespace kg::extract::fr
