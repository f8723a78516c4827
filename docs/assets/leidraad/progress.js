/* Leidraad, 'Mijn voortgang': every module's status and results, the course progress bar, answers an
 * author's change made void, export and import of all progress, and reset. Loaded only by that page
 * (macros/templates/journey/progress.html); idempotent, so material may run it again after instant
 * navigation. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.journey) return;
  var J = L.journey, store = L.store, config = L.config, S = L.strings, fill = L.fill;

  function exerciseOf(module, id) { return module.exercises.indexOf(module.id + "/" + id) >= 0 ? config.exercises[module.id + "/" + id] : undefined; }
  function keysUnder(data, prefix) { return Object.keys(data.items).filter(function (k) { return k.indexOf(prefix) === 0; }); }

  /* ---- Answers to items changed since: dropped (as their module page would), remembered for the
   * notice, and the exercise's result cut back to what is left. Removed items are left alone. ---- */
  function dropStale(data, index) {
    var touched = {};
    Object.keys(data.items).forEach(function (key) {
      if (!index[key] || index[key].v === data.items[key].v) return;
      delete data.items[key];
      (data.dropped = data.dropped || {})[key] = Date.now();
      touched[key.split("/").slice(0, 2).join("/")] = true;
    });
    Object.keys(touched).forEach(function (exerciseKey) {
      var parts = exerciseKey.split("/"), module = J.moduleById(parts[0]), exercise = module && exerciseOf(module, parts[1]);
      if (!exercise) return;
      var total = Object.keys(index).filter(function (k) { return k.indexOf(exerciseKey + "/") === 0; }).length;
      var result = partialResult(exercise, total, keysUnder(data, exerciseKey + "/").map(function (k) { return data.items[k].a; }));
      if (result) data.results[exerciseKey] = result; else delete data.results[exerciseKey];
    });
    return Object.keys(touched).length > 0;
  }
  /* The result each component writes for a partly answered exercise (see leidraad.js). */
  function partialResult(exercise, total, answers) {
    var count = function (test) { return answers.filter(test).length; };
    var result = { kind: exercise.kind, done: false, total: total };
    if (exercise.kind === "quiz") result.answered = count(function (a) { return a && a.k; });
    else if (exercise.kind === "self-assessment") result.answered = count(function (a) { return typeof a === "number"; });
    else if (exercise.kind === "checklist") result.checked = count(function (a) { return a === true; });
    else { result.written = count(function (a) { return typeof a === "string" && a.trim(); }); result.done = result.written > 0; }
    return (result.answered || result.checked || result.written) ? result : null;
  }

  function describe(exercise, result, P, dimensions) {
    if (!result) return P.not_started;
    if (exercise.kind === "quiz") {
      return result.done ? fill(P.quiz_result, { correct: result.score, total: result.total, percent: result.percent,
                                                  verdict: result.passed ? P.quiz_passed : P.quiz_not_passed })
                         : fill(P.quiz_partial, { n: result.answered, total: result.total });
    }
    if (exercise.kind === "self-assessment") {
      if (!result.done) return fill(P.sa_partial, { n: result.answered, total: result.total });
      return (result.scores || []).map(function (s) {
        return (dimensions[s.id] || s.id) + ": " + L.number(Number(s.score)) + (s.band ? " (" + s.band + ")" : "");
      }).join("; ");
    }
    if (exercise.kind === "checklist") return fill(P.checklist_result, { n: result.checked, total: result.total });
    return fill(P.reflection_result, { n: result.written, total: result.total });
  }

  /* ---- The overview. ---- */
  function render(root, page) {
    var P = page.strings, data = store.read(), done = 0;
    if (dropStale(data, page.items)) { store.write(data); data = store.read(); }
    config.modules.forEach(function (module) {
      var card = root.querySelector('[data-ld-module="' + module.id + '"]');
      if (!card) return;
      var status = J.moduleStatus(module, data), badge = card.querySelector("[data-ld-status]");
      if (status === "done") done += 1;
      badge.setAttribute("data-ld-status", status);
      badge.textContent = S["status_" + status];
      card.querySelector(".ld-module-card__status").hidden = false;
      card.querySelector(".ld-module-card__reset").hidden = status === "todo";
      module.exercises.forEach(function (key) {
        var exercise = config.exercises[key], row = card.querySelector('[data-ld-exercise="' + key + '"]');
        if (row) row.querySelector("[data-ld-result]").textContent = describe(exercise, data.results[key], P, page.dimensions[key] || {});
      });
    });
    var bar = root.querySelector(".ld-course-progress");
    bar.querySelector("progress").value = done;
    bar.querySelector(".ld-course-progress__text").textContent = fill(P.progress, { done: done, total: config.modules.length });
    bar.hidden = false;
    renderDropped(root, data, page);
  }
  function renderDropped(root, data, page) {
    var box = root.querySelector(".ld-dropped-notice"), list = box.querySelector("ul");
    // Not the questions that left the course, nor those answered again since.
    var keys = Object.keys(data.dropped || {}).filter(function (k) {
      return page.items[k] && !(data.items[k] && data.items[k].t > data.dropped[k]);
    });
    list.textContent = "";
    keys.forEach(function (key) {
      var module = J.moduleById(key.split("/")[0]);
      list.appendChild(L.el("li", {}, [fill(page.strings.dropped_item, { text: page.items[key].text }), " — ",
        L.el("a", { href: J.siteUrl("modules/" + module.id + ".html") }, [module.title])]));
    });
    box.hidden = keys.length === 0;
  }

  /* ---- Import: check everything first; a file that fails changes nothing. ---- */
  function isObject(value) { return !!value && typeof value === "object" && !Array.isArray(value); }
  function validate(text, P) {
    var env, bad = function (where) { return { error: fill(P.import_damaged, { where: where }) }; };
    try { env = JSON.parse(text); } catch (e) { return { error: P.import_not_json }; }
    if (!isObject(env) || env.type !== J.ENVELOPE) return { error: P.import_not_leidraad };
    if (env.version !== 1 || env.format !== config.format) return { error: fill(P.import_version, { version: env.version }) };
    if (env.storageId !== config.storageId) return { error: fill(P.import_other_course, { course: env.course || env.storageId }) };
    if (typeof env.exported !== "string" || isNaN(Date.parse(env.exported))) return bad("exported");
    var d = env.data;
    if (!isObject(d) || d.format !== config.format || !isObject(d.items)) return bad("data");
    var keys = Object.keys(d.items);
    for (var i = 0; i < keys.length; i += 1) {
      var entry = d.items[keys[i]];
      if (!isObject(entry) || typeof entry.v !== "string" || typeof entry.t !== "number" || !isFinite(entry.t) || !("a" in entry)) return bad("data.items['" + keys[i] + "']");
    }
    if (d.results !== undefined && !isObject(d.results)) return bad("data.results");
    var results = d.results || {};
    for (var r in results) if (!isObject(results[r]) || typeof results[r].kind !== "string") return bad("data.results['" + r + "']");
    if (d.dropped !== undefined && !isObject(d.dropped)) return bad("data.dropped");
    var data = { format: d.format, items: d.items, results: results };
    if (d.dropped) data.dropped = d.dropped;
    return { data: data, exported: new Date(env.exported) };
  }
  function counts(data) {
    var keys = Object.keys(data.items);
    return { answers: keys.filter(function (k) { return k.charAt(0) !== "_"; }).length,
             actions: keys.filter(function (k) { return k.indexOf(J.PLAN) === 0; }).length };
  }
  function newest(data, prefix) {
    return keysUnder(data, prefix + "/").reduce(function (t, k) { return Math.max(t, data.items[k].t); }, 0);
  }
  /* Per item the newest answer wins; a result goes with the newer answers of its exercise (a module
   * page recomputes its results from the answers anyway). */
  function merge(current, incoming) {
    var out = J.clone(current), taken = 0, kept = 0;
    Object.keys(incoming.items).forEach(function (key) {
      var mine = out.items[key], theirs = incoming.items[key];
      if (!mine || theirs.t > mine.t) { out.items[key] = theirs; taken += 1; } else if (theirs.t < mine.t) kept += 1;
    });
    Object.keys(incoming.results).forEach(function (key) {
      if (!out.results[key] || newest(incoming, key) > newest(current, key)) out.results[key] = incoming.results[key];
    });
    Object.keys(incoming.dropped || {}).forEach(function (key) { (out.dropped = out.dropped || {})[key] = incoming.dropped[key]; });
    return { data: out, taken: taken, kept: kept };
  }

  function mountTransfer(root, page) {
    var P = page.strings, section = root.querySelector(".ld-transfer"), input = section.querySelector("input[type=file]");
    var choice = section.querySelector(".ld-import-choice"), status = section.querySelector(".ld-transfer__status");
    var error = section.querySelector(".ld-transfer__error"), pending = null;
    status.setAttribute("tabindex", "-1");
    function say(text, isError) { status.textContent = isError ? "" : text; error.textContent = isError ? text : ""; }
    function finish(text) { pending = null; choice.hidden = true; say(text); status.focus(); }
    section.querySelector("[data-ld-action=export]").addEventListener("click", function () {
      var name = J.exportName();
      J.download(name, J.exportText(), "application/json");
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
      var checked = validate(text, P);
      pending = null; choice.hidden = true;
      if (checked.error) { say(checked.error, true); return; }
      var theirs = counts(checked.data), mine = counts(store.read());
      choice.querySelector("[data-ld-import-summary]").textContent = fill(P.import_summary, {
        date: checked.exported.toLocaleString(L.locale, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }),
        answers: theirs.answers, actions: theirs.actions, current: mine.answers, current_actions: mine.actions });
      pending = checked; say("");
      choice.hidden = false;
      choice.querySelector("[data-ld-action=merge]").focus();
    }
    choice.querySelector("[data-ld-action=replace]").addEventListener("click", function () {
      if (!pending) return;
      store.write(J.clone(pending.data));
      finish(P.import_replaced);
    });
    choice.querySelector("[data-ld-action=merge]").addEventListener("click", function () {
      if (!pending) return;
      var merged = merge(store.read(), pending.data);
      store.write(merged.data);
      finish(fill(P.import_merged, { taken: merged.taken, kept: merged.kept }));
    });
    choice.querySelector("[data-ld-action=cancel]").addEventListener("click", function () { finish(P.import_cancelled); });
    section.querySelector(".ld-transfer__controls").hidden = false;
  }

  /* ---- Reset: one module's answers (the plan stays), or everything; both after confirmation. ---- */
  function mountReset(root, page) {
    var P = page.strings, status = root.querySelector(".ld-modules__status");
    config.modules.forEach(function (module) {
      var card = root.querySelector('[data-ld-module="' + module.id + '"]');
      if (!card) return;
      card.querySelector("[data-ld-action=reset-module]").addEventListener("click", function () {
        if (!window.confirm(fill(P.reset_module_confirm, { title: module.title }))) return;
        var data = store.read(), prefix = module.id + "/";
        keysUnder(data, prefix).forEach(function (k) { delete data.items[k]; });
        Object.keys(data.results).forEach(function (k) { if (k.indexOf(prefix) === 0) delete data.results[k]; });
        Object.keys(data.dropped || {}).forEach(function (k) { if (k.indexOf(prefix) === 0) delete data.dropped[k]; });
        store.write(data);
        status.textContent = fill(P.reset_module_done, { title: module.title });
        card.querySelector("h3 a").focus();
      });
    });
    var section = root.querySelector(".ld-reset");
    section.querySelector("[data-ld-action=reset-all]").addEventListener("click", function () {
      if (!window.confirm(P.reset_all_confirm)) return;
      store.write(store.empty());
      status.textContent = P.reset_all_done;
    });
    section.hidden = false;
  }

  L.register("progress", function (root) {
    var page = J.pageData(root);
    page.dimensions = page.dimensions || {};
    root.querySelector(".ld-nojs").hidden = true;
    root.querySelector("[data-ld-action=dismiss]").addEventListener("click", function () {
      var data = store.read();
      delete data.dropped;
      store.write(data);
      // The notice disappears: move focus on to the overview rather than lose it.
      root.querySelector("#ld-modules-title").focus();
    });
    mountTransfer(root, page);
    mountReset(root, page);
    function update() {
      if (!document.body.contains(root)) { document.removeEventListener("leidraad:change", update); return; }
      render(root, page);
    }
    document.addEventListener("leidraad:change", update);
    render(root, page);
  });
})();
