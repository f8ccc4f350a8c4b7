#!/usr/bin/env python3
"""Benchmark: words per second of the whole `kgraph build` (ingest, analyse,
facts, resolve, graph, all writers) and of `kgraph analyze`, against the
Apertium shell pipeline `apertium-destxt | lt-proc fr-es.automorf.bin |
apertium-tagger -g fr-es.prob`, on the same text, in the same run.

Text and word count as bench/analyze_throughput.py: the first N (default 1,000)
OrangeSum articles of more than 500 characters; words = the lexical units the
shell pipeline outputs (one count for all three, so the rates compare). The
three commands run interleaved R times (default 3); the best wall time of each
is reported, with the ratios build/shell and build/analyze.

Usage: bench/build_throughput.py [--kgraph PATH] [--shared DIR] [--articles N] [--repeat R] [--threads T]
"""
import argparse
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from analyze_throughput import DATA  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402


def timed(cmd):
    """Runs `cmd` (shell); returns (wall seconds, CPU seconds of all its processes, stdout)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, shell=True, capture_output=True)
    wall = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode not in (0, 1):
        sys.exit(f"failed ({r.returncode}): {cmd}\n{r.stderr.decode()[-2000:]}")
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return wall, cpu, r.stdout


def main():
    import json
    import tempfile
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgraph", default=os.path.join(here, "..", "build", "release", "kgraph"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=0, help="kgraph worker threads (0 = one per core)")
    a = ap.parse_args()
    corpus = os.path.join(a.shared, "corpora", "orangesum-fr", "orangesum.jsonl")
    if not os.path.exists(corpus):
        print(f"bench: {corpus} not found; nothing to measure")
        return 0
    docs = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if len(d.get("article", "")) > 500:
                docs.append(d)
                if len(docs) == a.articles:
                    break
    tmp = tempfile.mkdtemp(prefix="kgbench-")
    jsonl, txt = os.path.join(tmp, "articles.jsonl"), os.path.join(tmp, "articles.txt")
    with open(jsonl, "w", encoding="utf-8") as j, open(txt, "w", encoding="utf-8") as t:
        for d in docs:
            j.write(json.dumps({"id": d["id"], "text": d["article"]}, ensure_ascii=False) + "\n")
            t.write(d["article"] + "\n\n")
    out_dir = os.path.join(tmp, "out")
    shell = (f"apertium-destxt {txt} | lt-proc {DATA}/fr-es.automorf.bin | "
             f"apertium-tagger -g {DATA}/fr-es.prob")
    analyze = f"{a.kgraph} analyze --lang fr --threads {a.threads} {jsonl}"
    build = f"{a.kgraph} build --lang fr --threads {a.threads} {jsonl} -o {out_dir}"
    best = {"shell": 1e9, "analyze": 1e9, "build": 1e9}
    cpu = {"shell": 1e9, "analyze": 1e9, "build": 1e9}
    words = 0
    for _ in range(a.repeat):  # interleaved, so all see the same machine load
        t, c, out = timed(shell)
        best["shell"], cpu["shell"] = min(best["shell"], t), min(cpu["shell"], c)
        words = len(re.findall(rb"\^", out))
        t, c, _ = timed(analyze)
        best["analyze"], cpu["analyze"] = min(best["analyze"], t), min(cpu["analyze"], c)
        shutil.rmtree(out_dir, ignore_errors=True)
        t, c, _ = timed(build)
        best["build"], cpu["build"] = min(best["build"], t), min(cpu["build"], c)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"articles: {len(docs)}, words (shell pipeline LUs): {words}, threads={a.threads or os.cpu_count()}")
    for k, label in [("shell", "shell pipeline"), ("analyze", "kgraph analyze"), ("build", "kgraph build")]:
        print(f"{label:15s}: {best[k]:7.2f} s  {words / best[k]:10.0f} words/s   "
              f"CPU {cpu[k]:6.2f} s  {words / cpu[k]:10.0f} words/CPU-s")
    print(f"ratio build/shell: {best['shell'] / best['build']:.2f}x   "
          f"ratio build/analyze: {best['analyze'] / best['build']:.2f}x   (wall)")
    print(f"ratio build/shell: {cpu['shell'] / cpu['build']:.2f}x   "
          f"ratio build/analyze: {cpu['analyze'] / cpu['build']:.2f}x   (CPU time, less sensitive to machine load)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
