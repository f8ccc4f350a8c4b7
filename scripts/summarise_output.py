#!/usr/bin/env python3
"""Prints a short summary of what `kgraph build` wrote into an output directory."""
import json
import os
import sys


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    report = json.load(open(os.path.join(out, "report.json"), encoding="utf-8"))
    graph = json.load(open(os.path.join(out, "graph.json"), encoding="utf-8"))
    d, c = report["documents"], report["counts"]
    print(f"kgraph wrote {os.path.normpath(out)}/:")
    for name in sorted(os.listdir(out)):
        print(f"  {name:14} {os.path.getsize(os.path.join(out, name)):>9} bytes")
    print(f"documents: {d['analysed']} analysed, {d['skipped']} skipped; "
          f"{c['sentences']} sentences, {c['words']} words; languages {report['languages']}")
    print(f"graph: {len(graph['nodes'])} entities, {len(graph['edges'])} facts")
    nodes = {n["id"]: n for n in graph["nodes"]}
    for e in graph["edges"][:10]:
        s, t = nodes.get(e["source"], {}), nodes.get(e["target"], {})
        print(f"  {s.get('label', e['source'])} -{e['label']}-> {t.get('label', e['target'])}")
    for inp in report["inputs"]:
        for issue in inp["issues"]:
            print(f"  issue: {inp['path']}:{issue['line']}: {issue['reason']}")


if __name__ == "__main__":
    main()
