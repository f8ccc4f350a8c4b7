#!/usr/bin/env python3
"""Duplicate check of a kgraph graph: the nodes of highest degree, and the
pairs among them (or between one of them and any other node) that a reader
might call the same thing.

Usage:
  check_duplicates.py OUT/graph.json [--top 100] [--json] [--all-types]

Degree = number of fact edges at the node (in + out; an edge counts once
whatever its weight); ties broken by id. Concept nodes are left out unless
--all-types. A pair is flagged, with the reason, when:
  key        the labels (or a label/alias) have the same normalised key
             (accents, case, punctuation, a leading article folded: the
             rules of ontology/name_key.h)
  surname    one key is the last word(s) of the other ("macron" / "emmanuel
             macron"), one of them a Person or untyped
  contains   one key is a run of whole words of the other ("france" /
             "equipe de france"): weaker, often two different things
  acronym    one is written in capitals and is the initials of the other
  qid        the same Wikidata QID on two nodes
Flags are candidates: judge them by hand (a "contains" pair such as France /
Banque de France is two things).
"""
import argparse
import json
import sys
import unicodedata

ARTICLES = {'le', 'la', 'les', 'l', 'the'}
SKIP = {'de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'and', 'et', 'for', 'pour', 'en', 'in',
        'on', 'au', 'aux'}
SPECIAL = {'œ': 'oe', 'æ': 'ae', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i', 'ß': 'ss'}


def key_words(name):
    """The words of ontology::name_key_words (no article fold)."""
    s = unicodedata.normalize('NFD', name).casefold()
    words, cur = [], []
    for ch in s:
        if unicodedata.category(ch) == 'Mn' or ch == '.':
            continue
        ch = SPECIAL.get(ch, ch)
        if all(c.isalnum() for c in ch):
            cur.append(ch)
        else:
            if cur:
                words.append(''.join(cur))
            cur = []
    if cur:
        words.append(''.join(cur))
    return words


def name_key(name):
    w = key_words(name)
    if len(w) > 1 and w[0] in ARTICLES:
        w = w[1:]
    return ' '.join(w)


def initials(name):
    return ''.join(w[0] for w in key_words(name) if w not in SKIP)


def is_acronym(text):
    letters = [c for c in text if c != '.']
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters)


def names_of(node):
    names = {node.get('label', '')}
    names.update((node.get('labels') or {}).values())
    names.update(node.get('aliases') or [])
    return {n for n in names if n}


def contains_words(big, small):
    b, s = big.split(), small.split()
    if not s or len(s) >= len(b):
        return False
    return any(b[i:i + len(s)] == s for i in range(len(b) - len(s) + 1))


def why(a, b):
    """The reasons nodes a and b may be the same thing ([] when none)."""
    reasons = []
    if a.get('qid') and a.get('qid') == b.get('qid'):
        reasons.append('qid')
    # A label of one is a name of the other (two aliases alike is not enough:
    # "Le Pen" is a name of both Marine and Jean-Marie Le Pen).
    def labels(n):
        return {name_key(x) for x in [n.get('label', '')] + list((n.get('labels') or {}).values())} - {''}
    ka, kb = labels(a), labels(b)
    if ka & {name_key(n) for n in names_of(b)} or kb & {name_key(n) for n in names_of(a)}:
        reasons.append('key')
    la, lb = name_key(a.get('label', '')), name_key(b.get('label', ''))
    person_like = {'Person', 'Thing'}
    if a.get('type') in person_like or b.get('type') in person_like:
        for x, y in ((la, lb), (lb, la)):
            xs, ys = x.split(), y.split()
            if xs and len(xs) < len(ys) and ys[-len(xs):] == xs:
                reasons.append('surname')
                break
    if 'surname' not in reasons and 'key' not in reasons and (contains_words(la, lb) or contains_words(lb, la)):
        reasons.append('contains')
    for x, y in ((a, b), (b, a)):
        if is_acronym(x.get('label', '')) and len(key_words(y.get('label', ''))) >= 2 and \
                initials(y.get('label', '')) == name_key(x.get('label', '')).replace(' ', ''):
            reasons.append('acronym')
            break
    return reasons


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('graph')
    ap.add_argument('--top', type=int, default=100)
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--all-types', action='store_true', help='keep Concept nodes')
    args = ap.parse_args()
    with open(args.graph, encoding='utf-8') as f:
        g = json.load(f)
    nodes = {n['id']: n for n in g['nodes'] if args.all_types or n.get('type') != 'Concept'}
    degree = {i: 0 for i in nodes}
    for e in g['edges']:
        for end in (e['source'], e['target']):
            if end in degree:
                degree[end] += 1
    top = sorted(nodes, key=lambda i: (-degree[i], i))[:args.top]
    pairs = []
    seen = set()
    for i in top:
        for j in nodes:
            if i == j or (j, i) in seen:
                continue
            r = why(nodes[i], nodes[j])
            if r:
                seen.add((i, j))
                pairs.append((i, j, r))
    if args.json:
        print(json.dumps({'top': [{'id': i, 'label': nodes[i].get('label'), 'type': nodes[i].get('type'),
                                   'degree': degree[i]} for i in top],
                          'pairs': [{'a': a, 'b': b, 'reasons': r} for a, b, r in pairs]},
                         ensure_ascii=False, indent=1))
        return 0
    print(f'top {len(top)} nodes by degree ({len(nodes)} nodes, {len(g["edges"])} edges):')
    for rank, i in enumerate(top, 1):
        n = nodes[i]
        print(f'  {rank:3d} {degree[i]:4d}  {i}\t{n.get("label", "")}\t{n.get("type", "")}\t{n.get("qid", "")}')
    strong = [p for p in pairs if set(p[2]) - {'contains'}]
    weak = [p for p in pairs if not set(p[2]) - {'contains'}]
    print(f'\ncandidate duplicates: {len(strong)} (key/surname/acronym/qid), {len(weak)} weaker (contains only)')
    for a, b, r in strong + weak:
        print(f'  {",".join(r):16s} {a} [{nodes[a].get("label", "")}, deg {degree[a]}]  ~  '
              f'{b} [{nodes[b].get("label", "")}, deg {degree[b]}]')
    return 0


if __name__ == '__main__':
    sys.exit(main())
