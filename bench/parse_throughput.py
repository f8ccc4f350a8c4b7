#!/usr/bin/env python3
"""Benchmark: words per second of the tagger and parser alone, one core
(kg_parse_bench), on the first N OrangeSum articles (French) and the first N BBC
articles (English) of ../shared/corpora. Target (issue 11): >= 40k words/s.

Usage: bench/parse_throughput.py [--shared DIR] [--articles N] [--repeat R]
"""
import argparse
import glob
import json
import os
import subprocess
import tempfile


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..")
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    build = os.path.join(root, "build", "release")
    subprocess.run(["cmake", "--build", build, "--target", "kg_parse_bench"], check=True, capture_output=True)
    corpus = os.path.join(a.shared, "corpora")
    if not os.path.isdir(corpus):
        print(f"bench: {corpus} not found; nothing to measure")
        return
    fr = []
    with open(os.path.join(corpus, "orangesum-fr", "orangesum.jsonl"), encoding="utf-8") as f:
        for line in f:
            fr.append(json.loads(line)["article"])
            if len(fr) == a.articles:
                break
    en = [open(p, encoding="latin-1").read() for p in sorted(glob.glob(os.path.join(corpus, "bbc-news", "*", "*.txt")))]
    en = en[: a.articles]
    with tempfile.TemporaryDirectory() as tmp:
        for lang, texts in (("fr", fr), ("en", en)):
            path = os.path.join(tmp, lang + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n\n".join(texts))
            r = subprocess.run([os.path.join(build, "kg_parse_bench"), lang, path, str(a.repeat)],
                               capture_output=True, text=True)
            print(r.stdout.strip() or r.stderr.strip())


if __name__ == "__main__":
    main()
