#include "extract/lang/en/module.h"

#include "extract/lang/ner_mentions.h"
#include "extract/lang/en/fact_en.h"
#include "extract/lang/en/mention_en.h"
#include "extract/lang/en/rules.h"

namespace kg::extract::en {

namespace {

// The rules' mentions, typed and completed by the trained tagger (extract/lang/ner_mentions.h).
std::vector<Mention> tagged_mentions(const std::vector<FlatWord>& words, const std::string& text, std::size_t sentence,
                                     std::vector<int>& word_mention) {
  std::vector<Mention> out = find_mentions(words, text, sentence, word_mention);
  apply_ner("en", words, text, sentence, out, word_mention);
  return out;
}

// The English span rules over one sentence.
void sentence_facts(const SentenceContext& c, AgentHistory& history, BilingualDictionary*, std::vector<Fact>& out) {
  SentenceInput in;
  in.doc = c.doc;
  in.index = c.index;
  in.begin = c.begin;
  in.end = c.end;
  in.words = c.words;
  in.mentions = c.mentions;
  in.word_mention = c.word_mention;
  extract_facts(in, history, out);
}

}  // namespace

const AnalysisModule& analysis_module() {
  static const AnalysisModule m{"en", "apertium-eng-spa/eng-spa.automorf.bin", "apertium-eng-spa/eng-spa.prob",
                                &prune, nullptr, &refine};
  return m;
}

const FactModule& fact_module() {
  static const FactModule m{"en", &tagged_mentions, &sentence_facts, {}, /*kb_names=*/false};
  return m;
}

}  // namespace kg::extract::en
