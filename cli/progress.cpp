#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace kg::cli {

Progress::Progress() : enabled_(::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}

void Progress::update(std::size_t done) {
  if (!enabled_) return;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (secs < 1.0) return;
  std::fprintf(stderr, "\r\033[K[kgraph] %zu documents, %.0f s, %.1f docs/s", done, secs,
               secs > 0 ? static_cast<double>(done) / secs : 0.0);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
}

}  // namespace kg::cli
