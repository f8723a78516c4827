/* Importing a progress file (made by the store's export) on 'Mijn voortgang': checked field by field
 * by the store before anything changes, then replacing or merging with what this browser has. Only
 * answers are taken: what a file says about results is ignored. Extends Leidraad.store; part of
 * progress.js (the only page that imports). */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.store || L.store.parseImport) return;
  var store = L.store, config = L.config, own = L.own, isRecord = L.isRecord;

  /* An export file, checked: {data, exported} or {error: "not_json" | "not_leidraad" | "version" |
   * "other_course" | "damaged", ...}. Only answers are taken: what the file says about results is ignored. */
  function parseImport(text) {
    var env;
    try { env = JSON.parse(text); } catch (e) { return { error: "not_json" }; }
    if (!isRecord(env) || env.type !== store.ENVELOPE) return { error: "not_leidraad" };
    if (env.version !== 1 || (env.format !== 1 && env.format !== store.FORMAT)) return { error: "version", version: env.version };
    if (env.storageId !== config.storageId) return { error: "other_course", course: typeof env.course === "string" ? env.course : String(env.storageId) };
    if (typeof env.exported !== "string" || isNaN(Date.parse(env.exported))) return { error: "damaged", where: "exported" };
    var data = isRecord(env.data) && env.data.format === env.format ? store.normalize(env.data, true) : null;
    if (!data) return { error: "damaged", where: "data" };
    if (data.bad) return { error: "damaged", where: data.bad };
    return { data: data, exported: new Date(env.exported) };
  }
  function counts(data) {
    var keys = Object.keys(data.items);
    return { answers: keys.filter(function (k) { return k.charAt(0) !== "_"; }).length,
             actions: keys.filter(function (k) { return k.indexOf(store.PLAN) === 0; }).length };
  }
  /* Per item the newer answer wins; notices and earlier takes of both are kept. */
  function merged(current, incoming) {
    var out = store.normalize(JSON.parse(JSON.stringify(current))), taken = 0, kept = 0;
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
    if (incoming.place && (!out.place || incoming.place.t > out.place.t)) out.place = incoming.place;
    return { data: out, taken: taken, kept: kept };
  }
  function importReplace(data) { return { outcome: store.replaceWith(data) }; }
  function importMerge(data) {
    var m = merged(store.read(), data);
    return { outcome: store.replaceWith(m.data), taken: m.taken, kept: m.kept };
  }

  store.parseImport = parseImport; store.counts = counts; store.importReplace = importReplace; store.importMerge = importMerge;
})();
