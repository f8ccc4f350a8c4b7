#include "extract/parse/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

#include <sys/mman.h>

namespace kg::extract::parse {

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

void release_pages(void* p, std::size_t bytes) { munmap(p, bytes); }

template <typename T>
PageArray<T>::PageArray(std::size_t n) : size_(n) {
  if (n == 0) return;
  // Anonymous pages come zeroed from the kernel, which zeroes them only when touched.
  bytes_ = n * sizeof(T);
  void* p = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  madvise(p, bytes_, MADV_HUGEPAGE);  // a hint: without transparent huge pages it changes nothing
  data_ = std::unique_ptr<T, Free>(static_cast<T*>(p), Free{bytes_});
}

LinearModel::LinearModel(std::uint32_t classes, std::vector<Row> rows)
    : LinearModel(classes, [&rows] {
        std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
        FlatRows flat;
        flat.begin.push_back(0);
        for (const Row& r : rows) {
          flat.keys.push_back(r.key);
          flat.entries.insert(flat.entries.end(), r.entries.begin(), r.entries.end());
          flat.begin.push_back(static_cast<std::uint32_t>(flat.entries.size()));
        }
        return flat;
      }()) {}

LinearModel::LinearModel(std::uint32_t classes, FlatRows rows) : classes_(classes) {
  const std::size_t n = rows.keys.size();
  std::size_t size = 16;
  while (size < n * 2) size *= 2;  // load factor <= 0.5
  mask_ = size - 1;
  slots_ = PageArray<Slot>(size);
  // A row holding a weight for a third of the classes or more is stored dense
  // (one weight per class, summed by a loop the compiler vectorises).
  auto length = [&rows](std::size_t r) { return rows.begin[r + 1] - rows.begin[r]; };
  auto dense = [&](std::size_t r) { return 3 * length(r) >= classes; };
  std::size_t total = 0, dense_rows = 0;
  for (std::size_t r = 0; r < n; ++r) dense(r) ? ++dense_rows : total += 1 + length(r);
  entries_ = PageArray<Packed>(total);
  dense_ = PageArray<float>(dense_rows * classes);
  keys_.reserve(n);
  std::uint32_t next = 0, next_dense = 0;
  for (std::size_t r = 0; r < n; ++r) {
    const std::uint64_t key = rows.keys[r];
    const std::size_t at = find(key);
    if (slots_[at].fingerprint != 0) continue;  // two keys alike in 53 bits: keep the first
    const Entry* e = rows.entries.data() + rows.begin[r];
    if (dense(r)) {  // begin has the top bit set and indexes dense_ rows
      slots_[at] = {fingerprint(key), kDenseBit | next_dense};
      for (std::uint32_t k = 0; k < length(r); ++k) dense_[std::size_t{next_dense} * classes + e[k].cls] = e[k].weight;
      ++next_dense;
    } else {
      slots_[at] = {fingerprint(key), next};
      entries_[next++] = {static_cast<std::uint16_t>(length(r)), 0};
      for (std::uint32_t k = 0; k < length(r); ++k) entries_[next++] = {e[k].cls, to_bfloat16(e[k].weight)};
    }
    keys_.push_back(key);
  }
  empty_slots_ = size - keys_.size();
}

std::size_t LinearModel::find(std::uint64_t key) const {
  const std::uint32_t f = fingerprint(key);
  std::size_t at = key & mask_;
  while (slots_[at].fingerprint != 0 && slots_[at].fingerprint != f) at = (at + 1) & mask_;
  return at;
}

void LinearModel::score(const std::vector<std::uint64_t>& feats, float* scores) const {
  if (slots_.empty()) return;
  // The table is larger than the caches: ask for every slot first, so the
  // memory reads overlap instead of waiting one after the other.
  for (std::uint64_t f : feats) __builtin_prefetch(&slots_[f & mask_]);
  thread_local std::vector<std::uint32_t> found;
  found.clear();
  for (std::uint64_t f : feats) {
    const Slot& slot = slots_[find(f)];
    if (slot.fingerprint == 0) continue;
    found.push_back(slot.begin);
    if (slot.begin & kDenseBit) __builtin_prefetch(&dense_[std::size_t{slot.begin & ~kDenseBit} * classes_]);
    else __builtin_prefetch(&entries_[slot.begin]);
  }
  for (std::uint32_t begin : found) {
    if (begin & kDenseBit) {
      const float* w = &dense_[std::size_t{begin & ~kDenseBit} * classes_];
      for (std::uint32_t c = 0; c < classes_; ++c) scores[c] += w[c];
      continue;
    }
    const Packed* row = &entries_[begin + 1];
    const std::uint32_t n = entries_[begin].cls;
    for (std::uint32_t i = 0; i < n; ++i) scores[row[i].cls] += from_bfloat16(row[i].weight);
  }
}

std::vector<LinearModel::Row> LinearModel::rows() const {
  std::vector<Row> out;
  out.reserve(keys_.size());
  for (std::uint64_t key : keys_) {
    const std::uint32_t begin = slots_[find(key)].begin;
    Row row{key, {}};
    if (begin & kDenseBit) {
      const float* w = &dense_[std::size_t{begin & ~kDenseBit} * classes_];
      for (std::uint32_t c = 0; c < classes_; ++c)
        if (w[c] != 0.0f) row.entries.push_back({static_cast<std::uint16_t>(c), w[c]});
    } else {
      for (std::uint32_t i = begin + 1; i < begin + 1 + entries_[begin].cls; ++i)
        row.entries.push_back({entries_[i].cls, from_bfloat16(entries_[i].weight)});
    }
    out.push_back(std::move(row));
  }
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
