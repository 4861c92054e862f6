// view_filters.mjs: the HTML view's filters and search change what is drawn, checked in
// headless Chromium (Debian's chromium, the pinned playwright-core) on the graph of examples/
// and every set under tests/data (about a thousand entities). What cytoscape draws (its
// :visible elements, and the painted pixels of its canvas) is compared with what kg itself
// says, never with the view's own data: a type or relation filter leaves the nodes and links
// of `kg export json` of the other types; a date range open on one side leaves those of
// `kg export json --since D` or `--until D`; a search marks the nodes whose name or alias
// holds the text. So a speed-up of the view cannot silently break them.
// usage: node tests/view_filters.mjs KG_BINARY
// Exit 77 (meson: skipped) only when chromium is not installed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const kg = process.argv[2];
const chromiumPath = process.env.KG_CHROMIUM || '/usr/bin/chromium';
if (!kg) {
  console.error('usage: node tests/view_filters.mjs KG_BINARY');
  process.exit(2);
}
if (!fs.existsSync(chromiumPath)) {
  console.log(`SKIP: chromium is not installed at ${chromiumPath}`);
  process.exit(77);
}
const { chromium } = await import('playwright-core');

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`);
  if (!ok) failures++;
}
const sameSet = (a, b) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const linkKey = (l) => `${l.source}|${l.target}|${l.type}`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-view-filters-'));
const db = path.join(tmp, 'kg.db');
const run = (...args) => execFileSync(kg, ['--db', db, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const data = path.join(root, 'tests', 'data');
const sets = fs.readdirSync(data).filter((d) => fs.statSync(path.join(data, d)).isDirectory());
run('-q', 'build', path.join(root, 'examples'), ...sets.map((d) => path.join(data, d)));
const graph = JSON.parse(run('export', 'json'));
const html = path.join(tmp, 'graph.html');
run('export', 'html', '-o', html);
const dates = JSON.parse(run('documents', '--json')).map((d) => d.date).filter(Boolean).sort();

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 }, offline: true })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(html).href);
  await page.waitForFunction(() => window.kgView && window.kgView.ready, null, { timeout: 30000 });
  // what cytoscape draws, read after its next redraw (its :visible can lag a change until then)
  const drawn = () => page.evaluate(async () => {
    const cy = window.kgView.cy;
    await new Promise((resolve) => { cy.one('render', resolve); cy.forceRender(); });
    return {
      nodes: cy.nodes(':visible').map((n) => n.id()),
      links: cy.edges(':visible').map((e) => `${e.source().id()}|${e.target().id()}|${e.data('type')}`),
    };
  });
  // painted pixels of the canvas after cytoscape's next redraw
  const painted = () => page.evaluate(() => new Promise((resolve) => {
    const cy = window.kgView.cy;
    cy.one('render', () => {
      let count = 0;
      for (const c of document.querySelectorAll('#cy canvas')) {
        if (!c.width || !c.height) continue;
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) count++;
      }
      resolve(count);
    });
    cy.forceRender();
  }));
  const setDate = async (sel, value) => {
    await page.fill(sel, value);
    await page.press(sel, 'Enter'); // a change event
  };

  const all = await drawn();
  check(sameSet(all.nodes, graph.nodes.map((n) => n.id)), `all ${graph.nodes.length} nodes drawn at first`);
  check(sameSet(all.links, graph.links.map(linkKey)), `all ${graph.links.length} links drawn at first`);
  const fullPixels = await painted();

  // a type filter: the most common type off
  const count = (xs, key) => xs.reduce((m, x) => m.set(x[key], (m.get(x[key]) || 0) + 1), new Map());
  const type = [...count(graph.nodes, 'type')].sort((a, b) => b[1] - a[1])[0][0];
  await page.uncheck(`#types input[value="${type}"]`);
  let now = await drawn();
  const keptNodes = graph.nodes.filter((n) => n.type !== type);
  const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
  check(sameSet(now.nodes, keptNodes.map((n) => n.id)), `"${type}" off: the ${keptNodes.length} other nodes drawn`);
  const keptLinks = graph.links.filter((l) => typeOf.get(l.source) !== type && typeOf.get(l.target) !== type);
  check(sameSet(now.links, keptLinks.map(linkKey)), `"${type}" off: the ${keptLinks.length} links between them drawn`);
  const fewer = await painted();
  check(fewer < fullPixels, `"${type}" off: the canvas paints fewer pixels (${fewer} < ${fullPixels})`);
  await page.check(`#types input[value="${type}"]`);
  check(sameSet((await drawn()).nodes, all.nodes), `"${type}" on again: all nodes drawn`);

  // a relation filter: the most common relation off
  const rel = [...count(graph.links, 'type')].sort((a, b) => b[1] - a[1])[0][0];
  await page.uncheck(`#relations input[value="${rel}"]`);
  now = await drawn();
  const otherLinks = graph.links.filter((l) => l.type !== rel);
  check(sameSet(now.links, otherLinks.map(linkKey)), `"${rel}" off: the ${otherLinks.length} other links drawn`);
  check(sameSet(now.nodes, all.nodes), `"${rel}" off: every node still drawn`);
  await page.check(`#relations input[value="${rel}"]`);
  check(sameSet((await drawn()).links, all.links), `"${rel}" on again: all links drawn`);

  // a date range open on one side: what kg export keeps for that period
  const day = dates[dates.length >> 1].slice(0, 7) + '-01';
  for (const [sel, opt] of [['#date-from', '--since'], ['#date-to', '--until']]) {
    const period = JSON.parse(run('export', 'json', opt, day));
    await setDate(sel, day);
    now = await drawn();
    check(period.nodes.length > 0 && period.nodes.length < graph.nodes.length,
      `${opt} ${day} keeps ${period.nodes.length} of ${graph.nodes.length} nodes`);
    check(sameSet(now.nodes, period.nodes.map((n) => n.id)),
      `dates ${opt === '--since' ? 'from' : 'to'} ${day}: the nodes of kg export ${opt} drawn (${now.nodes.length} drawn, ${period.nodes.length} expected)`);
    check(sameSet(now.links, period.links.map(linkKey)),
      `dates ${opt === '--since' ? 'from' : 'to'} ${day}: the links of kg export ${opt} drawn (${now.links.length} drawn, ${period.links.length} expected)`);
    await setDate(sel, '');
    check(sameSet((await drawn()).nodes, all.nodes), `dates cleared: all nodes drawn`);
  }

  // a search: the nodes whose name or an alias holds the text are marked, and only those
  const person = graph.nodes.filter((n) => n.type === 'person' && n.aliases.length)
    .sort((a, b) => b.pagerank - a.pagerank)[0];
  const query = fold(person.label).split(' ').pop().slice(0, 5);
  const expected = graph.nodes.filter((n) => [n.label, ...n.aliases].some((s) => fold(s).includes(query)));
  check(expected.length > 0 && expected.length < 50, `"${query}" names ${expected.length} nodes`);
  await page.fill('#search', query);
  const marked = await page.evaluate(() => window.kgView.cy.nodes('.hit').map((n) => [n.id(), parseFloat(n.style('border-width'))]));
  check(sameSet(marked.map((m) => m[0]), expected.map((n) => n.id)), `search "${query}" marks the ${expected.length} nodes it names`);
  check(marked.every((m) => m[1] > 0), 'the marked nodes are drawn with a border');
  check((await page.$$('#hits li')).length === expected.length, 'the search lists each of them');
  await page.fill('#search', '');
  check(await page.evaluate(() => window.kgView.cy.nodes('.hit').length) === 0, 'an empty search marks none');
  check(errors.length === 0, `no page errors${errors.length ? ': ' + errors.join('; ') : ''}`);
} finally {
  await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (failures) {
  console.log(`${failures} checks failed`);
  process.exit(1);
}
console.log('all checks passed');
