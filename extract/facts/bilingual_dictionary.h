#pragma once
// English labels for source-language lemmas through Apertium bilingual
// dictionaries, chained (French -> Catalan -> English), with lttoolbox's
// FSTProcessor in-process. Only lttoolbox is used here (no Apertium header).

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace kg::extract {

// The immutable bytes of a chain of compiled bilingual dictionaries
// (.autobil.bin), read from disk once. Shared by all threads.
class BilingualData;

// Loads the chain of transducers `files` (paths under `data_dir`, applied in
// order: "apertium-fra-cat/fra-cat.autobil.bin" then
// "apertium-eng-cat/cat-eng.autobil.bin" for French) from `data_dir`. Throws
// kg::Error naming the missing file, or when `files` is empty. Thread-safe;
// the result is immutable.
std::shared_ptr<const BilingualData> load_bilingual(const std::vector<std::string>& files,
                                                    const std::string& data_dir = KG_APERTIUM_DATA_DIR);

// One translator: FST processors over shared BilingualData, with a cache of
// the words it has translated. Thread-safe: translate() takes an internal
// lock, so one instance (one copy of the transducers) serves every thread.
class BilingualDictionary {
 public:
  explicit BilingualDictionary(std::shared_ptr<const BilingualData> data);
  ~BilingualDictionary();
  BilingualDictionary(const BilingualDictionary&) = delete;
  BilingualDictionary& operator=(const BilingualDictionary&) = delete;

  // The first English translation of `lemma` with Apertium tags `tags`
  // ("vblex", "n.f.sg"; the first is the part of speech), lower case, without
  // tags; "" when some dictionary of the chain has no entry. Never throws.
  std::string translate(const std::string& lemma, const std::string& tags);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract
