// lttoolbox + Apertium behind kgraph's own interface. Every Apertium and
// lttoolbox include of the project is in this file.
#include "extract/analyse/apertium_adapter.h"

#include <apertium/collection.h>
#include <apertium/tagger_data_hmm.h>
#include <lttoolbox/alphabet.h>
#include <lttoolbox/file_utils.h>
#include <lttoolbox/fst_processor.h>
#include <lttoolbox/input_file.h>
#include <lttoolbox/match_exe.h>
#include <lttoolbox/match_state.h>
#include <lttoolbox/pattern_list.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/ustdio.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <sstream>
#include <unordered_map>

#include "base/error.h"
#include "extract/analyse/string_table.h"
#include "extract/analyse/walk_dfa.h"

namespace kg::extract {

namespace {

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw kg::Error("cannot read Apertium data file " + path + " (is the language pair installed? run scripts/install-deps.sh)");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A read-only FILE* over bytes in memory (owned by the caller).
FILE* memory_file(const std::string& bytes) {
  FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (!f) throw kg::Error("fmemopen failed");
  return f;
}

// Characters lt-proc's stream format reserves; escaped with a backslash on input.
bool is_stream_special(char c) {
  switch (c) {
    case '\\': case '^': case '$': case '@': case '[': case ']': case '{': case '}':
    case '/': case '<': case '>': case '#': case '+': case '*':
      return true;
    default:
      return false;
  }
}

UString to_ustr(std::string_view s) {
  UString out;
  out.resize(s.size() + 1);
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8Lenient(out.data(), static_cast<int32_t>(out.size()), &len, s.data(),
                       static_cast<int32_t>(s.size()), &err);
  out.resize(U_SUCCESS(err) ? len : 0);
  return out;
}

// True when the UTF-8 string holds a letter or a digit.
bool has_alnum(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

}  // namespace

// The word cache (see MorphTagger::Impl::stream). A restart of lt-proc
// inside a chunk whose state survives the space after the chunk ("de" of "de
// la part de"): `after` is that state. The chunk's fragment holds in a
// context where that state dies without ever being final: lt-proc then
// prints the word it had found inside the chunk.
struct Crossing {
  std::uint32_t rel;  // code point offset in the chunk
  WalkState after;
};
struct ChunkInfo {
  std::string fragment;             // lt-proc's output for the chunk and its space, met at a restart
  bool cacheable = false;           // every restart whose state survives printed a dictionary word
  std::vector<Crossing> crossings;  // those restarts
};
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class MorphData {
 public:
  std::string automorf_path;
  std::string automorf;  // transducer bytes
  TaggerDataHMM hmm;
  int eos = 0;       // TAG_SENT
  int undef = 0;     // TAG_kUNDEF: an analysis no category of the tagger covers
  int n_tags = 0;
  std::set<int> open_class;
  // log(a[i][j]) and log(b[i][k]) of the HMM (-1e30 for 0), row-major.
  std::vector<double> log_a, log_b;
  int m = 0;  // ambiguity classes
  std::mutex exe_mu;  // PatternList::newMatchExe is not documented thread-safe

  // The input side of the analyser's transducers, to step a state from any
  // position of a text: this is how the word cache knows where lt-proc's
  // longest match can reach (FSTProcessor keeps its own state private).
  // Its root is FSTProcessor's initial node (an epsilon to each transducer);
  // its final nodes are FSTProcessor's all_finals. `walk_ok` is false when
  // whitespace could start a match, the one thing the cache assumes of the
  // dictionary.
  WalkNfa walk_nfa;
  bool walk_ok = false;

  // The chunks met so far, by text + the space after, shared by the threads:
  // entries are added (unique lock), never changed nor removed, so a pointer
  // to one stays valid; lookups take the shared lock.
  static constexpr std::size_t kMaxChunks = 300000;
  mutable std::shared_mutex chunks_mu;
  mutable StringTable<ChunkInfo> chunks;
};

namespace {

// The input side of `trans` (FSTProcessor's transducers over `alphabet`)
// under one root node with an epsilon to each transducer's initial state.
WalkNfa walk_nfa_of(std::map<UString, Transducer>& trans, const Alphabet& alphabet) {
  struct Edge {
    std::uint32_t from;
    std::int32_t symbol;
    std::uint32_t to;
  };
  std::vector<Edge> edges;
  std::vector<std::uint8_t> final{0};  // node 0: the root
  for (auto& [name, t] : trans) {
    const std::uint32_t base = static_cast<std::uint32_t>(final.size());
    int last = t.getInitial();
    for (const auto& [from, moves] : t.getTransitions()) {
      last = std::max(last, from);
      for (const auto& [tag, to] : moves) {
        last = std::max(last, to.first);
        edges.push_back({base + static_cast<std::uint32_t>(from), alphabet.decode(tag).first,
                         base + static_cast<std::uint32_t>(to.first)});
      }
    }
    const auto finals = t.getFinals();
    for (const auto& f : finals) last = std::max(last, f.first);
    final.resize(base + static_cast<std::size_t>(last) + 1, 0);
    for (const auto& f : finals) final[base + static_cast<std::uint32_t>(f.first)] = 1;
    edges.push_back({0, 0, base + static_cast<std::uint32_t>(t.getInitial())});
  }
  std::stable_sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    return a.from != b.from ? a.from < b.from : a.symbol < b.symbol;
  });
  WalkNfa nfa;
  nfa.final = std::move(final);
  nfa.root = 0;
  nfa.first.assign(nfa.final.size() + 1, 0);
  for (const Edge& e : edges) ++nfa.first[e.from + 1];
  for (std::size_t i = 1; i < nfa.first.size(); ++i) nfa.first[i] += nfa.first[i - 1];
  nfa.symbol.reserve(edges.size());
  nfa.target.reserve(edges.size());
  for (const Edge& e : edges) {
    nfa.symbol.push_back(e.symbol);
    nfa.target.push_back(e.to);
  }
  return nfa;
}

}  // namespace

std::shared_ptr<const MorphData> load_morph_data(const std::string& automorf,
                                                 const std::string& prob) {
  auto data = std::make_shared<MorphData>();
  data->automorf_path = automorf;
  data->automorf = read_whole_file(automorf);
  {
    std::set<int> letters;
    Alphabet alphabet;
    std::map<UString, Transducer> trans;
    FILE* t = memory_file(data->automorf);
    try {
      readTransducerSet(t, letters, alphabet, trans);
    } catch (const std::exception& e) {
      std::fclose(t);
      throw kg::Error("cannot read transducer " + automorf + ": " + e.what());
    }
    std::fclose(t);
    data->walk_nfa = walk_nfa_of(trans, alphabet);
    data->walk_ok = !trans.empty();
    WalkDfa dfa(data->walk_nfa);
    for (UChar32 c : {0x20, 0x0A, 0x09, 0x0D})
      if (dfa.step(dfa.initial(), c) != WalkDfa::kDead) data->walk_ok = false;
  }
  std::string prob_bytes = read_whole_file(prob);
  FILE* f = memory_file(prob_bytes);
  try {
    data->hmm.read(f);
  } catch (const std::exception& e) {
    std::fclose(f);
    throw kg::Error("cannot read tagger model " + prob + ": " + e.what());
  }
  std::fclose(f);
  auto& index = data->hmm.getTagIndex();
  auto it = index.find(u"TAG_SENT");
  if (it == index.end()) throw kg::Error("tagger model " + prob + " has no TAG_SENT");
  data->eos = it->second;
  auto undef = index.find(u"TAG_kUNDEF");
  data->undef = undef != index.end() ? undef->second : data->eos;
  data->n_tags = data->hmm.getN();
  data->open_class = data->hmm.getOpenClass();
  data->m = data->hmm.getM();
  auto log_of = [](double p) { return p > 0 ? std::log(p) : -1e30; };
  const int n = data->n_tags, m = data->m;
  data->log_a.resize(static_cast<std::size_t>(n) * n);
  data->log_b.resize(static_cast<std::size_t>(n) * m);
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) data->log_a[static_cast<std::size_t>(i) * n + j] = log_of(data->hmm.getA()[i][j]);
    for (int k = 0; k < m; ++k) data->log_b[static_cast<std::size_t>(i) * m + k] = log_of(data->hmm.getB()[i][k]);
  }
  return data;
}

struct MorphTagger::Impl {
  std::shared_ptr<const MorphData> data;
  FSTProcessor fst;
  std::unique_ptr<MatchExe> exe;
  MatchState ms;
  int any_char = 0, any_tag = 0;
  Alphabet* alphabet = nullptr;
  std::string escaped, out;

  explicit Impl(std::shared_ptr<const MorphData> d) : data(std::move(d)), dfa_(data->walk_nfa) {
    FILE* f = memory_file(data->automorf);
    fst.load(f);
    std::fclose(f);
    fst.setDictionaryCaseMode(true);
    fst.initAnalysis();
    if (!fst.valid()) throw kg::Error("invalid transducer " + data->automorf_path);
    auto& md = const_cast<MorphData&>(*data);
    std::lock_guard<std::mutex> lock(md.exe_mu);
    PatternList& plist = md.hmm.getPatternList();
    exe.reset(plist.newMatchExe());
    alphabet = &plist.getAlphabet();
    any_char = (*alphabet)(PatternList::ANY_CHAR);
    any_tag = (*alphabet)(PatternList::ANY_TAG);
  }

  // The coarse tag of one analysis, as apertium-tagger's lrlmClassify finds it
  // for an analysis without '+'; for a contraction, the whole string when a
  // category covers it, else its first part. -1 when nothing matches.
  int classify(const UString& s) {
    ms.init(exe->getInitial());
    int at_plus = -1;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '<') {
        std::size_t j = s.find('>', i);
        if (j == UString::npos) break;
        UString tag = s.substr(i, j - i + 1);
        i = j;
        if (alphabet->isSymbolDefined(tag)) {
          ms.step((*alphabet)(tag), any_tag);
        } else {
          ms.step(any_tag);
        }
      } else {
        if (s[i] == '+' && at_plus == -1) at_plus = ms.classifyFinals(exe->getFinals());
        ms.step(u_tolower(s[i]), any_char);
      }
      if (ms.size() == 0) break;
    }
    int val = ms.size() ? ms.classifyFinals(exe->getFinals()) : -1;
    if (val == -1) val = at_plus;
    return val;
  }

  std::vector<MorphToken> analyse(std::string_view text, MorphTagger::Pruner prune);
  // Runs the transducer over `text` and appends its tokens (spans into `text`).
  void run(std::string_view text, std::vector<MorphToken>& tokens);

  // --- The word cache -------------------------------------------------------
  // lt-proc reads a text left to right: from a restart position it steps a
  // state char by char until the state dies, prints the longest match (or an
  // unknown word, or a blank), and restarts right after it. What it prints
  // from a restart therefore depends only on the characters up to the one
  // that killed the state. A chunk (a run of non-space characters) plus the
  // space after it, met at a restart, prints the fragment it prints alone
  // when every state started at one of its restarts either dies by that
  // space, or (a word that can begin a multiword: "de", "à") had found a
  // dictionary word inside the chunk and, stepped on over the following
  // text, dies without ever being final (no longer match). Those chunks take
  // their cached fragment (MorphData::chunks, computed once by running the
  // chunk alone). The rest of the text ("à partir de", "2 500", unknown
  // words followed by a multiword) goes to lt-proc in pieces that end where
  // every state started in them, from any position, has died (found by
  // stepping states over the text: MorphData::walk_*). The stream produced
  // is the one lt-proc prints for the whole text, up to spaces.
  // Checked: `kgraph analyze` output is byte-identical with and without the
  // cache on OrangeSum, BBC news and the UD dev treebanks.
  struct ChunkRef {
    std::size_t begin, end;  // code points
    const ChunkInfo* info;   // null while fresh
    int fresh;               // index in fresh_, or -1
  };
  struct Segment {
    std::uint32_t begin = 0, end = 0;        // else: bytes of the text (spaces)
    const std::string* fragment = nullptr;   // a clean chunk's fragment
    int item = -1;                           // else a batch item's output
  };
  // Chunks met for the first time in this run (not yet in MorphData::chunks).
  struct Fresh {
    std::string key;
    std::size_t begin, end;  // code points of its first occurrence
    ChunkInfo info;
    const ChunkInfo* stored = nullptr;  // in MorphData::chunks, or `info` when that is full
  };
  std::vector<Fresh> fresh_;
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> fresh_index_;
  // Per chunk of MorphData::chunks met in a piece: the code point offsets
  // whose state survives the space after it (any position, not only restarts).
  std::unordered_map<const ChunkInfo*, std::vector<std::uint32_t>> cross_all_;
  void cross_all(std::size_t begin, std::size_t end, std::vector<std::uint32_t>& cross);
  std::vector<std::uint32_t> local_cross_;
  // lttoolbox's State, stepped over the text by the cache (see WalkDfa).
  WalkDfa dfa_;
  static constexpr std::size_t kMaxDfaStates = 200000;  // then forgotten, at the next text
  // The DFA ids of each stored chunk's crossings (ChunkInfo::crossings).
  std::unordered_map<const ChunkInfo*, std::vector<std::int32_t>> crossing_ids_;
  std::vector<std::int32_t> local_ids_;
  std::vector<UChar32> cps_;          // the text's code points, and a final '\n'
  std::vector<std::uint32_t> cp_off_;  // byte offset of each code point, and of the end
  std::vector<ChunkRef> chunks_;
  std::vector<Segment> segments_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> items_;  // byte spans of the text...
  std::vector<std::uint8_t> item_ws_;  // ...and the space char appended after each (0: none)
  std::vector<std::size_t> item_end_;  // end of each item's output in batch_out_
  std::vector<std::pair<std::uint32_t, bool>> restarts_;
  std::string batch_out_, key_;
  // Steps a state from code point `from` over cps_[from..last]; returns the
  // index of the character that emptied it, or last + 1 when it is still alive.
  std::size_t walk(std::size_t from, std::size_t last);
  // True when, from code point `next` on, every crossing state of `ci` dies
  // before it is ever final (so lt-proc prints the chunk's fragment).
  // `stored`: `ci` is in MorphData::chunks (its address is stable).
  bool crossings_die(const ChunkInfo& ci, std::size_t next, bool stored);
  // Runs lt-proc's analysis on `in` (already escaped); its output goes to `result`.
  void fst_stream(const std::string& in, std::string& result);
  // The same through ICU's UTF-8 converter (fst_stream's fallback).
  void fst_stream_converted(const std::string& in, std::string& result);
  std::vector<UChar> ubuf_;
  static constexpr std::size_t kMaxUtf16Buffer = std::size_t{1} << 24;  // UTF-16 units
  // Runs items_ (each, then its space char, then a newline) through lt-proc
  // at once and cuts the output per item; false when it cannot be cut.
  bool run_batch(std::string_view text);
  std::string_view item_output(std::size_t k) const;
  // Fills `out` with lt-proc's stream for `text`, from the cache where it can.
  void stream(std::string_view text);

  // Parsed analyses of one lexical unit, by its "/an1/an2" text.
  struct ParsedUnit {
    std::vector<MorphAnalysis> analyses;
    bool unknown = false;
  };
  StringTable<ParsedUnit> unit_cache_;
  // Replaces each multiword lexical unit made of several space-separated
  // words ("à cause de", "wants to", "3,5 %") by its words, analysed one by
  // one, as Universal Dependencies writes them. Digit groups ("2 001") stay.
  void split_multiwords(std::string_view text, std::vector<MorphToken>& tokens);
  std::string sub_;     // scratch text of the multiword units' words
  std::string folded_;  // the text with œ spelt oe
  void disambiguate(std::vector<MorphToken>& tokens) const;
  // The ambiguity class chosen for each set of tags met (see disambiguate).
  mutable std::map<std::vector<int>, int> class_of_;
  // Viterbi scratch (see disambiguate).
  struct HmmCell {
    int tag;
    double score;
    int back;  // index among the previous position's cells
  };
  mutable std::vector<HmmCell> cells_;
  mutable std::vector<std::size_t> cell_begin_, pos_token_;
  mutable std::vector<int> tags_;
};

namespace {

// Appends the non-space characters of a blank as punct tokens: a run of one
// repeated character ("...", "--") is one token, anything else one per character.
void add_blank_tokens(std::string_view text, std::uint32_t begin, std::uint32_t end,
                      std::vector<MorphToken>& tokens) {
  std::uint32_t i = begin;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    std::uint32_t len = 1;
    if (c >= 0xC0) len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (i + len > end) len = end - i;
    std::uint32_t j = i + len;
    while (j + len <= end && text.compare(j, len, text.substr(i, len)) == 0) j += len;
    MorphToken t;
    t.begin = i;
    t.end = j;
    t.punct = true;
    tokens.push_back(std::move(t));
    i = j;
  }
}

}  // namespace

std::vector<MorphToken> MorphTagger::Impl::analyse(std::string_view text, MorphTagger::Pruner prune) {
  std::vector<MorphToken> tokens;
  // The dictionaries spell the ligature out ("soeur", "oeuvre"): analyse a
  // copy with œ/Œ as oe/Oe, which has the same byte offsets.
  std::string_view analysed = text;
  if (text.find("\xC5\x93") != std::string_view::npos || text.find("\xC5\x92") != std::string_view::npos) {
    folded_.assign(text);
    for (std::size_t k = 0; k + 1 < folded_.size(); ++k) {
      if (folded_[k] != '\xC5' || (folded_[k + 1] != '\x93' && folded_[k + 1] != '\x92')) continue;
      folded_[k] = folded_[k + 1] == '\x93' ? 'o' : 'O';
      folded_[k + 1] = 'e';
      ++k;
    }
    analysed = folded_;
  }
  run(analysed, tokens);
  split_multiwords(analysed, tokens);
  if (prune) {
    prune(text, tokens);
    UString u;
    for (auto& tok : tokens)
      for (auto& an : tok.analyses) {
        if (an.coarse != MorphAnalysis::kUnclassified) continue;
        u.clear();
        for (std::size_t p = 0; p < an.parts.size(); ++p) {
          if (p) u += u'+';
          u += to_ustr(an.parts[p].lemma);
          std::string_view tags(an.parts[p].tags);
          while (!tags.empty()) {
            std::size_t dot = tags.find('.');
            u += u'<';
            u += to_ustr(tags.substr(0, dot));
            u += u'>';
            if (dot == std::string_view::npos) break;
            tags.remove_prefix(dot + 1);
          }
        }
        an.coarse = classify(u);
      }
  }
  disambiguate(tokens);
  return tokens;
}

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// "2 001", "1 000 000": one number token in UD as in the dictionary.
bool is_digit_group(std::string_view s) {
  for (char c : s)
    if (!(c >= '0' && c <= '9') && !is_space_byte(c) && c != ',' && c != '.') return false;
  return true;
}

}  // namespace

void MorphTagger::Impl::split_multiwords(std::string_view text, std::vector<MorphToken>& tokens) {
  struct Unit {
    std::size_t token;
    std::uint32_t sub_begin, sub_end;
  };
  std::vector<Unit> units;
  sub_.clear();
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const MorphToken& tok = tokens[t];
    if (tok.punct || tok.analyses.empty()) continue;
    std::string_view s = text.substr(tok.begin, tok.end - tok.begin);
    bool space = false;
    for (char c : s) space |= is_space_byte(c);
    if (!space || is_digit_group(s)) continue;
    // Keep the unit's offsets equal to the text's: same bytes, spaces become
    // newlines (the transducer matches no multiword across a newline).
    Unit u{t, static_cast<std::uint32_t>(sub_.size()), 0};
    for (char c : s) sub_ += is_space_byte(c) ? '\n' : c;
    u.sub_end = static_cast<std::uint32_t>(sub_.size());
    sub_ += '\n';
    units.push_back(u);
  }
  if (units.empty()) return;
  std::vector<MorphToken> parts;
  run(sub_, parts);
  std::vector<MorphToken> merged;
  merged.reserve(tokens.size() + parts.size());
  std::size_t next_unit = 0, p = 0;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (next_unit < units.size() && units[next_unit].token == t) {
      const Unit& u = units[next_unit++];
      bool proper = false;
      for (const auto& an : tokens[t].analyses)
        if (!an.parts.empty() && an.parts[0].pos() == "np") proper = true;
      while (p < parts.size() && parts[p].begin < u.sub_begin) ++p;
      const std::uint32_t shift = tokens[t].begin - u.sub_begin;
      while (p < parts.size() && parts[p].end <= u.sub_end) {
        MorphToken piece = std::move(parts[p++]);
        piece.begin += shift;
        piece.end += shift;
        piece.in_proper_name = proper;
        merged.push_back(std::move(piece));
      }
      continue;
    }
    merged.push_back(std::move(tokens[t]));
  }
  tokens = std::move(merged);
}

namespace {

// Appends `text` to `out` in lt-proc's input format (NUL read as a space).
void append_escaped(std::string_view text, std::string& out) {
  for (char c : text) {
    if (c == '\0') c = ' ';
    if (is_stream_special(c)) out += '\\';
    out += c;
  }
}

bool is_ascii_space(UChar32 c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

void MorphTagger::Impl::fst_stream(const std::string& in, std::string& result) {
  // lt-proc writes UTF-16 into a zeroed buffer, with no converter on the way.
  // Its output holds no NUL (its input has none), so it ends where the zeros
  // start; when it fills the buffer it may have been cut: again, larger.
  // Texts of several MiB go through the converter (no buffer that large).
  std::size_t capacity = 8 * in.size() + 4096;
  for (int attempt = 0; attempt < 3 && capacity <= kMaxUtf16Buffer; ++attempt, capacity *= 4) {
    ubuf_.assign(capacity + 1, 0);  // the last zero is never written
    UFILE* uout = u_fstropen(ubuf_.data(), static_cast<int32_t>(capacity), nullptr);
    if (!uout) break;
    {
      FILE* fin = memory_file(in);
      InputFile input;
      input.wrap(fin);  // InputFile closes it
      fst.analysis(input, uout);
    }
    u_fclose(uout);
    const int32_t len = u_strlen(ubuf_.data());
    if (static_cast<std::size_t>(len) >= capacity) continue;
    UErrorCode err = U_ZERO_ERROR;
    int32_t utf8_len = 0;
    result.resize(static_cast<std::size_t>(len) * 3);
    u_strToUTF8(result.data(), static_cast<int32_t>(result.size()), &utf8_len, ubuf_.data(), len, &err);
    if (U_FAILURE(err)) break;  // an unpaired surrogate: as the converter writes it
    result.resize(static_cast<std::size_t>(utf8_len));
    if (ubuf_.size() > kMaxUtf16Buffer / 16) ubuf_ = {};  // not kept for the next, smaller texts
    return;
  }
  fst_stream_converted(in, result);
}

void MorphTagger::Impl::fst_stream_converted(const std::string& in, std::string& result) {
  FILE* fin = memory_file(in);
  InputFile input;
  input.wrap(fin);  // InputFile closes it
  char* obuf = nullptr;
  size_t olen = 0;
  FILE* ofile = open_memstream(&obuf, &olen);
  UFILE* uout = u_finit(ofile, nullptr, "UTF-8");
  fst.analysis(input, uout);
  u_fflush(uout);
  u_fclose(uout);
  std::fclose(ofile);
  result.assign(obuf, olen);
  std::free(obuf);
}

std::size_t MorphTagger::Impl::walk(std::size_t from, std::size_t last) {
  std::int32_t st = dfa_.initial();
  for (std::size_t k = from; k <= last; ++k) {
    // As FSTProcessor::analysis steps (beCaseSensitive).
    st = dfa_.step(st, cps_[k]);
    if (st == WalkDfa::kDead) return k;
  }
  return last + 1;
}

void MorphTagger::Impl::cross_all(std::size_t begin, std::size_t end, std::vector<std::uint32_t>& cross) {
  cross.clear();
  for (std::size_t p = begin; p < end; ++p)
    if (walk(p, end) > end) cross.push_back(static_cast<std::uint32_t>(p - begin));
}

bool MorphTagger::Impl::crossings_die(const ChunkInfo& ci, std::size_t next, bool stored) {
  if (ci.crossings.empty()) return true;
  const std::vector<std::int32_t>* ids = &local_ids_;
  if (stored) {
    auto [it, added] = crossing_ids_.try_emplace(&ci);
    if (added)
      for (const Crossing& x : ci.crossings) it->second.push_back(dfa_.intern(x.after));
    ids = &it->second;
  } else {
    local_ids_.clear();
    for (const Crossing& x : ci.crossings) local_ids_.push_back(dfa_.intern(x.after));
  }
  const std::size_t last = cps_.size() - 1;
  for (std::int32_t st : *ids) {
    bool died = false;
    for (std::size_t k = next; k <= last && !died; ++k) {
      if (dfa_.is_final(st)) return false;
      st = dfa_.step(st, cps_[k]);
      died = st == WalkDfa::kDead;
    }
    if (!died) return false;
  }
  return true;
}

namespace {

// The byte offsets, in `chunk`, where lt-proc restarted when it printed
// `fragment` for it: the start of each word and of each blank character.
// False when the fragment does not spell the chunk out.
// With each, whether lt-proc printed a dictionary word there.
bool restarts_of(std::string_view chunk, std::string_view fragment,
                 std::vector<std::pair<std::uint32_t, bool>>& restarts) {
  restarts.clear();
  std::size_t cursor = 0, i = 0;
  while (i < fragment.size()) {
    char c = fragment[i];
    if (c == '^') {
      const std::uint32_t start = static_cast<std::uint32_t>(cursor);
      ++i;
      while (i < fragment.size() && fragment[i] != '/' && fragment[i] != '$') {
        if (fragment[i] == '\\' && i + 1 < fragment.size()) ++i;
        if (cursor >= chunk.size() || chunk[cursor] != fragment[i]) return false;
        ++cursor;
        ++i;
      }
      const bool known = i + 1 < fragment.size() && fragment[i] == '/' && fragment[i + 1] != '*';
      restarts.emplace_back(start, known);
      while (i < fragment.size() && fragment[i] != '$') {
        if (fragment[i] == '\\' && i + 1 < fragment.size()) ++i;
        ++i;
      }
      ++i;  // '$'
      continue;
    }
    if (c == '\\' && i + 1 < fragment.size()) c = fragment[++i];
    ++i;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') continue;
    if (cursor >= chunk.size() || chunk[cursor] != c) return false;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) restarts.emplace_back(static_cast<std::uint32_t>(cursor), false);
    ++cursor;
  }
  return cursor == chunk.size();
}

}  // namespace

bool MorphTagger::Impl::run_batch(std::string_view text) {
  batch_out_.clear();
  item_end_.assign(items_.size(), 0);
  if (items_.empty()) return true;
  escaped.clear();
  for (std::size_t k = 0; k < items_.size(); ++k) {
    append_escaped(text.substr(items_[k].first, items_[k].second - items_[k].first), escaped);
    if (item_ws_[k]) escaped += static_cast<char>(item_ws_[k]);
    escaped += '\n';
  }
  fst_stream(escaped, batch_out_);
  std::size_t pos = 0;
  bool in_word = false;
  for (std::size_t k = 0; k < items_.size(); ++k) {
    std::size_t want = 1 + (item_ws_[k] == '\n');
    for (std::uint32_t b = items_[k].first; b < items_[k].second; ++b) want += text[b] == '\n';
    while (want > 0 && pos < batch_out_.size()) {
      char c = batch_out_[pos++];
      if (c == '\\') {
        ++pos;
      } else if (c == '^') {
        in_word = true;
      } else if (c == '$') {
        in_word = false;
      } else if (c == '\n' && !in_word) {
        --want;
      }
    }
    if (want > 0) return false;
    item_end_[k] = pos;
  }
  for (std::size_t p = item_end_.back(); p < batch_out_.size(); ++p)
    if (!is_space_byte(batch_out_[p])) return false;
  return true;
}

std::string_view MorphTagger::Impl::item_output(std::size_t k) const {
  std::size_t b = k == 0 ? 0 : item_end_[k - 1];
  return std::string_view(batch_out_).substr(b, item_end_[k] - 1 - b);  // without its newline
}

void MorphTagger::Impl::stream(std::string_view text) {
  // The cache assumes what lt-proc reads is what the text says: no soft
  // hyphen (lt-proc skips it), no NUL, valid UTF-8.
  bool usable = data->walk_ok && text.find('\0') == std::string_view::npos &&
                text.find("\xC2\xAD") == std::string_view::npos;
  cps_.clear();
  cp_off_.clear();
  if (dfa_.size() > kMaxDfaStates) {
    dfa_.clear();
    crossing_ids_.clear();
  }
  if (usable) {
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(text.size());
    while (i < n) {
      cp_off_.push_back(static_cast<std::uint32_t>(i));
      UChar32 c;
      U8_NEXT(text.data(), i, n, c);
      if (c < 0) {
        usable = false;
        break;
      }
      cps_.push_back(c);
    }
  }
  auto whole_text = [&]() {
    escaped.clear();
    append_escaped(text, escaped);
    escaped += '\n';
    fst_stream(escaped, out);
  };
  if (!usable) return whole_text();
  const std::size_t n = cps_.size();
  cps_.push_back('\n');  // lt-proc's input ends with a newline
  cp_off_.push_back(static_cast<std::uint32_t>(text.size()));

  // The chunks: [begin, end) in code points; cps_[end] is the space after.
  chunks_.clear();
  fresh_.clear();
  fresh_index_.clear();
  {
    std::shared_lock<std::shared_mutex> lock(data->chunks_mu);
    for (std::size_t i = 0; i < n;) {
      if (is_ascii_space(cps_[i])) {
        ++i;
        continue;
      }
      const std::size_t cs = i;
      while (i < n && !is_ascii_space(cps_[i])) ++i;
      key_.assign(text.substr(cp_off_[cs], cp_off_[i] - cp_off_[cs]));
      key_ += static_cast<char>(cps_[i]);
      if (const ChunkInfo* known = data->chunks.find(key_)) {
        chunks_.push_back({cs, i, known, -1});
        continue;
      }
      auto [f, added] = fresh_index_.try_emplace(key_, fresh_.size());
      if (added) fresh_.push_back({key_, cs, i, {}, nullptr});
      chunks_.push_back({cs, i, nullptr, static_cast<int>(f->second)});
    }
  }

  // New chunks: lt-proc's fragment for each, as if met at a restart, and
  // whether any restart it made is a position whose state would survive.
  items_.clear();
  item_ws_.clear();
  for (const Fresh& f : fresh_) {
    items_.emplace_back(cp_off_[f.begin], cp_off_[f.end]);
    item_ws_.push_back(static_cast<std::uint8_t>(cps_[f.end]));
  }
  if (!run_batch(text)) return whole_text();
  for (std::size_t fi = 0; fi < fresh_.size(); ++fi) {
    Fresh& f = fresh_[fi];
    ChunkInfo& ci = f.info;
    ci.fragment.assign(item_output(fi));
    // Walk from each restart lt-proc made: a state that survives the space
    // after the chunk must have found a dictionary word inside it.
    std::string_view chunk = text.substr(cp_off_[f.begin], cp_off_[f.end] - cp_off_[f.begin]);
    ci.cacheable = restarts_of(chunk, ci.fragment, restarts_);
    std::size_t k = f.begin;
    for (std::size_t r = 0; r < restarts_.size() && ci.cacheable; ++r) {
      while (k < f.end && cp_off_[k] - cp_off_[f.begin] < restarts_[r].first) ++k;
      if (k == f.end || cp_off_[k] - cp_off_[f.begin] != restarts_[r].first) {
        ci.cacheable = false;
        break;
      }
      std::int32_t st = dfa_.initial();
      for (std::size_t q = k; q <= f.end && st != WalkDfa::kDead; ++q) st = dfa_.step(st, cps_[q]);
      if (st == WalkDfa::kDead) continue;
      if (!restarts_[r].second) ci.cacheable = false;
      ci.crossings.push_back({static_cast<std::uint32_t>(k - f.begin), dfa_.nodes(st)});
    }
  }
  if (!fresh_.empty()) {
    std::unique_lock<std::shared_mutex> lock(data->chunks_mu);
    for (Fresh& f : fresh_) {
      f.stored = &f.info;
      if (data->chunks.size() >= MorphData::kMaxChunks) continue;
      f.stored = data->chunks.try_emplace(f.key, std::move(f.info)).first;
    }
  }
  for (ChunkRef& c : chunks_)
    if (c.fresh >= 0) c.info = fresh_[static_cast<std::size_t>(c.fresh)].stored;

  // Clean chunks met at a restart take their fragment; the rest of the text
  // goes to lt-proc in pieces that end where every state started in them died.
  segments_.clear();
  items_.clear();
  item_ws_.clear();
  std::size_t covered = 0;  // every state started before died before this code point
  std::size_t piece = n;    // first code point of the open piece; n when none
  std::size_t at = 0;       // code points before `at` are in segments_
  for (const ChunkRef& c : chunks_) {
    const ChunkInfo& ci = *c.info;
    const bool stored = !(c.fresh >= 0 && c.info == &fresh_[static_cast<std::size_t>(c.fresh)].info);
    if (piece == n && covered <= c.begin && ci.cacheable && crossings_die(ci, c.end + 1, stored)) {
      if (at < c.begin) segments_.push_back({cp_off_[at], cp_off_[c.begin], nullptr, -1});
      segments_.push_back({0, 0, &ci.fragment, -1});
      at = std::min(c.end + 1, n);
      continue;
    }
    if (piece == n) {
      if (at < c.begin) segments_.push_back({cp_off_[at], cp_off_[c.begin], nullptr, -1});
      piece = c.begin;
    }
    const std::vector<std::uint32_t>* cross = nullptr;
    if (c.fresh >= 0 && c.info == &fresh_[static_cast<std::size_t>(c.fresh)].info) {
      cross_all(c.begin, c.end, local_cross_);  // not stored: its address is this run's only
      cross = &local_cross_;
    } else {
      auto [it, added] = cross_all_.try_emplace(c.info);
      if (added) cross_all(c.begin, c.end, it->second);
      cross = &it->second;
    }
    for (std::uint32_t rel : *cross) covered = std::max(covered, walk(c.begin + rel, n) + 1);
    if (covered <= c.end + 1) {
      // Every state started in the piece died by the space after this chunk.
      at = std::min(c.end + 1, n);
      segments_.push_back({0, 0, nullptr, static_cast<int>(items_.size())});
      items_.emplace_back(cp_off_[piece], cp_off_[at]);
      item_ws_.push_back(0);
      piece = n;
    }
  }
  if (piece != n) {
    segments_.push_back({0, 0, nullptr, static_cast<int>(items_.size())});
    items_.emplace_back(cp_off_[piece], cp_off_[n]);
    item_ws_.push_back(0);
    at = n;
  }
  if (at < n) segments_.push_back({cp_off_[at], cp_off_[n], nullptr, -1});
  if (!run_batch(text)) return whole_text();
  out.clear();
  for (const Segment& seg : segments_) {
    if (seg.fragment) {
      out += *seg.fragment;
    } else if (seg.item >= 0) {
      out.append(item_output(static_cast<std::size_t>(seg.item)));
      out += '\n';
    } else {
      out.append(text.substr(seg.begin, seg.end - seg.begin));
    }
  }
}

void MorphTagger::Impl::run(std::string_view text, std::vector<MorphToken>& tokens) {
  stream(text);

  // Walk the stream: blanks advance the cursor over the text; ^surface/an/an$
  // words become tokens at the cursor.
  std::uint32_t cursor = 0;
  const std::uint32_t n = static_cast<std::uint32_t>(text.size());
  std::size_t i = 0;
  std::string surface, piece;
  UString upiece;
  auto skip_space = [&]() {
    while (cursor < n && (text[cursor] == ' ' || text[cursor] == '\n' || text[cursor] == '\t' || text[cursor] == '\r'))
      ++cursor;
  };
  while (i < out.size()) {
    if (out[i] != '^') {
      // A blank: lt-proc copies it, but may add spaces ("l'" + "année" comes
      // out as "^l'/..$ ^année/..$"), so only its non-space characters are
      // matched against the text.
      std::uint32_t blank_begin = cursor;
      while (i < out.size() && out[i] != '^') {
        if (out[i] == '\\' && i + 1 < out.size()) ++i;
        char b = out[i++];
        if (b == ' ' || b == '\n' || b == '\t' || b == '\r') continue;
        std::uint32_t save = cursor;
        skip_space();
        if (cursor < n && text[cursor] == b) {
          ++cursor;
        } else {
          cursor = save;  // not in the text (lt-proc's own): ignore
        }
      }
      add_blank_tokens(text, blank_begin, cursor, tokens);
      continue;
    }
    ++i;  // '^'
    surface.clear();
    while (i < out.size() && out[i] != '/' && out[i] != '$') {
      if (out[i] == '\\' && i + 1 < out.size()) ++i;
      surface += out[i++];
    }
    MorphToken tok;
    skip_space();
    std::size_t at = text.compare(cursor, surface.size(), surface) == 0 ? cursor : text.find(surface, cursor);
    bool aligned = at != std::string_view::npos && !surface.empty();
    if (aligned) {
      if (at > cursor) add_blank_tokens(text, cursor, static_cast<std::uint32_t>(at), tokens);
      tok.begin = static_cast<std::uint32_t>(at);
      tok.end = static_cast<std::uint32_t>(at + surface.size());
      cursor = tok.end;
    }
    // The analyses ("/an1/an2") up to the '$', parsed once per distinct text.
    const std::size_t units_begin = i;
    while (i < out.size() && out[i] != '$') {
      if (out[i] == '\\' && i + 1 < out.size()) ++i;
      ++i;
    }
    const std::string_view units(out.data() + units_begin, i - units_begin);
    const ParsedUnit* hit = unit_cache_.find(units);
    if (!hit) {
      if (unit_cache_.size() > 200000) unit_cache_.clear();
      ParsedUnit parsed;
      std::size_t j = 0;
      while (j < units.size() && units[j] == '/') {
        ++j;
        piece.clear();
        while (j < units.size() && units[j] != '/') {
          if (units[j] == '\\' && j + 1 < units.size()) piece += units[j++];
          piece += units[j++];
        }
        if (!piece.empty() && piece[0] == '*') {
          parsed.unknown = true;
          continue;
        }
        MorphAnalysis a = parse_analysis(piece);
        a.coarse = classify(to_ustr(piece));
        parsed.analyses.push_back(std::move(a));
      }
      hit = unit_cache_.try_emplace(units, std::move(parsed)).first;
    }
    tok.analyses = hit->analyses;
    if (hit->unknown) tok.unknown = true;
    if (i < out.size() && out[i] == '$') ++i;
    if (aligned && tok.unknown && tok.analyses.empty() && !has_alnum(surface)) tok.punct = true;
    if (aligned) tokens.push_back(std::move(tok));  // else its text is picked up as blank tokens
  }
  if (cursor < n) add_blank_tokens(text, cursor, n, tokens);
}

void MorphTagger::Impl::disambiguate(std::vector<MorphToken>& tokens) const {
  TaggerDataHMM& hmm = const_cast<TaggerDataHMM&>(data->hmm);
  Collection& output = hmm.getOutput();
  const int m = data->m;
  const int n_tags = data->n_tags;
  const double* log_a = data->log_a.data();
  const double* log_b = data->log_b.data();

  // Positions: tokens the HMM sees (dictionary words and unknown words).
  // Position p's cells are cells[begin[p], begin[p + 1]); position 0 is the
  // one before the first token.
  std::vector<HmmCell>& cells = cells_;
  std::vector<std::size_t>& begin = cell_begin_;
  std::vector<std::size_t>& pos_token = pos_token_;
  std::vector<int>& tags = tags_;  // sorted, distinct
  cells.clear();
  begin.clear();
  pos_token.clear();
  cells.push_back({data->eos, 0.0, -1});
  begin.push_back(0);

  for (std::size_t t = 0; t < tokens.size(); ++t) {
    MorphToken& tok = tokens[t];
    if (tok.punct) continue;
    tags.clear();
    for (const auto& an : tok.analyses) tags.push_back(an.coarse >= 0 ? an.coarse : data->undef);
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    if (tags.empty()) tags.assign(data->open_class.begin(), data->open_class.end());
    auto known = class_of_.find(tags);
    int k = -1;
    if (known != class_of_.end()) {
      k = known->second;
    } else {
      const std::set<int> tag_set(tags.begin(), tags.end());
      if (!output.has_not(tag_set)) {
        k = output[tag_set];
      } else {
        // The smallest known class that holds all the tags, else the one that
        // shares most of them.
        std::size_t best_size = std::numeric_limits<std::size_t>::max();
        std::size_t best_common = 0;
        for (int c = 0; c < m; ++c) {
          const std::set<int>& cls = output[c];
          std::size_t common = 0;
          for (int tg : tags) common += cls.count(tg);
          bool all = common == tags.size();
          if (all && cls.size() < best_size) {
            best_size = cls.size();
            k = c;
            best_common = common;
          } else if (best_size == std::numeric_limits<std::size_t>::max() && common > best_common) {
            best_common = common;
            k = c;
          }
        }
      }
      class_of_.emplace(tags, k);
    }
    const std::size_t prev_begin = begin.back(), prev_end = cells.size();
    for (int i : tags) {
      double emit = (k >= 0 && i < n_tags) ? log_b[static_cast<std::size_t>(i) * m + k] : -1e30;
      HmmCell best{i, -std::numeric_limits<double>::infinity(), 0};
      for (std::size_t j = prev_begin; j < prev_end; ++j) {
        int pj = cells[j].tag;
        double trans = (pj < n_tags && i < n_tags) ? log_a[static_cast<std::size_t>(pj) * n_tags + i] : -1e30;
        double x = cells[j].score + trans + emit;
        if (x >= best.score) {
          best.score = x;
          best.back = static_cast<int>(j - prev_begin);
        }
      }
      cells.push_back(best);
    }
    pos_token.push_back(t);
    begin.push_back(prev_end);
  }
  if (pos_token.empty()) return;
  begin.push_back(cells.size());
  // Backtrack from the best final cell. Token position p is lattice position p + 1.
  const std::size_t positions = pos_token.size();
  int cell = 0;
  for (std::size_t c = 1; c < begin[positions + 1] - begin[positions]; ++c)
    if (cells[begin[positions] + c].score >= cells[begin[positions] + static_cast<std::size_t>(cell)].score)
      cell = static_cast<int>(c);
  for (std::size_t p = positions; p-- > 0;) {
    const HmmCell& chosen = cells[begin[p + 1] + static_cast<std::size_t>(cell)];
    MorphToken& tok = tokens[pos_token[p]];
    tok.chosen = tok.analyses.empty() ? -1 : 0;
    for (std::size_t x = 0; x < tok.analyses.size(); ++x) {
      int coarse = tok.analyses[x].coarse >= 0 ? tok.analyses[x].coarse : data->undef;
      if (coarse == chosen.tag) {
        tok.chosen = static_cast<int>(x);
        break;
      }
    }
    cell = chosen.back;
  }
}

MorphTagger::MorphTagger(std::shared_ptr<const MorphData> data)
    : impl_(std::make_unique<Impl>(std::move(data))) {}
MorphTagger::~MorphTagger() = default;

std::vector<MorphToken> MorphTagger::analyse(std::string_view text, Pruner prune) {
  return impl_->analyse(text, prune);
}

void MorphTagger::disambiguate(std::vector<MorphToken>& tokens) const { impl_->disambiguate(tokens); }

}  // namespace kg::extract
