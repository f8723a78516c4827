/* Leidraad, 'Mijn ontwikkelplan': the actions the learner adopted in the modules or added themselves,
 * each editable (what, why, first step, by when, who can help, done) with the check-in that follows it
 * up, their self-scans over time next to the actions chosen between the takes, and their reflection
 * answers; printed as a clean A4 document (journey-pages.css), downloaded as Markdown, or put in the
 * learner's calendar (pages/calendar.js). Loaded only by that
 * page (macros/templates/journey/plan.html); idempotent for material's instant navigation. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.journey) return;
  var J = L.journey, store = L.store, config = L.config, fill = L.fill, S = L.strings, C = L.planCalendar;
  var FIELDS = ["what", "why", "step", "when", "who"];

  function longDate(value) {
    var date = value instanceof Date ? value : new Date(value + "T12:00:00");
    return isNaN(date) ? "" : date.toLocaleDateString(L.locale, { day: "numeric", month: "long", year: "numeric" });
  }
  function entries(data) {
    // The store has checked each entry's fields (text fields are strings, `done` a boolean).
    return Object.keys(data.items).filter(function (k) { return k.indexOf(J.PLAN) === 0; }).map(function (k) { return { key: k, a: data.items[k].a }; }).sort(function (x, y) {
      return (x.a.created || 0) - (y.a.created || 0) || (x.key < y.key ? -1 : 1);
    });
  }
  function nameOf(data) { var entry = L.own(data.items, J.NAME); return entry ? entry.a : ""; }
  function sourceOf(a, P) {
    var module = a.module && J.moduleById(a.module);
    return module || a.source ? fill(P.plan_from, { module: module ? module.title : a.source }) : P.plan_own;
  }
  function printed(name, value, P) {
    if (name === "when") return value ? longDate(value) : "—";
    if (name === "done") return value ? "✓ " + P.plan_done : P.plan_open;
    return value || "—";
  }
  /* Reflection answers grouped by module in course order, only those still valid for their question. */
  function reflections(data, questions) {
    var groups = [];
    questions.forEach(function (item) {
      var stored = L.own(data.items, item.key), module = J.moduleById(item.key.split("/")[0]);
      if (!module || !stored || stored.v !== item.v || typeof stored.a !== "string" || !stored.a.trim()) return;
      if (!groups.length || groups[groups.length - 1].module !== module) groups.push({ module: module, answers: [] });
      groups[groups.length - 1].answers.push({ question: item.text, answer: stored.a.trim() });
    });
    return groups;
  }

  function mount(root) {
    var page = J.pageData(root), P = S;
    var list = root.querySelector(".ld-plan__list"), status = root.querySelector(".ld-plan__status");
    var template = root.querySelector("template[data-ld-plan-action]"), nameInput = root.querySelector("#ld-plan-name");
    var own = false, savedTimer = null, plan = C.schedule([]);

    // Our own saves re-render nothing (that would take the focus away from the field being typed in).
    function save(key, change) {
      var data = store.read(), item = L.own(data.items, key);
      if (!item) return;
      Object.keys(change).forEach(function (k) { item.a[k] = change[k]; });
      item.a.edited = true;
      own = true;
      store.set(key, store.PLAN_VERSION, item.a);
      own = false;
      clearTimeout(savedTimer);
      savedTimer = setTimeout(function () { status.textContent = S.saved; }, 800);
    }
    /* Each action's date (the learner's, else the default) and the check-in that follows it up. */
    function showDates(node, a) {
      var chosen = !!C.parseDate(a.when), hint = node.querySelector("[data-ld-field=when-hint]"), follow = plan.followUp(a);
      if (hint) hint.hidden = chosen;
      node.querySelector("[data-ld-field=followup]").textContent = follow ? fill(P.plan_followup, { date: longDate(follow.date), days: follow.days }) : "";
    }
    function refreshDates() {
      var all = entries(store.read());
      plan = C.schedule(all.map(function (e) { return e.a; }));
      all.forEach(function (entry) {
        var node = list.querySelector('[data-ld-plan-key="' + entry.key.replace(/["\\]/g, "") + '"]');
        if (node) showDates(node, entry.a);
      });
    }
    function renderEntry(entry, index) {
      var node = template.content.firstElementChild.cloneNode(true), a = entry.a;
      node.setAttribute("data-ld-plan-key", entry.key);
      node.querySelector("[data-ld-field=number]").textContent = fill(P.plan_action, { n: index + 1 });
      node.querySelector("[data-ld-field=source]").textContent = "· " + sourceOf(a, P);
      node.querySelector("[data-ld-field=remove-label]").textContent = ": " + fill(P.plan_action, { n: index + 1 });
      FIELDS.forEach(function (name) {
        var field = node.querySelector("[name=" + name + "]"), shown = node.querySelector("[data-ld-print=" + name + "]");
        field.value = name === "when" ? C.isoDate(C.dueDate(a)) : a[name] || "";
        shown.textContent = printed(name, field.value, P);
        field.addEventListener("input", function () {
          var change = {};
          change[name] = field.value;
          shown.textContent = printed(name, field.value, P);
          save(entry.key, change);
          if (name === "when") refreshDates();
        });
      });
      showDates(node, a);
      var done = node.querySelector("[name=done]"), doneShown = node.querySelector("[data-ld-print=done]");
      done.checked = !!a.done;
      doneShown.textContent = printed("done", done.checked, P);
      node.classList.toggle("ld-plan-action--done", done.checked);
      done.addEventListener("change", function () {
        node.classList.toggle("ld-plan-action--done", done.checked);
        doneShown.textContent = printed("done", done.checked, P);
        save(entry.key, { done: done.checked });
      });
      L.confirm(node.querySelector("[data-ld-action=remove]"), function () { return P.plan_remove_confirm; }, P.plan_remove_yes, function () {
        store.remove(entry.key);
        status.textContent = P.plan_removed;
        root.querySelector("[data-ld-action=add]").focus();
      });
      return node;
    }
    function renderReflections(data) {
      var box = root.querySelector(".ld-plan__answers"), groups = reflections(data, page.reflections);
      box.textContent = "";
      groups.forEach(function (group) {
        var section = L.el("section", { class: "ld-plan__answer-group" }, [L.el("h3", {}, [group.module.title])]);
        group.answers.forEach(function (answer) {
          section.appendChild(L.el("div", { class: "ld-plan__answer" }, [
            L.el("p", {}, [L.el("strong", {}, [answer.question])]), L.el("p", { class: "ld-answer-text" }, [answer.answer])]));
        });
        section.appendChild(L.el("p", { class: "ld-no-print" }, [L.el("a", { href: J.siteUrl("modules/" + group.module.id + ".html") }, [P.plan_edit_reflection + ": " + group.module.title])]));
        box.appendChild(section);
      });
      root.querySelector(".ld-plan__none").hidden = groups.length > 0;
    }
    function renderHeader(data) {
      var name = nameOf(data);
      if (document.activeElement !== nameInput) nameInput.value = name;
      root.querySelector("[data-ld-plan-of]").textContent = name ? fill(P.plan_of, { name: name }) : P.plan_title;
      root.querySelector("[data-ld-plan-date]").textContent = fill(P.plan_printed, { date: longDate(new Date()) });
    }
    function render() {
      var data = store.read(), all = entries(data);
      plan = C.schedule(all.map(function (e) { return e.a; }));
      list.textContent = "";
      all.forEach(function (entry, index) { list.appendChild(renderEntry(entry, index)); });
      root.querySelector(".ld-plan__empty").hidden = all.length > 0;
      renderReflections(data);
      renderHeader(data);
      renderOverTime(data, all);
    }

    /* ---- Scans over time, next to the actions chosen between the takes. ---- */
    function scans() {
      return Object.keys(config.exercises || {}).map(function (key) { return config.exercises[key]; }).filter(function (layout) {
        return layout.kind === "self-assessment" && J.moduleById(layout.key.split("/")[0]);
      });
    }
    function renderOverTime(data, all) {
      var section = root.querySelector(".ld-plan__over-time"), box = root.querySelector(".ld-plan__over-time-list");
      if (!section || !L.scanHistory) return;
      box.textContent = "";
      scans().forEach(function (layout) {
        var history = L.results.scanHistory(layout, store.takes(layout)), takes = history.takes;
        if (takes.length < 2) return;
        var module = J.moduleById(layout.key.split("/")[0]);
        var part = L.el("section", { class: "ld-plan__scan" }, [L.el("h3", {}, [layout.title]),
          L.scanHistory.table(layout, history, fill(S.history_caption, { title: layout.title }))]);
        for (var i = 1; i < takes.length; i += 1) {
          var from = takes[i - 1].t, to = takes[i].t, chosen = all.filter(function (e) { return e.a.created > from && e.a.created <= to; });
          part.appendChild(L.el("p", {}, [fill(chosen.length ? P.over_time_between : P.over_time_none_between,
            { from: L.scanHistory.dateText(from), to: L.scanHistory.dateText(to) })]));
          if (chosen.length) part.appendChild(L.el("ul", { class: "ld-plan__between" }, chosen.map(function (e) {
            return L.el("li", {}, [(e.a.what || P.plan_own) + " (" + fill(P.over_time_chosen, { date: L.scanHistory.dateText(e.a.created) }) + ")"]);
          })));
        }
        part.appendChild(L.el("p", { class: "ld-no-print" }, [L.el("a", { href: J.siteUrl("modules/" + module.id + ".html") }, [fill(P.over_time_link, { module: module.title })])]));
        box.appendChild(part);
      });
      section.hidden = !box.childNodes.length;
    }

    /* ---- The calendar file: an event per action, the check-ins, each linking back with a snapshot. ---- */
    function calendarText() {
      var data = store.read(), all = entries(data), sched = C.schedule(all.map(function (e) { return e.a; }));
      var planUrl = J.siteUrl("ontwikkelplan.html"), id = C.uidPart(config.storageId || "leidraad");
      var planLink = L.snapshot.link(planUrl);
      var taken = scans().filter(function (layout) { return store.takes(layout).length > 0; }).map(function (layout) {
        return { title: layout.title, url: L.snapshot.link(J.siteUrl("modules/" + layout.key.split("/")[0] + ".html"), layout.key) };
      });
      var note = P.cal_restore_note, events = [];
      all.forEach(function (entry, index) {
        var a = entry.a, what = a.what || fill(P.plan_action, { n: index + 1 }), follow = sched.followUp(a);
        var body = [what];
        if (a.why) body.push(fill(P.cal_why, { text: a.why }));
        if (a.step) body.push(fill(P.cal_step, { text: a.step }));
        if (a.who) body.push(fill(P.cal_who, { text: a.who }));
        if (follow) body.push(fill(P.plan_followup, { date: longDate(follow.date), days: follow.days }));
        body.push("", fill(P.cal_plan_link, { url: planLink }), "", note);
        events.push({ uid: id + "-" + C.uidPart(entry.key) + "@leidraad", date: C.dueDate(a),
                      summary: fill(P.cal_action, { what: what }), description: body.join("\n"), url: planLink });
      });
      sched.checkins.forEach(function (checkin) {
        var due = all.filter(function (e) { var f = sched.followUp(e.a); return f && f.days === checkin.days; });
        var rescan = checkin.days >= C.RESCAN_FROM && taken.length > 0;
        var body = [rescan ? P.cal_checkin_rescan_intro : P.cal_checkin_intro];
        if (due.length) {
          body.push("", P.cal_checkin_actions);
          due.forEach(function (e) { body.push("- " + (e.a.what || P.plan_own) + " (" + longDate(C.dueDate(e.a)) + ")"); });
        }
        body.push("", fill(P.cal_plan_link, { url: planLink }));
        taken.forEach(function (scan) { body.push(fill(P.cal_rescan_link, { title: scan.title, url: scan.url })); });
        body.push("", note);
        events.push({ uid: id + "-checkin-" + C.isoDate(sched.start).replace(/-/g, "") + "-" + checkin.days + "@leidraad",
                      date: checkin.date, time: "0900", minutes: 30, summary: fill(P.cal_checkin, { days: checkin.days, course: config.title }),
                      description: body.join("\n"), url: rescan ? taken[0].url : planLink });
      });
      return C.ics(fill(P.cal_name, { course: config.title }), events, Date.now());
    }
    function markdown() {
      var data = store.read(), name = nameOf(data);
      var lines = ["# " + (name ? fill(P.plan_of, { name: name }) : P.plan_title), "",
                   fill(P.plan_course, { course: config.title }) + "  ", fill(P.plan_printed, { date: longDate(new Date()) }), "",
                   "## " + root.querySelector("#ld-plan-actions-title").textContent, ""];
      function line(label, value) { lines.push("- **" + label + "** " + String(value).replace(/\n/g, "\n  ")); }
      var all = entries(data);
      if (!all.length) lines.push(P.plan_empty, "");
      all.forEach(function (entry, index) {
        var a = entry.a;
        lines.push("### " + (index + 1) + ". " + (a.what || fill(P.plan_action, { n: index + 1 })), "", "_" + sourceOf(a, P) + "_", "");
        line(P.plan_why, printed("why", a.why, P));
        line(P.plan_step + ":", printed("step", a.step, P));
        line(P.plan_when + ":", printed("when", C.isoDate(C.dueDate(a)), P));
        var follow = plan.followUp(a);
        if (follow) line(P.plan_followup_label + ":", longDate(follow.date));
        line(P.plan_who, printed("who", a.who, P));
        line(P.plan_done + ":", a.done ? "✓" : P.plan_open);
        lines.push("");
      });
      lines.push("## " + root.querySelector("#ld-plan-reflections-title").textContent, "");
      var groups = reflections(data, page.reflections);
      if (!groups.length) lines.push(P.plan_no_reflections, "");
      groups.forEach(function (group) {
        lines.push("### " + group.module.title, "");
        group.answers.forEach(function (answer) {
          lines.push("**" + answer.question + "**", "", "> " + answer.answer.replace(/\n/g, "\n> "), "");
        });
      });
      return lines.join("\n");
    }

    root.querySelector("[data-ld-action=add]").addEventListener("click", function () {
      var key = J.PLAN + "_eigen/" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
      var a = { module: null, action: null, what: "", why: "", step: "", when: "", who: "", done: false, created: Date.now(), edited: true };
      store.set(key, store.PLAN_VERSION, a);
      status.textContent = P.plan_added_own;
      var fields = list.querySelectorAll("textarea[name=what]");
      if (fields.length) fields[fields.length - 1].focus();
    });
    root.querySelector("[data-ld-action=print]").addEventListener("click", function () { renderHeader(store.read()); window.print(); });
    root.querySelector("[data-ld-action=download]").addEventListener("click", function () {
      J.download("ontwikkelplan-" + config.storageId + "-" + new Date().toISOString().slice(0, 10) + ".md", markdown(), "text/markdown");
    });
    var calendarButton = root.querySelector("[data-ld-action=calendar]");
    if (calendarButton) calendarButton.addEventListener("click", function () {
      var name = "ontwikkelplan-" + config.storageId + ".ics";
      J.download(name, calendarText(), "text/calendar");
      root.querySelector(".ld-plan__calendar-status").textContent = fill(P.calendar_done, { name: name });
    });
    nameInput.addEventListener("input", function () {
      own = true;
      store.set(J.NAME, store.NAME_VERSION, nameInput.value);
      own = false;
      renderHeader(store.read());
    });
    function update() {
      if (!document.body.contains(root)) { document.removeEventListener("leidraad:change", update); return; }
      if (!own) render();
    }
    document.addEventListener("leidraad:change", update);
    L.each(root.querySelectorAll(".ld-plan__controls, .ld-plan__actions, .ld-plan__reflections, .ld-plan__calendar"), function (n) { n.hidden = false; });
    root.querySelector(".ld-nojs").hidden = true;
    render();
  }

  L.register("plan", mount, "course");
})();
