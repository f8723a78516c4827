/* The development plan in the learner's own calendar: when each action is due, the check-ins at about
 * 30, 60 and 90 days that follow them up, and the calendar file (RFC 5545) made in the browser. Nothing
 * is sent anywhere: the file is a download, and its links lead back to this course's pages (with a
 * snapshot of the answers in their fragment, core/snapshot.js). Part of plan.js, before pages/plan.js. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || L.planCalendar) return;
  var DEFAULT_DAYS = 21, CHECKINS = [30, 60, 90], STEP = 30, RESCAN_FROM = 90;

  /* ---- Dates as the plan keeps them: "YYYY-MM-DD", local. ---- */
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function isoDate(date) { return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()); }
  function parseDate(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  }
  function addDays(date, days) { return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days); }
  function dayOf(ms) { var d = new Date(ms); return new Date(d.getFullYear(), d.getMonth(), d.getDate()); }

  /* An action's date: the learner's choice, else three weeks after it was taken into the plan. */
  function dueDate(a) { return parseDate(a.when) || addDays(dayOf(a.created || Date.now()), DEFAULT_DAYS); }
  /* The check-ins, counted from the day the plan started (its first action): 30, 60 and 90 days, and
   * every 30 days more while an action falls after the last. Each action is followed up at the first
   * check-in on or after its date. */
  function schedule(actions) {
    var start = actions.length ? dayOf(Math.min.apply(null, actions.map(function (a) { return a.created || Date.now(); }))) : dayOf(Date.now());
    var last = actions.reduce(function (max, a) { var d = dueDate(a); return d > max ? d : max; }, start);
    var checkins = CHECKINS.map(function (days) { return { days: days, date: addDays(start, days) }; });
    while (checkins[checkins.length - 1].date < last) {
      var days = checkins[checkins.length - 1].days + STEP;
      checkins.push({ days: days, date: addDays(start, days) });
    }
    function followUp(a) { var due = dueDate(a); return checkins.filter(function (c) { return c.date >= due; })[0]; }
    return { start: start, checkins: checkins, followUp: followUp };
  }

  /* ---- RFC 5545 ---- */
  function text(value) {
    return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
  }
  function octets(ch) {
    var c = ch.charCodeAt(0);
    return ch.length > 1 ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  /* Lines longer than 75 octets (UTF-8) folded: CRLF and a space, never inside a character. */
  function fold(line) {
    var parts = [], current = "", size = 0;
    (line.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g) || []).forEach(function (ch) {
      var n = octets(ch);
      if (size + n > 75) { parts.push(current); current = " "; size = 1; }
      current += ch; size += n;
    });
    parts.push(current);
    return parts.join("\r\n");
  }
  function compact(date) { return isoDate(date).replace(/-/g, ""); }
  function utc(ms) { return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, ""); }
  function uidPart(value) { return String(value).replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, ""); }

  /* events: [{uid, date (Date), time ("0900", optional: else all day), minutes, summary, description, url}] */
  function ics(name, events, now) {
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leidraad//Ontwikkelplan//NL", "CALSCALE:GREGORIAN",
                 "METHOD:PUBLISH", "X-WR-CALNAME:" + text(name)];
    events.forEach(function (e) {
      lines.push("BEGIN:VEVENT", "UID:" + e.uid, "DTSTAMP:" + utc(now));
      if (e.time) {
        var end = new Date(e.date.getFullYear(), e.date.getMonth(), e.date.getDate(), Number(e.time.slice(0, 2)), Number(e.time.slice(2)) + e.minutes);
        lines.push("DTSTART:" + compact(e.date) + "T" + e.time + "00", "DTEND:" + compact(end) + "T" + pad(end.getHours()) + pad(end.getMinutes()) + "00");
      } else {
        lines.push("DTSTART;VALUE=DATE:" + compact(e.date), "DTEND;VALUE=DATE:" + compact(addDays(e.date, 1)), "TRANSP:TRANSPARENT");
      }
      lines.push("SUMMARY:" + text(e.summary), "DESCRIPTION:" + text(e.description), "URL:" + e.url);
      if (e.time) lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + text(e.summary), "TRIGGER:-PT15M", "END:VALARM");
      lines.push("END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  L.planCalendar = { DEFAULT_DAYS: DEFAULT_DAYS, RESCAN_FROM: RESCAN_FROM, isoDate: isoDate, parseDate: parseDate,
                     dueDate: dueDate, schedule: schedule, ics: ics, uidPart: uidPart, fold: fold, text: text };
})();
