"""Leidraad's benchmarks: build time against plain MkDocs, asset size, feedback latency, Lighthouse.

Run with `make bench` (or `python bench/run.py [--sizes 10 100 500] [--skip-lighthouse]`). Prints a
table and writes bench/results/latest.json. Targets (issue 2): build at most 1.3x plain Markdown
pages of the same length and growing linearly; Leidraad's own script and style at most 12 KB
gzipped; feedback within one frame (16 ms); Lighthouse a11y/best practices/SEO 100, performance >= 95.
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


def prose_of(value) -> list[str]:
    """Every string in a YAML value, in order: the text a module carries."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in prose_of(v)]
    if isinstance(value, list):
        return [s for v in value for s in prose_of(v)]
    return []


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for the plain twin; `!ENV` values are left unset, as in a default build."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


def make_generated(folder: Path, count: int, course_file: Path) -> tuple[Path, Path]:
    """A Leidraad course of `count` copies of the course's first module, and plain pages of the same text."""
    course = yaml.safe_load(course_file.read_text(encoding="utf-8"))
    content = (course_file.parent / course.get("content", ".")).resolve()
    template_id = course["modules"][0]
    module_text = (content / "modules" / f"{template_id}.yml").read_text(encoding="utf-8")
    module = yaml.safe_load(module_text)
    refs = [s["ref"] for s in module["sections"] if s.get("kind") == "exercise"] + [module.get("workshop")]
    exercises = [yaml.safe_load((content / "exercises" / f"{r}.yml").read_text(encoding="utf-8")) for r in refs if r]

    leidraad, plain = folder / "leidraad", folder / "plain"
    (leidraad / "modules").mkdir(parents=True)
    shutil.copytree(content / "exercises", leidraad / "exercises")
    ids = [f"module-{i:03d}" for i in range(count)]
    for module_id in ids:
        (leidraad / "modules" / f"{module_id}.yml").write_text(module_text, encoding="utf-8")
    (leidraad / "course.yml").write_text(yaml.safe_dump({"title": "Bench", "storage_id": "bench", "modules": ids}), encoding="utf-8")

    docs = plain / "docs"
    shutil.copytree(ROOT / "docs", docs)
    text = "\n\n".join(prose_of(module) + [s for e in exercises for s in prose_of(e)])
    (docs / "modules").mkdir(exist_ok=True)
    for module_id in ids:
        (docs / "modules" / f"{module_id}.md").write_text(f"# {module['title']}\n\n{text}\n", encoding="utf-8")
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    config["docs_dir"] = str(docs)
    config["theme"]["custom_dir"] = str(ROOT / "macros" / "theme")
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, str) and p == "leidraad") and not (isinstance(p, dict) and "macros" in p)]
    config.pop("watch", None)
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return leidraad / "course.yml", plain / "mkdocs.yml"


def bench_builds(sizes: list[int], work: Path, course_file: Path) -> dict:
    rows = {"course": {"seconds": round(timed_build(ROOT / "mkdocs.yml", work / "site-course", course_file), 2)}}
    for count in sizes:
        course, plain_config = make_generated(work / f"gen-{count}", count, course_file)
        leidraad_s = timed_build(ROOT / "mkdocs.yml", work / f"site-l-{count}", course)
        plain_s = timed_build(plain_config, work / f"site-p-{count}")
        rows[str(count)] = {"leidraad_s": round(leidraad_s, 2), "plain_s": round(plain_s, 2),
                            "ratio": round(leidraad_s / plain_s, 2), "leidraad_ms_per_module": round(1000 * leidraad_s / count, 1),
                            "plain_ms_per_page": round(1000 * plain_s / count, 1)}
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


def bench_latency(site: Path) -> dict:
    """Milliseconds from choosing an answer (and checking it) to the feedback being painted."""
    from playwright.sync_api import sync_playwright

    server = Server(site)
    page_name = next((site / "modules").glob("*.html")).name
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page()
            page.goto(server.url + "modules/" + page_name)
            page.wait_for_selector("[data-ld-mounted]")
            samples = page.evaluate("""async () => {
              const out = [];
              for (const q of document.querySelectorAll('.ld-question')) {
                const input = q.querySelector('input'), check = q.querySelector('[data-ld-action=check]');
                const t0 = performance.now();
                input.click(); check.click();
                await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                const visible = !q.querySelector('[data-ld-explanation]').hidden;
                out.push(visible ? performance.now() - t0 : null);
              }
              return out;
            }""")
            browser.close()
    finally:
        server.close()
    values = [s for s in samples if s is not None]
    return {"samples": len(values), "median_ms": round(statistics.median(values), 2), "max_ms": round(max(values), 2)}


def bench_lighthouse(site: Path, work: Path) -> dict:
    tools = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
    if not tools.exists():
        subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(ROOT / "bench"), "lighthouse"],
                       check=True, capture_output=True)
    server = Server(site)
    page_name = next((site / "modules").glob("*.html")).name
    out = work / "lighthouse"
    out.mkdir(exist_ok=True)
    try:
        subprocess.run([str(tools), server.url + "modules/" + page_name, "--quiet", "--output=json", f"--output-path={out / 'report.json'}",
                        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"],
                       env={**ENV, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True, timeout=300)
    finally:
        server.close()
    report = json.loads((out / "report.json").read_text())
    return {name: round(100 * cat["score"]) for name, cat in report["categories"].items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 500])
    parser.add_argument("--skip-lighthouse", action="store_true")
    parser.add_argument("--course", type=Path, default=ROOT / "course.yml", help="course configuration to measure")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
        work = Path(tmp)
        results["build"] = bench_builds(args.sizes, work, args.course.resolve())
        site = work / "site-course"
        results["assets"] = bench_assets(site)
        results["latency"] = bench_latency(site)
        if not args.skip_lighthouse:
            results["lighthouse"] = bench_lighthouse(site, work)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
