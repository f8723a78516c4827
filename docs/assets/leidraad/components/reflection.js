/* Reflection: answers saved as you type; they stay in this browser (never sent to an LMS). */
(function () {
  "use strict";
  var L = window.Leidraad, C = L.component, S = L.strings;

  function mountReflection(root, layout) {
    var timer = null, status = root.querySelector(".ld-status"), opened = L.store.open(layout);
    C.items(root).forEach(function (item) {
      var area = item.querySelector("textarea"), spec = C.itemLayout(layout, item), a = L.own(opened.answers, spec.id);
      if (typeof a === "string") area.value = a;
      area.addEventListener("input", function () {
        var ok = L.store.set(layout.key + "/" + spec.id, spec.v, area.value);
        clearTimeout(timer);
        timer = setTimeout(function () { if (ok) status.textContent = S.saved; }, 600);
      });
    });
    C.reportDropped(root, opened.dropped);
  }

  L.register("reflection", mountReflection, true);
})();
