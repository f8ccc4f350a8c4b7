#include "graph/from_facts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>
#include <utility>

#include "graph/resolve/document_context.h"
#include "graph/resolve/kb_mentions.h"
#include "ontology/name_key.h"

namespace kg::graph {

namespace {

// Two or more letters, all capitals (ASCII): "LR", "CGT".
bool is_all_capitals(const std::string& s) {
  std::size_t letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// True when `s` holds one or more words and each starts with a lower-case
// letter (ASCII or Latin-1 accented: "prospère", "étudiée").
bool lower_case_words(std::string_view s) {
  bool any = false;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool lower = (c >= 'a' && c <= 'z') ||
                       (c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xA0);
    if (!lower) return false;
    any = true;
    while (i < s.size() && s[i] != ' ') ++i;
  }
  return any;
}

// Rule doc.nation: "the nation", "the country" (English) is the one country
// the document has named (by a KB name, not a demonym, not a team) before
// it; with none or several named before, nothing. Appends the mentions to
// `inputs` with that country as their only candidate.
void add_nation_mentions(const extract::AnalysedDocument& doc, std::vector<MentionInput>& inputs) {
  const std::string& text = doc.doc.text;
  std::vector<MentionInput> added;
  for (const char* phrase : {"the nation", "the country"}) {
    const std::string_view p(phrase);
    for (std::size_t at = text.find(p); at != std::string::npos; at = text.find(p, at + 1)) {
      const std::size_t end = at + p.size();
      if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
      if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) continue;
      const ontology::Candidate* country = nullptr;
      bool several = false;
      for (const MentionInput& in : inputs) {
        if (in.begin >= at || in.candidates.empty() || in.is_demonym || in.team || in.not_kb) continue;
        const ontology::Candidate& c = in.candidates.front();
        if (c.entry->type != ontology::EntityType::Country || c.how == ontology::MatchKind::Demonym) continue;
        if (country != nullptr && country->entry != c.entry) several = true;
        country = &c;
      }
      if (country == nullptr || several) continue;
      MentionInput m;
      m.text = text.substr(at, end - at);
      m.begin = static_cast<std::uint32_t>(at);
      m.end = static_cast<std::uint32_t>(end);
      for (std::size_t si = 0; si < doc.sentences.size(); ++si)
        if (doc.sentences[si].begin <= at && at < doc.sentences[si].end) m.sentence = si;
      m.type = "GPE";
      m.lang = doc.doc.lang;
      m.candidates = {*country};
      m.group_rule = "doc.nation";
      added.push_back(std::move(m));
    }
  }
  for (MentionInput& m : added) inputs.push_back(std::move(m));
}

// Rule kb.national_force: the armed forces or the diplomacy of a country
// named by a noun and a nationality adjective ("l'armée russe", "la
// diplomatie française"; the extractor marks them "national-force") act for
// that country: the mention is the country, so "l'armée russe ... où elle
// intervient" gives Russia —intervene in→ Syria. The surface stays on the
// mention (provenance, --explain-merges). An adjective the KB does not know
// leaves the mention an organisation of its own.
void add_national_forces(const ontology::KnowledgeBase& kb, const std::vector<bool>& national_force,
                         std::vector<MentionInput>& inputs) {
  for (std::size_t i = 0; i < inputs.size() && i < national_force.size(); ++i) {
    if (!national_force[i]) continue;
    MentionInput& in = inputs[i];
    const std::size_t space = in.text.rfind(' ');
    if (space == std::string::npos) continue;
    for (const ontology::Candidate& c : kb.lookup(std::string_view(in.text).substr(space + 1), in.lang)) {
      if (c.how != ontology::MatchKind::Demonym || c.entry->type != ontology::EntityType::Country) continue;
      ontology::Candidate country = c;
      country.how = ontology::MatchKind::Label;  // the state itself, not its people
      country.form.clear();
      in.candidates = {country};
      in.type = "GPE";
      in.is_demonym = false;
      in.group_rule = "kb.national_force";
      break;
    }
  }
}

}  // namespace

std::string document_day(const std::string& date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return "";
  if (date.size() > 10 && date[10] != 'T' && date[10] != ' ') return "";
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[i] < '0' || date[i] > '9') return "";
  const int month = (date[5] - '0') * 10 + (date[6] - '0');
  const int day = (date[8] - '0') * 10 + (date[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return date.substr(0, 10);
}

std::string node_type(const std::string& t) {
  if (t == "CONCEPT") return "Concept";
  return type_family(t);
}

FactGraphBuilder::FactGraphBuilder(std::shared_ptr<const Resolver> resolver, FactGraphOptions options)
    : resolver_(std::move(resolver)), options_(options) {}

void FactGraphBuilder::add(const extract::DocumentFacts& df) { add_impl(nullptr, df); }

void FactGraphBuilder::add(const extract::AnalysedDocument& doc, const extract::DocumentFacts& df) {
  add_impl(&doc, df);
}

void FactGraphBuilder::add_impl(const extract::AnalysedDocument* doc, const extract::DocumentFacts& df) {
  // The entity mentions: every named mention, plus fact arguments not among them.
  std::vector<MentionInput> inputs;
  std::vector<bool> guessed_type;  // the extractor typed it from capitals alone
  std::vector<bool> national_force;  // "l'armée russe": see add_national_forces
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> by_span;
  auto add_mention = [&](const extract::Mention& m) {
    auto key = std::make_pair(m.begin, m.end);
    auto it = by_span.find(key);
    if (it != by_span.end()) {
      if (m.is_agent) inputs[it->second].is_agent = true;
      return;
    }
    MentionInput in;
    in.text = m.text;
    in.begin = m.begin;
    in.end = m.end;
    in.sentence = m.sentence;
    in.type = m.type;
    in.lang = df.lang;
    in.is_agent = m.is_agent;
    in.is_demonym = m.how == "demonym";
    by_span.emplace(key, inputs.size());
    inputs.push_back(std::move(in));
    // From capitals or an unknown word alone ("dict:np": no dictionary subtype).
    guessed_type.push_back(m.how == "capitalisation" || m.how == "dict:np");
    national_force.push_back(m.how == "national-force");
  };
  for (const auto& m : df.mentions) add_mention(m);
  for (const auto& f : df.facts) {
    if (f.subject.is_entity) add_mention(f.subject.mention);
    if (f.object.is_entity) add_mention(f.object.mention);
  }
  if (doc != nullptr) {
    // "Le Pen", "Le Drian", "La Fontaine": a capitalised article inside a
    // sentence, right before a name, is part of the name (the extractor
    // leaves determiners out). The span in by_span stays the extractor's.
    const std::string& text = doc->doc.text;
    for (MentionInput& in : inputs) {
      if (in.begin < 5 || in.text.find(' ') != std::string::npos) continue;
      const std::string before = text.substr(in.begin - 3, 3);
      if (before != "Le " && before != "La ") continue;
      const char prev = text[in.begin - 4], prev2 = text[in.begin - 5];
      // "M. Le Pen": the full stop of a courtesy title is no sentence end.
      const bool after_title = prev2 == '.' && in.begin >= 6 && text[in.begin - 6] == 'M' &&
                               (in.begin == 6 || !std::isalpha(static_cast<unsigned char>(text[in.begin - 7])));
      if (prev != ' ' || (prev2 == '.' && !after_title) || prev2 == '!' || prev2 == '?' || prev2 == '\n' || prev2 == '"' ||
          prev2 == ':' || static_cast<unsigned char>(prev2) == 0xAB /* « */)
        continue;
      in.begin -= 3;
      in.text = text.substr(in.begin, in.end - in.begin);
    }
  }
  if (doc != nullptr && df.lang == "fr") {
    // "les Le Pen", "la famille Debré", "l'affaire Daval": a surname of a
    // person of the document after a plural article or a family noun names
    // the family, after "affaire" the case: neither is the person. The
    // mention takes the cue word ("famille Debré") and becomes a group
    // (ORG) or an event (EVENT) outside the KB, never joined to a person.
    const std::string& text = doc->doc.text;
    for (MentionInput& in : inputs) {
      const std::vector<std::string> words = ontology::name_key_words(in.text);
      if (words.empty() || words.size() > 2 || in.begin < 4) continue;
      std::size_t cue_end = in.begin;
      if (text[cue_end - 1] != ' ') continue;
      std::size_t cue_begin = text.rfind(' ', cue_end - 2);
      cue_begin = cue_begin == std::string::npos ? 0 : cue_begin + 1;
      const std::string_view raw = std::string_view(text).substr(cue_begin, cue_end - 1 - cue_begin);
      const std::size_t apostrophe = raw.rfind('\'');
      std::string cue(apostrophe == std::string_view::npos ? raw : raw.substr(apostrophe + 1));
      for (char& c : cue) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const bool family = cue == "les" || cue == "famille" || cue == "clan";
      const bool affair = cue == "affaire";
      if (!family && !affair) continue;
      bool surname_of_someone = false;
      for (const MentionInput& other : inputs) {
        if (other.type != "PER") continue;  // a person's surname, not "les Républicains" in "Les Républicains"
        const std::vector<std::string> full = ontology::name_key_words(other.text);
        if (full.size() > words.size() &&
            std::equal(words.begin(), words.end(), full.end() - static_cast<std::ptrdiff_t>(words.size())))
          surname_of_someone = true;
      }
      if (!surname_of_someone) continue;
      if (apostrophe != std::string_view::npos) cue_begin += apostrophe + 1;
      in.begin = static_cast<std::uint32_t>(cue_begin);
      in.text = text.substr(in.begin, in.end - in.begin);
      in.type = family ? "ORG" : "EVENT";
      in.not_kb = true;
      in.group_rule = family ? "doc.family" : "doc.affair";
      // "les Le Pen", "le clan Le Pen" and "la famille Le Pen": one family.
      if (family) in.canonical = "famille " + text.substr(cue_end, in.end - cue_end);
    }
  }
  if (doc != nullptr && resolver_) {
    // KB names: complete the extractor's mentions (see the header).
    const std::size_t extracted = inputs.size();
    for (MentionInput& k : kb_mentions(resolver_->kb(), *doc)) {
      auto it = by_span.find({k.begin, k.end});
      if (it != by_span.end()) {
        MentionInput& in = inputs[it->second];
        // The extractor's type was a guess, or a title cue before an acronym
        // ("le député-maire (LR)"): the KB's type stands.
        // So does a one-word name the dictionary tags as a person that the KB
        // knows as an organisation or a seat ("Renault", "Matignon").
        const ontology::EntityType kt =
            k.candidates.empty() ? ontology::EntityType::Country : k.candidates.front().entry->type;
        const bool dict_person_word = in.type == "PER" && in.text.find(' ') == std::string::npos &&
                                      (kt == ontology::EntityType::Organization || kt == ontology::EntityType::Place);
        if (guessed_type[it->second] || (in.type == "PER" && is_all_capitals(in.text)) || dict_person_word)
          in.type = k.type;
        in.is_demonym = in.is_demonym || k.is_demonym;
        in.is_agent = in.is_agent || k.is_agent;
        in.not_kb = in.not_kb || k.not_kb;
        if (in.candidates.empty()) in.candidates = std::move(k.candidates);
        continue;
      }
      bool overlaps = false;
      for (std::size_t i = 0; i < extracted && !overlaps; ++i) {
        MentionInput& in = inputs[i];
        if (!(in.begin < k.end && k.begin < in.end)) continue;
        overlaps = true;
        // "le maire de Bordeaux Alain Juppé" read as one name "Bordeaux Alain
        // Juppé": a full name of a KB person (2+ words) ending the
        // extractor's mention is that person.
        if (in.not_kb) continue;
        if (k.end == in.end && k.begin > in.begin && in.candidates.empty() && !k.candidates.empty() &&
            k.candidates.front().entry->type == ontology::EntityType::Person &&
            ontology::name_key_words(k.text).size() >= 2 && type_family(in.type) != "Place") {
          in.text = k.text;
          in.begin = k.begin;
          in.type = k.type;
          in.candidates = std::move(k.candidates);
        } else if (k.begin == in.begin && k.end < in.end && in.candidates.empty() && !k.candidates.empty() &&
                   !k.is_demonym && ontology::name_key_words(k.text).size() >= 2 &&
                   lower_case_words(std::string_view(in.text).substr(k.end - in.begin))) {
          // "le Front national prospère sur ...": a KB name of two or more
          // words followed, inside the extractor's mention, by words in lower
          // case only (a verb or an adjective the name does not take) is
          // that KB name; the lower-case tail belongs to the sentence.
          // (The extractor's span stays in by_span: its facts still find it.)
          in.text = k.text;
          in.end = k.end;
          in.type = guessed_type[i] ? k.type : in.type;
          in.candidates = std::move(k.candidates);
          by_span.emplace(std::make_pair(in.begin, in.end), i);
        }
      }
      if (overlaps) continue;
      by_span.emplace(std::make_pair(k.begin, k.end), inputs.size());
      inputs.push_back(std::move(k));
      guessed_type.push_back(false);
      national_force.push_back(false);
    }
    add_national_forces(resolver_->kb(), national_force, inputs);
    mark_team_mentions(*doc, inputs);
    if (df.lang == "en") add_nation_mentions(*doc, inputs);
  }
  DocumentResolution resolution;
  if (resolver_) {
    resolution = resolver_->resolve(inputs);
  } else {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      MentionCluster c;
      c.type = node_type(inputs[i].type);
      c.key = ontology::name_key(inputs[i].text);
      c.name = inputs[i].text;
      c.mentions = {i};
      resolution.clusters.push_back(std::move(c));
      resolution.mentions.push_back(ResolvedMention{i, "doc.new"});
    }
  }
  const std::string day = doc != nullptr ? document_day(doc->doc.date) : std::string();
  std::vector<std::string> ids = registry_.add_document(df.doc, inputs, resolution, day);

  auto argument_id = [&](const extract::Argument& a) -> std::string {
    if (a.is_entity) {
      auto it = by_span.find({a.mention.begin, a.mention.end});
      return it == by_span.end() ? std::string() : ids[it->second];
    }
    if (!options_.concepts || a.mention.key.empty()) return "";
    std::string id = entity_id("Concept", a.mention.key);
    Entity& e = concepts_[id];
    if (e.id.empty()) {
      e.id = id;
      e.type = "Concept";
      e.label = a.mention.label.empty() ? a.mention.key : a.mention.label;
      e.labels[df.lang] = e.label;
    }
    ++e.mentions;
    if (!day.empty() && std::find(e.dates.begin(), e.dates.end(), day) == e.dates.end()) {
      e.dates.push_back(day);
      std::sort(e.dates.begin(), e.dates.end());
    }
    if (a.mention.text != e.label && a.mention.text != a.mention.label) {
      auto& al = e.aliases;
      if (std::find(al.begin(), al.end(), a.mention.text) == al.end()) {
        al.push_back(a.mention.text);
        std::sort(al.begin(), al.end());
      }
    }
    return id;
  };

  for (const auto& f : df.facts) {
    if (f.confidence + 1e-9 < options_.min_confidence) continue;  // 0.15 computed may be 0.1499...
    std::string s = argument_id(f.subject), o = argument_id(f.object);
    if (s.empty() || o.empty() || s == o) continue;
    Relation r;
    r.source = s;
    r.target = o;
    r.label = f.negated ? "not " + f.predicate.label : f.predicate.label;
    r.predicate = f.predicate.local_name;
    if (f.negated && !r.predicate.empty()) {
      r.predicate[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(r.predicate[0])));
      r.predicate = "not" + r.predicate;
    }
    r.labels[f.predicate.source_lang] = f.predicate.source;
    r.confidence = f.confidence;
    r.negated = f.negated;
    r.modality = extract::modality_name(f.modality);
    r.qualifiers = f.qualifiers;
    if (!f.predicate.translated) r.qualifiers["untranslated"] = "true";
    Provenance p;
    p.doc = f.provenance.doc;
    p.sentence = f.provenance.sentence;
    p.begin = f.provenance.begin;
    p.end = f.provenance.end;
    p.text = f.provenance.sentence_text;
    p.rule = f.provenance.rule;
    r.provenance.push_back(std::move(p));
    if (!day.empty()) r.dates = {day};
    relations_.push_back(std::move(r));
  }
}

void FactGraphBuilder::build(KnowledgeGraph& graph) const {
  registry_.add_to(graph);
  for (const auto& [id, e] : concepts_) graph.add_entity(e);
  // Surnames joined to their full name across documents (graph.surname).
  const std::map<std::string, std::string> merged = registry_.surname_merges();
  for (Relation r : relations_) {
    if (auto it = merged.find(r.source); it != merged.end()) r.source = it->second;
    if (auto it = merged.find(r.target); it != merged.end()) r.target = it->second;
    if (r.source == r.target) continue;
    graph.add_relation(r);
  }
}

}  // namespace kg::graph
