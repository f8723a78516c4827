/* Leidraad's journey on every page: when the browser refuses to store, a warning that offers the
 * export; once the page is shown, the whole course's layouts for the marks in the navigation
 * (pages/course-view.js, part of layouts.js). Shared by the journey pages (home.js, progress.js, plan.js,
 * certificate.js) as Leidraad.journey; what is needed only now and then (a warning, a restore link, a
 * download) is loaded when it is (pages/safety.js, pages/backup.js). */
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

  /* Storage refused: the store works on in memory; pages/safety.js says so and offers the export. */
  function warn() { if (store.failed) loadSafety(); }
  /* Keeping the answers for months (pages/safety.js, loaded only when needed): a restore link in the
   * address (a calendar follow-up) is offered to the learner; once there are answers, the browser is
   * asked to keep them, and where it does not promise to, the learner is told once. */
  function loadSafety() { L.load(siteUrl("assets/leidraad/safety.js")); }
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
                loadSafety: loadSafety };
  document.addEventListener("leidraad:change", keepAnswers);
  document.addEventListener("leidraad:storage-failed", warn);
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(onPage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", onPage); else onPage();
})();
