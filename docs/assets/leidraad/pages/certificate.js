/* Leidraad, the certificate: the name the learner types, the modules they finished (with the day of
 * their last answer) and today's date, marked as self-declared. Loaded only by that page
 * (macros/templates/journey/certificate.html); idempotent for material's instant navigation. */
(function () {
  "use strict";
  var L = window.Leidraad;
  if (!L || !L.journey) return;
  var J = L.journey, store = L.store, config = L.config, fill = L.fill;

  function longDate(date) { return date.toLocaleDateString(L.locale, { day: "numeric", month: "long", year: "numeric" }); }
  function lastAnswer(module, data) {
    return Object.keys(data.items).reduce(function (t, k) {
      return k.indexOf(module.id + "/") === 0 ? Math.max(t, data.items[k].t) : t;
    }, 0);
  }

  L.register("certificate", function (root) {
    var P = L.strings;
    var input = root.querySelector("#ld-certificate-name"), certificate = root.querySelector(".ld-certificate");
    function render() {
      var data = store.read(), entry = L.own(data.items, J.NAME), name = entry ? entry.a : "";
      var done = J.modules(data).filter(function (m) { return m.done; }).map(function (m) { return J.moduleById(m.id); });
      var list = certificate.querySelector(".ld-certificate__modules");
      if (document.activeElement !== input) input.value = name;
      certificate.querySelector("[data-ld-certificate-name]").textContent = name || P.cert_no_name;
      list.textContent = "";
      done.forEach(function (module) {
        var finished = lastAnswer(module, data);
        list.appendChild(L.el("li", {}, [fill(P.cert_module, { title: module.title, minutes: module.minutes,
                                                                date: finished ? longDate(new Date(finished)) : "" })]));
      });
      certificate.querySelector("[data-ld-certificate-total]").textContent = fill(P.cert_total, {
        n: done.reduce(function (sum, m) { return sum + m.minutes; }, 0) });
      certificate.querySelector("[data-ld-certificate-date]").textContent = longDate(new Date());
      certificate.hidden = done.length === 0;
      root.querySelector(".ld-certificate__none").hidden = done.length > 0;
      root.querySelector("[data-ld-action=print]").hidden = done.length === 0;
    }
    input.addEventListener("input", function () { store.set(J.NAME, store.NAME_VERSION, input.value); });
    root.querySelector("[data-ld-action=print]").addEventListener("click", function () { window.print(); });
    function update() {
      if (!document.body.contains(root)) { document.removeEventListener("leidraad:change", update); return; }
      render();
    }
    document.addEventListener("leidraad:change", update);
    root.querySelector(".ld-nojs").hidden = true;
    root.querySelector(".ld-certificate__controls").hidden = false;
    render();
  }, "course");
})();
