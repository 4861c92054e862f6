// view.mjs: times `kg export html` pages in headless Chromium (Debian's chromium, driven by the
// pinned playwright-core), as a person uses them: the first draw, a click on a node until the
// side panel shows its evidence, a search, a type filter and a date-range change until the
// graph is redrawn, and the JavaScript heap. Run by bench/view.sh.
// usage: node bench/view.mjs RUNS PAGE.html...
// Prints one JSON line per page: {"page", "nodes", "runs": {measure: [ms...]}, "heap_mb": [...]}.
//
// How an interaction is timed: the page records the timeStamp of the input event that starts
// it (mousedown, input or change, in the capture phase, before the view's own handlers), and
// the interaction ends with the frame that shows its result: the end of the first cytoscape
// redraw (its 'render' event) after the event at which the result holds (the count of shown
// entities changed, the clicked node is marked, the search's hits are listed), or, for the
// panel, the animation frame in which it holds an evidence sentence (painted at that frame's
// end, whether or not the graph is redrawn). The first draw ends with the first redraw after
// the view says it is ready (nodes and edges); a view that draws its nodes first gives the
// time of that first frame in kgView.timing.nodesDrawn.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const chromiumPath = process.env.KG_CHROMIUM || '/usr/bin/chromium';
const [runsArg, ...pages] = process.argv.slice(2);
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 1 || !pages.length) {
  console.error('usage: node bench/view.mjs RUNS PAGE.html...');
  process.exit(2);
}
if (!fs.existsSync(chromiumPath)) {
  console.error(`view.mjs: chromium is not installed at ${chromiumPath}`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');

// installed before the page's own scripts: input timestamps, cytoscape's redraws, waiting
const HOOKS = () => {
  const b = (window.__bench = { want: null, t0: 0, rendered: 0, listeners: new Set() });
  for (const type of ['mousedown', 'input', 'change']) {
    window.addEventListener(type, (ev) => {
      if (b.want === type && !b.t0) b.t0 = ev.timeStamp;
    }, true);
  }
  b.hook = () => {
    if (b.hooked || !window.kgView || !window.kgView.cy) return;
    b.hooked = true;
    window.kgView.cy.on('render', () => {
      b.rendered = performance.now();
      for (const f of [...b.listeners]) f(b.rendered);
    });
  };
  // resolves with the time of the first frame that shows cond() true: without redraw, the
  // animation frame in which it holds (the page paints it at the end of that frame); with
  // redraw, the end of the first cytoscape redraw after t0 at which it holds
  b.until = (cond, redraw, limit) => new Promise((resolve, reject) => {
    const give = performance.now() + limit;
    let done = false;
    const listener = (t) => {
      if (!done && b.t0 && t > b.t0 && cond()) { done = true; b.listeners.delete(listener); resolve(t); }
    };
    if (redraw) b.listeners.add(listener);
    const tick = () => {
      b.hook();
      if (done) return;
      if (!redraw && cond()) {
        done = true;
        resolve(performance.now());
      } else if (performance.now() > give) {
        done = true;
        b.listeners.delete(listener);
        reject(new Error('timed out'));
      } else {
        requestAnimationFrame(tick);
      }
    };
    requestAnimationFrame(tick);
  });
};

// quiet time before each interaction, so that the redraws and the texture caching that follow
// one (or the first draw) are not counted in the next
const SETTLE_MS = 1000;

function median(xs) {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[(s.length - 1) >> 1] : null;
}

// arms the timer for the next event of type, then does action and waits for cond
async function timed(page, type, action, cond, arg, redraw = true) {
  await page.waitForTimeout(SETTLE_MS);
  // the watch starts before the action, so that no redraw is missed
  await page.evaluate(([t, src, a, r]) => {
    const b = window.__bench;
    b.want = t;
    b.t0 = 0;
    const c = new Function('arg', `return (${src})(arg);`);
    b.pending = b.until(() => b.t0 > 0 && c(a), r, 60000).then((end) => end - b.t0);
  }, [type, cond.toString(), arg, redraw]);
  await action();
  return page.evaluate(() => window.__bench.pending);
}

const shownText = () => document.getElementById('stats').textContent;

async function measure(browser, file) {
  const out = { draw: [], drawall: [], click: [], clickdraw: [], search: [], filter: [], unfilter: [], dates: [], undates: [] };
  const heap = [];
  let nodes = 0, clicked = null;
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, offline: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(HOOKS);
    await page.goto(pathToFileURL(file).href, { timeout: 120000 });
    // first draw: from the start of navigation to the first painted frame after the view
    // says it is ready and cytoscape has drawn (performance.now() counts from navigation)
    // (a view that draws its nodes before its edges says when each were drawn)
    const [nodesAt, allAt] = await page.evaluate(async () => {
      const b = window.__bench;
      await b.until(() => window.kgView && window.kgView.ready &&
        ((window.kgView.timing || {}).edgesDrawn || b.rendered > 0), false, 120000);
      const t = window.kgView.timing || {};
      return [t.nodesDrawn || b.rendered, t.edgesDrawn || b.rendered];
    });
    out.draw.push(nodesAt);
    out.drawall.push(allAt);
    nodes = await page.evaluate(() => window.kgView.cy.nodes().length);

    // a click at the centre of the node of highest PageRank (the most relations, the longest
    // panel); whichever node is drawn on top there opens (the panel is emptied first)
    const top = await page.evaluate(() => {
      const d = window.kgView.data, ns = d.nodes, cy = window.kgView.cy;
      const columns = !Array.isArray(ns);
      const count = columns ? ns.pagerank.length : ns.length;
      const pr = (i) => (columns ? ns.pagerank[i] : ns[i].pagerank);
      let best = 0;
      for (let i = 1; i < count; i++) if (pr(i) > pr(best)) best = i;
      const n = cy.nodes().filter((x) => x.data('idx') === best)[0], p = n.renderedPosition();
      const rect = document.getElementById('cy').getBoundingClientRect();
      document.getElementById('panel').textContent = '';
      return { label: columns ? ns.label[best] : ns[best].label, x: rect.left + p.x, y: rect.top + p.y };
    });
    // the panel on the screen, then the graph redrawn with the node marked (the view may
    // paint the panel before it redraws the graph); the two are timed from one click
    const filled = () => {
      const p = document.getElementById('panel'), h = p.querySelector('h3');
      return h && h.textContent && p.querySelector('blockquote') !== null;
    };
    await page.evaluate(() => {
      const b = window.__bench, cy = window.kgView.cy;
      b.marked = null;
      b.until(() => b.t0 > 0 && cy.$(':selected, .sel').length > 0, true, 60000)
        .then((end) => { b.marked = end - b.t0; });
    });
    out.click.push(await timed(page, 'mousedown', () => page.mouse.click(top.x, top.y), filled,
      null, false));
    await page.waitForFunction(() => window.__bench.marked !== null, null, { timeout: 60000 });
    out.clickdraw.push(await page.evaluate(() => window.__bench.marked));
    const shown = await page.evaluate(() => document.querySelector('#panel h3').textContent);
    clicked = `${shown} (at the centre of ${top.label})`;

    const query = top.label.slice(0, 5);
    out.search.push(await timed(page, 'input', () => page.fill('#search', query),
      () => document.querySelectorAll('#hits li').length > 0));
    await page.fill('#search', '');

    // a type filter: persons off, then on again
    let before = await page.evaluate(shownText);
    out.filter.push(await timed(page, 'change', () => page.uncheck('#types input[value="person"]'),
      (b) => document.getElementById('stats').textContent !== b, before));
    before = await page.evaluate(shownText);
    out.unfilter.push(await timed(page, 'change', () => page.check('#types input[value="person"]'),
      (b) => document.getElementById('stats').textContent !== b, before));

    // a date range: from the middle of the documents' dates, then cleared
    const middle = await page.evaluate(() => {
      const d = window.kgView.data.docs;
      const dates = (Array.isArray(d) ? d.map((x) => x[2]) : d.date).filter(Boolean).sort();
      return dates.length ? dates[dates.length >> 1].slice(0, 10) : '';
    });
    if (middle) {
      before = await page.evaluate(shownText);
      out.dates.push(await timed(page, 'change', async () => {
        await page.fill('#date-from', middle);
        await page.press('#date-from', 'Enter');
      }, (b) => document.getElementById('stats').textContent !== b, before));
      before = await page.evaluate(shownText);
      out.undates.push(await timed(page, 'change', async () => {
        await page.fill('#date-from', '');
        await page.press('#date-from', 'Enter');
      }, (b) => document.getElementById('stats').textContent !== b, before));
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    heap.push(usage.usedSize / 1048576);
    if (errors.length) throw new Error(`${file}: page errors: ${errors.join('; ')}`);
    await context.close();
  }
  const med = {};
  for (const [k, v] of Object.entries(out)) med[k] = median(v);
  return { page: path.basename(file), nodes, clicked, median_ms: med, heap_mb: median(heap), runs: out };
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  for (const file of pages) console.log(JSON.stringify(await measure(browser, path.resolve(file))));
} finally {
  await browser.close();
}
