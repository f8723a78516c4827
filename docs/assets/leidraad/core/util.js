/* Leidraad's shared helpers, first part of every bundle: the course configuration, interface strings,
 * and small functions every layer uses. Maps from storage or an address are looked up as own
 * properties only (`own`), so a key such as "constructor" finds nothing rather than Object's own. */
(function () {
  "use strict";
  var L = window.Leidraad = window.Leidraad || {};
  if (L.own) return;
  var config = window.LEIDRAAD || {};
  var S = config.strings || {};
  var hasOwn = Object.prototype.hasOwnProperty;

  function isRecord(value) { return !!value && typeof value === "object" && !Array.isArray(value); }
  function own(map, key) { return isRecord(map) && hasOwn.call(map, key) ? map[key] : undefined; }
  function has(map, key) { return isRecord(map) && hasOwn.call(map, key); }
  /* A map without a prototype: "__proto__" or "constructor" are ordinary keys in it. */
  function dict() { return Object.create(null); }
  function fill(text, values) {
    return String(text || "").replace(/\{(\w+)\}/g, function (m, name) { return has(values, name) ? values[name] : m; });
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
  function each(nodes, fn) { Array.prototype.forEach.call(nodes, fn); }
  function clone(data) { return JSON.parse(JSON.stringify(data)); }
  function emit(name, detail) { document.dispatchEvent(new CustomEvent(name, { detail: detail })); }

  L.config = config; L.strings = S;
  L.isRecord = isRecord; L.own = own; L.has = has; L.dict = dict; L.fill = fill; L.number = number;
  L.el = el; L.each = each; L.clone = clone; L.emit = emit;
  // Dates are written in the page's language (material sets it on <html> from the course's).
  L.locale = document.documentElement.getAttribute("lang") || undefined;
  /* The course's exercise layouts by key ("<module>/<exercise>"), and each module's list of them. */
  L.layout = function (key) { return own(config.exercises, key); };
})();
