/* The registry that mounts components (what the exercise components share: components/exercise.js).
 *
 * Progressive enhancement: everything a learner reads is already in the HTML; a component adds
 * checking, scores, profiles and saving. Components are found by their data-ld attribute. Each is a
 * `mount(root, layout)`: it reads the answers from the store, asks core/results.js for the result and
 * shows it; it computes no score itself. Other scripts add theirs with Leidraad.register(name, mount). */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || L.register) return;
  var S = L.strings, components = {}, started = false;

  /* Components that only some pages have come in their own script, loaded once the page has loaded and
   * has one: the text is there to read at once, and what the buttons need follows (until then they wait,
   * hidden, as without the script). The exercises and the learner's place on a module page (exercises.js:
   * components/exercise.js, one file per kind, place.js); the team's view of a manager on a module with an upward scan (teamview.js). */
  var LATER = { quiz: "exercises.js", "self-assessment": "exercises.js", checklist: "exercises.js",
                reflection: "exercises.js", actions: "exercises.js", module: "exercises.js", "team-view": "teamview.js" };
  function loadLater(name) {
    var script = L.own(LATER, name);
    if (!script) return;
    function load() { L.load(L.siteUrl("assets/leidraad/" + script)); }
    if (document.readyState === "complete") load(); else window.addEventListener("load", load);
  }

  /* What the learner did in an exercise before its component was here (exercises.js comes after the
   * page is shown, and a reader on a slow phone may answer first): the fields they changed, noted as
   * they did it (not what the browser restored of an earlier visit, which fires no event). After the
   * mount, which shows what was stored, those fields are given again, with the events the component
   * listens to: the latest answer is the one kept. */
  var touched = [];
  function note(event) {
    var field = event.target, root = field.closest && field.closest("[data-ld]");
    if (field.type === "file") return;  // a chosen file cannot be given again; the learner picks it once more
    if (root && !root.hasAttribute("data-ld-mounted") && touched.indexOf(field) < 0) touched.push(field);
  }
  document.addEventListener("change", note, true);
  document.addEventListener("input", note, true);
  function early(root) {
    var mine = touched.filter(function (field) { return root.contains(field); });
    touched = touched.filter(function (field) { return mine.indexOf(field) < 0; });
    return mine.map(function (field) {
      var choice = field.type === "radio" || field.type === "checkbox";
      return { field: field, choice: choice, value: choice ? field.checked : field.value };
    });
  }
  function replay(done) {
    done.forEach(function (d) {
      if (d.field.disabled) return;  // a question checked in an earlier visit keeps its answer
      if (d.choice) d.field.checked = d.value; else d.field.value = d.value;
      d.field.dispatchEvent(new Event(d.choice ? "change" : "input", { bubbles: true }));
    });
  }

  function mountAll() {
    started = true;
    var dialog = document.querySelector(".md-search[role=dialog]"), input = document.querySelector(".md-search__input");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", input ? input.getAttribute("aria-label") : S.search);
    L.readPage();
    L.each(document.querySelectorAll("[data-ld]"), function (root) {
      var name = root.getAttribute("data-ld"), mount = L.own(components, name);
      if (!mount) loadLater(name);
      if (!mount || root.hasAttribute("data-ld-mounted")) return;
      if (mount.needsCourse && !L.config.whole) { L.whenLayouts(mountAll); return; }
      var key = root.getAttribute("data-ld-key"), layout = key ? L.layout(key) : undefined;
      if (mount.needsLayout && !layout) return;  // not an exercise of this course's data: leave the HTML as it is
      root.setAttribute("data-ld-mounted", "");
      var before = early(root);
      try { mount(root, layout); replay(before); } catch (e) { if (window.console) console.error("Leidraad:", e); }
    });
  }

  L.mountAll = mountAll;
  /* `mount(root, layout)`. `needs`: true for an exercise component (it mounts only with its layout),
   * "course" for a page that shows the whole course (it mounts once layouts.js is here). */
  L.register = function (name, mount, needs) {
    mount.needsLayout = needs === true;
    mount.needsCourse = needs === "course";
    components[name] = mount;
    if (started) mountAll();
  };
})();
