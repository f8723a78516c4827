/* What every exercise component shares (first part of exercises.js, which the registry in
 * components/base.js loads on pages with exercises): finding items and inputs, showing what waits for
 * the script, naming answers an author's change voided, loading a part needed later; and the in-page
 * confirmation (components/confirm.js, before this part). */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.register || L.component) return;
  var S = L.strings;

  function items(root) { return Array.prototype.slice.call(root.querySelectorAll("[data-ld-item]")); }
  function inputs(item) { return Array.prototype.slice.call(item.querySelectorAll("input")); }
  function chosen(item) {
    return inputs(item).filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); });
  }
  /* The layout item for a DOM item (by id), or undefined. */
  function itemLayout(layout, item) {
    var id = item.getAttribute("data-ld-item");
    return layout.items.filter(function (i) { return i.id === id; })[0];
  }
  function reveal(root) {
    L.each(root.querySelectorAll("[data-ld-action], .ld-actions, .ld-progress"), function (n) {
      if (!n.closest("[data-ld-explanation]")) n.hidden = false;
    });
  }
  /* Name each question whose answer an author's change voided by its text (without the hint next to it). */
  function reportDropped(root, dropped) {
    var names = dropped.map(function (id) {
      var item = root.querySelector('[data-ld-item="' + id + '"]'), label = item && item.querySelector("legend, label");
      if (!label) return "";
      label = label.cloneNode(true);
      L.each(label.querySelectorAll(".ld-hint"), function (n) { n.parentNode.removeChild(n); });
      return "“" + label.textContent.trim() + "”";
    }).filter(Boolean);
    if (names.length) root.insertBefore(L.el("p", { class: "ld-dropped", role: "status" }, [L.fill(S.dropped, { items: names.join("; ") })]), root.firstChild);
  }
  /* A part needed only once an exercise is finished (sharing a self-assessment) names its script in
   * data-ld-script: it is loaded then, not with every page. */
  function loadLater(root) {
    L.each(root.querySelectorAll("[data-ld-script]"), function (node) { L.load(node.getAttribute("data-ld-script")); });
  }

  L.component = { items: items, inputs: inputs, chosen: chosen, itemLayout: itemLayout, reveal: reveal,
                  reportDropped: reportDropped, loadLater: loadLater, confirm: L.confirm };
})();
