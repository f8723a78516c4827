/* 'Mijn voortgang', two parts of its own: the self-scans taken more than once (the latest profile beside
 * the earlier ones, components/scan-history.js), and whether this browser keeps the answers (persistent
 * storage granted or not) with the date of the last backup (export). Part of progress.js. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.journey || !L.scanHistory) return;
  var J = L.journey, store = L.store, S = L.strings, fill = L.fill;

  /* Re-render on every change while the element is on the page. */
  function follow(root, render) {
    function update() {
      if (!document.body.contains(root)) {
        document.removeEventListener("leidraad:change", update); document.removeEventListener("leidraad:device", update);
        return;
      }
      render();
    }
    document.addEventListener("leidraad:change", update);
    document.addEventListener("leidraad:device", update);
    render();
  }

  L.register("over-time", function (root) {
    var box = root.querySelector(".ld-over-time__list");
    follow(root, function () {
      box.textContent = "";
      Object.keys(L.config.exercises || {}).forEach(function (key) {
        var layout = L.config.exercises[key], module = J.moduleById(key.split("/")[0]);
        if (layout.kind !== "self-assessment" || !module) return;
        var history = L.results.scanHistory(layout, store.takes(layout));
        if (history.takes.length < 2) return;
        box.appendChild(L.el("h3", {}, [L.el("a", { href: J.siteUrl("modules/" + module.id + ".html") }, [layout.title])]));
        box.appendChild(L.scanHistory.table(layout, history, fill(S.history_caption, { title: layout.title })));
      });
      root.hidden = !box.childNodes.length;
    });
  }, "course");

  L.register("keeping", function (root) {
    follow(root, function () {
      var facts = store.device();
      var kept = facts.persisted === true ? S.keeping_persisted : S.keeping_evictable;
      var backup = facts.backup ? fill(S.keeping_backup, { date: new Date(facts.backup).toLocaleString(L.locale, {
        day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }) }) : S.keeping_no_backup;
      root.textContent = kept + " " + backup;
      root.hidden = false;
    });
  });
})();
