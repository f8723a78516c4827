/* Leidraad's SCORM adapter, in two roles:
 * - In the launch page (scorm.html, the SCO) it opens the one LMS session and shows the course pages
 *   in a frame, starting where the learner was: only a page of the course, never the launch page.
 * - In every course page it uses that session (or, opened without scorm.html, starts its own): through
 *   the store it puts the answers saved in cmi.suspend_data back before the exercises read them, and
 *   after each change reports the compact answers (with the earlier takes of the self-scans) and what
 *   core/results.js says of the course (status and score). Reflections (free text) are never sent, and the learner is told so. */
(function () {
  "use strict";
  var Scorm = window.LeidraadScormParts, SESSION = Scorm.SESSION;

  /* ---- The launch page ---- */
  if (document.documentElement.hasAttribute("data-ld-launcher")) {
    var frame = document.getElementById("ld-course"), start = frame.getAttribute("data-src");
    var self = window.location.pathname.split("/").pop();
    var outer = null;
    try { outer = window.parent !== window && window.parent.document.documentElement.hasAttribute("data-ld-launcher"); } catch (e) { outer = null; }
    // Loaded inside a launcher (a stored place pointing at the launch page): show the course, open no second session.
    if (outer) { window.location.replace(start); return; }
    var session = window[SESSION] = Scorm.startSession();
    var resume = session && session.location;
    /* A page of the course: a relative .html path inside the package, not the launch page itself. */
    var isCoursePage = function (path) {
      return /^([\w-]+\/)*[\w.-]+\.html$/.test(path || "") && path.indexOf("..") < 0 && path !== self;
    };
    var first = true;
    frame.addEventListener("load", function () {
      var doc = null;
      try { doc = frame.contentDocument; } catch (e) { doc = null; }
      // The page resumed must be a page of the course (it loads the course's data); else the start page.
      var wrong = first && doc && frame.getAttribute("src") !== start &&
        !(frame.contentWindow.LEIDRAAD && !doc.documentElement.hasAttribute("data-ld-launcher"));
      first = false;
      if (wrong) { frame.src = start; return; }
      try { document.title = doc.title || document.title; } catch (e) { /* not ours */ }
    });
    frame.src = isCoursePage(resume) ? resume : start;
    return;
  }

  var S = window.LEIDRAAD.strings;
  function launcherSession() {
    try { return window.parent !== window && window.parent[SESSION] ? window.parent[SESSION] : null; } catch (e) { return null; }
  }
  /* This page's address relative to the launch page: what the LMS keeps as the learner's place. */
  function here() {
    try {
      var base = window.parent.location.href.replace(/[?#].*$/, "").replace(/[^\/]*$/, "");
      var url = window.location.href.replace(/[?#].*$/, "");
      return url.indexOf(base) === 0 ? url.slice(base.length) : "";
    } catch (e) { return ""; }
  }
  function note(text, cls) {
    var p = document.createElement("p");
    p.className = "ld-disclaimer ld-scorm-note " + cls;
    p.setAttribute("role", "note");
    p.textContent = text;
    return p;
  }
  /* Reflections say they stay here; 'Mijn voortgang' says the LMS keeps the progress, instead of offering a
   * progress file (the `ld-lms` class hides those controls and the reset of everything, see leidraad.css). */
  function annotate() {
    document.documentElement.classList.add("ld-lms");
    Array.prototype.forEach.call(document.querySelectorAll("[data-ld=reflection]"), function (form) {
      if (!form.querySelector(".ld-scorm-note")) form.insertBefore(note(S.reflections, "ld-scorm-note--reflections"), form.firstChild);
    });
    var transfer = document.querySelector(".ld-transfer");
    if (transfer && !transfer.querySelector(".ld-scorm-note")) {
      var title = transfer.querySelector("h2");
      transfer.insertBefore(note(S.lms_progress, "ld-scorm-note--progress"), title ? title.nextSibling : transfer.firstChild);
    }
  }
  function warn(text) {
    var content = document.querySelector(".md-content__inner");
    if (content && !content.querySelector(".ld-scorm-note--full")) content.insertBefore(note(text, "ld-scorm-note--full"), content.firstChild);
  }

  /* Runs inside leidraad.js, once the store exists and before any exercise reads it. */
  function connect(L) {
    var config = L.config, R = L.results, store = L.store;
    var fromLauncher = launcherSession(), lms = fromLauncher || Scorm.startSession();
    if (!lms) return;
    document.documentElement.classList.add("ld-lms");
    var course = { modules: config.modules || [], exercises: config.exercises || {}, attempts: config.attempts,
                   passMark: typeof config.passMark === "number" ? config.passMark : (window.LEIDRAAD_SCORM || {}).passMark };
    // Every exercise placed in a module, in course order: the order of the saved state.
    var layouts = [];
    course.modules.forEach(function (m) {
      R.keysOf(m, m.exercises).forEach(function (key) { var l = L.layout(key); if (l && layouts.indexOf(l) < 0) layouts.push(l); });
    });
    if (!lms.restored) {
      lms.restored = true;
      store.setMany(Scorm.decode(lms.suspendData, layouts));
      store.addTakes(Scorm.decodeTakes(lms.suspendData, layouts));
    }
    if (fromLauncher && here()) lms.set("cmi.core.lesson_location", here());

    /* SCORM 1.2 status as the results module has it; never lower than what was reached. */
    var RANK = { passed: 3, completed: 2 };
    function report() {
      var data = store.read(), encoded = Scorm.encode(layouts, function (layout) { return R.answersOf(layout, data.items); },
                                                       function (layout) { return Scorm.takesIn(data, layout, R); });
      lms.set("cmi.suspend_data", encoded.text);
      if (encoded.truncated) warn(S.too_much);
      var result = R.course(course, data.items, data.attempts), status = result.status;
      if (result.score !== null) {
        lms.set("cmi.core.score.min", "0"); lms.set("cmi.core.score.max", "100");
        lms.set("cmi.core.score.raw", String(result.score));
      }
      if ((RANK[lms.status] || 0) > (RANK[status] || 0)) status = lms.status;
      lms.status = status;
      lms.set("cmi.core.lesson_status", status);
    }
    function begin() { annotate(); report(); }
    document.addEventListener("leidraad:change", report);
    window.addEventListener("pagehide", function () { lms.commit(); });
    if (window.document$ && window.document$.subscribe) window.document$.subscribe(annotate);
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", begin); else begin();
  }
  if (window.Leidraad && window.Leidraad.use) window.Leidraad.use(connect);
  else (window.LeidraadQueue = window.LeidraadQueue || []).push(connect);
})();
