#include "export/chunked_out.h"

#include <cerrno>
#include <cstring>

#include "base/error.h"

namespace kg::exporters {

ChunkedOut ChunkedOut::to_file(FILE* out, const std::string& what) {
  return ChunkedOut([out, what](const std::string& chunk) {
    if (std::fwrite(chunk.data(), 1, chunk.size(), out) != chunk.size()) throw Error("writing " + what, std::strerror(errno));
  });
}

ChunkedOut ChunkedOut::to_string(std::string* out) {
  return ChunkedOut([out](const std::string& chunk) { out->append(chunk); });
}

}  // namespace kg::exporters
