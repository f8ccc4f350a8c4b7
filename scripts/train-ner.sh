#!/usr/bin/env bash
# Retrains the named-entity taggers from the BIO files in ../shared/train/ner
# and writes ontology/models/{fr,en}.ner.gz. Deterministic: the same files and
# the same KB (ontology/kb, read for the KB-name features) give the same bytes.
#   French: Sequoia NE (train, dev, test) + Europeana BnF newspapers.
#   English: UNER EWT train, wikigold, Broad Twitter Corpus, WNUT17 train, with
#   WNUT17's types mapped: person -> PER, location -> LOC, corporation and
#   group -> ORG, creative-work and product -> MISC.
# Never trained on: uner-ewt.dev.bio, wnut17.dev.bio, wnut17.test-heldout.bio,
# anything under ../shared/eval. The English model is scored on
# uner-ewt.dev.bio afterwards (measuring only).
#   usage: scripts/train-ner.sh [SHARED_DIR] [LANG...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$root/../shared}"
shift || true
langs=("$@")
[ ${#langs[@]} -eq 0 ] && langs=(fr en)
kgraph="$root/build/release/kgraph"
[ -x "$kgraph" ] || { echo "train-ner: build kgraph first (make build)" >&2; exit 2; }
ner="$shared/train/ner"
for lang in "${langs[@]}"; do
  dev=()
  maps=()
  case "$lang" in
    fr) train=("$ner/fr/sequoia-ne.train.bio" "$ner/fr/sequoia-ne.dev.bio" "$ner/fr/sequoia-ne.test.bio"
               "$ner/fr/europeana-bnf.bio") ;;
    en) train=("$ner/en/uner-ewt.train.bio" "$ner/en/wikigold.bio" "$ner/en/btc.bio" "$ner/en/wnut17.train.bio")
        maps=(--map person=PER --map location=LOC --map corporation=ORG --map group=ORG
              --map creative-work=MISC --map product=MISC)
        dev=(--dev "$ner/en/uner-ewt.dev.bio") ;;
    *) echo "train-ner: no training recipe for '$lang'" >&2; exit 2 ;;
  esac
  args=()
  for t in "${train[@]}"; do args+=(--train "$t"); done
  "$kgraph" train-ner --lang "$lang" "${args[@]}" "${maps[@]}" --epochs 8 --seed 13 \
    -o "$root/ontology/models/$lang.ner.gz" "${dev[@]}"
done
