/* Self-assessment: one point per statement; once all are answered, the profile per dimension (from
 * core/results.js: reverse items recoded, scores rounded, bands) as text and as an SVG chart. A
 * finished scan can be taken again later ('Doe de scan opnieuw'): the earlier take is kept with its
 * date, and the profiles over time are shown beside each other (components/scan-history.js). */
(function () {
  "use strict";
  var L = window.Leidraad, C = L.component, S = L.strings, NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    return node;
  }
  function chart(profile, low, high) {
    var rowHeight = 34, width = 320, height = profile.length * rowHeight + 10;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, class: "ld-chart", role: "img",
                            "aria-label": profile.map(function (p) { return p.title + ": " + L.number(p.score) + " / " + high; }).join(", ") });
    profile.forEach(function (p, i) {
      var y = i * rowHeight + 5, bar = width * (p.score - low) / (high - low);
      root.appendChild(svg("rect", { x: 0, y: y + 14, width: width, height: 12, rx: 6, class: "ld-chart__track" }));
      root.appendChild(svg("rect", { x: 0, y: y + 14, width: Math.max(bar, 6), height: 12, rx: 6, class: "ld-chart__bar" }));
      var text = svg("text", { x: 0, y: y + 10, class: "ld-chart__label" });
      text.textContent = p.title + " · " + L.number(p.score);
      root.appendChild(text);
    });
    return root;
  }

  function mountSelfAssessment(root, layout) {
    var statements = C.items(root), opened = L.store.open(layout), answers = opened.answers;
    function value(item) { var c = C.chosen(item); return c.length ? c[0] : null; }
    function render() {
      var r = L.results.exercise(layout, answers);
      var status = root.querySelector(".ld-sa__status"), result = root.querySelector("[data-ld-result]");
      if (historyBox || retakeButton) renderHistory();
      if (!r.done) {
        status.textContent = r.answered ? L.fill(S.sa_incomplete, { n: r.answered, total: r.total }) : "";
        result.hidden = true; result.textContent = "";
        return;
      }
      C.loadLater(root);
      result.textContent = "";
      result.appendChild(L.el("p", { class: "ld-sa__result-title" }, [L.el("strong", {}, [S.sa_result])]));
      result.appendChild(chart(r.dimensions, r.low, r.high));
      r.dimensions.forEach(function (d) {
        var block = L.el("div", { class: "ld-sa__dimension" }, [L.el("p", {}, [L.el("strong", {}, [L.fill(S.sa_score, { title: d.title, score: L.number(d.score), max: r.high })])])]);
        var band = d.band >= 0 && root.querySelectorAll('[data-ld-dimension="' + d.id + '"] .ld-bands > .ld-band')[d.band];
        // The band's content, not its <li>: outside its list a list item is invalid markup.
        if (band) block.appendChild(L.el("div", { class: "ld-band" }, Array.prototype.map.call(band.childNodes, function (n) { return n.cloneNode(true); })));
        result.appendChild(block);
      });
      result.hidden = false;
      status.textContent = S.sa_result + ": " + r.dimensions.map(function (d) {
        return d.title + " " + L.number(d.score) + (d.label ? " (" + d.label + ")" : "");
      }).join("; ");
    }
    statements.forEach(function (item) {
      var spec = C.itemLayout(layout, item), a = L.own(answers, spec.id);
      if (typeof a === "number") C.inputs(item).forEach(function (i) { i.checked = Number(i.value) === a; });
      item.addEventListener("change", function () {
        answers[spec.id] = value(item);
        L.store.set(layout.key + "/" + spec.id, spec.v, value(item));
        render();
      });
    });
    /* Earlier takes: the latest profile beside them. history.js (the table) is loaded when first needed. */
    var historyBox = root.querySelector("[data-ld-history]"), retakeButton = root.querySelector("[data-ld-action=retake]");
    function renderHistory() {
      var takes = L.store.takes(layout), earlier = takes.filter(function (take) { return !take.current; });
      if (retakeButton) retakeButton.hidden = !L.results.exercise(layout, answers).done;
      if (!historyBox) return;
      historyBox.hidden = !earlier.length;
      if (!earlier.length) { historyBox.textContent = ""; return; }
      if (!L.scanHistory) {
        var src = historyBox.getAttribute("data-ld-history");
        if (src && !historyBox.hasAttribute("data-ld-loading")) {
          historyBox.setAttribute("data-ld-loading", "");
          document.addEventListener("leidraad:history-ready", renderHistory);
          L.load(src);
        }
        return;
      }
      var history = L.results.scanHistory(layout, takes);
      historyBox.textContent = "";
      historyBox.appendChild(L.scanHistory.table(layout, history, L.fill(S.history_caption, { title: layout.title })));
    }
    if (retakeButton) retakeButton.addEventListener("click", function () {
      var takes = L.store.takes(layout), latest = takes[takes.length - 1];
      L.store.retake(layout);
      statements.forEach(function (item) { C.inputs(item).forEach(function (i) { i.checked = false; }); });
      answers = {};
      render();
      root.querySelector(".ld-sa__status").textContent = L.fill(S.sa_retake_started, { date: new Date(latest.t).toLocaleDateString(L.locale, { day: "numeric", month: "long", year: "numeric" }) });
      var first = statements[0] && C.inputs(statements[0])[0];
      if (first) first.focus();
    });
    C.confirm(root.querySelector("[data-ld-action=retry]"), function () { return S.reset_confirm; }, S.reset_yes, function () {
      statements.forEach(function (item) { C.inputs(item).forEach(function (i) { i.checked = false; }); });
      answers = {};
      L.store.remove(layout.key);
      render();
      var first = statements[0] && C.inputs(statements[0])[0];
      if (first) first.focus();
    });
    root.addEventListener("submit", function (event) { event.preventDefault(); });
    C.reveal(root); C.reportDropped(root, opened.dropped); render();
  }

  L.register("self-assessment", mountSelfAssessment, true);
})();
