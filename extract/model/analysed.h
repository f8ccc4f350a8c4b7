#pragma once
// The output of the analyse stage: sentences of tokens with lemmas, Apertium
// tags, Universal POS and byte spans into Document::text.

#include <cstdint>
#include <string>
#include <vector>

#include "extract/model/document.h"

namespace kg::extract {

// One syntactic word: what gets a lemma and a POS. Most tokens hold one word;
// a contraction the analyser splits ("du" = de + le, "au" = à + le) holds
// several, written in CoNLL-U as a multiword token.
struct Word {
  std::string form;   // surface of this word ("de", "le" for "du"; the whole token otherwise)
  std::string lemma;  // "réduire"; the surface when unknown
  std::string tags;   // Apertium tags as the analyser writes them: "vblex.fti.p3.sg"
  std::string upos;   // Universal POS: "VERB", "PROPN", ...
  bool unknown = false;  // the analyser did not know the word (Apertium's '*')
};

// One orthographic token: a contiguous span of the text. A multiword lexical
// unit of the dictionary ("Fédération de Russie", "à cause de") is written as
// its separate words, one token each, as Universal Dependencies does; only a
// number in digit groups ("2 500") is one token with a space in it.
struct Token {
  std::uint32_t begin = 0;  // byte offset into Document::text, half-open [begin, end)
  std::uint32_t end = 0;
  std::string surface;      // text.substr(begin, end - begin)
  std::vector<Word> words;  // at least one
};

// The syntax of one word, from the trained tagger and dependency parser
// (extract/parse): its Universal POS in context, its head and its Universal
// Dependencies relation ("nsubj", "obl:arg", "acl:relcl"...).
struct Syntax {
  std::string upos;      // the tagger's UPOS (Word::upos is the Apertium mapping)
  std::uint32_t head = 0;  // 1-based index of the head word in the sentence; 0 = the root
  std::string deprel;    // "root" for the one word whose head is 0
};

// One sentence: a half-open byte span of the text and its tokens in order.
struct Sentence {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::vector<Token> tokens;
  // One entry per word, in word order (the words of tokens[0], then of
  // tokens[1]...), when the sentence was parsed; empty otherwise. A parsed
  // sentence is one tree: exactly one word has head 0, no cycles.
  std::vector<Syntax> syntax;
};

// A document and its analysis; owns both. Plain value type.
struct AnalysedDocument {
  Document doc;
  std::vector<Sentence> sentences;
};

}  // namespace kg::extract
