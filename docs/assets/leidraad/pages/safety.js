/* Keeping the answers through the months between a course and its follow-ups. Loaded by journey.js
 * only when needed:
 * - the address carries a restore link (a calendar follow-up, core/snapshot.js): say what it holds and
 *   what it would change, and restore it only if the learner agrees; never over a newer answer. The page
 *   then loads again without the snapshot in its address, so that every exercise shows the answers.
 * - the browser did not promise to keep this site's storage: tell the learner once, plainly, and offer
 *   the backup file. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.snapshot || !L.journey || L.safety) return;
  var S = L.strings, store = L.store, snapshot = L.snapshot, J = L.journey, fill = L.fill, DONE = "ld-restored";

  function longDate(t) { return new Date(t).toLocaleDateString(L.locale, { day: "numeric", month: "long", year: "numeric" }); }
  function content() { return document.querySelector(".md-content__inner") || document.body; }
  /* A notice at the top of the page, with a heading that takes the focus when it asks something. */
  function notice(cls, title, text, buttons, focus) {
    var id = "ld-notice-" + cls, heading = L.el("h2", { id: id, tabindex: "-1" }, [title]);
    var box = L.el("section", { class: "ld-notice admonition note ld-notice--" + cls, "aria-labelledby": id }, [
      heading, L.el("p", {}, [text]), L.el("p", { class: "ld-buttons" }, buttons)]);
    var inner = content();
    inner.insertBefore(box, inner.firstChild);
    if (focus) heading.focus();
    return box;
  }
  function button(label, primary, onClick) {
    var b = L.el("button", { type: "button", class: "md-button" + (primary ? " md-button--primary" : "") }, [label]);
    b.addEventListener("click", onClick);
    return b;
  }
  /* The address without the snapshot: the page itself, at the exercise the link pointed to. */
  function cleanAddress(extra) {
    var params = snapshot.params(window.location.hash), keep = [];
    if (params[snapshot.AT]) keep.push(snapshot.AT + "=" + encodeURIComponent(params[snapshot.AT]));
    if (extra) keep.unshift(extra);
    return window.location.href.split("#")[0] + (keep.length ? "#" + keep.join("&") : "");
  }
  function replaceAddress(url) { try { window.history.replaceState(window.history.state, "", url); } catch (e) { /* file:// in an old browser */ } }
  function showTarget() {
    var at = snapshot.params(window.location.hash)[snapshot.AT];
    var target = at && document.querySelector('[data-ld-key="' + String(at).replace(/["\\]/g, "") + '"]');
    if (target) target.scrollIntoView();
  }

  function offerRestore() {
    var params = snapshot.params(window.location.hash);
    if (L.has(params, DONE)) {  // back after restoring: say what happened
      var counts = String(params[DONE]).split(".");
      replaceAddress(cleanAddress());
      var box = notice("restored", S.restore_title, fill(S.restore_done, { n: Number(counts[0]) || 0, kept: Number(counts[1]) || 0 }),
                       [button(S.restore_close, false, function () { box.parentNode.removeChild(box); })], false);
      box.setAttribute("role", "status");
      showTarget();
      return;
    }
    var snap = snapshot.read(window.location.hash);
    if (!snap) return;
    var change = snapshot.changes(snap, store.read()), n = change.set.length + change.takes.length;
    if (!n) { replaceAddress(cleanAddress()); showTarget(); return; }  // nothing lost: nothing to ask
    var ask = notice("restore", S.restore_title, fill(S.restore_question, { date: longDate(snap.t), n: n, kept: change.kept }), [
      button(S.restore_yes, true, function () {
        snapshot.apply(snap, change);
        replaceAddress(cleanAddress(DONE + "=" + n + "." + change.kept));
        window.location.reload();
      }),
      button(S.restore_no, false, function () {
        replaceAddress(cleanAddress());
        ask.parentNode.removeChild(ask);
        showTarget();
      })], true);
  }

  function warnEviction() {
    var facts = store.device();
    if (!facts.asked || facts.warned || facts.persisted === true || !Object.keys(store.read().items).length) return;
    store.noteDevice({ warned: Date.now() });
    var box = notice("evict", S.evict_title, S.evict_notice, [
      button(S.evict_download, true, function () {
        J.download(store.exportName(), store.exportText(), "application/json");
        box.querySelector(".ld-notice__status").textContent = S.evict_downloaded;
      }),
      button(S.evict_dismiss, false, function () { box.parentNode.removeChild(box); })], false);
    box.appendChild(L.el("p", { class: "ld-notice__status", role: "status" }));
  }

  /* Storage refused (journey.js loads this then): the store works on in memory; say so and offer the
   * export here (a page load loses the memory). */
  function warnStorage() {
    if (!store.failed || document.querySelector(".ld-storage-warning")) return;
    var inner = content(), save = button(S.export_now, false, function () { J.download(store.exportName(), store.exportText(), "application/json"); });
    inner.insertBefore(L.el("div", { class: "ld-storage-warning admonition warning", role: "alert" }, [
      S.storage_failed || "", L.el("p", {}, [S.storage_memory]),
      L.el("p", {}, [save, " ", L.el("a", { href: L.siteUrl("voortgang.html") }, [S.to_progress])])]), inner.firstChild);
  }

  L.safety = { offerRestore: offerRestore, warnEviction: warnEviction };
  // A restore link holds answers to the whole course: read it once every layout is here.
  document.addEventListener("leidraad:storage-failed", warnStorage);
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(warnStorage);
  function start() { warnStorage(); L.whenLayouts(function () { offerRestore(); if (!/(^#|&)ld-restore=/.test(window.location.hash)) warnEviction(); }); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
