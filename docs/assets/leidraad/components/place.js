/* The learner's place on a module page: the section they answer in or scroll to is stored
 * (store.setPlace), so that the start page can offer 'Ga verder waar je was' to exactly there. Mounted
 * on the module's introduction (data-ld="module"), once per page. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.store) return;

  L.register("module", function (root) {
    var page = "modules/" + root.getAttribute("data-ld-module") + ".html", article = root.closest("article") || document.body;
    var heads = Array.prototype.slice.call(article.querySelectorAll("h2[id]"));
    function record(head) {
      // After an instant page change this page is gone: it is no longer where the learner is.
      if (document.body.contains(root)) {
        L.store.setPlace({ page: page, section: head ? head.id : "", label: head ? head.textContent.replace(/¶\s*$/, "").trim() : "" });
      }
    }
    /* An answer: the section it is in (the last heading before it). */
    function answered(event) {
      if (event.target.closest("[data-ld-key]")) record(heads.filter(function (h) { return h.compareDocumentPosition(event.target) & 4; }).pop());
    }
    article.addEventListener("change", answered);
    article.addEventListener("input", answered);
    record();
    // A heading that reaches the upper part of the window starts the section being read.
    var seen = window.IntersectionObserver && new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { if (entry.isIntersecting) record(entry.target); });
    }, { rootMargin: "0px 0px -70% 0px" });
    if (seen) heads.forEach(function (head) { seen.observe(head); });
  });
})();
