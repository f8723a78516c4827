/* Leidraad's trainer's kit: print buttons and the guide's agenda clock (pages under trainers/ only).
 * Material runs this file again after an instant page change, so it only registers components and
 * defines the shared time helpers once. */
(function () {
  "use strict";
  if (!window.Leidraad) return;

  /* "09:30" -> 570; anything else -> null. */
  function toMinutes(value) {
    var match = /^(\d{1,2}):(\d{2})/.exec(value || "");
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
    return Number(match[1]) * 60 + Number(match[2]);
  }
  /* 570 -> "09:30"; past midnight the clock starts again. */
  function clock(minutes) {
    var m = ((minutes % 1440) + 1440) % 1440, h = Math.floor(m / 60);
    m = m % 60;
    return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
  }
  /* 65 -> "1 uur 5 min", with the page's own words (`time` holds minutes/hours/hours_minutes). */
  function duration(minutes, time) {
    var h = Math.floor(minutes / 60), m = minutes % 60;
    if (!h) return Leidraad.fill(time.minutes, { m: m });
    return Leidraad.fill(m ? time.hours_minutes : time.hours, { h: h, m: m });
  }
  window.LeidraadKit = { toMinutes: toMinutes, clock: clock, duration: duration };

  /* A print button: the page's print style leaves out menus and buttons. */
  Leidraad.register("print", function (root) {
    root.hidden = false;
    root.querySelector("button").addEventListener("click", function () { window.print(); });
  });

  /* The workshop plan in the guide: every <time data-ld-offset> on the page follows the start time. */
  Leidraad.register("workshop", function (root) {
    var control = root.querySelector(".ld-kit-agenda__start"), input = control.querySelector("input");
    function update() {
      var start = toMinutes(input.value);
      if (start === null) return;
      Array.prototype.forEach.call(document.querySelectorAll("time[data-ld-offset]"), function (node) {
        var at = clock(start + Number(node.getAttribute("data-ld-offset")));
        node.textContent = at;
        node.setAttribute("datetime", at);
      });
    }
    input.addEventListener("change", update);
    input.addEventListener("input", update);
    control.hidden = false;
    update();
  });
})();
