// kg export view: draws the graph in #kg-data with Cytoscape.js. Every text
// from the graph goes into the page through textContent, never as HTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

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

  // Nodes with many relationships are drawn larger. Cytoscape hides a label
  // once it would render under min-zoomed-font-size, so a zoomed-out view
  // is not a smear of overlapping text: the hubs keep readable names (see
  // keepHubsReadable) and zooming in reveals the rest.
  var degree = {};
  data.rels.forEach(function (r) {
    degree[r.source] = (degree[r.source] || 0) + 1;
    degree[r.target] = (degree[r.target] || 0) + 1;
  });
  var hubs = {};
  data.nodes.filter(function (n) { return n.label !== 'Quote' && n.label !== 'Article'; })
    .sort(function (a, b) { return (degree[b.id] || 0) - (degree[a.id] || 0); })
    .slice(0, 20).forEach(function (n) { if (degree[n.id] > 2) hubs[n.id] = true; });
  var elements = [];
  data.nodes.forEach(function (n) {
    var d = Math.sqrt(degree[n.id] || 0);
    var quote = n.label === 'Quote';
    elements.push({ group: 'nodes', classes: hubs[n.id] ? 'hub' : '', data: {
      id: n.id, caption: short(n.caption, quote ? 20 : 28), color: n.color, label: n.label,
      size: quote ? 14 : Math.min(48, 18 + 4 * d), font: quote ? 8 : Math.min(16, 9 + d) } });
  });
  data.rels.forEach(function (r) {
    elements.push({ group: 'edges', data: { id: r.id, source: r.source, target: r.target, type: r.type } });
  });

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', 'label': 'data(caption)', 'font-size': 'data(font)',
        'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3,
        'width': 'data(size)', 'height': 'data(size)',
        'text-outline-color': '#fafafa', 'text-outline-width': 2 } },
      { selector: 'node[label = "Article"]', style: { 'shape': 'round-rectangle' } },
      // A quote's caption is a fragment of its text: shown only from zoom
      // 1.25 up, and whole in the details panel.
      { selector: 'node[label = "Quote"]', style: { 'shape': 'round-tag', 'min-zoomed-font-size': 10 } },
      { selector: 'node[label = "Event"]', style: { 'shape': 'diamond' } },
      { selector: 'edge', style: {
        'width': 1.2, 'line-color': '#c8c8c8', 'target-arrow-color': '#c8c8c8', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8, 'curve-style': 'bezier', 'label': 'data(type)', 'font-size': 8, 'color': '#888',
        'min-zoomed-font-size': 7, 'text-rotation': 'autorotate',
        'text-background-color': '#fafafa', 'text-background-opacity': 1, 'text-background-padding': 1 } },
      // A selected node's relationships are drawn dark and always labelled.
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#222' } },
      { selector: 'edge:selected, edge.near', style: {
        'line-color': '#444', 'target-arrow-color': '#444', 'color': '#222', 'width': 2, 'min-zoomed-font-size': 0, 'z-index': 10 } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.match', style: { 'border-width': 3, 'border-color': '#d62728' } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ],
    layout: { name: 'preset' }
  });

  // Legend: one entry per label, with a count; a click hides or shows the label.
  var legend = document.getElementById('legend');
  Object.keys(data.colors).sort().forEach(function (label) {
    var b = el('button');
    var sw = el('span', null, 'swatch');
    sw.style.background = data.colors[label];
    b.appendChild(sw);
    b.appendChild(el('span', label + ' (' + cy.nodes('[label = "' + label + '"]').length + ')'));
    b.title = 'Hide or show ' + label;
    b.onclick = function () {
      b.classList.toggle('off');
      cy.nodes().filter(function (n) { return n.data('label') === label; }).toggleClass('hidden', b.classList.contains('off'));
    };
    legend.appendChild(b);
  });

  var details = document.getElementById('details');
  // key and keys are the graph's matching keys (lower-cased names without
  // spaces): they identify a node to kg, and to a reader look like typos.
  // A relationship's articles are ids; its Sources section lists them by
  // title instead.
  var hiddenProps = { key: true, keys: true, articles: true };
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
  function articleItem(a) {
    var li = el('li');
    var title = a.props.title || a.props.url || a.props.id;
    var url = a.props.url;
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
      var link = el('a', title);
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      li.appendChild(link);
    } else {
      li.appendChild(el('span', title));
    }
    if (a.props.published) li.appendChild(el('span', ' · ' + a.props.published, 'hint'));
    return li;
  }
  function section(title, items) {
    if (!items.length) return;
    details.appendChild(el('h3', title));
    var ul = el('ul');
    items.forEach(function (i) { ul.appendChild(i); });
    details.appendChild(ul);
  }
  function articlesByIds(ids) {
    return (ids || []).map(function (id) {
      var a = byId['Article:' + id];
      return a ? articleItem(a) : el('li', 'article ' + id);
    });
  }

  function showNode(id) {
    var n = byId[id];
    var node = cy.getElementById(id);
    details.textContent = '';
    details.appendChild(el('h2', n.caption));
    details.appendChild(el('div', ':' + n.labels.join(':'), 'hint'));
    details.appendChild(propsTable(n.props));
    // Quotes: what a person said, what was said about an entity.
    var quotes = [];
    node.outgoers('edge[type = "SAID"]').targets().forEach(function (q) {
      quotes.push(el('li', '“' + byId[q.id()].props.text + '”'));
    });
    node.incomers('edge[type = "ABOUT"]').sources().forEach(function (q) {
      var speaker = q.incomers('edge[type = "SAID"]').sources();
      var who = speaker.length ? byId[speaker[0].id()].caption + ': ' : '';
      quotes.push(el('li', who + '“' + byId[q.id()].props.text + '”'));
    });
    section('Quotes', quotes);
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
    var r = data.rels.filter(function (x) { return x.id === id; })[0];
    details.textContent = '';
    details.appendChild(el('h2', byId[r.source].caption + ' → ' + byId[r.target].caption));
    details.appendChild(el('div', ':' + r.type, 'hint'));
    details.appendChild(propsTable(r.props));
    section('Sources', articlesByIds(r.props.articles));
  }

  cy.on('tap', 'node', function (e) { showNode(e.target.id()); });
  cy.on('tap', 'edge', function (e) { showEdge(e.target.id()); });
  cy.on('select', 'node', function (e) { e.target.connectedEdges().addClass('near'); });
  cy.on('unselect', 'node', function (e) { e.target.connectedEdges().removeClass('near'); });

  // Search: highlight nodes whose caption, aliases or title contain the
  // text; Enter zooms to them.
  var search = document.getElementById('search');
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return cy.collection();
    return cy.nodes().filter(function (n) {
      var p = byId[n.id()].props;
      var hay = [byId[n.id()].caption, p.name, p.title, p.text].concat(p.aliases || []).join('\n').toLowerCase();
      return hay.indexOf(q) >= 0;
    });
  }
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

  // The hubs' names stay about 11px on screen at any zoom, so the overview
  // of a large graph still says what is in it.
  function keepHubsReadable() {
    cy.style().selector('node.hub').style('font-size', Math.max(11, 11 / cy.zoom())).update();
  }
  cy.on('zoom', keepHubsReadable);

  var status = document.getElementById('status');
  var layout = cy.layout({
    name: data.nodes.length > 2000 ? 'grid' : 'cose',
    animate: false, randomize: true, nodeDimensionsIncludeLabels: true,
    idealEdgeLength: function () { return 80; }, nodeRepulsion: function () { return 9000; },
    nodeOverlap: 40
  });
  layout.on('layoutstop', function () {
    // cose often lays a large graph out tall and narrow; the view is wide,
    // so turn such a drawing on its side rather than shrink it to fit.
    var bb = cy.elements().boundingBox();
    if (bb.h > 1.25 * bb.w && cy.width() > 1.25 * cy.height()) {
      cy.nodes().positions(function (n) { var p = n.position(); return { x: p.y, y: p.x }; });
    }
    cy.fit(undefined, 30);
    keepHubsReadable();
    var drawn = cy.nodes().filter(function (n) {
      var p = n.renderedPosition();
      return isFinite(p.x) && isFinite(p.y);
    }).length;
    document.body.setAttribute('data-drawn-nodes', String(drawn));
    document.body.setAttribute('data-drawn-edges', String(cy.edges().length));
    status.textContent = drawn + ' nodes, ' + cy.edges().length + ' relationships';
    // A link ending in #node=ID opens with that node selected.
    var m = /^#node=(.+)$/.exec(location.hash);
    if (m) {
      var id = decodeURIComponent(m[1]);
      if (byId[id]) { cy.getElementById(id).select(); showNode(id); }
    }
  });
  layout.run();
})();
