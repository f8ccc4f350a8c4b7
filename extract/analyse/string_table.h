#pragma once
// An insert-only hash table from strings to values, for the analyser's
// caches: open addressing over (hash, index) slots, values in a deque. A
// lookup reads one slot array entry and, when the hashes agree, one key:
// fewer cache misses than std::unordered_map's buckets and nodes.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract {

// Values never move once added (pointers to them stay valid until clear()).
// Not thread-safe: callers lock around it when they share one.
template <class V>
class StringTable {
 public:
  StringTable() { clear(); }

  // The value stored for `key`, or null.
  const V* find(std::string_view key) const { return find(key, hash(key)); }
  V* find(std::string_view key) { return const_cast<V*>(std::as_const(*this).find(key, hash(key))); }

  // Adds `key` -> `value` unless `key` is there; returns the stored value and
  // whether it was added.
  std::pair<V*, bool> try_emplace(std::string_view key, V&& value) {
    const std::uint64_t h = hash(key);
    if (V* v = const_cast<V*>(find(key, h))) return {v, false};
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    entries_.emplace_back(std::string(key), std::move(value));
    place(h, static_cast<std::uint32_t>(entries_.size()));
    return {&entries_.back().second, true};
  }

  std::size_t size() const { return entries_.size(); }

  // Forgets every entry.
  void clear() {
    entries_.clear();
    slots_.assign(64, Slot{});
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t index = 0;  // 1 + index into entries_; 0: empty
  };
  static std::uint64_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

  const V* find(std::string_view key, std::uint64_t h) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.index == 0) return nullptr;
      if (s.hash == h) {
        const auto& e = entries_[s.index - 1];
        if (e.first == key) return &e.second;
      }
    }
  }
  void place(std::uint64_t h, std::uint32_t index) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].index != 0) i = (i + 1) & mask;
    slots_[i] = Slot{h, index};
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.index != 0) place(s.hash, s.index);
  }

  std::vector<Slot> slots_;
  std::deque<std::pair<std::string, V>> entries_;
};

}  // namespace kg::extract
