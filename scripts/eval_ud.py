#!/usr/bin/env python3
"""LAS, UAS and UPOS of `kgraph analyze` from raw text against held-out UD treebanks.

Each gold sentence's `# text` is one JSONL document (id = sent_id), analysed in one
`kgraph analyze --lang L` run. kgraph's words are aligned to the gold words by form
(longest common subsequence, as the CoNLL 2018 shared task aligns system and gold
words). A gold word counts for UAS when its predicted head is the word aligned to
its gold head (or both are the root), and for LAS when the universal relation (the
part before ':') matches too. Denominator: every gold word (unaligned words are
errors). Also prints UPOS accuracy, tokenisation agreement (share of gold words
aligned) and, with --relations, LAS per gold relation.

Held-out files only: ../shared/train/ud/fr/dev.conllu and ../shared/train/ud/en/dev.conllu
(the models are trained on train-written.conllu and train.conllu).

usage: scripts/eval_ud.py [--kgraph build/release/kgraph] [--shared ../shared]
                          [--lang fr --lang en] [--relations]
"""
import argparse
import collections
import difflib
import json
import os
import subprocess
import sys
import tempfile


def read_gold(path):
    """(sentence id, text, [(form, head, relation, upos)]) per sentence; heads 1-based, 0 = root."""
    sentences, sid, text, words = [], None, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sid = line[len("# sent_id = "):]
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line:
                if words:
                    sentences.append((sid, text, words))
                sid, text, words = None, None, []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                words.append((cols[1], int(cols[6]), cols[7].split(":")[0], cols[3]))
    if words:
        sentences.append((sid, text, words))
    return sentences


def read_predicted(conllu):
    """doc id -> [(form, head index in the document or -1 for the root, relation, upos)]."""
    docs, doc, offset, sentence = {}, None, 0, []

    def close_sentence():
        nonlocal offset, sentence
        for form, head, rel, upos in sentence:
            docs[doc].append((form, -1 if head == 0 else offset + head - 1, rel, upos))
        offset += len(sentence)
        sentence = []

    for line in conllu.splitlines():
        if line.startswith("# newdoc id = "):
            close_sentence()
            doc, offset = line[len("# newdoc id = "):], 0
            docs.setdefault(doc, [])
        elif not line:
            close_sentence()
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            head = int(cols[6]) if cols[6].isdigit() else -2
            sentence.append((cols[1], head, cols[7].split(":")[0], cols[3]))
    close_sentence()
    return docs


def alignment(gold_forms, predicted_forms):
    """gold index -> predicted index for the words of a longest common subsequence of forms."""
    matcher = difflib.SequenceMatcher(a=gold_forms, b=predicted_forms, autojunk=False)
    return {a + k: b + k for a, b, n in matcher.get_matching_blocks() for k in range(n)}


def evaluate(kgraph, path, lang, relations):
    gold = read_gold(path)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = os.path.join(tmp, "sentences.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for sid, text, _ in gold:
                f.write(json.dumps({"id": sid, "text": text, "lang": lang}, ensure_ascii=False) + "\n")
        run = subprocess.run([kgraph, "analyze", "--lang", lang, jsonl], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"eval_ud: kgraph analyze failed ({run.returncode}): {run.stderr[:500]}")
    predicted = read_predicted(run.stdout)
    total = aligned = uas = las = upos = 0
    per_rel = collections.defaultdict(lambda: [0, 0])
    for sid, _, words in gold:
        pred = predicted.get(sid, [])
        g2p = alignment([w[0] for w in words], [p[0] for p in pred])
        for i, (_, head, rel, gold_upos) in enumerate(words):
            total += 1
            per_rel[rel][1] += 1
            j = g2p.get(i)
            if j is None:
                continue
            aligned += 1
            upos += pred[j][3] == gold_upos
            p_head = pred[j][1]
            attached = (head == 0 and p_head == -1) or (head > 0 and p_head >= 0 and g2p.get(head - 1) == p_head)
            uas += attached
            if attached and pred[j][2] == rel:
                las += 1
                per_rel[rel][0] += 1
    print(f"{lang} {os.path.relpath(path)}: LAS {las / total:.4f} UAS {uas / total:.4f} UPOS {upos / total:.4f} "
          f"tokens {aligned / total:.4f} ({total} gold words)")
    if relations:
        for rel, (ok, n) in sorted(per_rel.items(), key=lambda kv: -kv[1][1]):
            print(f"  {rel:12} {n:6} LAS {ok / n:.3f}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kgraph", default=os.path.join(here, "..", "build", "release", "kgraph"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--lang", action="append", choices=["fr", "en"])
    ap.add_argument("--relations", action="store_true", help="LAS per gold relation")
    args = ap.parse_args()
    for lang in args.lang or ["fr", "en"]:
        evaluate(args.kgraph, os.path.join(args.shared, "train", "ud", lang, "dev.conllu"), lang, args.relations)


if __name__ == "__main__":
    main()
