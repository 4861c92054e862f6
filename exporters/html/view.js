/* kg view: draws the graph that `kg export html` embeds (element #kg-data, JSON) with
 * cytoscape.js. Positions come precomputed from kg (igraph), so the browser runs no layout.
 * Data: {graph: {...}, docs: [[id, title, date]], nodes: [{id, label, type, community,
 * pagerank, size, x, y, aliases: [[alias, reason]], docs: [doc index], ndocs, first, last,
 * mentions}], edges: [{source, target (node indexes), type, weight, evidence: [[doc index,
 * sentence]]}]}. Every text from the data is put into the page as text (textContent), never
 * as HTML. window.kgView exposes the state to tests. */
(function () {
  'use strict';
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var tParsed = performance.now();
  var TYPE_COLOURS = { person: '#4e79a7', organisation: '#f28e2b', party: '#e15759',
    place: '#59a14f', event: '#b07aa1' };
  var REL_COLOURS = { 'spoke-at': '#9db4d6', 'affiliated-with': '#f5c08c',
    'discussed': '#c9a7c3', 'located-in': '#a8cfa2' };
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
  var elements = [];
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
    elements.push({ group: 'nodes', data: { id: n.id, idx: i, label: labelled[i] ? n.label : '',
      name: n.label, type: n.type,
      size: n.size, colour: typeColour(n.type) }, position: { x: n.x, y: n.y } });
  });
  data.edges.forEach(function (e, i) {
    relations[e.type] = (relations[e.type] || 0) + 1;
    var first = '', last = '';
    e.evidence.forEach(function (ev) {
      var d = data.docs[ev[0]], t = d ? day(d[2]) : '';
      if (t && (!first || t < first)) first = t;
      if (t && (!last || t > last)) last = t;
    });
    e.first = first; e.last = last;
    elements.push({ group: 'edges', data: { id: 'e' + i, idx: i,
      source: data.nodes[e.source].id, target: data.nodes[e.target].id, type: e.type,
      colour: REL_COLOURS[e.type] || '#cccccc', width: Math.min(1 + Math.log(e.weight || 1), 5) } });
  });

  var big = data.nodes.length > 1500;
  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    layout: { name: 'preset' },
    minZoom: 0.02, maxZoom: 8, wheelSensitivity: 0.3,
    hideEdgesOnViewport: big, textureOnViewport: big, pixelRatio: big ? 1 : 'auto',
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)',
        height: 'data(size)', label: 'data(label)', 'font-size': 10, color: '#222',
        'text-valign': 'bottom', 'text-margin-y': 2, 'min-zoomed-font-size': big ? 12 : 7,
        'border-width': 0 } },
      { selector: 'edge', style: { 'line-color': 'data(colour)', width: 'data(width)',
        'curve-style': 'haystack', opacity: 0.7 } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
      { selector: 'node.hit', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'node:selected', style: { label: 'data(name)', 'border-width': 4, 'border-color': '#d00',
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
  function applyFilters() {
    var from = day(dateFrom.value.trim()), to = day(dateTo.value.trim());
    if (to && to.length < 10) to += '\uffff';
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var n = data.nodes[node.data('idx')];
        var show = typeOn[n.type] && inRange(day(n.first), day(n.last), from, to);
        if (node.hasClass('hidden') === show) node.toggleClass('hidden', !show); /* changed only */
      });
      cy.edges().forEach(function (edge) {
        var e = data.edges[edge.data('idx')];
        var on = relOn[e.type] && inRange(e.first, e.last, from, to);
        if (edge.hasClass('hidden') === on) edge.toggleClass('hidden', !on);
      });
    });
    updateStats();
  }
  function updateStats() {
    var shownNodes = cy.nodes().not('.hidden').length;
    var shownEdges = cy.edges().filter(function (e) {
      return !e.hasClass('hidden') && !e.source().hasClass('hidden') && !e.target().hasClass('hidden');
    }).length;
    document.getElementById('stats').textContent = shownNodes + ' of ' + data.nodes.length +
      ' entities, ' + shownEdges + ' of ' + data.edges.length + ' relations shown';
  }
  document.getElementById('colour').addEventListener('change', function (ev) {
    var byCommunity = ev.target.value === 'community';
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var n = data.nodes[node.data('idx')];
        node.data('colour', byCommunity ? communityColour(n.community) : typeColour(n.type));
      });
    });
  });

  /* ---- search ---------------------------------------------------------------------- */
  var keys = data.nodes.map(function (n) {
    return [fold(n.label)].concat(n.aliases.map(function (a) { return fold(a[0]); }));
  });
  var hits = document.getElementById('hits');
  document.getElementById('search').addEventListener('input', function (ev) {
    var q = fold(ev.target.value.trim());
    hits.textContent = '';
    cy.nodes('.hit').removeClass('hit');
    if (q.length < 2) return;
    var found = [];
    for (var i = 0; i < keys.length && found.length < 50; i++)
      if (keys[i].some(function (k) { return k.indexOf(q) >= 0; })) found.push(i);
    found.sort(function (a, b) { return data.nodes[b].pagerank - data.nodes[a].pagerank; });
    found.forEach(function (i) {
      var n = data.nodes[i], li = el('li', n.label + ' (' + n.type + ')');
      li.addEventListener('click', function () { focus(i); });
      hits.appendChild(li);
      cy.getElementById(n.id).addClass('hit');
    });
    if (!found.length) hits.appendChild(el('li', 'no entity matches', 'muted'));
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
    var shown = 0;
    rels.forEach(function (ei) {
      var e = data.edges[ei], box = el('div', null, 'rel'), head = el('div', null, 'rel-head');
      var outgoing = e.source === i;
      head.appendChild(outgoing ? document.createTextNode(n.label) : nodeLink(e.source));
      head.appendChild(document.createTextNode(' \u2014 ' + e.type + ' \u2192 '));
      head.appendChild(outgoing ? nodeLink(e.target) : document.createTextNode(n.label));
      box.appendChild(head);
      e.evidence.forEach(function (ev) {
        if (shown++ >= MAX_EVIDENCE) return;
        var q = el('blockquote', ev[1], 'evidence');
        q.appendChild(el('span', docLabel(ev[0]), 'src'));
        box.appendChild(q);
      });
      panel.appendChild(box);
    });
    if (shown > MAX_EVIDENCE)
      panel.appendChild(el('div', (shown - MAX_EVIDENCE) + ' more sentences not shown', 'muted'));
    state.selected = n.id;
  }
  function focus(i) {
    var node = cy.getElementById(data.nodes[i].id);
    cy.$(':selected').unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    show(i);
  }
  cy.on('tap', 'node', function (ev) { show(ev.target.data('idx')); });

  var tBuilt = performance.now();
  var state = { cy: cy, data: data, selected: null, focus: focus, ready: false,
    timing: { parse: tParsed - t0, build: tBuilt - tParsed } };
  window.kgView = state;
  cy.ready(function () {
    cy.fit(undefined, 30);
    updateStats();
    requestAnimationFrame(function () {
      state.timing.firstFrame = performance.now() - tBuilt;
      state.ready = true;
    });
  });
})();
