#pragma once
// The program's version, as CMake's project() declares it.

namespace kg {

// "0.1.0"; a static string, never freed.
inline constexpr const char* kVersion = KG_VERSION;

// "kgraph 0.1.0", as written into every output's generator field.
inline constexpr const char* kGenerator = "kgraph " KG_VERSION;

}  // namespace kg
