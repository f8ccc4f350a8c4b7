#include "extract/ingest/directory_walk.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace kg::extract {

namespace fs = std::filesystem;

std::string input_format(const std::string& path) {
  if (path == "-") return "jsonl";
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".txt") return "txt";
  if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
  if (ext == ".html" || ext == ".htm") return "html";
  return "";
}

std::vector<std::string> list_input_files(const std::string& dir, std::vector<std::string>* errors) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    if (errors) errors->push_back(dir + ": " + ec.message());
    return files;
  }
  for (const fs::recursive_directory_iterator end; it != end;) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    std::error_code ec2;
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec2)) it.disable_recursion_pending();
    } else if (it->is_regular_file(ec2) && !input_format(p.string()).empty()) {
      files.push_back(p.string());
    }
    it.increment(ec);
    if (ec) {
      if (errors) errors->push_back(dir + ": " + ec.message());
      break;
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace kg::extract
