#pragma once
// CoNLL-U output of the analyse stage (https://universaldependencies.org/format.html).

#include <string>

#include "extract/model/analysed.h"

namespace kg::extract {

// Appends `doc` to `out` as CoNLL-U: "# newdoc id = <doc id>", then per
// sentence "# sent_id = <doc id>-<n>" (1-based) and "# text = <sentence text>"
// (newlines folded to spaces), then one line per word: ID, FORM, LEMMA, UPOS
// (the trained tagger's when the sentence was parsed, else the Apertium mapping),
// XPOS (the Apertium tags, dot-joined: "vblex.fti.p3.sg"; "_" when unknown),
// FEATS "_", HEAD and DEPREL (the parser's tree; "_" when not parsed), DEPS "_",
// MISC (TokenRange=begin:end in bytes
// of the document text, SpaceAfter=No when the next token is glued, and
// Unknown=Yes for words the dictionary does not know). A token of several words
// is written as a multiword line "i-j FORM" carrying the TokenRange, then its
// words. Tabs and newlines inside fields become spaces. Each sentence ends with
// an empty line. Deterministic.
void write_conllu(const AnalysedDocument& doc, std::string& out);

}  // namespace kg::extract
