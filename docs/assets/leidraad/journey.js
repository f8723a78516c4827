/* Leidraad's journey on every page: module status, marks in the navigation, 'Neem op in mijn plan',
 * and when storing fails: answers kept in memory, export offered. Used by progress/plan/certificate.js. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || L.journey) return;
  var S = L.strings, store = L.store, config = L.config;
  // Keys not of an exercise item start with "_", as no module id can.
  var PLAN = "_plan/", PLAN_VERSION = "plan", NAME = "_profiel/naam", ENVELOPE = "leidraad-voortgang";
  // The site root from this script's address: right from file:// and under any sub-path.
  var self = document.currentScript;
  var root = self && self.src ? self.src.replace(/assets\/leidraad\/journey\.js([?#].*)?$/, "")
    : String(window.__md_scope || "");  // inlined: material's own idea of the site root

  function siteUrl(path) { return root + path; }
  function each(nodes, fn) { Array.prototype.forEach.call(nodes, fn); }
  function clone(data) { return JSON.parse(JSON.stringify(data)); }
  function moduleById(id) { return config.modules.filter(function (m) { return m.id === id; })[0]; }
  function pageData(rootEl) { return JSON.parse(rootEl.querySelector("template[data-ld-page-data]").content.textContent); }

  function exerciseDone(exercise, result) {
    return !!result && (exercise.kind === "quiz" ? !!result.passed : !!result.done);
  }

  /* Only the module's current exercises count: keys of removed ones are ignored. */
  function moduleStatus(module, data) {
    var keys = Object.keys(data.items), started = false, done = module.required.length > 0;
    module.exercises.forEach(function (key) {
      var exercise = config.exercises[key], result = data.results[key];
      if (result || keys.some(function (k) { return k.indexOf(key + "/") === 0; })) started = true;
      if (module.required.indexOf(key) >= 0 && !exerciseDone(exercise, result)) done = false;
    });
    return done ? "done" : started ? "busy" : "todo";
  }

  /* The current page is a link and a label; a pruned section's link stands for the section: no mark. */
  function markNav() {
    var data = store.read(), byUrl = {};
    config.modules.forEach(function (m) { byUrl[siteUrl("modules/" + m.id + ".html")] = moduleStatus(m, data); });
    each(document.querySelectorAll(".md-nav--primary .md-nav__item:not(.md-nav__item--pruned)"), function (item) {
      var link = item.querySelector(":scope > a.md-nav__link[href]");
      var status = link && byUrl[link.href.split("#")[0]];
      if (status) each(item.querySelectorAll(":scope > .md-nav__link"), function (node) { mark(node, status); });
    });
  }
  function mark(node, status) {
    var badge = node.querySelector(".ld-navmark");
    if (status === "todo") { if (badge) badge.parentNode.removeChild(badge); return; }
    if (!badge) {
      badge = L.el("span", { class: "ld-navmark" }, [L.el("span", { "aria-hidden": "true" }), L.el("span", { class: "ld-sr" })]);
      var text = node.querySelector(".md-ellipsis");
      node.insertBefore(badge, text ? text.nextSibling : null);
    }
    badge.setAttribute("data-ld-status", status);
    badge.firstChild.textContent = status === "done" ? "✓" : "◐";
    badge.lastChild.textContent = " (" + S["status_" + status] + ")";
  }
  var pending = null;
  function refresh() { clearTimeout(pending); pending = setTimeout(markNav, 30); }

  /* An adopted action is copied into the plan: the learner's own from then on, whatever the author
   * changes later (the module's title too, should the module go). */
  function planEntry(module, item) {
    function part(name) { var node = item.querySelector(".ld-action__" + name); return node ? node.textContent.trim() : ""; }
    return { module: module.id, source: module.title, action: item.getAttribute("data-ld-item"), what: part("title"),
             why: part("why"), step: part("step"), when: "", who: "", done: false, created: Date.now() };
  }
  function mountActions(rootEl) {
    var moduleId = rootEl.getAttribute("data-ld-key").split("/")[0], module = moduleById(moduleId);
    var status = rootEl.querySelector(".ld-actions-list__status");
    if (!module) return;
    each(rootEl.querySelectorAll("[data-ld-item]"), function (item) {
      var key = PLAN + moduleId + "/" + item.getAttribute("data-ld-item"), button = item.querySelector("[data-ld-action=adopt]");
      if (!button) return;
      function sync() { button.setAttribute("aria-pressed", store.read().items[key] ? "true" : "false"); }
      button.addEventListener("click", function () {
        var entry = store.read().items[key];
        if (entry && entry.a && entry.a.edited && !window.confirm(S.plan_adopt_confirm)) return;
        if (entry) store.remove(key); else store.set(key, PLAN_VERSION, planEntry(module, item));
        status.textContent = L.fill(entry ? S.plan_adopt_removed : S.plan_adopt_added, { title: item.querySelector(".ld-action__title").textContent });
        sync();
      });
      button.hidden = false;
      sync();
    });
    var link = rootEl.querySelector(".ld-actions-list__plan");
    if (link) link.hidden = false;
  }

  function exportName() { return "leidraad-" + config.storageId + "-" + new Date().toISOString().slice(0, 10) + ".json"; }
  function exportText() {
    return JSON.stringify({ type: ENVELOPE, version: 1, storageId: config.storageId, course: config.title,
                            format: config.format, exported: new Date().toISOString(), data: store.read() }, null, 1);
  }
  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type + ";charset=utf-8" }));
    var a = L.el("a", { href: url, download: name, hidden: "" });
    // Not a page for material's instant navigation.
    a.addEventListener("click", function (event) { event.stopPropagation(); });
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 2000);
  }

  /* Storage refused: work on in memory, and offer the export here (a page load loses the memory). */
  var memory = null, read = store.read, write = store.write, fail = store.fail;
  store.read = function () { return memory ? clone(memory) : read(); };
  store.write = function (data) {
    if (write(data)) { memory = null; return true; }
    memory = clone(data);
    document.dispatchEvent(new CustomEvent("leidraad:change"));
    return false;
  };
  store.fail = function () {
    fail();
    var banner = document.querySelector(".ld-storage-warning");
    if (!banner || banner.querySelector("button")) return;
    var button = L.el("button", { type: "button", class: "md-button" }, [S.export_now]);
    button.addEventListener("click", function () { download(exportName(), exportText(), "application/json"); });
    banner.appendChild(L.el("p", {}, [S.storage_memory]));
    banner.appendChild(L.el("p", {}, [button, " ", L.el("a", { href: siteUrl("voortgang.html") }, [S.to_progress])]));
  };
  function onPage() {
    // Instant navigation replaced the content: warn again.
    if (store.failed && !document.querySelector(".ld-storage-warning")) { store.failed = false; store.fail(); }
    markNav();
  }

  L.journey = { PLAN: PLAN, PLAN_VERSION: PLAN_VERSION, NAME: NAME, ENVELOPE: ENVELOPE, siteUrl: siteUrl, each: each,
                clone: clone, moduleById: moduleById, pageData: pageData, exerciseDone: exerciseDone, moduleStatus: moduleStatus,
                exportName: exportName, exportText: exportText, download: download };
  L.register("actions", mountActions);
  document.addEventListener("leidraad:change", refresh);
  // Another tab saved: let every view catch up.
  window.addEventListener("storage", function (event) {
    if (event.key === "leidraad:" + config.storageId) document.dispatchEvent(new CustomEvent("leidraad:change"));
  });
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(onPage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", onPage); else onPage();
})();
