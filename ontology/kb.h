#pragma once
// The knowledge base: what kgraph knows before it reads — countries, cities,
// organisations, seats of power and people, with their names in several
// languages, aliases, acronyms, demonyms, links (capital, country, metonymy)
// and external ids. Loaded once from TSV files (ontology/kb/*.tsv plus the
// user's --kb files; format in ontology/kb/README.md) into an immutable object
// that worker threads share.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kg::ontology {

// The kinds of entity the KB holds (node `type` in graph.json).
enum class EntityType { Country, City, Place, Person, Organization, Event };

// "Country", "City", ... (the graph.json spelling).
std::string_view to_string(EntityType type);

// The preference order of types when names tie between entries (lower first):
// Country, Organization, Person, City, Place, Event. Pure.
int type_rank(EntityType type);

// Parses "Country", "City", ...; false (and `out` untouched) for anything else.
bool parse_entity_type(std::string_view text, EntityType& out);

// One demonym form: language, grammatical form and the word.
// Forms: French m, f, mp, fp (masculine/feminine, singular/plural);
// English adj, pl. Other keys are kept as written.
struct Demonym {
  std::string lang;
  std::string form;
  std::string text;
};

// One known entity. Immutable once the KB is loaded; owned by the KB.
struct Entry {
  std::string id;                                          // stable key: "Russia", "Vladimir_Putin"
  EntityType type = EntityType::Place;
  std::string qid;                                         // Wikidata QID ("Q159"), "" when unknown
  std::string geonames;                                    // GeoNames id, "" when unknown
  std::map<std::string, std::string> labels;               // language -> label
  std::map<std::string, std::vector<std::string>> aliases; // language -> aliases
  std::vector<std::string> acronyms;                       // case-sensitive: "ONU", "U.S."
  std::vector<Demonym> demonyms;                           // people of this country
  std::string country;     // id of the country it belongs to (cities, people), "" if none
  std::string capital;     // id of its capital city (countries), "" if none
  std::string metonym_of;  // id of the entity it stands for when it acts ("Moscow" -> Russia)
  std::string source;      // "file:line" where it was defined

  // The canonical label: English when known, else the first language's label,
  // else the id.
  const std::string& label() const;
};

// How a name matched an entry.
enum class MatchKind { Label, Alias, Acronym, Demonym };

// "label", "alias", "acronym", "demonym".
std::string_view to_string(MatchKind kind);

// One entry that a name may denote, and how.
struct Candidate {
  const Entry* entry = nullptr;  // owned by the KB; valid while the KB lives
  MatchKind how = MatchKind::Label;
  std::string lang;              // language of the matching name ("" for acronyms)
  std::string form;              // demonym form ("m", "fp", "adj", ...), "" otherwise
};

// A token of the text to scan: its surface and its byte span in the document
// text (half-open). Tokens are in text order and do not overlap.
struct Token {
  std::string_view text;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// A name found by scan(): tokens [first_token, last_token) spanning bytes
// [begin, end) of the document, and its candidates (best first).
struct Match {
  std::size_t first_token = 0;
  std::size_t last_token = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::vector<Candidate> candidates;
};

// Where the KB comes from.
struct KbOptions {
  // Folder of the bundled TSV files (every *.tsv in it, in name order); empty:
  // default_kb_dir(). Set `bundled` false to load only `user_files`.
  std::filesystem::path dir;
  bool bundled = true;
  // The user's own files (--kb FILE, repeatable), loaded after the bundled
  // ones in the order given.
  std::vector<std::filesystem::path> user_files;
};

// The bundled KB folder: $KGRAPH_KB_DIR when set, else <prefix>/share/kgraph/kb
// beside an installed binary when that exists, else the source tree's
// ontology/kb (compile-time KG_SOURCE_DIR).
std::filesystem::path default_kb_dir();

// The knowledge base. Build with load(); immutable afterwards, so any number
// of threads may use one instance concurrently.
class KnowledgeBase {
 public:
  // Loads the bundled files and the user's. Throws kg::Error naming the file
  // and line on an unreadable file, a malformed line (wrong field count,
  // unknown column or type, bad QID/GeoNames id), a duplicate id or QID, or a
  // link (country, capital, metonym_of) to an unknown id.
  static std::shared_ptr<const KnowledgeBase> load(const KbOptions& options = {});

  // Loads from TSV text already in memory, as if read from `name` (for tests
  // and embedding); same checks as load().
  static std::shared_ptr<const KnowledgeBase> from_strings(
      const std::vector<std::pair<std::string, std::string>>& named_texts);

  // All entries, sorted by id.
  const std::vector<Entry>& entries() const { return entries_; }

  // The entry with this id / this Wikidata QID; nullptr if none.
  const Entry* find(std::string_view id) const;
  const Entry* find_qid(std::string_view qid) const;

  // The entries a name may denote: the name's key (name_key) against labels,
  // aliases and demonyms, and acronyms (the surface must match the
  // acronym's letters and case, full stops ignored: "ONU" and "O.N.U." match
  // ONU, "Onu" does not). A label, alias or English demonym written with a
  // capital must be written with a capital in the text ("nice" is not Nice,
  // "polish" is not Polish); French demonyms match in any case ("russe"). Candidates are
  // ordered: names in `lang` first (when given), then label before alias
  // before acronym before demonym, then by type (Country, Organization,
  // Person, City, Place, Event), then by id. Empty when nothing matches.
  std::vector<Candidate> lookup(std::string_view name, std::string_view lang = {}) const;

  // Longest-match scan: from each token left to right, the longest run of
  // tokens whose text (the document bytes from the first token's begin to
  // the last token's end) has candidates; the scan resumes after it. The key
  // of a run is the tokens' keys joined by spaces. A match never starts at a
  // leading article ("la Russie" gives "Russie") and never starts or ends
  // with a token without letters or digits ("France," gives "France").
  // `text` is the document text the tokens' spans index into. Cost: one
  // name_key per token plus hash look-ups while the run is a prefix of a name.
  std::vector<Match> scan(std::string_view text, std::span<const Token> tokens,
                          std::string_view lang = {}) const;

  // What an entry stands for when it acts ("Moscow announces" -> Russia): the
  // entry named by its metonym_of, or nullptr.
  const Entry* metonym_target(const Entry& entry) const;

  // A short hex fingerprint of the loaded files' contents (graph.json "kb").
  const std::string& fingerprint() const { return fingerprint_; }

  // The longest name, in words of its key (bounds scan()).
  std::size_t max_name_words() const { return max_words_; }

 private:
  struct IndexedName {
    std::uint32_t entry;
    MatchKind how;
    std::string lang;
    std::string form;
    std::string surface;   // the name as written in the KB
  };
  void add_file(const std::string& name, std::string_view text, bool user);
  void build_index();

  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::uint32_t> by_id_;
  std::unordered_map<std::string, std::uint32_t> by_qid_;
  std::unordered_map<std::string, std::vector<IndexedName>> by_key_;
  // The candidates of an already computed key, checked against `surface`.
  std::vector<Candidate> lookup_key(const std::string& key, std::string_view surface, std::string_view lang) const;

  std::unordered_set<std::string> prefixes_;  // every word prefix of every key ("organisation des")
  std::uint64_t hash_ = 14695981039346656037ULL; // FNV-1a of the files read
  std::string fingerprint_;
  std::size_t max_words_ = 1;
};

}  // namespace kg::ontology
