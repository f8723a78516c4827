/* Leidraad's group view of a team scan (trainers/groep): reads participants' anonymous codes (pasted
 * or loaded from files), reports every code it cannot use, and fills the page's tables with the
 * distribution and average per dimension and per statement. Computed here; nothing is sent anywhere.
 * Needs groupcode.js (LeidraadCode) on the page. Registers its component only. */
(function () {
  "use strict";
  if (!window.Leidraad) return;
  var fill = Leidraad.fill, el = Leidraad.el;
  // groupcode.js may load after this file (material loads a page's scripts in no fixed order after an
  // instant page change): the codec is looked up when a code is read, long after both have loaded.
  function codec() { return window.LeidraadCode; }

  function round(value) { return Math.round(100 * value) / 100; }
  function number(value) { return Leidraad.number(round(value)); }
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

  Leidraad.register("group", function (root) {
    var data = JSON.parse(root.getAttribute("data-ld-data")), S = data.strings;
    var form = root.querySelector(".ld-group__form"), select = form.querySelector("select");
    var codes = form.querySelector("textarea"), picker = form.querySelector("input[type=file]");
    var summary = root.querySelector(".ld-group__summary"), errors = root.querySelector(".ld-group__errors");
    var files = [], unreadable = [];

    function assessment(id) { return data.assessments.filter(function (a) { return a.id === id; })[0]; }
    /* The answers of one code for assessment `a`, or the message saying what is wrong with it. */
    function read(entry, a) {
      var shown = entry.code.length > 60 ? entry.code.slice(0, 57) + "…" : entry.code;
      var values = { where: entry.where, code: shown }, result = codec().decode(entry.code);
      if (result.error === "format") return { error: fill(S.code_format, values) };
      if (result.error === "version") return { error: fill(S.code_version, Object.assign(values, { found: result.found })) };
      if (result.error === "checksum") return { error: fill(S.code_checksum, values) };
      if (result.exercise !== a.id) {
        var other = assessment(result.exercise);
        return { error: fill(S.code_other, Object.assign(values, { found: other ? other.title : result.exercise })) };
      }
      if (result.fingerprint !== codec().fingerprint(a.versions)) return { error: fill(S.code_changed, values) };
      var fits = result.answers.length === a.statements.length && result.answers.every(function (v) { return v >= 1 && v <= a.labels.length; });
      return fits ? { answers: result.answers } : { error: fill(S.code_answers, values) };
    }

    function clear() {
      summary.textContent = "";
      errors.textContent = "";
      Array.prototype.forEach.call(root.querySelectorAll(".ld-group__result"), function (s) { s.hidden = true; });
    }
    function setCells(row, counts, average) {
      var total = counts.reduce(function (s, c) { return s + c; }, 0);
      row.querySelector("[data-cell=average]").textContent = number(average);
      counts.forEach(function (count, i) {
        var cell = row.querySelector('[data-cell="' + (i + 1) + '"]');
        cell.querySelector(".ld-group__count").textContent = count;
        cell.querySelector(".ld-group__bar > span").style.width = (total ? Math.round(100 * count / total) : 0) + "%";
      });
    }
    /* Per statement the answers as given; per dimension recoded (reverse items) as in the profile. */
    function report(a, answers) {
      var section = root.querySelector('.ld-group__result[data-assessment="' + a.id + '"]'), n = a.labels.length;
      function zeros() { var list = []; for (var i = 0; i < n; i++) list.push(0); return list; }
      a.statements.forEach(function (statement, i) {
        var counts = zeros(), sum = 0;
        answers.forEach(function (person) { counts[person[i] - 1] += 1; sum += person[i]; });
        setCells(section.querySelector('[data-statement="' + statement.id + '"]'), counts, sum / answers.length);
      });
      a.dimensions.forEach(function (dimension) {
        var counts = zeros(), scores = [], bands = dimension.bands.map(function () { return 0; });
        answers.forEach(function (person) {
          var total = 0, count = 0;
          a.statements.forEach(function (statement, i) {
            if (statement.dimension !== dimension.id) return;
            var value = statement.reverse ? 1 + n - person[i] : person[i];
            counts[value - 1] += 1; total += value; count += 1;
          });
          var score = round(total / count);
          scores.push(score);
          dimension.bands.forEach(function (band, b) {
            var last = b === dimension.bands.length - 1;
            if (score >= band.from && (score < band.to || (last && score <= band.to))) bands[b] += 1;
          });
        });
        var row = section.querySelector('[data-dimension="' + dimension.id + '"]');
        setCells(row, counts, scores.reduce(function (s, v) { return s + v; }, 0) / scores.length);
        row.querySelector("[data-cell=bands]").textContent = dimension.bands.map(function (band, b) {
          return fill(S.band_count, { label: band.label, n: bands[b] });
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
      var valid = [], seen = {}, repeated = 0;
      entries.forEach(function (entry) {
        var result = read(entry, a);
        if (result.error) { errors.appendChild(el("li", {}, [result.error])); return; }
        valid.push(result.answers);
        if (seen[entry.code]) repeated += 1;
        seen[entry.code] = true;
      });
      var text = fill(S.group_counted, { valid: valid.length, total: entries.length });
      if (repeated) text += " " + fill(repeated === 1 ? S.group_duplicate : S.group_duplicates, { n: repeated });
      if (valid.length < data.minimum) text += " " + fill(S.group_too_few, { minimum: data.minimum, n: valid.length });
      summary.textContent = text;
      if (valid.length >= data.minimum) report(a, valid);
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
