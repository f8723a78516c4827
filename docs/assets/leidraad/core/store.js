/* Leidraad's store: the one place that reads and writes the learner's answers in this browser.
 *
 * One record per course under "leidraad:<storage id>" (format 2):
 *   { format: 2,
 *     items:    { "<module>/<exercise>/<item>": {v: item version, a: answer, t: ms}, "_plan/...": ..., "_profiel/naam": ... },
 *     attempts: { "<module>/<exercise>": [{t, items: {<item id>: {v, a}}}] },   // earlier takes, oldest first
 *     dropped:  { "<module>/<exercise>/<item>": ms },                         // answers voided by an author's change
 *     place:    { page: "modules/<module>.html", section: "<heading id>", label: "<heading>", t: ms } }  // optional
 * Only answers are stored: every result is derived from them by core/results.js, so nothing a file
 * or another script claims about a score is ever believed. Every field is shape-checked on read and on
 * import; maps are looked up as own properties. When the browser refuses to store, the record lives
 * on in memory for this page and "leidraad:storage-failed" is announced; every write announces
 * "leidraad:change". Format 1 (answers plus stored results) is read and migrated: answers kept,
 * results dropped. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || L.store) return;
  var R = L.results, config = L.config, own = L.own, has = L.has, isRecord = L.isRecord, dict = L.dict;
  var FORMAT = 2, KEY = "leidraad:" + (config.storageId || "leidraad"), ENVELOPE = "leidraad-voortgang";
  var PLAN = "_plan/", NAME = "_profiel/naam", TEXT_FIELDS = ["what", "why", "step", "when", "who", "source"];
  var memory = null;  // the record while the browser refuses to store it

  function isTime(t) { return typeof t === "number" && isFinite(t); }
  function isKey(key) { return typeof key === "string" && /^[^\/]+\/./.test(key); }
  function empty() { return { format: FORMAT, items: dict(), attempts: dict(), dropped: dict() }; }

  /* The layout and item an item key names, if the course has it. */
  function itemOf(key) {
    var cut = key.lastIndexOf("/"), layout = L.layout(key.slice(0, cut)), id = key.slice(cut + 1);
    var item = layout && layout.items.filter(function (i) { return i.id === id; })[0];
    return item ? { layout: layout, item: item } : null;
  }
  /* An action in the plan: the learner's own text, each field of its type. */
  function planAction(a) {
    if (!isRecord(a)) return undefined;
    var out = { module: typeof a.module === "string" ? a.module : null, action: typeof a.action === "string" ? a.action : null,
                done: a.done === true, edited: a.edited === true, created: isTime(a.created) ? a.created : 0 };
    TEXT_FIELDS.forEach(function (name) { out[name] = typeof a[name] === "string" ? a[name] : ""; });
    return out;
  }
  /* The answer as stored, or undefined when its shape is wrong for what the key names. */
  function answerFor(key, v, a) {
    if (a === undefined || a === null) return undefined;
    if (key.indexOf(PLAN) === 0) return planAction(a);
    if (key === NAME) return typeof a === "string" ? a : undefined;
    var found = key.charAt(0) === "_" ? null : itemOf(key);
    // Checked against the current item; an answer to an older version is dropped with a notice later.
    if (found && found.item.v === v) return R.isAnswer(found.layout, found.item, a) ? a : undefined;
    return a;
  }
  function entryOf(key, entry) {
    if (!isKey(key) || !isRecord(entry) || typeof entry.v !== "string" || !isTime(entry.t)) return null;
    var a = answerFor(key, entry.v, own(entry, "a"));
    return a === undefined ? null : { v: entry.v, a: a, t: entry.t };
  }
  function takeOf(take) {
    if (!isRecord(take) || !isTime(take.t) || !isRecord(take.items)) return null;
    var items = dict();
    Object.keys(take.items).forEach(function (id) {
      var e = take.items[id];
      if (isRecord(e) && typeof e.v === "string" && has(e, "a")) items[id] = { v: e.v, a: e.a };
    });
    return { t: take.t, items: items };
  }

  /* The learner's place: the module page and section last worked on ('Ga verder waar je was'), a page
   * of the course only (the start page links to it). */
  function placeOf(p) {
    if (!isRecord(p) || typeof p.page !== "string" || !/^modules\/[\w-]+\.html$/.test(p.page) ||
        typeof p.section !== "string" || !/^[\w-]*$/.test(p.section) || typeof p.label !== "string" || !isTime(p.t)) return null;
    return { page: p.page, section: p.section, label: p.label.slice(0, 200), t: p.t };
  }

  /* A record of any known format, checked field by field. `strict` (an imported file): the first bad
   * field refuses the whole record, {bad: "<where>"}; otherwise bad entries are left out. Null when
   * the record as a whole is unusable. */
  function normalize(raw, strict) {
    if (!isRecord(raw) || (raw.format !== 1 && raw.format !== FORMAT) || !isRecord(raw.items)) return null;
    // Format 1 also stored results; they are dropped here (results are derived, never stored).
    if (raw.format === 1 && raw.results !== undefined && !isRecord(raw.results)) return null;
    var out = empty(), bad = null;
    Object.keys(raw.items).forEach(function (key) {
      var entry = entryOf(key, raw.items[key]);
      if (entry) out.items[key] = entry; else bad = bad || "data.items['" + key + "']";
    });
    if (raw.dropped !== undefined && !isRecord(raw.dropped)) bad = bad || "data.dropped";
    Object.keys(isRecord(raw.dropped) ? raw.dropped : {}).forEach(function (key) {
      if (isKey(key) && isTime(raw.dropped[key])) out.dropped[key] = raw.dropped[key]; else bad = bad || "data.dropped['" + key + "']";
    });
    if (raw.attempts !== undefined && !isRecord(raw.attempts)) bad = bad || "data.attempts";
    Object.keys(isRecord(raw.attempts) ? raw.attempts : {}).forEach(function (key) {
      var list = raw.attempts[key], takes = Array.isArray(list) ? list.map(takeOf) : [null];
      if (isKey(key) && takes.every(Boolean)) out.attempts[key] = takes; else bad = bad || "data.attempts['" + key + "']";
    });
    if (raw.place !== undefined) { out.place = placeOf(raw.place); if (!out.place) { delete out.place; bad = bad || "data.place"; } }
    return strict && bad ? { bad: bad } : out;
  }

  function fail() {
    if (store.failed) return;
    store.failed = true;
    L.emit("leidraad:storage-failed");
  }
  function read() {
    if (memory) return normalize(JSON.parse(JSON.stringify(memory)));
    var raw = null;
    try { raw = window.localStorage.getItem(KEY); } catch (e) { fail(); memory = empty(); return empty(); }
    if (!raw) return empty();
    var data = null;
    try { data = normalize(JSON.parse(raw)); } catch (e) { data = null; }
    if (data) return data;
    // Unreadable or of another format: keep a copy aside, never break the page.
    try { window.localStorage.setItem(KEY + ":unreadable", raw); } catch (e) { /* nothing more to do */ }
    return empty();
  }
  /* Store `data`; true when the browser kept it, false when it lives in this page's memory only. */
  function write(data) {
    var text = JSON.stringify(data), ok = true;
    try {
      window.localStorage.setItem(KEY, text);
    } catch (e) {
      memory = normalize(JSON.parse(text)); ok = false;
      fail();
    }
    L.emit("leidraad:change");
    return ok;
  }
  /* Store `data` only if the browser takes it: what an import needs to report truthfully. Returns
   * "stored", "memory" (the browser stores nothing at all; kept for this page) or "refused" (nothing changed). */
  function replaceWith(data) {
    if (store.failed) { write(data); return "memory"; }
    try { window.localStorage.setItem(KEY, JSON.stringify(data)); } catch (e) { return "refused"; }
    memory = null;
    L.emit("leidraad:change");
    return "stored";
  }

  function update(change) { var data = read(); change(data); return write(data); }
  function set(key, version, answer) {
    return update(function (data) { data.items[key] = { v: version, a: answer, t: Date.now() }; });
  }
  /* Several answers at once ([key, version, answer] each), as the LMS gives them back. */
  function setMany(list) {
    if (!list.length) return true;
    var now = Date.now();
    return update(function (data) { list.forEach(function (e) { data.items[e[0]] = { v: e[1], a: e[2], t: now }; }); });
  }
  function under(key, prefix) { return key === prefix || key.indexOf(prefix + "/") === 0; }
  /* Remove the answers under a key ("<module>/<exercise>", "<module>", a plan entry). */
  function remove(prefix, withNotices) {
    return update(function (data) {
      Object.keys(data.items).forEach(function (k) { if (under(k, prefix)) delete data.items[k]; });
      if (withNotices) Object.keys(data.dropped).forEach(function (k) { if (under(k, prefix)) delete data.dropped[k]; });
    });
  }
  /* Answers to items an author has changed since are removed and remembered (for the notice on
   * 'Mijn voortgang'); answers to removed items are left alone. Returns the keys dropped now. */
  function dropStale(layouts) {
    var data = read(), gone = [];
    layouts.forEach(function (layout) {
      layout.items.forEach(function (item) {
        var key = layout.key + "/" + item.id, entry = own(data.items, key);
        if (!entry || entry.v === item.v) return;
        delete data.items[key];
        data.dropped[key] = Date.now();
        gone.push(key);
      });
    });
    if (gone.length) write(data);
    return gone;
  }
  /* This exercise's answers by item id, after dropping stale ones: {answers, dropped: [item id]}. */
  function open(layout) {
    var dropped = dropStale([layout]).map(function (key) { return key.slice(layout.key.length + 1); });
    return { answers: R.answersOf(layout, read().items), dropped: dropped };
  }

  /* ---- Export: the whole record in an envelope naming the course (importing it: core/transfer.js,
   * loaded by 'Mijn voortgang' only). ---- */
  function exportName() { return "leidraad-" + config.storageId + "-" + new Date().toISOString().slice(0, 10) + ".json"; }
  function exportText() {
    return JSON.stringify({ type: ENVELOPE, version: 1, storageId: config.storageId, course: config.title,
                            format: FORMAT, exported: new Date().toISOString(), data: read() }, null, 1);
  }

  var store = L.store = {
    KEY: KEY, FORMAT: FORMAT, PLAN: PLAN, NAME: NAME, ENVELOPE: ENVELOPE, failed: false,
    empty: empty, read: read, write: write, set: set, setMany: setMany, remove: remove, open: open,
    dropStale: dropStale, normalize: normalize, exportName: exportName, exportText: exportText, replaceWith: replaceWith,
    /* The learner's answers to one exercise, current versions only. */
    answers: function (layout) { return R.answersOf(layout, read().items); },
    /* One exercise's result, derived from the stored answers now. */
    result: function (key) { var layout = L.layout(key); return layout ? R.stored(layout, read().items) : null; },
    reset: function () { return write(empty()); },
    /* Where the learner is ({page, section, label}); stored only when it moved. */
    setPlace: function (place) {
      var data = read(), now = data.place;
      if (now && now.page === place.page && now.section === place.section) return true;
      data.place = placeOf({ page: place.page, section: place.section, label: place.label, t: Date.now() });
      return !!data.place && write(data);
    }
  };
  // Another tab saved: let every view catch up.
  window.addEventListener("storage", function (event) { if (event.key === KEY) L.emit("leidraad:change"); });
})();
