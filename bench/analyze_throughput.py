#!/usr/bin/env python3
"""Benchmark: words per second of `kgraph analyze` against the Apertium shell
pipeline `apertium-destxt | lt-proc fr-es.automorf.bin | apertium-tagger -g
fr-es.prob`, on the same text, in the same run.

Text: the first N (default 1,000) OrangeSum articles of more than 500
characters. Words: the lexical units the shell pipeline outputs (one count for
both, so the two rates are comparable). Each command runs R times (default 3);
the best wall time of each is reported, and the ratio kgraph / shell; also the
least CPU time (user + system, of every process of the command) over the runs,
less sensitive than wall time to other work on the machine.

Usage: bench/analyze_throughput.py [--kgraph PATH] [--shared DIR] [--articles N] [--repeat R]
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

DATA = "/usr/share/apertium/apertium-fr-es"


def cpu_children():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def timed(cmd, **kw):
    """(wall seconds, CPU seconds, stdout) of one run of the shell command."""
    c = cpu_children()
    t = time.perf_counter()
    r = subprocess.run(cmd, shell=True, capture_output=True, **kw)
    if r.returncode not in (0, 1):
        sys.exit(f"failed ({r.returncode}): {cmd}\n{r.stderr.decode()[-2000:]}")
    return time.perf_counter() - t, cpu_children() - c, r.stdout


def add_common_args(ap, here):
    """The options every throughput bench takes."""
    ap.add_argument("--kgraph", default=os.path.join(here, "..", "build", "release", "kgraph"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=0, help="kgraph worker threads (0 = one per core)")


def prepare_corpus(shared, articles):
    """Writes the first `articles` OrangeSum articles of more than 500 characters
    to a temporary folder, as JSONL (for kgraph) and as plain text (for the shell
    pipeline); returns (folder, jsonl path, text path, article count), or None without ../shared."""
    corpus = os.path.join(shared, "corpora", "orangesum-fr", "orangesum.jsonl")
    if not os.path.exists(corpus):
        print(f"bench: {corpus} not found; nothing to measure")
        return None
    docs = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if len(d.get("article", "")) > 500:
                docs.append(d)
                if len(docs) == articles:
                    break
    tmp = tempfile.mkdtemp(prefix="kgbench-")
    jsonl, txt = os.path.join(tmp, "articles.jsonl"), os.path.join(tmp, "articles.txt")
    with open(jsonl, "w", encoding="utf-8") as j, open(txt, "w", encoding="utf-8") as t:
        for d in docs:
            j.write(json.dumps({"id": d["id"], "text": d["article"]}, ensure_ascii=False) + "\n")
            t.write(d["article"] + "\n\n")
    return tmp, jsonl, txt, len(docs)


def parse_and_prepare():
    """The bench's arguments and its corpus (see prepare_corpus; None without ../shared)."""
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    add_common_args(ap, here)
    a = ap.parse_args()
    return a, prepare_corpus(a.shared, a.articles)


def shell_pipeline(txt):
    """The Apertium shell pipeline kgraph is measured against, on `txt`."""
    return (f"apertium-destxt {txt} | lt-proc {DATA}/fr-es.automorf.bin | "
            f"apertium-tagger -g {DATA}/fr-es.prob")


def main():
    a, prepared = parse_and_prepare()
    if prepared is None:
        return 0
    tmp, jsonl, txt, n_docs = prepared
    shell = shell_pipeline(txt)
    kg = f"{a.kgraph} analyze --threads {a.threads} {jsonl}"
    best_shell, best_kg, cpu_shell, cpu_kg, words, kg_words = 1e9, 1e9, 1e9, 1e9, 0, 0
    for _ in range(a.repeat):  # interleaved, so both see the same machine load
        t, c, out = timed(shell)
        best_shell, cpu_shell = min(best_shell, t), min(cpu_shell, c)
        words = len(re.findall(rb"\^", out))
        t, c, out = timed(kg)
        best_kg, cpu_kg = min(best_kg, t), min(cpu_kg, c)
        kg_words = sum(1 for l in out.split(b"\n") if l[:1].isdigit() and b"-" not in l.split(b"\t")[0])
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"articles: {n_docs}, words (shell pipeline LUs): {words}, kgraph words: {kg_words}")
    print(f"shell pipeline : {best_shell:7.2f} s  {words / best_shell:10.0f} words/s   CPU {cpu_shell:6.2f} s")
    print(f"kgraph analyze : {best_kg:7.2f} s  {words / best_kg:10.0f} words/s   CPU {cpu_kg:6.2f} s"
          f"  (threads={a.threads or os.cpu_count()})")
    print(f"ratio kgraph/shell: {best_shell / best_kg:.2f}x (wall), {cpu_shell / cpu_kg:.2f}x (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
