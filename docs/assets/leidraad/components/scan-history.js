/* A self-scan over time, shown the same way on the module page, 'Mijn voortgang' and 'Mijn
 * ontwikkelplan': per dimension the score of every take (dated), and the change from the first to the
 * latest. Only displays what core/results.js (scanHistory) computes. Loaded by a self-assessment that
 * has earlier takes (history.js) and by the progress and plan pages (their own bundles). */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || L.scanHistory) return;
  var S = L.strings, fill = L.fill, count = 0;

  function dateText(t) {
    return new Date(t).toLocaleDateString(L.locale, { day: "numeric", month: "long", year: "numeric" });
  }
  /* "+0,75 (hoger)", "−0,5 (lager)", "0 (gelijk)": the sign written out for every reader. */
  function changeText(change) {
    if (change === null) return "—";
    var word = change > 0 ? S.history_up : change < 0 ? S.history_down : S.history_same;
    return (change > 0 ? "+" : change < 0 ? "−" : "") + L.number(Math.abs(change)) + " (" + word + ")";
  }
  function scoreText(d) { return d ? L.number(d.score) + (d.label ? " (" + d.label + ")" : "") : "—"; }

  /* The history of one scan as a table in a scrolling box of its own (never the page's). */
  function table(layout, history, caption) {
    var takes = history.takes, head = [L.el("th", { scope: "col" }, [S.history_dimension])];
    takes.forEach(function (take, i) {
      var label = take.current ? S.history_latest : i === 0 ? S.history_first : S.history_take;
      head.push(L.el("th", { scope: "col" }, [label, L.el("br"), L.el("span", { class: "ld-meta" }, [dateText(take.t)])]));
    });
    var comparing = takes.length > 1;
    if (comparing) head.push(L.el("th", { scope: "col" }, [S.history_change]));
    var rows = history.dimensions.map(function (d) {
      var cells = [L.el("th", { scope: "row" }, [d.title])];
      d.scores.forEach(function (score) { cells.push(L.el("td", {}, [scoreText(score)])); });
      if (comparing) {
        var cell = L.el("td", { class: "ld-history__change" }, [changeText(d.change)]);
        if (d.change !== null) cell.setAttribute("data-ld-change", d.change > 0 ? "up" : d.change < 0 ? "down" : "same");
        cells.push(cell);
      }
      return L.el("tr", { "data-ld-dimension": d.id }, cells);
    });
    // The title stays in view above the box; the table scrolls in its own box on a narrow screen.
    var id = "ld-history-" + layout.key.replace(/[^A-Za-z0-9-]+/g, "-") + "-" + (count += 1);
    return L.el("div", { class: "ld-history-block" }, [
      L.el("p", { class: "ld-history__title", id: id }, [L.el("strong", {}, [caption])]),
      L.el("div", { class: "ld-history", role: "region", tabindex: "0", "aria-labelledby": id }, [
        L.el("table", { class: "ld-history__table", "aria-labelledby": id }, [L.el("thead", {}, [L.el("tr", {}, head)]), L.el("tbody", {}, rows)])])]);
  }
  /* One line per dimension, "Vragen stellen: 2,5 → 3,5 (+1, hoger)", for a summary or a calendar. */
  function lines(history) {
    return history.dimensions.filter(function (d) { return d.change !== null; }).map(function (d) {
      return fill(S.history_line, { title: d.title, before: L.number(d.first.score), after: L.number(d.last.score), change: changeText(d.change) });
    });
  }

  L.scanHistory = { table: table, lines: lines, dateText: dateText, changeText: changeText };
  L.emit("leidraad:history-ready");
})();
