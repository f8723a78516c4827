/* What every exercise component shares (first part of exercises.js, which the registry in
 * components/base.js loads on pages with exercises): finding items and inputs, showing what waits for
 * the script, naming answers an author's change voided, loading a part needed later, and an in-page
 * confirmation. */
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
  var requested = {};
  function loadLater(root) {
    L.each(root.querySelectorAll("[data-ld-script]"), function (node) {
      var src = node.getAttribute("data-ld-script");
      if (!requested[src]) { requested[src] = true; document.body.appendChild(L.el("script", { src: src })); }
    });
  }

  /* An in-page confirmation, instead of window.confirm (which an LMS's frame may block, and which takes
   * the reader out of the page): after `button`'s paragraph, the question (`question()`, read when
   * shown, as focus moves to it) and two buttons; Escape or "no" closes it and returns to `button`. */
  var confirms = 0;
  function confirm(button, question, yes, onYes) {
    var holder = button.closest("p") || button, box = null;
    function close(back) {
      if (box) { box.parentNode.removeChild(box); box = null; }
      if (back) button.focus();
    }
    button.addEventListener("click", function () {
      if (box) { box.querySelector(".ld-confirm__question").focus(); return; }
      confirms += 1;
      var id = "ld-confirm-" + confirms, text = L.el("p", { id: id, class: "ld-confirm__question", tabindex: "-1" }, [question()]);
      var ok = L.el("button", { type: "button", class: "md-button", "data-ld-confirm": "yes" }, [yes]);
      var no = L.el("button", { type: "button", class: "md-button", "data-ld-confirm": "no" }, [S.confirm_no]);
      box = L.el("div", { class: "ld-confirm", role: "group", "aria-labelledby": id }, [text, L.el("p", {}, [ok, " ", no])]);
      holder.parentNode.insertBefore(box, holder.nextSibling);
      ok.addEventListener("click", function () { close(false); onYes(); });
      no.addEventListener("click", function () { close(true); });
      box.addEventListener("keydown", function (event) { if (event.key === "Escape") { event.preventDefault(); close(true); } });
      text.focus();
    });
  }

  L.component = { items: items, inputs: inputs, chosen: chosen, itemLayout: itemLayout, reveal: reveal,
                  reportDropped: reportDropped, loadLater: loadLater, confirm: confirm };
})();
