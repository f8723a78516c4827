/* A snapshot of the learner's answers for a link: the compact encoding of the SCORM state
 * (scorm/codec.js, joined before this file) in the link's fragment, which a browser never sends to a
 * server. The calendar follow-ups of the plan carry one, so that opening a reminder months later can
 * restore what the browser lost. Like the SCORM state it holds no free text (no reflections, no plan,
 * no name): only the answers to quizzes, self-scans and checklists, and the earlier takes of the scans.
 *
 * Fragment: "#ld-restore=<date><state>[&ld-at=<exercise key>]"; the date (5 characters, minutes) says
 * when the snapshot was made, so that an answer given in this browser since is never overwritten. */
(function () {
  "use strict";
  var L = window.Leidraad, Scorm = window.LeidraadScormParts;
  if (!L || !L.store || !Scorm || L.snapshot) return;
  var R = L.results, store = L.store, own = L.own, PARAM = "ld-restore", AT = "ld-at";

  /* Every exercise placed in a module, in course order: the order of the state (as the SCORM adapter). */
  function layouts() {
    var list = [];
    (L.config.modules || []).forEach(function (m) {
      R.keysOf(m, m.exercises).forEach(function (key) { var l = L.layout(key); if (l && list.indexOf(l) < 0) list.push(l); });
    });
    return list;
  }
  function state(data) {
    return Scorm.encode(layouts(), function (layout) { return R.answersOf(layout, data.items); },
                        function (layout) { return Scorm.takesIn(data, layout, R); }).text;
  }
  /* `url` (a page of this course) with a snapshot of the answers now, opening at exercise `at` if given. */
  function link(url, at) {
    return String(url).split("#")[0] + "#" + PARAM + "=" + Scorm.stamp(Date.now()) + state(store.read()) +
      (at ? "&" + AT + "=" + encodeURIComponent(at) : "");
  }
  /* The fragment's parameters ("a=b&c=d"), values decoded. */
  function params(hash) {
    var out = {};
    String(hash || "").replace(/^#/, "").split("&").forEach(function (pair) {
      var cut = pair.indexOf("=");
      if (cut > 0) { try { out[pair.slice(0, cut)] = decodeURIComponent(pair.slice(cut + 1)); } catch (e) { /* a broken part: ignored */ } }
    });
    return out;
  }
  /* The snapshot in an address's fragment: {t, answers: [[key, v, a]...], takes: [{key, t, items}], at}, or null. */
  function read(hash) {
    var p = params(hash), text = own(p, PARAM);
    if (typeof text !== "string" || text.length <= Scorm.STAMP) return null;
    var t = Scorm.unstamp(text.slice(0, Scorm.STAMP)), body = text.slice(Scorm.STAMP), list = layouts();
    return { t: t, answers: Scorm.decode(body, list), takes: Scorm.decodeTakes(body, list), at: own(p, AT) || null };
  }
  function same(x, y) { return JSON.stringify(x) === JSON.stringify(y); }
  /* What restoring `snap` into `data` would do: {set: [[key, v, a]...], takes: [...], kept: n}. An
   * answer given here after the snapshot was made is kept; the answers of a scan that was put aside here
   * to be taken again (an earlier take with just these answers) are not brought back as current. */
  function changes(snap, data) {
    var byExercise = {}, set = [], kept = 0;
    snap.answers.forEach(function (e) {
      var key = e[0].slice(0, e[0].lastIndexOf("/"));
      (byExercise[key] = byExercise[key] || []).push(e);
    });
    Object.keys(byExercise).forEach(function (key) {
      var group = byExercise[key], earlier = own(data.attempts, key) || [];
      var putAside = earlier.some(function (take) {
        return group.every(function (e) { var i = own(take.items, e[0].slice(key.length + 1)); return !!i && i.v === e[1] && same(i.a, e[2]); });
      });
      if (putAside) return;
      group.forEach(function (e) {
        var mine = own(data.items, e[0]);
        if (mine && mine.v === e[1] && same(mine.a, e[2])) return;
        if (mine && mine.t > snap.t) { kept += 1; return; }
        set.push(e);
      });
    });
    var takes = snap.takes.filter(function (take) {
      return !(own(data.attempts, take.key) || []).some(function (mine) { return store.sameTake(mine.t, take.t); });
    });
    return { set: set, takes: takes, kept: kept };
  }
  function apply(snap, change) {
    store.setMany(change.set, snap.t);
    store.addTakes(change.takes);
  }

  L.snapshot = { PARAM: PARAM, AT: AT, link: link, read: read, params: params, changes: changes, apply: apply, state: state };
})();
