/* Leidraad in a learning management system (SCORM 1.2). Only the SCORM package loads this script.
 *
 * One file, two roles:
 * - In the launch page (scorm.html, the SCO) it finds the LMS's API by the standard search, opens one
 *   session (LMSInitialize) and shows the course pages in a frame; on page hide it commits and finishes.
 *   The session outlives the page changes inside the frame.
 * - In every course page it uses that session (or, opened without scorm.html, starts its own): it puts
 *   the answers saved in cmi.suspend_data back into this browser before the exercises read them, and
 *   after each change reports the status, the score and the compact progress.
 * Without an LMS it does nothing at all, so the pages work as in the normal site.
 * Reflections (free text) are never sent: they stay in this browser, and the learner is told so. */
(function () {
  "use strict";
  var SESSION = "LeidraadScorm", LIMIT = 4096, FORMAT = "1", FP = 3;
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  /* ---- The standard search for the API: up the parents (at most 7 levels), then the opener's. ---- */
  function apiOf(win) {
    try { return win && win.API && win.API.LMSInitialize ? win.API : null; } catch (e) { return null; }
  }
  function search(win) {
    var tries = 0;
    try {
      while (win && !apiOf(win) && win.parent && win.parent !== win && tries < 7) { tries += 1; win = win.parent; }
    } catch (e) { return null; }
    return apiOf(win);
  }
  function findAPI() {
    var api = search(window);
    try { if (!api && window.opener) api = search(window.opener); } catch (e) { api = null; }
    return api;
  }

  function pad(n, width) { n = String(n); while (n.length < width) n = "0" + n; return n; }
  function timespan(ms) {
    var cs = Math.floor(ms / 10), h = Math.min(9999, Math.floor(cs / 360000));
    return pad(h, 4) + ":" + pad(Math.floor(cs / 6000) % 60, 2) + ":" + pad(Math.floor(cs / 100) % 60, 2) + "." + pad(cs % 100, 2);
  }

  /* One LMS session: LMSInitialize once, LMSCommit and LMSFinish when the page that owns it is hidden. */
  function startSession() {
    var api = findAPI();
    if (!api || String(api.LMSInitialize("")) !== "true") return null;
    var started = new Date().getTime(), open = true, sent = {};
    function get(name) { var v = api.LMSGetValue(name); return v === null || v === undefined ? "" : String(v); }
    var session = {
      suspendData: get("cmi.suspend_data"), location: get("cmi.core.lesson_location"),
      status: get("cmi.core.lesson_status"), restored: false,
      set: function (name, value) {
        value = String(value);
        if (!open || sent[name] === value) return true;
        var ok = String(api.LMSSetValue(name, value)) === "true";
        if (ok) sent[name] = value;
        return ok;
      },
      commit: function () { if (open) api.LMSCommit(""); },
      finish: function () {
        if (!open) return;
        session.set("cmi.core.session_time", timespan(new Date().getTime() - started));
        session.set("cmi.core.exit", "suspend");
        api.LMSCommit("");
        open = false;
        api.LMSFinish("");
      }
    };
    if (session.status === "" || session.status === "not attempted") session.set("cmi.core.lesson_status", "incomplete");
    window.addEventListener("pagehide", session.finish);
    return session;
  }

  /* ---- The launch page: open the session, then the start page (or the page the learner was on). ---- */
  if (document.documentElement.hasAttribute("data-ld-launcher")) {
    var session = window[SESSION] = startSession();
    var frame = document.getElementById("ld-course");
    var resume = session && session.location;
    var safe = /^([\w-]+\/)*[\w.-]+\.html$/.test(resume || "") && resume.indexOf("..") < 0;
    frame.addEventListener("load", function () {
      try { document.title = frame.contentDocument.title || document.title; } catch (e) { /* not ours */ }
    });
    frame.src = safe ? resume : frame.getAttribute("data-src");
    return;
  }

  var config = window.LEIDRAAD, layout = window.LEIDRAAD_SCORM;
  if (!config || !layout) return;
  var KEY = "leidraad:" + config.storageId;

  /* ---- Compact state: per answered exercise, its fingerprint and its answers as bits (6 a character). ---- */
  function widthFor(max) { var w = 0; while ((1 << w) <= max) w += 1; return w; }
  function writer() {
    var bits = [];
    return {
      put: function (value, width) { for (var i = width - 1; i >= 0; i -= 1) bits.push((value >> i) & 1); },
      text: function () {
        var out = "";
        for (var i = 0; i < bits.length; i += 6) {
          var v = 0;
          for (var j = 0; j < 6; j += 1) v = (v << 1) | (bits[i + j] || 0);
          out += ALPHABET.charAt(v);
        }
        return out.replace(/A+$/, "");
      }
    };
  }
  function reader(text) {
    var pos = 0;
    return function (width) {
      var v = 0;
      for (var i = 0; i < width; i += 1, pos += 1) {
        var c = ALPHABET.indexOf(text.charAt(Math.floor(pos / 6)));
        v = (v << 1) | (c < 0 ? 0 : (c >> (5 - pos % 6)) & 1);
      }
      return v;
    };
  }
  /* How each kind writes and reads one item's answer; item = [id, version, ...layout]. */
  var codecs = {
    quiz: {
      put: function (w, item, a) {
        var mask = 0;
        ((a && a.c) || []).forEach(function (i) { if (i < item[2]) mask |= 1 << i; });
        w.put(a && a.k ? 1 : 0, 1); w.put(mask, item[2]);
        return mask > 0;
      },
      get: function (read, item) {
        var k = read(1), mask = read(item[2]), c = [];
        for (var i = 0; i < item[2]; i += 1) if (mask & (1 << i)) c.push(i);
        return c.length ? { c: c, k: k === 1 } : undefined;
      }
    },
    "self-assessment": {
      put: function (w, item, a, ex) {
        var ok = typeof a === "number" && a >= 1 && a <= ex.high;
        w.put(ok ? a : 0, widthFor(ex.high));
        return ok;
      },
      get: function (read, item, ex) { var v = read(widthFor(ex.high)); return v >= 1 && v <= ex.high ? v : undefined; }
    },
    checklist: {
      put: function (w, item, a) { w.put(a === true ? 1 : 0, 1); return a === true; },
      get: function (read) { return read(1) === 1 ? true : undefined; }
    }
  };
  function answer(items, ex, item) {
    var entry = items[ex.key + "/" + item[0]];
    return entry && entry.v === item[1] ? entry.a : undefined;  // a stale answer is not saved
  }
  function encode(items) {
    var segments = [], length = FORMAT.length, truncated = false;
    layout.exercises.forEach(function (ex) {
      var codec = codecs[ex.kind];
      if (!codec) return;  // reflections: never sent to the LMS
      var w = writer(), any = false;
      ex.items.forEach(function (item) { any = codec.put(w, item, answer(items, ex, item), ex) || any; });
      if (!any) return;
      var segment = ex.fp + w.text();
      if (length + 1 + segment.length > LIMIT) { truncated = true; return; }
      segments.push(segment); length += 1 + segment.length;
    });
    return { text: [FORMAT].concat(segments).join("."), truncated: truncated };
  }
  function decode(text) {
    var parts = String(text || "").split("."), byFp = {}, found = [];
    if (parts[0] !== FORMAT) return found;
    layout.exercises.forEach(function (ex) { if (codecs[ex.kind]) byFp[ex.fp] = ex; });
    parts.slice(1).forEach(function (segment) {
      var ex = byFp[segment.slice(0, FP)];
      if (!ex) return;  // the exercise changed since: its answers stay where they were
      var read = reader(segment.slice(FP)), answers = [];
      ex.items.forEach(function (item) {
        var a = codecs[ex.kind].get(read, item, ex);
        if (a !== undefined) answers.push([item, a]);
      });
      found.push({ ex: ex, answers: answers });
    });
    return found;
  }

  /* ---- This browser's store (the same record leidraad.js keeps), and results as leidraad.js computes them. ---- */
  function readStore() {
    var raw = null, empty = { format: config.format, items: {}, results: {} };
    try { raw = window.localStorage.getItem(KEY); } catch (e) { return null; }
    if (!raw) return empty;
    try {
      var data = JSON.parse(raw);
      if (data && data.format === config.format && data.items && typeof data.items === "object") {
        data.results = data.results || {};
        return data;
      }
    } catch (e) { /* set aside below, as leidraad.js does */ }
    try { window.localStorage.setItem(KEY + ":unreadable", raw); } catch (e) { /* ignore */ }
    return empty;
  }
  function result(ex, items) {
    var values = ex.items.map(function (item) { return answer(items, ex, item); });
    var total = values.length, count = 0;
    if (ex.kind === "quiz") {
      var right = 0;
      values.forEach(function (a, i) {
        if (!a || !a.k || !a.c || !a.c.length) return;
        count += 1;
        var mask = 0;
        a.c.forEach(function (o) { mask |= 1 << o; });
        if (mask === ex.items[i][3]) right += 1;
      });
      if (count < total) return count ? { kind: "quiz", done: false, answered: count, total: total } : null;
      var percent = Math.round(100 * right / total);
      return { kind: "quiz", done: true, score: right, total: total, percent: percent, passed: percent >= ex.passMark };
    }
    if (ex.kind === "checklist") {
      count = values.filter(function (a) { return a === true; }).length;
      return count ? { kind: "checklist", done: count === total, checked: count, total: total } : null;
    }
    if (ex.kind === "self-assessment") {
      count = values.filter(function (a) { return typeof a === "number"; }).length;
      if (count < total) return count ? { kind: "self-assessment", done: false, answered: count, total: total } : null;
      return { kind: "self-assessment", done: true, scores: ex.dimensions.map(function (d, index) {
        var sum = 0, n = 0;
        values.forEach(function (a, i) {
          if (ex.items[i][2] !== index) return;
          sum += ex.items[i][3] ? 1 + ex.high - a : a; n += 1;
        });
        var score = Math.round(100 * sum / n) / 100;
        var band = d[2].filter(function (b, i) { return score >= b[0] && (score < b[1] || (i === d[2].length - 1 && score <= b[1])); })[0];
        return { id: d[0], score: score, band: band ? band[2] : "" };
      }) };
    }
    var written = values.filter(function (a) { return typeof a === "string" && a.trim(); }).length;
    return written ? { kind: "reflection", done: true, written: written, total: total } : null;
  }
  function restore(text) {
    var found = decode(text), data = found.length && readStore(), now = new Date().getTime();
    if (!data) return;
    found.forEach(function (entry) {
      entry.answers.forEach(function (pair) { data.items[entry.ex.key + "/" + pair[0][0]] = { v: pair[0][1], a: pair[1], t: now }; });
      var r = result(entry.ex, data.items);
      if (r) data.results[entry.ex.key] = r;
    });
    try { window.localStorage.setItem(KEY, JSON.stringify(data)); } catch (e) { /* leidraad.js reports storage problems */ }
  }

  /* ---- SCORM 1.2 status: passed/failed once every quiz is done (their average against the pass mark);
     without quizzes, completed once every module is complete. Never lower than what was reached. ---- */
  var RANK = { passed: 3, completed: 2 };
  function moduleDone(module, items) {
    var rules = module.completion || {};
    return module.exercises.every(function (key) {
      var entry = config.exercises[key], ex = layout.exercises.filter(function (e) { return e.key === key; })[0];
      var r = ex && result(ex, items), need = { "self-assessment": rules.self_assessments_done,
        checklist: rules.checklists_done, reflection: rules.reflections_written }[entry.kind];
      return !need || (r && r.done);
    });
  }
  function report(session) {
    var data = readStore();
    if (!data) return;
    var encoded = encode(data.items), status;
    session.set("cmi.suspend_data", encoded.text);
    if (encoded.truncated) warn(layout.strings.too_much);
    var quizzes = layout.exercises.filter(function (ex) { return ex.kind === "quiz"; });
    var done = quizzes.map(function (ex) { return result(ex, data.items); }).filter(function (r) { return r && r.done; });
    if (quizzes.length) {
      var average = done.length ? Math.round(done.reduce(function (s, r) { return s + r.percent; }, 0) / done.length) : null;
      if (average !== null) {
        session.set("cmi.core.score.min", "0"); session.set("cmi.core.score.max", "100");
        session.set("cmi.core.score.raw", String(average));
      }
      status = done.length < quizzes.length ? "incomplete" : (average >= layout.passMark ? "passed" : "failed");
    } else {
      status = config.modules.every(function (m) { return moduleDone(m, data.items); }) ? "completed" : "incomplete";
    }
    if ((RANK[session.status] || 0) > (RANK[status] || 0)) status = session.status;
    session.status = status;
    session.set("cmi.core.lesson_status", status);
  }

  /* ---- What the learner is told: reflections stay here; answers that did not fit stay here. ---- */
  function note(text, cls) {
    var p = document.createElement("p");
    p.className = "ld-disclaimer ld-scorm-note " + cls;
    p.setAttribute("role", "note");
    p.textContent = text;
    return p;
  }
  function annotate() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-ld=reflection]"), function (form) {
      if (!form.querySelector(".ld-scorm-note")) form.insertBefore(note(layout.strings.reflections, "ld-scorm-note--reflections"), form.firstChild);
    });
  }
  function warn(text) {
    var content = document.querySelector(".md-content__inner");
    if (content && !content.querySelector(".ld-scorm-note--full")) content.insertBefore(note(text, "ld-scorm-note--full"), content.firstChild);
  }
  function launcherSession() {
    try { return window.parent !== window && window.parent[SESSION] ? window.parent[SESSION] : null; } catch (e) { return null; }
  }
  function here() {
    try {
      var base = window.parent.location.href.replace(/[?#].*$/, "").replace(/[^\/]*$/, "");
      var url = window.location.href.replace(/[?#].*$/, "");
      return url.indexOf(base) === 0 ? url.slice(base.length) : "";
    } catch (e) { return ""; }
  }

  var fromLauncher = launcherSession(), lms = fromLauncher || startSession();
  if (!lms) return;
  if (!lms.restored) { lms.restored = true; restore(lms.suspendData); }
  if (fromLauncher && here()) lms.set("cmi.core.lesson_location", here());
  function start() { annotate(); report(lms); }
  document.addEventListener("leidraad:change", function () { report(lms); });
  window.addEventListener("pagehide", function () { lms.commit(); });
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(annotate);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
