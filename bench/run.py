"""Leidraad's benchmarks: build time against plain MkDocs, asset size, feedback latency, Lighthouse.

Run with `make bench` (or `python bench/run.py [--sizes 10 100 500] [--skip-lighthouse]`). Prints a
table and writes bench/results/latest.json. Targets (issue 2): build at most 1.3x plain Markdown
pages of the same length and growing linearly; Leidraad's own script, style and course data on a
module page at most 10 KB gzipped before it is shown (`--assets` measures only that, per kind of page, and
what a page fetches once shown); feedback within one frame (16 ms, see latency.py); Lighthouse a11y/best practices/SEO 100, performance >= 95.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # this checkout's Leidraad (the twin's navigation), not another install
from conftest import CHROMIUM, Server  # noqa: E402

import latency  # noqa: E402  (bench/latency.py)

RESULTS = ROOT / "bench" / "results"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(config: Path, site: Path, course: Path | None = None) -> tuple[float, float]:
    """One build: (wall seconds, CPU seconds of the build and the processes it started).

    On a shared machine the wall time moves with everything else that runs; the CPU time much less."""
    env = dict(ENV)
    if course:
        env["LEIDRAAD_COURSE"] = str(course)
    start, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if result.returncode != 0:
        raise SystemExit(f"build failed for {config}:\n{result.stderr}")
    return elapsed, cpu


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for the plain twin; `!ENV` values are left unset, as in a default build."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


#: Fields that hold ids or closed vocabulary, not text: left as they are when copies are made distinct.
_KEYS = {"id", "kind", "type", "ref", "dimension", "workshop", "style", "audience"}


def _vary(value, tag: str, key: str = ""):
    """The same content with `tag` added to every text, so no two generated modules are identical."""
    if isinstance(value, dict):
        return {k: _vary(v, tag, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_vary(v, tag, key) for v in value]
    if isinstance(value, str) and key not in _KEYS:
        body = value.rstrip()  # the tag goes before a block scalar's final newline, so the text keeps its shape
        return f"{body} {tag}{value[len(body):]}"
    return value


def make_course(folder: Path, count: int, course_file: Path) -> Path:
    """A Leidraad course of `count` distinct copies of the course's first module and its exercises."""
    course = yaml.safe_load(course_file.read_text(encoding="utf-8"))
    content = (course_file.parent / course.get("content", ".")).resolve()
    module = yaml.safe_load((content / "modules" / f"{course['modules'][0]}.yml").read_text(encoding="utf-8"))
    refs = [s["ref"] for s in module["sections"] if s.get("kind") == "exercise"] + [module["workshop"]]
    exercises = {r: yaml.safe_load((content / "exercises" / f"{r}.yml").read_text(encoding="utf-8")) for r in refs}
    leidraad = folder / "leidraad"
    (leidraad / "modules").mkdir(parents=True)
    (leidraad / "exercises").mkdir()
    ids = [f"module-{i:03d}" for i in range(count)]
    for i, module_id in enumerate(ids):
        copy = _vary(module, f"m{i}")
        for section in copy["sections"]:
            if section.get("kind") == "exercise":
                section["ref"] = f"{section['ref']}-{i}"
        copy["workshop"] = f"{copy['workshop']}-{i}"
        (leidraad / "modules" / f"{module_id}.yml").write_text(yaml.safe_dump(copy, allow_unicode=True), encoding="utf-8")
        for ref, exercise in exercises.items():
            varied = {**_vary(exercise, f"m{i}"), "id": f"{ref}-{i}"}
            (leidraad / "exercises" / f"{ref}-{i}.yml").write_text(yaml.safe_dump(varied, allow_unicode=True), encoding="utf-8")
    (leidraad / "course.yml").write_text(yaml.safe_dump({"title": "Bench", "storage_id": "bench", "modules": ids}), encoding="utf-8")
    return leidraad / "course.yml"


_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.S)
_TAG = re.compile(r"<[^>]+>")


def make_plain_twin(folder: Path, built: Path, course_file: Path) -> tuple[Path, int]:
    """Plain Markdown pages, one for every page of Leidraad's built site, each with that page's text.

    The twin has the same assets (docs/ without its pages), the same navigation, and leaves the same
    pages out of the search index. Returns the twin's mkdocs.yml and the number of pages."""
    docs = folder / "plain" / "docs"
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
    indexed = {entry["location"].split("#")[0]
               for entry in json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]}
    mirrored = 0
    for page in built.rglob("*.html"):
        relative = page.relative_to(built)
        if relative.name == "404.html" or relative.parts[0] in ("assets", "search"):
            continue
        article = _ARTICLE.search(page.read_text(encoding="utf-8"))
        text = _TAG.sub(" ", article.group(1)) if article else ""
        paragraphs = [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]
        target = docs / relative.with_suffix(".md")
        target.parent.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(p.replace("<", "&lt;") for p in paragraphs)
        meta = "" if relative.as_posix() in indexed else "---\nsearch:\n  exclude: true\n---\n"
        target.write_text(f"{meta}# {relative.stem}\n\n{body}\n", encoding="utf-8")
        mirrored += 1
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    config["docs_dir"] = str(docs)
    config["theme"]["custom_dir"] = str(ROOT / "macros" / "theme")
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, str) and p == "leidraad") and not (isinstance(p, dict) and "macros" in p)]
    config.pop("watch", None)
    # The same navigation as Leidraad's (every page carries it), pointing at the twin's pages.
    from macros.content.course import load_course
    from macros.site.nav import build_nav

    config["nav"] = build_nav(load_course(course_file), docs)
    (folder / "plain" / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return folder / "plain" / "mkdocs.yml", mirrored


def paired(leidraad: tuple, plain: tuple, repeat: int) -> dict:
    """Leidraad's build and its plain twin's, alternated `repeat` times: the medians and their ratio,
    of the wall time (the target) and of the CPU time (which a busy machine disturbs much less).

    Alternating pairs and taking medians keeps a busy moment of the machine from deciding the result."""
    times: dict[str, list[tuple[float, float]]] = {"leidraad": [], "plain": []}
    for _ in range(repeat):
        times["leidraad"].append(timed_build(*leidraad))
        times["plain"].append(timed_build(*plain))
    row = {}
    for measure, i, suffix in (("wall", 0, ""), ("cpu", 1, "_cpu")):
        ours, twin = [t[i] for t in times["leidraad"]], [t[i] for t in times["plain"]]
        l_s, p_s = statistics.median(ours), statistics.median(twin)
        row.update({f"leidraad{suffix}_s": round(l_s, 2), f"plain{suffix}_s": round(p_s, 2), f"ratio{suffix}": round(l_s / p_s, 2),
                    f"ratios{suffix}": [round(l / p, 2) for l, p in zip(ours, twin)]})
    return row


def compare(folder: Path, course_file: Path, repeat: int) -> dict:
    """One course against its plain twin, both made in `folder`; the built site is folder/site."""
    site = folder / "site"
    timed_build(ROOT / "mkdocs.yml", site, course_file)  # the site the twin is made from (and a warm-up)
    plain_config, pages = make_plain_twin(folder, site, course_file)
    return {"generated_pages": pages, **paired((ROOT / "mkdocs.yml", site, course_file), (plain_config, folder / "site-plain"), repeat)}


def bench_builds(sizes: list[int], work: Path, course_file: Path, repeat: int) -> dict:
    """The course itself and generated courses of `sizes` modules, each against its plain twin."""
    modules = len(yaml.safe_load(course_file.read_text(encoding="utf-8"))["modules"])
    rows = {"course": {"modules": modules, **compare(work / "course", course_file, repeat)}}
    for count in sizes:
        row = compare(work / f"gen-{count}", make_course(work / f"gen-{count}", count, course_file), repeat)
        rows[str(count)] = {"modules": count, **row, "leidraad_ms_per_module": round(1000 * row["leidraad_s"] / count, 1)}
    return rows


#: Leidraad's own script, style and data a module page loads before it is shown, gzipped, at most
#: (issue 10: 10 KB; issue 12: 12 KB). What it fetches afterwards is printed beside it (LATER).
BUDGET_GZ = 10 * 1024
#: The kinds of page measured: a name and the pages (a glob: the heaviest match) in the built site.
PAGE_TYPES = {"module": "modules/*.html", "home": "index.html", "progress": "voortgang.html",
              "plan": "ontwikkelplan.html", "certificate": "certificaat.html", "group view": "trainers/groep.html",
              "trainer guide": "trainers/delegeren.html"}
#: What a page fetches only once it is shown, and what in the page makes it do so (None: every page):
#: the whole course's layouts for the marks in the navigation; the exercises' components (once the page
#: has loaded, components/base.js); sharing a finished self-assessment.
LATER = {"layouts.js": None, "exercises.js": re.compile(r'data-ld="(quiz|self-assessment|checklist|reflection|actions)"'),
         "groupcode.js": re.compile(r'data-ld="self-assessment"'), "teamview.js": re.compile(r'data-ld="team-view"')}
_DATA = re.compile(r"<template data-ld-[\w-]+>(.*?)</template>", re.S)


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def page_assets(site: Path, page: Path) -> dict:
    """Gzipped bytes of every Leidraad script and style `page` loads, and of the course data it carries."""
    html = page.read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]*assets/leidraad/[^"]+)"', html)
    sizes = {}
    for ref in dict.fromkeys(refs):
        path = (page.parent / ref.split("?")[0]).resolve()
        sizes[path.name] = _gz(path.read_bytes())
    inline_style = sum(_gz(s.encode()) for s in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S))
    # The data travels in the page: what it adds to the gzipped page, not its size alone.
    inline_data = _gz(html.encode()) - _gz(_DATA.sub("", html).encode())
    later = {name: _gz((site / "assets" / "leidraad" / name).read_bytes())
             for name, needed in LATER.items() if name not in sizes and (needed is None or needed.search(html))
             and (site / "assets" / "leidraad" / name).is_file()}
    return {"page": page.relative_to(site).as_posix(), "files": sizes, "inline_style_gz": inline_style,
            "inline_data_gz": inline_data, "total_gz": sum(sizes.values()) + inline_style + inline_data,
            "after_shown_gz": later}


def bench_assets(site: Path) -> dict:
    """Leidraad's own assets per kind of page; the module page's total against the budget."""
    pages = {}
    for kind, pattern in PAGE_TYPES.items():
        found = sorted(site.glob(pattern))
        if found:  # the heaviest page of its kind (a module with a team view loads that view's scripts too)
            pages[kind] = max((page_assets(site, path) for path in found), key=lambda row: row["total_gz"])
    module = pages["module"]
    return {**module, "budget_gz": BUDGET_GZ, "within_budget": module["total_gz"] <= BUDGET_GZ, "pages": pages}


def print_assets(assets: dict) -> None:
    print(f"{'page':<14} {'loads (gz)':>10}  {'later':>6}  files (later: {', '.join(LATER)} where the page needs them)")
    for kind, row in assets["pages"].items():
        later = sum(row["after_shown_gz"].values())
        files = ", ".join(f"{name} {size}" for name, size in row["files"].items())
        print(f"{kind:<14} {row['total_gz']:>10}  {later:>6}  {files}; data {row['inline_data_gz']}")
    verdict = "within" if assets["within_budget"] else "OVER"
    later = ", ".join(f"{name} {size}" for name, size in assets["after_shown_gz"].items())
    print(f"module page ({assets['page']}): {assets['total_gz']} bytes gzipped before it is shown, {verdict} the budget of "
          f"{assets['budget_gz']}; then {sum(assets['after_shown_gz'].values())} ({later})")


class GzipServer(Server):
    """The built site served as a production web server would: gzip for text, cache headers."""

    def __init__(self, root: Path):
        import functools
        import http.server

        class Handler(http.server.SimpleHTTPRequestHandler):
            def send_head(self):
                path = Path(self.translate_path(self.path))
                if path.is_dir():
                    path = path / "index.html"
                if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file() \
                        or path.suffix not in (".html", ".js", ".css", ".json", ".svg", ".xml"):
                    return super().send_head()
                body = gzip.compress(path.read_bytes(), 6)
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "max-age=3600")
                self.end_headers()
                import io
                return io.BytesIO(body)

            def log_message(self, *args):
                pass

        self.root, self.prefix = root, "/"
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
        import threading
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()


def bench_lighthouse(site: Path, work: Path, runs: int = 3) -> dict:
    """Lighthouse (mobile) on a module page served with gzip, `runs` times: the median of each score.

    One run's performance score moves by ten points on a busy machine; Lighthouse's own advice is
    to take the median of several runs."""
    tools = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
    if not tools.exists():
        subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(ROOT / "bench"), "lighthouse"],
                       check=True, capture_output=True)
    server = GzipServer(site)
    page_name = next((site / "modules").glob("*.html")).name
    out = work / "lighthouse"
    out.mkdir(exist_ok=True)
    scores: dict[str, list[int]] = {}
    try:
        for run in range(runs):
            report_file = out / f"report-{run}.json"
            subprocess.run([str(tools), server.url + "modules/" + page_name, "--quiet", "--output=json", f"--output-path={report_file}",
                            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"],
                           env={**ENV, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True, timeout=300)
            for name, category in json.loads(report_file.read_text())["categories"].items():
                scores.setdefault(name, []).append(round(100 * category["score"]))
    finally:
        server.close()
    return {"page": page_name, **{name: statistics.median(values) for name, values in scores.items()}, "runs": scores}


def print_builds(rows: dict) -> None:
    print(f"{'size':<8} {'pages':>5}  {'leidraad s':>10} {'plain s':>8} {'ratio':>6}  {'cpu s':>6} {'plain cpu':>9} {'cpu ratio':>9}")
    for size, row in rows.items():
        print(f"{size:<8} {row['generated_pages']:>5}  {row['leidraad_s']:>10} {row['plain_s']:>8} {row['ratio']:>6}  "
              f"{row['leidraad_cpu_s']:>6} {row['plain_cpu_s']:>9} {row['ratio_cpu']:>9}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 500])
    parser.add_argument("--repeat", type=int, default=3, help="paired builds per size (the medians are compared)")
    parser.add_argument("--skip-lighthouse", action="store_true")
    parser.add_argument("--course", type=Path, default=ROOT / "course.yml", help="course configuration to measure")
    parser.add_argument("--assets", action="store_true",
                        help="only build the course and measure its assets per page; exit 1 when over the budget")
    args = parser.parse_args()
    if args.assets:
        with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
            timed_build(ROOT / "mkdocs.yml", Path(tmp) / "site", args.course.resolve())
            assets = bench_assets(Path(tmp) / "site")
        print_assets(assets)
        return 0 if assets["within_budget"] else 1
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
        work = Path(tmp)
        results["build"] = bench_builds(args.sizes, work, args.course.resolve(), args.repeat)
        print_builds(results["build"])
        site = work / "course" / "site"
        results["assets"] = bench_assets(site)
        results["latency"] = latency.measure(site, next((site / "modules").glob("*.html")).name)
        if not args.skip_lighthouse:
            results["lighthouse"] = bench_lighthouse(site, work)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
