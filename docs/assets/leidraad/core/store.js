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
 * results dropped. What the browser said about keeping the data (persistent storage, the last backup)
 * is kept apart under "leidraad:<storage id>:device": facts about this browser, not answers. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || L.store) return;
  var R = L.results, config = L.config, own = L.own, has = L.has, isRecord = L.isRecord, dict = L.dict;
  var FORMAT = 2, KEY = "leidraad:" + (config.storageId || "leidraad"), ENVELOPE = "leidraad-voortgang";
  // The plan's entries and the learner's name are versioned by these fixed names (no author changes them).
  var PLAN = "_plan/", PLAN_VERSION = "plan", NAME = "_profiel/naam", NAME_VERSION = "naam", TEXT_FIELDS = ["what", "why", "step", "when", "who", "source"];
  // Team members' anonymous codes a manager pasted into a team view, under "_teamblik/<module>/<exercise>".
  var TEAM = "_teamblik/", MAX_CODES = 200, MAX_CODE = 200;
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
  /* A team view's codes: a list of short texts, else nothing. */
  function teamCodes(a) {
    var fits = Array.isArray(a) && a.length <= MAX_CODES &&
      a.every(function (code) { return typeof code === "string" && code.length <= MAX_CODE; });
    return fits ? a : undefined;
  }
  /* The answer as stored, or undefined when its shape is wrong for what the key names. */
  function answerFor(key, v, a) {
    if (a === undefined || a === null) return undefined;
    if (key.indexOf(PLAN) === 0) return planAction(a);
    if (key === NAME) return typeof a === "string" ? a : undefined;
    if (key.indexOf(TEAM) === 0) return teamCodes(a);
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
    if (typeof version !== "string") throw new TypeError("Leidraad: no version for " + key);
    return update(function (data) { data.items[key] = { v: version, a: answer, t: Date.now() }; });
  }
  /* Several answers at once ([key, version, answer] each), as the LMS gives them back; `at` (ms, optional)
   * is when they were given, if known (a restore link's date), else now. */
  function setMany(list, at) {
    if (!list.length) return true;
    var now = isTime(at) ? at : Date.now();
    return update(function (data) { list.forEach(function (e) { data.items[e[0]] = { v: e[1], a: e[2], t: now }; }); });
  }
  function under(key, prefix) { return key === prefix || key.indexOf(prefix + "/") === 0; }
  /* Remove the answers under a key ("<module>/<exercise>", "<module>", a plan entry); `withNotices`
   * (clearing a whole module) also removes the notices and the earlier takes under it. */
  function remove(prefix, withNotices) {
    return update(function (data) {
      Object.keys(data.items).forEach(function (k) { if (under(k, prefix)) delete data.items[k]; });
      if (withNotices) Object.keys(data.dropped).forEach(function (k) { if (under(k, prefix)) delete data.dropped[k]; });
      if (withNotices) Object.keys(data.attempts).forEach(function (k) { if (under(k, prefix)) delete data.attempts[k]; });
    });
  }

  /* ---- Takes of an exercise over time (a self-scan done again months later). ---- */
  /* The current answers to `layout` as a take, dated by the last answer given; null when none. */
  function currentTake(layout, data) {
    var items = dict(), t = 0;
    layout.items.forEach(function (item) {
      var entry = own(data.items, layout.key + "/" + item.id);
      if (!entry) return;
      items[item.id] = { v: entry.v, a: entry.a };
      t = Math.max(t, entry.t);
    });
    return t ? { t: t, items: items } : null;
  }
  /* Every take of an exercise, oldest first: the earlier ones, then the current answers if complete. */
  function takes(layout) {
    var data = read(), list = (own(data.attempts, layout.key) || []).slice(), now = currentTake(layout, data);
    if (now && R.stored(layout, data.items).done) list.push({ t: now.t, items: now.items, current: true });
    return list;
  }
  /* Keep the current (complete) answers as an earlier take and start a new, empty one. */
  function retake(layout) {
    return update(function (data) {
      var now = currentTake(layout, data);
      if (!now) return;
      var list = own(data.attempts, layout.key) || [];
      list.push(now);
      data.attempts[layout.key] = list;
      layout.items.forEach(function (item) { delete data.items[layout.key + "/" + item.id]; });
    });
  }
  /* One minute: the precision a take's date has in the compact state (SCORM, a restore link). */
  function sameTake(x, y) { return Math.floor(x / 60000) === Math.floor(y / 60000); }
  /* Earlier takes from elsewhere ([{key, t, items}]): those not here yet are added, in date order. */
  function addTakes(list) {
    if (!list.length) return true;
    return update(function (data) {
      list.forEach(function (take) {
        var mine = own(data.attempts, take.key) || [];
        if (mine.some(function (m) { return sameTake(m.t, take.t); })) return;
        mine.push({ t: take.t, items: take.items });
        data.attempts[take.key] = mine.sort(function (x, y) { return x.t - y.t; });
      });
    });
  }

  /* ---- What this browser knows about keeping the answers (not answers: never exported). ----
   * Under "<key>:device": {persisted: true|false (what navigator.storage.persist() said), asked: ms,
   * warned: ms (the learner was told the answers may be evicted), backup: ms (the last export)}. */
  var DEVICE = KEY + ":device";
  function device() {
    var raw = null;
    try { raw = JSON.parse(window.localStorage.getItem(DEVICE) || "null"); } catch (e) { raw = null; }
    var out = {};
    ["asked", "warned", "backup"].forEach(function (name) { if (isRecord(raw) && isTime(raw[name])) out[name] = raw[name]; });
    if (isRecord(raw) && typeof raw.persisted === "boolean") out.persisted = raw.persisted;
    return out;
  }
  function noteDevice(change) {
    var facts = device();
    Object.keys(change).forEach(function (name) { facts[name] = change[name]; });
    try { window.localStorage.setItem(DEVICE, JSON.stringify(facts)); } catch (e) { /* nothing to keep it in */ }
    L.emit("leidraad:device");
    return facts;
  }
  /* Ask the browser to keep this site's storage (where it offers to) and record the answer.
   * Calls `done(persisted)`: true, false, or null where the browser has no such question. */
  function persist(done) {
    var N = window.navigator.storage, finish = function (value) { noteDevice({ persisted: value === true, asked: Date.now() }); if (done) done(value); };
    if (!N || !N.persist || !N.persisted) { if (done) done(null); return; }
    N.persisted().then(function (already) { return already || N.persist(); }).then(finish, function () { finish(false); });
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

  var store = L.store = {
    KEY: KEY, FORMAT: FORMAT, PLAN: PLAN, PLAN_VERSION: PLAN_VERSION, NAME: NAME, NAME_VERSION: NAME_VERSION, ENVELOPE: ENVELOPE, failed: false,
    empty: empty, read: read, write: write, set: set, setMany: setMany, remove: remove, open: open, newAttempt: newAttempt,
    dropStale: dropStale, normalize: normalize, replaceWith: replaceWith, itemOf: itemOf,
    /* The learner's answers to one exercise, current versions only. */
    answers: function (layout) { return R.answersOf(layout, read().items); },
    /* A quiz's earlier attempts, oldest first (see newAttempt); `takes` adds a scan's current answers. */
    attempts: function (key) { return own(read().attempts, key) || []; },
    /* One exercise's result, derived from the stored answers now. */
    result: function (key) { var layout = L.layout(key); return layout ? R.stored(layout, read().items) : null; },
    reset: function () { return write(empty()); },
    /* Where the learner is ({page, section, label}); stored only when it moved. */
    setPlace: function (place) {
      var data = read(), now = data.place;
      if (now && now.page === place.page && now.section === place.section) return true;
      data.place = placeOf({ page: place.page, section: place.section, label: place.label, t: Date.now() });
      return !!data.place && write(data);
    },
    takes: takes, retake: retake, addTakes: addTakes, sameTake: sameTake, device: device, noteDevice: noteDevice, persist: persist,
    /* The codes kept for the team view of `key` ("<module>/<exercise>"), and keeping them (none: removed). */
    teamCodes: function (key) { var entry = own(read().items, TEAM + key); return entry ? entry.a.slice() : []; },
    keepTeamCodes: function (key, codes) {
      var list = (Array.isArray(codes) ? codes : []).filter(function (code) {
        return typeof code === "string" && code.length <= MAX_CODE;
      }).slice(0, MAX_CODES);
      return list.length ? set(TEAM + key, "1", list) : remove(TEAM + key);
    }
  };
  // Another tab saved: let every view catch up.
  window.addEventListener("storage", function (event) { if (event.key === KEY) L.emit("leidraad:change"); });
})();
