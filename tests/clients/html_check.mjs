// Opens a graph.html in Debian's headless Chromium (driven by puppeteer-core,
// no browser download), looks at it as a person would and prints what it saw
// as JSON, for tests/export/html_writer_test.cpp to judge:
//   errors      page errors, console errors and requests that left the page
//   pwned       window.__pwned (a hostile label that ran script sets it)
//   images, scripts, iframes   elements in the page (injected markup would add some)
//   notice, legend             the page's texts
//   pixels      from a screenshot of the drawing: {total, coloured (saturated
//               pixels), by_type: {type: pixels of its colour}}
//   search      after typing QUERY in the search box: the result labels, then
//               after Enter the panel: {title, count, facts: [{line, sentences, docs}]}
//               (docs: "DOCUMENT, sentence N")
//   click       after a real mouse click on the drawn node of highest PageRank:
//               {label: its label, title: the panel's title}
// Usage: node html_check.mjs PAGE.html SCREENSHOT.png QUERY [PANEL.png]
//   SCREENSHOT.png: the page as it opens; PANEL.png: with QUERY's panel open
//   (the picture in the README: docs/img/graph-html.png, of `make demo`'s page).
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import puppeteer from 'puppeteer-core';

const [page_path, screenshot_path, query, panel_path] = process.argv.slice(2);
const chromium = process.env.KG_CHROMIUM || '/usr/bin/chromium';
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-gpu-sandbox',
         '--no-first-run', '--disable-extensions', '--window-size=1200,800'],
  defaultViewport: {width: 1200, height: 800},
});

// The pixels of `png` (base64) inside `rect`, decoded by the browser itself.
async function pixels(page, png, rect) {
  return page.evaluate(async (png, rect, types) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + png;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(rect.x, rect.y, rect.width, rect.height).data;
    const rgb = types.map(t => [t.name, parseInt(t.colour.slice(1, 3), 16), parseInt(t.colour.slice(3, 5), 16),
                                parseInt(t.colour.slice(5, 7), 16)]);
    const out = {total: rect.width * rect.height, coloured: 0, by_type: {}};
    for (const t of rgb) out.by_type[t[0]] = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i], g = d[i + 1], b = d[i + 2];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) out.coloured++;
      for (const t of rgb)
        if (Math.abs(r - t[1]) <= 6 && Math.abs(g - t[2]) <= 6 && Math.abs(b - t[3]) <= 6) out.by_type[t[0]]++;
    }
    return out;
  }, png, rect, await page.evaluate(() => window.kgraph.data.types));
}

function panel(page) {
  return page.evaluate(() => ({
    hidden: document.getElementById('panel').hidden,
    title: document.getElementById('panel-title').firstChild ? document.getElementById('panel-title').firstChild.textContent : '',
    count: document.getElementById('panel-count').textContent,
    facts: [...document.querySelectorAll('#facts > li')].map(li => ({
      line: li.querySelector('.fact-line').textContent,
      sentences: [...li.querySelectorAll('blockquote.sentence')].map(q => q.textContent),
      docs: [...li.querySelectorAll('cite.doc')].map(c => c.textContent),
    })),
  }));
}

const report = {errors: []};
try {
  const page = await browser.newPage();
  page.on('pageerror', e => report.errors.push('pageerror: ' + e.message));
  page.on('console', m => { if (m.type() === 'error') report.errors.push('console: ' + m.text()); });
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) report.errors.push('request: ' + r.url()); });
  await page.goto(pathToFileURL(path.resolve(page_path)).href, {waitUntil: 'load'});
  await page.waitForFunction(() => window.kgraph !== undefined, {timeout: 20000});
  await new Promise(r => setTimeout(r, 500));  // sigma draws on the next animation frames

  const shot = await page.screenshot({encoding: 'base64', type: 'png'});
  fs.writeFileSync(screenshot_path, Buffer.from(shot, 'base64'));
  const graph_rect = await page.evaluate(() => {
    const r = document.getElementById('graph').getBoundingClientRect();
    const legend = document.getElementById('legend').getBoundingClientRect();
    // Above the legend (its swatches have the type colours too).
    return {x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(legend.y - r.y - 2)};
  });
  report.pixels = await pixels(page, shot, graph_rect);
  Object.assign(report, await page.evaluate(() => ({
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    images: document.images.length,
    scripts: document.scripts.length,
    iframes: document.querySelectorAll('iframe, object, embed').length,
    notice: document.getElementById('notice').textContent,
    legend: [...document.querySelectorAll('#legend li')].map(li => li.textContent),
  })));

  // A real click on the drawn node of highest PageRank (node "0").
  const target = await page.evaluate(() => {
    const k = window.kgraph;
    const p = k.renderer.graphToViewport(k.graph.getNodeAttributes('0')), r = document.getElementById('graph').getBoundingClientRect();
    return {label: k.data.nodes[0].label, x: r.x + p.x, y: r.y + p.y};
  });
  await page.mouse.move(target.x, target.y);
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction(() => !document.getElementById('panel').hidden, {timeout: 5000}).catch(() => {});
  report.click = {label: target.label, ...(await panel(page))};
  await page.click('#close');

  await page.type('#search', query);
  report.search = {query};
  report.search.results = await page.$$eval('#results button.result', bs => bs.map(b => b.firstChild.textContent));
  await page.focus('#search');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.getElementById('panel').hidden, {timeout: 5000}).catch(() => {});
  report.search.panel = await panel(page);
  if (panel_path) {
    await new Promise(r => setTimeout(r, 600));  // the camera moves to the node
    await page.screenshot({path: panel_path, type: 'png'});
  }
  report.pwned = await page.evaluate(() => window.__pwned === undefined ? null : String(window.__pwned));
} catch (e) {
  report.errors.push('driver: ' + e.message);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report));
