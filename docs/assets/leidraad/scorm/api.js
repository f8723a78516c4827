/* Leidraad in a learning management system (SCORM 1.2). Only the SCORM package carries scorm.js
 * (this file, codec.js and adapter.js joined).
 *
 * This part: the standard search for the LMS's API and one LMS session (LMSInitialize once, LMSCommit
 * and LMSFinish when the page that owns it is hidden). Without an LMS nothing here does anything. */
(function () {
  "use strict";
  var Scorm = window.LeidraadScormParts = window.LeidraadScormParts || {};

  /* Up the parents (at most 7 levels), then the opener's. */
  function apiOf(win) {
    try { return win && win.API && win.API.LMSInitialize ? win.API : null; } catch (e) { return null; }
  }
  function search(win) {
    var tries = 0;
    try {
      while (win && !apiOf(win) && win.parent && win.parent !== win && tries < 7) { tries += 1; win = win.parent; }
    } catch (e) { return null; }
    return apiOf(win);
  }
  function findAPI() {
    var api = search(window);
    try { if (!api && window.opener) api = search(window.opener); } catch (e) { api = null; }
    return api;
  }

  function pad(n, width) { n = String(n); while (n.length < width) n = "0" + n; return n; }
  function timespan(ms) {
    var cs = Math.floor(ms / 10), h = Math.min(9999, Math.floor(cs / 360000));
    return pad(h, 4) + ":" + pad(Math.floor(cs / 6000) % 60, 2) + ":" + pad(Math.floor(cs / 100) % 60, 2) + "." + pad(cs % 100, 2);
  }

  function startSession() {
    var api = findAPI();
    if (!api || String(api.LMSInitialize("")) !== "true") return null;
    var started = new Date().getTime(), open = true, sent = {};
    function get(name) { var v = api.LMSGetValue(name); return v === null || v === undefined ? "" : String(v); }
    var session = {
      suspendData: get("cmi.suspend_data"), location: get("cmi.core.lesson_location"),
      status: get("cmi.core.lesson_status"), restored: false,
      set: function (name, value) {
        value = String(value);
        if (!open || sent[name] === value) return true;
        var ok = String(api.LMSSetValue(name, value)) === "true";
        if (ok) sent[name] = value;
        return ok;
      },
      commit: function () { if (open) api.LMSCommit(""); },
      finish: function () {
        if (!open) return;
        session.set("cmi.core.session_time", timespan(new Date().getTime() - started));
        session.set("cmi.core.exit", "suspend");
        api.LMSCommit("");
        open = false;
        api.LMSFinish("");
      }
    };
    if (session.status === "" || session.status === "not attempted") session.set("cmi.core.lesson_status", "incomplete");
    window.addEventListener("pagehide", session.finish);
    return session;
  }

  Scorm.SESSION = "LeidraadScorm";
  Scorm.startSession = startSession;
})();
