#include "graph/resolve/resolver.h"

#include "ontology/name_key.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace kg::graph {
namespace {

using ontology::EntityType;
using ontology::MatchKind;
using ontology::type_rank;


// Words that acronyms skip ("Organisation des Nations unies" -> ONU).
const std::set<std::string>& acronym_skip_words() {
  static const std::set<std::string> words = {"de", "des", "du", "d", "la", "le", "les", "l", "of", "the",
                                              "and", "et", "for", "pour", "en", "in", "on", "au", "aux"};
  return words;
}

const std::set<std::string>& courtesy_titles() {
  static const std::set<std::string> words = {"m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "sir", "dame"};
  return words;
}

// An acronym: 2 to 8 letters, all capitals, full stops allowed ("ONU", "U.S.").
bool is_acronym(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  int letters = 0;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (c == '.') continue;
    if (!u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2 && letters <= 8;
}

std::string initials(const std::string& text) {
  std::string out;
  for (const std::string& w : ontology::name_key_words(text)) {
    if (acronym_skip_words().count(w)) continue;
    // First UTF-8 character of the (accent-free, case-folded) word.
    std::size_t n = 1;
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (c >= 0xF0) n = 4; else if (c >= 0xE0) n = 3; else if (c >= 0xC0) n = 2;
    out += w.substr(0, n);
  }
  return out;
}

bool starts_with_capital(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    if (u_isalpha(c)) return u_isupper(c) || u_istitle(c);
    i += U16_LENGTH(c);
  }
  return false;
}

bool families_compatible(const std::string& a, const std::string& b) {
  return a == b || a == "Other" || b == "Other";
}

// Picks the KB candidate a mention denotes, or nullptr when none fits or the
// best two are equally good (no link is better than a wrong one).
const ontology::Candidate* choose(const MentionInput& m, const std::vector<ontology::Candidate>& cands) {
  std::vector<const ontology::Candidate*> fit;
  for (const auto& c : cands) {
    if (c.entry == nullptr || !type_compatible(m.type, c.entry->type)) continue;
    // A capitalised plural the extractor took for a people ("les Républicains
    // ont voté", "les Alpes") may be a name the KB knows of a party or a
    // place ("Les Républicains", "les Verts", "les Champs"): the KB name
    // stands, unless it is a person's.
    if (m.is_demonym && c.how != MatchKind::Demonym && c.entry->type == EntityType::Person) continue;
    fit.push_back(&c);
  }
  if (fit.empty()) return nullptr;
  auto rank = [&](const ontology::Candidate* c) {
    int lang = c->lang == m.lang ? 0 : (c->lang.empty() ? 1 : 2);
    return std::make_tuple(lang, static_cast<int>(c->how), type_rank(c->entry->type));
  };
  std::stable_sort(fit.begin(), fit.end(), [&](auto* a, auto* b) { return rank(a) < rank(b); });
  if (fit.size() > 1 && rank(fit[0]) == rank(fit[1]) && fit[0]->entry != fit[1]->entry) return nullptr;
  return fit[0];
}

// What a demonym mention denotes.
enum class DemonymUse {
  People,       // a noun for the people: "Britons", "les Français", "the French"
  Person,       // a French singular noun: "le Russe", "un Français" (one person)
  Affiliation,  // an English adjective: "a Pakistani doctor" (nationality: the country)
};

// Decides from the KB forms with the mention's key, its leading article and
// whether the analysis found it heading its own noun group (is_demonym):
// a form that is only plural (French mp/fp, English pl) is the people unless
// a singular article comes first; an English form that is also an adjective
// ("French", "British") is the people only with "the" or when it heads its
// group, else an affiliation; a French singular with le/la/un/une is a person.
DemonymUse demonym_use(const ontology::Entry& entry, const MentionInput& m) {
  const std::vector<std::string> words = ontology::name_key_words(m.text);
  const std::string first = words.size() > 1 ? words[0] : std::string();
  const bool singular_article =
      first == "le" || first == "la" || first == "l" || first == "un" || first == "une" || first == "a" || first == "an";
  const std::string key = ontology::name_key(m.text);
  bool plural = false, adjective = false, singular = false;
  for (const ontology::Demonym& d : entry.demonyms) {
    if (ontology::name_key(d.text) != key) continue;
    if (d.form == "mp" || d.form == "fp" || d.form == "pl") plural = true;
    else if (d.form == "adj") adjective = true;
    else singular = true;
  }
  if (singular_article) return adjective ? DemonymUse::Affiliation : DemonymUse::Person;
  // French writes a people with a capital ("les Français"); lower case is the
  // adjective or the language ("parler français").
  const std::size_t space = m.text.rfind(' ');
  const std::string last_word = space == std::string::npos ? m.text : m.text.substr(space + 1);
  if (m.lang == "fr" && !starts_with_capital(last_word)) return DemonymUse::Person;
  // A French form that is only singular ("Française") is one person.
  if (m.lang == "fr" && singular && !plural) return DemonymUse::Person;
  if (adjective && !(first == "the" || m.is_demonym)) return DemonymUse::Affiliation;
  if (plural || adjective) return DemonymUse::People;
  return DemonymUse::People;
}

// True when another mention of the document is a longer person name ending
// with the words of mention `mi` that is not a name of `entry` ("Bernadette
// Chirac" for "Chirac" when the KB's Chirac is Jacques).
bool other_full_name_ends_with(const std::vector<MentionInput>& mentions, std::size_t mi,
                               const ontology::Entry& entry) {
  std::vector<std::string> words = ontology::name_key_words(mentions[mi].text);
  while (words.size() > 1 && courtesy_titles().count(words.front())) words.erase(words.begin());
  if (words.empty() || words.size() > 2) return false;
  for (std::size_t j = 0; j < mentions.size(); ++j) {
    if (j == mi) continue;
    const std::string fam = type_family(mentions[j].type);
    if (fam != "Person" && fam != "Other") continue;
    const std::vector<std::string> full = ontology::name_key_words(mentions[j].text);
    if (full.size() <= words.size() ||
        !std::equal(words.begin(), words.end(), full.end() - static_cast<std::ptrdiff_t>(words.size())))
      continue;
    // A name of the same entry ("Jacques Chirac", "President Jacques Chirac")
    // supports the link.
    bool same = false;
    auto ends_with_name = [&](const std::string& name) {
      const std::vector<std::string> n = ontology::name_key_words(name);
      return n.size() > words.size() && n.size() <= full.size() &&
             std::equal(n.begin(), n.end(), full.end() - static_cast<std::ptrdiff_t>(n.size()));
    };
    for (const auto& [lang, label] : entry.labels) same = same || ends_with_name(label);
    for (const auto& [lang, list] : entry.aliases)
      for (const auto& a : list) same = same || ends_with_name(a);
    if (!same) return true;
  }
  return false;
}

}  // namespace

std::string type_family(const std::string& ner_type) {
  if (ner_type == "PER" || ner_type == "PERSON") return "Person";
  if (ner_type == "ORG" || ner_type == "NORP") return "Organization";
  if (ner_type == "GPE" || ner_type == "LOC" || ner_type == "FAC") return "Place";
  if (ner_type == "EVENT") return "Event";
  return "Other";
}

bool type_compatible(const std::string& ner_type, EntityType type) {
  const std::string family = type_family(ner_type);
  if (family == "Person") return type == EntityType::Person;
  if (family == "Organization")  // states, capitals and seats of power act like organisations
    return type == EntityType::Organization || type == EntityType::Country || type == EntityType::City ||
           type == EntityType::Place;
  if (family == "Place") return type != EntityType::Person && type != EntityType::Event;
  if (family == "Event") return type == EntityType::Event;
  return true;
}

Resolver::Resolver(std::shared_ptr<const ontology::KnowledgeBase> kb) : kb_(std::move(kb)) {}

DocumentResolution Resolver::resolve(const std::vector<MentionInput>& mentions) const {
  DocumentResolution out;
  out.mentions.resize(mentions.size());
  std::vector<std::size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(mentions[a].begin, mentions[a].end) < std::tie(mentions[b].begin, mentions[b].end);
  });

  std::vector<MentionCluster>& clusters = out.clusters;
  std::map<const ontology::Entry*, std::size_t> by_entry;
  std::map<const ontology::Entry*, std::size_t> by_people;  // kb.people clusters by country
  std::map<std::string, std::size_t> by_team;               // doc.team clusters by key
  std::vector<bool> done(mentions.size(), false);
  std::vector<std::string> keys(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i)
    keys[i] = ontology::name_key(mentions[i].canonical.empty() ? mentions[i].text : mentions[i].canonical);

  auto join = [&](std::size_t mi, std::size_t ci, const std::string& rule) {
    clusters[ci].mentions.push_back(mi);
    out.mentions[mi] = {ci, rule};
    done[mi] = true;
    const std::string fam = type_family(mentions[mi].type);
    if (clusters[ci].entry == nullptr && clusters[ci].type == "Other" && fam != "Other") clusters[ci].type = fam;
  };
  auto new_cluster = [&](std::size_t mi, const ontology::Entry* entry, const std::string& rule) {
    MentionCluster c;
    c.entry = entry;
    c.type = entry ? std::string(ontology::to_string(entry->type)) : type_family(mentions[mi].type);
    clusters.push_back(std::move(c));
    if (entry) by_entry[entry] = clusters.size() - 1;
    join(mi, clusters.size() - 1, rule);
  };
  // doc.same_name or doc.new for a mention outside the KB.
  auto same_name_or_new = [&](std::size_t mi) {
    const std::string fam = type_family(mentions[mi].type);
    if (!keys[mi].empty()) {
      for (std::size_t ci = 0; ci < clusters.size(); ++ci) {
        if (clusters[ci].entry != nullptr || !families_compatible(clusters[ci].type, fam)) continue;
        for (std::size_t other : clusters[ci].mentions) {
          if (keys[other] == keys[mi]) {
            join(mi, ci, mentions[mi].group_rule.empty() ? "doc.same_name" : mentions[mi].group_rule);
            return;
          }
        }
      }
    }
    new_cluster(mi, nullptr, mentions[mi].group_rule.empty() ? "doc.new" : mentions[mi].group_rule);
  };

  // Pass 1: KB names (with metonymy for agents).
  for (std::size_t mi : order) {
    const MentionInput& m = mentions[mi];
    if (m.not_kb) continue;
    std::vector<ontology::Candidate> looked_up;
    const std::vector<ontology::Candidate>* cands = &m.candidates;
    if (cands->empty()) {
      looked_up = kb_->lookup(m.text, m.lang);
      cands = &looked_up;
    }
    const ontology::Candidate* c = choose(m, *cands);
    if (c == nullptr) continue;
    if (c->how == MatchKind::Demonym) {
      // A people, not a state; a French singular is one person (later
      // passes); an English adjective is the nationality: the country.
      const DemonymUse use = demonym_use(*c->entry, m);
      if (use == DemonymUse::Person) continue;
      if (use == DemonymUse::Affiliation) {
        auto it = by_entry.find(c->entry);
        if (it != by_entry.end()) join(mi, it->second, "kb.demonym");
        else new_cluster(mi, c->entry, "kb.demonym");
        continue;
      }
      auto it = by_people.find(c->entry);
      if (it != by_people.end()) {
        join(mi, it->second, "kb.people");
      } else {
        MentionCluster pc;
        pc.people_of = c->entry;
        pc.type = "Organization";
        clusters.push_back(std::move(pc));
        by_people[c->entry] = clusters.size() - 1;
        join(mi, clusters.size() - 1, "kb.people");
      }
      continue;
    }
    const ontology::Entry* entry = c->entry;
    if (entry->type == EntityType::Person && c->how == MatchKind::Alias &&
        other_full_name_ends_with(mentions, mi, *entry)) {
      // "Chirac" in a document about "Bernadette Chirac" is not the KB's
      // Jacques Chirac: the surname rule (pass 4) decides.
      continue;
    }
    if (m.team && (entry->type == EntityType::Country || entry->type == EntityType::City)) {
      // Sports news: "Tonga beat Samoa" names teams.
      auto it = by_team.find(keys[mi]);
      if (it != by_team.end()) {
        join(mi, it->second, "doc.team");
      } else if (!keys[mi].empty()) {
        MentionCluster tc;
        tc.type = "Organization";
        clusters.push_back(std::move(tc));
        by_team[keys[mi]] = clusters.size() - 1;
        join(mi, clusters.size() - 1, "doc.team");
      }
      continue;
    }
    std::string rule = m.group_rule.empty() ? "kb." + std::string(ontology::to_string(c->how)) : m.group_rule;
    if (m.is_agent) {
      if (const ontology::Entry* target = kb_->metonym_target(*entry)) {
        entry = target;
        rule = "kb.metonym";
      }
    }
    auto it = by_entry.find(entry);
    if (it != by_entry.end()) join(mi, it->second, rule);
    else new_cluster(mi, entry, rule);
  }

  // Which of the remaining mentions wait for a later pass.
  // A one-word place outside the KB may be a surname the dictionary also
  // knows as a town ("Valls"): it waits for pass 4 too, which joins it only
  // to the one person of the document it is the surname of.
  auto short_person = [&](std::size_t mi) {
    const std::string fam = type_family(mentions[mi].type);
    const std::size_t words = ontology::name_key_words(mentions[mi].text).size();
    const bool personlike = fam == "Person" || fam == "Other" || (fam == "Place" && words == 1);
    return personlike && words >= 1 && words <= 2 && starts_with_capital(mentions[mi].text) &&
           !is_acronym(mentions[mi].text);
  };

  // Pass 2: longer names outside the KB.
  for (std::size_t mi : order) {
    if (done[mi] || is_acronym(mentions[mi].text) || short_person(mi)) continue;
    same_name_or_new(mi);
  }

  // Pass 3: acronyms, joined to the latest earlier mention they abbreviate.
  for (std::size_t mi : order) {
    if (done[mi] || !is_acronym(mentions[mi].text)) continue;
    std::string letters = ontology::name_key(mentions[mi].text);
    letters.erase(std::remove(letters.begin(), letters.end(), ' '), letters.end());
    std::size_t best = clusters.size();
    std::uint32_t best_begin = 0;
    for (std::size_t ci = 0; ci < clusters.size(); ++ci) {
      for (std::size_t other : clusters[ci].mentions) {
        if (mentions[other].begin >= mentions[mi].begin || is_acronym(mentions[other].text)) continue;
        if (ontology::name_key_words(mentions[other].text).size() < 2) continue;
        if (initials(mentions[other].text) != letters) continue;
        if (best == clusters.size() || mentions[other].begin > best_begin) {
          best = ci;
          best_begin = mentions[other].begin;
        }
      }
    }
    if (best != clusters.size()) join(mi, best, "doc.acronym");
    else same_name_or_new(mi);
  }

  // Pass 4: surnames (and "first last" of longer names) to the one full name
  // they end, wherever it is in the document; longer names first, so that
  // "Whitcombe" finds "Alan Whitcombe" even when written before it.
  std::vector<std::size_t> by_length = order;
  std::stable_sort(by_length.begin(), by_length.end(), [&](std::size_t a, std::size_t b) {
    return ontology::name_key_words(mentions[a].text).size() > ontology::name_key_words(mentions[b].text).size();
  });
  for (std::size_t mi : by_length) {
    if (done[mi]) continue;
    std::vector<std::string> words = ontology::name_key_words(mentions[mi].text);
    // Courtesy titles are not part of the name ("Mme Carbonnier" -> "carbonnier").
    bool titled = false;
    while (words.size() > 1 && courtesy_titles().count(words.front())) {
      words.erase(words.begin());
      titled = true;
    }
    std::set<std::size_t> found;
    for (std::size_t ci = 0; ci < clusters.size(); ++ci) {
      if (clusters[ci].type != "Person") continue;
      for (std::size_t other : clusters[ci].mentions) {
        if (other == mi) continue;
        const std::vector<std::string> full = ontology::name_key_words(mentions[other].text);
        if (full.size() <= words.size()) continue;
        if (std::equal(words.begin(), words.end(), full.end() - static_cast<std::ptrdiff_t>(words.size())))
          found.insert(ci);
      }
    }
    // A bare surname shared by a KB person and others of the document
    // ("Macron" beside "Emmanuel Macron" and "Brigitte Macron") is the KB
    // person, whom news names most; with a courtesy title ("Mme Macron") the
    // KB is no argument and doc.surname_salient below decides.
    if (found.size() > 1 && !titled) {
      std::set<std::size_t> kb_found;
      for (std::size_t ci : found)
        if (clusters[ci].entry != nullptr) kb_found.insert(ci);
      if (kb_found.size() == 1) found = kb_found;
    }
    if (found.size() == 1) {
      join(mi, *found.begin(), "doc.surname");
      continue;
    }
    // Several people of the document carry the name ("Le Pen" beside
    // "Marine Le Pen" and "Jean-Marie Le Pen"): the one the document names
    // most in full is the one it is about; on a tie, the one named in full
    // last before this mention, else first after it.
    if (found.size() > 1) {
      const std::uint32_t at = mentions[mi].begin;
      std::size_t best = clusters.size();
      std::tuple<std::size_t, int, std::int64_t> best_rank{0, 0, 0};
      for (std::size_t ci : found) {
        std::size_t full_names = 0;
        std::int64_t last_before = -1, first_after = -1;
        for (std::size_t other : clusters[ci].mentions) {
          const std::vector<std::string> full = ontology::name_key_words(mentions[other].text);
          if (full.size() <= words.size() ||
              !std::equal(words.begin(), words.end(), full.end() - static_cast<std::ptrdiff_t>(words.size())))
            continue;
          ++full_names;
          const std::int64_t b = mentions[other].begin;
          if (b < at) last_before = std::max(last_before, b);
          else if (first_after < 0 || b < first_after) first_after = b;
        }
        // Larger is better: more full names, then one before, then the nearest.
        const std::tuple<std::size_t, int, std::int64_t> rank =
            last_before >= 0 ? std::make_tuple(full_names, 1, last_before)
                             : std::make_tuple(full_names, 0, -first_after);
        if (best == clusters.size() || rank > best_rank) {
          best = ci;
          best_rank = rank;
        }
      }
      join(mi, best, "doc.surname_salient");
      continue;
    }
    // A first name alone ("Alexia" after "Alexia Daval") is the one person
    // of the document with that first name.
    std::set<std::size_t> first_found;
    if (found.empty() && !titled && type_family(mentions[mi].type) != "Place" &&
        (words.size() == 1 || mentions[mi].text.find('-') != std::string::npos)) {
      for (std::size_t ci = 0; ci < clusters.size(); ++ci) {
        if (clusters[ci].type != "Person") continue;
        for (std::size_t other : clusters[ci].mentions) {
          const std::vector<std::string> full = ontology::name_key_words(mentions[other].text);
          if (full.size() > words.size() && std::equal(words.begin(), words.end(), full.begin()))
            first_found.insert(ci);
        }
      }
    }
    if (first_found.size() == 1) join(mi, *first_found.begin(), "doc.first_name");
    else same_name_or_new(mi);
  }

  // Clusters in order of their first mention; representative names.
  for (auto& c : clusters) std::sort(c.mentions.begin(), c.mentions.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(mentions[a].begin, mentions[a].end, a) < std::tie(mentions[b].begin, mentions[b].end, b);
  });
  std::vector<std::size_t> perm(clusters.size());
  std::iota(perm.begin(), perm.end(), 0);
  std::sort(perm.begin(), perm.end(), [&](std::size_t a, std::size_t b) {
    const auto& ma = mentions[clusters[a].mentions.front()];
    const auto& mb = mentions[clusters[b].mentions.front()];
    return std::tie(ma.begin, ma.end, a) < std::tie(mb.begin, mb.end, b);
  });
  std::vector<std::size_t> new_index(clusters.size());
  std::vector<MentionCluster> sorted;
  for (std::size_t i = 0; i < perm.size(); ++i) {
    new_index[perm[i]] = i;
    sorted.push_back(std::move(clusters[perm[i]]));
  }
  clusters = std::move(sorted);
  for (auto& rm : out.mentions) rm.cluster = new_index[rm.cluster];
  for (auto& c : clusters) {
    if (c.entry != nullptr) {
      c.name = c.entry->label();
      c.key = ontology::name_key(c.name);
      continue;
    }
    // Representative: most words, then most bytes, then the smallest string.
    for (std::size_t mi : c.mentions) {
      const std::string& t = mentions[mi].canonical.empty() ? mentions[mi].text : mentions[mi].canonical;
      const auto w = ontology::name_key_words(t).size();
      const auto bw = ontology::name_key_words(c.name).size();
      if (c.name.empty() || w > bw || (w == bw && (t.size() > c.name.size() || (t.size() == c.name.size() && t < c.name))))
        c.name = t;
    }
    c.key = ontology::name_key(c.name);
  }
  return out;
}

}  // namespace kg::graph
