/* The learner's place on a module page: the section they answer in or scroll to is stored
 * (store.setPlace), so that the start page can offer 'Ga verder waar je was' to exactly there. Mounted
 * on the module's introduction (data-ld="module"), once per page. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.store) return;

  L.register("module", function (root) {
    var page = "modules/" + root.getAttribute("data-ld-module") + ".html";
    var article = root.closest("article") || document.body;
    var heads = Array.prototype.slice.call(article.querySelectorAll("h2[id]"));
    function label(head) {
      var copy = head.cloneNode(true);
      L.each(copy.querySelectorAll(".headerlink"), function (n) { n.parentNode.removeChild(n); });
      return copy.textContent.trim();
    }
    function record(head) {
      // After an instant page change this page is gone: it is no longer where the learner is.
      if (document.body.contains(root)) L.store.setPlace({ page: page, section: head ? head.id : "", label: head ? label(head) : "" });
    }
    /* The section a node is in: the last heading before it. */
    function sectionOf(node) {
      return heads.filter(function (head) { return head.compareDocumentPosition(node) & 4; }).pop() || null;
    }
    function answered(event) { if (event.target.closest("[data-ld-key]")) record(sectionOf(event.target)); }
    article.addEventListener("change", answered);
    article.addEventListener("input", answered);
    record(null);
    if (!window.IntersectionObserver) return;
    // A heading that reaches the upper part of the window starts the section being read.
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { if (entry.isIntersecting) record(entry.target); });
    }, { rootMargin: "0px 0px -70% 0px" });
    heads.forEach(function (head) { seen.observe(head); });
  });
})();
