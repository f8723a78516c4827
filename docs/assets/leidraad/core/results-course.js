/* A module's and the course's status, part of the results module (core/results.js) but loaded with
 * the whole course's layouts (assets/leidraad/layouts.js): only the pages that show the whole course,
 * the marks in the navigation and the SCORM reporter need them. Pure: no DOM, no storage, no clock. */
(function () {
  "use strict";
  var L = window.Leidraad, R = L && L.results;
  if (!R || R.course) return;
  var own = L.own, isRecord = L.isRecord;
  function count(list, test) { return list.filter(test).length; }

  /* The exercise keys of a module's list (contract "layout v1": "<module>/<exercise>"; an older page
   * data gives ids or {id} records). */
  function keysOf(module, list) {
    return (list || []).map(function (entry) {
      var id = isRecord(entry) ? entry.id : String(entry);
      return id.indexOf("/") >= 0 ? id : module.id + "/" + id;
    });
  }
  /* A module's status from its completion rules: "done" when every required exercise's rule is met
   * (a quiz passed, a scan or checklist finished, a reflection written), "busy" once anything is
   * answered, else "todo". A quiz counts by `policy` from its `attempts` (see results.counted). `met` of `required` counted; `score` the mean percentage of its finished
   * quizzes (null before the first); `minutesLeft` the module's minutes for the required exercises
   * not yet met (all of them before the first answer, none once done). */
  function module(mod, layouts, entries, attempts, policy) {
    var keys = keysOf(mod, mod.exercises), required = keysOf(mod, mod.required && mod.required.length ? mod.required : mod.exercises);
    var results = {}, started = false;
    keys.forEach(function (key) {
      var layout = own(layouts, key), result = layout ? R.scored(layout, entries, attempts, policy) : null;
      results[key] = result;
      if (result && result.started) started = true;
    });
    var met = count(required, function (key) {
      var layout = own(layouts, key), result = own(results, key) || (layout ? R.scored(layout, entries, attempts, policy) : null);
      return !!result && result.met;
    });
    var done = required.length > 0 && met === required.length;
    var quizzes = keys.map(function (key) { return results[key]; }).filter(function (r) { return r && r.kind === "quiz" && r.done; });
    var score = quizzes.length ? Math.round(quizzes.reduce(function (sum, r) { return sum + r.percent; }, 0) / quizzes.length) : null;
    var minutes = typeof mod.minutes === "number" ? mod.minutes : 0;
    return { id: mod.id, status: done ? "done" : started ? "busy" : "todo", done: done, started: started,
             keys: keys, required: required, results: results, met: met, score: score,
             minutesLeft: done ? 0 : Math.round(minutes * (required.length - met) / (required.length || 1)) };
  }
  /* What the LMS is told. With quizzes: "incomplete" until every quiz is finished, then "passed" or
   * "failed" on the mean of their percentages against the course pass mark; the score is that mean
   * over the quizzes finished so far (null before the first). Without quizzes: "incomplete" until
   * every module's completion rules are met, then "completed". A quiz counts as the course's attempt
   * policy (`config.attempts`, see results.counted) says, from the store's `attempts`. */
  function course(config, entries, attempts) {
    var layouts = config.exercises || {};
    var modules = (config.modules || []).map(function (m) { return module(m, layouts, entries, attempts, config.attempts); });
    var quizzes = [];
    modules.forEach(function (m) {
      m.keys.forEach(function (key) { var r = m.results[key]; if (r && r.kind === "quiz" && quizzes.indexOf(r) < 0) quizzes.push(r); });
    });
    var finished = quizzes.filter(function (r) { return r.done; }), status, score = null;
    if (finished.length) score = Math.round(finished.reduce(function (sum, r) { return sum + r.percent; }, 0) / finished.length);
    if (quizzes.length) status = finished.length < quizzes.length ? "incomplete" : (score >= config.passMark ? "passed" : "failed");
    else status = modules.every(function (m) { return m.done; }) ? "completed" : "incomplete";
    return { status: status, score: score, passMark: quizzes.length ? config.passMark : null, modules: modules,
             done: count(modules, function (m) { return m.done; }), total: modules.length,
             minutesLeft: modules.reduce(function (sum, m) { return sum + m.minutesLeft; }, 0) };
  }

  R.keysOf = keysOf; R.module = module; R.course = course;
})();
