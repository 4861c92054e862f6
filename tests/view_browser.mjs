// view_browser.mjs: `kg export html` in a real browser (Debian's chromium, driven by the pinned
// playwright-core from node_modules). Builds a store from examples/ and a document whose
// sentence holds "</script><script>...", exports the view, opens it from file:// with the
// network off, and checks: every node of the store is drawn (cytoscape's node count equals
// kg export json's, and the canvas holds coloured pixels), a click on the top node fills the
// panel with its aliases, documents and evidence sentences, the type filter and the search
// box work, and the injected script never ran; kg report's page draws its plots and links to
// the view. Saves a screenshot (argument 2, default
// view.png in the working folder; README's docs/view.png is made by this test).
// usage: node tests/view_browser.mjs KG_BINARY [SCREENSHOT.png]
// Exit 77 (meson: skipped) only when chromium is not installed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const kg = process.argv[2];
const shot = path.resolve(process.argv[3] || 'view.png');
const chromiumPath = process.env.KG_CHROMIUM || '/usr/bin/chromium';

if (!kg) {
  console.error('usage: node tests/view_browser.mjs KG_BINARY [SCREENSHOT.png]');
  process.exit(2);
}
if (!fs.existsSync(chromiumPath)) {
  console.log(`SKIP: chromium is not installed at ${chromiumPath} (apt-get install chromium; ./run.sh setup installs it)`);
  process.exit(77);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  console.error(`FAIL: playwright-core is missing from node_modules (run npm ci): ${e.message}`);
  process.exit(1);
}

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`);
  if (!ok) failures++;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-view-'));
const db = path.join(tmp, 'kg.db');
const run = (...args) => execFileSync(kg, ['--db', db, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const INJECTION = '</script><script>window.kgPwned=1</script>';
fs.writeFileSync(path.join(tmp, 'inject.txt'),
  'Astana talks on reform\nMay 3, 2023\n' +
  'ASTANA, May 3 - Kassym-Jomart Tokayev spoke at the Astana International Forum on Tuesday.\n' +
  `"We will continue the ${INJECTION} reform <!-- and more", Tokayev said at the Astana International Forum.\n`);
run('-q', 'build', path.join(root, 'examples'), path.join(tmp, 'inject.txt'));
const graph = JSON.parse(run('export', 'json'));
const html = path.join(tmp, 'graph.html');
run('export', 'html', '-o', html);

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, offline: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(html).href);
  await page.waitForFunction(() => window.kgView && window.kgView.ready, null, { timeout: 20000 });
  await page.waitForTimeout(300); // let cytoscape paint

  const drawn = await page.evaluate(() => window.kgView.cy.nodes().length);
  check(drawn === graph.nodes.length, `cytoscape holds ${drawn} nodes, the store ${graph.nodes.length}`);
  const edges = await page.evaluate(() => window.kgView.cy.edges().length);
  check(edges === graph.links.length, `cytoscape holds ${edges} edges, the store ${graph.links.length}`);
  const coloured = await page.evaluate(() => {
    let count = 0;
    for (const c of document.querySelectorAll('#cy canvas')) {
      if (!c.width || !c.height) continue;
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) count++;
    }
    return count;
  });
  check(coloured > 2000, `canvas holds ${coloured} painted pixels`);

  // click the node with the highest PageRank at its place on the screen
  const top = graph.nodes.reduce((a, b) => (b.pagerank > a.pagerank ? b : a));
  const at = await page.evaluate((id) => {
    const n = window.kgView.cy.getElementById(id), p = n.renderedPosition();
    const r = document.getElementById('cy').getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, top.id);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((id) => window.kgView.selected === id, top.id, { timeout: 5000 })
    .catch(() => {});
  const panel = await page.innerText('#panel');
  check(panel.includes(top.label), `a click on "${top.label}" shows it in the panel`);
  const sentence = graph.links.find((l) => l.source === top.id || l.target === top.id).evidence[0];
  check(panel.includes(sentence.sentence.slice(0, 40)), 'the panel shows an evidence sentence of its relations');
  check(sentence.title === null || panel.includes(sentence.title), 'the panel shows the evidence document\'s title');
  check(/aliases/i.test(panel) && /documents \(\d+\)/i.test(panel), 'the panel has aliases and documents');
  if (top.aliases.length)
    check(panel.includes(top.aliases[0]), `the panel lists alias "${top.aliases[0]}"`);

  // the injected sentence is shown as text, and its script never ran
  const tokayev = graph.nodes.find((n) => n.label.includes('Tokayev'));
  if (tokayev) {
    await page.evaluate((id) => window.kgView.focus(window.kgView.data.nodes.findIndex((n) => n.id === id)), tokayev.id);
    const text = await page.innerText('#panel');
    check(text.includes(INJECTION), 'a sentence holding </script> is shown as text');
  } else {
    check(false, 'the injection document gave a Tokayev node');
  }
  check(await page.evaluate(() => window.kgPwned === undefined), 'no script from the data ran');

  // filters and search
  const persons = graph.nodes.filter((n) => n.type === 'person').length;
  await page.uncheck('#types input[value="person"]');
  const visible = await page.evaluate(() => window.kgView.cy.nodes().not('.hidden').length);
  check(visible === graph.nodes.length - persons, `hiding persons leaves ${visible} of ${graph.nodes.length} nodes`);
  await page.check('#types input[value="person"]');
  await page.fill('#search', top.label.slice(0, 6));
  const hits = await page.innerText('#hits');
  check(hits.includes(top.label), `searching "${top.label.slice(0, 6)}" lists ${top.label}`);
  await page.fill('#search', '');
  await page.evaluate(() => document.getElementById('hits').replaceChildren());

  check(errors.length === 0, `no page errors${errors.length ? ': ' + errors.join('; ') : ''}`);
  check(requests.length === 0, `no network request${requests.length ? ': ' + requests.join(' ') : ''}`);
  // the picture: the whole graph, coloured by type, with the top node's panel
  await page.evaluate(() => window.kgView.cy.fit(undefined, 30));
  await page.waitForTimeout(200);
  const again = await page.evaluate((id) => {
    const n = window.kgView.cy.getElementById(id), p = n.renderedPosition();
    const r = document.getElementById('cy').getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, top.id);
  await page.mouse.click(again.x, again.y);
  await page.waitForTimeout(200);
  await page.screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);

  // kg report: the plots render as SVG and link to the view beside them
  const rep = path.join(tmp, 'report');
  run('-q', 'report', '-o', rep);
  await page.goto(pathToFileURL(path.join(rep, 'index.html')).href);
  const bars = await page.evaluate(() => Array.from(document.querySelectorAll('svg rect'))
    .filter((r) => r.getBoundingClientRect().height > 0).length);
  check(bars >= 20, `the report draws ${bars} bars`);
  await page.click('a[href="graph.html"]');
  await page.waitForFunction(() => window.kgView && window.kgView.ready, null, { timeout: 20000 });
  check(await page.evaluate(() => window.kgView.cy.nodes().length) === graph.nodes.length,
    'the report\'s link opens the view of the whole graph');
} finally {
  await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (failures) {
  console.log(`${failures} checks failed`);
  process.exit(1);
}
console.log('all checks passed');
