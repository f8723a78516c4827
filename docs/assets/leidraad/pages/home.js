/* Leidraad, the course home on the start page: 'Ga verder waar je was' (the place the store keeps), the
 * next step, the course's progress and a card per module. Every figure comes from one call of the
 * results module (results.course); this file only shows them. Loaded only by the start page
 * (macros/templates/journey/home.html); idempotent for material's instant navigation. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.journey) return;
  var J = L.journey, store = L.store, config = L.config, S = L.strings, fill = L.fill;

  function moduleUrl(id, section) { return L.siteUrl("modules/" + id + ".html") + (section ? "#" + section : ""); }
  function placeOf(data) {
    var place = data.place, id = place && place.page.replace(/^modules\/|\.html$/g, "");
    return place && L.module(id) ? { id: id, section: place.section, label: place.label } : null;
  }
  /* The next step: the module the learner was working in, else the first one under way, else the
   * first not begun (in course order: the modules build on each other); the certificate once all are done. */
  function nextStep(course, place, P) {
    var open = course.modules.filter(function (m) { return !m.done; });
    var here = place && open.filter(function (m) { return m.id === place.id; })[0];
    var m = here || open.filter(function (m) { return m.started; })[0] || open[0];
    if (!m) return { href: L.siteUrl("certificaat.html"), text: P.home_finished, detail: "" };
    return { href: moduleUrl(m.id), text: fill(m.started ? P.home_continue : P.home_start, { title: L.module(m.id).title }),
             detail: m.started ? fill(P.home_parts, { met: m.met, total: m.required.length }) + " · " +
                                 fill(P.home_left, { time: J.duration(m.minutesLeft, P) })
                               : fill(P.home_total, { time: J.duration(m.minutesLeft, P) }) };
  }
  function render(root, P) {
    var data = store.read(), course = L.results.course(config, data.items, data.attempts), place = placeOf(data);
    var resume = root.querySelector("[data-ld-home=resume]");
    if (place) {
      resume.href = moduleUrl(place.id, place.section);
      resume.textContent = place.label ? fill(P.home_place, { module: L.module(place.id).title, section: place.label }) : L.module(place.id).title;
    }
    root.querySelector(".ld-home__resume").hidden = !place;
    // Before the first answer: only the first step (the welcome text and the learning path follow).
    var fresh = !place && !course.modules.some(function (m) { return m.started; });
    root.querySelector(".ld-home__course").hidden = fresh;
    root.querySelector(".ld-home__modules").hidden = fresh;
    var next = nextStep(course, place, P), link = root.querySelector("[data-ld-home=next]");
    link.href = next.href; link.textContent = next.text;
    root.querySelector("[data-ld-home=next-detail]").textContent = next.detail;
    root.querySelector(".ld-home__course progress").value = course.done;
    root.querySelector("[data-ld-home=summary]").textContent = J.courseSummary(course, P);
    course.modules.forEach(function (m) {
      var card = root.querySelector('.ld-home-card[data-ld-module="' + m.id + '"]');
      if (!card) return;
      var badge = card.querySelector("[data-ld-status]"), bar = card.querySelector("progress");
      badge.setAttribute("data-ld-status", m.status);
      badge.textContent = S["status_" + m.status];
      card.setAttribute("data-ld-status", m.status);
      card.querySelector("[data-ld-home=meta]").textContent = J.moduleMeta(m, P);
      bar.max = m.required.length || 1; bar.value = m.met;
      bar.hidden = !m.started;
    });
  }

  L.register("home", function (root) {
    var P = S;
    function update() {
      if (!document.body.contains(root)) { document.removeEventListener("leidraad:change", update); return; }
      render(root, P);
    }
    document.addEventListener("leidraad:change", update);
    render(root, P);
    root.hidden = false;
  }, "course");
})();
