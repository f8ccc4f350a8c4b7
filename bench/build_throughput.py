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
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from analyze_throughput import parse_and_prepare, shell_pipeline, timed  # noqa: E402


def main():
    a, prepared = parse_and_prepare()
    if prepared is None:
        return 0
    tmp, jsonl, txt, n_docs = prepared
    out_dir = os.path.join(tmp, "out")
    shell = shell_pipeline(txt)
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
    print(f"articles: {n_docs}, words (shell pipeline LUs): {words}, threads={a.threads or os.cpu_count()}")
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
