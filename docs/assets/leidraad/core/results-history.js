/* A self-scan over time, part of core/results.js's module but loaded only where a history is shown (a
 * self-assessment with earlier takes, 'Mijn voortgang', the plan): the profile of each take, and the
 * change per dimension. Pure. */
(function () {
  "use strict";
  var R = window.Leidraad && window.Leidraad.results;
  if (!R || R.scanHistory) return;
  /* A self-scan over time: `takes` as for history(). Per take its date and, per dimension, the score
   * when every statement of that dimension has an answer to its current version (an author's change
   * voids only the answers to the changed statements, so the other dimensions of an old take still
   * count). Takes without any such dimension are left out. Per dimension: the scores in take order,
   * the first and the latest, and the change between them. */
  R.scanHistory = function (layout, takes) {
    var list = [];
    (Array.isArray(takes) ? takes : []).forEach(function (take) {
      var answers = R.takeAnswers(layout, take), scores = layout.dimensions.map(function (dimension, index) {
        var items = layout.items.filter(function (item) { return item.dim === index; });
        if (!items.length || items.some(function (item) { return R.own(answers, item.id) === undefined; })) return null;
        var part = R.exercise({ kind: layout.kind, key: layout.key, labels: layout.labels, dimensions: layout.dimensions, items: items }, answers);
        return part.dimensions[0] || null;
      });
      if (scores.some(Boolean)) list.push({ t: take.t, current: !!take.current, dimensions: scores });
    });
    var dimensions = layout.dimensions.map(function (dimension, index) {
      var scores = list.map(function (take) { return take.dimensions[index]; }), known = scores.filter(Boolean);
      var first = known.length > 1 ? known[0] : null, last = known.length > 1 ? known[known.length - 1] : null;
      return { id: dimension.id, title: dimension.title, scores: scores, first: first, last: last,
               change: first && last ? R.round(last.score - first.score) : null };
    });
    return { takes: list, dimensions: dimensions };
  };
})();
