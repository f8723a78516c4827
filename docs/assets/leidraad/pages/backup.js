/* Taking the answers along: a download from the page, and the export (the whole record in an envelope
 * naming the course; importing it is core/transfer.js). Part of the bundles that offer one (safety.js,
 * progress.js, plan.js), not of every page. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.journey || L.journey.download) return;
  var store = L.store, config = L.config;
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

  L.journey.download = download;
  store.exportName = function () { return "leidraad-" + config.storageId + "-" + new Date().toISOString().slice(0, 10) + ".json"; };
  store.exportText = function () {
    store.noteDevice({ backup: Date.now() });
    return JSON.stringify({ type: store.ENVELOPE, version: 1, storageId: config.storageId, course: config.title,
                            format: store.FORMAT, exported: new Date().toISOString(), data: store.read() }, null, 1);
  };
})();
