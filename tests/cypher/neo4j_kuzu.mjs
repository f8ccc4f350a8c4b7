// Loads kgraph's neo4j/nodes.csv and relationships.csv into Kuzu, an embedded
// Cypher engine (in memory), then runs Cypher queries and prints their rows.
// Neo4j itself cannot be installed here; Kuzu reads the same rows through its
// own table definitions, made from the typed headers of neo4j-admin import:
//   nodes.csv           -> NODE TABLE Entity: id:ID is the primary key,
//                          :LABEL a STRING[] property `labels`
//   relationships.csv   -> one REL TABLE per :TYPE (Neo4j's relationship type)
//   name:int -> INT64, :double -> DOUBLE, :boolean -> BOOLEAN, :date -> DATE,
//   [] -> a list of it (fields split on U+001F), untyped -> STRING.
// A field that does not parse under its header's type is an error.
// Usage: node neo4j_kuzu.mjs NEO4J_DIR QUERIES.json
//   QUERIES.json: [{"cypher": "MATCH ...", "params": {...}}, ...]
// Prints {"nodes": N, "relationships": N, "types": [...], "results": [[row, ...], ...]}.
import fs from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';

const [dir, queries_path] = process.argv.slice(2);
const DELIMITER = '\x1f';

// RFC 4180: quoted fields may hold commas, quotes (doubled) and newlines.
function parse_csv(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; }
    else if (c === ',') { row.push(field); field = ''; i++; }
    else if (c === '\n' || c === '\r') {
      row.push(field); rows.push(row); row = []; field = '';
      i += (c === '\r' && text[i + 1] === '\n') ? 2 : 1;
    } else { field += c; i++; }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// "mentions:int" -> {name: "mentions", kuzu: "INT64", parse}.
function column(header) {
  if (header === ':LABEL') return {name: 'labels', kuzu: 'STRING[]', parse: list(s => s)};
  const [name, type = 'string'] = header.split(':');
  const scalar = {
    string: ['STRING', s => s],
    int: ['INT64', s => { if (!/^-?\d+$/.test(s)) throw new Error(`not an int: ${s}`); return Number(s); }],
    long: ['INT64', s => { if (!/^-?\d+$/.test(s)) throw new Error(`not a long: ${s}`); return Number(s); }],
    double: ['DOUBLE', s => { const x = Number(s); if (s === '' || Number.isNaN(x)) throw new Error(`not a double: ${s}`); return x; }],
    boolean: ['BOOLEAN', s => { if (s !== 'true' && s !== 'false') throw new Error(`not a boolean: ${s}`); return s === 'true'; }],
    date: ['DATE', s => { if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new Error(`not a date: ${s}`); return s; }],
    ID: ['STRING', s => s], START_ID: ['STRING', s => s], END_ID: ['STRING', s => s], TYPE: ['STRING', s => s],
  };
  const array = type.endsWith('[]');
  const base = scalar[array ? type.slice(0, -2) : type];
  if (!base) throw new Error(`unknown header type: ${header}`);
  return {name: name || type, kuzu: base[0] + (array ? '[]' : ''), parse: array ? list(base[1]) : base[1], date: base[0] === 'DATE'};
}
function list(parse) { return s => (s === '' ? [] : s.split(DELIMITER).map(parse)); }

// A Kuzu value expression for parameter `p` of column `c` (dates arrive as text).
function value(c, p) {
  if (!c.date) return `$${p}`;
  return c.kuzu.endsWith('[]') ? `CAST($${p} AS DATE[])` : `date($${p})`;
}

function read(file) {
  const rows = parse_csv(fs.readFileSync(path.join(dir, file), 'utf8'));
  const columns = rows[0].map(column);
  return {columns, rows: rows.slice(1).map((r, n) => {
    if (r.length !== columns.length) throw new Error(`${file}: row ${n + 2} has ${r.length} fields, the header ${columns.length}`);
    return Object.fromEntries(columns.map((c, i) => [c.name, c.parse(r[i])]));
  })};
}

async function run(conn, cypher, params) {
  const stmt = await conn.prepare(cypher);
  if (!stmt.isSuccess()) throw new Error(stmt.getErrorMessage() + ' in ' + cypher);
  const result = await conn.execute(stmt, params);
  return result.getAll();
}

const db = new kuzu.Database(':memory:');
const conn = new kuzu.Connection(db);
const nodes = read('nodes.csv'), rels = read('relationships.csv');

const node_cols = nodes.columns.map(c => (c.name === 'ID' ? {...c, name: 'id'} : c));
const props = node_cols.filter(c => c.name !== 'id');
await conn.query(`CREATE NODE TABLE Entity(id STRING, ${props.map(c => `${c.name} ${c.kuzu}`).join(', ')}, PRIMARY KEY(id))`);
const create_node = `CREATE (:Entity {id: $id, ${props.map((c, i) => `${c.name}: ${value(c, 'p' + i)}`).join(', ')}})`;
for (const row of nodes.rows) {
  const params = {id: row.ID ?? row.id};
  props.forEach((c, i) => { params['p' + i] = row[c.name]; });
  await run(conn, create_node, params);
}

const rel_props = rels.columns.filter(c => !['START_ID', 'END_ID', 'TYPE'].includes(c.name));
const types = [...new Set(rels.rows.map(r => r.TYPE))].sort();
for (const t of types) {
  if (!/^[A-Z][A-Z0-9_]*$/.test(t)) throw new Error(`not a relationship type: ${t}`);
  await conn.query(`CREATE REL TABLE ${t}(FROM Entity TO Entity, ${rel_props.map(c => `${c.name} ${c.kuzu}`).join(', ')})`);
}
for (const row of rels.rows) {
  const params = {s: row.START_ID, t: row.END_ID};
  rel_props.forEach((c, i) => { params['p' + i] = row[c.name]; });
  await run(conn, `MATCH (a:Entity {id: $s}), (b:Entity {id: $t}) CREATE (a)-[:${row.TYPE} {` +
                  rel_props.map((c, i) => `${c.name}: ${value(c, 'p' + i)}`).join(', ') + '}]->(b)', params);
}

const out = {nodes: 0, relationships: 0, types, results: []};
out.nodes = Number((await run(conn, 'MATCH (e:Entity) RETURN count(*) AS n', {}))[0].n);
out.relationships = Number((await run(conn, 'MATCH ()-[r]->() RETURN count(*) AS n', {}))[0].n);
for (const q of JSON.parse(fs.readFileSync(queries_path, 'utf8')))
  out.results.push(await run(conn, q.cypher, q.params || {}));
process.stdout.write(JSON.stringify(out, (k, v) => (typeof v === 'bigint' ? Number(v) : v)));
