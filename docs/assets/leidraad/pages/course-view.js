/* The whole course as the learner sees it, shared by the start page, 'Mijn voortgang' and the other
 * pages that show the whole course: every module's state (core/results-course.js), the words for a
 * module's and the course's progress, and the marks in the navigation. Part of layouts.js, which brings
 * the whole course's layouts these need: loaded once a page is shown (see pages/journey.js) or with a
 * page that shows the whole course. */
(function () {
  "use strict";
  var L = window.Leidraad, J = L && L.journey;
  if (!J || J.markNav) return;
  var S = L.strings, config = L.config, fill = L.fill;

  /* Every module's state (status, results per exercise) from the stored answers. */
  J.modules = function (data) {
    return config.modules.map(function (m) { return L.results.module(m, config.exercises, data.items, data.attempts, config.attempts); });
  };
  /* A time to study in words, to five minutes (a module's time per exercise is an estimate). `P`: the
   * journey pages' strings (their page data). */
  function duration(minutes, P) {
    minutes = Math.max(5, Math.round(minutes / 5) * 5);
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return h ? fill(m ? P.time_hours_minutes : P.time_hours, { h: h, m: m }) : fill(P.time_minutes, { m: m });
  }
  /* A module's state (results.module) in a few words: time left, quiz score. */
  J.moduleMeta = function (m, P) {
    var parts = [];
    if (!m.done) parts.push(fill(m.started ? P.home_left : P.home_total, { time: duration(m.minutesLeft, P) }));
    if (m.score !== null) parts.push(fill(P.home_score, { percent: m.score }));
    return parts.join(" · ");
  };
  /* The course's state (results.course) in a few words: modules done, time left, quiz score. */
  J.courseSummary = function (course, P) {
    var parts = [fill(P.progress, { done: course.done, total: course.total })];
    if (course.minutesLeft) parts.push(fill(P.home_course_left, { time: duration(course.minutesLeft, P) }));
    if (course.score !== null) parts.push(fill(P.home_course_score, { score: course.score }));
    return parts.join(" · ");
  };
  J.duration = duration;

  /* The current page is a link and a label; a pruned section's link stands for the section: no mark. */
  function markNav() {
    if (!config.whole) return;
    var byUrl = {};
    J.modules(L.store.read()).forEach(function (m) { byUrl[L.siteUrl("modules/" + m.id + ".html")] = m.status; });
    L.each(document.querySelectorAll(".md-nav--primary .md-nav__item:not(.md-nav__item--pruned)"), function (item) {
      var link = item.querySelector(":scope > a.md-nav__link[href]");
      var status = link && L.own(byUrl, link.href.split("#")[0]);
      if (status) L.each(item.querySelectorAll(":scope > .md-nav__link"), function (node) { mark(node, status); });
    });
  }
  function mark(node, status) {
    var badge = node.querySelector(".ld-navmark");
    if (status === "todo") { if (badge) badge.parentNode.removeChild(badge); return; }
    if (!badge) {
      badge = L.el("span", { class: "ld-navmark" }, [L.el("span", { "aria-hidden": "true" }), L.el("span", { class: "ld-sr" })]);
      var text = node.querySelector(".md-ellipsis");
      node.insertBefore(badge, text ? text.nextSibling : null);
    }
    badge.setAttribute("data-ld-status", status);
    badge.firstChild.textContent = status === "done" ? "✓" : "◐";
    badge.lastChild.textContent = " (" + S["status_" + status] + ")";
  }
  var pending = null;
  function refresh() { clearTimeout(pending); pending = setTimeout(markNav, 30); }

  J.markNav = markNav;
  document.addEventListener("leidraad:change", refresh);
  document.addEventListener("leidraad:layouts", markNav);
  // After an instant page change the navigation is new: mark it again.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(markNav);
  markNav();
})();
