/* Quiz: check per question, feedback per chosen option, score, retry. The verdicts and the score come
 * from core/results.js; this file only shows them. */
(function () {
  "use strict";
  var L = window.Leidraad, C = L.component, S = L.strings;

  function mountQuiz(root, layout) {
    var questions = C.items(root), opened = L.store.open(layout), answers = opened.answers;
    function keyOf(item) { return layout.key + "/" + item.getAttribute("data-ld-item"); }
    function result() { return L.results.exercise(layout, answers); }
    function verdictOf(item) {
      var id = item.getAttribute("data-ld-item");
      return result().items.filter(function (i) { return i.id === id; })[0] || { checked: false, verdict: null };
    }
    /* `announce`: also put the chosen options' feedback and the explanation in the live region, so a
     * screen reader reads what the eye sees appear (only when the learner checks, not on page load). */
    function show(item, announce) {
      var state = verdictOf(item), checked = state.checked, picked = C.chosen(item), spec = C.itemLayout(layout, item);
      var options = item.querySelectorAll(".ld-option");
      L.each(options, function (option, index) {
        var mine = checked && picked.indexOf(index) >= 0, right = !!(spec.correct & (1 << index));
        option.querySelector("[data-ld-feedback]").hidden = !mine;
        option.classList.toggle("ld-option--picked-right", mine && right);
        option.classList.toggle("ld-option--picked-wrong", mine && !right);
      });
      item.querySelector("[data-ld-explanation]").hidden = !checked;
      item.classList.toggle("ld-question--right", state.verdict === "right");
      item.classList.toggle("ld-question--wrong", checked && state.verdict !== "right");
      var text = item.querySelector(".ld-question__result");
      text.textContent = !checked ? "" : state.verdict === "right" ? S.correct : state.verdict === "partly" ? S.partly : S.incorrect;
      if (checked && announce) {
        var spoken = picked.map(function (i) { return options[i].querySelector("[data-ld-feedback]").textContent; });
        spoken.push(item.querySelector("[data-ld-explanation]").textContent);
        text.appendChild(L.el("span", { class: "ld-sr" }, [" " + spoken.join(" ").replace(/\s+/g, " ").trim()]));
      }
      item.setAttribute("data-checked", checked ? "true" : "false");
    }
    function summarize() {
      var r = result(), summary = root.querySelector(".ld-quiz__summary");
      if (!r.done) { summary.textContent = r.answered ? L.fill(S.answered, { n: r.answered, total: r.total }) : ""; return; }
      summary.textContent = L.fill(S.score, { correct: r.correct, total: r.total, percent: r.percent }) + " " +
        (r.passed ? S.passed : L.fill(S.not_passed, { pass: r.passMark }));
    }
    function save(item, checked) {
      var a = { c: C.chosen(item), k: checked }, spec = C.itemLayout(layout, item);
      answers[spec.id] = a;
      L.store.set(keyOf(item), spec.v, a);
    }
    questions.forEach(function (item) {
      var a = L.own(answers, item.getAttribute("data-ld-item"));
      if (a) C.inputs(item).forEach(function (input) { input.checked = a.c.indexOf(Number(input.value)) >= 0; });
      show(item);
      item.addEventListener("change", function () { save(item, false); show(item); summarize(); });
      item.querySelector("[data-ld-action=check]").addEventListener("click", function () {
        if (!C.chosen(item).length) { item.querySelector(".ld-question__result").textContent = S.choose_first; return; }
        save(item, true); show(item, true); summarize();
      });
    });
    root.querySelector("[data-ld-action=retry]").addEventListener("click", function () {
      answers = {};
      L.store.remove(layout.key);
      questions.forEach(function (item) { C.inputs(item).forEach(function (i) { i.checked = false; }); show(item); });
      summarize();
      var first = root.querySelector("input");
      if (first) first.focus();
    });
    root.addEventListener("submit", function (event) { event.preventDefault(); });
    // Enter on an option checks its question, as Enter in a form field submits what was filled in.
    root.addEventListener("keydown", function (event) {
      var item = event.key === "Enter" && event.target.matches("input") && event.target.closest("[data-ld-item]");
      if (!item) return;
      event.preventDefault();
      item.querySelector("[data-ld-action=check]").click();
    });
    C.reveal(root); C.reportDropped(root, opened.dropped); summarize();
  }

  L.register("quiz", mountQuiz, true);
})();
