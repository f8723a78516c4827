/* Checklist: tick items, see how many are ticked (counted by core/results.js). */
(function () {
  "use strict";
  var L = window.Leidraad, C = L.component, S = L.strings;

  function mountChecklist(root, layout) {
    var list = C.items(root), progress = root.querySelector("progress"), opened = L.store.open(layout), answers = opened.answers;
    function update() {
      var r = L.results.exercise(layout, answers);
      progress.value = r.ticked;
      root.querySelector(".ld-progress [role=status]").textContent = L.fill(S.checked, { n: r.ticked, total: r.total });
    }
    list.forEach(function (item) {
      var box = item.querySelector("input"), spec = C.itemLayout(layout, item);
      box.checked = L.own(answers, spec.id) === true;
      box.addEventListener("change", function () {
        answers[spec.id] = box.checked;
        L.store.set(layout.key + "/" + spec.id, spec.v, box.checked);
        update();
      });
    });
    C.reveal(root); C.reportDropped(root, opened.dropped); update();
  }

  L.register("checklist", mountChecklist, true);
})();
