/* Leidraad's presentation mode (trainers/<module>-presentatie): the page's slides, one at a time and
 * full screen, for the projector. Keys: arrows, PageUp/PageDown, Home/End; Escape leaves. Without this
 * script the slides read as a list. Registers its component only. */
(function () {
  "use strict";
  if (!window.Leidraad) return;
  var NEXT = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };

  Leidraad.register("slides", function (root) {
    var slides = Array.prototype.slice.call(root.querySelectorAll(".ld-slide"));
    var deck = root.querySelector(".ld-slides__deck"), bar = root.querySelector(".ld-slides__bar");
    var counter = root.querySelector(".ld-slides__counter"), announce = root.querySelector(".ld-slides__announce");
    var start = root.querySelector("[data-ld-slides=start]"), current = 0, active = false;
    if (!slides.length) return;

    function show(index) {
      current = Math.max(0, Math.min(slides.length - 1, index));
      slides.forEach(function (slide, i) {
        if (i === current) slide.setAttribute("data-current", ""); else slide.removeAttribute("data-current");
      });
      counter.textContent = (current + 1) + " / " + slides.length;
      var heading = slides[current].querySelector("h2");
      announce.textContent = Leidraad.fill(root.getAttribute("data-announce"), { n: current + 1, total: slides.length, title: heading ? heading.textContent : "" });
      deck.scrollTop = 0;
    }
    function enter() {
      active = true;
      root.classList.add("ld-slides--active");
      document.documentElement.classList.add("ld-presenting");
      root.setAttribute("role", "dialog");
      root.setAttribute("aria-modal", "true");
      root.setAttribute("aria-label", root.getAttribute("data-label"));
      bar.hidden = false;
      show(current);
      deck.setAttribute("tabindex", "-1");
      deck.focus();
      // Full screen where the browser allows it; the overlay alone is the fallback.
      if (root.requestFullscreen) {
        try { var asked = root.requestFullscreen(); if (asked && asked.catch) asked.catch(function () {}); } catch (e) { /* fallback */ }
      }
    }
    function leave() {
      if (!active) return;
      active = false;
      root.classList.remove("ld-slides--active");
      document.documentElement.classList.remove("ld-presenting");
      ["role", "aria-modal", "aria-label"].forEach(function (name) { root.removeAttribute(name); });
      slides.forEach(function (slide) { slide.removeAttribute("data-current"); });
      bar.hidden = true;
      announce.textContent = "";
      if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(function () {});
      start.focus();
    }
    function onKey(event) {
      if (!document.contains(root)) { document.removeEventListener("keydown", onKey, true); return; }
      if (!active || event.altKey || event.ctrlKey || event.metaKey) return;
      var onButton = event.target.closest && event.target.closest("button, a");
      if (event.key === "Escape") leave();
      else if (event.key === "Home") show(0);
      else if (event.key === "End") show(slides.length - 1);
      else if (NEXT[event.key] && !(onButton && event.key === " ")) show(current + NEXT[event.key]);
      else return;
      event.preventDefault();
      event.stopPropagation();
    }

    start.addEventListener("click", enter);
    bar.addEventListener("click", function (event) {
      var button = event.target.closest("[data-ld-slides]");
      if (!button) return;
      var action = button.getAttribute("data-ld-slides");
      if (action === "close") leave(); else show(current + (action === "next" ? 1 : -1));
    });
    document.addEventListener("keydown", onKey, true);
    // The browser's own Escape leaves full screen without a key event: leave with it.
    document.addEventListener("fullscreenchange", function () { if (active && !document.fullscreenElement) leave(); });
    // Keep the keyboard inside the presentation while it is open.
    document.addEventListener("focusin", function (event) { if (active && !root.contains(event.target)) deck.focus(); });
    start.closest(".ld-slides__start").hidden = false;
  });
})();
