/* A quiz's attempts, part of core/results.js's module: each earlier take's result, and which attempt
 * counts under the course's policy. Loaded with the exercises (exercises.js) and with the whole
 * course's layouts (layouts.js), which are what show or report a quiz's result. Pure. */
(function () {
  "use strict";
  var R = window.Leidraad && window.Leidraad.results;
  if (!R || R.counted) return;

  /* Earlier takes of an exercise (a quiz attempt, a re-scan), oldest first: `takes` is the store's
   * list for this exercise, [{t, items: {<item id>: {v, a}}}]. Each gets its result and date. */
  function history(layout, takes) {
    return (Array.isArray(takes) ? takes : []).map(function (take) {
      var result = R.exercise(layout, R.takeAnswers(layout, take));
      result.t = take.t;
      return result;
    });
  }

  /* ---- Attempts: which of a quiz's attempts counts ---- */
  /* The course's policy (window.LEIDRAAD.attempts): `count` "first" (the first complete attempt),
   * "best" or "last" (complete attempt); `max` attempts, or null for no limit. */
  var COUNTS = ["first", "best", "last"];
  function policyOf(policy) {
    var max = R.isRecord(policy) ? policy.max : null;
    return { count: R.isRecord(policy) && COUNTS.indexOf(policy.count) >= 0 ? policy.count : "best",
             max: typeof max === "number" && max % 1 === 0 && max >= 1 ? max : null };
  }
  /* A quiz's result as the policy counts it. `current`: the answers of the attempt in progress (by
   * item id), `takes`: the earlier attempts as the store keeps them (see history). The result is the
   * counted attempt's (a quiz result), or the current one while no attempt is complete, plus:
   * `current` (this attempt's result), `attempt` (the counted attempt's number, 1 = the first; null
   * while none is complete), `attempts` (attempts made, this one included once started), `first`
   * (the first complete attempt's result), `count` and `max` (the policy), `retry` (a new attempt may
   * start: this one is complete and the maximum not reached) and `exhausted` (every attempt used). */
  function counted(layout, current, takes, policy) {
    var p = policyOf(policy), now = R.exercise(layout, current), earlier = history(layout, takes);
    if (!now) return null;
    var all = earlier.concat(now.started || !earlier.length ? [now] : []);
    var complete = all.filter(function (r) { return r.done; }), pick = null;
    if (complete.length) {
      if (p.count === "first") pick = complete[0];
      else if (p.count === "last") pick = complete[complete.length - 1];
      else pick = complete.reduce(function (best, r) { return r.percent > best.percent ? r : best; });
    }
    var used = earlier.length + (now.started ? 1 : 0), out = {};
    Object.keys(pick || now).forEach(function (name) { out[name] = (pick || now)[name]; });
    delete out.t;
    out.current = now; out.attempt = pick ? all.indexOf(pick) + 1 : null; out.attempts = used;
    out.first = complete.length ? complete[0] : null; out.count = p.count; out.max = p.max;
    out.exhausted = p.max !== null && now.done && used >= p.max;
    out.retry = now.done && !out.exhausted;
    return out;
  }
  /* One exercise's result from the store's items and attempts: a quiz as the policy counts it. */
  function scored(layout, entries, attempts, policy) {
    if (layout.kind !== "quiz") return R.stored(layout, entries);
    return counted(layout, R.answersOf(layout, entries), R.own(attempts, layout.key), policy);
  }

  R.history = history; R.policyOf = policyOf; R.counted = counted; R.scored = scored;
})();
