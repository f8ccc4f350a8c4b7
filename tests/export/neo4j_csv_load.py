"""Reads kgraph's neo4j/nodes.csv and relationships.csv with Python's csv module
(RFC 4180, strict UTF-8) and prints them as JSON: {"nodes": [...], "relationships":
[...]}, each row a list of fields, array fields (":LABEL" and header types ending
in "[]") split on the array delimiter U+001F; plus each file's header."""
import csv
import json
import sys

DELIMITER = "\x1f"


def read(path):
    with open(path, newline="", encoding="utf-8", errors="strict") as f:
        rows = list(csv.reader(f, strict=True))
    header, body = rows[0], rows[1:]
    arrays = [h == ":LABEL" or h.endswith("[]") for h in header]
    for row in body:
        if len(row) != len(header):
            sys.exit(f"{path}: a row of {len(row)} fields under a header of {len(header)}")
    return header, [[(f.split(DELIMITER) if f else []) if a else f for f, a in zip(row, arrays)] for row in body]


node_header, nodes = read(sys.argv[1])
rel_header, rels = read(sys.argv[2])
json.dump({"node_header": node_header, "nodes": nodes, "rel_header": rel_header, "relationships": rels},
          sys.stdout, ensure_ascii=False)
