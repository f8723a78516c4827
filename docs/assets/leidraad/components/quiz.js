/* Quiz: check per question, feedback per chosen option after the check, attempts, score. The verdicts,
 * the score and which attempt counts come from core/results.js (`counted`, with the course's attempt
 * policy); this file only shows them.
 *
 * An attempt: every question answered and checked once. A checked question keeps its answer until a
 * new attempt ("Opnieuw", after an in-page confirmation), which keeps the finished attempt in the
 * store's `attempts`. The answer key after each question (<details class="ld-answer">) is for readers
 * without JavaScript only: it is removed here, so that feedback and explanation come only after a check. */
(function () {
  "use strict";
  var L = window.Leidraad, C = L.component, S = L.strings, fill = L.fill;

  function mountQuiz(root, layout) {
    var questions = C.items(root), opened = L.store.open(layout), answers = opened.answers;
    var retry = root.querySelector("[data-ld-action=retry]"), summary = root.querySelector(".ld-quiz__summary");
    L.each(root.querySelectorAll(".ld-answer"), function (key) { key.parentNode.removeChild(key); });
    C.reveal(root);  // the buttons; show() and summarize() then hide those that do not apply
    function keyOf(item) { return layout.key + "/" + item.getAttribute("data-ld-item"); }
    function result() { return L.results.counted(layout, answers, L.store.attempts(layout.key), L.config.attempts); }
    function verdictOf(item) {
      var id = item.getAttribute("data-ld-item");
      return result().current.items.filter(function (i) { return i.id === id; })[0] || { checked: false, verdict: null };
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
      // A checked answer stays as it was checked: another answer is for the next attempt.
      C.inputs(item).forEach(function (input) { input.disabled = checked; });
      item.querySelector("[data-ld-action=check]").hidden = checked;
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
    function verdict(r) { return r.passed ? S.passed : fill(S.not_passed, { pass: r.passMark }); }
    /* This attempt's score; once there were more attempts, which one counts (and the first one's score). */
    function summarize() {
      var r = result(), now = r.current, lines = [];
      if (!now.done) {
        if (now.answered) lines.push(fill(S.answered, { n: now.answered, total: now.total }));
      } else if (r.attempts <= 1) {
        lines.push(fill(S.score, { correct: now.correct, total: now.total, percent: now.percent }) + " " + verdict(now));
      } else {
        lines.push(fill(S.attempt_score, { n: r.attempts, correct: now.correct, total: now.total, percent: now.percent }));
      }
      if (r.attempt !== null && (r.attempts > 1 || !now.done)) {
        lines.push(fill(S["counted_" + r.count], { n: r.attempt, percent: r.percent }) + " " + verdict(r));
        if (r.first && r.first !== r.current && r.attempt !== 1 && r.first.percent !== r.percent) {
          lines.push(fill(S.first_score, { percent: r.first.percent }));
        }
      }
      if (r.exhausted) lines.push(fill(S.attempts_used, { max: r.max }));
      else if (r.retry && r.max !== null) lines.push(fill(S.attempts_left, { n: r.max - r.attempts }));
      summary.textContent = "";
      lines.forEach(function (line) { summary.appendChild(L.el("p", {}, [line])); });
      retry.parentNode.hidden = !r.retry;
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
      item.addEventListener("change", function () { if (!verdictOf(item).checked) { save(item, false); summarize(); } });
      item.querySelector("[data-ld-action=check]").addEventListener("click", function () {
        if (verdictOf(item).checked) return;
        if (!C.chosen(item).length) { item.querySelector(".ld-question__result").textContent = S.choose_first; return; }
        save(item, true); show(item, true); summarize();
        // The check button is gone: keep the keyboard where the verdict is.
        item.querySelector(".ld-question__result").focus();
      });
    });
    function startAgain() {
      L.store.newAttempt(layout);
      answers = {};
      questions.forEach(function (item) { C.inputs(item).forEach(function (i) { i.checked = false; }); show(item); });
      summarize();
      var first = root.querySelector("input");
      if (first) first.focus();
    }
    C.confirm(retry, function () { return S["retry_confirm_" + result().count]; }, S.retry_yes, startAgain);
    root.addEventListener("submit", function (event) { event.preventDefault(); });
    // Enter on an option checks its question, as Enter in a form field submits what was filled in.
    root.addEventListener("keydown", function (event) {
      var item = event.key === "Enter" && event.target.matches("input") && event.target.closest("[data-ld-item]");
      if (!item) return;
      event.preventDefault();
      item.querySelector("[data-ld-action=check]").click();
    });
    L.each(root.querySelectorAll(".ld-question__result"), function (node) { node.setAttribute("tabindex", "-1"); });
    C.reportDropped(root, opened.dropped); summarize();
  }

  L.register("quiz", mountQuiz, true);
})();
