#!/usr/bin/python3
"""Measure fact extraction on news: French OrangeSum articles, English BBC articles.

Usage: scripts/eval_facts.py [--kgraph build/release/kgraph]
                             [--corpus ../shared/corpora/orangesum-fr/orangesum.jsonl]
                             [--first 20001] [--last 20200] [--sample 40] [--seed 11]
       scripts/eval_facts.py --lang en [--corpus ../shared/corpora/bbc-news/politics] [--first 1 --last 100]

Runs `kgraph extract --format jsonl` on lines FIRST..LAST (1-based) of the
corpus (field "article"), or on the FIRST..LAST files (sorted) of a folder of
.txt articles, and prints: facts per article, the share of facts
with a named entity at both ends / at least one end, entities per article, the rules that fired,
modality and confidence bands, and a random sample of facts (sorted by
confidence) to judge by hand.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile


def read_text(path):
    """The file as UTF-8, or Latin-1 when it is not valid UTF-8 (some BBC articles)."""
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgraph", default=os.path.join(here, "..", "build", "release", "kgraph"))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpora", "orangesum-fr",
                                                     "orangesum.jsonl"))
    ap.add_argument("--lang", choices=["fr", "en"], default="fr")
    ap.add_argument("--first", type=int)
    ap.add_argument("--last", type=int)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    if a.lang == "en" and a.corpus.endswith("orangesum.jsonl"):
        a.corpus = os.path.join(here, "..", "..", "shared", "corpora", "bbc-news", "politics")
    if a.first is None:
        a.first = 1 if os.path.isdir(a.corpus) else 20001
    if a.last is None:
        a.last = 100 if os.path.isdir(a.corpus) else 20200
    if not os.path.exists(a.corpus):
        sys.exit(f"corpus not found: {a.corpus}")
    with tempfile.TemporaryDirectory() as tmp:
        part = os.path.join(tmp, "part.jsonl")
        n = 0
        if os.path.isdir(a.corpus):
            names = sorted(f for f in os.listdir(a.corpus) if f.endswith(".txt"))[a.first - 1:a.last]
            lines = [json.dumps({"id": f[:-4], "article": read_text(os.path.join(a.corpus, f))}) + "\n"
                     for f in names]
        else:
            lines = open(a.corpus, encoding="utf-8")
        with open(part, "w", encoding="utf-8") as dst:
            for i, line in enumerate(lines, 1 if os.path.isdir(a.corpus) else 1):
                if os.path.isdir(a.corpus):
                    dst.write(line)
                    n += 1
                    continue
                if a.first <= i <= a.last:
                    dst.write(line)
                    n += 1
                elif i > a.last:
                    break
        out = subprocess.run([a.kgraph, "extract", "--lang", a.lang, "--format", "jsonl", part],
                             capture_output=True, text=True)
        # entities per article: the distinct entities each document's mentions became
        graph_dir = os.path.join(tmp, "graph")
        built = subprocess.run([a.kgraph, "build", "--lang", a.lang, part, "-o", graph_dir, "--formats", "json",
                                "--explain-merges"], capture_output=True, text=True)
        if built.returncode not in (0, 1):  # 1: some input skipped (reported on stderr)
            sys.exit("kgraph build failed: " + built.stderr)
        with open(os.path.join(graph_dir, "merges.tsv"), encoding="utf-8") as f:
            rows = [l.rstrip("\n").split("\t") for l in f][1:]
        doc_entities = {(r[0], r[5]) for r in rows if not r[5].startswith("Concept_")}
        with open(os.path.join(graph_dir, "graph.json"), encoding="utf-8") as f:
            graph_edges = len(json.load(f)["edges"])
    facts = [json.loads(l) for l in out.stdout.split("\n") if l.strip()]
    if not facts:
        sys.exit("no facts: " + out.stderr)
    both = sum(1 for f in facts if f["subject"]["entity"] and f["object"]["entity"])
    one = sum(1 for f in facts if f["subject"]["entity"] or f["object"]["entity"])
    docs = {f["doc"] for f in facts}
    print(f"articles {n}, with facts {len(docs)}, facts {len(facts)}, per article {len(facts) / n:.2f}")
    print(f"named entity at both ends {both} ({100 * both / len(facts):.1f}%), "
          f"at least one {one} ({100 * one / len(facts):.1f}%)")
    print(f"entities per article {len(doc_entities) / n:.2f} (distinct per document, from merges.tsv); "
          f"graph edges (kgraph build, confidence >= 0.15) {graph_edges}")
    print("rules:", collections.Counter(f["rule"].split("+")[0] for f in facts).most_common())
    print("modality:", collections.Counter(f["modality"] for f in facts).most_common())
    print("negated:", sum(f["negated"] for f in facts),
          " untranslated predicates:", sum(1 for f in facts if not f["predicate"]["translated"]))
    for lo, hi in [(0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 1.01)]:
        print(f"confidence [{lo}, {hi}): {sum(1 for f in facts if lo <= f['confidence'] < hi)}")
    random.seed(a.seed)
    sample = sorted(random.sample(facts, min(a.sample, len(facts))), key=lambda f: -f["confidence"])
    for i, f in enumerate(sample, 1):
        neg = " [NEG]" if f["negated"] else ""
        mod = "" if f["modality"] == "asserted" else f" ({f['modality']})"
        print(f"{i:2d} {f['confidence']:.2f} {f['rule']:<24} {f['subject']['text']} | "
              f"{f['predicate']['label']}{neg}{mod} | {f['object']['text']} || {f['text'][:160]}")


if __name__ == "__main__":
    main()
