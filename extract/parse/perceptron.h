#pragma once
// The linear model behind the tagger and the parser: sparse features (64-bit
// hashes) scored against a small set of classes, trained as an averaged
// perceptron (Collins 2002) and frozen into a flat, read-only table.

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::extract::parse {

// ---- feature hashing -------------------------------------------------------

// splitmix64's finaliser: a cheap, well-mixed 64-bit permutation.
inline std::uint64_t mix64(std::uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

// A string's 64-bit hash (FNV-1a, then mixed). Pure; the same on every machine.
inline std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// Combines a running feature hash with one more value.
inline std::uint64_t hash_join(std::uint64_t h, std::uint64_t v) {
  return mix64(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

// The key of feature template `id` over up to three values.
inline std::uint64_t feature(std::uint32_t id, std::uint64_t a) { return hash_join(mix64(id + 1), a); }
inline std::uint64_t feature(std::uint32_t id, std::uint64_t a, std::uint64_t b) {
  return hash_join(feature(id, a), b);
}
inline std::uint64_t feature(std::uint32_t id, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return hash_join(feature(id, a, b), c);
}

// ---- the frozen model --------------------------------------------------------

// Returns pages got by PageArray to the system.
void release_pages(void* p, std::size_t bytes);

// A fixed-size array of trivially copyable T, zero-filled, in memory the kernel
// may back with huge pages: the model tables are read at random, and with 4 KB
// pages nearly every read would also miss the TLB.
template <typename T>
class PageArray {
 public:
  PageArray() = default;
  explicit PageArray(std::size_t n);
  T& operator[](std::size_t i) { return data_.get()[i]; }
  const T& operator[](std::size_t i) const { return data_.get()[i]; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  struct Free {
    std::size_t bytes = 0;
    void operator()(T* p) const;
  };
  std::unique_ptr<T, Free> data_;
  std::size_t size_ = 0;
  std::size_t bytes_ = 0;
};

// Weights are kept to bfloat16 precision (8 significant bits), which halves the
// model files and changes no decision measurably; these convert exactly.
std::uint16_t to_bfloat16(float f);
float from_bfloat16(std::uint16_t b);

// Weights of features over `classes()` classes, read-only once built: safe to
// share between threads. A feature the model never saw scores nothing.
template <typename T>
void PageArray<T>::Free::operator()(T* p) const {
  release_pages(p, bytes);
}

class LinearModel {
 public:
  struct Entry {
    std::uint16_t cls;
    float weight;
  };
  // One feature's non-zero weights, for serialisation.
  struct Row {
    std::uint64_t key;
    std::vector<Entry> entries;
  };

  LinearModel() = default;
  // The rows in three flat arrays (what a model file holds): keys sorted and
  // distinct; row i's entries are entries[begin[i], begin[i + 1]).
  struct FlatRows {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> begin;  // keys.size() + 1 offsets
    std::vector<Entry> entries;
  };

  // Builds the lookup table from rows (any order; keys distinct). Weights are
  // kept to bfloat16 precision (PerceptronTrainer::average already rounds them).
  LinearModel(std::uint32_t classes, std::vector<Row> rows);
  LinearModel(std::uint32_t classes, FlatRows rows);

  std::uint32_t classes() const { return classes_; }
  std::size_t features() const { return keys_.size(); }

  // Adds the weights of `feats` to scores[0..classes()) (scores are not reset).
  void score(const std::vector<std::uint64_t>& feats, float* scores) const;

  // The rows, sorted by key: the model's canonical content.
  std::vector<Row> rows() const;

 private:
  std::uint32_t classes_ = 0;
  std::uint64_t mask_ = 0;
  std::size_t empty_slots_ = 0;
  // Open addressing over 8-byte slots: the low bits of a key choose the slot,
  // its high 32 bits are the slot's fingerprint (0 = empty), and `begin` points
  // at the row in entries_: a count entry, then the row's entries.
  struct Slot {
    std::uint32_t fingerprint = 0;
    std::uint32_t begin = 0;
  };
  static std::uint32_t fingerprint(std::uint64_t key) {
    const auto f = static_cast<std::uint32_t>(key >> 32);
    return f == 0 ? 1 : f;
  }
  std::size_t find(std::uint64_t key) const;  // the slot of `key`, or an empty one
  PageArray<Slot> slots_;
  // Entries packed to 4 bytes (the weight as bfloat16): half the memory traffic.
  struct Packed {
    std::uint16_t cls;
    std::uint16_t weight;
  };
  PageArray<Packed> entries_;
  static constexpr std::uint32_t kDenseBit = 0x80000000u;
  PageArray<float> dense_;  // dense rows, classes_ weights each
  std::vector<std::uint64_t> keys_;  // every key, sorted: the model's canonical content (rows())
};

// ---- training ----------------------------------------------------------------

// A deterministic Fisher-Yates shuffle of 0..n-1 (splitmix64 stream from `seed`).
std::vector<std::size_t> shuffled_order(std::size_t n, std::uint64_t seed);

// An averaged perceptron over hashed features. Deterministic: the same
// sequence of calls gives the same model. Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::uint32_t classes) : classes_(classes) {}

  std::uint32_t classes() const { return classes_; }

  // Scores with the current (not averaged) weights; scores has classes() slots, reset here.
  void score(const std::vector<std::uint64_t>& feats, std::vector<float>& scores) const;

  // One mistake: `truth` gains, `guess` loses, over `feats`. Counts one step.
  void update(const std::vector<std::uint64_t>& feats, std::uint32_t truth, std::uint32_t guess);

  // One decision without a mistake: counts one step for the averages.
  void tick() { ++now_; }

  // The averaged weights; weights whose magnitude is below `min_weight` are dropped.
  LinearModel average(float min_weight = 0.0f) const;

 private:
  struct Weight {
    std::uint16_t cls;
    float w = 0;
    double total = 0;  // sum of w over steps up to `stamp`
    std::uint64_t stamp = 0;
  };
  void add(std::uint64_t key, std::uint32_t cls, float delta);

  std::uint32_t classes_;
  std::uint64_t now_ = 0;
  std::unordered_map<std::uint64_t, std::vector<Weight>> weights_;
};

}  // namespace kg::extract::parse
