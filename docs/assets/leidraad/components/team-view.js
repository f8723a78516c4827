/* Leidraad's team view (components/team-view.js, bundled as teamview.js, which only the module pages
 * with an upward scan load): the manager pastes the anonymous codes of team members who filled in the
 * upward scan about them, and sees the team's view beside their own self-scan, per dimension, with the
 * gaps, once at least `groupMinimum` distinct codes are in. The codes are read by the share-code codec
 * (groupcode.js) and the figures come from core/results.js; the distinct valid codes are kept in the
 * store so the view survives a reload. Nothing is sent anywhere. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.results || !L.store || !L.register || L.teamView) return;
  var S = L.strings, fill = L.fill;
  //: More text than this is no list of codes (a code is under 100 characters; a team under 200 people).
  var MAX_TEXT = 20000;
  //: Up to this many unusable lines are named one by one; more are one line, so junk cannot flood the page.
  var MAX_LISTED = 3;
  // groupcode.js and this file load in no fixed order after an instant page change: look the codec up late.
  function codec() { return window.LeidraadCode; }
  function minimum() { var n = L.config.groupMinimum; return typeof n === "number" && n >= 1 ? n : 5; }

  /* The title of the exercise a code names (own properties only: an id such as "constructor" finds none). */
  function titleOf(id) {
    var all = L.config.exercises, found = id;
    Object.keys(L.isRecord(all) ? all : {}).forEach(function (key) { if (all[key] && all[key].id === id) found = all[key].title; });
    return found;
  }
  /* A code as it can be shown in a message: printable and short. */
  function shown(code) {
    var text = code.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, "?");
    return text.length > 60 ? text.slice(0, 57) + "…" : text;
  }

  /* The lines of `text` read for `layout`: {codes, people, bad: [{error, found, code, line}], repeated, total},
   * or {tooLong: length}. A code given twice is one person's answers: it counts once. */
  function readCodes(text, layout) {
    if (text.length > MAX_TEXT) return { tooLong: text.length };
    var seen = L.dict(), out = { codes: [], people: [], bad: [], repeated: 0, total: 0 };
    text.split(/\r?\n/).forEach(function (line, i) {
      var code = line.trim();
      if (!code) return;
      out.total += 1;
      var result = codec().read(code, layout);
      if (result.error) { out.bad.push({ error: result.error, found: result.found, code: code, line: i + 1 }); return; }
      if (seen[code]) { out.repeated += 1; return; }
      seen[code] = true;
      out.codes.push(code);
      out.people.push(result.answers);
    });
    return out;
  }
  function errorText(bad) {
    var values = { where: fill(S.upward_where, { n: bad.line }), code: shown(bad.code) };
    if (bad.error === "other") values.found = titleOf(bad.found);
    if (bad.error === "version") values.found = shown(String(bad.found));
    return fill(S["upward_code_" + bad.error] || S.upward_code_format, values);
  }
  function signed(gap) { return (gap > 0 ? "+" : gap < 0 ? "\u2212" : "") + L.number(Math.abs(gap)); }

  function mountTeamView(root) {
    var layout = L.layout(root.getAttribute("data-ld-key")), ownLayout = L.layout(root.getAttribute("data-ld-self"));
    if (!layout || !ownLayout) return;
    var form = root.querySelector(".ld-team-view__form"), codes = form.querySelector("textarea");
    var address = form.querySelector(".ld-team-view__address input"), copied = form.querySelector(".ld-team-view__copied");
    var summary = root.querySelector(".ld-team-view__summary"), errors = root.querySelector(".ld-team-view__errors");
    var result = root.querySelector(".ld-team-view__result"), showing = false, keeping = false;

    function clear() {
      summary.textContent = "";
      errors.textContent = "";
      result.hidden = true;
    }
    function report(lines) { lines.forEach(function (text) { errors.appendChild(L.el("li", {}, [text])); }); }
    function fillTable(view) {
      view.dimensions.forEach(function (d) {
        var row = result.querySelector('[data-dimension="' + d.id + '"]');
        if (!row) return;
        row.querySelector("[data-cell=self]").textContent = d.self === null ? S.upward_no_self : L.number(d.self);
        row.querySelector("[data-cell=team]").textContent = d.team === null ? "–" : L.number(d.team);
        var gap = row.querySelector("[data-cell=gap]");
        gap.textContent = d.gap === null ? "–" : fill(S["upward_gap_" + d.direction], { gap: signed(d.gap) });
        gap.setAttribute("data-direction", d.direction || "");
        var spread = row.querySelector("[data-cell=spread]");
        spread.textContent = "";
        d.bands.forEach(function (b, i) {  // "label: n" kept on one line; lines break between bands
          if (i) spread.appendChild(document.createTextNode(" · "));
          spread.appendChild(L.el("span", {}, [fill(S.upward_band_count, b)]));
        });
      });
    }
    /* Read the pasted codes and show what they allow; `keep`: also store the distinct valid ones. */
    function show(keep) {
      clear();
      var read = readCodes(codes.value, layout);
      if (read.tooLong) { report([fill(S.upward_too_long, { n: read.tooLong })]); return; }
      if (keep) { keeping = true; L.store.keepTeamCodes(layout.key, read.codes); keeping = false; }
      showing = read.total > 0;
      if (!showing) return;
      report(read.bad.length > MAX_LISTED
        ? [fill(S.upward_many_bad, { n: read.bad.length, where: fill(S.upward_where, { n: read.bad[0].line }) })]
        : read.bad.map(errorText));
      var text = fill(S.upward_counted, { valid: read.codes.length, total: read.total });
      if (read.repeated) text += " " + fill(S.upward_repeated, { n: read.repeated });
      var needed = minimum();
      if (read.codes.length < needed) {
        summary.textContent = text + " " + fill(S.upward_too_few, { minimum: needed, n: read.codes.length, missing: needed - read.codes.length });
        return;
      }
      var view = L.results.teamView(ownLayout, L.store.answers(ownLayout), layout, read.people);
      summary.textContent = text + " " + fill(S.upward_shown, { n: view.people }) + (view.selfDone ? "" : " " + S.upward_self_missing);
      fillTable(view);
      result.hidden = false;
    }
    function copy() {
      function say(text) { copied.textContent = text; }
      function fallback() {
        address.select();
        var done = false;
        try { done = document.execCommand("copy"); } catch (e) { done = false; }
        say(done ? S.upward_link_copied : S.upward_link_copy_failed);
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(address.value).then(function () { say(S.upward_link_copied); }, fallback);
      } else {
        fallback();
      }
    }

    form.addEventListener("click", function (event) {
      var button = event.target.closest("[data-ld-team]"), action = button && button.getAttribute("data-ld-team");
      if (action === "copy") copy();
      if (action === "show") show(true);
    });
    L.confirm(form.querySelector("[data-ld-team=clear]"), function () { return S.upward_clear_confirm; }, S.upward_clear_yes, function () {
      codes.value = "";
      L.store.keepTeamCodes(layout.key, []);
      clear();
      showing = false;
      codes.focus();
    }, function () { return L.store.teamCodes(layout.key).length > 0; });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // The manager finishes or changes their self-scan on this page (or in another tab): the view follows.
    document.addEventListener("leidraad:change", function () { if (showing && !keeping && document.contains(root)) show(false); });
    // The page the team members answer on, as an address to hand out (the link's own, made absolute).
    address.value = root.querySelector(".ld-team-view__page").href;
    // From disk or inside an LMS that address is this computer's or the LMS's own: say so.
    if (window.location.protocol === "file:" || document.documentElement.classList.contains("ld-lms")) {
      address.parentNode.appendChild(L.el("span", { class: "ld-team-view__local" }, [" " + S.upward_link_local]));
    }
    root.querySelector(".ld-team-view__nojs").hidden = true;
    form.hidden = false;
    var kept = L.store.teamCodes(layout.key);
    if (kept.length) { codes.value = kept.join("\n"); show(false); }
  }

  L.teamView = { readCodes: readCodes };
  // It compares two scans of the module (the upward one is no exercise of the page): the whole course's layouts.
  L.register("team-view", mountTeamView, "course");
})();
