#!/usr/bin/env python3
"""CaRB dev evaluation of `kgraph extract --format carb` (not part of make test).

Runs kgraph on ../shared/eval/carb/dev.txt, scores with ../shared/tools/carb_score.py
and prints P/R/F1/AUC and precision by confidence. Exits 0 with a note when ../shared
is absent.

Usage: scripts/eval_carb.py [--kgraph build/release/kgraph] [--split dev] [--keep OUT.tsv]
"""
import argparse, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kgraph", default=os.path.join(ROOT, "build", "release", "kgraph"))
    ap.add_argument("--shared", default=os.environ.get("KG_SHARED_DIR", os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--keep", help="also write the extractions here")
    a = ap.parse_args()
    sentences = os.path.join(a.shared, "eval", "carb", a.split + ".txt")
    gold = os.path.join(a.shared, "eval", "carb", "gold", a.split + ".tsv")
    scorer = os.path.join(a.shared, "tools", "carb_score.py")
    if not all(os.path.exists(p) for p in (sentences, gold, scorer)):
        print(f"eval_carb: {a.shared} has no CaRB {a.split} data; nothing to do")
        return 0
    out = a.keep or tempfile.mkstemp(suffix=".tsv")[1]
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run([a.kgraph, "extract", "--format", "carb", sentences], stdout=f, check=True)
    res = subprocess.run([sys.executable, scorer, "--gold", gold, "--pred", out],
                         capture_output=True, text=True, check=True)
    print(res.stdout.strip())
    # precision by confidence band, with the scorer's own matching
    sys.path.insert(0, os.path.dirname(scorer))
    import carb_score as cs
    g, p = cs.read_gold(gold), cs.read_pred(out)
    bands = {}
    for key, preds in p.items():
        golds = g.get(key, [])
        for e in preds:
            best = max((cs.match(x, e)[0] for x in golds), default=0.0)
            b = round(int(e[0] * 10) / 10, 1)
            n, s = bands.get(b, (0, 0.0))
            bands[b] = (n + 1, s + best)
    print("confidence  extractions  mean best-match precision")
    for b in sorted(bands, reverse=True):
        n, s = bands[b]
        print(f"  >= {b:.1f}    {n:6d}       {s / n:.3f}")
    if not a.keep:
        os.unlink(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
