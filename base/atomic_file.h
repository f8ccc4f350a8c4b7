#pragma once
// Writing an output file so that no reader ever sees it half written:
// the content goes to "<path>.tmp-<pid>" and is renamed over <path> on commit.

#include <cstdio>
#include <string>

namespace kg {

// An output file written through a temporary and renamed into place by commit().
// If the object dies before commit() the temporary is removed and <path> is left
// as it was. Throws kg::Error when the temporary cannot be created or the rename
// fails. Not thread-safe; one writer per object.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // The open stdio stream of the temporary file; owned by this object.
  FILE* stream() const { return file_; }

  // Appends bytes; throws kg::Error on a write error.
  void write(const std::string& bytes);

  // Flushes, closes and renames the temporary over the final path.
  void commit();

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string tmp_;
  FILE* file_ = nullptr;
};

}  // namespace kg
