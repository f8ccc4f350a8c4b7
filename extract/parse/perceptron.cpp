#include "extract/parse/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kg::extract::parse {

namespace {

// Keys are hashes; 0 marks an empty slot, so a (vanishingly rare) zero key is stored as 1.
std::uint64_t slot_key(std::uint64_t key) { return key == 0 ? 1 : key; }

}  // namespace

std::uint16_t to_bfloat16(float f) {
  std::uint32_t bits;
  std::memcpy(&bits, &f, 4);
  bits += 0x7fff + ((bits >> 16) & 1);  // round to nearest, ties to even
  return static_cast<std::uint16_t>(bits >> 16);
}

float from_bfloat16(std::uint16_t b) {
  const std::uint32_t bits = std::uint32_t{b} << 16;
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

LinearModel::LinearModel(std::uint32_t classes, std::vector<Row> rows) : classes_(classes) {
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  std::size_t size = 16;
  while (size < rows.size() * 2) size *= 2;  // load factor <= 0.5
  mask_ = size - 1;
  slots_.assign(size, Slot{});
  for (const Row& r : rows) {
    const std::uint64_t key = slot_key(r.key);
    std::uint64_t at = key & mask_;
    while (slots_[at].key != 0) at = (at + 1) & mask_;
    slots_[at].key = key;
    slots_[at].begin = static_cast<std::uint32_t>(entries_.size());
    entries_.insert(entries_.end(), r.entries.begin(), r.entries.end());
    slots_[at].end = static_cast<std::uint32_t>(entries_.size());
  }
  empty_slots_ = size - rows.size();
}

void LinearModel::score(const std::vector<std::uint64_t>& feats, float* scores) const {
  if (slots_.empty()) return;
  // The table is larger than the caches: ask for every slot first, so the
  // memory reads overlap instead of waiting one after the other.
  for (std::uint64_t f : feats) __builtin_prefetch(&slots_[slot_key(f) & mask_]);
  thread_local std::vector<const Slot*> found;
  found.clear();
  for (std::uint64_t f : feats) {
    const std::uint64_t key = slot_key(f);
    std::uint64_t at = key & mask_;
    while (slots_[at].key != 0 && slots_[at].key != key) at = (at + 1) & mask_;
    if (slots_[at].key == 0) continue;
    found.push_back(&slots_[at]);
    __builtin_prefetch(&entries_[slots_[at].begin]);
  }
  for (const Slot* slot : found)
    for (std::uint32_t i = slot->begin; i < slot->end; ++i) scores[entries_[i].cls] += entries_[i].weight;
}

std::vector<LinearModel::Row> LinearModel::rows() const {
  std::vector<Row> out;
  out.reserve(features());
  for (const Slot& slot : slots_) {
    if (slot.key == 0) continue;
    out.push_back({slot.key, {entries_.begin() + slot.begin, entries_.begin() + slot.end}});
  }
  std::sort(out.begin(), out.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  return out;
}

void PerceptronTrainer::score(const std::vector<std::uint64_t>& feats, std::vector<float>& scores) const {
  scores.assign(classes_, 0.0f);
  for (std::uint64_t f : feats) {
    auto it = weights_.find(f);
    if (it == weights_.end()) continue;
    for (const Weight& w : it->second) scores[w.cls] += w.w;
  }
}

void PerceptronTrainer::add(std::uint64_t key, std::uint32_t cls, float delta) {
  std::vector<Weight>& row = weights_[key];
  auto it = std::find_if(row.begin(), row.end(), [&](const Weight& w) { return w.cls == cls; });
  if (it == row.end()) {
    row.push_back(Weight{static_cast<std::uint16_t>(cls), 0, 0, now_});
    it = row.end() - 1;
  }
  it->total += static_cast<double>(now_ - it->stamp) * it->w;
  it->stamp = now_;
  it->w += delta;
}

void PerceptronTrainer::update(const std::vector<std::uint64_t>& feats, std::uint32_t truth,
                               std::uint32_t guess) {
  ++now_;
  if (truth == guess) return;
  for (std::uint64_t f : feats) {
    add(f, truth, 1.0f);
    add(f, guess, -1.0f);
  }
}

LinearModel PerceptronTrainer::average(float min_weight) const {
  std::vector<LinearModel::Row> rows;
  rows.reserve(weights_.size());
  const double steps = std::max<double>(1.0, static_cast<double>(now_));
  for (const auto& [key, row] : weights_) {
    LinearModel::Row out{key, {}};
    for (const Weight& w : row) {
      const double total = w.total + static_cast<double>(now_ - w.stamp) * w.w;
      const float avg = from_bfloat16(to_bfloat16(static_cast<float>(total / steps)));
      if (avg != 0.0f && std::fabs(avg) >= min_weight) out.entries.push_back({w.cls, avg});
    }
    if (out.entries.empty()) continue;
    std::sort(out.entries.begin(), out.entries.end(),
              [](const LinearModel::Entry& a, const LinearModel::Entry& b) { return a.cls < b.cls; });
    rows.push_back(std::move(out));
  }
  return LinearModel(classes_, std::move(rows));
}

std::vector<std::size_t> shuffled_order(std::size_t n, std::uint64_t seed) {
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::uint64_t state = seed;
  for (std::size_t i = n; i > 1; --i) {
    state += 0x9e3779b97f4a7c15ULL;
    std::swap(order[i - 1], order[mix64(state) % i]);
  }
  return order;
}

}  // namespace kg::extract::parse
