/* Leidraad's journey on every page: module status marks in the navigation (from core/results.js) and,
 * when the browser refuses to store, a warning that offers the export. Shared by the journey pages
 * (progress.js, plan.js, certificate.js) as Leidraad.journey. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.store || L.journey) return;
  var S = L.strings, store = L.store, config = L.config;
  // The site root from this script's address: right from file:// and under any sub-path.
  var self = document.currentScript;
  var root = self && self.src ? self.src.replace(/assets\/leidraad\/journey\.js([?#].*)?$/, "")
    : String(window.__md_scope || "");  // inlined: material's own idea of the site root

  function siteUrl(path) { return root + path; }
  function moduleById(id) { return (config.modules || []).filter(function (m) { return m.id === id; })[0]; }
  function pageData(rootEl) { return JSON.parse(rootEl.querySelector("template[data-ld-page-data]").content.textContent); }
  /* Every module's state (status, results per exercise) from the stored answers. */
  function modules(data) {
    return (config.modules || []).map(function (m) { return L.results.module(m, config.exercises || {}, data.items, data.attempts, config.attempts); });
  }

  /* The current page is a link and a label; a pruned section's link stands for the section: no mark. */
  function markNav() {
    var byUrl = {};
    modules(store.read()).forEach(function (m) { byUrl[siteUrl("modules/" + m.id + ".html")] = m.status; });
    L.each(document.querySelectorAll(".md-nav--primary .md-nav__item:not(.md-nav__item--pruned)"), function (item) {
      var link = item.querySelector(":scope > a.md-nav__link[href]");
      var status = link && L.own(byUrl, link.href.split("#")[0]);
      if (status) L.each(item.querySelectorAll(":scope > .md-nav__link"), function (node) { mark(node, status); });
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

  /* Storage refused: the store works on in memory; say so and offer the export here (a page load loses the memory). */
  function warn() {
    if (!store.failed || document.querySelector(".ld-storage-warning")) return;
    var content = document.querySelector(".md-content__inner") || document.body;
    var button = L.el("button", { type: "button", class: "md-button" }, [S.export_now]);
    button.addEventListener("click", function () { download(store.exportName(), store.exportText(), "application/json"); });
    content.insertBefore(L.el("div", { class: "ld-storage-warning admonition warning", role: "alert" }, [
      S.storage_failed || "", L.el("p", {}, [S.storage_memory]),
      L.el("p", {}, [button, " ", L.el("a", { href: siteUrl("voortgang.html") }, [S.to_progress])])]), content.firstChild);
  }
  /* Keeping the answers for months (pages/safety.js, loaded only when needed): a restore link in the
   * address (a calendar follow-up) is offered to the learner; once there are answers, the browser is
   * asked to keep them, and where it does not promise to, the learner is told once. */
  var safetyRequested = false;
  function loadSafety() {
    if (safetyRequested) return;
    safetyRequested = true;
    document.body.appendChild(L.el("script", { src: siteUrl("assets/leidraad/safety.js") }));
  }
  var persistAsked = false;
  function keepAnswers() {
    if (/(^#|&)ld-restored?=/.test(window.location.hash)) loadSafety();
    if (persistAsked || store.failed || !Object.keys(store.read().items).length) return;
    persistAsked = true;
    store.persist(function (persisted) {
      if (persisted === true || store.device().warned) return;
      if (L.safety) L.safety.warnEviction(); else loadSafety();
    });
  }
  function onPage() { warn(); markNav(); keepAnswers(); }

  L.journey = { PLAN: store.PLAN, NAME: store.NAME, siteUrl: siteUrl, moduleById: moduleById, pageData: pageData,
                modules: modules, download: download, loadSafety: loadSafety };
  document.addEventListener("leidraad:change", refresh);
  document.addEventListener("leidraad:change", keepAnswers);
  document.addEventListener("leidraad:storage-failed", warn);
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(onPage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", onPage); else onPage();
})();
