#!/usr/bin/env bash
# Retrains the syntax models (UPOS tagger + dependency parser) from the UD
# treebanks in ../shared/train/ud and writes ontology/models/{fr,en}.syntax.gz.
# Deterministic: the same treebanks give the same model bytes. Prints each
# model's scores on the held-out dev file (gold tokens); scripts/eval_ud.py
# scores them from raw text.
#   usage: scripts/train-parser.sh [SHARED_DIR] [LANG...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$root/../shared}"
shift || true
langs=("$@")
[ ${#langs[@]} -eq 0 ] && langs=(fr en)
kgraph="$root/build/release/kgraph"
[ -x "$kgraph" ] || { echo "train-parser: build kgraph first (make build)" >&2; exit 2; }
ud="$shared/train/ud"
for lang in "${langs[@]}"; do
  case "$lang" in
    fr) train=("$ud/fr/train-written.conllu") ;;
    en) train=("$ud/en/train.conllu") ;;
    *) echo "train-parser: no training recipe for '$lang'" >&2; exit 2 ;;
  esac
  args=()
  for t in "${train[@]}"; do args+=(--train "$t"); done
  "$kgraph" train-parser --lang "$lang" "${args[@]}" --tagger-epochs 8 --parser-epochs 12 --seed 1 \
    -o "$root/ontology/models/$lang.syntax.gz" --dev "$ud/$lang/dev.conllu"
done
