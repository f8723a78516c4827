/* The group view's figures (trainers/groep), part of core/results.js's module but loaded only by that
 * page (group.js): each person's answers to a scan (points in item order) as a whole. Every profile is
 * the results module's own, so a person's score here is the one their own page showed. Pure. */
(function () {
  "use strict";
  var R = window.Leidraad && window.Leidraad.results;
  if (!R || R.group) return;
  var round = R.round;
  function zeros(k) { var list = []; while (list.length < k) list.push(0); return list; }

  R.group = function (layout, people) {
    var n = layout.labels.length;
    var profiles = people.map(function (values) {
      var answers = {};
      layout.items.forEach(function (item, i) { answers[item.id] = values[i]; });
      return R.exercise(layout, answers);
    });
    var statements = layout.items.map(function (item, i) {
      var counts = zeros(n), sum = 0;
      people.forEach(function (values) { counts[values[i] - 1] += 1; sum += values[i]; });
      return { id: item.id, counts: counts, average: people.length ? round(sum / people.length) : null };
    });
    var dimensions = layout.dimensions.map(function (dimension, index) {
      var counts = zeros(n), bands = zeros(dimension.bands.length), scores = [];
      people.forEach(function (values, p) {
        layout.items.forEach(function (item, i) { if (item.dim === index) counts[(item.reverse ? 1 + n - values[i] : values[i]) - 1] += 1; });
        profiles[p].dimensions.forEach(function (d) {
          if (d.id !== dimension.id) return;
          scores.push(d.score);
          if (d.band >= 0) bands[d.band] += 1;
        });
      });
      var average = scores.length ? round(scores.reduce(function (s, v) { return s + v; }, 0) / scores.length) : null;
      return { id: dimension.id, counts: counts, average: average, bands: bands };
    });
    return { people: people.length, statements: statements, dimensions: dimensions };
  };
  /* ---- The team's view of a manager (an upward scan) beside the manager's own self-scan. ---- */
  /* From this difference (team minus self, in scale points) a dimension reads as seen less or more by the team. */
  var NOTABLE_GAP = 0.5;
  /* Per dimension of the self-scan (matched by id): the manager's own score (null until the scan is
   * done), the team's average and band counts (as in the group view), the gap and its direction.
   * `people` are the team members' answers, each a list of points in the upward scan's item order. */
  R.teamView = function (ownLayout, ownAnswers, teamLayout, people) {
    var own = R.exercise(ownLayout, ownAnswers), figures = R.group(teamLayout, people);
    var dimensions = ownLayout.dimensions.map(function (dimension) {
      var index = -1;
      teamLayout.dimensions.forEach(function (d, i) { if (d.id === dimension.id) index = i; });
      var team = index >= 0 ? figures.dimensions[index] : null, mine = null;
      own.dimensions.forEach(function (d) { if (d.id === dimension.id) mine = d.score; });
      var average = team ? team.average : null, gap = mine !== null && average !== null ? R.round(average - mine) : null;
      return { id: dimension.id, title: dimension.title, self: mine, team: average, gap: gap,
               direction: gap === null ? null : gap <= -NOTABLE_GAP ? "lower" : gap >= NOTABLE_GAP ? "higher" : "same",
               bands: team ? team.bands.map(function (n, b) { return { label: teamLayout.dimensions[index].bands[b].label, n: n }; }) : [] };
    });
    return { people: figures.people, selfDone: own.done, dimensions: dimensions };
  };
})();
