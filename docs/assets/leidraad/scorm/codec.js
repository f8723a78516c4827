/* The compact state in cmi.suspend_data (SCORM 1.2 allows 4,096 characters), also carried by the
 * restore links of the calendar follow-ups: per answered exercise its fingerprint (the layout's `fp`)
 * and its answers as bits, 6 to a character, then the earlier takes of self-scans. Reflections are
 * never written: they stay in this browser. An exercise changed since (another fingerprint) is skipped.
 * Format 1 (without takes) is still read. */
(function () {
  "use strict";
  var Scorm = window.LeidraadScormParts = window.LeidraadScormParts || {};
  var LIMIT = 4096, FORMAT = "2", FP = 3, TAKE = "~";
  // Earlier takes travel for self-scans only (a quiz tried again needs only its latest answers).
  var TAKES = { "self-assessment": true };
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  function widthFor(max) { var w = 0; while ((1 << w) <= max) w += 1; return w; }
  function writer() {
    var bits = [];
    return {
      put: function (value, width) { for (var i = width - 1; i >= 0; i -= 1) bits.push((value >> i) & 1); },
      text: function () {
        var out = "";
        for (var i = 0; i < bits.length; i += 6) {
          var v = 0;
          for (var j = 0; j < 6; j += 1) v = (v << 1) | (bits[i + j] || 0);
          out += ALPHABET.charAt(v);
        }
        return out.replace(/A+$/, "");
      }
    };
  }
  function reader(text) {
    var pos = 0;
    return function (width) {
      var v = 0;
      for (var i = 0; i < width; i += 1, pos += 1) {
        var c = ALPHABET.indexOf(text.charAt(Math.floor(pos / 6)));
        v = (v << 1) | (c < 0 ? 0 : (c >> (5 - pos % 6)) & 1);
      }
      return v;
    };
  }
  /* How each kind writes and reads one item's answer (`a` as core/results.js accepts it, or undefined). */
  var codecs = {
    quiz: {
      put: function (w, item, a) {
        var mask = 0;
        (a ? a.c : []).forEach(function (i) { mask |= 1 << i; });
        w.put(a && a.k ? 1 : 0, 1); w.put(mask, item.options);
        return mask > 0;
      },
      get: function (read, item) {
        var k = read(1), mask = read(item.options), c = [];
        for (var i = 0; i < item.options; i += 1) if (mask & (1 << i)) c.push(i);
        return c.length ? { c: c, k: k === 1 } : undefined;
      }
    },
    "self-assessment": {
      put: function (w, item, a, layout) { w.put(typeof a === "number" ? a : 0, widthFor(layout.labels.length)); return typeof a === "number"; },
      get: function (read, item, layout) { var v = read(widthFor(layout.labels.length)); return v >= 1 && v <= layout.labels.length ? v : undefined; }
    },
    checklist: {
      put: function (w, item, a) { w.put(a === true ? 1 : 0, 1); return a === true; },
      get: function (read) { return read(1) === 1 ? true : undefined; }
    }
  };

  /* Minutes since 1970 in 5 characters: a take's date in the compact state. */
  var STAMP = 5;
  function stamp(ms) { var w = writer(); w.put(Math.floor(ms / 60000), 6 * STAMP); return (w.text() + "AAAAA").slice(0, STAMP); }
  function unstamp(text) { return reader(text)(6 * STAMP) * 60000; }
  function bitsOf(layout, answers) {
    var codec = codecs[layout.kind], w = writer(), any = false;
    layout.items.forEach(function (item) { any = codec.put(w, item, answers[item.id], layout) || any; });
    return any ? w.text() : null;
  }

  /* `layouts` in course order; `answersOf(layout)` gives the current answers by item id; `takesOf(layout)`
   * (optional) the earlier takes of a self-scan, oldest first, as [{t, answers by item id}].
   * Format 2: "2." then one segment per answered exercise (fingerprint + answers), then one per earlier
   * take of a self-scan ("~" + fingerprint + date + answers), newest first. What does not fit is left
   * out, oldest takes first: the current answers always go before any history. */
  function encode(layouts, answersOf, takesOf) {
    var segments = [], length = FORMAT.length, truncated = false;
    function add(segment) {
      if (length + 1 + segment.length > LIMIT) { truncated = true; return; }
      segments.push(segment); length += 1 + segment.length;
    }
    var usable = layouts.filter(function (layout) { return codecs[layout.kind] && layout.fp; });  // reflections: never sent
    usable.forEach(function (layout) {
      var bits = bitsOf(layout, answersOf(layout));
      if (bits !== null) add(layout.fp + bits);
    });
    var older = [];
    if (takesOf) usable.forEach(function (layout) {
      if (!TAKES[layout.kind]) return;
      (takesOf(layout) || []).forEach(function (take) { older.push({ layout: layout, take: take }); });
    });
    older.sort(function (x, y) { return y.take.t - x.take.t; }).forEach(function (o) {
      var bits = bitsOf(o.layout, o.take.answers);
      if (bits !== null) add(TAKE + o.layout.fp + stamp(o.take.t) + bits);
    });
    return { text: [FORMAT].concat(segments).join("."), truncated: truncated };
  }
  function answersIn(layout, bits) {
    var read = reader(bits), found = [];
    layout.items.forEach(function (item) {
      var a = codecs[layout.kind].get(read, item, layout);
      if (a !== undefined) found.push([item, a]);
    });
    return found;
  }
  function parse(text, layouts) {
    var parts = String(text || "").split("."), byFp = {};
    if (parts[0] !== FORMAT && parts[0] !== "1") return [];
    layouts.forEach(function (layout) { if (codecs[layout.kind] && layout.fp) byFp["_" + layout.fp] = layout; });
    return parts.slice(1).map(function (segment) {
      var take = segment.charAt(0) === TAKE, rest = take ? segment.slice(1) : segment;
      var layout = byFp["_" + rest.slice(0, FP)];  // none: the exercise changed since, its answers stay where they were
      if (!layout || (take && !TAKES[layout.kind])) return null;
      return take ? { layout: layout, t: unstamp(rest.slice(FP, FP + STAMP)), bits: rest.slice(FP + STAMP) }
                  : { layout: layout, bits: rest.slice(FP) };
    }).filter(Boolean);
  }
  /* The current answers in `text` for the exercises of `layouts`: [[item key, item version, answer]...]. */
  function decode(text, layouts) {
    var found = [];
    parse(text, layouts).forEach(function (s) {
      if (s.t !== undefined) return;
      answersIn(s.layout, s.bits).forEach(function (p) { found.push([s.layout.key + "/" + p[0].id, p[0].v, p[1]]); });
    });
    return found;
  }
  /* The earlier takes in `text`: [{key, t, items: {<item id>: {v, a}}}], as the store keeps them. */
  function decodeTakes(text, layouts) {
    return parse(text, layouts).filter(function (s) { return s.t !== undefined; }).map(function (s) {
      var items = {};
      answersIn(s.layout, s.bits).forEach(function (p) { items[p[0].id] = { v: p[0].v, a: p[1] }; });
      return { key: s.layout.key, t: s.t, items: items };
    });
  }

  /* The earlier takes of `layout` in the store's record `data`, as encode() takes them. */
  function takesIn(data, layout, R) {
    var list = data.attempts && Object.prototype.hasOwnProperty.call(data.attempts, layout.key) ? data.attempts[layout.key] : [];
    return list.map(function (take) { return { t: take.t, answers: R.takeAnswers(layout, take) }; });
  }

  Scorm.LIMIT = LIMIT;
  Scorm.stamp = stamp;
  Scorm.unstamp = unstamp;
  Scorm.STAMP = STAMP;
  Scorm.takesIn = takesIn;
  Scorm.encode = encode;
  Scorm.decode = decode;
  Scorm.decodeTakes = decodeTakes;
})();
