/* kg view: draws the graph that `kg export html` embeds (element #kg-data, JSON) with
 * cytoscape.js. Positions come precomputed from kg (igraph), so the browser runs no layout.
 * Data: {graph: {...}, docs: [[id, title, date]], nodes: [{id, label, type, community,
 * pagerank, size, x, y, aliases: [[alias, reason]], docs: [doc index], ndocs, first (the
 * earliest day a document of it ends on), last (the latest day one starts on),
 * mentions}], edges: [{source, target (node indexes), type, weight, evidence: [[doc index,
 * sentence index]]}], sentences: [text]} (a sentence that supports several edges is written
 * once). Every text from the data is put into the page as text (textContent), never
 * as HTML. window.kgView exposes the state to tests. */
(function () {
  'use strict';
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var tParsed = performance.now();
  var TYPE_COLOURS = { person: '#4e79a7', organisation: '#f28e2b', party: '#e15759',
    place: '#59a14f', event: '#b07aa1' };
  /* light, opaque (70 % over white) */
  var REL_COLOURS = { 'spoke-at': '#bacae2', 'affiliated-with': '#f8d3ae',
    'discussed': '#d9c1d5', 'located-in': '#c2ddbe' };
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2',
    '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173',
    '#3182bd', '#e6550d', '#31a354', '#756bb1', '#636363'];

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function typeColour(t) { return TYPE_COLOURS[t] || '#888888'; }
  function communityColour(c) { return c < 0 ? '#888888' : PALETTE[c % PALETTE.length]; }
  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function docLabel(i) {
    var d = data.docs[i];
    if (!d) return '';
    return (d[1] || d[0].slice(0, 12)) + (d[2] ? ' (' + d[2] + ')' : '');
  }
  function day(s) { return s ? String(s).slice(0, 10) : ''; }

  /* ---- elements -------------------------------------------------------------------- */
  var elements = [], edgeElements = [];
  var types = {}, relations = {};
  /* labels on the LABELLED nodes of highest PageRank only: measuring thousands of labels is
   * most of cytoscape's work on a large graph (a selected node always shows its label) */
  var LABELLED = 250;
  var byRank = data.nodes.map(function (n, i) { return i; });
  byRank.sort(function (a, b) { return data.nodes[b].pagerank - data.nodes[a].pagerank; });
  var labelled = {};
  byRank.slice(0, LABELLED).forEach(function (i) { labelled[i] = true; });
  data.nodes.forEach(function (n, i) {
    types[n.type] = (types[n.type] || 0) + 1;
    /* z: larger nodes are drawn over smaller ones, so a click on a hub opens the hub */
    elements.push({ group: 'nodes', data: { id: n.id, idx: i, name: n.label, type: n.type,
      size: n.size, z: Math.round(n.size), colour: typeColour(n.type) },
      position: { x: n.x, y: n.y }, classes: labelled[i] ? 'lab' : undefined });
  });
  data.edges.forEach(function (e, i) {
    relations[e.type] = (relations[e.type] || 0) + 1;
    /* as kg writes a node's: the earliest day an evidence document ends on and the latest
     * day one starts on (a document dated by month spans the month) */
    var first = '', last = '';
    e.evidence.forEach(function (ev) {
      var d = data.docs[ev[0]], t = d ? day(d[2]) : '';
      if (!t) return;
      /* a full day is its own start and end (an --until range must keep the edges of a
       * document dated on its last day) */
      var start = t + (t.length === 4 ? '-01-01' : t.length === 7 ? '-01' : ''),
        end = t + (t.length === 4 ? '-12-31' : t.length === 7 ? '-31' : '');
      if (!first || end < first) first = end;
      if (!last || start > last) last = start;
    });
    e.first = first; e.last = last;
    edgeElements.push({ group: 'edges', data: { id: 'e' + i, idx: i,
      source: data.nodes[e.source].id, target: data.nodes[e.target].id, type: e.type,
      colour: REL_COLOURS[e.type] || '#cccccc', width: Math.min(1 + Math.log(e.weight || 1), 5) } });
  });

  var big = data.nodes.length > 1500;
  /* the nodes are drawn first and the edges added after that first frame (addEdges): at
   * thousands of nodes the graph shows in half the time, and the edges follow */
  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    layout: { name: 'preset' },
    minZoom: 0.02, maxZoom: 8, wheelSensitivity: 0.3,
    /* no element takes mouse events (style events: no), so a press on a node does not
     * activate it, which redraws the whole graph: the view finds the node under a tap itself
     * (nodeAt) and marks the selected node after the panel is painted (select) */
    autoungrabify: true, autounselectify: true,
    hideEdgesOnViewport: big, textureOnViewport: big, pixelRatio: big ? 1 : 'auto',
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)',
        height: 'data(size)', 'font-size': 10, color: '#222', 'z-index': 'data(z)',
        'text-valign': 'bottom', 'text-margin-y': 2, 'min-zoomed-font-size': big ? 12 : 7,
        'border-width': 0, events: 'no' } },
      /* a label style only on the nodes that show one: thousands of empty labels still cost
       * cytoscape a measure on every redraw */
      { selector: 'node.lab', style: { label: 'data(name)' } },
      /* opaque edges in light colours: blending 10,000 translucent lines costs a third of a
       * redraw */
      { selector: 'edge', style: { 'line-color': 'data(colour)', width: 'data(width)',
        'curve-style': 'haystack', events: 'no' } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
      { selector: 'node.hit', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'node.sel', style: { label: 'data(name)', 'border-width': 4, 'border-color': '#d00',
        'text-opacity': 1, 'font-weight': 'bold', 'z-index': 10 } }
    ]
  });

  /* ---- controls -------------------------------------------------------------------- */
  function checkboxes(box, counts, colourOf, onChange) {
    var state = {};
    Object.keys(counts).sort().forEach(function (k) {
      state[k] = true;
      var label = el('label'), cb = el('input');
      cb.type = 'checkbox'; cb.checked = true; cb.value = k;
      cb.addEventListener('change', function () { state[k] = cb.checked; onChange(); });
      var sw = el('span', null, 'swatch'); sw.style.background = colourOf(k);
      label.appendChild(cb); label.appendChild(sw);
      label.appendChild(document.createTextNode(k + ' (' + counts[k] + ')'));
      box.appendChild(label);
    });
    return state;
  }
  var typeOn = checkboxes(document.getElementById('types'), types, typeColour, applyFilters);
  var relOn = checkboxes(document.getElementById('relations'), relations,
    function (r) { return REL_COLOURS[r] || '#ccc'; }, applyFilters);
  var dateFrom = document.getElementById('date-from'), dateTo = document.getElementById('date-to');
  var allDays = data.docs.map(function (d) { return day(d[2]); }).filter(Boolean).sort();
  if (allDays.length) {
    document.getElementById('date-hint').textContent =
      'documents from ' + allDays[0] + ' to ' + allDays[allDays.length - 1] + ' (YYYY-MM-DD)';
  }
  dateFrom.addEventListener('change', applyFilters);
  dateTo.addEventListener('change', applyFilters);

  function inRange(first, last, from, to) {
    if (!from && !to) return true;
    if (!first) return false; /* undated: shown only without a date filter */
    return (!from || last >= from) && (!to || first <= to);
  }
  /* the elements of node i and edge i, and what the filters hide, kept in arrays: a filter
   * computes the new state here and hands cytoscape only the elements that change, as two
   * collections (one class change each), in one batch */
  var nodeEl = new Array(data.nodes.length), edgeEl = new Array(data.edges.length);
  var edgesIn = false; /* the edges are added (addEdges) */
  cy.nodes().forEach(function (node) { nodeEl[node.data('idx')] = node; });
  var nodeOff = new Uint8Array(data.nodes.length), edgeOff = new Uint8Array(data.edges.length);
  var edgeCls = new Uint8Array(data.edges.length); /* the edge has the class hidden */
  /* a node's days: its documents' and its edges' evidence's (an entity named only by an
   * alias merged into it has edges but no mention), as kg export keeps a node for a period
   * that mentions it or holds one of its edges */
  var nodeDay = data.nodes.map(function (n) { return [day(n.first), day(n.last)]; });
  data.edges.forEach(function (e) {
    [e.source, e.target].forEach(function (i) {
      var d = nodeDay[i];
      if (e.first && (!d[0] || e.first < d[0])) d[0] = e.first;
      if (e.last && (!d[1] || e.last > d[1])) d[1] = e.last;
    });
  });
  function applyFilters() {
    var from = day(dateFrom.value.trim()), to = day(dateTo.value.trim());
    if (to && to.length < 10) to += '\uffff';
    var hide = [], unhide = [], i;
    for (i = 0; i < data.nodes.length; i++) {
      var off = typeOn[data.nodes[i].type] && inRange(nodeDay[i][0], nodeDay[i][1], from, to) ? 0 : 1;
      if (off !== nodeOff[i]) { nodeOff[i] = off; (off ? hide : unhide).push(nodeEl[i]); }
    }
    /* an edge with a hidden end is hidden with it: its class is left as it is (fewer
     * elements to restyle) and set when both ends are shown again */
    for (i = 0; edgesIn && i < data.edges.length; i++) {
      var e = data.edges[i];
      edgeOff[i] = relOn[e.type] && inRange(e.first, e.last, from, to) ? 0 : 1;
      if (nodeOff[e.source] || nodeOff[e.target] || edgeOff[i] === edgeCls[i]) continue;
      edgeCls[i] = edgeOff[i];
      (edgeOff[i] ? hide : unhide).push(edgeEl[i]);
    }
    cy.batch(function () {
      if (hide.length) cy.collection(hide).addClass('hidden');
      if (unhide.length) cy.collection(unhide).removeClass('hidden');
    });
    updateStats();
  }
  function updateStats() {
    var shownNodes = 0, shownEdges = 0, i;
    for (i = 0; i < nodeOff.length; i++) shownNodes += nodeOff[i] ? 0 : 1;
    for (i = 0; i < edgeOff.length; i++) {
      var e = data.edges[i];
      shownEdges += edgeOff[i] || nodeOff[e.source] || nodeOff[e.target] ? 0 : 1;
    }
    document.getElementById('stats').textContent = shownNodes + ' of ' + data.nodes.length +
      ' entities, ' + (edgesIn ? shownEdges + ' of ' + data.edges.length + ' relations shown'
        : data.edges.length + ' relations loading');
  }
  document.getElementById('colour').addEventListener('change', function (ev) {
    var byCommunity = ev.target.value === 'community';
    cy.batch(function () {
      nodeEl.forEach(function (node, i) {
        var n = data.nodes[i];
        node.data('colour', byCommunity ? communityColour(n.community) : typeColour(n.type));
      });
    });
  });

  /* ---- search ---------------------------------------------------------------------- */
  var keys = data.nodes.map(function (n) {
    return [fold(n.label)].concat(n.aliases.map(function (a) { return fold(a[0]); }));
  });
  var hits = document.getElementById('hits'), marked = cy.collection();
  document.getElementById('search').addEventListener('input', function (ev) {
    var q = fold(ev.target.value.trim());
    hits.textContent = '';
    var found = [];
    if (q.length >= 2) {
      for (var i = 0; i < keys.length && found.length < 50; i++)
        if (keys[i].some(function (k) { return k.indexOf(q) >= 0; })) found.push(i);
      found.sort(function (a, b) { return data.nodes[b].pagerank - data.nodes[a].pagerank; });
    }
    var list = document.createDocumentFragment();
    found.forEach(function (i) {
      var n = data.nodes[i], li = el('li', n.label + ' (' + n.type + ')');
      li.addEventListener('click', function () { focus(i); });
      list.appendChild(li);
    });
    if (q.length >= 2 && !found.length) list.appendChild(el('li', 'no entity matches', 'muted'));
    hits.appendChild(list);
    var now = cy.collection(found.map(function (i) { return nodeEl[i]; }));
    cy.batch(function () {
      marked.difference(now).removeClass('hit');
      now.difference(marked).addClass('hit');
    });
    marked = now;
  });
  document.getElementById('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && hits.firstChild && hits.firstChild.click) hits.firstChild.click();
  });

  /* ---- side panel ------------------------------------------------------------------ */
  var incident = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e, i) {
    incident[e.source].push(i);
    if (e.target !== e.source) incident[e.target].push(i);
  });
  var panel = document.getElementById('panel');
  var MAX_EVIDENCE = 300;

  function nodeLink(i) {
    var a = el('a', data.nodes[i].label, 'node');
    a.addEventListener('click', function () { focus(i); });
    return a;
  }
  function show(i) {
    var n = data.nodes[i];
    panel.textContent = '';
    panel.appendChild(el('h3', n.label));
    panel.appendChild(el('div', n.type + (n.community >= 0 ? ' \u00b7 community ' + n.community : '') +
      ' \u00b7 PageRank ' + Number(n.pagerank).toPrecision(3) + ' \u00b7 ' + n.mentions +
      ' mentions', 'muted'));
    panel.appendChild(el('h2', 'Aliases'));
    if (n.aliases.length) {
      var ul = el('ul', null, 'plain aliases');
      n.aliases.forEach(function (a) {
        var li = el('li', a[0]);
        if (a[1]) li.appendChild(el('span', ' \u2014 ' + a[1], 'muted'));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    } else panel.appendChild(el('div', 'none', 'muted'));
    panel.appendChild(el('h2', 'Documents (' + n.ndocs + ')'));
    var dl = el('ul', null, 'plain documents');
    n.docs.forEach(function (d) { dl.appendChild(el('li', docLabel(d))); });
    if (n.ndocs > n.docs.length) dl.appendChild(el('li', '\u2026 and ' + (n.ndocs - n.docs.length) + ' more', 'muted'));
    panel.appendChild(dl);
    var rels = incident[i].slice().sort(function (a, b) {
      return data.edges[b].weight - data.edges[a].weight;
    });
    panel.appendChild(el('h2', 'Relations (' + rels.length + ')'));
    /* relations by weight until MAX_EVIDENCE sentences are shown: a hub of a large graph has
     * thousands, and the panel would take longer to build than the graph to draw */
    var shown = 0, left = 0, boxes = document.createDocumentFragment();
    rels.forEach(function (ei) {
      var e = data.edges[ei];
      if (shown >= MAX_EVIDENCE) { left++; shown += e.evidence.length; return; }
      var box = el('div', null, 'rel'), head = el('div', null, 'rel-head');
      var outgoing = e.source === i;
      head.appendChild(outgoing ? document.createTextNode(n.label) : nodeLink(e.source));
      head.appendChild(document.createTextNode(' \u2014 ' + e.type + ' \u2192 '));
      head.appendChild(outgoing ? nodeLink(e.target) : document.createTextNode(n.label));
      box.appendChild(head);
      e.evidence.forEach(function (ev) {
        if (shown++ >= MAX_EVIDENCE) return;
        var q = el('blockquote', data.sentences[ev[1]], 'evidence');
        q.appendChild(el('span', docLabel(ev[0]), 'src'));
        box.appendChild(q);
      });
      boxes.appendChild(box);
    });
    panel.appendChild(boxes);
    if (shown > MAX_EVIDENCE)
      panel.appendChild(el('div', (shown - MAX_EVIDENCE) + ' more sentences' +
        (left ? ' (' + left + ' more relations)' : '') + ' not shown', 'muted'));
    state.selected = n.id;
  }
  /* marks node i as selected once the panel is on the screen: at thousands of nodes the
   * canvas takes a few hundred milliseconds to redraw, and the panel need not wait for it */
  var selected = cy.collection();
  function select(i, then) {
    requestAnimationFrame(function () {
      setTimeout(function () {
        cy.batch(function () {
          selected.removeClass('sel');
          selected = nodeEl[i].addClass('sel');
        });
        if (then) then();
      }, 0);
    });
  }
  function focus(i) {
    show(i);
    select(i, function () {
      cy.animate({ center: { eles: nodeEl[i] }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    });
  }
  /* the shown node under model position p: the largest whose disc holds p (larger nodes are
   * drawn on top), else the nearest within 4 screen pixels; -1 when none */
  function nodeAt(p) {
    var best = -1, bestSize = -1, near = -1, nearD = 4 / cy.zoom();
    for (var i = 0; i < data.nodes.length; i++) {
      if (nodeOff[i]) continue;
      var n = data.nodes[i], d = Math.sqrt((n.x - p.x) * (n.x - p.x) + (n.y - p.y) * (n.y - p.y));
      if (d <= n.size / 2 && n.size >= bestSize) { best = i; bestSize = n.size; }
      else if (d - n.size / 2 < nearD) { near = i; nearD = d - n.size / 2; }
    }
    return best >= 0 ? best : near;
  }
  cy.on('tap', function (ev) {
    var i = nodeAt(ev.position);
    if (i < 0) return;
    show(i);
    select(i);
  });

  var tBuilt = performance.now();
  /* ready: nodes and edges are drawn */
  var state = { cy: cy, data: data, selected: null, focus: focus, ready: false,
    timing: { parse: tParsed - t0, build: tBuilt - tParsed } };
  window.kgView = state;
  /* the edges, after the nodes' first frame; the filters set meanwhile apply to them */
  function addEdges() {
    var t = performance.now();
    cy.batch(function () {
      cy.add(edgeElements).forEach(function (edge) { edgeEl[edge.data('idx')] = edge; });
    });
    edgeElements = null;
    edgesIn = true;
    applyFilters();
    state.timing.edges = performance.now() - t;
    cy.one('render', function () {
      state.timing.edgesDrawn = performance.now(); /* since navigation started */
      state.ready = true;
    });
  }
  cy.ready(function () {
    cy.fit(undefined, 30);
    updateStats();
    cy.one('render', function () {
      state.timing.nodesDrawn = performance.now(); /* since navigation started */
      state.timing.firstFrame = state.timing.nodesDrawn - tBuilt;
      setTimeout(addEdges, 0);
    });
  });
})();
