/* Leidraad's results: every score, band, status and pass, computed from an exercise's layout
 * (window.LEIDRAAD.exercises[key], built by the Python side) and the learner's stored answers.
 * Pure: no DOM, no storage, no clock. The components, the journey pages, the SCORM reporter and the
 * group view all call this module and compute nothing themselves, so they cannot disagree. (The group
 * view's figures and the team's view of a manager are in core/results-group.js; which of a quiz's
 * attempts counts in core/results-attempts.js, loaded with the exercises and the whole course; loaded by the pages
 * that show them; a self-scan over time in core/results-history.js, loaded with the history; a module's
 * and the course's status in core/results-course.js, loaded with the whole course's layouts.)
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

  /* The answers of one take ({t, items: {<item id>: {v, a}}}) to the current items, by item id. */
  function takeAnswers(layout, take) {
    var entries = {};
    Object.keys((take && take.items) || {}).forEach(function (id) { entries[layout.key + "/" + id] = take.items[id]; });
    return answersOf(layout, entries);
  }
  var L = window.Leidraad = window.Leidraad || {};
  L.results = { isAnswer: isAnswer, answersOf: answersOf, exercise: exercise, stored: stored,
                takeAnswers: takeAnswers, bandOf: bandOf, round: round, own: own, isRecord: isRecord };
})();
