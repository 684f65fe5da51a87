/* The report's network view: draws the elements in <script id="graph-data"> with cytoscape
   (vendored, cytoscape.min.js beside this file), filters by county, objective, theme and agency,
   searches node names and action texts, and lists the actions of a clicked node with their
   page and a snippet. "#graf=<node id>" in the address selects a node on load, "#sok=<words>"
   searches (links to them, and the hooks the headless-browser test uses). No network access, no document text as HTML. */
(function () {
  "use strict";
  var holder = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  var list = document.getElementById("graph-actions");
  if (!holder || !source || !list) { return; }
  if (typeof cytoscape === "undefined") {
    holder.textContent = "Nätverket kunde inte ritas (cytoscape.min.js saknas i rapportmappen).";
    return;
  }
  var data = JSON.parse(source.textContent);
  var kinds = data.kinds;
  var actions = data.actions;

  function size(node) { return 16 + 6 * Math.sqrt(node.data("size")); }
  var cy = cytoscape({
    container: holder,
    elements: data.elements,
    layout: { name: "preset" },
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
        "background-color": function (n) { return kinds[n.data("kind")].colour; },
        "label": "data(label)", "font-size": 11, "color": "#222",
        "text-wrap": "wrap", "text-max-width": 150, "text-valign": "bottom", "text-margin-y": 3,
        "width": size, "height": size } },
      { selector: "node[kind = 'county']", style: { "font-size": 14, "font-weight": "bold" } },
      { selector: "edge", style: {
        "width": function (e) { return Math.min(1 + 0.7 * e.data("weight"), 9); },
        "line-color": "#c9c3cf", "opacity": 0.8, "curve-style": "straight" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".match", style: { "border-width": 4, "border-color": "#111" } },
      { selector: "node:selected", style: { "border-width": 5, "border-color": "#f5b700" } }
    ]
  });
  cy.fit(undefined, 24);

  var filters = Array.prototype.slice.call(document.querySelectorAll("select[data-graph-kind]"));
  var search = document.getElementById("graph-search");

  filters.forEach(function (select) {
    var kind = select.getAttribute("data-graph-kind");
    cy.nodes("[kind = '" + kind + "']").sort(function (a, b) {
      return a.data("label").localeCompare(b.data("label"), "sv");
    }).forEach(function (n) {
      var option = document.createElement("option");
      option.value = n.id();
      option.textContent = n.data("label") + " (" + n.data("size") + ")";
      select.appendChild(option);
    });
    select.addEventListener("change", function () { applyFilters(); });
  });

  function picked() {
    return filters.map(function (s) { return s.value; }).filter(function (v) { return v; })
      .map(function (id) { return cy.getElementById(id); });
  }

  function intersect(a, b) {
    var keep = {};
    b.forEach(function (x) { keep[x] = true; });
    return a.filter(function (x) { return keep[x]; });
  }

  function filteredActions() {
    var nodes = picked();
    if (!nodes.length) { return null; }
    return nodes.reduce(function (acc, n) {
      return acc === null ? n.data("actions").slice() : intersect(acc, n.data("actions"));
    }, null);
  }

  function plural(n) { return n + (n === 1 ? " åtgärd" : " åtgärder"); }

  function show(title, orders) {
    list.textContent = "";
    var heading = document.createElement("h3");
    heading.textContent = title + ": " + plural(orders.length);
    list.appendChild(heading);
    var ol = document.createElement("ul");
    ol.className = "actions";
    orders.forEach(function (order) {
      var a = actions[String(order)];
      if (!a) { return; }
      var li = document.createElement("li");
      li.setAttribute("data-action", String(order));
      var link = document.createElement("a");
      link.href = a.href;
      link.textContent = a.county + " " + a.number;
      li.appendChild(link);
      var where = document.createElement("span");
      where.className = "small";
      where.textContent = " (" + a.file + (a.page ? ", s. " + a.page : ", sida okänd") + ") ";
      li.appendChild(where);
      li.appendChild(document.createTextNode(a.text));
      ol.appendChild(li);
    });
    list.appendChild(ol);
  }

  function applyFilters() {
    var nodes = picked();
    cy.elements().removeClass("hidden");
    if (nodes.length) {
      var visible = null;
      nodes.forEach(function (n) {
        var hood = n.closedNeighborhood();
        visible = visible === null ? hood : visible.intersection(hood).union(nodes);
      });
      cy.elements().not(visible).addClass("hidden");
      var orders = filteredActions();
      show(nodes.map(function (n) { return n.data("label"); }).join(" · "), orders);
    }
  }

  function select(node) {
    cy.nodes().unselect();
    node.select();
    var orders = node.data("actions");
    var active = filteredActions();
    if (active !== null) { orders = intersect(orders, active); }
    show(node.data("label"), orders);
  }

  cy.on("tap", "node", function (event) { select(event.target); });

  if (search) {
    search.addEventListener("input", function () {
      var q = search.value.trim().toLowerCase();
      cy.nodes().removeClass("match");
      if (!q) { list.textContent = ""; return; }
      cy.nodes().filter(function (n) {
        return n.data("label").toLowerCase().indexOf(q) >= 0;
      }).addClass("match");
      var pool = filteredActions();
      var orders = Object.keys(actions).map(Number).filter(function (o) {
        var a = actions[String(o)];
        return (a.text + " " + a.number).toLowerCase().indexOf(q) >= 0;
      });
      if (pool !== null) { orders = intersect(orders, pool); }
      orders.sort(function (x, y) { return x - y; });
      show("Sökträffar för ”" + search.value.trim() + "”", orders);
    });
  }

  function fromHash() {
    var match = /^#(graf|sok)=(.+)$/.exec(window.location.hash);
    if (!match) { return; }
    var value = decodeURIComponent(match[2]);
    if (match[1] === "sok" && search) {
      search.value = value;
      search.dispatchEvent(new Event("input"));
      return;
    }
    var node = cy.getElementById(value);
    if (node && node.length) { select(node); }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.body.setAttribute("data-graph", "ready");
})();
