#!/usr/bin/python3
"""Loads graph.graphml with networkx and with igraph (the readers Gephi's
peers use) and prints what each read as JSON: node and edge counts, node
labels, edge labels. Usage: graphml_load.py GRAPH.graphml"""
import json
import sys

import igraph
import networkx

path = sys.argv[1]
g = networkx.read_graphml(path)
h = igraph.Graph.Read_GraphML(path)
print(json.dumps({
    "networkx": {
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "node_labels": sorted(d.get("label", "") for _, d in g.nodes(data=True)),
        "edge_labels": sorted(d.get("label", "") for _, _, d in g.edges(data=True)),
        "pagerank_sum": round(sum(float(d.get("pagerank", 0)) for _, d in g.nodes(data=True)), 3),
    },
    "igraph": {
        "directed": h.is_directed(),
        "nodes": h.vcount(),
        "edges": h.ecount(),
        "node_labels": sorted(h.vs["label"]) if h.vcount() else [],
        "edge_labels": sorted(h.es["label"]) if h.ecount() else [],
    },
}, ensure_ascii=True, sort_keys=True))
