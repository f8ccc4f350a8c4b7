#pragma once
// A lazily determinised view of the analyser's transducer, for the word
// cache (apertium_adapter.cpp): it answers "is lttoolbox's state still alive,
// is it final" after each character, as lttoolbox's State::step_case would,
// without carrying the outputs. No lttoolbox type appears here.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kg::extract {

// The transducer's input side: nodes and their transitions by input symbol
// (a code point; 0 is epsilon; tags are negative). A transition listed n
// times (n outputs) is kept n times: lttoolbox keeps one path each.
struct WalkNfa {
  std::vector<std::uint32_t> first;  // transitions of node i: [first[i], first[i + 1])
  std::vector<std::int32_t> symbol;  // sorted by symbol within a node
  std::vector<std::uint32_t> target;
  std::vector<std::uint8_t> final;   // per node
  std::uint32_t root = 0;            // FSTProcessor's initial node
  std::uint32_t nodes() const { return static_cast<std::uint32_t>(final.size()); }
};

// An lttoolbox State reduced to what the walk needs: each node it is in and
// the number of paths there (capped at WalkDfa::kPathCap), sorted by node.
using WalkState = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// The states met so far, each stepped at most once per character: a
// transition costs one hash lookup after the first time. Not thread-safe
// (one per thread); ids stay valid until clear().
class WalkDfa {
 public:
  static constexpr std::int32_t kDead = 0;          // the empty state
  static constexpr std::uint32_t kPathCap = 65536;  // FSTProcessor steps case-sensitively from this many paths

  explicit WalkDfa(const WalkNfa& nfa);

  // The state lttoolbox's State::init(root) is in.
  std::int32_t initial() const { return initial_; }
  // State::step_case(c, size() >= 65536) from `s`.
  std::int32_t step(std::int32_t s, std::int32_t c) {
    const std::uint64_t key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(s)) << 32) |
                              static_cast<std::uint32_t>(c);
    std::size_t h = hash(key) & mask_;
    while (true) {
      if (keys_[h] == key) return values_[h];
      if (keys_[h] == kEmptyKey) return compute(s, c, key);
      h = (h + 1) & mask_;
    }
  }
  // State::isFinal over the transducers' final nodes.
  bool is_final(std::int32_t s) const { return states_[static_cast<std::size_t>(s)].final; }
  // The state `s` stands for (to be interned by another thread's WalkDfa).
  const WalkState& nodes(std::int32_t s) const { return states_[static_cast<std::size_t>(s)].nodes; }
  // The id of `state` in this DFA (added when new).
  std::int32_t intern(const WalkState& state);
  // Number of states met; clear() forgets them all (every id is invalidated).
  std::size_t size() const { return states_.size(); }
  void clear();

 private:
  static constexpr std::uint64_t kEmptyKey = ~std::uint64_t{0};
  static std::size_t hash(std::uint64_t k) {
    k ^= k >> 29;
    k *= 0xbf58476d1ce4e5b9ULL;
    k ^= k >> 32;
    return static_cast<std::size_t>(k);
  }
  struct DState {
    WalkState nodes;
    bool final = false;
    bool many_paths = false;  // size() >= kPathCap: stepped case-sensitively
  };
  std::int32_t compute(std::int32_t s, std::int32_t c, std::uint64_t key);
  void add_moves(std::uint32_t node, std::int32_t symbol, std::uint32_t paths);
  // The epsilon closure of the moves in scratch_, paths merged per node, interned.
  std::int32_t close_and_intern();
  void insert(std::uint64_t key, std::int32_t value);

  const WalkNfa& nfa_;
  std::vector<DState> states_;
  std::unordered_map<std::string, std::int32_t> index_;
  std::int32_t initial_ = kDead;
  std::vector<std::uint64_t> keys_;
  std::vector<std::int32_t> values_;
  std::size_t mask_ = 0, used_ = 0;
  WalkState scratch_;
  std::string key_scratch_;
};

}  // namespace kg::extract
