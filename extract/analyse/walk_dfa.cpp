#include "extract/analyse/walk_dfa.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace kg::extract {

namespace {

std::uint32_t add_capped(std::uint32_t a, std::uint32_t b) {
  return std::min<std::uint32_t>(a + b, WalkDfa::kPathCap);  // both <= kPathCap: no overflow
}

}  // namespace

WalkDfa::WalkDfa(const WalkNfa& nfa) : nfa_(nfa) { clear(); }

void WalkDfa::clear() {
  states_.clear();
  index_.clear();
  keys_.assign(1024, kEmptyKey);
  values_.assign(1024, kDead);
  mask_ = 1023;
  used_ = 0;
  states_.emplace_back();  // kDead
  index_.emplace(std::string(), kDead);
  // State::init: the root, then its epsilon closure.
  scratch_.assign(1, {nfa_.root, 1});
  initial_ = close_and_intern();
}

std::int32_t WalkDfa::close_and_intern() {
  for (std::size_t i = 0; i < scratch_.size(); ++i) add_moves(scratch_[i].first, 0, scratch_[i].second);
  std::sort(scratch_.begin(), scratch_.end());
  WalkState merged;
  for (const auto& [node, paths] : scratch_) {
    if (!merged.empty() && merged.back().first == node)
      merged.back().second = add_capped(merged.back().second, paths);
    else
      merged.emplace_back(node, paths);
  }
  return intern(merged);
}

// Appends to scratch_ each node `node` moves to on `symbol`, with `paths`
// paths each (State::apply_into, or epsilonClosure for symbol 0).
void WalkDfa::add_moves(std::uint32_t node, std::int32_t symbol, std::uint32_t paths) {
  const std::int32_t* b = nfa_.symbol.data() + nfa_.first[node];
  const std::int32_t* e = nfa_.symbol.data() + nfa_.first[node + 1];
  const std::int32_t* p = std::lower_bound(b, e, symbol);
  for (; p != e && *p == symbol; ++p) scratch_.emplace_back(nfa_.target[static_cast<std::size_t>(p - nfa_.symbol.data())], paths);
}

std::int32_t WalkDfa::intern(const WalkState& state) {
  key_scratch_.assign(reinterpret_cast<const char*>(state.data()), state.size() * sizeof(state[0]));
  auto it = index_.find(key_scratch_);
  if (it != index_.end()) return it->second;
  const auto id = static_cast<std::int32_t>(states_.size());
  DState d;
  d.nodes = state;
  std::uint32_t total = 0;
  for (const auto& [node, paths] : state) {
    d.final = d.final || nfa_.final[node];
    total = add_capped(total, paths);
  }
  d.many_paths = total >= kPathCap;
  states_.push_back(std::move(d));
  index_.emplace(key_scratch_, id);
  return id;
}

std::int32_t WalkDfa::compute(std::int32_t s, std::int32_t c, std::uint64_t key) {
  // State::step_case(c, many_paths): apply c (and its lowercase when c is
  // uppercase and the state is not case-sensitive), then the epsilon closure.
  std::int32_t result = kDead;
  if (c != 0 && s != kDead) {
    const DState& from = states_[static_cast<std::size_t>(s)];
    std::int32_t lower = c;
    if (!from.many_paths && u_isupper(c)) lower = u_tolower(c);
    scratch_.clear();
    for (const auto& [node, paths] : from.nodes) {
      add_moves(node, c, paths);
      if (lower != c) add_moves(node, lower, paths);
    }
    result = close_and_intern();
  }
  insert(key, result);
  return result;
}

void WalkDfa::insert(std::uint64_t key, std::int32_t value) {
  if (2 * (used_ + 1) > keys_.size()) {
    std::vector<std::uint64_t> old_keys(keys_.size() * 2, kEmptyKey);
    std::vector<std::int32_t> old_values(keys_.size() * 2, kDead);
    old_keys.swap(keys_);
    old_values.swap(values_);
    mask_ = keys_.size() - 1;
    used_ = 0;
    for (std::size_t i = 0; i < old_keys.size(); ++i)
      if (old_keys[i] != kEmptyKey) insert(old_keys[i], old_values[i]);
  }
  std::size_t h = hash(key) & mask_;
  while (keys_[h] != kEmptyKey) h = (h + 1) & mask_;
  keys_[h] = key;
  values_[h] = value;
  ++used_;
}

}  // namespace kg::extract
