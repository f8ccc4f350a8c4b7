#pragma once
// A progress line on stderr for long runs: shown only when stderr is a
// terminal and the run has lasted more than a second. Not thread-safe; call
// from the thread that drives the pipeline.

#include <chrono>
#include <cstddef>

namespace kg::cli {

class Progress {
 public:
  Progress();
  // Reports `done` documents processed so far.
  void update(std::size_t done);
  // Erases the progress line (if one was drawn).
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace kg::cli
