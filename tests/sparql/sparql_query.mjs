// Loads an RDF file into Oxigraph's in-memory store (strict parsing: an
// invalid IRI or literal is an error) and runs one SPARQL SELECT query.
// Prints {"size": quads in the store, "rows": [{variable: value}, ...]} as JSON.
// Usage: node sparql_query.mjs FILE (turtle|nquads) 'SELECT ...'
import { readFileSync } from "node:fs";
import oxigraph from "oxigraph";

const [file, syntax, query] = process.argv.slice(2);
const format = syntax === "nquads" ? "application/n-quads" : "text/turtle";
const store = new oxigraph.Store();
try {
  store.load(readFileSync(file, "utf8"), { format });
} catch (e) {
  console.error(`oxigraph: cannot load ${file}: ${e}`);
  process.exit(3);
}
const rows = [];
for (const binding of store.query(query, { use_default_graph_as_union: true })) {
  const row = {};
  for (const [name, term] of binding) row[name] = term.value;
  rows.push(row);
}
console.log(JSON.stringify({ size: store.size, rows }));
