#pragma once
// A table of the bytes that belong to a class, for the escape functions that
// copy runs of plain bytes (IRIs, Turtle local names, XML text, NMTOKENs).

#include <string_view>

namespace kg {

// The ASCII letters and digits plus the bytes of `extra`. Constexpr: a
// file-scope constant is built at compile time. Immutable, thread-safe.
class ByteClass {
 public:
  constexpr explicit ByteClass(std::string_view extra) {
    for (int c = 'a'; c <= 'z'; ++c) in_[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) in_[c] = true;
    for (int c = '0'; c <= '9'; ++c) in_[c] = true;
    for (char c : extra) in_[static_cast<unsigned char>(c)] = true;
  }

  // True when byte `c` belongs to the class.
  constexpr bool operator()(char c) const { return in_[static_cast<unsigned char>(c)]; }

 private:
  bool in_[256] = {};
};

}  // namespace kg
