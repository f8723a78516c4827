/* Leidraad's journey on every page: when the browser refuses to store, a warning that offers the
 * export; once the page is shown, the whole course's layouts for the marks in the navigation
 * (pages/course-view.js, part of layouts.js). Shared by the journey pages (home.js, progress.js, plan.js,
 * certificate.js) as Leidraad.journey. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.store || L.journey) return;
  var S = L.strings, store = L.store, config = L.config, siteUrl = L.siteUrl, moduleById = L.module;

  function pageData(rootEl) { return JSON.parse(rootEl.querySelector("template[data-ld-page-data]").content.textContent); }

  /* The marks in the navigation (pages/course-view.js) come with the whole course's layouts: fetched once
   * the page is shown, never in its way. */
  function layoutsLater() {
    function request() { L.whenLayouts(function () { /* course-view.js draws them */ }); }
    if (document.readyState === "complete") request(); else window.addEventListener("load", request);
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
  function onPage() { warn(); layoutsLater(); keepAnswers(); }

  L.journey = { PLAN: store.PLAN, NAME: store.NAME, siteUrl: siteUrl, moduleById: moduleById, pageData: pageData,
                download: download, loadSafety: loadSafety };
  document.addEventListener("leidraad:change", keepAnswers);
  document.addEventListener("leidraad:storage-failed", warn);
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(onPage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", onPage); else onPage();
})();
