/* The last part of leidraad.js: run what other scripts queued for the store (the SCORM adapter puts
 * the LMS's saved answers back before any exercise reads them), then mount the components. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || L.use) return;
  /* `fn(Leidraad)` now; a script that loads before this one queues it in window.LeidraadQueue. */
  L.use = function (fn) { try { fn(L); } catch (e) { if (window.console) console.error("Leidraad:", e); } };
  (window.LeidraadQueue || []).forEach(L.use);
  window.LeidraadQueue = { push: L.use };
  // Over http with instant navigation, material announces each new page on document$; from file:// it
  // never does, so the page load starts us too. The data-ld-mounted guard makes both safe.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(L.mountAll);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", L.mountAll); else L.mountAll();
})();
