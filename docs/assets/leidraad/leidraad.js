/* Leidraad: makes the exercises in the page interactive and keeps the answers in this browser.
 * Progressive enhancement: everything a learner reads is already in the HTML; this script adds
 * checking, scores, profiles and saving. Components are found by their data-ld attribute; other
 * scripts add their own with Leidraad.register(name, mount). */
(function () {
  "use strict";
  var config = window.LEIDRAAD || { storageId: "leidraad", format: 1, strings: {}, modules: [] };
  var S = config.strings;
  var KEY = "leidraad:" + config.storageId;

  function fill(text, values) {
    return String(text || "").replace(/\{(\w+)\}/g, function (m, name) {
      return name in values ? values[name] : m;
    });
  }

  /* A score as the reader writes it: 3,75. (Not toLocaleString: its first call loads the locale's
   * data, 17 ms, in the middle of showing a result.) */
  function number(value) { return String(Math.round(100 * value) / 100).replace(".", S.decimal_mark || "."); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  /* A part needed only once an exercise is finished (sharing a self-assessment) names its script in
   * data-ld-script: it is loaded then, not with every page. */
  var requested = {};
  function loadLater(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-ld-script]"), function (node) {
      var src = node.getAttribute("data-ld-script");
      if (!requested[src]) { requested[src] = true; document.body.appendChild(el("script", { src: src })); }
    });
  }

  /* ---- Storage: one versioned record per course; each answer carries its item's version. ---- */
  function isRecord(value) { return !!value && typeof value === "object" && !Array.isArray(value); }
  var store = {
    failed: false,
    empty: function () { return { format: config.format, items: {}, results: {} }; },
    read: function () {
      var raw = null;
      try { raw = window.localStorage.getItem(KEY); } catch (e) { store.fail(); return store.empty(); }
      if (!raw) return store.empty();
      try {
        var data = JSON.parse(raw);
        if (isRecord(data) && data.format === config.format && isRecord(data.items) &&
            (data.results === undefined || isRecord(data.results))) {
          data.results = data.results || {};
          return data;
        }
      } catch (e) { /* corrupt: set aside below */ }
      // Unreadable or from another format: keep a copy aside, never break the page.
      try { window.localStorage.setItem(KEY + ":unreadable", raw); } catch (e) { /* ignore */ }
      return store.empty();
    },
    write: function (data) {
      try {
        window.localStorage.setItem(KEY, JSON.stringify(data));
      } catch (e) { store.fail(); return false; }
      document.dispatchEvent(new CustomEvent("leidraad:change"));
      return true;
    },
    /* The stored answer, or undefined; a stale answer (item changed since) is dropped and reported. */
    get: function (key, version, dropped) {
      var data = store.read(), entry = data.items[key];
      if (!isRecord(entry)) return undefined;
      if (entry.v !== version) {
        delete data.items[key];
        // Remembered so that 'Mijn voortgang' can also say which answers were dropped.
        (data.dropped = data.dropped || {})[key] = Date.now();
        store.write(data);
        if (dropped) dropped.push(key);
        return undefined;
      }
      return entry.a;
    },
    set: function (key, version, answer) {
      var data = store.read();
      data.items[key] = { v: version, a: answer, t: Date.now() };
      return store.write(data);
    },
    remove: function (prefix) {
      var data = store.read();
      Object.keys(data.items).forEach(function (k) {
        if (k === prefix || k.indexOf(prefix + "/") === 0) delete data.items[k];
      });
      delete data.results[prefix];
      store.write(data);
    },
    setResult: function (key, result) {
      var data = store.read();
      if (result) data.results[key] = result; else delete data.results[key];
      store.write(data);
    },
    fail: function () {
      if (store.failed) return;
      store.failed = true;
      var content = document.querySelector(".md-content__inner") || document.body;
      var banner = el("div", { class: "ld-storage-warning admonition warning", role: "alert" }, [S.storage_failed || ""]);
      content.insertBefore(banner, content.firstChild);
    }
  };

  /* ---- Shared parts of every exercise. ---- */
  function items(root) { return Array.prototype.slice.call(root.querySelectorAll("[data-ld-item]")); }
  function itemKey(root, item) { return root.getAttribute("data-ld-key") + "/" + item.getAttribute("data-ld-item"); }
  function version(item) { return item.getAttribute("data-ld-version"); }
  function inputs(item) { return Array.prototype.slice.call(item.querySelectorAll("input")); }
  function chosen(item) {
    return inputs(item).filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); });
  }
  function reportDropped(root, dropped) {
    if (!dropped.length) return;
    // Name each question by its text as the learner reads it (without the hint next to it).
    var names = dropped.map(function (k) {
      var label = root.querySelector('[data-ld-item="' + k.split("/").pop() + '"]').querySelector("legend, label").cloneNode(true);
      Array.prototype.forEach.call(label.querySelectorAll(".ld-hint"), function (n) { n.parentNode.removeChild(n); });
      return "“" + label.textContent.trim() + "”";
    }).join("; ");
    root.insertBefore(el("p", { class: "ld-dropped", role: "status" }, [fill(S.dropped, { items: names })]), root.firstChild);
  }
  function reveal(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-ld-action], .ld-actions, .ld-progress"), function (n) {
      if (!n.closest("[data-ld-explanation]")) n.hidden = false;
    });
  }

  /* ---- Quiz: check per question, feedback per chosen option, score, retry. ---- */
  function mountQuiz(root) {
    var dropped = [], passMark = Number(root.getAttribute("data-pass-mark"));
    var questions = items(root);
    function isCorrect(item) {
      var right = Array.prototype.map.call(item.querySelectorAll(".ld-option"), function (o) { return o.hasAttribute("data-correct"); });
      var picked = chosen(item);
      return picked.length > 0 && right.every(function (ok, index) { return ok === (picked.indexOf(index) >= 0); });
    }
    /* `announce`: also put the chosen options' feedback and the explanation in the live region, so a
     * screen reader reads what the eye sees appear (only when the learner checks, not on page load). */
    function show(item, checked, announce) {
      var picked = chosen(item), options = item.querySelectorAll(".ld-option");
      Array.prototype.forEach.call(options, function (option, index) {
        option.querySelector("[data-ld-feedback]").hidden = !(checked && picked.indexOf(index) >= 0);
        option.classList.toggle("ld-option--picked-right", checked && picked.indexOf(index) >= 0 && option.hasAttribute("data-correct"));
        option.classList.toggle("ld-option--picked-wrong", checked && picked.indexOf(index) >= 0 && !option.hasAttribute("data-correct"));
      });
      item.querySelector("[data-ld-explanation]").hidden = !checked;
      var result = item.querySelector(".ld-question__result"), verdict = "";
      if (checked) {
        var right = isCorrect(item);
        var someRight = picked.some(function (i) { return options[i].hasAttribute("data-correct"); });
        verdict = right ? S.correct : (someRight && item.getAttribute("data-type") === "multiple" ? S.partly : S.incorrect);
        item.classList.toggle("ld-question--right", right);
        item.classList.toggle("ld-question--wrong", !right);
      } else {
        item.classList.remove("ld-question--right", "ld-question--wrong");
      }
      result.textContent = verdict;
      if (checked && announce) {
        var spoken = picked.map(function (i) { return options[i].querySelector("[data-ld-feedback]").textContent; });
        spoken.push(item.querySelector("[data-ld-explanation]").textContent);
        result.appendChild(el("span", { class: "ld-sr" }, [" " + spoken.join(" ").replace(/\s+/g, " ").trim()]));
      }
      item.setAttribute("data-checked", checked ? "true" : "false");
    }
    function summarize() {
      var checked = questions.filter(function (q) { return q.getAttribute("data-checked") === "true"; });
      var right = checked.filter(isCorrect).length, total = questions.length;
      var summary = root.querySelector(".ld-quiz__summary");
      if (checked.length < total) {
        summary.textContent = checked.length ? fill(S.answered, { n: checked.length, total: total }) : "";
        store.setResult(root.getAttribute("data-ld-key"), checked.length ? { kind: "quiz", done: false, answered: checked.length, total: total } : null);
        return;
      }
      var percent = Math.round(100 * right / total), passed = percent >= passMark;
      summary.textContent = fill(S.score, { correct: right, total: total, percent: percent }) + " " +
        (passed ? S.passed : fill(S.not_passed, { pass: passMark }));
      store.setResult(root.getAttribute("data-ld-key"), { kind: "quiz", done: true, score: right, total: total, percent: percent, passed: passed });
    }
    function save(item) {
      store.set(itemKey(root, item), version(item), { c: chosen(item), k: item.getAttribute("data-checked") === "true" });
    }
    questions.forEach(function (item) {
      var answer = store.get(itemKey(root, item), version(item), dropped);
      if (!answer || !Array.isArray(answer.c)) answer = null;
      if (answer) inputs(item).forEach(function (input) { input.checked = answer.c.indexOf(Number(input.value)) >= 0; });
      show(item, !!(answer && answer.k && answer.c.length));
      item.addEventListener("change", function () { show(item, false); save(item); summarize(); });
      item.querySelector("[data-ld-action=check]").addEventListener("click", function () {
        if (!chosen(item).length) { item.querySelector(".ld-question__result").textContent = S.choose_first; return; }
        show(item, true, true); save(item); summarize();
      });
    });
    root.querySelector("[data-ld-action=retry]").addEventListener("click", function () {
      questions.forEach(function (item) { inputs(item).forEach(function (i) { i.checked = false; }); show(item, false); });
      store.remove(root.getAttribute("data-ld-key"));
      summarize();
      var first = root.querySelector("input");
      if (first) first.focus();
    });
    root.addEventListener("submit", function (event) { event.preventDefault(); });
    // Enter on an option checks its question, as Enter in a form field submits what was filled in.
    root.addEventListener("keydown", function (event) {
      var item = event.key === "Enter" && event.target.matches("input") && event.target.closest("[data-ld-item]");
      if (!item) return;
      event.preventDefault();
      item.querySelector("[data-ld-action=check]").click();
    });
    reveal(root); reportDropped(root, dropped); summarize();
  }

  /* ---- Self-assessment: scores per dimension (reverse items recoded), bands, an SVG profile. ---- */
  function mountSelfAssessment(root) {
    var dropped = [], statements = items(root);
    var low = Number(root.getAttribute("data-scale-low")), high = Number(root.getAttribute("data-scale-high"));
    function value(item) { var c = chosen(item); return c.length ? c[0] : null; }
    function scores() {
      var sums = {};
      statements.forEach(function (item) {
        var v = value(item), dim = item.getAttribute("data-dimension");
        if (v === null) return;
        if (item.hasAttribute("data-reverse")) v = low + high - v;
        sums[dim] = sums[dim] || { total: 0, count: 0 };
        sums[dim].total += v; sums[dim].count += 1;
      });
      return sums;
    }
    function render() {
      var answered = statements.filter(function (i) { return value(i) !== null; }).length;
      var status = root.querySelector(".ld-sa__status"), result = root.querySelector("[data-ld-result]");
      var key = root.getAttribute("data-ld-key");
      if (answered < statements.length) {
        status.textContent = answered ? fill(S.sa_incomplete, { n: answered, total: statements.length }) : "";
        result.hidden = true; result.textContent = "";
        store.setResult(key, answered ? { kind: "self-assessment", done: false, answered: answered, total: statements.length } : null);
        return;
      }
      loadLater(root);
      var sums = scores(), profile = [];
      Array.prototype.forEach.call(root.querySelectorAll("[data-ld-dimension]"), function (dimension) {
        var id = dimension.getAttribute("data-ld-dimension"), s = sums[id];
        if (!s) return;
        var score = Math.round(100 * s.total / s.count) / 100;
        var bands = Array.prototype.slice.call(dimension.querySelectorAll(".ld-band"));
        var band = bands.filter(function (b, i) {
          var from = Number(b.getAttribute("data-from")), to = Number(b.getAttribute("data-to"));
          return score >= from && (score < to || (i === bands.length - 1 && score <= to));
        })[0];
        profile.push({ id: id, title: dimension.getAttribute("data-title"), score: score, band: band });
      });
      result.textContent = "";
      result.appendChild(el("p", { class: "ld-sa__result-title" }, [el("strong", {}, [S.sa_result])]));
      result.appendChild(chart(profile));
      profile.forEach(function (p) {
        var block = el("div", { class: "ld-sa__dimension" }, [el("p", {}, [el("strong", {}, [fill(S.sa_score, { title: p.title, score: number(p.score), max: high })])])]);
        // The band's content, not its <li>: outside its list a list item is invalid markup.
        if (p.band) block.appendChild(el("div", { class: "ld-band" }, Array.prototype.map.call(p.band.childNodes, function (n) { return n.cloneNode(true); })));
        result.appendChild(block);
      });
      result.hidden = false;
      status.textContent = S.sa_result + ": " + profile.map(function (p) {
        return p.title + " " + number(p.score) + (p.band ? " (" + p.band.querySelector("strong").textContent + ")" : "");
      }).join("; ");
      store.setResult(key, { kind: "self-assessment", done: true, scores: profile.map(function (p) {
        return { id: p.id, score: p.score, band: p.band ? p.band.querySelector("strong").textContent : "" };
      }) });
    }
    function chart(profile) {
      var ns = "http://www.w3.org/2000/svg", rowHeight = 34, width = 320, labelWidth = 0;
      var svg = document.createElementNS(ns, "svg");
      var height = profile.length * rowHeight + 10;
      svg.setAttribute("viewBox", "0 0 " + width + " " + height);
      svg.setAttribute("class", "ld-chart");
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", profile.map(function (p) { return p.title + ": " + number(p.score) + " / " + high; }).join(", "));
      profile.forEach(function (p, i) {
        var y = i * rowHeight + 5, barWidth = (width - labelWidth) * (p.score - low) / (high - low);
        var track = document.createElementNS(ns, "rect");
        [["x", labelWidth], ["y", y + 14], ["width", width - labelWidth], ["height", 12], ["rx", 6], ["class", "ld-chart__track"]].forEach(function (a) { track.setAttribute(a[0], a[1]); });
        var bar = document.createElementNS(ns, "rect");
        [["x", labelWidth], ["y", y + 14], ["width", Math.max(barWidth, 6)], ["height", 12], ["rx", 6], ["class", "ld-chart__bar"]].forEach(function (a) { bar.setAttribute(a[0], a[1]); });
        var text = document.createElementNS(ns, "text");
        text.setAttribute("x", 0); text.setAttribute("y", y + 10); text.setAttribute("class", "ld-chart__label");
        text.textContent = p.title + " · " + number(p.score);
        svg.appendChild(track); svg.appendChild(bar); svg.appendChild(text);
      });
      return svg;
    }
    statements.forEach(function (item) {
      var answer = store.get(itemKey(root, item), version(item), dropped);
      if (typeof answer === "number") inputs(item).forEach(function (i) { i.checked = Number(i.value) === answer; });
      item.addEventListener("change", function () { store.set(itemKey(root, item), version(item), value(item)); render(); });
    });
    root.querySelector("[data-ld-action=retry]").addEventListener("click", function () {
      if (!window.confirm(S.reset_confirm)) return;
      statements.forEach(function (item) { inputs(item).forEach(function (i) { i.checked = false; }); });
      store.remove(root.getAttribute("data-ld-key"));
      render();
    });
    root.addEventListener("submit", function (event) { event.preventDefault(); });
    reveal(root); reportDropped(root, dropped); render();
  }

  /* ---- Checklist: tick items, see progress. ---- */
  function mountChecklist(root) {
    var dropped = [], list = items(root), progress = root.querySelector("progress");
    function update() {
      var done = list.filter(function (i) { return i.querySelector("input").checked; }).length;
      progress.value = done;
      root.querySelector(".ld-progress [role=status]").textContent = fill(S.checked, { n: done, total: list.length });
      store.setResult(root.getAttribute("data-ld-key"), done ? { kind: "checklist", done: done === list.length, checked: done, total: list.length } : null);
    }
    list.forEach(function (item) {
      var box = item.querySelector("input");
      box.checked = store.get(itemKey(root, item), version(item), dropped) === true;
      box.addEventListener("change", function () { store.set(itemKey(root, item), version(item), box.checked); update(); });
    });
    reveal(root); reportDropped(root, dropped); update();
  }

  /* ---- Reflection: answers saved as you type. ---- */
  function mountReflection(root) {
    var dropped = [], timer = null, status = root.querySelector(".ld-status");
    function update() {
      var written = items(root).filter(function (i) { return i.querySelector("textarea").value.trim(); }).length;
      store.setResult(root.getAttribute("data-ld-key"), written ? { kind: "reflection", done: written > 0, written: written, total: items(root).length } : null);
    }
    items(root).forEach(function (item) {
      var area = item.querySelector("textarea");
      var answer = store.get(itemKey(root, item), version(item), dropped);
      if (typeof answer === "string") area.value = answer;
      area.addEventListener("input", function () {
        var ok = store.set(itemKey(root, item), version(item), area.value);
        clearTimeout(timer);
        timer = setTimeout(function () { if (ok) status.textContent = S.saved; update(); }, 600);
      });
    });
    reportDropped(root, dropped); update();
  }

  var components = { quiz: mountQuiz, "self-assessment": mountSelfAssessment, checklist: mountChecklist, reflection: mountReflection };

  function mountAll() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", document.querySelector(".md-search__input") ? document.querySelector(".md-search__input").getAttribute("aria-label") : S.search);
    Array.prototype.forEach.call(document.querySelectorAll("[data-ld]"), function (root) {
      var mount = components[root.getAttribute("data-ld")];
      if (!mount || root.hasAttribute("data-ld-mounted")) return;
      root.setAttribute("data-ld-mounted", "");
      try { mount(root); } catch (e) { if (window.console) console.error("Leidraad:", e); }
    });
  }

  window.Leidraad = {
    config: config, strings: S, store: store, fill: fill, el: el, number: number, mountAll: mountAll,
    // Dates are written in the page's language (material sets it on <html> from the course's).
    locale: document.documentElement.getAttribute("lang") || undefined,
    register: function (name, mount) { components[name] = mount; mountAll(); }
  };
  // Over http with instant navigation, material announces each new page on document$; from file:// it
  // never does, so the page load starts us too. The data-ld-mounted guard makes both safe.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(mountAll);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll); else mountAll();
})();
