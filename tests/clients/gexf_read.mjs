// Reads a GEXF file with graphology-gexf (an independent reader, the one
// sigma.js users load GEXF with) and prints what it read as JSON:
// {type, multi, order, size, nodes: {id: attributes}, edges: [{id, source, target, attributes}]}.
// Usage: node gexf_read.mjs FILE.gexf
import fs from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';

const text = fs.readFileSync(process.argv[2], 'utf8');
const graph = gexf.parse(Graph, text);
const nodes = {};
graph.forEachNode((id, attributes) => { nodes[id] = attributes; });
const edges = [];
graph.forEachEdge((id, attributes, source, target) => { edges.push({id, source, target, attributes}); });
process.stdout.write(JSON.stringify({type: graph.type, multi: graph.multi, order: graph.order, size: graph.size,
                                     nodes, edges}));
