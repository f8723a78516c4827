/* 'Neem op in mijn plan': a module's suggested actions can be adopted into the development plan.
 * An adopted action is copied into the plan: the learner's own from then on, whatever the author
 * changes later (the module's title too, should the module go). */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.journey) return;
  var S = L.strings, store = L.store, J = L.journey;

  function planEntry(module, item) {
    function part(name) { var node = item.querySelector(".ld-action__" + name); return node ? node.textContent.trim() : ""; }
    return { module: module.id, source: module.title, action: item.getAttribute("data-ld-item"), what: part("title"),
             why: part("why"), step: part("step"), when: "", who: "", done: false, created: Date.now() };
  }
  function mountActions(root) {
    var moduleId = root.getAttribute("data-ld-key").split("/")[0], module = J.moduleById(moduleId);
    var status = root.querySelector(".ld-actions-list__status");
    if (!module) return;
    L.each(root.querySelectorAll("[data-ld-item]"), function (item) {
      var key = store.PLAN + moduleId + "/" + item.getAttribute("data-ld-item"), button = item.querySelector("[data-ld-action=adopt]");
      if (!button) return;
      function sync() { button.setAttribute("aria-pressed", L.own(store.read().items, key) ? "true" : "false"); }
      function entry() { return L.own(store.read().items, key); }
      L.confirm(button, function () { return S.plan_adopt_confirm; }, S.plan_adopt_yes, function () {
        var had = entry();
        if (had) store.remove(key); else store.set(key, store.PLAN_VERSION, planEntry(module, item));
        status.textContent = L.fill(had ? S.plan_adopt_removed : S.plan_adopt_added, { title: item.querySelector(".ld-action__title").textContent });
        sync();
        button.focus();
      }, function () { var had = entry(); return !!(had && had.a.edited); });
      button.hidden = false;
      sync();
    });
    var link = root.querySelector(".ld-actions-list__plan");
    if (link) link.hidden = false;
  }

  L.register("actions", mountActions);
})();
