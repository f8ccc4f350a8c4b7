#include "extract/parse/parser.h"

#include <algorithm>
#include <limits>

#include "base/error.h"

namespace kg::extract::parse {

namespace {

constexpr int kNone = -1;

// Classes: 0 = SHIFT, 1 + 2l = LEFT with label l, 2 + 2l = RIGHT with label l.
constexpr std::uint32_t kShift = 0;
bool is_left(std::uint32_t c) { return c != kShift && c % 2 == 1; }
std::uint32_t label_of(std::uint32_t c) { return (c - 1) / 2; }

// A parser configuration: the stack, the buffer front `b` (words b..n-1, then
// the root at index n), and the arcs built so far.
struct State {
  int n = 0;
  std::vector<int> stack;
  int b = 0;
  std::vector<int> head, label;            // kNone until attached
  std::vector<int> lc1, lc2, rc1, rc2;     // nearest-to-the-edge children, kNone if none
  std::vector<int> nl, nr;                 // number of left and right children
  std::vector<std::uint64_t> lset, rset;   // sets of the children's labels, as bits

  State() = default;
  explicit State(int words) { reset(words); }
  // The initial configuration over `words` words, reusing the vectors' memory.
  void reset(int words) {
    n = words;
    b = 0;
    stack.clear();
    const auto size = static_cast<std::size_t>(words) + 1;
    for (auto* v : {&head, &label, &lc1, &lc2, &rc1, &rc2}) v->assign(size, kNone);
    nl.assign(size, 0);
    nr.assign(size, 0);
    lset.assign(size, 0);
    rset.assign(size, 0);
  }
  bool terminal() const { return stack.empty() && b == n; }
  int s(std::size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : kNone; }
  int buf(int k) const { return b + k <= n ? b + k : kNone; }

  void attach(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    const std::uint64_t bit = std::uint64_t{1} << (l & 63);
    if (d < h) {
      ++nl[h];
      lset[h] |= bit;
      if (lc1[h] == kNone || d < lc1[h]) lc2[h] = lc1[h], lc1[h] = d;
      else if (lc2[h] == kNone || d < lc2[h]) lc2[h] = d;
    } else {
      ++nr[h];
      rset[h] |= bit;
      if (rc1[h] == kNone || d > rc1[h]) rc2[h] = rc1[h], rc1[h] = d;
      else if (rc2[h] == kNone || d > rc2[h]) rc2[h] = d;
    }
  }

  void apply(std::uint32_t c) {
    if (c == kShift) {
      stack.push_back(b++);
    } else if (is_left(c)) {
      const int d = stack.back();
      stack.pop_back();
      attach(b, d, static_cast<int>(label_of(c)));
    } else {
      const int d = stack.back();
      stack.pop_back();
      attach(stack.back(), d, static_cast<int>(label_of(c)));
    }
  }

  bool can_shift() const { return b < n; }
  bool can_left() const { return !stack.empty() && (b < n || stack.size() == 1); }
  bool can_right() const { return stack.size() >= 2; }
};

// Hashes of the words of one sentence, with the root (index n) and "none" (n + 1).
struct SentenceKeys {
  std::vector<std::uint64_t> w, p, t, m;
  SentenceKeys() = default;
  SentenceKeys(const std::vector<WordKeys>& keys, const std::vector<std::uint32_t>& tags) { reset(keys, tags); }
  // The keys of a sentence, reusing the vectors' memory.
  void reset(const std::vector<WordKeys>& keys, const std::vector<std::uint32_t>& tags) {
    for (auto* v : {&w, &p, &t, &m}) v->clear();
    const std::size_t n = tags.size();
    for (std::size_t i = 0; i < n; ++i) {
      w.push_back(keys[i + 1].lower);
      p.push_back(mix64(0x504f530000000000ULL + tags[i]));
      t.push_back(keys[i + 1].tags);
      m.push_back(keys[i + 1].lemma);
    }
    for (std::uint64_t special : {hash_text("<root>"), hash_text("<none>")}) {
      w.push_back(special);
      p.push_back(special);
      t.push_back(special);
      m.push_back(special);
    }
  }
};

enum ParserTemplate : std::uint32_t {
  kS0w = 1, kS0p, kS0wp, kS1w, kS1p, kS1wp, kB0w, kB0p, kB0wp, kB1w, kB1p, kB1wp, kB2p, kB2w, kS2p, kS0t, kB0t,
  kS1t, kS0m, kB0m, kS0wpB0wp, kS0wpB0w, kS0wB0wp, kS0wpB0p, kS0pB0wp, kS0wB0w, kS0pB0p, kB0pB1p, kS1pS0p,
  kS1wS0w, kS1pB0p, kS0tB0t, kS1tS0t, kB0pB1pB2p, kS0pB0pB1p, kS1pS0pB0p, kS2pS1pS0p, kS0pLc1pB0p,
  kS0pRc1pB0p, kS1pS0pLc1p, kS1pS0pRc1p, kS0pB0pB0Lc1p, kS1pRc1pS0p, kS1pLc1pS0p, kS0wD, kS0pD, kB0wD,
  kB0pD, kS0pB0pD, kS1pS0pD, kS0wVr, kS0pVr, kS0wVl, kS0pVl, kB0wVl, kB0pVl, kS1pVr, kS1pVl, kS0Lc1w,
  kS0Lc1p, kS0Lc1l, kS0Rc1w, kS0Rc1p, kS0Rc1l, kB0Lc1w, kB0Lc1p, kB0Lc1l, kS1Rc1p, kS1Rc1l, kS1Lc1l,
  kS0Lc2p, kS0Lc2l, kS0Rc2p, kS0Rc2l, kB0Lc2p, kB0Lc2l, kS0pLabels2l, kS0pLabels2r, kB0pLabels2l,
  kS0wLset, kS0pLset, kS0pRset, kB0pLset, kS1pRset, kB1wB0w, kS0mB0m, kS1mS0m,
};

std::uint64_t small(int v) { return mix64(0x534d000000000000ULL + static_cast<std::uint64_t>(v + 1000)); }

// The features of state `st` into `out` (cleared first).
void parser_features(const State& st, const SentenceKeys& k, std::vector<std::uint64_t>& out) {
  out.clear();
  const int none = st.n + 1;
  auto at = [none](int i) { return i == kNone ? none : i; };
  const int s0 = at(st.s(0)), s1 = at(st.s(1)), s2 = at(st.s(2));
  const int b0 = at(st.buf(0)), b1 = at(st.buf(1)), b2 = at(st.buf(2));
  auto child = [&](const std::vector<int>& v, int i) { return i >= st.n ? none : at(v[i]); };
  auto lab = [&](int i) { return i >= st.n || st.label[i] == kNone ? small(-1) : small(st.label[i]); };
  auto cnt = [&](const std::vector<int>& v, int i) { return i >= st.n ? small(-2) : small(std::min(v[i], 4)); };
  auto set = [&](const std::vector<std::uint64_t>& v, int i) { return i >= st.n ? 0 : mix64(v[i] + 1); };
  const auto& w = k.w;
  const auto& p = k.p;
  const std::uint64_t s0wp = hash_join(w[s0], p[s0]), s1wp = hash_join(w[s1], p[s1]);
  const std::uint64_t b0wp = hash_join(w[b0], p[b0]), b1wp = hash_join(w[b1], p[b1]);
  const int dist = (s0 == none || b0 == none) ? 0 : std::min(b0 - s0, 6);
  const int dist2 = (s0 == none || s1 == none) ? 0 : std::min(s0 - s1, 6);
  const int s0l1 = child(st.lc1, s0), s0r1 = child(st.rc1, s0), b0l1 = child(st.lc1, b0);
  const int s1l1 = child(st.lc1, s1), s1r1 = child(st.rc1, s1);
  const int s0l2 = child(st.lc2, s0), s0r2 = child(st.rc2, s0), b0l2 = child(st.lc2, b0);

  out.insert(out.end(), {
      feature(kS0w, w[s0]), feature(kS0p, p[s0]), feature(kS0wp, s0wp), feature(kS1w, w[s1]),
      feature(kS1p, p[s1]), feature(kS1wp, s1wp), feature(kB0w, w[b0]), feature(kB0p, p[b0]),
      feature(kB0wp, b0wp), feature(kB1w, w[b1]), feature(kB1p, p[b1]), feature(kB1wp, b1wp),
      feature(kB2p, p[b2]), feature(kB2w, w[b2]), feature(kS2p, p[s2]), feature(kS0t, k.t[s0]),
      feature(kB0t, k.t[b0]), feature(kS1t, k.t[s1]), feature(kS0m, k.m[s0]), feature(kB0m, k.m[b0]),
  });
  out.insert(out.end(), {
      feature(kS0wpB0wp, s0wp, b0wp), feature(kS0wpB0w, s0wp, w[b0]), feature(kS0wB0wp, w[s0], b0wp),
      feature(kS0wpB0p, s0wp, p[b0]), feature(kS0pB0wp, p[s0], b0wp), feature(kS0wB0w, w[s0], w[b0]),
      feature(kS0pB0p, p[s0], p[b0]), feature(kB0pB1p, p[b0], p[b1]), feature(kS1pS0p, p[s1], p[s0]),
      feature(kS1wS0w, w[s1], w[s0]), feature(kS1pB0p, p[s1], p[b0]), feature(kS0tB0t, k.t[s0], k.t[b0]),
      feature(kS1tS0t, k.t[s1], k.t[s0]), feature(kB1wB0w, w[b1], w[b0]), feature(kS0mB0m, k.m[s0], k.m[b0]),
      feature(kS1mS0m, k.m[s1], k.m[s0]),
  });
  out.insert(out.end(), {
      feature(kB0pB1pB2p, p[b0], p[b1], p[b2]), feature(kS0pB0pB1p, p[s0], p[b0], p[b1]),
      feature(kS1pS0pB0p, p[s1], p[s0], p[b0]), feature(kS2pS1pS0p, p[s2], p[s1], p[s0]),
      feature(kS0pLc1pB0p, p[s0], p[s0l1], p[b0]), feature(kS0pRc1pB0p, p[s0], p[s0r1], p[b0]),
      feature(kS1pS0pLc1p, p[s1], p[s0], p[s0l1]), feature(kS1pS0pRc1p, p[s1], p[s0], p[s0r1]),
      feature(kS0pB0pB0Lc1p, p[s0], p[b0], p[b0l1]), feature(kS1pRc1pS0p, p[s1], p[s1r1], p[s0]),
      feature(kS1pLc1pS0p, p[s1], p[s1l1], p[s0]),
  });
  out.insert(out.end(), {
      feature(kS0wD, w[s0], small(dist)), feature(kS0pD, p[s0], small(dist)), feature(kB0wD, w[b0], small(dist)),
      feature(kB0pD, p[b0], small(dist)), feature(kS0pB0pD, p[s0], p[b0], small(dist)),
      feature(kS1pS0pD, p[s1], p[s0], small(dist2)), feature(kS0wVr, w[s0], cnt(st.nr, s0)),
      feature(kS0pVr, p[s0], cnt(st.nr, s0)), feature(kS0wVl, w[s0], cnt(st.nl, s0)),
      feature(kS0pVl, p[s0], cnt(st.nl, s0)), feature(kB0wVl, w[b0], cnt(st.nl, b0)),
      feature(kB0pVl, p[b0], cnt(st.nl, b0)), feature(kS1pVr, p[s1], cnt(st.nr, s1)),
      feature(kS1pVl, p[s1], cnt(st.nl, s1)),
  });
  out.insert(out.end(), {
      feature(kS0Lc1w, w[s0l1]), feature(kS0Lc1p, p[s0l1]), feature(kS0Lc1l, lab(s0l1)),
      feature(kS0Rc1w, w[s0r1]), feature(kS0Rc1p, p[s0r1]), feature(kS0Rc1l, lab(s0r1)),
      feature(kB0Lc1w, w[b0l1]), feature(kB0Lc1p, p[b0l1]), feature(kB0Lc1l, lab(b0l1)),
      feature(kS1Rc1p, p[s1r1]), feature(kS1Rc1l, lab(s1r1)), feature(kS1Lc1l, lab(s1l1)),
      feature(kS0Lc2p, p[s0l2]), feature(kS0Lc2l, lab(s0l2)), feature(kS0Rc2p, p[s0r2]),
      feature(kS0Rc2l, lab(s0r2)), feature(kB0Lc2p, p[b0l2]), feature(kB0Lc2l, lab(b0l2)),
      feature(kS0pLabels2l, p[s0], lab(s0l1), lab(s0l2)), feature(kS0pLabels2r, p[s0], lab(s0r1), lab(s0r2)),
      feature(kB0pLabels2l, p[b0], lab(b0l1), lab(b0l2)),
      feature(kS0wLset, w[s0], set(st.lset, s0)), feature(kS0pLset, p[s0], set(st.lset, s0)),
      feature(kS0pRset, p[s0], set(st.rset, s0)), feature(kB0pLset, p[b0], set(st.lset, b0)),
      feature(kS1pRset, p[s1], set(st.rset, s1)),
  });
}

// Whether class c may be applied in `st`. The root label only on the arc to
// the root (LEFT with the root as b0), and that arc only from the last word left.
bool legal(const State& st, std::uint32_t c, std::uint32_t root) {
  if (c == kShift) return st.can_shift();
  const std::uint32_t l = label_of(c);
  if (is_left(c)) return st.can_left() && ((st.b == st.n) == (l == root));
  return st.can_right() && l != root;
}

std::uint32_t best_legal(const State& st, const float* scores, std::uint32_t classes, std::uint32_t root) {
  std::uint32_t best = std::numeric_limits<std::uint32_t>::max();
  float best_score = 0;
  for (std::uint32_t c = 0; c < classes; ++c) {
    if (!legal(st, c, root)) continue;
    if (best == std::numeric_limits<std::uint32_t>::max() || scores[c] > best_score) best = c, best_score = scores[c];
  }
  return best;
}

// ---- the dynamic oracle ----------------------------------------------------

// The gold tree with the root as index n (gold_head[d] == n for the root word).
struct Gold {
  std::vector<int> head;
  std::vector<int> label;
};

// Gold arcs made unreachable by each kind of transition (Goldberg & Nivre 2013, arc-hybrid).
int dependents_in_buffer(const State& st, const Gold& g, int h) {
  int c = 0;
  for (int d = st.b; d < st.n; ++d) c += g.head[d] == h;
  return c;
}

int shift_cost(const State& st, const Gold& g) {
  int c = 0;
  const int b = st.b;
  for (std::size_t i = 0; i < st.stack.size(); ++i) {
    const int k = st.stack[i];
    if (i + 1 < st.stack.size() && g.head[b] == k) ++c;
    if (g.head[k] == b) ++c;
  }
  return c;
}

int left_arc_cost(const State& st, const Gold& g) {
  const int s0 = st.s(0), s1 = st.s(1), gh = g.head[s0];
  int c = (gh != st.b && ((s1 != kNone && gh == s1) || gh > st.b)) ? 1 : 0;
  return c + dependents_in_buffer(st, g, s0);
}

int right_arc_cost(const State& st, const Gold& g) {
  const int s0 = st.s(0);
  return (g.head[s0] >= st.b ? 1 : 0) + dependents_in_buffer(st, g, s0);
}

// The cost of every legal class (max int for illegal ones).
void costs(const State& st, const Gold& g, std::uint32_t classes, std::uint32_t root, std::vector<int>& out) {
  out.assign(classes, std::numeric_limits<int>::max());
  if (legal(st, kShift, root)) out[kShift] = shift_cost(st, g);
  const int left = st.can_left() ? left_arc_cost(st, g) : 0;
  const int right = st.can_right() ? right_arc_cost(st, g) : 0;
  const int s0 = st.s(0), s1 = st.s(1);
  for (std::uint32_t c = 1; c < classes; ++c) {
    if (!legal(st, c, root)) continue;
    const int l = static_cast<int>(label_of(c));
    if (is_left(c)) out[c] = left + (g.head[s0] == st.b && g.label[s0] != l ? 1 : 0);
    else out[c] = right + (g.head[s0] == s1 && g.label[s0] != l ? 1 : 0);
  }
}

// The best-scoring class among the cheapest ones.
std::uint32_t best_cheapest(const std::vector<int>& cost, const std::vector<float>& scores) {
  const int min = *std::min_element(cost.begin(), cost.end());
  std::uint32_t best = 0;
  bool found = false;
  for (std::uint32_t c = 0; c < cost.size(); ++c) {
    if (cost[c] != min) continue;
    if (!found || scores[c] > scores[best]) best = c, found = true;
  }
  return best;
}

void train_sentence(const TreeSentence& s, std::uint32_t root, bool explore, std::uint64_t& rng,
                    PerceptronTrainer& trainer) {
  const int n = static_cast<int>(s.heads.size());
  if (n == 0) return;
  Gold g{std::vector<int>(n), std::vector<int>(n)};
  for (int i = 0; i < n; ++i) {
    g.head[i] = s.heads[i] == 0 ? n : static_cast<int>(s.heads[i]) - 1;
    g.label[i] = static_cast<int>(s.labels[i]);
  }
  const SentenceKeys keys(s.keys, s.tags);
  State st(n);
  std::vector<std::uint64_t> feats;
  std::vector<float> scores;
  std::vector<int> cost;
  while (!st.terminal()) {
    parser_features(st, keys, feats);
    trainer.score(feats, scores);
    const std::uint32_t guess = best_legal(st, scores.data(), trainer.classes(), root);
    costs(st, g, trainer.classes(), root, cost);
    const std::uint32_t truth = best_cheapest(cost, scores);
    trainer.update(feats, cost[guess] == cost[truth] ? guess : truth, guess);
    rng += 0x9e3779b97f4a7c15ULL;
    const bool follow_guess = cost[guess] == cost[truth] || (explore && mix64(rng) % 10 != 0);
    st.apply(follow_guess ? guess : truth);
  }
}

}  // namespace

Parser::Parser(std::vector<std::string> labels, LinearModel model) : labels_(std::move(labels)), model_(std::move(model)) {
  auto it = std::find(labels_.begin(), labels_.end(), "root");
  if (it == labels_.end()) throw Error("parser model: the label set has no 'root'");
  root_ = static_cast<std::uint32_t>(it - labels_.begin());
  if (model_.classes() != 1 + 2 * labels_.size())
    throw Error("parser model: " + std::to_string(model_.classes()) + " classes for " +
                std::to_string(labels_.size()) + " labels");
}

Tree Parser::parse(const std::vector<WordKeys>& keys, const std::vector<std::uint32_t>& tags) const {
  const int n = static_cast<int>(tags.size());
  Tree tree{std::vector<std::uint32_t>(n, 0), std::vector<std::uint32_t>(n, root_)};
  if (n == 0) return tree;
  thread_local SentenceKeys k;  // scratch reused across sentences: no allocation per sentence
  thread_local State st;
  thread_local std::vector<std::uint64_t> feats;
  thread_local std::vector<float> scores;
  k.reset(keys, tags);
  st.reset(n);
  scores.resize(model_.classes());
  while (!st.terminal()) {
    if (st.stack.empty()) {  // nothing to attach: SHIFT is the only move, no need to score it
      st.apply(kShift);
      continue;
    }
    parser_features(st, k, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.score(feats, scores.data());
    st.apply(best_legal(st, scores.data(), model_.classes(), root_));
  }
  for (int i = 0; i < n; ++i) {
    tree.heads[i] = st.head[i] == n ? 0 : static_cast<std::uint32_t>(st.head[i] + 1);
    tree.labels[i] = static_cast<std::uint32_t>(st.label[i]);
  }
  return tree;
}

Parser train_parser(const std::vector<TreeSentence>& data, std::vector<std::string> labels, int epochs,
                    std::uint64_t seed) {
  auto it = std::find(labels.begin(), labels.end(), "root");
  if (it == labels.end()) throw Error("train-parser: the training data has no 'root' relation");
  const auto root = static_cast<std::uint32_t>(it - labels.begin());
  PerceptronTrainer trainer(static_cast<std::uint32_t>(1 + 2 * labels.size()));
  std::uint64_t rng = seed;
  for (int epoch = 0; epoch < epochs; ++epoch)
    for (std::size_t s : shuffled_order(data.size(), seed + static_cast<std::uint64_t>(epoch)))
      train_sentence(data[s], root, epoch > 0, rng, trainer);
  return Parser(std::move(labels), trainer.average());
}

}  // namespace kg::extract::parse
