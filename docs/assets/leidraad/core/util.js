/* Leidraad's shared helpers, first part of every bundle: the course configuration, interface strings,
 * and small functions every layer uses. Maps from storage or an address are looked up as own
 * properties only (`own`), so a key such as "constructor" finds nothing rather than Object's own. */
(function () {
  "use strict";
  var L = window.Leidraad = window.Leidraad || {};
  if (L.own) return;
  var config = window.LEIDRAAD || {};
  var S = config.strings = config.strings || {};
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
  /* A script of the site, loaded once however often it is asked for; `failed` runs if it cannot be. */
  var loading = dict();
  function load(src, failed) {
    if (loading[src]) return;
    loading[src] = true;
    var script = el("script", { src: src });
    if (failed) script.addEventListener("error", failed);
    document.head.appendChild(script);
  }

  L.config = config; L.strings = S;
  L.isRecord = isRecord; L.own = own; L.has = has; L.dict = dict; L.fill = fill; L.number = number;
  L.el = el; L.each = each; L.clone = clone; L.emit = emit; L.load = load;
  // Dates are written in the page's language (material sets it on <html> from the course's).
  L.locale = document.documentElement.getAttribute("lang") || undefined;
  /* ---- The course's layouts (window.LEIDRAAD.modules and .exercises) arrive in parts: a module page
   * carries its own module's in a <template data-ld-layouts>, assets/leidraad/layouts.js the whole
   * course's. layouts.js is loaded by the pages that show the whole course and, once a page is shown,
   * for the marks in the navigation (whenLayouts); it hands its part over with LeidraadQueue. ---- */
  config.modules = config.modules || [];
  config.exercises = config.exercises || dict();
  /* The site root from this script's address (right from file:// and under any sub-path); inlined or
   * injected without one: material's own idea of the site root. */
  var self = document.currentScript, root = self && self.src ? self.src.replace(/assets\/leidraad\/[^\/]*$/, "")
    : String(window.__md_scope || "");
  function siteUrl(path) { return root + path; }
  /* Take a part in: {modules, exercises}; `whole` when it is the whole course (modules in course order). */
  function addLayouts(part, whole) {
    var layouts = part.exercises || {};
    Object.keys(layouts).forEach(function (key) { config.exercises[key] = layouts[key]; });
    (part.modules || []).forEach(function (m) { if (!L.module(m.id)) config.modules.push(m); });
    if (!whole || config.whole) return;
    config.modules = part.modules; config.whole = true;
    emit("leidraad:layouts");
  }
  /* The part this page carries (each template read once). */
  function readPage() {
    each(document.querySelectorAll("template[data-ld-layouts]:not([data-ld-read])"), function (node) {
      node.setAttribute("data-ld-read", "");
      addLayouts(JSON.parse(node.content.textContent));
    });
  }
  /* `fn()` once the whole course's layouts are here: now, or when layouts.js has come. */
  function whenLayouts(fn) {
    if (config.whole) return fn();
    document.addEventListener("leidraad:layouts", fn, { once: true });
    load(siteUrl("assets/leidraad/layouts.js"));
  }
  L.siteUrl = siteUrl; L.addLayouts = addLayouts; L.readPage = readPage; L.whenLayouts = whenLayouts;
  /* An exercise's layout by key ("<module>/<exercise>"); a module's entry (title, exercises, rules) by id. */
  L.layout = function (key) { return own(config.exercises, key); };
  L.module = function (id) { return config.modules.filter(function (m) { return m.id === id; })[0]; };
})();
