#!/usr/bin/env python3
"""Entity-linking evaluation of kgraph on News-Fair (English news, Wikidata gold).

The benchmark (../shared/eval/el-en/news-fair.benchmark.jsonl, ELEVANT format)
has per article a text, an evaluation span (the part annotated exhaustively,
character offsets) and labels (span, Wikidata QID or <NIL>). Per article we
compare the set of QIDs kgraph linked inside the evaluation span with the gold
QIDs there:

  precision = correct links / all links made          (target >= 0.95)
  recall    = gold QIDs found / gold QIDs the KB holds (target >= 0.80)

Usage:
  eval_linking.py coverage                 how many gold QIDs the KB holds
  eval_linking.py input OUT.jsonl          write the articles as kgraph JSONL input
  kgraph build OUT.jsonl -o out --lang en --explain-merges
  eval_linking.py score out/ [--details]   precision / recall from out/merges.tsv + out/graph.json
                                           (--details: the wrong links and the missed gold QIDs)

Options: --benchmark FILE, --kb-dir DIR (default ontology/kb), --kb FILE
(extra user KB files, repeatable), --json (machine-readable summary).
"""
import argparse
import csv
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BENCH = os.path.join(ROOT, '..', 'shared', 'eval', 'el-en', 'news-fair.benchmark.jsonl')


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        lines = [l for l in f if l.strip() and not l.startswith('#')]
    return list(csv.DictReader(lines, delimiter='\t', quoting=csv.QUOTE_NONE))


def kb_qids(kb_dir, extra):
    """QID -> (id, label) of every KB entry."""
    out = {}
    for path in sorted(glob.glob(os.path.join(kb_dir, '*.tsv'))) + list(extra):
        for row in read_tsv(path):
            q = (row.get('qid') or '').strip()
            if q:
                out[q] = (row['id'], row.get('en') or row.get('fr') or row['id'])
    return out


def articles(bench):
    with open(bench, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def gold_of(article):
    """The gold QIDs inside the evaluation span."""
    lo, hi = article.get('evaluation_span', [0, len(article['text'])])
    return {l['entity_id'] for l in article['labels']
            if l['entity_id'] and l['entity_id'] != '<NIL>' and lo <= l['span'][0] and l['span'][1] <= hi}


def cmd_coverage(args):
    held = kb_qids(args.kb_dir, args.kb)
    total = inkb = 0
    counts = {}
    for a in articles(args.benchmark):
        g = gold_of(a)
        total += len(g)
        for q in g:
            counts[q] = counts.get(q, 0) + 1
            inkb += q in held
    summary = {'articles': sum(1 for _ in articles(args.benchmark)), 'gold_qids': total,
               'gold_qids_in_kb': inkb, 'kb_qids': len(held)}
    if args.json:
        print(json.dumps(summary, sort_keys=True))
        return 0
    print(f"articles: {summary['articles']}")
    print(f"gold QIDs (distinct per article, inside the evaluation spans): {total}")
    print(f"  held by the KB ({len(held)} QIDs): {inkb} ({100.0 * inkb / max(total, 1):.1f}%)")
    for q, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        if q in held:
            print(f"  {q}\t{n} articles\t{held[q][1]}")
    return 0


def cmd_input(args):
    with open(args.out, 'w', encoding='utf-8') as f:
        for a in articles(args.benchmark):
            # No title: kgraph would prepend it to the text and shift every offset.
            f.write(json.dumps({'id': str(a['id']), 'text': a['text']}, ensure_ascii=False) + '\n')
    print(f'wrote {args.out}')
    return 0


def byte_to_char(text):
    """Maps UTF-8 byte offsets of `text` to character offsets."""
    table = {}
    b = 0
    for i, ch in enumerate(text):
        table[b] = i
        b += len(ch.encode('utf-8'))
    table[b] = len(text)
    return table


def light_normalise(text):
    """Quotes, apostrophes and dashes as kgraph's ingest writes them (1:1 in characters)."""
    table = {ord(c): "'" for c in '\u2019\u2018\u201b\u02bc\u2032\u00b4\uff07'}
    table.update({ord(c): '"' for c in '\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033\uff02'})
    table.update({ord(c): '-' for c in '\u2010\u2011\u2012\u2013\u2014\u2015\u2212'})
    table.update({ord(c): ' ' for c in '\u00a0\u202f\u2009\u2002\u2003'})
    return text.translate(table)


def locate(art, byte_begin, mention):
    """The character offset in the benchmark text of a mention kgraph reported at
    `byte_begin` of its normalised text: the occurrence of the surface nearest
    to where the byte offset points (normalisation shifts offsets a little)."""
    if '_norm' not in art:
        art['_norm'] = light_normalise(art['text'])
        art['_b2c'] = byte_to_char(art['text'])
    text = art['_norm']
    b2c = art['_b2c']
    est = b2c.get(byte_begin)
    if est is None:
        est = min(len(text), len(art['text'].encode('utf-8')[:byte_begin].decode('utf-8', 'ignore')))
    best = None
    start = text.find(mention, max(0, est - 400))
    while start != -1 and start <= est + 400:
        if best is None or abs(start - est) < abs(best - est):
            best = start
        start = text.find(mention, start + 1)
    return best


def cmd_score(args):
    merges = os.path.join(args.out_dir, 'merges.tsv')
    graph = os.path.join(args.out_dir, 'graph.json')
    if not os.path.exists(merges) or not os.path.exists(graph):
        print(f'need {merges} and {graph}: run kgraph build ... --explain-merges', file=sys.stderr)
        return 2
    with open(graph, encoding='utf-8') as f:
        qid_of = {n['id']: n.get('qid', '') for n in json.load(f)['nodes']}
    arts = {str(a['id']): a for a in articles(args.benchmark)}
    order = list(arts)
    linked = {}
    surfaces = {}  # (article, QID) -> mentions linked to it
    for row in read_tsv(merges):
        doc = row['doc']
        art = arts.get(doc)
        if art is None and ':' in doc:  # "<file>:<line>" naming
            tail = doc.rsplit(':', 1)[1]
            if tail.isdigit() and 1 <= int(tail) <= len(order):
                art = arts[order[int(tail) - 1]]
        if art is None:
            continue
        q = qid_of.get(row['entity'], '')
        if not q:
            continue
        begin = locate(art, int(row['begin']), row['mention'])
        if begin is None:
            continue
        end = begin + len(row['mention'])
        lo, hi = art.get('evaluation_span', [0, len(art['text'])])
        if begin < lo or end > hi:
            continue
        linked.setdefault(str(art['id']), set()).add(q)
        surfaces.setdefault((str(art['id']), q), set()).add(row['mention'])
    held = kb_qids(args.kb_dir, args.kb)
    made = correct = gold_held = found = 0
    details = []
    for aid, a in arts.items():
        g = gold_of(a)
        mine = linked.get(aid, set())
        made += len(mine)
        correct += len(mine & g)
        gh = {q for q in g if q in held}
        gold_held += len(gh)
        found += len(mine & gh)
        for q in sorted(mine - g):
            details.append(f'  wrong\t{aid}\t{q}\t{held.get(q, ("?", "?"))[1]}\t{sorted(surfaces.get((aid, q), []))}')
        for q in sorted(gh - mine):
            lo, hi = a.get('evaluation_span', [0, len(a['text'])])
            spans = sorted({a['text'][l['span'][0]:l['span'][1]] for l in a['labels'] if l['entity_id'] == q})
            details.append(f'  missed\t{aid}\t{q}\t{held[q][1]}\t{spans}')
    p = correct / made if made else 0.0
    r = found / gold_held if gold_held else 0.0
    summary = {'links_made': made, 'links_correct': correct, 'precision': round(p, 4),
               'gold_in_kb': gold_held, 'gold_in_kb_found': found, 'recall_over_kb': round(r, 4)}
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print(f'precision {p:.3f} ({correct}/{made} links)   recall over KB-held gold {r:.3f} ({found}/{gold_held})')
        if args.details:
            print('\n'.join(details))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--benchmark', default=DEFAULT_BENCH)
    ap.add_argument('--kb-dir', default=os.path.join(ROOT, 'ontology', 'kb'))
    ap.add_argument('--kb', action='append', default=[])
    ap.add_argument('--json', action='store_true')
    sub = ap.add_subparsers(dest='cmd', required=True)
    sub.add_parser('coverage')
    p_in = sub.add_parser('input')
    p_in.add_argument('out')
    p_sc = sub.add_parser('score')
    p_sc.add_argument('out_dir')
    p_sc.add_argument('--details', action='store_true', help='list the wrong links and the missed gold QIDs')
    args = ap.parse_args()
    if not os.path.exists(args.benchmark):
        print(f'benchmark not found: {args.benchmark}', file=sys.stderr)
        return 2
    return {'coverage': cmd_coverage, 'input': cmd_input, 'score': cmd_score}[args.cmd](args)


if __name__ == '__main__':
    sys.exit(main())
