/* Leidraad, 'Mijn voortgang': a compact overview of every module's status, time left and score (from
 * core/results.js and results-course.js), each exercise's result folded away, the course progress bar,
 * answers an author's change made void (named by their text, from item-texts.js, fetched only then),
 * export and import of all progress (through the
 * store, which takes answers only), and reset. Loaded only by that page
 * (macros/templates/journey/progress.html); idempotent, so material may run it again after instant
 * navigation. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.journey) return;
  var J = L.journey, store = L.store, config = L.config, S = L.strings, fill = L.fill, own = L.own;

  function layouts() {
    var all = config.exercises || {};
    return Object.keys(all).map(function (key) { return all[key]; }).filter(function (layout) { return layout.items; });
  }
  /* One exercise's result in words. */
  function describe(r, P) {
    if (!r || !r.started) return P.not_started;
    if (r.kind === "quiz") {
      if (!r.done) return fill(P.quiz_partial, { n: r.answered, total: r.total });
      var text = fill(P.quiz_result, { correct: r.correct, total: r.total, percent: r.percent,
                                       verdict: r.passed ? P.quiz_passed : P.quiz_not_passed });
      // Which attempt the course counts (core/results.js `counted`), once there was more than one.
      return r.attempts > 1 ? text + " " + fill(P["quiz_counted_" + r.count], { n: r.attempt, total: r.attempts }) : text;
    }
    if (r.kind === "self-assessment") {
      if (!r.done) return fill(P.sa_partial, { n: r.answered, total: r.total });
      return r.dimensions.map(function (d) { return d.title + ": " + L.number(d.score) + (d.label ? " (" + d.label + ")" : ""); }).join("; ");
    }
    if (r.kind === "checklist") return fill(P.checklist_result, { n: r.ticked, total: r.total });
    return fill(P.reflection_result, { n: r.written, total: r.total });
  }

  /* ---- The overview. ---- */
  function render(root) {
    var P = S;
    store.dropStale(layouts());  // as the module pages would: the notice below names them
    var data = store.read(), course = L.results.course(config, data.items, data.attempts);
    course.modules.forEach(function (m) {
      var card = root.querySelector('[data-ld-module="' + m.id + '"]');
      if (!card) return;
      var badge = card.querySelector("[data-ld-status]");
      badge.setAttribute("data-ld-status", m.status);
      badge.textContent = S["status_" + m.status];
      card.setAttribute("data-ld-status", m.status);
      card.querySelector("[data-ld-meta]").textContent = J.moduleMeta(m, P);
      card.querySelector("[data-ld-count]").textContent = fill(P.home_parts, { met: m.met, total: m.required.length });
      card.querySelector(".ld-module-card__status").hidden = false;
      card.querySelector(".ld-module-card__minutes").hidden = true;
      card.querySelector(".ld-module-card__reset").hidden = m.status === "todo";
      m.keys.forEach(function (key) {
        var row = card.querySelector('[data-ld-exercise="' + key + '"]');
        if (row) row.querySelector("[data-ld-result]").textContent = describe(m.results[key], P);
      });
    });
    var bar = root.querySelector(".ld-course-progress");
    bar.querySelector("progress").value = course.done;
    bar.querySelector(".ld-course-progress__text").textContent = J.courseSummary(course, P);
    bar.hidden = false;
    renderDropped(root, data);
  }
  /* The items' texts (assets/leidraad/item-texts.js, every item of the course) come only when there are
   * voided answers to name: `then` runs once they are here, or, if they cannot be loaded, without them. */
  var texts = null, textsWaiting = [];
  function arrived(loaded) {
    texts = loaded && typeof loaded === "object" ? loaded : {};
    textsWaiting.splice(0).forEach(function (run) { run(); });
  }
  function withTexts(then) {
    if (texts) { then(); return; }
    textsWaiting.push(then);
    L.itemTexts = arrived;
    L.load(J.siteUrl("assets/leidraad/item-texts.js"), function () { arrived(null); });
  }
  var droppedShown = 0;
  function renderDropped(root, data) {
    var box = root.querySelector(".ld-dropped-notice"), list = box.querySelector("ul"), mine = ++droppedShown;
    // Not the questions that left the course, nor those answered again since.
    var keys = Object.keys(data.dropped).filter(function (k) {
      var entry = own(data.items, k);
      return store.itemOf(k) && J.moduleById(k.split("/")[0]) && !(entry && entry.t > data.dropped[k]);
    });
    if (!keys.length) { box.hidden = true; return; }
    withTexts(function () {
      if (mine !== droppedShown) return;  // a later change has shown the list since
      list.textContent = "";
      keys.forEach(function (key) {
        var module = J.moduleById(key.split("/")[0]), text = own(texts, key);
        // Without its text (the file could not be loaded), the item is named by its exercise.
        var name = typeof text === "string" ? fill(S.dropped_item, { text: text }) : store.itemOf(key).layout.title;
        list.appendChild(L.el("li", {}, [name, " — ", L.el("a", { href: J.siteUrl("modules/" + module.id + ".html") }, [module.title])]));
      });
      box.hidden = false;
    });
  }

  /* ---- Import: the store checks everything first; a file that fails changes nothing. ---- */
  function importError(checked, P) {
    switch (checked.error) {
      case "not_json": return P.import_not_json;
      case "not_leidraad": return P.import_not_leidraad;
      case "version": return fill(P.import_version, { version: checked.version });
      case "other_course": return fill(P.import_other_course, { course: checked.course });
      default: return fill(P.import_damaged, { where: checked.where });
    }
  }
  /* What the store really did with an import, in words. */
  function outcome(done, text) {
    if (done.outcome === "refused") return { error: S.import_refused };
    return { text: done.outcome === "memory" ? text + " " + S.import_memory : text };
  }

  function mountTransfer(root) {
    var P = S, section = root.querySelector(".ld-transfer"), input = section.querySelector("input[type=file]");
    var choice = section.querySelector(".ld-import-choice"), status = section.querySelector(".ld-transfer__status");
    var error = section.querySelector(".ld-transfer__error"), pending = null;
    status.setAttribute("tabindex", "-1");
    function say(text, isError) { status.textContent = isError ? "" : text; error.textContent = isError ? text : ""; }
    function finish(said) { pending = null; choice.hidden = true; say(said.error || said.text, !!said.error); status.focus(); }
    section.querySelector("[data-ld-action=export]").addEventListener("click", function () {
      var name = store.exportName();
      J.download(name, store.exportText(), "application/json");
      say(fill(P.export_done, { name: name }));
    });
    input.addEventListener("change", function () {
      var file = input.files && input.files[0], reader = new FileReader();
      if (!file) return;
      reader.onload = function () { consider(String(reader.result)); input.value = ""; };
      reader.onerror = function () { say(P.import_not_json, true); input.value = ""; };
      reader.readAsText(file);
    });
    function consider(text) {
      var checked = store.parseImport(text);
      pending = null; choice.hidden = true;
      if (checked.error) { say(importError(checked, P), true); return; }
      var theirs = store.counts(checked.data), mine = store.counts(store.read());
      choice.querySelector("[data-ld-import-summary]").textContent = fill(P.import_summary, {
        date: checked.exported.toLocaleString(L.locale, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }),
        answers: theirs.answers, actions: theirs.actions, current: mine.answers, current_actions: mine.actions });
      pending = checked; say("");
      choice.hidden = false;
      choice.querySelector("[data-ld-action=merge]").focus();
    }
    choice.querySelector("[data-ld-action=replace]").addEventListener("click", function () {
      if (pending) finish(outcome(store.importReplace(pending.data), P.import_replaced));
    });
    choice.querySelector("[data-ld-action=merge]").addEventListener("click", function () {
      if (!pending) return;
      var done = store.importMerge(pending.data);
      finish(outcome(done, fill(P.import_merged, { taken: done.taken, kept: done.kept })));
    });
    choice.querySelector("[data-ld-action=cancel]").addEventListener("click", function () { finish({ text: P.import_cancelled }); });
    section.querySelector(".ld-transfer__controls").hidden = false;
  }

  /* ---- Reset: one module's answers (the plan stays), or everything; both after confirmation. ---- */
  function mountReset(root) {
    var P = S, status = root.querySelector(".ld-modules__status");
    (config.modules || []).forEach(function (module) {
      var card = root.querySelector('[data-ld-module="' + module.id + '"]');
      if (!card) return;
      L.confirm(card.querySelector("[data-ld-action=reset-module]"), function () {
        return fill(P.reset_module_confirm, { title: module.title });
      }, P.reset_module_yes, function () {
        store.remove(module.id, true);
        status.textContent = fill(P.reset_module_done, { title: module.title });
        card.querySelector("h3 a").focus();
      });
    });
    var section = root.querySelector(".ld-reset");
    var resetAll = section.querySelector("[data-ld-action=reset-all]");
    L.confirm(resetAll, function () { return P.reset_all_confirm; }, P.reset_all_yes, function () {
      store.reset();
      status.textContent = P.reset_all_done;
      resetAll.focus();
    });
    section.hidden = false;
  }

  L.register("progress", function (root) {
    root.querySelector(".ld-nojs").hidden = true;
    root.querySelector("[data-ld-action=dismiss]").addEventListener("click", function () {
      var data = store.read();
      data.dropped = L.dict();
      store.write(data);
      // The notice disappears: move focus on to the overview rather than lose it.
      root.querySelector("#ld-modules-title").focus();
    });
    mountTransfer(root);
    mountReset(root);
    function update() {
      if (!document.body.contains(root)) { document.removeEventListener("leidraad:change", update); return; }
      render(root);
    }
    document.addEventListener("leidraad:change", update);
    render(root);
  }, "course");
})();
