#!/usr/bin/env python3
"""Node types of a graph built from OrangeSum articles 20,001-20,200
(../shared/corpora/orangesum-fr/orangesum.jsonl, read as scripts/eval_facts.py
reads it) in one run of `kgraph build`: named nodes (every type but Concept)
by type, and the share typed Other. With --compare, builds the same articles
again with the tagger off (KG_NO_NER=1), alternating the two builds `--runs`
times, and prints both and the ratio of their best wall times.

Usage: scripts/eval_node_types.py [--kgraph PATH] [--corpus FILE] [--first N] [--last N] [--compare] [--runs K]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build(kgraph, part, out, env, threads):
    t0 = time.monotonic()
    r = subprocess.run([kgraph, "build", "--lang", "fr", part, "-o", out, "--formats", "json", "--threads", str(threads)],
                       capture_output=True, text=True, env=env)
    wall = time.monotonic() - t0
    if r.returncode not in (0, 1):
        sys.exit("kgraph build failed: " + r.stderr[-2000:])
    with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
        types = collections.Counter(n["type"] for n in json.load(f)["nodes"])
    return wall, types


def report(name, wall, types):
    named = sum(v for k, v in types.items() if k != "Concept")
    other = types.get("Other", 0)
    print(f"{name}: {named} named nodes, Other {other} ({100.0 * other / named if named else 0:.1f} %), "
          f"build {wall:.2f} s; " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgraph", default=os.path.join(ROOT, "build", "release", "kgraph"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "orangesum-fr", "orangesum.jsonl"))
    ap.add_argument("--first", type=int, default=20001)
    ap.add_argument("--last", type=int, default=20200)
    ap.add_argument("--compare", action="store_true", help="also build with the tagger off (KG_NO_NER=1)")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        print(f"eval_node_types: {a.corpus} not found; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        part = os.path.join(tmp, "part.jsonl")
        with open(a.corpus, encoding="utf-8") as src, open(part, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src, 1):
                if i > a.last:
                    break
                if i >= a.first:
                    dst.write(line)
        on = dict(os.environ)
        on.pop("KG_NO_NER", None)
        off = dict(on, KG_NO_NER="1")
        variants = [("tagger", on)] + ([("no tagger", off)] if a.compare else [])
        best = {}
        for run in range(a.runs if a.compare else 1):
            for name, env in variants:
                wall, types = build(a.kgraph, part, os.path.join(tmp, "out"), env, a.threads)
                if name not in best or wall < best[name][0]:
                    best[name] = (wall, types)
        for name, _ in variants:
            report(name, *best[name])
        if a.compare:
            print(f"build time with the tagger / without: {best['tagger'][0] / best['no tagger'][0]:.3f} "
                  f"(best of {a.runs} runs each, --threads {a.threads})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
