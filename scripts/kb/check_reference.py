#!/usr/bin/env python3
"""Compares ontology/kb/countries.tsv with ../shared/reference/countries/countries_fr_en_qid.tsv
(an independent join of several country tables) and prints every disagreement.

    python3 scripts/kb/check_reference.py [REFERENCE_TSV]
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ref_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    ROOT, '..', 'shared', 'reference', 'countries', 'countries_fr_en_qid.tsv')


def rows(path):
    with open(path, encoding='utf-8') as f:
        lines = [l for l in f if not l.startswith('#')]
    return list(csv.DictReader(lines, delimiter='\t', quoting=csv.QUOTE_NONE))


def forms(cell):
    return {x.split('=', 1)[1] if '=' in x else x for x in cell.split('|') if x}


kb = rows(os.path.join(ROOT, 'ontology', 'kb', 'countries.tsv'))
ref = {r['iso2']: r for r in rows(ref_path)}
cities = {r['id']: r for r in rows(os.path.join(ROOT, 'ontology', 'kb', 'cities.tsv'))}
by_en = {r['en']: r for r in kb}
issues = 0
matched = 0
for r in kb:
    # Join on the English name or an alias (the KB is keyed by name, not ISO code).
    cand = [x for x in ref.values() if x['name_en'] == r['en'] or x['name_en'] in forms(r['aliases_en'])
            or r['en'] in forms(x['aliases_en'])]
    if not cand:
        print(f'{r["id"]}: not in the reference')
        issues += 1
        continue
    matched += 1
    x = cand[0]
    checks = [
        ('qid', r['qid'], x['wikidata_qid'], r['qid'] in (x['qid_cc'], x['qid_cd'], x['wikidata_qid'])),
        ('fr', r['fr'], x['name_fr'], r['fr'].lower() in {x['name_fr'].lower(), x['unterm_fr_short'].split(' (')[0].lower()}
         or x['name_fr'].lower() in {a.lower() for a in forms(r['aliases_fr'])} or not x['name_fr']),
        ('demonym fr m', forms(r['demonyms_fr']), x['demonym_fr_m'], not x['demonym_fr_m'] or x['demonym_fr_m'] in forms(r['demonyms_fr'])),
        ('demonym fr f', forms(r['demonyms_fr']), x['demonym_fr_f'], not x['demonym_fr_f'] or x['demonym_fr_f'] in forms(r['demonyms_fr'])),
        ('capital', cities.get(r['capital'], {}).get('en', r['capital']), x['capital_en'],
         not x['capital_en'] or not r['capital'] or x['capital_en'].split(',')[0] in
         {cities.get(r['capital'], {}).get('en', '')} | forms(cities.get(r['capital'], {}).get('aliases_en', ''))),
    ]
    for name, mine, theirs, ok in checks:
        if not ok:
            print(f'{r["id"]}: {name}: kb={mine!r} reference={theirs!r}')
            issues += 1
missing = [iso for iso, x in ref.items() if x['name_en'] and not any(
    x['name_en'] == r['en'] or x['name_en'] in forms(r['aliases_en']) or r['en'] in forms(x['aliases_en']) for r in kb)]
print(f'matched {matched}/{len(kb)} KB countries; reference rows not in the KB: {" ".join(sorted(missing))}')
print(f'{issues} disagreements')
