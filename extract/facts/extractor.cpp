#include "extract/facts/extractor.h"

#include <future>

#include "extract/facts/bilingual_dictionary.h"
#include "extract/facts/chunk.h"
#include "extract/facts/coreference.h"
#include "extract/lang/en/fact_en.h"
#include "extract/lang/en/mention_en.h"
#include "extract/lang/fr/clause_fr.h"
#include "extract/lang/fr/fact_fr.h"
#include "extract/lang/fr/mention_fr.h"
#include "ontology/kb.h"

namespace kg::extract {

class FactResources {
 public:
  std::shared_ptr<const BilingualData> fr;
  std::shared_ptr<const ontology::KnowledgeBase> kb;  // the bundled KB, for mention types
  // The one French translator every extractor shares (thread-safe), built on
  // a thread of its own while the first documents are read and analysed.
  std::shared_future<std::shared_ptr<BilingualDictionary>> fr_dict;
};

std::shared_ptr<const FactResources> load_fact_resources(const std::string& data_dir) {
  auto r = std::make_shared<FactResources>();
  r->fr = load_bilingual("fr", data_dir);
  r->kb = ontology::KnowledgeBase::load();
  std::shared_ptr<const BilingualData> data = r->fr;
  r->fr_dict = std::async(std::launch::async, [data]() { return std::make_shared<BilingualDictionary>(data); }).share();
  return r;
}

struct FactExtractor::Impl {
  std::shared_ptr<const FactResources> res;
  BilingualDictionary* fr_dict = nullptr;  // owned by res, set on the first French document
};

FactExtractor::FactExtractor(std::shared_ptr<const FactResources> resources) : impl_(std::make_unique<Impl>()) {
  impl_->res = std::move(resources);
}

FactExtractor::~FactExtractor() = default;

namespace {

// A one-word name the dictionary calls a person ("Matignon", "Bercy": first
// names in Apertium) that the KB knows only as a place or an organisation
// (the seats of power) is typed by the KB: no pronoun or role description
// resolves to it as to a person.
void retype_by_kb(const ontology::KnowledgeBase* kb, const std::string& lang, std::vector<Mention>& mentions) {
  if (kb == nullptr) return;
  for (Mention& m : mentions) {
    if (m.type != "PER" || m.how.rfind("dict:np", 0) != 0 || m.text.find(' ') != std::string::npos) continue;
    const std::vector<ontology::Candidate> cands = kb->lookup(m.text, lang);
    if (cands.empty()) continue;
    bool person = false;
    for (const auto& c : cands) person = person || c.entry->type == ontology::EntityType::Person;
    if (person) continue;
    const ontology::EntityType t = cands.front().entry->type;
    m.type = t == ontology::EntityType::Country || t == ontology::EntityType::City ? "GPE" : "ORG";
    m.how = "kb-type";
  }
}

}  // namespace

DocumentFacts FactExtractor::extract(const AnalysedDocument& ad) {
  DocumentFacts out;
  out.doc = ad.doc.id;
  out.lang = ad.doc.lang;
  AgentHistory history;
  for (std::size_t s = 0; s < ad.sentences.size(); ++s) {
    const Sentence& sent = ad.sentences[s];
    std::vector<FlatWord> words = flatten(sent);
    if (words.empty()) continue;
    std::vector<int> word_mention;
    const bool en = ad.doc.lang == "en";
    std::vector<Mention> mentions = en ? en::find_mentions(words, ad.doc.text, s, word_mention)
                                       : fr::find_mentions(words, ad.doc.text, s, word_mention);
    retype_by_kb(impl_->res ? impl_->res->kb.get() : nullptr, ad.doc.lang, mentions);
    if (en) {
      en::SentenceInput in;
      in.doc = &ad.doc;
      in.index = s;
      in.begin = sent.begin;
      in.end = sent.end;
      in.words = &words;
      in.mentions = &mentions;
      in.word_mention = &word_mention;
      en::extract_facts(in, history, out.facts);
    } else if (ad.doc.lang == "fr") {
      if (!impl_->fr_dict && impl_->res && impl_->res->fr_dict.valid()) impl_->fr_dict = impl_->res->fr_dict.get().get();
      std::vector<Chunk> chunks = fr::chunk_sentence(words, word_mention);
      fr::SentenceInput in;
      in.doc = &ad.doc;
      in.index = s;
      in.begin = sent.begin;
      in.end = sent.end;
      in.words = &words;
      in.chunks = &chunks;
      in.mentions = &mentions;
      fr::extract_facts(in, history, impl_->fr_dict, out.facts);
    }
    for (auto& m : mentions) out.mentions.push_back(std::move(m));
  }
  return out;
}

}  // namespace kg::extract
