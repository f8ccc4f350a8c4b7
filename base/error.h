#pragma once
// kg::Error — the one exception type of kgraph, for fatal setup errors
// (a missing dictionary, an unwritable output directory). Bad input in one
// document is never an Error: it is reported as an extract::InputIssue and the
// run goes on. main() turns an Error into one line on stderr and exit code 2.

#include <stdexcept>
#include <string>

namespace kg {

// What went wrong, with its context ("loading /usr/share/apertium/...: no such file").
// Immutable once thrown; safe to copy between threads.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what) : std::runtime_error(what) {}
  Error(const std::string& context, const std::string& reason)
      : std::runtime_error(context + ": " + reason) {}
};

}  // namespace kg
