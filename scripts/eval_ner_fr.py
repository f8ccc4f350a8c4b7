#!/usr/bin/env python3
"""French named-entity mentions of `kgraph build` against WikiNEuRal fr val
(../shared/eval/ner-fr/fr_val.conllu: silver IOB2 tags PER LOC ORG MISC on
Wikipedia sentences; not part of make test).

Each sentence becomes one document (tokens joined as text is written: no space
after an elided "d'", none before , . ) and the like). kgraph builds them with
--lang fr --explain-merges; the mentions are the rows of merges.tsv that are
no Concept. A mention counts when its text equals a gold entity's text in the
same sentence (untyped, exact span), each gold entity matched at most once.
Prints precision, recall, F1, how often the graph node's type (Person ->
PER, Organization -> ORG, Country/City/Place -> LOC, else MISC) is the gold
type, and recall by gold type.

Usage: scripts/eval_ner_fr.py [--kgraph PATH] [--shared DIR] [--sentences N] [--show K]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# graph node types -> the CoNLL-2003 types of the gold
TYPES = {"Person": "PER", "Organization": "ORG", "Country": "LOC", "City": "LOC", "Place": "LOC",
         "Event": "MISC", "Other": "MISC", "Thing": "MISC"}
NO_SPACE_BEFORE = {",", ".", ")", ":", ";", "?", "!", "%", "]", "..."}
NO_SPACE_AFTER = {"(", "["}


def read_sentences(path, limit):
    """[(tokens, [(type, first, last)])] for the first `limit` sentences."""
    out, tokens, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    out.append((tokens, spans_of(tags)))
                    tokens, tags = [], []
                    if len(out) == limit:
                        break
                continue
            tok, tag = line.split("\t")[-2:]  # CoNLL (index, token, tag) or BIO (token, tag)
            tokens.append(tok)
            tags.append(tag)
    if tokens and len(out) < limit:
        out.append((tokens, spans_of(tags)))
    return out


def spans_of(tags):
    spans, start, kind = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == kind):
            spans.append((kind, start, i))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, kind = i, t[2:]
    return spans


def join(tokens):
    """The sentence text and each token's character offset in it."""
    text, offsets = "", []
    for i, tok in enumerate(tokens):
        if i > 0 and not (tok in NO_SPACE_BEFORE or tokens[i - 1].endswith("'") or tokens[i - 1] in NO_SPACE_AFTER):
            text += " "
        offsets.append(len(text))
        text += tok
    return text, offsets


def norm(s):
    return s.replace("\u2019", "'").replace("\u00a0", " ").strip().lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgraph", default=os.path.join(ROOT, "build", "release", "kgraph"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--show", type=int, default=0, help="print K false positives and K misses")
    a = ap.parse_args()
    gold_path = os.path.join(a.shared, "eval", "ner-fr", "fr_val.conllu")
    return evaluate(gold_path, "fr", a.kgraph, a.sentences, a.show)


def evaluate(gold_path, lang, kgraph, limit, show, skip_types=()):
    """Builds the gold file's sentences with kgraph and prints the scores;
    mentions whose graph type maps to one of `skip_types` are left out (for a
    gold that does not annotate that type)."""
    if not os.path.exists(gold_path):
        print(f"eval_ner: {gold_path} not found; nothing to measure")
        return 0
    sents = read_sentences(gold_path, limit)
    gold = {}
    with tempfile.TemporaryDirectory() as tmp:
        docs = os.path.join(tmp, "ner.jsonl")
        with open(docs, "w", encoding="utf-8") as f:
            for n, (tokens, spans) in enumerate(sents):
                text, offsets = join(tokens)
                doc = f"s{n:05d}"
                gold[doc] = [(kind, norm(text[offsets[b]:offsets[e - 1] + len(tokens[e - 1])])) for kind, b, e in spans]
                f.write(json.dumps({"id": doc, "text": text}, ensure_ascii=False) + "\n")
        out = os.path.join(tmp, "out")
        r = subprocess.run([kgraph, "build", "--lang", lang, "--keep-boilerplate", docs, "-o", out,
                            "--formats", "json", "--explain-merges"], capture_output=True, text=True)
        if r.returncode not in (0, 1):
            sys.exit("kgraph build failed: " + r.stderr[-2000:])
        with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
            node_type = {n["id"]: TYPES.get(n["type"], "MISC") for n in json.load(f)["nodes"]}
        pred = collections.defaultdict(list)
        with open(os.path.join(out, "merges.tsv"), encoding="utf-8") as f:
            next(f)
            for line in f:
                doc, _, begin, end, mention, entity = line.rstrip("\n").split("\t")[:6]
                kind = node_type.get(entity, "MISC")
                if not entity.startswith("Concept_") and kind not in skip_types:
                    pred[doc].append((int(begin), norm(mention), kind))
    tp = n_pred = n_gold = typed = 0
    by_type = collections.Counter()
    by_type_found = collections.Counter()
    confusion = collections.Counter()  # (gold type, graph type) of the matches
    false_pos, misses, mistyped = [], [], []
    for doc, golds in gold.items():
        # one prediction per span (merges.tsv may list a mention once per entity it joins)
        seen, preds = set(), []
        for begin, text, kind in pred.get(doc, []):
            if (begin, text) not in seen:
                seen.add((begin, text))
                preds.append((text, kind))
        left = list(golds)
        n_gold += len(golds)
        n_pred += len(preds)
        for kind, _ in golds:
            by_type[kind] += 1
        for p, kind in preds:
            hit = next((i for i, (_, g) in enumerate(left) if g == p), None)
            if hit is None:
                false_pos.append((doc, p))
                continue
            tp += 1
            typed += kind == left[hit][0]
            if kind != left[hit][0]:
                mistyped.append((doc, p, left[hit][0], kind))
            confusion[(left[hit][0], kind)] += 1
            by_type_found[left[hit][0]] += 1
            left.pop(hit)
        misses += [(doc, g, k) for k, g in left]
    p = tp / n_pred if n_pred else 0
    rc = tp / n_gold if n_gold else 0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0
    print(f"sentences {len(sents)}, gold entities {n_gold}, kgraph mentions {n_pred}, exact matches {tp}")
    print(f"precision {p:.3f}  recall {rc:.3f}  F1 {f1:.3f}")
    print(f"typed (the graph node's type is the gold type): {typed / tp if tp else 0:.3f} of the matches; "
          f"typed F1 {2 * typed / (n_pred + n_gold) if n_pred + n_gold else 0:.3f}")
    print("recall by gold type: " + ", ".join(
        f"{k} {by_type_found[k] / by_type[k]:.3f} ({by_type[k]})" for k in sorted(by_type)))
    if show:
        print("type confusions (gold -> graph): " + ", ".join(
            f"{g}->{k} {n}" for (g, k), n in confusion.most_common() if g != k))
    for doc, text, g, k in mistyped[:show]:
        print(f"  typed  {doc}: {text} ({g} -> {k})")
    for doc, text in false_pos[:show]:
        print(f"  extra  {doc}: {text}")
    for doc, text, kind in misses[:show]:
        print(f"  missed {doc}: {text} ({kind})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
