"""Speed, start-up and memory of articlekit on a corpus, side by side with lxml's parse and trafilatura.

Usage (from the repository root):
    .venv/bin/python benchmarks/speed.py throughput --corpus ../shared/corpus [--limit N]
        [--trafilatura-python ~/.cache/ak-bench/bin/python]
    .venv/bin/python benchmarks/speed.py stages --corpus ../shared/corpus [--limit N]
    .venv/bin/python benchmarks/speed.py overhead [--runs 9]
    .venv/bin/python benchmarks/speed.py startup [--runs 5]
    .venv/bin/python benchmarks/speed.py memory --corpus ../shared/corpus [--pages 10000]
    .venv/bin/python benchmarks/speed.py all --corpus ../shared/corpus --out speed.json

`throughput` reads every page (gunzipped) into memory first, warms each system on two small
documents, then times one call per page: `articlekit.extract(bytes, url=url)`, lxml's
`html.document_fromstring(bytes)` (the floor) and `trafilatura.extract(bytes, url=url)` with default
settings (text only, as the shared harness calls it). Each system that the interpreter cannot import
is skipped, or run in the interpreter given by `--trafilatura-python` (a child process running this
script). Both wall time (`perf_counter`) and CPU time (`process_time`) are recorded per page: on a
shared machine the CPU figure is the one other tenants do not inflate. Reported: pages/s (pages over
the summed call times), per-page p50/p95, the median over pages of articlekit's time over lxml's time
on the same page (and the ratio of the two medians), and pages/s relative to trafilatura on the same
pages.

`stages` wraps each stage entry function of `articlekit.pipeline` and reports its CPU time per page.

`overhead` times `extract()` on tiny pages with `Options(deadline=None)` and with the default deadline
(whose helper thread is what the difference costs), in alternating rounds.

`startup` times `articlekit --help`, `articlekit extract examples/seed.txt` and (when present)
`articlekit extract examples/page.html` as subprocesses: wall time (best and median of `--runs`)
and CPU time (user + system, median).

`memory` measures (Linux, /proc): in a fresh process per page, the peak RSS an extraction adds over
the RSS of the warm process (imported, dateparser and its languages loaded, the 8 smallest corpus
pages read; its peak then reset to its RSS through /proc/self/clear_refs), for the largest pages and
a sample of the others, against the page size, with each stage's RSS peak and (in a second run
under tracemalloc) each stage's peak of Python objects; then, in one process, RSS while extracting
`--pages` pages cycled over the corpus, sampled every 500 pages, to show it does not grow.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
_WARMUP = (
    b"<html><head><title>T</title></head><body><article><h1>Titre</h1>"
    b"<p>Le maire a d\xc3\xa9clar\xc3\xa9 : \xc2\xab Nous irons. \xc2\xbb</p></article></body></html>",
    b"<html><body><p>Hello world, a second warm-up page.</p></body></html>",
)
_RSS_EVERY = 500
_BETWEEN = "(outside the stages)"
_SMALL_PAGES = 400
_WARM_PAGES = 8
_SAMPLE_PAGES = 10


# --------------------------------------------------------------------------------------------------
# corpus


def read_corpus(corpus: Path, limit: int | None) -> list[tuple[str, bytes, str | None]]:
    """(id, page bytes gunzipped, url) of the corpus rows, the first `limit` when given."""
    out = []
    with (corpus / "index.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            raw = (corpus / row["file"]).read_bytes()
            data = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
            out.append((row["id"], data, row.get("url")))
            if limit and len(out) >= limit:
                break
    return out


# --------------------------------------------------------------------------------------------------
# systems


def _articlekit() -> Callable[[bytes, str | None], Any]:
    """The articlekit call the harness makes."""
    import articlekit

    return lambda data, url: articlekit.extract(data, url=url)


def _lxml_parse() -> Callable[[bytes, str | None], Any]:
    """lxml's HTML parse alone: the floor."""
    from lxml import html

    return lambda data, url: html.document_fromstring(data)


def _trafilatura() -> Callable[[bytes, str | None], Any]:
    """trafilatura with default settings, text only."""
    import trafilatura

    return lambda data, url: trafilatura.extract(data, url=url)


SYSTEMS: dict[str, Callable[[], Callable[[bytes, str | None], Any]]] = {
    "articlekit": _articlekit,
    "lxml-parse": _lxml_parse,
    "trafilatura": _trafilatura,
}


def time_system(name: str, pages: list[tuple[str, bytes, str | None]]) -> dict[str, Any] | None:
    """Per-page wall and CPU times of one system over the pages (None when it cannot be imported)."""
    try:
        call = SYSTEMS[name]()
        for doc in _WARMUP:
            call(doc, None)
    except ImportError:
        return None
    wall, cpu, errors = [], [], 0
    for _, data, url in pages:
        w, c = time.perf_counter(), time.process_time()
        try:
            call(data, url)
        except Exception:  # a failing page counts its time, as in the harness
            errors += 1
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    version = _version(name)
    return {"name": name, "version": version, "wall": wall, "cpu": cpu, "errors": errors}


def _version(name: str) -> str:
    """The installed version of a system's distribution."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lxml" if name == "lxml-parse" else name)
    except PackageNotFoundError:
        return "?"


def _in_child(python: str, name: str, corpus: Path, limit: int | None) -> dict[str, Any] | None:
    """Time one system in another interpreter (this script in `_child` mode); None when it fails."""
    cmd = [python, __file__, "_child", "--system", name, "--corpus", str(corpus)]
    if limit:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not proc.stdout.strip():
        print(f"  {name} in {python}: failed ({proc.stderr.strip()[-200:]})", file=sys.stderr)
        return None
    return json.loads(proc.stdout)


# --------------------------------------------------------------------------------------------------
# throughput


def _summary(run: dict[str, Any], key: str) -> dict[str, float]:
    """pages/s, p50 and p95 (ms) of one run's `key` times."""
    times = sorted(run[key])
    total = sum(times)
    return {
        "pages_per_s": len(times) / total if total else 0.0,
        "p50_ms": 1000 * times[len(times) // 2],
        "p95_ms": 1000 * times[min(len(times) - 1, int(len(times) * 0.95))],
    }


def _ratio_to(run: dict[str, Any], floor: dict[str, Any], key: str) -> float:
    """Median over pages of run time / floor time on the same page (pages where the floor took > 0)."""
    ratios = [a / b for a, b in zip(run[key], floor[key], strict=True) if b > 0]
    return statistics.median(ratios) if ratios else float("nan")


def throughput(corpus: Path, limit: int | None, trafilatura_python: str | None) -> dict[str, Any]:
    """Time every system over the same pages and relate articlekit to lxml and trafilatura."""
    pages = read_corpus(corpus, limit)
    runs: dict[str, dict[str, Any]] = {}
    for name in ("lxml-parse", "articlekit", "trafilatura"):
        run = time_system(name, pages)
        if run is None and name == "trafilatura" and trafilatura_python:
            run = _in_child(trafilatura_python, name, corpus, limit)
        if run is None:
            print(f"  {name}: not importable here, skipped", file=sys.stderr)
            continue
        runs[name] = run
    out: dict[str, Any] = {"pages": len(pages), "systems": {}}
    for name, run in runs.items():
        row: dict[str, Any] = {"version": run["version"], "errors": run["errors"]}
        for key in ("cpu", "wall"):
            row[key] = _summary(run, key)
            if "lxml-parse" in runs:
                row[key]["x_lxml"] = _ratio_to(run, runs["lxml-parse"], key)
                floor_p50 = _summary(runs["lxml-parse"], key)["p50_ms"]
                row[key]["p50_x_lxml_p50"] = row[key]["p50_ms"] / floor_p50 if floor_p50 else float("nan")
            if "trafilatura" in runs:
                traf = _summary(runs["trafilatura"], key)["pages_per_s"]
                row[key]["x_trafilatura_pages_per_s"] = row[key]["pages_per_s"] / traf if traf else 0.0
        out["systems"][name] = row
    return out


# --------------------------------------------------------------------------------------------------
# stages

_STAGES = (
    ("load", "load"),
    ("meta", "read_page"),
    ("clean", "clean"),
    ("related", "find_related"),
    ("locate", "locate"),
    ("segment", "segment"),
    ("textdump", "read"),
    ("quotes", "find_quotes"),
    ("sources", "find_sources"),
)


@contextlib.contextmanager
def _stage_hooks(before: Callable[[str, float], Any], after: Callable[[str, float], Any]) -> Iterator[None]:
    """Call before(label, t0) and after(label, t0) around every stage entry function of the pipeline."""
    from articlekit import pipeline

    saved = []
    for label, name in _STAGES:
        owner = pipeline if name == "load" else getattr(pipeline, label)
        fn = getattr(owner, name)
        saved.append((owner, name, fn))
        setattr(owner, name, _hooked(fn, label, before, after))
    try:
        yield
    finally:
        for owner, name, fn in saved:
            setattr(owner, name, fn)


def _hooked(
    fn: Callable[..., Any],
    label: str,
    before: Callable[[str, float], Any],
    after: Callable[[str, float], Any],
) -> Callable[..., Any]:
    """Wrap one stage function with the two hooks (given the CPU time at the stage's start)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        """Run the stage between the hooks."""
        start = time.process_time()
        before(label, start)
        try:
            return fn(*args, **kwargs)
        finally:
            after(label, start)

    return wrapper


def stages(corpus: Path, limit: int | None) -> dict[str, Any]:
    """CPU time per pipeline stage over the pages (the stage entry functions wrapped in the pipeline)."""
    import articlekit

    acc: dict[str, float] = {}

    def count(label: str, start: float) -> None:
        """Add the stage's CPU time to its label."""
        acc[label] = acc.get(label, 0.0) + time.process_time() - start

    pages = read_corpus(corpus, limit)
    with _stage_hooks(lambda label, start: None, count):
        for doc in _WARMUP:
            articlekit.extract(doc)
        acc.clear()
        start = time.process_time()
        for _, data, url in pages:
            with contextlib.suppress(Exception):
                articlekit.extract(data, url=url)
        total = time.process_time() - start
    per_page = {k: 1000 * v / len(pages) for k, v in sorted(acc.items(), key=lambda kv: -kv[1])}
    return {"pages": len(pages), "total_ms_per_page": 1000 * total / len(pages), "ms_per_page": per_page}


def print_stages(res: dict[str, Any]) -> None:
    """Markdown table of the CPU time per stage."""
    total = res["total_ms_per_page"]
    print(f"\nCPU per stage, {res['pages']} pages: {total:.2f} ms/page in all\n")
    print("| stage | ms/page | share |")
    print("|---|---:|---:|")
    for stage, ms in res["ms_per_page"].items():
        print(f"| {stage} | {ms:.2f} | {100 * ms / total:.0f}% |")


# --------------------------------------------------------------------------------------------------
# deadline overhead


def overhead(rounds: int) -> dict[str, Any]:
    """CPU and wall time per call of extract() on tiny pages, with no deadline and with the default one.

    The default `Options.deadline` runs the extraction in a helper thread; this is what that costs
    per page, on pages small enough for it to show. Rounds alternate between the two settings so
    both meet the same machine load.
    """
    import articlekit
    from articlekit.options import Options

    pages = list(_WARMUP) * (_SMALL_PAGES // len(_WARMUP))
    settings = {"deadline=None": Options(deadline=None), "default deadline": Options()}
    cpu: dict[str, list[float]] = {k: [] for k in settings}
    wall: dict[str, list[float]] = {k: [] for k in settings}
    for opts in settings.values():
        for data in pages:
            articlekit.extract(data, options=opts)
    for _ in range(rounds):
        for label, opts in settings.items():
            w, c = time.perf_counter(), time.process_time()
            for data in pages:
                articlekit.extract(data, options=opts)
            cpu[label].append((time.process_time() - c) / len(pages))
            wall[label].append((time.perf_counter() - w) / len(pages))
    out: dict[str, Any] = {"pages": len(pages), "rounds": rounds}
    for label in settings:
        out[label] = {
            "cpu_us": 1e6 * statistics.median(cpu[label]),
            "wall_us": 1e6 * statistics.median(wall[label]),
        }
    return out


def print_overhead(res: dict[str, Any]) -> None:
    """One line per setting, and the difference."""
    print(f"\nextract() per call on {res['pages']} tiny pages, median of {res['rounds']} rounds")
    for label in ("deadline=None", "default deadline"):
        print(f"  {label:18s} CPU {res[label]['cpu_us']:8.1f} us   wall {res[label]['wall_us']:8.1f} us")
    extra = res["default deadline"]["cpu_us"] - res["deadline=None"]["cpu_us"]
    print(f"  the default deadline's helper thread costs {extra:.1f} us CPU per call")


# --------------------------------------------------------------------------------------------------
# start-up


def _cli() -> list[str]:
    """The articlekit command next to this interpreter (else `python -m articlekit.cli`)."""
    script = Path(sys.executable).parent / "articlekit"
    return [str(script)] if script.exists() else [sys.executable, "-m", "articlekit.cli"]


def _wall(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one subprocess run (output discarded)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def startup(runs: int) -> dict[str, Any]:
    """Best and median wall time of `articlekit --help` and `articlekit extract` on the examples."""
    out = {}
    commands = [("help", ["--help"]), ("extract_seed", ["extract", "examples/seed.txt"])]
    if (ROOT / "examples" / "page.html").exists():
        commands.append(("extract_page", ["extract", "examples/page.html"]))
    for label, args in commands:
        cmd = _cli() + args
        _wall(cmd)  # the first run fills the OS file cache
        runs_ = [_wall(cmd) for _ in range(runs)]
        walls, cpus = [w for w, _ in runs_], [c for _, c in runs_]
        out[label] = {"command": " ".join(["articlekit", *args]), "best_s": min(walls)}
        out[label]["median_s"] = statistics.median(walls)
        out[label]["cpu_median_s"] = statistics.median(cpus)
    return out


# --------------------------------------------------------------------------------------------------
# memory


def _rss_bytes() -> int:
    """Current resident memory of this process (Linux /proc)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * _PAGE_SIZE


def _peak_bytes() -> int:
    """Peak resident memory of this process so far (VmHWM: getrusage's peak is inherited over fork+exec)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        line = next(line for line in fh if line.startswith("VmHWM:"))
    return int(line.split()[1]) * 1024


def _reset_peak() -> bool:
    """Reset this process's VmHWM to its current RSS (Linux >= 4.0); False when the kernel refuses."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


def one_page_memory(corpus: Path, page_id: str) -> dict[str, Any]:
    """In this (fresh) process: peak RSS one extraction adds over the warm process's RSS, whole and per stage.

    The per-stage figures come from the same extraction: the peak is reset before each stage (so a
    stage's figure is its own peak over the RSS before the extraction) when the kernel allows it.
    A second, separate extraction under tracemalloc gives each stage's peak of Python objects.
    """
    import articlekit

    data, url = _read_one(corpus, page_id)  # only this page: the others would raise the baseline peak
    for doc in _WARMUP:
        articlekit.extract(doc)
    _load_lazy_imports()
    # a warm process has read pages before: a few of the smallest (what they leave free is small)
    for doc in _smallest_pages(corpus, _WARM_PAGES, but=page_id):
        with contextlib.suppress(Exception):
            articlekit.extract(doc)
    reset = _reset_peak()
    base = _rss_bytes() if reset else _peak_bytes()
    peaks: dict[str, int] = {}

    def before(label: str, _start: float) -> None:
        """Keep the peak reached since the last stage, then restart the count for this one."""
        _note(peaks, _BETWEEN, _peak_bytes())
        _reset_peak()

    def after(label: str, _start: float) -> None:
        """Keep the stage's peak, then restart the count for what comes after it."""
        _note(peaks, label, _peak_bytes())
        _reset_peak()

    with _stage_hooks(before, after):
        articlekit.extract(data, url=url)
    _note(peaks, _BETWEEN, _peak_bytes())
    overall = max(peaks.values())
    out = {"id": page_id, "page_bytes": len(data), "peak_over_baseline_bytes": overall - base}
    out["baseline"] = "RSS after warm-up" if reset else "peak RSS after warm-up"
    out["stage_peak_over_baseline_bytes"] = {k: v - base for k, v in peaks.items()} if reset else {}
    out["stage_python_peak_bytes"] = _python_peaks(data, url)
    return out


def _smallest_pages(corpus: Path, n: int, but: str) -> list[bytes]:
    """The bytes of the `n` smallest corpus pages other than `but` (by compressed file size)."""
    with (corpus / "index.jsonl").open(encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["id"] != but]
    rows.sort(key=lambda r: (corpus / r["file"]).stat().st_size)
    out = []
    for row in rows[:n]:
        raw = (corpus / row["file"]).read_bytes()
        out.append(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    return out


def _load_lazy_imports() -> None:
    """Load what articlekit imports only when a page needs it (dateparser and its language data).

    Otherwise the first page with an unusual date would count some 16 MiB of modules as its own.
    """
    from articlekit import dates

    with contextlib.suppress(ImportError):
        import dateparser

        for languages in (["fr"], list(getattr(dates, "FOREIGN_LANGUAGES", ("en",)))):
            # the unreadable text makes dateparser load and try every language it is given
            for text in ("5 March 2019 10:30", "zq 12 xw 2019 yv 10:30"):
                dateparser.parse(text, languages=languages)


def _note(acc: dict[str, int], label: str, value: int) -> None:
    """Keep the largest value seen for a label."""
    acc[label] = max(acc.get(label, 0), value)


def _python_peaks(data: bytes, url: str | None) -> dict[str, int]:
    """Each stage's tracemalloc peak over the run's start (Python objects only: lxml's tree is C memory)."""
    import tracemalloc

    import articlekit

    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        peaks: dict[str, int] = {}
        with _stage_hooks(
            lambda label, _s: tracemalloc.reset_peak(),
            lambda label, _s: _note(peaks, label, tracemalloc.get_traced_memory()[1] - start),
        ):
            articlekit.extract(data, url=url)
    finally:
        tracemalloc.stop()
    return peaks


def _read_one(corpus: Path, page_id: str) -> tuple[bytes, str | None]:
    """The bytes (gunzipped) and URL of one corpus page."""
    with (corpus / "index.jsonl").open(encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["id"] == page_id)
    raw = (corpus / row["file"]).read_bytes()
    return (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw), row.get("url")


def _pick_pages(pages: list[tuple[str, bytes, str | None]]) -> list[str]:
    """The largest pages and an even sample of the rest."""
    by_size = sorted(pages, key=lambda p: len(p[1]), reverse=True)
    picked = [p[0] for p in by_size[: _SAMPLE_PAGES // 2]]
    step = max(1, len(by_size) // (_SAMPLE_PAGES // 2))
    picked += [p[0] for p in by_size[_SAMPLE_PAGES // 2 :: step]][: _SAMPLE_PAGES // 2]
    return picked


def memory(corpus: Path, n_pages: int) -> dict[str, Any]:
    """Per-page peak over baseline (fresh processes) and RSS over `n_pages` extractions in one process."""
    pages = read_corpus(corpus, None)
    singles = []
    for page_id in _pick_pages(pages):
        cmd = [sys.executable, __file__, "_page", "--corpus", str(corpus), "--id", page_id]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode == 0:
            singles.append(json.loads(proc.stdout))
    for s in singles:
        s["x_page_size"] = s["peak_over_baseline_bytes"] / s["page_bytes"]
    return {"one_page": singles, "growth": growth(pages, n_pages)}


def growth(pages: list[tuple[str, bytes, str | None]], n_pages: int) -> dict[str, Any]:
    """RSS sampled every 500 extractions while cycling over the pages `n_pages` times in all."""
    import articlekit

    samples: list[tuple[int, int]] = [(0, _rss_bytes())]
    for n in range(1, n_pages + 1):
        _, data, url = pages[(n - 1) % len(pages)]
        try:
            articlekit.extract(data, url=url)
        except Exception as exc:  # a page that fails still counts: memory is what is measured
            print(f"  page {n}: {type(exc).__name__}", file=sys.stderr)
        if n % _RSS_EVERY == 0 or n == n_pages:
            samples.append((n, _rss_bytes()))
    after_first_cycle = next((rss for n, rss in samples if n >= len(pages)), samples[-1][1])
    return {
        "pages": n_pages,
        "rss_mb": [(n, round(rss / 2**20, 1)) for n, rss in samples],
        "after_first_cycle_mb": round(after_first_cycle / 2**20, 1),
        "end_mb": round(samples[-1][1] / 2**20, 1),
        "growth_after_first_cycle_mb": round((samples[-1][1] - after_first_cycle) / 2**20, 1),
    }


# --------------------------------------------------------------------------------------------------
# report


def machine() -> dict[str, Any]:
    """The machine and interpreter the figures come from."""
    cpu = ""
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_avg_1m": os.getloadavg()[0],
    }


_THROUGHPUT_COLUMNS = (
    "system",
    "version",
    "clock",
    "pages/s",
    "p50 ms",
    "p95 ms",
    "x lxml",
    "p50 / lxml p50",
    "x trafilatura pages/s",
)


def print_throughput(res: dict[str, Any]) -> None:
    """Markdown table of the throughput figures (CPU time, then wall time)."""
    print(f"\n{res['pages']} pages, one process, warm\n")
    print(
        "x lxml: median over pages of (time / lxml parse time of that page); p50 / lxml p50: ratio of medians"
    )
    print("| " + " | ".join(_THROUGHPUT_COLUMNS) + " |")
    print("|---|---|---|" + "---:|" * (len(_THROUGHPUT_COLUMNS) - 3))
    for name, row in res["systems"].items():
        for key in ("cpu", "wall"):
            r = row[key]
            x_lxml = f"{r['x_lxml']:.1f}" if "x_lxml" in r else "–"
            p50_x = f"{r['p50_x_lxml_p50']:.1f}" if "p50_x_lxml_p50" in r else "–"
            x_traf = f"{r['x_trafilatura_pages_per_s']:.2f}" if "x_trafilatura_pages_per_s" in r else "–"
            print(
                f"| {name} | {row['version']} | {key} | {r['pages_per_s']:.1f} | {r['p50_ms']:.2f} "
                f"| {r['p95_ms']:.2f} | {x_lxml} | {p50_x} | {x_traf} |"
            )


def print_other(res: dict[str, Any]) -> None:
    """Start-up and memory figures, when measured."""
    for row in res.get("startup", {}).values():
        print(
            f"start-up: `{row['command']}` wall best {row['best_s']:.3f} s, median {row['median_s']:.3f} s; "
            f"CPU median {row['cpu_median_s']:.3f} s"
        )
    mem = res.get("memory")
    if not mem:
        return
    for s in mem["one_page"]:
        print(
            f"one page {s['id'][-50:]}: {s['page_bytes'] / 1024:.0f} KiB, peak +"
            f"{s['peak_over_baseline_bytes'] / 2**20:.1f} MiB = {s['x_page_size']:.1f} x page size"
            f" (over the {s.get('baseline', 'peak RSS after warm-up')})"
        )
        rss = ", ".join(
            f"{k} {v / 2**20:.1f}" for k, v in s.get("stage_peak_over_baseline_bytes", {}).items()
        )
        python = ", ".join(f"{k} {v / 2**20:.1f}" for k, v in s.get("stage_python_peak_bytes", {}).items())
        print(f"    RSS peak over baseline by stage (MiB): {rss or 'not measured'}")
        print(f"    Python objects' peak by stage (tracemalloc, MiB): {python}")
    g = mem["growth"]
    print(
        f"{g['pages']} pages in one process: RSS {g['after_first_cycle_mb']} MiB after one corpus cycle "
        "(or the run's end when shorter), "
        f"{g['end_mb']} MiB at the end (growth {g['growth_after_first_cycle_mb']} MiB)"
    )
    print("RSS samples (pages, MiB):", g["rss_mb"])


def main(argv: list[str] | None = None) -> int:
    """Run the chosen measurements and print them (and write JSON with --out)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "what", choices=("throughput", "stages", "overhead", "startup", "memory", "all", "_child", "_page")
    )
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=None, help="first N corpus pages (throughput)")
    ap.add_argument("--trafilatura-python", default=None, help="interpreter with trafilatura installed")
    ap.add_argument("--runs", type=int, default=5, help="start-up runs; rounds of the overhead run")
    ap.add_argument("--pages", type=int, default=10_000, help="extractions for the memory growth run")
    ap.add_argument("--system", default=None)
    ap.add_argument("--id", default=None)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.what == "_child":
        run = time_system(args.system, read_corpus(args.corpus, args.limit))
        print(json.dumps(run))
        return 0 if run is not None else 1
    if args.what == "_page":
        print(json.dumps(one_page_memory(args.corpus, args.id)))
        return 0
    res: dict[str, Any] = {"machine": machine()}
    if args.what in ("throughput", "all"):
        res["throughput"] = throughput(args.corpus, args.limit, args.trafilatura_python)
        print_throughput(res["throughput"])
    if args.what in ("stages", "all"):
        res["stages"] = stages(args.corpus, args.limit)
        print_stages(res["stages"])
    if args.what in ("overhead", "all"):
        res["overhead"] = overhead(max(args.runs, 3))
        print_overhead(res["overhead"])
    if args.what in ("startup", "all"):
        res["startup"] = startup(args.runs)
    if args.what in ("memory", "all"):
        res["memory"] = memory(args.corpus, args.pages)
    print_other(res)
    print("machine:", res["machine"])
    if args.out:
        args.out.write_text(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
