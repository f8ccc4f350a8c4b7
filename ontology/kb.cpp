#include "ontology/kb.h"

#include "base/error.h"
#include "ontology/name_key.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace kg::ontology {
namespace {

constexpr std::string_view kTypeNames[] = {"Country", "City", "Place", "Person", "Organization", "Event"};


std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> list_of(std::string_view cell) {
  std::vector<std::string> out;
  if (trim(cell).empty()) return out;
  for (std::string_view item : split(cell, '|')) {
    item = trim(item);
    if (!item.empty()) out.emplace_back(item);
  }
  return out;
}

bool is_lang_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 3) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool valid_id(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
  });
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::uint64_t fnv1a(std::uint64_t h, std::string_view data) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// The first letter of the first significant word (the leading article
// skipped when more words follow), or 0.
UChar32 first_significant_letter(std::string_view name) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  std::vector<std::pair<int32_t, int32_t>> words;  // [start, end) in UTF-16 units
  int32_t start = -1;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    int32_t next = i + U16_LENGTH(c);
    bool word = u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || c == '.';
    if (word && start < 0) start = i;
    if (!word && start >= 0) {
      words.emplace_back(start, i);
      start = -1;
    }
    i = next;
  }
  if (start >= 0) words.emplace_back(start, u.length());
  if (words.empty()) return 0;
  std::size_t first = 0;
  if (words.size() > 1) {
    std::string w;
    u.tempSubStringBetween(words[0].first, words[0].second).toUTF8String(w);
    if (is_leading_article(w)) first = 1;
  }
  for (int32_t i = words[first].first; i < words[first].second;) {
    UChar32 c = u.char32At(i);
    if (u_isalpha(c)) return c;
    i += U16_LENGTH(c);
  }
  return 0;
}

// Letters all capitals (full stops and spaces allowed), at least two of them.
bool is_all_caps(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  int letters = 0;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (c == '.' || c == ' ') continue;
    if (!u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool capitalised(UChar32 c) { return c != 0 && (u_isupper(c) || u_istitle(c)); }

// The first letter of a name, or 0.
UChar32 first_letter(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    if (u_isalpha(c)) return c;
    i += U16_LENGTH(c);
  }
  return 0;
}

// The acronym's letters with full stops and spaces removed.
std::string acronym_letters(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '.' && c != ' ') out += c;
  return out;
}

}  // namespace

int type_rank(EntityType t) {
  switch (t) {
    case EntityType::Country: return 0;
    case EntityType::Organization: return 1;
    case EntityType::Person: return 2;
    case EntityType::City: return 3;
    case EntityType::Place: return 4;
    case EntityType::Event: return 5;
  }
  return 6;
}

std::string_view to_string(EntityType type) { return kTypeNames[static_cast<int>(type)]; }

bool parse_entity_type(std::string_view text, EntityType& out) {
  for (int i = 0; i < 6; ++i) {
    if (kTypeNames[i] == text) {
      out = static_cast<EntityType>(i);
      return true;
    }
  }
  return false;
}

std::string_view to_string(MatchKind kind) {
  switch (kind) {
    case MatchKind::Label: return "label";
    case MatchKind::Alias: return "alias";
    case MatchKind::Acronym: return "acronym";
    case MatchKind::Demonym: return "demonym";
  }
  return "label";
}

const std::string& Entry::label() const {
  auto en = labels.find("en");
  if (en != labels.end()) return en->second;
  if (!labels.empty()) return labels.begin()->second;
  return id;
}

std::filesystem::path default_kb_dir() {
  if (const char* env = std::getenv("KGRAPH_KB_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "kgraph" / "kb";
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
  return std::filesystem::path(KG_SOURCE_DIR) / "ontology" / "kb";
}

void KnowledgeBase::add_file(const std::string& name, std::string_view text, bool /*user*/) {
  std::vector<std::string> columns;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    std::string_view line = text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string where = name + ":" + std::to_string(line_no);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = split(line, '\t');
    if (columns.empty()) {
      std::unordered_set<std::string> seen;
      for (std::string_view f : fields) {
        std::string col(trim(f));
        bool known = col == "id" || col == "type" || col == "qid" || col == "geonames" || col == "acronyms" ||
                     col == "country" || col == "capital" || col == "metonym_of" || is_lang_code(col) ||
                     (col.rfind("aliases_", 0) == 0 && is_lang_code(col.substr(8))) ||
                     (col.rfind("demonyms_", 0) == 0 && is_lang_code(col.substr(9)));
        if (!known) throw Error(where, "unknown column '" + col + "' in the header (see ontology/kb/README.md)");
        if (!seen.insert(col).second) throw Error(where, "column '" + col + "' appears twice in the header");
        columns.push_back(col);
      }
      if (!seen.count("id") || !seen.count("type"))
        throw Error(where, "the header must name the columns 'id' and 'type'");
      continue;
    }
    if (fields.size() != columns.size())
      throw Error(where, "expected " + std::to_string(columns.size()) + " tab-separated fields, found " +
                             std::to_string(fields.size()));
    Entry e;
    e.source = where;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const std::string& col = columns[i];
      std::string_view cell = trim(fields[i]);
      if (col == "id") {
        if (!valid_id(cell)) throw Error(where, "invalid id '" + std::string(cell) + "' (letters, digits, _ - . only)");
        e.id = cell;
      } else if (col == "type") {
        if (!parse_entity_type(cell, e.type))
          throw Error(where, "unknown type '" + std::string(cell) +
                                 "' (Country, City, Place, Person, Organization, Event)");
      } else if (col == "qid") {
        if (!cell.empty() && (cell.size() < 2 || cell[0] != 'Q' || !all_digits(cell.substr(1))))
          throw Error(where, "invalid Wikidata QID '" + std::string(cell) + "' (Q followed by digits)");
        e.qid = cell;
      } else if (col == "geonames") {
        if (!cell.empty() && !all_digits(cell))
          throw Error(where, "invalid GeoNames id '" + std::string(cell) + "' (digits)");
        e.geonames = cell;
      } else if (col == "acronyms") {
        e.acronyms = list_of(cell);
      } else if (col == "country") {
        e.country = cell;
      } else if (col == "capital") {
        e.capital = cell;
      } else if (col == "metonym_of") {
        e.metonym_of = cell;
      } else if (col.rfind("aliases_", 0) == 0) {
        auto list = list_of(cell);
        if (!list.empty()) e.aliases[col.substr(8)] = std::move(list);
      } else if (col.rfind("demonyms_", 0) == 0) {
        const std::string lang = col.substr(9);
        for (const std::string& item : list_of(cell)) {
          std::size_t eq = item.find('=');
          if (eq == std::string::npos || eq == 0 || eq + 1 == item.size())
            throw Error(where, "demonym '" + item + "' is not form=word (e.g. m=russe)");
          e.demonyms.push_back({lang, item.substr(0, eq), item.substr(eq + 1)});
        }
      } else if (!cell.empty()) {
        e.labels[col] = cell;
      }
    }
    if (e.labels.empty()) throw Error(where, "entry '" + e.id + "' has no label in any language");
    if (by_id_.count(e.id))
      throw Error(where, "duplicate id '" + e.id + "' (first defined at " + entries_[by_id_[e.id]].source + ")");
    if (!e.qid.empty() && by_qid_.count(e.qid))
      throw Error(where, "QID " + e.qid + " of '" + e.id + "' is already the QID of '" +
                             entries_[by_qid_[e.qid]].id + "' (" + entries_[by_qid_[e.qid]].source + ")");
    by_id_[e.id] = static_cast<std::uint32_t>(entries_.size());
    if (!e.qid.empty()) by_qid_[e.qid] = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back(std::move(e));
  }
  if (columns.empty()) throw Error(name, "no header line (see ontology/kb/README.md)");
  hash_ = fnv1a(hash_, std::filesystem::path(name).filename().string());
  hash_ = fnv1a(hash_, std::string_view("\0", 1));
  hash_ = fnv1a(hash_, text);
}

void KnowledgeBase::build_index() {
  // Links must name known entries.
  for (const Entry& e : entries_) {
    for (const std::string* link : {&e.country, &e.capital, &e.metonym_of}) {
      if (!link->empty() && !by_id_.count(*link))
        throw Error(e.source, "entry '" + e.id + "' links to unknown id '" + *link + "'");
    }
  }
  // Entries sorted by id; indexes rebuilt on the sorted order.
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.id < b.id; });
  by_id_.clear();
  by_qid_.clear();
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    by_id_[entries_[i].id] = i;
    if (!entries_[i].qid.empty()) by_qid_[entries_[i].qid] = i;
  }
  auto add = [&](std::uint32_t i, const std::string& name, MatchKind how, const std::string& lang,
                 const std::string& form) {
    std::string key = name_key(name);
    if (key.empty()) return;
    // An organisation or person whose name starts with a capitalised article
    // ("Le Monde", "The Guardian", "Le Drian") is matched with its article
    // only: "Monde" alone (in "Coupe du Monde") is not the newspaper.
    if ((entries_[i].type == EntityType::Organization || entries_[i].type == EntityType::Person) &&
        (how == MatchKind::Label || how == MatchKind::Alias)) {
      const std::vector<std::string> words = name_key_words(name);
      if (words.size() > 1 && is_leading_article(words[0]) && capitalised(first_letter(name))) {
        key.clear();
        for (const std::string& w : words) key += (key.empty() ? "" : " ") + w;
      }
    }
    // A label or alias in capitals ("the UN", "UNESCO") matches like an
    // acronym: with its own capitals only ("Un" is not the UN).
    if (how == MatchKind::Label || how == MatchKind::Alias) {
      std::string_view rest = name;
      const std::vector<std::string> words = name_key_words(name);
      if (words.size() > 1 && is_leading_article(words[0])) {
        std::size_t space = rest.find(' ');
        if (space != std::string_view::npos) rest = rest.substr(space + 1);
      }
      if (is_all_caps(rest)) {
        by_key_[key].push_back({i, MatchKind::Acronym, lang, form, std::string(rest)});
        for (std::size_t p = key.find(' '); ; p = key.find(' ', p + 1)) {
          prefixes_.insert(key.substr(0, p));
          if (p == std::string::npos) break;
        }
        return;
      }
    }
    max_words_ = std::max<std::size_t>(max_words_, static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1));
    for (std::size_t p = key.find(' '); ; p = key.find(' ', p + 1)) {
      prefixes_.insert(key.substr(0, p));
      if (p == std::string::npos) break;
    }
    by_key_[key].push_back({i, how, lang, form, name});
  };
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    for (const auto& [lang, label] : e.labels) add(i, label, MatchKind::Label, lang, "");
    for (const auto& [lang, list] : e.aliases)
      for (const std::string& a : list) add(i, a, MatchKind::Alias, lang, "");
    for (const std::string& a : e.acronyms) add(i, a, MatchKind::Acronym, "", "");
    for (const Demonym& d : e.demonyms) add(i, d.text, MatchKind::Demonym, d.lang, d.form);
  }
  std::ostringstream hex;
  hex << std::hex << hash_;
  fingerprint_ = hex.str();
}

std::shared_ptr<const KnowledgeBase> KnowledgeBase::from_strings(
    const std::vector<std::pair<std::string, std::string>>& named_texts) {
  auto kb = std::shared_ptr<KnowledgeBase>(new KnowledgeBase());
  for (const auto& [name, text] : named_texts) kb->add_file(name, text, true);
  kb->build_index();
  return kb;
}

std::shared_ptr<const KnowledgeBase> KnowledgeBase::load(const KbOptions& options) {
  std::vector<std::filesystem::path> files;
  if (options.bundled) {
    std::filesystem::path dir = options.dir.empty() ? default_kb_dir() : options.dir;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
      throw Error("loading the knowledge base", "no such folder: " + dir.string() + " (set KGRAPH_KB_DIR)");
    std::vector<std::filesystem::path> bundled;
    for (const auto& de : std::filesystem::directory_iterator(dir))
      if (de.is_regular_file() && de.path().extension() == ".tsv") bundled.push_back(de.path());
    std::sort(bundled.begin(), bundled.end());
    if (bundled.empty()) throw Error("loading the knowledge base", "no .tsv file in " + dir.string());
    files = std::move(bundled);
  }
  for (const auto& f : options.user_files) files.push_back(f);
  auto kb = std::shared_ptr<KnowledgeBase>(new KnowledgeBase());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw Error("loading the knowledge base", "cannot read " + f.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    kb->add_file(f.string(), ss.str(), true);
  }
  kb->build_index();
  return kb;
}

const Entry* KnowledgeBase::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

const Entry* KnowledgeBase::find_qid(std::string_view qid) const {
  auto it = by_qid_.find(std::string(qid));
  return it == by_qid_.end() ? nullptr : &entries_[it->second];
}

const Entry* KnowledgeBase::metonym_target(const Entry& entry) const {
  return entry.metonym_of.empty() ? nullptr : find(entry.metonym_of);
}

std::vector<Candidate> KnowledgeBase::lookup(std::string_view name, std::string_view lang) const {
  std::vector<Candidate> out = lookup_key(name_key(name), name, lang);
  // Names kept with their article ("Le Monde") are keyed on all their words.
  const std::vector<std::string> words = name_key_words(name);
  if (words.size() > 1 && is_leading_article(words[0])) {
    std::string full;
    for (const std::string& w : words) full += (full.empty() ? "" : " ") + w;
    for (Candidate& c : lookup_key(full, name, lang)) out.insert(out.begin(), std::move(c));
  }
  return out;
}

std::vector<Candidate> KnowledgeBase::lookup_key(const std::string& key, std::string_view name,
                                                 std::string_view lang) const {
  std::vector<Candidate> out;
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return out;
  const UChar32 surface_first = first_significant_letter(name);
  std::vector<const IndexedName*> hits;
  for (const IndexedName& n : it->second) {
    if (n.how == MatchKind::Acronym) {
      std::string want = acronym_letters(n.surface);
      if (acronym_letters(name) != want) continue;
    } else if (n.how != MatchKind::Demonym || n.lang == "en") {
      // English writes its demonyms with a capital ("Polish", not "polish");
      // French adjectives are lower case ("russe"), so French demonyms match in any case.
      if (capitalised(first_significant_letter(n.surface)) && !capitalised(surface_first)) continue;
    }
    hits.push_back(&n);
  }
  auto rank = [&](const IndexedName* n) {
    int in_lang = (!lang.empty() && n->lang == lang) ? 0 : (n->lang.empty() ? 1 : 2);
    return std::make_tuple(in_lang, static_cast<int>(n->how), type_rank(entries_[n->entry].type),
                           entries_[n->entry].id, n->lang, n->form);
  };
  std::sort(hits.begin(), hits.end(), [&](const IndexedName* a, const IndexedName* b) { return rank(a) < rank(b); });
  std::unordered_set<std::uint32_t> seen;
  for (const IndexedName* n : hits) {
    if (!seen.insert(n->entry).second) continue;
    out.push_back({&entries_[n->entry], n->how, n->lang, n->form});
  }
  return out;
}

std::vector<Match> KnowledgeBase::scan(std::string_view text, std::span<const Token> tokens,
                                       std::string_view lang) const {
  std::vector<Match> out;
  std::vector<std::string> keys(tokens.size());
  for (std::size_t t = 0; t < tokens.size(); ++t) keys[t] = name_key(tokens[t].text);
  std::size_t i = 0;
  while (i < tokens.size()) {
    const Token& first = tokens[i];
    // An article starts a run only for the names kept with it ("Le Monde").
    if (keys[i].empty() || first.begin >= first.end || first.end > text.size() || !prefixes_.count(keys[i])) {
      ++i;
      continue;
    }
    // Extend the run while its key is a prefix of some name; remember the
    // longest run that is a whole name with candidates.
    std::string key = keys[i];
    std::size_t best_end = i;
    std::vector<Candidate> best;
    for (std::size_t j = i + 1;; ++j) {
      const Token& last = tokens[j - 1];
      if (!keys[j - 1].empty() && last.end <= text.size() && last.end >= first.begin && by_key_.count(key)) {
        std::vector<Candidate> cands = lookup_key(key, text.substr(first.begin, last.end - first.begin), lang);
        if (!cands.empty()) {
          best = std::move(cands);
          best_end = j;
        }
      }
      if (j >= tokens.size()) break;
      if (!keys[j].empty()) {
        std::string longer = key + ' ' + keys[j];
        if (!prefixes_.count(longer)) break;
        key = std::move(longer);
      }
    }
    if (best_end > i) {
      out.push_back({i, best_end, first.begin, tokens[best_end - 1].end, std::move(best)});
      i = best_end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace kg::ontology
