/* Leidraad's trainer's kit (pages under trainers/ only): print buttons, the guide's agenda clock and the
 * programme builder, which computes a timed programme from the workshop plans generated at build time
 * (the page's data-ld-data). One file, because material loads a page's scripts in no fixed order after
 * an instant page change; it only registers components, so running it again is harmless. */
(function () {
  "use strict";
  if (!window.Leidraad) return;
  var el = Leidraad.el, fill = Leidraad.fill;

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
  function lengthIn(time, minutes) {
    var h = Math.floor(minutes / 60), m = minutes % 60;
    if (!h) return fill(time.minutes, { m: m });
    return fill(m ? time.hours_minutes : time.hours, { h: h, m: m });
  }

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

  /* The programme builder: chosen modules in the chosen order, from a start time, with breaks. */
  Leidraad.register("programme", function (root) {
    var data = JSON.parse(root.getAttribute("data-ld-data"));
    var S = Leidraad.strings, form = root.querySelector(".ld-programme__form");
    var list = form.querySelector(".ld-programme__modules ol"), breaks = form.querySelector(".ld-programme__breaks ol");
    var startInput = form.querySelector("#ld-programme-start"), result = root.querySelector(".ld-programme__result");
    // Ids from the page's address are looked up as own keys only: "#modules=constructor" finds nothing.
    var byId = Leidraad.dict(), has = Leidraad.has;
    data.modules.forEach(function (m) { byId[m.id] = m; });
    function duration(minutes) { return lengthIn({ minutes: S.time_minutes, hours: S.time_hours, hours_minutes: S.time_hours_minutes }, minutes); }

    /* The chosen modules in the order of the list. */
    function chosen() {
      return Array.prototype.filter.call(list.children, function (li) { return li.querySelector("input").checked; })
        .map(function (li) { return byId[li.getAttribute("data-module")]; });
    }
    /* Every block of the chosen modules, in programme order, with the minute it ends at. */
    function blocks() {
      var at = 0, all = [];
      chosen().forEach(function (m) {
        m.blocks.forEach(function (b, i) {
          at += b.minutes;
          all.push({ key: m.id + "/" + i, module: m, block: b, end: at });
        });
      });
      return all;
    }
    /* Where a new break goes: lunch after the block that ends nearest to noon, other breaks nearest to the middle. */
    function defaultAfter(kind, all) {
      if (!all.length) return "";
      var start = toMinutes(startInput.value) || 0, total = all[all.length - 1].end;
      var target = kind === "lunch" ? 12 * 60 - start : total / 2;
      var candidates = all.length > 1 ? all.slice(0, -1) : all, best = candidates[0];
      candidates.forEach(function (b) {
        if (Math.abs(b.end - target) < Math.abs(best.end - target)) best = b;
      });
      return best.key;
    }
    function fillAfter(select, all, kind) {
      var keep = select.value;
      select.textContent = "";
      all.forEach(function (b) {
        select.appendChild(el("option", { value: b.key }, [fill(S.after_block, { module: b.module.title, activity: b.block.activity })]));
      });
      select.value = all.some(function (b) { return b.key === keep; }) ? keep : defaultAfter(kind, all);
    }
    function breakRows() {
      return Array.prototype.map.call(breaks.children, function (li) {
        var minutes = Math.max(0, Math.round(Number(li.querySelector("[data-field=minutes]").value) || 0));
        var kind = li.querySelector("[data-field=kind]").value;
        return { kind: kind, label: Leidraad.own(S.break_kinds, kind) || "", after: li.querySelector("[data-field=after]").value, minutes: minutes };
      });
    }

    function row(cells, className) { return el("tr", className ? { class: className } : {}, cells); }
    function span(from, to) { return clock(from) + "–" + clock(to); }
    function render() { draw(); remember(); }
    function draw() {
      var all = blocks(), start = toMinutes(startInput.value);
      Array.prototype.forEach.call(breaks.querySelectorAll("[data-field=after]"), function (select) {
        fillAfter(select, all, select.closest("li").querySelector("[data-field=kind]").value);
      });
      var table = result.querySelector("table"), status = result.querySelector(".ld-programme__status");
      Array.prototype.forEach.call(table.querySelectorAll("tbody, tfoot"), function (n) { n.parentNode.removeChild(n); });
      result.hidden = false;
      status.classList.remove("ld-warning");
      result.querySelector(".ld-kit-print").hidden = !all.length || start === null;
      if (!all.length || start === null) {
        table.hidden = true;
        status.textContent = S.programme_empty;
        return;
      }
      var pauses = breakRows(), at = start, paused = 0;
      chosen().forEach(function (m) {
        var body = el("tbody", {}, [row([el("th", { scope: "rowgroup", colspan: "3" }, [fill(S.module_heading, { title: m.title, workshop: m.workshop })])], "ld-programme__module")]);
        m.blocks.forEach(function (b, i) {
          body.appendChild(row([el("td", {}, [span(at, at + b.minutes)]), el("td", {}, [duration(b.minutes)]), el("td", {}, [b.activity])]));
          at += b.minutes;
          pauses.filter(function (p) { return p.after === m.id + "/" + i && p.minutes > 0; }).forEach(function (p) {
            body.appendChild(row([el("td", {}, [span(at, at + p.minutes)]), el("td", {}, [duration(p.minutes)]), el("td", {}, [p.label])], "ld-programme__pause"));
            at += p.minutes;
            paused += p.minutes;
          });
        });
        table.appendChild(body);
      });
      var total = at - start;
      table.appendChild(el("tfoot", {}, [row([el("td", {}, [span(start, at)]), el("td", {}, [duration(total)]), el("th", { scope: "row" }, [S.total_label])])]));
      table.querySelector("caption").textContent = fill(S.caption, { start: clock(start), end: clock(at) });
      table.hidden = false;
      var summary = fill(paused ? S.total_breaks : S.total, { duration: duration(total), start: clock(start), end: clock(at), breaks: duration(paused) });
      var note = total > data.wholeDay ? S.over_whole : total > data.halfDay ? S.over_half : S.fits_half;
      status.textContent = summary + " " + fill(note, { hours: (total > data.wholeDay ? data.wholeDay : data.halfDay) / 60 });
      status.classList.toggle("ld-warning", total > data.halfDay);
    }

    function addBreak(kind, after, minutes) {
      var item = form.querySelector("template.ld-programme__break").content.firstElementChild.cloneNode(true);
      var select = item.querySelector("[data-field=after]");
      item.querySelector("[data-field=kind]").value = kind;
      item.querySelector("[data-field=minutes]").value = minutes || Leidraad.own(S.break_minutes, kind) || 0;
      breaks.appendChild(item);
      fillAfter(select, blocks(), kind);
      if (after && Array.prototype.some.call(select.options, function (o) { return o.value === after; })) select.value = after;
      return item;
    }
    /* The choices live in the page's address (#modules=...&start=...&breaks=...): a reload keeps them,
     * and the link can be bookmarked or sent to a colleague. */
    function remember() {
      if (!chosen().length && !breaks.children.length && !location.hash) return;
      var params = new URLSearchParams();
      params.set("modules", chosen().map(function (m) { return m.id; }).join(","));
      params.set("start", startInput.value);
      params.set("breaks", breakRows().map(function (p) { return [p.kind, p.after, p.minutes].join("~"); }).join(","));
      history.replaceState(history.state, "", "#" + params.toString());
    }
    function recall() {
      var params = new URLSearchParams(location.hash.slice(1));
      if (!params.has("modules")) return;
      var ids = params.get("modules").split(",").filter(function (id) { return byId[id]; });
      ids.slice().reverse().forEach(function (id) { list.insertBefore(list.querySelector('[data-module="' + id + '"]'), list.firstChild); });
      Array.prototype.forEach.call(list.querySelectorAll("input"), function (box) { box.checked = ids.indexOf(box.value) >= 0; });
      if (toMinutes(params.get("start")) !== null) startInput.value = params.get("start");
      (params.get("breaks") || "").split(",").forEach(function (text) {
        var part = text.split("~");
        if (has(S.break_kinds, part[0]) && Number(part[2]) > 0) addBreak(part[0], part[1], Number(part[2]));
      });
    }
    function move(li, step) {
      var items = Array.prototype.slice.call(list.children), index = items.indexOf(li), to = index + step;
      if (to < 0 || to >= items.length) return;
      list.insertBefore(li, step < 0 ? items[to] : items[to].nextSibling);
      form.querySelector(".ld-programme__moved").textContent = fill(S.moved, { title: byId[li.getAttribute("data-module")].title, n: to + 1, total: items.length });
    }

    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) return;
      if (button.hasAttribute("data-move")) {
        move(button.closest("li"), Number(button.getAttribute("data-move")));
        button.focus();
      } else if (button.hasAttribute("data-add-break")) {
        var added = addBreak(button.getAttribute("data-add-break"));
        render();
        added.querySelector("select").focus();
        return;
      } else if (button.hasAttribute("data-remove-break")) {
        button.closest("li").parentNode.removeChild(button.closest("li"));
        form.querySelector("[data-add-break]").focus();
      }
      render();
    });
    form.addEventListener("change", render);
    form.addEventListener("input", function (event) { if (event.target.type === "number" || event.target.type === "time") render(); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    recall();
    render();
  });
})();
