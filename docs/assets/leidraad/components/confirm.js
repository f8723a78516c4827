/* An in-page confirmation, instead of window.confirm (which an LMS's frame may block, and which takes
 * the reader out of the page). In every bundle that asks before it deletes something the learner made. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || L.confirm) return;
  var S = L.strings, count = 0;

  /* A click on `button` shows, after its paragraph, the question (`question()`, read when shown, as
   * focus moves to it) and two buttons: `yes` runs `onYes`; "no" or Escape closes it and returns to
   * `button`. `needed()` (optional): when it says false, `onYes` runs at once, without asking. */
  L.confirm = function (button, question, yes, onYes, needed) {
    var holder = button.closest("p") || button, box = null;
    function close(back) {
      if (box && box.parentNode) box.parentNode.removeChild(box);
      box = null;
      if (back) button.focus();
    }
    button.addEventListener("click", function () {
      if (box) { box.querySelector(".ld-confirm__question").focus(); return; }
      if (needed && !needed()) { onYes(); return; }
      count += 1;
      var id = "ld-confirm-" + count, text = L.el("p", { id: id, class: "ld-confirm__question", tabindex: "-1" }, [question()]);
      var ok = L.el("button", { type: "button", class: "md-button md-button--primary", "data-ld-confirm": "yes" }, [yes]);
      var no = L.el("button", { type: "button", class: "md-button", "data-ld-confirm": "no" }, [S.confirm_no]);
      box = L.el("div", { class: "ld-confirm", role: "group", "aria-labelledby": id }, [text, L.el("p", {}, [ok, " ", no])]);
      holder.parentNode.insertBefore(box, holder.nextSibling);
      ok.addEventListener("click", function () { close(false); onYes(); });
      no.addEventListener("click", function () { close(true); });
      box.addEventListener("keydown", function (event) { if (event.key === "Escape") { event.preventDefault(); close(true); } });
      text.focus();
    });
  };
})();
