/* Leidraad: share a finished self-assessment (components/share-code.js, bundled as groupcode.js) as an anonymous code for the trainer's group view.
 * A code reads "LD1.<exercise id>.<statements fingerprint>.<answers>.<checksum>": the format version;
 * the exercise; a fingerprint of its statements' versions (so answers to changed statements are not
 * mixed in); one base-36 digit per answer, in statement order; and a checksum of everything before it,
 * so a damaged code is caught. It holds no name and no free text. */
(function () {
  "use strict";
  if (!window.Leidraad || !window.Leidraad.store || window.LeidraadCode) return;
  var FORMAT = "LD1";

  /* FNV-1a, 32 bits: small, and enough to catch a mistyped or cut-off code. */
  function hash(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }
  function short(number, length) {
    var text = (number % Math.pow(36, length)).toString(36);
    while (text.length < length) text = "0" + text;
    return text;
  }
  function fingerprint(versions) { return short(hash(versions.join(",")), 4); }
  function encode(exercise, versions, answers) {
    var body = [FORMAT, exercise, fingerprint(versions), answers.map(function (a) { return a.toString(36); }).join("")].join(".");
    return body + "." + short(hash(body), 4);
  }
  /* {exercise, fingerprint, answers} or {error: "format" | "version" | "checksum", found}. */
  function decode(code) {
    var text = String(code).trim(), parts = text.split("."), format = /^LD\d+$/.exec(parts[0]);
    if (!format || parts.length < 2) return { error: "format" };
    if (parts[0] !== FORMAT) return { error: "version", found: parts[0] };
    if (parts.length !== 5 || short(hash(parts.slice(0, 4).join(".")), 4) !== parts[4]) return { error: "checksum" };
    if (!/^[a-z0-9-]+$/.test(parts[1]) || !/^[0-9a-z]+$/.test(parts[3])) return { error: "format" };
    return { exercise: parts[1], fingerprint: parts[2], answers: parts[3].split("").map(function (c) { return parseInt(c, 36); }) };
  }
  /* The answers a code holds for the self-assessment `layout`, or why they cannot be used:
   * {answers} or {error: "format" | "version" | "checksum" | "other" | "changed" | "answers", found}.
   * The group view and the team view read codes with this, so both refuse the same codes. */
  function read(code, layout) {
    var result = decode(code);
    if (result.error) return result;
    if (result.exercise !== layout.id) return { error: "other", found: result.exercise };
    if (result.fingerprint !== fingerprint(layout.items.map(function (item) { return item.v; }))) return { error: "changed" };
    var fits = result.answers.length === layout.items.length &&
      result.answers.every(function (v) { return v >= 1 && v <= layout.labels.length; });
    return fits ? { answers: result.answers } : { error: "answers" };
  }
  window.LeidraadCode = { encode: encode, decode: decode, fingerprint: fingerprint, read: read };

  /* The share box under a self-assessment: shown once every statement is answered (its stored
   * answers, read through the store and core/results.js, as the profile is). */
  Leidraad.register("share-code", function (root) {
    var form = root.closest("[data-ld=self-assessment]"), S = window.Leidraad.strings;
    var layout = form && Leidraad.layout(form.getAttribute("data-ld-key"));
    if (!layout) return;
    var exercise = root.getAttribute("data-ld-exercise"), output = root.querySelector(".ld-share__code");
    var status = root.querySelector("[role=status]"), copied = root.getAttribute("data-ld-copied") || S.share_copied;
    var versions = layout.items.map(function (item) { return item.v; });
    function update() {
      var answers = Leidraad.store.answers(layout), complete = Leidraad.results.exercise(layout, answers).done;
      if (complete) output.value = encode(exercise, versions, layout.items.map(function (item) { return answers[item.id]; }));
      if (root.hidden === complete) status.textContent = "";
      root.hidden = !complete;
    }
    function say(text) { status.textContent = text; }
    root.addEventListener("click", function (event) {
      var button = event.target.closest("[data-ld-share]");
      if (!button) return;
      if (button.getAttribute("data-ld-share") === "download") {
        var name = "zelfscan-" + exercise + "-" + output.value.slice(-4) + ".txt";
        var url = URL.createObjectURL(new Blob([output.value + "\n"], { type: "text/plain" }));
        var link = Leidraad.el("a", { href: url, download: name, hidden: "" });
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
        say(Leidraad.fill(S.share_downloaded, { name: name }));
        return;
      }
      function fallback() {
        output.select();
        var done = false;
        try { done = document.execCommand("copy"); } catch (e) { done = false; }
        say(done ? copied : S.share_copy_failed);
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(output.value).then(function () { say(copied); }, fallback);
      } else {
        fallback();
      }
    });
    // Every answer (and a reset) is stored, and the store announces it on the document.
    document.addEventListener("leidraad:change", function () { if (document.contains(root)) update(); });
    update();
  });
})();
