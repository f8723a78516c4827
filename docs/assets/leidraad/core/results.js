/* Leidraad's results: every score, band, status and pass, computed from an exercise's layout
 * (window.LEIDRAAD.exercises[key], built by the Python side) and the learner's stored answers.
 * Pure: no DOM, no storage, no clock. The components, the journey pages, the SCORM reporter and the
 * group view all call this module and compute nothing themselves, so they cannot disagree. (The group
 * view's figures are in core/results-group.js, loaded by that page only; a module's and the course's
 * status in core/results-course.js, loaded with the whole course's layouts.)
 *
 * Stored answer per kind (see core/store.js): quiz {c: [option index...], k: checked}; self-assessment
 * a point 1..labels.length; checklist true when ticked; reflection the text. */
(function () {
  "use strict";
  var hasOwn = Object.prototype.hasOwnProperty;
  function isRecord(v) { return !!v && typeof v === "object" && !Array.isArray(v); }
  function own(map, key) { return isRecord(map) && hasOwn.call(map, key) ? map[key] : undefined; }
  function isIndex(v, below) { return typeof v === "number" && v % 1 === 0 && v >= 0 && v < below; }
  /* One rounding for every score and average: two decimals. Percentages are whole numbers. */
  function round(value) { return Math.round(100 * value) / 100; }
  function count(list, test) { return list.filter(test).length; }

  /* ---- Is `a` a usable answer to `item` of `layout`? ---- */
  var valid = {
    quiz: function (a, item) {
      if (!isRecord(a) || !Array.isArray(a.c) || typeof a.k !== "boolean") return false;
      var seen = {};
      return a.c.every(function (i) { var ok = isIndex(i, item.options) && !seen[i]; seen[i] = true; return ok; }) &&
        (item.type !== "single" || a.c.length <= 1);
    },
    "self-assessment": function (a, item, layout) { return typeof a === "number" && a % 1 === 0 && a >= 1 && a <= layout.labels.length; },
    checklist: function (a) { return typeof a === "boolean"; },
    reflection: function (a) { return typeof a === "string"; }
  };
  function isAnswer(layout, item, a) { var test = own(valid, layout.kind); return !!test && test(a, item, layout); }

  /* The learner's answers to the current version of each item, by item id: `entries` is the store's
   * items map ("<module>/<exercise>/<item>" -> {v, a, t}); an answer to an older version, or of the
   * wrong shape, is no answer. */
  function answersOf(layout, entries) {
    var answers = {};
    layout.items.forEach(function (item) {
      var entry = own(entries, layout.key + "/" + item.id);
      if (isRecord(entry) && entry.v === item.v && isAnswer(layout, item, entry.a)) answers[item.id] = entry.a;
    });
    return answers;
  }

  /* ---- One exercise ---- */
  function quiz(layout, answers) {
    var items = layout.items.map(function (item) {
      var a = own(answers, item.id), checked = !!a && a.k && a.c.length > 0, verdict = null;
      if (checked) {
        var mask = 0;
        a.c.forEach(function (i) { mask |= 1 << i; });
        verdict = mask === item.correct ? "right" : (item.type === "multiple" && (mask & item.correct) ? "partly" : "wrong");
      }
      return { id: item.id, checked: checked, verdict: verdict };
    });
    var total = items.length, answered = count(items, function (i) { return i.checked; });
    var correct = count(items, function (i) { return i.verdict === "right"; }), done = total > 0 && answered === total;
    var percent = done ? Math.round(100 * correct / total) : null, passed = done && percent >= layout.passMark;
    return { kind: "quiz", key: layout.key, total: total, answered: answered, correct: correct, percent: percent,
             passMark: layout.passMark, passed: passed, done: done, met: passed, items: items,
             started: layout.items.some(function (item) { var a = own(answers, item.id); return !!a && a.c.length > 0; }) };
  }

  /* The band a score falls in: from <= score < to, the last band including its upper bound. */
  function bandOf(bands, score) {
    for (var i = 0; i < bands.length; i += 1) {
      if (score >= bands[i].from && (score < bands[i].to || (i === bands.length - 1 && score <= bands[i].to))) return i;
    }
    return -1;
  }
  function selfAssessment(layout, answers) {
    var high = layout.labels.length, total = layout.items.length;
    var answered = count(layout.items, function (item) { return own(answers, item.id) !== undefined; });
    var done = total > 0 && answered === total, dimensions = [];
    if (done) {
      layout.dimensions.forEach(function (dimension, index) {
        var sum = 0, n = 0;
        layout.items.forEach(function (item) {
          if (item.dim !== index) return;
          var a = own(answers, item.id);
          sum += item.reverse ? 1 + high - a : a; n += 1;  // reverse items recoded: 1 <-> high
        });
        if (!n) return;
        var score = round(sum / n), band = bandOf(dimension.bands, score);
        dimensions.push({ id: dimension.id, title: dimension.title, score: score, band: band,
                          label: band >= 0 ? dimension.bands[band].label : "" });
      });
    }
    return { kind: "self-assessment", key: layout.key, total: total, answered: answered, low: 1, high: high,
             dimensions: dimensions, started: answered > 0, done: done, met: done };
  }
  function checklist(layout, answers) {
    var ticked = count(layout.items, function (item) { return own(answers, item.id) === true; }), total = layout.items.length;
    return { kind: "checklist", key: layout.key, total: total, answered: ticked, ticked: ticked,
             started: ticked > 0, done: total > 0 && ticked === total, met: total > 0 && ticked === total };
  }
  function reflection(layout, answers) {
    var written = count(layout.items, function (item) { var a = own(answers, item.id); return !!a && !!a.trim(); });
    return { kind: "reflection", key: layout.key, total: layout.items.length, answered: written, written: written,
             started: written > 0, done: written > 0, met: written > 0 };
  }
  var kinds = { quiz: quiz, "self-assessment": selfAssessment, checklist: checklist, reflection: reflection };

  /* The result of one exercise from its answers by item id (see answersOf); an answer of the wrong
   * shape counts as none. Null for a kind without results. */
  function exercise(layout, answers) {
    var compute = layout && own(kinds, layout.kind), usable = {};
    if (!compute) return null;
    layout.items.forEach(function (item) {
      var a = own(answers, item.id);
      if (isAnswer(layout, item, a)) usable[item.id] = a;
    });
    return compute(layout, usable);
  }
  function stored(layout, entries) { return exercise(layout, answersOf(layout, entries)); }

  /* Earlier takes of an exercise (a quiz attempt, a re-scan), oldest first: `takes` is the store's
   * list for this exercise, [{t, items: {<item id>: {v, a}}}]. Each gets its result and date. */
  /* The answers of one take ({t, items: {<item id>: {v, a}}}) to the current items, by item id. */
  function takeAnswers(layout, take) {
    var entries = {};
    Object.keys((take && take.items) || {}).forEach(function (id) { entries[layout.key + "/" + id] = take.items[id]; });
    return answersOf(layout, entries);
  }
  function history(layout, takes) {
    return (Array.isArray(takes) ? takes : []).map(function (take) {
      var result = exercise(layout, takeAnswers(layout, take));
      result.t = take.t;
      return result;
    });
  }

  var L = window.Leidraad = window.Leidraad || {};
  /* A self-scan over time: `takes` as for history(). Per take its date and, per dimension, the score
   * when every statement of that dimension has an answer to its current version (an author's change
   * voids only the answers to the changed statements, so the other dimensions of an old take still
   * count). Takes without any such dimension are left out. Per dimension: the scores in take order,
   * the first and the latest, and the change between them. */
  function scanHistory(layout, takes) {
    var list = [];
    (Array.isArray(takes) ? takes : []).forEach(function (take) {
      var answers = takeAnswers(layout, take), scores = layout.dimensions.map(function (dimension, index) {
        var items = layout.items.filter(function (item) { return item.dim === index; });
        if (!items.length || items.some(function (item) { return own(answers, item.id) === undefined; })) return null;
        var part = selfAssessment({ key: layout.key, labels: layout.labels, dimensions: layout.dimensions, items: items }, answers);
        return part.dimensions[0] || null;
      });
      if (scores.some(Boolean)) list.push({ t: take.t, current: !!take.current, dimensions: scores });
    });
    var dimensions = layout.dimensions.map(function (dimension, index) {
      var scores = list.map(function (take) { return take.dimensions[index]; }), known = scores.filter(Boolean);
      var first = known.length > 1 ? known[0] : null, last = known.length > 1 ? known[known.length - 1] : null;
      return { id: dimension.id, title: dimension.title, scores: scores, first: first, last: last,
               change: first && last ? round(last.score - first.score) : null };
    });
    return { takes: list, dimensions: dimensions };
  }
  /* ---- Attempts: which of a quiz's attempts counts ---- */
  /* The course's policy (window.LEIDRAAD.attempts): `count` "first" (the first complete attempt),
   * "best" or "last" (complete attempt); `max` attempts, or null for no limit. */
  var COUNTS = ["first", "best", "last"];
  function policyOf(policy) {
    var max = isRecord(policy) ? policy.max : null;
    return { count: isRecord(policy) && COUNTS.indexOf(policy.count) >= 0 ? policy.count : "best",
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
    var p = policyOf(policy), now = exercise(layout, current), earlier = history(layout, takes);
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
    if (layout.kind !== "quiz") return stored(layout, entries);
    return counted(layout, answersOf(layout, entries), own(attempts, layout.key), policy);
  }

  /* ---- The team's view of a manager (an upward scan) beside the manager's own self-scan. ---- */
  /* From this difference (team minus self, in scale points) a dimension reads as seen less or more by the team. */
  var NOTABLE_GAP = 0.5;
  /* Per dimension of the self-scan (matched by id): the manager's own score (null until the scan is
   * done), the team's average and band counts (as in the group view), the gap and its direction.
   * `people` are the team members' answers, each a list of points in the upward scan's item order. */
  function teamView(ownLayout, ownAnswers, teamLayout, people) {
    var own = exercise(ownLayout, ownAnswers), figures = L.results.group(teamLayout, people);
    var dimensions = ownLayout.dimensions.map(function (dimension) {
      var index = -1;
      teamLayout.dimensions.forEach(function (d, i) { if (d.id === dimension.id) index = i; });
      var team = index >= 0 ? figures.dimensions[index] : null, mine = null;
      own.dimensions.forEach(function (d) { if (d.id === dimension.id) mine = d.score; });
      var average = team ? team.average : null, gap = mine !== null && average !== null ? round(average - mine) : null;
      return { id: dimension.id, title: dimension.title, self: mine, team: average, gap: gap,
               direction: gap === null ? null : gap <= -NOTABLE_GAP ? "lower" : gap >= NOTABLE_GAP ? "higher" : "same",
               bands: team ? team.bands.map(function (n, b) { return { label: teamLayout.dimensions[index].bands[b].label, n: n }; }) : [] };
    });
    return { people: figures.people, selfDone: own.done, dimensions: dimensions };
  }

  L.results = { isAnswer: isAnswer, answersOf: answersOf, exercise: exercise, stored: stored, history: history,
                scanHistory: scanHistory, takeAnswers: takeAnswers, bandOf: bandOf, round: round,
                teamView: teamView, policyOf: policyOf, counted: counted, scored: scored };
})();
