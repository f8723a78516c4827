/* The compact state in cmi.suspend_data (SCORM 1.2 allows 4,096 characters): per answered exercise
 * its fingerprint (the layout's `fp`) and its answers as bits, 6 to a character. Reflections are never
 * written: they stay in this browser. An exercise changed since (another fingerprint) is skipped. */
(function () {
  "use strict";
  var Scorm = window.LeidraadScormParts = window.LeidraadScormParts || {};
  var LIMIT = 4096, FORMAT = "1", FP = 3;
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

  /* `layouts` in course order; `answersOf(layout)` gives the current answers by item id. */
  function encode(layouts, answersOf) {
    var segments = [], length = FORMAT.length, truncated = false;
    layouts.forEach(function (layout) {
      var codec = codecs[layout.kind];
      if (!codec || !layout.fp) return;  // reflections: never sent to the LMS
      var w = writer(), answers = answersOf(layout), any = false;
      layout.items.forEach(function (item) { any = codec.put(w, item, answers[item.id], layout) || any; });
      if (!any) return;
      var segment = layout.fp + w.text();
      if (length + 1 + segment.length > LIMIT) { truncated = true; return; }
      segments.push(segment); length += 1 + segment.length;
    });
    return { text: [FORMAT].concat(segments).join("."), truncated: truncated };
  }
  /* The answers in `text` for the exercises of `layouts`: [[item key, item version, answer]...]. */
  function decode(text, layouts) {
    var parts = String(text || "").split("."), byFp = {}, found = [];
    if (parts[0] !== FORMAT) return found;
    layouts.forEach(function (layout) { if (codecs[layout.kind] && layout.fp) byFp["_" + layout.fp] = layout; });
    parts.slice(1).forEach(function (segment) {
      var layout = byFp["_" + segment.slice(0, FP)];
      if (!layout) return;  // the exercise changed since: its answers stay where they were
      var read = reader(segment.slice(FP));
      layout.items.forEach(function (item) {
        var a = codecs[layout.kind].get(read, item, layout);
        if (a !== undefined) found.push([layout.key + "/" + item.id, item.v, a]);
      });
    });
    return found;
  }

  Scorm.encode = encode;
  Scorm.decode = decode;
})();
