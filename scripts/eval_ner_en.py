#!/usr/bin/env python3
"""English named-entity mentions of `kgraph build` against Universal NER
English-EWT dev (../shared/train/ner/en/uner-ewt.dev.bio: gold BIO tags PER
LOC ORG; its other names were mapped to O; never trained on). Same method as
scripts/eval_ner_fr.py (one document per sentence, exact untyped span match,
then the node's type against the gold type). Since the gold has no MISC,
mentions whose node is an Event or Other are left out unless --keep-misc.

Usage: scripts/eval_ner_en.py [--kgraph PATH] [--shared DIR] [--sentences N] [--show K] [--keep-misc]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_ner_fr import ROOT, evaluate  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgraph", default=os.path.join(ROOT, "build", "release", "kgraph"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--show", type=int, default=0, help="print K false positives and K misses")
    ap.add_argument("--keep-misc", action="store_true", help="count Event and Other mentions too")
    a = ap.parse_args()
    gold_path = os.path.join(a.shared, "train", "ner", "en", "uner-ewt.dev.bio")
    return evaluate(gold_path, "en", a.kgraph, a.sentences, a.show, () if a.keep_misc else ("MISC",))


if __name__ == "__main__":
    sys.exit(main())
