// graph.html's own script: draws the graph kgraph embedded in the page
// (#kg-data, JSON) with sigma.js, and wires the search box and the fact panel.
// Every text from the graph goes into the page through textContent, never as
// markup. Inlined by kgraph at build time (cmake/embed_html_assets.cmake),
// after graphology and sigma.js (the globals `graphology` and `Sigma`).
'use strict';
const data = JSON.parse(document.getElementById('kg-data').textContent);
const state = {selected: null, hovered: null};
let graph = null, renderer = null;

// An element with a class and a text (never parsed as HTML).
function el(tag, className, text) {
  var e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function plural(n, one, many) { return n.toLocaleString('en') + ' ' + (n === 1 ? one : many); }

// A label drawn on the graph: at most 40 characters (the panel has it whole).
function short(label) { return label.length > 40 ? label.slice(0, 39) + '\u2026' : label; }

function buildGraph() {
  var g = new graphology.MultiDirectedGraph();
  data.nodes.forEach(function (n, i) {
    g.addNode(String(i), {x: n.x, y: -n.y, size: n.size, label: short(n.label), color: data.types[n.type].colour});
  });
  data.edges.forEach(function (e, i) {
    g.addEdgeWithKey('e' + i, String(e[0]), String(e[1]), {label: e[2], size: 1, color: '#c8c8c8', type: 'arrow'});
  });
  return g;
}

function showNotice() {
  var m = data.meta, text;
  if (m.shown_entities < m.entities) {
    text = 'Showing the ' + plural(m.shown_entities, 'entity', 'entities') + ' of highest PageRank out of ' +
           plural(m.entities, 'entity', 'entities') + ' (--html-max-nodes ' + m.max_nodes + '), and the ' +
           plural(m.shown_facts, 'fact', 'facts') + ' between them out of ' + plural(m.facts, 'fact', 'facts') + '.';
  } else {
    text = plural(m.entities, 'entity', 'entities') + ', ' + plural(m.facts, 'fact', 'facts') + '.';
  }
  document.getElementById('notice').textContent = text;
}

function showLegend() {
  var legend = document.getElementById('legend');
  data.types.forEach(function (t) {
    var li = el('li');
    var swatch = el('span', 'swatch');
    swatch.style.background = t.colour;
    li.appendChild(swatch);
    li.appendChild(document.createTextNode(t.name + ' (' + t.count + ')'));
    legend.appendChild(li);
  });
}

// Lower case, accents and case folded: "Élysée" finds "elysee".
function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
const index = data.nodes.map(function (n) { return [n.label].concat(n.names).map(fold); });

// Nodes whose label or another name holds `query`: names starting with it
// first, then by PageRank (node order); at most 12.
function findNodes(query) {
  var q = fold(query.trim());
  if (!q) return [];
  var starts = [], holds = [];
  index.forEach(function (names, i) {
    if (names.some(function (n) { return n.startsWith(q); })) starts.push(i);
    else if (names.some(function (n) { return n.indexOf(q) >= 0; })) holds.push(i);
  });
  return starts.concat(holds).slice(0, 12);
}

function factEnd(node, label) {
  if (node < 0) return el('span', 'end-text', label);
  var b = el('button', 'end', label);
  b.type = 'button';
  b.addEventListener('click', function () { select(node, true); });
  return b;
}

function factItem(f) {
  var li = el('li', 'fact');
  var line = el('div', 'fact-line');
  line.appendChild(factEnd(f.s, f.sl));
  line.appendChild(document.createTextNode(' '));
  line.appendChild(el('span', 'predicate', (f.neg ? 'not ' : '') + f.p));
  line.appendChild(document.createTextNode(' '));
  line.appendChild(factEnd(f.o, f.ol));
  if (f.mod && f.mod !== 'asserted') line.appendChild(el('span', 'badge', f.mod));
  line.appendChild(el('span', 'badge', plural(f.w, 'source', 'sources') + ', confidence ' + f.c));
  li.appendChild(line);
  var sources = el('ul', 'sources');
  f.src.forEach(function (s) {
    var item = el('li', 'source');
    item.appendChild(el('blockquote', 'sentence', data.sentences[s[0]]));
    item.appendChild(el('cite', 'doc', data.docs[s[1]] + ', sentence ' + s[2]));
    sources.appendChild(item);
  });
  if (f.w > f.src.length) sources.appendChild(el('li', 'more', 'and ' + plural(f.w - f.src.length, 'other source', 'other sources')));
  li.appendChild(sources);
  return li;
}

function showPanel(i) {
  var n = data.nodes[i], type = data.types[n.type].name;
  var title = document.getElementById('panel-title');
  title.textContent = n.label;
  title.appendChild(el('span', 'type', type));
  var meta = 'PageRank ' + n.pagerank + ' \u00b7 ' + plural(n.mentions, 'mention', 'mentions');
  if (n.qid) meta += ' \u00b7 Wikidata ' + n.qid;
  if (n.names.length) meta += ' \u00b7 also: ' + n.names.join(', ');
  document.getElementById('panel-meta').textContent = meta;
  let count = plural(n.facts.length, 'fact', 'facts');
  if (n.facts.length === 0) count = 'No facts';
  else if (n.fact_count > n.facts.length) count = 'Its ' + n.facts.length + ' strongest facts of ' + n.fact_count.toLocaleString('en');
  document.getElementById('panel-count').textContent = count;
  var list = document.getElementById('facts');
  list.replaceChildren();
  n.facts.forEach(function (f) { list.appendChild(factItem(data.facts[f])); });
  var panel = document.getElementById('panel');
  panel.hidden = false;
  panel.scrollTop = 0;
}

// The sigma.js renderer of `graph`: hovering or selecting a node greys out the
// nodes it is not joined to and hides their edges.
function makeRenderer() {
  function focus() { return state.selected !== null ? state.selected : state.hovered; }
  return new Sigma(graph, document.getElementById('graph'), {
    renderEdgeLabels: false,
    defaultEdgeType: 'arrow',
    labelRenderedSizeThreshold: 6,
    zIndex: true,
    nodeReducer: function (key, attrs) {
      const f = focus();
      if (f === null) return attrs;
      const out = Object.assign({}, attrs);
      if (key === f) { out.highlighted = true; out.zIndex = 2; }
      else if (!graph.areNeighbors(key, f)) { out.color = '#e4e4e4'; out.label = ''; out.zIndex = 0; }
      else out.zIndex = 1;
      return out;
    },
    edgeReducer: function (key, attrs) {
      const f = focus();
      if (f === null) return attrs;
      const out = Object.assign({}, attrs);
      if (graph.hasExtremity(key, f)) { out.color = '#777'; out.size = 1.5; }
      else out.hidden = true;
      return out;
    }
  });
}

// Brings node `key` to the middle of what the panel leaves visible.
function moveTo(key) {
  const d = renderer.getNodeDisplayData(key), camera = renderer.getCamera();
  if (!d) return;
  const target = {x: d.x, y: d.y, angle: camera.getState().angle, ratio: Math.min(camera.getState().ratio, 0.6)};
  const size = renderer.getDimensions(), panel = document.getElementById('panel').getBoundingClientRect().width;
  const a = renderer.viewportToFramedGraph({x: size.width / 2, y: size.height / 2}, {cameraState: target});
  const b = renderer.viewportToFramedGraph({x: size.width / 2 + panel / 2, y: size.height / 2}, {cameraState: target});
  target.x += b.x - a.x;
  target.y += b.y - a.y;
  camera.animate(target, {duration: 400});
}

function select(i, move) {
  state.selected = String(i);
  showPanel(i);
  renderer.refresh();
  if (move) moveTo(String(i));
}
function unselect() {
  state.selected = null;
  document.getElementById('panel').hidden = true;
  renderer.refresh();
}

function wireRenderer() {
  renderer.on('clickNode', function (e) { select(Number(e.node), false); });
  renderer.on('clickStage', unselect);
  renderer.on('enterNode', function (e) { state.hovered = e.node; renderer.refresh(); });
  renderer.on('leaveNode', function () { state.hovered = null; renderer.refresh(); });
  document.getElementById('close').addEventListener('click', unselect);
}

// The search box: matching nodes listed as it is typed, Enter opens the first.
function wireSearch() {
  const search = document.getElementById('search'), results = document.getElementById('results');
  search.addEventListener('input', function () {
    results.replaceChildren();
    const found = findNodes(search.value);
    found.forEach(function (i) {
      const li = el('li'), b = el('button', 'result', data.nodes[i].label);
      b.type = 'button';
      b.appendChild(el('span', 'type', data.types[data.nodes[i].type].name));
      b.addEventListener('click', function () { results.hidden = true; select(i, true); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (found.length === 0 && search.value.trim()) results.appendChild(el('li', 'none', 'No entity of the page has that name'));
    results.hidden = !search.value.trim();
  });
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      const found = findNodes(search.value);
      if (found.length) { results.hidden = true; select(found[0], true); }
    } else if (e.key === 'Escape') {
      results.hidden = true;
    }
  });
}

graph = buildGraph();
renderer = makeRenderer();
wireRenderer();
wireSearch();
showNotice();
showLegend();
// For scripts driving the page (tests, the browser console).
window.kgraph = {data: data, graph: graph, renderer: renderer, select: select, find: findNodes};
