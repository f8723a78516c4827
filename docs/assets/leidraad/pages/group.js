/* Leidraad's group view of a team scan (trainers/groep): reads participants' anonymous codes (pasted
 * or loaded from files), reports every code it cannot use, and fills the page's tables with the
 * distribution and average per dimension and per statement, computed by core/results.js; nothing is
 * sent anywhere. Needs groupcode.js (LeidraadCode) on the page. Registers its component only. */
(function () {
  "use strict";
  if (!window.Leidraad || !window.Leidraad.results) return;
  var fill = Leidraad.fill, el = Leidraad.el;
  // groupcode.js may load after this file (material loads a page's scripts in no fixed order after an
  // instant page change): the codec is looked up when a code is read, long after both have loaded.
  function codec() { return window.LeidraadCode; }

  /* A file or paste that is no text at all (an image, a zip, a document): control characters or
   * bytes that are not UTF-8. Reported once, not as one error per "line" of it. */
  function binary(text) { return /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(String(text)); }
  /* The pasted codes stay in this tab's sessionStorage (reload-proof, gone when the tab closes). */
  var KEPT = ((Leidraad.config && Leidraad.config.storageId) || "leidraad") + ":groep";
  function keep(state) {
    try { if (state) sessionStorage.setItem(KEPT, JSON.stringify(state)); else sessionStorage.removeItem(KEPT); } catch (e) { /* not kept */ }
  }
  function kept() {
    try { return JSON.parse(sessionStorage.getItem(KEPT) || "null"); } catch (e) { return null; }
  }
  function lines(text, where) {
    return String(text).split(/\r?\n/).map(function (line, i) { return { code: line.trim(), where: where(i + 1) }; })
      .filter(function (entry) { return entry.code; });
  }
  /* The scan's layout: the course's own (window.LEIDRAAD.exercises), or one made from the page data. */
  function layoutOf(a) {
    var layout = a.key && Leidraad.layout(a.key);
    if (layout) return layout;
    var ids = a.dimensions.map(function (d) { return d.id; });
    return { key: a.key || a.id, kind: "self-assessment", id: a.id, labels: a.labels, dimensions: a.dimensions,
             items: a.statements.map(function (s, i) { return { id: s.id, v: a.versions[i], dim: ids.indexOf(s.dimension), reverse: !!s.reverse }; }) };
  }

  Leidraad.register("group", function (root) {
    var data = JSON.parse(root.getAttribute("data-ld-data")), S = Leidraad.strings;
    var form = root.querySelector(".ld-group__form"), select = form.querySelector("select");
    var codes = form.querySelector("textarea"), picker = form.querySelector("input[type=file]");
    var summary = root.querySelector(".ld-group__summary"), errors = root.querySelector(".ld-group__errors");
    var files = [], unreadable = [];

    /* Distinct codes needed before anything is shown: the course's `groupMinimum`. */
    function minimumOf() {
      var n = Leidraad.config.groupMinimum;
      return typeof n === "number" && n >= 1 ? n : data.minimum;
    }
    function assessment(id) { return data.assessments.filter(function (a) { return a.id === id; })[0]; }
    /* The answers of one code for assessment `a`, or the message saying what is wrong with it (the
     * check itself is the codec's, shared with the manager's team view). */
    function read(entry, a) {
      var shown = entry.code.length > 60 ? entry.code.slice(0, 57) + "…" : entry.code;
      var values = { where: entry.where, code: shown }, result = codec().read(entry.code, layoutOf(a));
      if (result.error === "version") return { error: fill(S.code_version, Object.assign(values, { found: result.found })) };
      if (result.error === "checksum") return { error: fill(S.code_checksum, values) };
      if (result.error === "other") {
        var other = assessment(result.found);
        return { error: fill(S.code_other, Object.assign(values, { found: other ? other.title : result.found })) };
      }
      if (result.error === "changed") return { error: fill(S.code_changed, values) };
      if (result.error === "answers") return { error: fill(S.code_answers, values) };
      return result.error ? { error: fill(S.code_format, values) } : { answers: result.answers };
    }

    function clear() {
      summary.textContent = "";
      errors.textContent = "";
      Array.prototype.forEach.call(root.querySelectorAll(".ld-group__result"), function (s) { s.hidden = true; });
    }
    function setCells(row, counts, average) {
      var total = counts.reduce(function (s, c) { return s + c; }, 0);
      row.querySelector("[data-cell=average]").textContent = Leidraad.number(average);
      counts.forEach(function (count, i) {
        var cell = row.querySelector('[data-cell="' + (i + 1) + '"]');
        cell.querySelector(".ld-group__count").textContent = count;
        cell.querySelector(".ld-group__bar > span").style.width = (total ? Math.round(100 * count / total) : 0) + "%";
      });
    }
    /* The figures come from core/results.js (per statement as given; per dimension recoded, each
     * person's score rounded as in their own profile); this only fills the tables. */
    function report(a, people) {
      var section = root.querySelector('.ld-group__result[data-assessment="' + a.id + '"]'), layout = layoutOf(a);
      var figures = Leidraad.results.group(layout, people);
      figures.statements.forEach(function (s) { setCells(section.querySelector('[data-statement="' + s.id + '"]'), s.counts, s.average); });
      figures.dimensions.forEach(function (d, index) {
        var row = section.querySelector('[data-dimension="' + d.id + '"]'), bands = layout.dimensions[index].bands;
        setCells(row, d.counts, d.average);
        row.querySelector("[data-cell=bands]").textContent = bands.map(function (band, b) {
          return fill(S.band_count, { label: band.label, n: d.bands[b] });
        }).join(" · ");
      });
      section.hidden = false;
    }

    function show() {
      clear();
      var a = assessment(select.value), entries = [];
      if (binary(codes.value)) errors.appendChild(el("li", {}, [S.paste_not_text]));
      else entries = lines(codes.value, function (n) { return fill(S.where_line, { n: n }); });
      files.forEach(function (file) {
        if (binary(file.text)) { errors.appendChild(el("li", {}, [fill(S.file_not_text, { name: file.name })])); return; }
        entries = entries.concat(lines(file.text, function (n) { return fill(S.where_file, { name: file.name, n: n }); }));
      });
      unreadable.forEach(function (name) { errors.appendChild(el("li", {}, [fill(S.file_unreadable, { name: name })])); });
      keep({ assessment: select.value, codes: codes.value, files: files });
      if (!entries.length) { summary.textContent = errors.childNodes.length ? "" : S.group_empty; return; }
      // A code given twice is one person's answers: it counts once, toward the minimum and in the figures.
      var valid = [], seen = Leidraad.dict(), repeated = 0, minimum = minimumOf();
      entries.forEach(function (entry) {
        var result = read(entry, a);
        if (result.error) { errors.appendChild(el("li", {}, [result.error])); return; }
        if (seen[entry.code]) { repeated += 1; return; }
        seen[entry.code] = true;
        valid.push(result.answers);
      });
      var text = fill(S.group_counted, { valid: valid.length, total: entries.length });
      if (repeated) text += " " + fill(repeated === 1 ? S.group_repeated_one : S.group_repeated, { n: repeated });
      if (valid.length < minimum) text += " " + fill(S.group_too_few, { minimum: minimum, n: valid.length });
      summary.textContent = text;
      if (valid.length >= minimum) report(a, valid);
    }

    function load(list) {
      var pending = list.length;
      Array.prototype.forEach.call(list, function (file) {
        var reader = new FileReader();
        reader.onload = function () { files.push({ name: file.name, text: String(reader.result) }); done(); };
        reader.onerror = function () { unreadable.push(file.name); done(); };
        // A code file is a line or two; anything large is not one.
        if (file.size > 100000) reader.onerror(); else reader.readAsText(file);
      });
      function done() { pending -= 1; if (!pending) show(); }
    }

    form.addEventListener("click", function (event) {
      var button = event.target.closest("[data-ld-group]");
      if (!button) return;
      if (button.getAttribute("data-ld-group") === "clear") {
        codes.value = ""; picker.value = ""; files = []; unreadable = [];
        keep(null);
        clear();
        codes.focus();
      } else {
        show();
      }
    });
    picker.addEventListener("change", function () { files = []; unreadable = []; load(picker.files); });
    codes.addEventListener("input", function () { keep({ assessment: select.value, codes: codes.value, files: files }); });
    select.addEventListener("change", function () { if (summary.textContent) show(); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    root.querySelector(".ld-group__nojs").hidden = true;
    form.hidden = false;
    var before = kept();
    if (before && (before.codes || (before.files && before.files.length))) {
      if (assessment(before.assessment)) select.value = before.assessment;
      codes.value = before.codes || "";
      files = before.files || [];
      show();
    }
  });
})();
