/* Leidraad's presentation mode (trainers/<module>-presentatie): the page's slides, one at a time and
 * full screen, for a trainer running a room. Keys: arrows, PageUp/PageDown, space, Home/End move; A
 * reveals a quiz question's answer; N opens the speaker notes in a window of their own (or under the
 * slide when the browser refuses a window); T starts or pauses the block's timer and R sets it back to
 * the plan's minutes; Escape leaves. Without this script the slides read as a list, notes included.
 *
 * The timer follows the workshop block on screen: a block's title slide (data-block, data-minutes)
 * makes that block current, and the slides after it belong to it. Each block keeps its own elapsed
 * time; the timer keeps running (or stays paused) across slides and blocks. Time is read from
 * Date.now() on every tick, so a slow or throttled tab never loses seconds. Registers its component. */
(function () {
  "use strict";
  if (!window.Leidraad) return;
  var MOVE = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
  var fill = Leidraad.fill;

  /* 125000 -> "2:05"; below zero the time over, as "+0:35". */
  function clock(ms) {
    var seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000), rest = seconds % 60;
    return (ms < 0 ? "+" : "") + Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }
  function heading(slide) {
    var h = slide && slide.querySelector("h2");
    return h ? h.textContent.trim() : "";
  }

  /* The block timer: pure state, told the time by its caller. */
  function blockTimer(minutes) {
    var elapsed = minutes.map(function () { return 0; }), block = 0, since = null;
    return {
      block: function () { return block; },
      running: function () { return since !== null; },
      left: function (now) { return minutes[block] * 60000 - elapsed[block] - (since === null ? 0 : now - since); },
      select: function (index, now) {
        if (index === block) return;
        if (since !== null) { elapsed[block] += now - since; since = now; }
        block = index;
      },
      toggle: function (now) {
        if (since === null) since = now; else { elapsed[block] += now - since; since = null; }
      },
      reset: function (now) { elapsed[block] = 0; if (since !== null) since = now; }
    };
  }

  Leidraad.register("slides", function (root) {
    var S = window.LEIDRAAD.strings;
    var slides = Array.prototype.slice.call(root.querySelectorAll(".ld-slide"));
    var deck = root.querySelector(".ld-slides__deck"), bar = root.querySelector(".ld-slides__bar");
    var counter = root.querySelector(".ld-slides__counter"), announce = root.querySelector(".ld-slides__announce");
    var panel = root.querySelector(".ld-slides__notes"), start = root.querySelector("[data-ld-slides=start]");
    var revealButton = bar.querySelector("[data-ld-slides=reveal]"), timerButton = bar.querySelector("[data-ld-slides=timer]");
    var display = bar.querySelector(".ld-slides__timer");
    var blocks = slides.filter(function (s) { return s.hasAttribute("data-block"); });
    var timer = blockTimer(blocks.map(function (s) { return Number(s.getAttribute("data-minutes")); }));
    var current = 0, active = false, ticking = null, timeUp = false, notesWindow = null;
    if (!slides.length) return;

    function say(text) { announce.textContent = text; }
    function blockName() { return heading(blocks[timer.block()]); }

    /* ---- The timer's display: in the bar and in the notes window. ---- */
    function showTime() {
      if (!display) return;
      var left = timer.left(Date.now());
      display.textContent = clock(left);
      display.classList.toggle("ld-slides__timer--over", left < 0);
      timerButton.setAttribute("aria-pressed", timer.running() ? "true" : "false");
      if (left <= 0 && timer.running() && !timeUp) say(fill(S.time_up, { block: blockName() }));
      timeUp = left <= 0;
      if (notesWindow && !notesWindow.closed) {
        var node = notesWindow.document.querySelector("[data-notes=time]");
        if (node) node.textContent = display.textContent;
      }
    }
    function tick() {
      clearInterval(ticking);
      ticking = timer.running() && active ? setInterval(showTime, 250) : null;
      showTime();
    }
    function toggleTimer() {
      if (!display) return;
      timer.toggle(Date.now());
      tick();
      say(fill(timer.running() ? S.timer_started : S.timer_paused, { time: display.textContent, block: blockName() }));
    }
    function resetTimer() {
      if (!display) return;
      timer.reset(Date.now());
      timeUp = false;
      showTime();
      say(fill(S.timer_reset, { time: display.textContent, block: blockName() }));
    }

    /* ---- Speaker notes: the current slide's notes, in a window of the trainer's or under the slide. ---- */
    function notesOf(slide) { return slide.querySelector(".ld-slide__notes"); }
    function fillNotes(doc, container) {
      var slide = slides[current], notes = notesOf(slide), next = slides[current + 1];
      container.textContent = "";
      function add(tag, text, attrs) { var node = doc.createElement(tag); node.textContent = text; Object.keys(attrs || {}).forEach(function (a) { node.setAttribute(a, attrs[a]); }); container.appendChild(node); return node; }
      add("p", fill(S.notes_slide, { n: current + 1, total: slides.length }) + (display ? " · " + fill(S.notes_block, { block: blockName() }) : ""), { class: "meta" });
      if (display) add("p", display.textContent, { class: "time", "data-notes": "time" });
      add("h1", heading(slide));
      if (notes) {
        container.appendChild(doc.importNode(notes, true));
      } else {
        add("p", S.notes_none, { class: "none" });
      }
      add("p", next ? fill(S.notes_next, { title: heading(next) }) : S.notes_last, { class: "next" });
    }
    function updateNotes() {
      if (notesWindow && !notesWindow.closed) {
        notesWindow.document.title = fill(S.notes_title, { title: heading(slides[current]) });
        fillNotes(notesWindow.document, notesWindow.document.querySelector("main"));
      }
      if (!panel.hidden) fillNotes(document, panel);
    }
    function openNotes() {
      if (notesWindow && !notesWindow.closed) { notesWindow.focus(); return; }
      var opened = null;
      try { opened = window.open("", "leidraad-notes", "width=760,height=640"); } catch (e) { opened = null; }
      if (!opened) {
        panel.hidden = !panel.hidden;
        if (!panel.hidden) { updateNotes(); say(S.notes_blocked); }
        return;
      }
      notesWindow = opened;
      var doc = opened.document;
      doc.documentElement.lang = document.documentElement.lang || "nl";
      if (!doc.querySelector("main")) {
        var style = doc.createElement("style");
        style.textContent = "body{font:20px/1.45 system-ui,sans-serif;margin:1.2em 1.6em;color:#1f2326}" +
          "h1{font-size:1.5em;margin:.2em 0 .5em}.meta,.next,.none{color:#4d5156}.time{font-size:2.4em;font-weight:700;margin:0}" +
          ".next{border-top:1px solid #cfd8da;padding-top:.6em;margin-top:1.2em}.ld-slide__notes-title{display:none}";
        doc.head.appendChild(style);
        doc.body.appendChild(doc.createElement("main"));
      }
      updateNotes();
    }

    /* ---- Slides. ---- */
    /* A slide too long for the screen (a portrait phone, a long question) gets smaller type, down to
     * half its size; only past that does the deck scroll (from the slide's top, never hiding it). */
    function fit() {
      var slide = slides[current];
      slide.style.fontSize = "";
      if (!active) return;
      var base = parseFloat(window.getComputedStyle(slide).fontSize), size = base;
      while (deck.scrollHeight > deck.clientHeight + 1 && size > Math.max(14, base / 2)) {
        size *= 0.92;
        slide.style.fontSize = size + "px";
      }
    }
    function quizParts(slide) {
      return { answer: slide.querySelector(".ld-slide__answer"), marks: slide.querySelectorAll(".ld-slide__mark") };
    }
    function hideAnswer(slide) {
      if (!slide.hasAttribute("data-ld-quiz")) return;
      var parts = quizParts(slide);
      parts.answer.hidden = true;
      Array.prototype.forEach.call(parts.marks, function (mark) { mark.hidden = true; });
      slide.classList.remove("ld-slide--revealed");
    }
    function reveal() {
      var slide = slides[current];
      if (!slide.hasAttribute("data-ld-quiz") || slide.classList.contains("ld-slide--revealed")) return;
      var parts = quizParts(slide);
      parts.answer.hidden = false;
      Array.prototype.forEach.call(parts.marks, function (mark) { mark.hidden = false; });
      slide.classList.add("ld-slide--revealed");
      revealButton.hidden = true;
      fit();
      say(fill(S.revealed, { answer: parts.answer.textContent.trim() }));
    }
    function show(index) {
      hideAnswer(slides[current]);
      current = Math.max(0, Math.min(slides.length - 1, index));
      slides.forEach(function (slide, i) {
        if (i === current) slide.setAttribute("data-current", ""); else slide.removeAttribute("data-current");
      });
      var slide = slides[current];
      if (slide.hasAttribute("data-block")) {
        timer.select(blocks.indexOf(slide), Date.now());
        timeUp = false;
      }
      revealButton.hidden = !slide.hasAttribute("data-ld-quiz");
      counter.textContent = (current + 1) + " / " + slides.length;
      say(fill(S.announce, { n: current + 1, total: slides.length, title: heading(slide) }));
      deck.scrollTop = 0;
      fit();
      showTime();
      updateNotes();
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
      tick();
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
      tick();
      hideAnswer(slides[current]);
      root.classList.remove("ld-slides--active");
      document.documentElement.classList.remove("ld-presenting");
      ["role", "aria-modal", "aria-label"].forEach(function (name) { root.removeAttribute(name); });
      slides.forEach(function (slide) { slide.removeAttribute("data-current"); slide.style.fontSize = ""; });
      bar.hidden = true;
      panel.hidden = true;
      say("");
      if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(function () {});
      start.focus();
    }
    var KEYS = { a: reveal, n: openNotes, t: toggleTimer, r: resetTimer };
    function onKey(event) {
      if (!document.contains(root)) { document.removeEventListener("keydown", onKey, true); return; }
      if (!active || event.altKey || event.ctrlKey || event.metaKey) return;
      var onButton = event.target.closest && event.target.closest("button, a"), letter = event.key.toLowerCase();
      if (event.key === "Escape") leave();
      else if (event.key === "Home") show(0);
      else if (event.key === "End") show(slides.length - 1);
      else if (MOVE[event.key] && !(onButton && event.key === " ")) show(current + MOVE[event.key]);
      else if (KEYS[letter] && event.key.length === 1) KEYS[letter]();
      else return;
      event.preventDefault();
      event.stopPropagation();
    }

    start.addEventListener("click", enter);
    bar.addEventListener("click", function (event) {
      var button = event.target.closest("[data-ld-slides]");
      if (!button) return;
      var action = button.getAttribute("data-ld-slides");
      if (action === "close") leave();
      else if (action === "reveal") { reveal(); deck.focus(); }
      else if (action === "timer") toggleTimer();
      else if (action === "reset") resetTimer();
      else if (action === "notes") openNotes();
      else show(current + (action === "next" ? 1 : -1));
    });
    document.addEventListener("keydown", onKey, true);
    // The browser's own Escape leaves full screen without a key event: leave with it.
    document.addEventListener("fullscreenchange", function () { if (active && !document.fullscreenElement) leave(); });
    // Keep the keyboard inside the presentation while it is open.
    document.addEventListener("focusin", function (event) { if (active && !root.contains(event.target)) deck.focus(); });
    window.addEventListener("resize", function () { if (active && document.contains(root)) fit(); });
    window.addEventListener("pagehide", function () { if (notesWindow && !notesWindow.closed) notesWindow.close(); });
    showTime();
    start.closest(".ld-slides__start").hidden = false;
  });
})();
