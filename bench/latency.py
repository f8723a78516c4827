"""Feedback latency: from a learner's click to the frame that shows its result, read from Chromium's trace.

Every click is labelled in the trace (console.timeStamp, in the capture phase). For each one:
- `handler_ms`: the click's dispatch, all listeners included (Leidraad's script does its work here);
- `frame_work_ms`: the main thread's work from the start of the input's task to the end of the
  commit of the next frame, the one that shows the feedback (style, layout, paint included);
- `to_commit_ms`: the same span in wall time (it also counts the wait for the frame).
A click on a paragraph of text, which changes nothing, is measured the same way as the baseline:
what any click on the page costs the browser.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from conftest import CHROMIUM, Server  # noqa: E402

LABEL = """document.addEventListener("click", function (e) {
  var t = e.target, root = t.closest && t.closest("[data-ld]");
  if (t.hasAttribute && t.hasAttribute("data-bench-text")) console.timeStamp("ld:baseline");
  else if (root && t.matches("[data-ld-action=check]")) console.timeStamp("ld:" + root.getAttribute("data-ld") + "-check");
  else if (root && t.matches("input")) console.timeStamp("ld:" + root.getAttribute("data-ld") + "-choose");
}, true);"""

#: Paragraphs of the page's text, outside any exercise: the baseline clicks.
MARK_TEXT = """() => Array.from(document.querySelectorAll(".md-content__inner > p, .md-content__inner > div > p"))
  .filter(p => !p.closest("[data-ld]") && p.textContent.trim().length > 40).slice(0, 8)
  .forEach(p => p.setAttribute("data-bench-text", ""))"""


def _actions(page) -> list:
    actions = []
    for question in page.locator("form[data-ld=quiz] .ld-question").all():
        actions += [question.locator("input").first, question.locator("[data-ld-action=check]")]
    for statement in page.locator("form[data-ld=self-assessment] .ld-statement").all():
        actions.append(statement.locator("input").nth(2))
    actions += page.locator("form[data-ld=checklist] input").all()
    actions += page.locator("[data-bench-text]").all()
    return actions


def _trace_page(browser, url: str) -> list[dict]:
    page = browser.new_page()
    page.add_init_script(LABEL)
    page.goto(url)
    page.wait_for_selector("[data-ld-mounted]", state="attached")
    page.evaluate(MARK_TEXT)
    actions = _actions(page)
    browser.start_tracing(page=page, categories=["devtools.timeline", "disabled-by-default-devtools.timeline"])
    for action in actions:
        action.scroll_into_view_if_needed()
        page.wait_for_timeout(80)  # no scrolling or earlier frame in the measured one
        action.click()
        page.wait_for_timeout(80)
    trace = json.loads(browser.stop_tracing())
    page.close()
    return trace["traceEvents"] if isinstance(trace, dict) else trace


def _within(inner: dict, outer: dict) -> bool:
    return outer["ts"] <= inner["ts"] <= outer["ts"] + outer.get("dur", 0)


def analyse(events: list[dict]) -> dict[str, list[tuple[float, float, float]]]:
    """Per label: (handler, frame work, to commit) in milliseconds, one tuple per click."""
    stamps = [e for e in events if e.get("name") == "TimeStamp" and str(e.get("args", {}).get("data", {}).get("message", "")).startswith("ld:")]
    if not stamps:
        return {}
    thread = (stamps[0]["pid"], stamps[0]["tid"])
    on_main = sorted((e for e in events if e.get("ph") == "X" and (e["pid"], e["tid"]) == thread), key=lambda e: e["ts"])
    tasks = [e for e in on_main if e["name"] == "RunTask"]
    dispatches = [e for e in on_main if e["name"] == "EventDispatch" and e.get("args", {}).get("data", {}).get("type") == "click"]
    commits = [e for e in on_main if e["name"] == "Commit"]
    rows: dict[str, list[tuple[float, float, float]]] = {}
    for stamp in stamps:
        dispatch = next((d for d in dispatches if _within(stamp, d)), None)
        if dispatch is None:
            continue
        task = max((t for t in tasks if _within(dispatch, t)), key=lambda t: t["dur"], default=dispatch)
        commit = next((c for c in commits if c["ts"] >= dispatch["ts"] + dispatch["dur"]), None)
        if commit is None:
            continue
        start, end = task["ts"], commit["ts"] + commit["dur"]
        work = sum(min(t["ts"] + t["dur"], end) - max(t["ts"], start) for t in tasks if t["ts"] + t["dur"] > start and t["ts"] < end)
        label = stamp["args"]["data"]["message"][3:]
        rows.setdefault(label, []).append((dispatch["dur"] / 1000, work / 1000, (end - start) / 1000))
    return rows


def measure(site: Path, page_name: str, repeat: int = 3) -> dict:
    """Each kind of click on a module page, over `repeat` fresh loads of the page: medians and maxima."""
    from playwright.sync_api import sync_playwright

    server = Server(site)
    rows: dict[str, list[tuple[float, float, float]]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for _ in range(repeat):
                for label, values in analyse(_trace_page(browser, server.url + "modules/" + page_name)).items():
                    rows.setdefault(label, []).extend(values)
            browser.close()
    finally:
        server.close()
    result = {}
    for label, values in sorted(rows.items()):
        handler, work, wall = ([v[i] for v in values] for i in range(3))
        result[label] = {"clicks": len(values),
                         "handler_ms": {"median": round(statistics.median(handler), 1), "max": round(max(handler), 1)},
                         "frame_work_ms": {"median": round(statistics.median(work), 1), "max": round(max(work), 1)},
                         "to_commit_ms": {"median": round(statistics.median(wall), 1), "max": round(max(wall), 1)}}
    return result
