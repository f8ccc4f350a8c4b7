#!/usr/bin/env python3
"""UPOS accuracy of `kgraph analyze` against Universal Dependencies treebanks.

For each gold sentence, its `# text` becomes one JSONL document (id = sent_id);
`kgraph analyze --lang L --keep-boilerplate` analyses them all in one run, and
every gold word is compared with the predicted word that covers the same
characters (whitespace ignored; typographic quotes folded as kgraph's
normaliser folds them). A gold word inside a multiword token (du = de + le) is
compared with the predicted word at the same position inside the predicted
token when both split it the same way. A gold word whose characters fall
inside a larger predicted unit ("à cause de") takes that unit's UPOS.

Usage: scripts/eval_upos.py [--kgraph build/release/kgraph] [--shared ../shared]
                            [--treebank fr_gsd ...] [--confusion N]
                            [--samples N [--only GOLD[:PRED]]]
Prints one line per treebank: words, correct, accuracy, tokenisation agreement.
"""
import argparse
import collections
import difflib
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

TREEBANKS = {  # name -> (file, language)
    "fr_gsd": ("fr_gsd-ud-dev.conllu", "fr"),
    "fr_sequoia": ("fr_sequoia-ud-dev.conllu", "fr"),
    "en_ewt": ("en_ewt-ud-dev.conllu", "en"),
}

FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",
                      "\u201c": '"', "\u201d": '"', "\u201e": '"',
                      "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-",
                      "\u201b": "'", "\u00b4": "'", "\uff07": "'", "\u201f": '"', "\u2033": '"',
                      "\uff02": '"', "\u00ab": '"', "\u00bb": '"', "\u2039": '"', "\u203a": '"',
                      "\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2026": "..."})


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(FOLD)
    return "".join(ch for ch in s if not ch.isspace() and unicodedata.category(ch) not in ("Cf",))


def read_conllu(path):
    """Yields (id, text, tokens); token = (surface, [(form, upos), ...])."""
    sent_id, text, tokens, skip_until = None, None, [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    yield sent_id, text, tokens
                sent_id, text, tokens, skip_until = None, None, [], 0
                continue
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):]
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif line.startswith("#"):
                continue
            else:
                cols = line.split("\t")
                tid = cols[0]
                if "." in tid:
                    continue
                if "-" in tid:
                    a, b = map(int, tid.split("-"))
                    tokens.append([cols[1], []])
                    skip_until = b
                    continue
                if skip_until and int(tid) <= skip_until:
                    tokens[-1][1].append((cols[1], cols[3]))
                    continue
                tokens.append([cols[1], [(cols[1], cols[3])]])
    if tokens:
        yield sent_id, text, tokens


def read_predictions(text):
    """Maps doc id -> list of tokens (surface, [(form, upos), ...])."""
    docs, cur, mwt_end = {}, None, 0
    for line in text.splitlines():
        if line.startswith("# newdoc id = "):
            cur = docs.setdefault(line[len("# newdoc id = "):], [])
            mwt_end = 0
            continue
        if not line or line.startswith("#"):
            if not line:
                mwt_end = 0
            continue
        cols = line.split("\t")
        tid = cols[0]
        if "-" in tid:
            a, b = map(int, tid.split("-"))
            cur.append([cols[1], []])
            mwt_end = b
            continue
        if "." in tid:
            continue
        if mwt_end and int(tid) <= mwt_end:
            cur[-1][1].append((cols[1], cols[3]))
            continue
        mwt_end = 0
        cur.append([cols[1], [(cols[1], cols[3])]])
    return docs


def char_spans(tokens):
    spans, pos = [], 0
    for surface, _ in tokens:
        n = len(norm(surface))
        spans.append((pos, pos + n))
        pos += n
    return spans


def score_sentence(gold, pred, stats, confusion, samples=None):
    gstr = "".join(norm(t[0]) for t in gold)
    pstr = "".join(norm(t[0]) for t in pred)
    gspans, pspans = char_spans(gold), char_spans(pred)
    # map gold char index -> pred char index
    if gstr == pstr:
        cmap = list(range(len(gstr)))
    else:
        cmap = [None] * len(gstr)
        sm = difflib.SequenceMatcher(None, gstr, pstr, autojunk=False)
        for a, b, n in sm.get_matching_blocks():
            for k in range(n):
                cmap[a + k] = b + k
    pstart = {}
    owner = [None] * (len(pstr) + 1)
    for i, (a, b) in enumerate(pspans):
        pstart[a] = i
        for k in range(a, b):
            owner[k] = i
    for (surface, words), (a, b) in zip(gold, gspans):
        p = cmap[a] if a < len(cmap) else None
        pi = owner[p] if p is not None else None
        exact = pi is not None and pspans[pi][0] == p and (b == 0 or cmap[b - 1] == pspans[pi][1] - 1)
        stats["tokens"] += 1
        stats["tokens_aligned"] += bool(exact)
        for k, (form, upos) in enumerate(words):
            stats["words"] += 1
            guess = None
            if pi is not None:
                pwords = pred[pi][1]
                if len(words) > 1 and len(pwords) != len(words) and b > 0 and cmap[b - 1] is not None:
                    # A gold multiword token ("It's") the prediction writes as
                    # several tokens ("It" "'s"): compare with their words.
                    last = owner[cmap[b - 1]]
                    if last is not None and pspans[pi][0] == p and pspans[last][1] - 1 == cmap[b - 1]:
                        pwords = [w for q in range(pi, last + 1) for w in pred[q][1]]
                if len(pwords) == len(words):
                    guess = pwords[k][1]
                elif len(pwords) == 1:
                    guess = pwords[0][1]
                else:
                    same = [u for f, u in pwords if norm(f) == norm(form)]
                    guess = same[0] if same else None
            if guess == upos:
                stats["correct"] += 1
            else:
                confusion[(upos, guess or "-")] += 1
                if samples is not None:
                    gi = gold.index([surface, words]) if [surface, words] in gold else 0
                    left = " ".join(t[0] for t in gold[max(0, gi - 4):gi])
                    right = " ".join(t[0] for t in gold[gi + 1:gi + 4])
                    unit = pred[pi][0] if pi is not None else "-"
                    samples.append(f"{upos:>6} -> {guess or '-':6} {left} [[{form}]] {right}"
                                   f"   (pred unit: {unit!r})")


def evaluate(kgraph, shared, name, top, nsamples=0, only=None):
    fname, lang = TREEBANKS[name]
    path = os.path.join(shared, "eval", "ud", fname)
    sents = list(read_conllu(path))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for sid, text, _ in sents:
            f.write(json.dumps({"id": sid, "text": text, "lang": lang}, ensure_ascii=False) + "\n")
        jpath = f.name
    try:
        run = subprocess.run([kgraph, "analyze", "--lang", lang, "--keep-boilerplate", jpath],
                             capture_output=True, text=True)
    finally:
        os.unlink(jpath)
    if run.returncode not in (0, 1):
        sys.exit(f"kgraph analyze failed ({run.returncode}): {run.stderr[-2000:]}")
    preds = read_predictions(run.stdout)
    stats, confusion = collections.Counter(), collections.Counter()
    samples = [] if nsamples else None
    for sid, _, gold in sents:
        score_sentence(gold, preds.get(sid, []), stats, confusion, samples)
    acc = stats["correct"] / max(1, stats["words"])
    tok = stats["tokens_aligned"] / max(1, stats["tokens"])
    print(f"{name}: UPOS {acc:.4f}  ({stats['correct']}/{stats['words']} words; "
          f"tokenisation agreement {tok:.4f})")
    if top:
        for (g, p), n in confusion.most_common(top):
            print(f"    gold {g:6} predicted {p:6} {n}")
    if samples:
        if only:
            g, _, p = only.partition(":")
            samples = [x for x in samples if x.split()[0] == g and (not p or x.split()[2] == p)]
        step = max(1, len(samples) // nsamples)
        for line in samples[::step][:nsamples]:
            print("    " + line)
    return acc


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kgraph", default=os.path.join(here, "..", "build", "release", "kgraph"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--treebank", nargs="*", default=list(TREEBANKS), choices=list(TREEBANKS))
    ap.add_argument("--confusion", type=int, default=0, help="print the N most frequent errors")
    ap.add_argument("--samples", type=int, default=0,
                    help="print N errors (spread over the treebank) with their context")
    ap.add_argument("--only", default=None,
                    help="with --samples: only errors GOLD or GOLD:PRED, e.g. ADJ:NOUN")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "eval", "ud")):
        print(f"eval_upos: {args.shared}/eval/ud not found; nothing to measure")
        return 0
    for name in args.treebank:
        evaluate(args.kgraph, args.shared, name, args.confusion, args.samples, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
