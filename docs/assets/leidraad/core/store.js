/* Leidraad's store: the one place that reads and writes the learner's answers in this browser.
 *
 * One record per course under "leidraad:<storage id>" (format 2):
 *   { format: 2,
 *     items:    { "<module>/<exercise>/<item>": {v: item version, a: answer, t: ms}, "_plan/...": ..., "_profiel/naam": ... },
 *     attempts: { "<module>/<exercise>": [{t, items: {<item id>: {v, a}}}] },   // earlier takes, oldest first
 *     dropped:  { "<module>/<exercise>/<item>": ms } }                        // answers voided by an author's change
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
  /* A new attempt at an exercise (a quiz): its current answers become its latest earlier take
   * (attempts[key], oldest first) and are cleared, in one write. Nothing is kept when nothing was
   * answered. */
  function newAttempt(layout) {
    return update(function (data) {
      var items = dict(), any = false;
      layout.items.forEach(function (item) {
        var key = layout.key + "/" + item.id, entry = own(data.items, key);
        if (!entry) return;
        items[item.id] = { v: entry.v, a: entry.a };
        any = true;
        delete data.items[key];
      });
      if (any) data.attempts[layout.key] = (own(data.attempts, layout.key) || []).concat([{ t: Date.now(), items: items }]);
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

  /* ---- Export and import: the whole record in an envelope naming the course. ---- */
  function exportName() { return "leidraad-" + config.storageId + "-" + new Date().toISOString().slice(0, 10) + ".json"; }
  function exportText() {
    return JSON.stringify({ type: ENVELOPE, version: 1, storageId: config.storageId, course: config.title,
                            format: FORMAT, exported: new Date().toISOString(), data: read() }, null, 1);
  }
  /* An export file, checked: {data, exported} or {error: "not_json" | "not_leidraad" | "version" |
   * "other_course" | "damaged", ...}. Only answers are taken: what the file says about results is ignored. */
  function parseImport(text) {
    var env;
    try { env = JSON.parse(text); } catch (e) { return { error: "not_json" }; }
    if (!isRecord(env) || env.type !== ENVELOPE) return { error: "not_leidraad" };
    if (env.version !== 1 || (env.format !== 1 && env.format !== FORMAT)) return { error: "version", version: env.version };
    if (env.storageId !== config.storageId) return { error: "other_course", course: typeof env.course === "string" ? env.course : String(env.storageId) };
    if (typeof env.exported !== "string" || isNaN(Date.parse(env.exported))) return { error: "damaged", where: "exported" };
    var data = isRecord(env.data) && env.data.format === env.format ? normalize(env.data, true) : null;
    if (!data) return { error: "damaged", where: "data" };
    if (data.bad) return { error: "damaged", where: data.bad };
    return { data: data, exported: new Date(env.exported) };
  }
  function counts(data) {
    var keys = Object.keys(data.items);
    return { answers: keys.filter(function (k) { return k.charAt(0) !== "_"; }).length,
             actions: keys.filter(function (k) { return k.indexOf(PLAN) === 0; }).length };
  }
  /* Per item the newer answer wins; notices and earlier takes of both are kept. */
  function merged(current, incoming) {
    var out = normalize(JSON.parse(JSON.stringify(current))), taken = 0, kept = 0;
    Object.keys(incoming.items).forEach(function (key) {
      var mine = own(out.items, key), theirs = incoming.items[key];
      if (!mine || theirs.t > mine.t) { out.items[key] = theirs; taken += 1; } else if (theirs.t < mine.t) kept += 1;
    });
    Object.keys(incoming.dropped).forEach(function (key) { out.dropped[key] = Math.max(own(out.dropped, key) || 0, incoming.dropped[key]); });
    Object.keys(incoming.attempts).forEach(function (key) {
      var list = own(out.attempts, key) || [], times = list.map(function (take) { return take.t; });
      incoming.attempts[key].forEach(function (take) { if (times.indexOf(take.t) < 0) list.push(take); });
      out.attempts[key] = list.sort(function (x, y) { return x.t - y.t; });
    });
    return { data: out, taken: taken, kept: kept };
  }
  function importReplace(data) { return { outcome: replaceWith(data) }; }
  function importMerge(data) {
    var m = merged(read(), data);
    return { outcome: replaceWith(m.data), taken: m.taken, kept: m.kept };
  }

  var store = L.store = {
    KEY: KEY, FORMAT: FORMAT, PLAN: PLAN, NAME: NAME, ENVELOPE: ENVELOPE, failed: false,
    empty: empty, read: read, write: write, set: set, setMany: setMany, remove: remove, open: open, newAttempt: newAttempt,
    dropStale: dropStale, normalize: normalize, exportName: exportName, exportText: exportText,
    parseImport: parseImport, counts: counts, importReplace: importReplace, importMerge: importMerge,
    /* The learner's answers to one exercise, current versions only. */
    answers: function (layout) { return R.answersOf(layout, read().items); },
    /* The earlier takes of an exercise, oldest first (see newAttempt). */
    takes: function (key) { return own(read().attempts, key) || []; },
    /* One exercise's result, derived from the stored answers now. */
    result: function (key) { var layout = L.layout(key); return layout ? R.stored(layout, read().items) : null; },
    reset: function () { return write(empty()); }
  };
  // Another tab saved: let every view catch up.
  window.addEventListener("storage", function (event) { if (event.key === KEY) L.emit("leidraad:change"); });
})();
