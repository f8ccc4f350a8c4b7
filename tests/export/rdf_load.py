#!/usr/bin/python3
"""Loads graph.ttl and graph.nq with rdflib (a real RDF client) and prints
what it read as JSON: triple and quad counts, named graphs, prefLabels.
Usage: rdf_load.py GRAPH.ttl GRAPH.nq"""
import json
import sys

import rdflib
import rdflib.compare
from rdflib.namespace import SKOS

ttl = rdflib.Graph()
ttl.parse(sys.argv[1], format="turtle")
ds = rdflib.Dataset()
ds.parse(sys.argv[2], format="nquads", publicID=rdflib.graph.DATASET_DEFAULT_GRAPH_ID)
quads = list(ds.quads((None, None, None, None)))
triples = rdflib.Graph()
for s, p, o, _ in quads:
    triples.add((s, p, o))
print(json.dumps({
    "ttl_triples": len(ttl),
    "nq_quads": len(quads),
    "nq_distinct_triples": len({(s, p, o) for s, p, o, _ in quads}),
    "named_graphs": sorted({str(g) for _, _, _, g in quads if g is not None and str(g) != str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)}),
    "pref_labels": sorted(str(o) for o in ttl.objects(None, SKOS.prefLabel)),
    "same_graph": rdflib.compare.isomorphic(ttl, triples),
}, ensure_ascii=True, sort_keys=True))
