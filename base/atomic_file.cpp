#include "base/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/error.h"

namespace kg {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  tmp_ = path_ + ".tmp-" + std::to_string(::getpid());
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (file_ == nullptr) throw Error("cannot write " + path_, std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (file_ != nullptr) {
    std::fclose(file_);
    std::remove(tmp_.c_str());
  }
}

void AtomicFile::write(const std::string& bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
    throw Error("cannot write " + path_, std::strerror(errno));
}

void AtomicFile::commit() {
  if (file_ == nullptr) return;
  bool ok = std::fflush(file_) == 0;
  ok = (std::fclose(file_) == 0) && ok;
  file_ = nullptr;
  if (!ok) {
    std::remove(tmp_.c_str());
    throw Error("cannot write " + path_, std::strerror(errno));
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    int e = errno;
    std::remove(tmp_.c_str());
    throw Error("cannot rename into " + path_, std::strerror(e));
  }
}

}  // namespace kg
