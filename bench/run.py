"""Leidraad's benchmarks: build time against plain MkDocs, asset size, feedback latency, Lighthouse.

Run with `make bench` (or `python bench/run.py [--sizes 10 100 500] [--skip-lighthouse]`). Prints a
table and writes bench/results/latest.json. Targets (issue 2): build at most 1.3x plain Markdown
pages of the same length and growing linearly; Leidraad's own script and style at most 12 KB
gzipped; feedback within one frame (16 ms, see latency.py); Lighthouse a11y/best practices/SEO 100, performance >= 95.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, Server  # noqa: E402

import latency  # noqa: E402  (bench/latency.py)

RESULTS = ROOT / "bench" / "results"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def timed_build(config: Path, site: Path, course: Path | None = None) -> float:
    env = dict(ENV)
    if course:
        env["LEIDRAAD_COURSE"] = str(course)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed for {config}:\n{result.stderr}")
    return elapsed


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
    from macros.course import load_course
    from macros.nav import build_nav

    config["nav"] = build_nav(load_course(course_file), docs)
    (folder / "plain" / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return folder / "plain" / "mkdocs.yml", mirrored


def paired(leidraad: tuple, plain: tuple, repeat: int) -> dict:
    """Leidraad's build and its plain twin's, alternated `repeat` times: the medians and their ratio.

    Alternating pairs and taking medians keeps a busy moment of the machine from deciding the result."""
    times: dict[str, list[float]] = {"leidraad": [], "plain": []}
    for _ in range(repeat):
        times["leidraad"].append(timed_build(*leidraad))
        times["plain"].append(timed_build(*plain))
    l_s, p_s = statistics.median(times["leidraad"]), statistics.median(times["plain"])
    return {"leidraad_s": round(l_s, 2), "plain_s": round(p_s, 2), "ratio": round(l_s / p_s, 2),
            "ratios": [round(l / p, 2) for l, p in zip(times["leidraad"], times["plain"])]}


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


def bench_assets(site: Path) -> dict:
    """Gzipped bytes of every Leidraad script and style a module page loads."""
    page = next((site / "modules").glob("*.html"))
    html = page.read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]*assets/leidraad/[^"]+)"', html)
    sizes = {}
    for ref in dict.fromkeys(refs):
        path = (page.parent / ref.split("?")[0]).resolve()
        sizes[path.name] = len(gzip.compress(path.read_bytes(), 9))
    inline = sum(len(gzip.compress(s.encode(), 9)) for s in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S))
    return {"files": sizes, "inline_style_gz": inline, "total_gz": sum(sizes.values()) + inline, "page": page.name}


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 500])
    parser.add_argument("--repeat", type=int, default=3, help="paired builds per size (the medians are compared)")
    parser.add_argument("--skip-lighthouse", action="store_true")
    parser.add_argument("--course", type=Path, default=ROOT / "course.yml", help="course configuration to measure")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
        work = Path(tmp)
        results["build"] = bench_builds(args.sizes, work, args.course.resolve(), args.repeat)
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
