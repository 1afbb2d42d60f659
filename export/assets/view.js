// kg export view: draws the graph in #kg-data with Cytoscape.js. Every text
// from the graph goes into the page through textContent, never as HTML.
// The same script serves the graph page (view.html) and the report
// (report.html); the panels it fills are optional, so each page carries the
// ones it shows.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function $(id) { return document.getElementById(id); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  // short cuts s to about n columns, a Chinese character taking two, so a
  // Chinese caption is no wider on screen than an English one.
  function short(s, n) {
    var w = 0, out = '';
    for (var ch of String(s)) {
      w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0) > 0xffff ? 2 : 1;
      if (w > n) return out + '…';
      out += ch;
    }
    return out;
  }
  function show(v) { return Array.isArray(v) ? v.join(', ') : String(v); }

  // Who said each quote, where it was reported, and so the date of every
  // article, quote and event: the side list and the date filter need them.
  var speakerOf = {}, articleOf = {}, degree = {};
  data.rels.forEach(function (r) {
    degree[r.source] = (degree[r.source] || 0) + 1;
    degree[r.target] = (degree[r.target] || 0) + 1;
    if (r.type === 'SAID') speakerOf[r.target] = r.source;
    if (r.type === 'REPORTED_IN' && byId[r.target]) articleOf[r.source] = r.target;
  });
  function dateOf(n) {
    if (n.label === 'Article') return n.props.published || '';
    if (n.label === 'Event') return n.props.date || '';
    if (articleOf[n.id]) return byId[articleOf[n.id]].props.published || '';
    return '';
  }
  // An article is known by its title, outlet and date, not its hash id.
  function articleLine(a) {
    return [a.props.source, a.props.published].filter(function (x) { return x; }).join(' · ');
  }
  function nodeCaption(n) {
    if (n.label === 'Quote') return '“' + short(n.props.text || n.caption, 26) + '”';
    if (n.label === 'Article') {
      var line = articleLine(n);
      return short(n.props.title || n.props.url || n.caption, 30) + (line ? '\n' + line : '');
    }
    return short(n.caption, 28);
  }

  // Nodes with many relationships are drawn larger and keep their names
  // first when labels would overlap (see declutter).
  var hubs = {};
  data.nodes.filter(function (n) { return n.label !== 'Quote' && n.label !== 'Article'; })
    .sort(function (a, b) { return (degree[b.id] || 0) - (degree[a.id] || 0); })
    .slice(0, 20).forEach(function (n) { if (degree[n.id] > 2) hubs[n.id] = true; });
  var rank = { Person: 4, Organization: 4, Model: 4, Event: 3, Article: 2, Quote: 1 };
  var elements = [];
  data.nodes.forEach(function (n) {
    var d = Math.sqrt(degree[n.id] || 0);
    var small = n.label === 'Quote' || n.label === 'Article';
    elements.push({ group: 'nodes', classes: hubs[n.id] ? 'hub' : '', data: {
      id: n.id, caption: nodeCaption(n), color: n.color, label: n.label,
      prio: (hubs[n.id] ? 100 : 0) + 10 * (rank[n.label] || 0) + (degree[n.id] || 0),
      size: small ? 16 : Math.min(48, 18 + 4 * d), font: small ? 9 : Math.min(16, 10 + d) } });
  });
  data.rels.forEach(function (r) {
    elements.push({ group: 'edges', data: { id: r.id, source: r.source, target: r.target, type: r.type } });
  });

  // Labels keep a readable size on screen at any zoom: hubs about 11px,
  // the rest at least 8.5px; declutter then drops those that would overlap.
  var zoomNow = 1;
  function fontSize(n) {
    return n.hasClass('hub') ? Math.max(11, 11 / zoomNow) : Math.max(n.data('font'), 8.5 / zoomNow);
  }
  var cy = cytoscape({
    container: $('cy'),
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', 'label': 'data(caption)', 'font-size': fontSize,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 400,
        'width': 'data(size)', 'height': 'data(size)',
        'text-outline-color': '#fafafa', 'text-outline-width': 2 } },
      { selector: 'node[label = "Article"]', style: { 'shape': 'round-rectangle', 'color': '#555' } },
      { selector: 'node[label = "Quote"]', style: { 'shape': 'round-tag', 'font-style': 'italic', 'color': '#6b5400' } },
      { selector: 'node[label = "Event"]', style: { 'shape': 'diamond' } },
      // declutter hides the labels that would overlap a more important one
      // or be too small to read; zooming in brings them back.
      { selector: 'node.nolabel', style: { 'label': '' } },
      { selector: 'edge', style: {
        'width': 1.2, 'line-color': '#c8c8c8', 'target-arrow-color': '#c8c8c8', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8, 'curve-style': 'bezier', 'label': 'data(type)', 'font-size': 8, 'color': '#888',
        'min-zoomed-font-size': 12, 'text-rotation': 'autorotate',
        'text-background-color': '#fafafa', 'text-background-opacity': 1, 'text-background-padding': 1 } },
      // A selected node's relationships are drawn dark and always labelled.
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#222' } },
      { selector: 'edge:selected, edge.near', style: {
        'line-color': '#444', 'target-arrow-color': '#444', 'color': '#222', 'width': 2, 'min-zoomed-font-size': 0, 'z-index': 10 } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.match', style: { 'border-width': 3, 'border-color': '#d62728' } },
      { selector: '.hidden, .outside', style: { 'display': 'none' } }
    ],
    layout: { name: 'preset' }
  });

  // Filters: a label (legend entry), articles and quotes at once, a date
  // range. Entities have no date and stay; an article, quote or event
  // outside the range goes.
  var legend = $('legend');
  var legendButtons = {};
  if (legend) {
    Object.keys(data.colors).sort().forEach(function (label) {
      var b = el('button');
      var sw = el('span', null, 'swatch');
      sw.style.background = data.colors[label];
      b.appendChild(sw);
      b.appendChild(el('span', label + ' (' + cy.nodes('[label = "' + label + '"]').length + ')'));
      b.title = 'Hide or show ' + label;
      b.onclick = function () { setLabel(label, b.classList.contains('off')); };
      legendButtons[label] = b;
      legend.appendChild(b);
    });
  }
  function setLabel(label, visible) {
    if (legendButtons[label]) legendButtons[label].classList.toggle('off', !visible);
    if ($('show-' + label)) $('show-' + label).checked = visible;
    cy.nodes().filter(function (n) { return n.data('label') === label; }).toggleClass('hidden', !visible);
    refilter();
  }
  var since = '', until = '';
  function inRange(d) {
    if (!d) return true;
    if (since && d < since) return false;
    if (until && d.slice(0, until.length) > until) return false;
    return true;
  }
  var filters = $('filters');
  if (filters) {
    ['Article', 'Quote'].forEach(function (label) {
      if (!data.colors[label]) return;
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.id = 'show-' + label;
      box.onchange = function () { setLabel(label, box.checked); };
      var lab = el('label', null, 'toggle');
      lab.appendChild(box);
      lab.appendChild(el('span', label === 'Article' ? 'articles' : 'quotes'));
      filters.appendChild(lab);
      filters.appendChild(document.createTextNode(' '));
    });
    var dated = data.nodes.map(dateOf).filter(function (d) { return d; }).sort();
    if (dated.length) {
      var from = el('input'), to = el('input');
      from.id = 'since'; to.id = 'until';
      from.placeholder = dated[0].slice(0, 10);
      to.placeholder = dated[dated.length - 1].slice(0, 10);
      from.title = to.title = 'YYYY, YYYY-MM or YYYY-MM-DD';
      var onDate = function () { since = from.value.trim(); until = to.value.trim(); refilter(); };
      from.oninput = to.oninput = onDate;
      filters.appendChild(el('span', ' dates '));
      filters.appendChild(from);
      filters.appendChild(el('span', ' – '));
      filters.appendChild(to);
    }
  }
  function refilter() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass('outside', !inRange(dateOf(byId[n.id()]))); });
    });
    listQuotes();
    declutter();
    var shown = cy.nodes().filter(function (n) { return n.visible(); }).length;
    document.body.setAttribute('data-visible-nodes', String(shown));
    if (status && shown !== cy.nodes().length) status.textContent = shown + ' of ' + cy.nodes().length + ' nodes shown, ' + cy.edges().length + ' relationships';
  }

  var details = $('details');
  // key and keys are the graph's matching keys (lower-cased names without
  // spaces): they identify a node to kg, and to a reader look like typos.
  // A relationship's articles are ids and its evidence repeats them; the
  // Sources section lists the articles by title instead.
  var hiddenProps = { key: true, keys: true, articles: true, evidence: true };
  function propsTable(props) {
    var t = el('table');
    Object.keys(props).sort().forEach(function (k) {
      if (hiddenProps[k]) return;
      var tr = el('tr');
      tr.appendChild(el('td', k));
      tr.appendChild(el('td', show(props[k])));
      t.appendChild(tr);
    });
    return t;
  }
  function link(a, text) {
    var url = a.props.url;
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
      var l = el('a', text);
      l.href = url;
      l.target = '_blank';
      l.rel = 'noopener noreferrer';
      return l;
    }
    return el('span', text);
  }
  function articleItem(a, sentence) {
    var li = el('li');
    li.appendChild(link(a, a.props.title || a.props.url || a.props.id));
    var line = articleLine(a);
    if (line) li.appendChild(el('span', ' · ' + line, 'hint'));
    if (sentence) li.appendChild(el('div', sentence, 'hint'));
    return li;
  }
  function section(title, items) {
    if (!items.length) return;
    details.appendChild(el('h3', title));
    var ul = el('ul');
    items.forEach(function (i) { ul.appendChild(i); });
    details.appendChild(ul);
  }
  // quoteItem is a quote as a reader cites it: text, speaker, date, source.
  function quoteItem(q) {
    var li = el('li', null, 'quote-item');
    li.appendChild(el('div', '“' + (q.props.text || '') + '”'));
    var meta = el('div', null, 'hint');
    var who = speakerOf[q.id] ? byId[speakerOf[q.id]].caption : 'unknown speaker';
    meta.appendChild(el('span', '— ' + who));
    var a = byId[articleOf[q.id]];
    if (a) {
      meta.appendChild(el('span', ', '));
      meta.appendChild(link(a, a.props.title || a.props.url || a.props.id));
      var line = articleLine(a);
      if (line) meta.appendChild(el('span', ' · ' + line));
    }
    li.appendChild(meta);
    li.onclick = function (e) { if (e.target.tagName !== 'A') focus(q.id); };
    return li;
  }
  function articlesByIds(ids, evidence) {
    var said = {};
    (evidence || []).forEach(function (e) {
      var i = String(e).indexOf('\t');
      if (i > 0 && !said[e.slice(0, i)]) said[e.slice(0, i)] = e.slice(i + 1);
    });
    return (ids || []).map(function (id) {
      var a = byId['Article:' + id];
      return a ? articleItem(a, said[id]) : el('li', 'article ' + id);
    });
  }

  function showNode(id) {
    if (!details) return;
    var n = byId[id];
    var node = cy.getElementById(id);
    details.textContent = '';
    details.appendChild(el('h2', n.caption));
    details.appendChild(el('div', ':' + n.labels.join(':'), 'hint'));
    details.appendChild(propsTable(n.props));
    // Quotes: what a person said, what was said about an entity.
    var quotes = node.outgoers('edge[type = "SAID"]').targets()
      .union(node.incomers('edge[type = "ABOUT"]').sources());
    section('Quotes', quotes.map(function (q) { return quoteItem(byId[q.id()]); }));
    // Sources: the articles that mention or report it.
    var arts = node.incomers('edge[type = "MENTIONS"]').sources()
      .union(node.outgoers('edge[type = "REPORTED_IN"]').targets());
    section('Sources', arts.map(function (a) { return articleItem(byId[a.id()]); }));
    var rels = node.connectedEdges().map(function (e) {
      var out = e.source().id() === id;
      var other = byId[out ? e.target().id() : e.source().id()];
      return el('li', (out ? '→ ' : '← ') + e.data('type') + ' ' + other.caption);
    });
    section('Relationships', rels);
  }

  function showEdge(id) {
    if (!details) return;
    var r = data.rels.filter(function (x) { return x.id === id; })[0];
    details.textContent = '';
    details.appendChild(el('h2', byId[r.source].caption + ' → ' + byId[r.target].caption));
    details.appendChild(el('div', ':' + r.type, 'hint'));
    details.appendChild(propsTable(r.props));
    section('Sources', articlesByIds(r.props.articles, r.props.evidence));
  }

  // focus selects a node, centres it and shows its details.
  function focus(id) {
    var n = cy.getElementById(id);
    if (!n.length) return;
    cy.elements().unselect();
    n.select();
    if (n.visible()) cy.animate({ center: { eles: n } }, { duration: 250 });
    showNode(id);
  }

  cy.on('tap', 'node', function (e) { showNode(e.target.id()); });
  cy.on('tap', 'edge', function (e) { showEdge(e.target.id()); });
  cy.on('select', 'node', function (e) { e.target.connectedEdges().addClass('near'); e.target.removeClass('nolabel'); });
  cy.on('unselect', 'node', function (e) { e.target.connectedEdges().removeClass('near'); });

  // The report's speakers and quotes (elements with data-node) select their
  // node in the drawing when clicked.
  Array.prototype.forEach.call(document.querySelectorAll('main [data-node]'), function (x) {
    x.addEventListener('click', function (e) {
      if (e.target.tagName === 'A') return;
      e.stopPropagation();
      focus(x.getAttribute('data-node'));
    });
  });

  // The side list of quotes: every quote drawn, readable whole, newest
  // first, with who said it, where and when.
  var quotesList = $('quotes-list');
  function listQuotes() {
    if (!quotesList) return;
    var qs = cy.nodes('[label = "Quote"]').filter(function (n) { return n.visible(); })
      .map(function (n) { return byId[n.id()]; })
      .sort(function (a, b) { return dateOf(b) < dateOf(a) ? -1 : dateOf(b) > dateOf(a) ? 1 : 0; });
    quotesList.textContent = '';
    if (!qs.length) return;
    quotesList.appendChild(el('h3', 'Quotes (' + qs.length + ')'));
    var ul = el('ul');
    qs.forEach(function (q) { ul.appendChild(quoteItem(q)); });
    quotesList.appendChild(ul);
  }

  // Search: highlight nodes whose caption, aliases or title contain the
  // text; Enter zooms to them.
  var search = $('search');
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return cy.collection();
    return cy.nodes().filter(function (n) {
      var p = byId[n.id()].props;
      var hay = [byId[n.id()].caption, p.name, p.title, p.text].concat(p.aliases || []).join('\n').toLowerCase();
      return hay.indexOf(q) >= 0;
    });
  }
  if (search) {
    search.addEventListener('input', function () {
      var m = matches(search.value);
      cy.elements().removeClass('faded match');
      if (search.value.trim()) {
        cy.elements().addClass('faded');
        m.removeClass('faded').addClass('match');
        m.connectedEdges().removeClass('faded');
      }
    });
    search.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        var m = matches(search.value);
        if (m.length) { cy.animate({ fit: { eles: m, padding: 80 } }, { duration: 300 }); if (m.length === 1) showNode(m[0].id()); }
      }
    });
  }

  // The hubs' names stay about 11px on screen at any zoom, so the overview
  // of a large graph still says what is in it (see fontSize).
  function keepHubsReadable() {
    // Restyling every node is slow on a large graph: only when the zoom
    // changed by more than a few percent.
    if (Math.abs(cy.zoom() / zoomNow - 1) < 0.04) return;
    zoomNow = cy.zoom();
    cy.style().update();
  }

  // declutter shows node labels most important first (hubs, entities,
  // events, articles, quotes; then by degree) and hides each label that
  // would overlap one already shown or render under 7px, so no label is
  // drawn over another. It runs again after every zoom, pan or filter.
  var minFont = 7;
  function labelBox(n) {
    var bb = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    var z = cy.zoom(), pan = cy.pan();
    return { x1: bb.x1 * z + pan.x - 1, x2: bb.x2 * z + pan.x + 1, y1: bb.y1 * z + pan.y - 1, y2: bb.y2 * z + pan.y + 1 };
  }
  function overlaps(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }
  function declutter() {
    var nodes = cy.nodes().filter(function (n) { return n.visible(); })
      .sort(function (a, b) { return (b.selected() - a.selected()) || (b.data('prio') - a.data('prio')); });
    cy.batch(function () { cy.nodes().removeClass('nolabel'); });
    var w = cy.width(), h = cy.height(), shown = [], hide = [];
    nodes.forEach(function (n) {
      var font = parseFloat(n.style('font-size')) * cy.zoom();
      var box = labelBox(n);
      var offscreen = box.x2 < 0 || box.y2 < 0 || box.x1 > w || box.y1 > h;
      if (!n.selected() && (font < minFont || (!offscreen && shown.some(function (s) { return overlaps(s, box); })))) {
        hide.push(n);
      } else if (!offscreen) {
        shown.push(box);
      }
    });
    cy.batch(function () { hide.forEach(function (n) { n.addClass('nolabel'); }); });
    // For tests: how many labels are drawn and how many pairs overlap.
    var bad = 0;
    for (var i = 0; i < shown.length && shown.length < 3000; i++) {
      for (var j = i + 1; j < shown.length; j++) if (overlaps(shown[i], shown[j])) bad++;
    }
    document.body.setAttribute('data-labels-shown', String(shown.length));
    document.body.setAttribute('data-label-overlaps', String(bad));
  }
  var pending = 0;
  cy.on('zoom pan', function () {
    keepHubsReadable();
    clearTimeout(pending);
    pending = setTimeout(declutter, 120);
  });

  // stretch spreads the drawing over the whole view: cose makes a roughly
  // round drawing, and the view is wide (or, in a report, tall).
  function stretch() {
    var bb = cy.nodes().boundingBox({ includeLabels: false });
    if (bb.w < 1 || bb.h < 1) return;
    var want = cy.width() / Math.max(1, cy.height()), have = bb.w / bb.h;
    var sx = Math.min(4, Math.max(1, want / have)), sy = Math.min(4, Math.max(1, have / want));
    var cx = (bb.x1 + bb.x2) / 2, cyy = (bb.y1 + bb.y2) / 2;
    cy.nodes().positions(function (n) { var p = n.position(); return { x: cx + (p.x - cx) * sx, y: cyy + (p.y - cyy) * sy }; });
  }

  var status = $('status');
  var layout = cy.layout({
    name: data.nodes.length > 2000 ? 'grid' : 'cose',
    animate: false, randomize: true, nodeDimensionsIncludeLabels: true,
    idealEdgeLength: function () { return 90; }, nodeRepulsion: function () { return 12000; },
    nodeOverlap: 40
  });
  layout.on('layoutstop', function () {
    stretch();
    cy.fit(undefined, 30);
    keepHubsReadable();
    var drawn = cy.nodes().filter(function (n) {
      var p = n.renderedPosition();
      return isFinite(p.x) && isFinite(p.y);
    }).length;
    document.body.setAttribute('data-drawn-nodes', String(drawn));
    document.body.setAttribute('data-drawn-edges', String(cy.edges().length));
    if (status) status.textContent = drawn + ' nodes, ' + cy.edges().length + ' relationships';
    // A link can say what to show: #node=ID opens with that node selected,
    // since=…&until=… sets the date range, hide=Article,Quote hides labels.
    var hash = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (i > 0) hash[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1));
    });
    (hash.hide || '').split(',').forEach(function (label) { if (data.colors[label]) setLabel(label, false); });
    since = hash.since || '';
    until = hash.until || '';
    if ($('since')) { $('since').value = since; $('until').value = until; }
    if (hash.node && byId[hash.node]) { cy.getElementById(hash.node).select(); showNode(hash.node); }
    refilter();
  });
  layout.run();
  // Headless browsers and docked windows size the page after it loaded:
  // follow the view's size so the drawing always fills it.
  var lastW = cy.width(), lastH = cy.height(), resizing = 0;
  function refit() {
    cy.resize();
    if (cy.width() === lastW && cy.height() === lastH) return;
    lastW = cy.width(); lastH = cy.height();
    stretch();
    cy.fit(undefined, 30);
    keepHubsReadable();
    declutter();
  }
  window.addEventListener('resize', refit);
  // The side panel folds away for a drawing the full width of the window.
  var toggle = $('panel-toggle');
  if (toggle) {
    toggle.onclick = function () {
      var wide = document.body.classList.toggle('wide');
      toggle.textContent = wide ? '⇤' : '⇥';
      refit();
    };
  }
  if (window.ResizeObserver) new ResizeObserver(function () { clearTimeout(resizing); resizing = setTimeout(refit, 50); }).observe($('cy'));
})();
