#include "extract/lang/fr/module.h"

#include "extract/lang/ner_mentions.h"
#include "extract/lang/fr/clause_fr.h"
#include "extract/lang/fr/fact_fr.h"
#include "extract/lang/fr/mention_fr.h"
#include "extract/lang/fr/rules.h"

namespace kg::extract::fr {

namespace {

// The rules' mentions, typed and completed by the trained tagger (extract/lang/ner_mentions.h).
std::vector<Mention> tagged_mentions(const std::vector<FlatWord>& words, const std::string& text, std::size_t sentence,
                                     std::vector<int>& word_mention) {
  std::vector<Mention> out = find_mentions(words, text, sentence, word_mention);
  apply_ner("fr", words, text, sentence, out, word_mention);
  return out;
}

// The chunk-based French rules over one sentence.
void sentence_facts(const SentenceContext& c, AgentHistory& history, BilingualDictionary* dict,
                    std::vector<Fact>& out) {
  const std::vector<Chunk> chunks = chunk_sentence(*c.words, *c.word_mention);
  SentenceInput in;
  in.doc = c.doc;
  in.index = c.index;
  in.begin = c.begin;
  in.end = c.end;
  in.words = c.words;
  in.chunks = &chunks;
  in.mentions = c.mentions;
  in.lexicon = c.lexicon;
  extract_facts(in, history, dict, out);
}

}  // namespace

const AnalysisModule& analysis_module() {
  static const AnalysisModule m{"fr", "apertium-fr-es/fr-es.automorf.bin", "apertium-fr-es/fr-es.prob", &prune,
                                &refine_tokens, &refine};
  return m;
}

const FactModule& fact_module() {
  static const FactModule m{"fr", &tagged_mentions, &sentence_facts,
                            {"apertium-fra-cat/fra-cat.autobil.bin", "apertium-eng-cat/cat-eng.autobil.bin"},
                            /*kb_names=*/true};
  return m;
}

}  // namespace kg::extract::fr
