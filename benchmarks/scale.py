"""Throughput and memory of articlekit at scale: pages/s by worker count, peak memory over a big WARC.

Usage (from the repository root):
    .venv/bin/python benchmarks/scale.py throughput --corpus ../shared/corpus [--workers 1,2] [--limit N]
    .venv/bin/python benchmarks/scale.py memory --corpus ../shared/corpus [--records 20000] [--workers 2]
    .venv/bin/python benchmarks/scale.py all --corpus ../shared/corpus --out scale.json

`throughput` runs `articlekit.extract_many` over the corpus pages (gzipped files, read and
gunzipped by the workers, as `articlekit batch` does) once per worker count and prints wall-clock
pages/s plus CPU seconds per page (the CPU figure is what the machine's other tenants do not
change). `workers=1` extracts in the calling process; more workers use the process pool.

`memory` writes a WARC.gz of N response records made by cycling through the corpus pages (each
record a distinct target URI), runs `articlekit batch --warc FILE -o OUT --workers W -q` as a
subprocess, and samples the resident memory (RSS) of that process and all its children from
/proc every 0.2 s: peak of the whole tree, of the parent, of the largest worker, and the tree's
RSS as the run progresses (to show it stays flat). Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def corpus_rows(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    """Read the corpus index (every row, or the first `limit`)."""
    with (corpus / "index.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return rows[:limit] if limit else rows


# --- throughput ------------------------------------------------------------------------------------


def throughput(corpus: Path, workers: int, limit: int | None) -> dict[str, Any]:
    """Extract every corpus page with `workers` processes; return wall and CPU figures."""
    from articlekit.batch import PageInput, extract_many

    rows = corpus_rows(corpus, limit)
    pages = [PageInput(r["id"], path=str(corpus / r["file"]), url=r.get("url")) for r in rows]
    load_before = os.getloadavg()[0]
    cpu = _TreeCpu(os.getpid())
    start = time.perf_counter()
    ok = errors = 0
    kinds: dict[str, int] = {}
    for n, result in enumerate(extract_many(pages, workers=workers), 1):
        if result.error is None:
            ok += 1
        else:
            errors += 1
            kinds[result.error.kind] = kinds.get(result.error.kind, 0) + 1
        if n == len(pages) or time.perf_counter() - cpu.last >= 1.0:
            cpu.sample()  # at the last result the workers are still alive: their CPU is counted
    wall = time.perf_counter() - start
    used = cpu.used()
    return {
        "workers": workers,
        "pages": len(pages),
        "ok": ok,
        "errors": errors,
        "error_kinds": kinds,
        "wall_s": round(wall, 2),
        "pages_per_s": round(len(pages) / wall, 2),
        "cpu_s": round(used, 2),
        "cpu_ms_per_page": round(1000 * used / max(len(pages), 1), 1),
        "load_avg_1min_before": round(load_before, 2),
        "load_avg_1min_after": round(os.getloadavg()[0], 2),
    }


class _TreeCpu:
    """CPU seconds spent by this process and its descendants (pool workers included) since creation."""

    def __init__(self, root: int) -> None:
        """Note the CPU time each process of the tree has used so far."""
        self.root = root
        self.before = {pid: cpu for pid, (_, cpu) in _tree_stat(root).items()}
        self.seen: dict[int, float] = dict(self.before)
        self.last = time.perf_counter()

    def sample(self) -> None:
        """Record the CPU time of every process of the tree now."""
        for pid, (_, cpu) in _tree_stat(self.root).items():
            self.seen[pid] = max(cpu, self.seen.get(pid, 0.0))
        self.last = time.perf_counter()

    def used(self) -> float:
        """CPU seconds used since creation, as of the last sample."""
        return sum(cpu - self.before.get(pid, 0.0) for pid, cpu in self.seen.items())


# --- memory over a big WARC -----------------------------------------------------------------------


def corpus_records(corpus: Path, count: int) -> Iterator[tuple[str, bytes, str]]:
    """Yield `count` (url, body, content type) records, cycling through the corpus pages."""
    rows = corpus_rows(corpus, None)
    for n in range(count):
        row = rows[n % len(rows)]
        body = gzip.decompress((corpus / row["file"]).read_bytes())
        url = row.get("url") or ""
        # warcio reads HTTP headers only for http(s) target URIs; some corpus ids are "hard::…"
        base = url if url.startswith(("http://", "https://")) else f"https://corpus.invalid/{row['file']}"
        yield f"{base}{'&' if '?' in base else '?'}copy={n // len(rows)}", body, "text/html"


def make_warc(corpus: Path, count: int, path: Path) -> dict[str, Any]:
    """Write the test archive; return its size and how long writing took."""
    from articlekit.warc import write_warc

    start = time.perf_counter()
    written = write_warc(path, corpus_records(corpus, count))
    return {
        "records": written,
        "bytes": path.stat().st_size,
        "write_s": round(time.perf_counter() - start, 1),
    }


def _tree_stat(root: int) -> dict[int, tuple[int, float]]:
    """RSS in bytes and CPU seconds so far of `root` and every descendant, read from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        # fields counted after the ")": utime 11, stime 12, rss 21 (stat fields 14, 15, 24)
        stats[pid] = (int(fields[21]) * _PAGE_SIZE, (int(fields[11]) + int(fields[12])) / ticks)
    tree, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            tree[pid] = stats[pid]
        todo.extend(children.get(pid, ()))
    return tree


def memory_run(warc: Path, out: Path, workers: int, timeline: Path | None = None) -> dict[str, Any]:
    """Run `articlekit batch` over the archive and sample the process tree's memory until it ends."""
    cli = "import sys; from articlekit.cli import main; sys.exit(main())"
    cmd = [sys.executable, "-c", cli, "batch", "--warc", str(warc), "-o", str(out)]
    cmd += ["--workers", str(workers), "-q"]
    proc = subprocess.Popen(cmd)
    figures = watch(proc.pid, out, lambda: proc.poll() is None, timeline=timeline)
    return {"command": " ".join(cmd), "exit_code": proc.returncode, **figures}


def watch(
    pid: int,
    out: Path,
    running: Callable[[], bool],
    *,
    interval: float = 0.5,
    timeline: Path | None = None,
) -> dict[str, Any]:
    """Sample RSS and CPU of process `pid` and its descendants until `running()` is false."""
    start = time.perf_counter()
    lines = _LineCounter(out)
    peak_tree = peak_parent = peak_child = 0
    cpu: dict[int, float] = {}
    samples: list[tuple[float, int, int]] = []  # (seconds, lines written, tree RSS)
    while running():
        stats = _tree_stat(pid)
        cpu.update({p: max(used, cpu.get(p, 0.0)) for p, (_, used) in stats.items()})
        tree = {p: rss for p, (rss, _) in stats.items()}
        total = sum(tree.values())
        peak_tree = max(peak_tree, total)
        peak_parent = max(peak_parent, tree.get(pid, 0))
        peak_child = max([peak_child, *(v for k, v in tree.items() if k != pid)])
        samples.append((time.perf_counter() - start, lines.count(), total))
        if timeline is not None and len(samples) % 20 == 1:  # every ~10 s: survives an aborted run
            _log_sample(timeline, samples[-1], peak_tree, tree, pid)
        time.sleep(interval)
    wall = time.perf_counter() - start
    written = lines.count()
    return {
        "lines": written,
        "wall_s": round(wall, 1),
        "pages_per_s": round(written / wall, 2),
        "cpu_s_parent": round(cpu.get(pid, 0.0), 1),
        "cpu_s_tree": round(sum(cpu.values()), 1),
        "cpu_ms_per_page": round(1000 * sum(cpu.values()) / max(written, 1), 1),
        "peak_rss_tree_mib": _mib(peak_tree),
        "peak_rss_parent_mib": _mib(peak_parent),
        "peak_rss_largest_worker_mib": _mib(peak_child),
        "rss_by_progress_mib": _by_progress(samples, written),
    }


def _log_sample(
    path: Path, sample: tuple[float, int, int], peak: int, tree: dict[int, int], root: int
) -> None:
    """Append one sample as a JSON line."""
    seconds, lines, total = sample
    record = {
        "s": round(seconds, 1),
        "lines": lines,
        "rss_tree_mib": _mib(total),
        "peak_tree_mib": _mib(peak),
        "rss_parent_mib": _mib(tree.get(root, 0)),
        "rss_workers_mib": sorted(_mib(v) for k, v in tree.items() if k != root),
        "load_1min": round(os.getloadavg()[0], 2),
    }
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")


class _LineCounter:
    """Counts the lines of a growing file, reading only what was added since the last call."""

    def __init__(self, path: Path) -> None:
        """Start at the beginning of the file."""
        self.path = path
        self.offset = 0
        self.lines = 0

    def count(self) -> int:
        """Return the number of complete lines written so far."""
        try:
            with self.path.open("rb") as f:
                f.seek(self.offset)
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    self.lines += chunk.count(b"\n")
                    self.offset += len(chunk)
        except OSError:
            pass
        return self.lines


def _by_progress(timeline: list[tuple[float, int, int]], total: int) -> dict[str, float]:
    """Tree RSS at 10 %, 25 %, 50 %, 75 %, 90 % and 100 % of the lines written (to see it stay flat)."""
    marks: dict[str, float] = {}
    for share in (0.1, 0.25, 0.5, 0.75, 0.9, 1.0):
        reached = [rss for _, lines, rss in timeline if lines >= share * total]
        if reached:
            marks[f"{int(share * 100)}%"] = _mib(reached[0])
    return marks


def _mib(n: int) -> float:
    """Bytes to MiB, one decimal."""
    return round(n / (1024 * 1024), 1)


# --- command line ---------------------------------------------------------------------------------


def _environment() -> dict[str, Any]:
    """Where the figures were measured."""
    import articlekit

    return {
        "articlekit": articlekit.__version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the chosen measurements and print them as JSON (and write --out)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=("throughput", "memory", "all", "watch"))
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--workers", default="1,2", help="worker counts for throughput (comma-separated)")
    parser.add_argument("--limit", type=int, default=None, help="first N corpus pages only (throughput)")
    parser.add_argument("--records", type=int, default=20_000, help="WARC records for the memory run")
    parser.add_argument("--memory-workers", type=int, default=2, help="workers of the memory run")
    parser.add_argument(
        "--workdir", type=Path, default=None, help="where to write the WARC (default: a temp dir)"
    )
    parser.add_argument("--warc-file", type=Path, default=None, help="reuse this archive (memory)")
    parser.add_argument("--timeline", type=Path, default=None, help="append a sample every ~10 s here")
    parser.add_argument("--pid", type=int, default=None, help="watch: the running batch process")
    parser.add_argument("--output", type=Path, default=None, help="watch: the JSON Lines file it writes")
    parser.add_argument("--out", type=Path, default=None, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"environment": _environment()}
    if args.what in ("throughput", "all"):
        results["throughput"] = []
        for n in (int(x) for x in args.workers.split(",")):
            results["throughput"].append(throughput(args.corpus, n, args.limit))
            print(json.dumps(results["throughput"][-1]), file=sys.stderr)
    if args.what in ("memory", "all"):
        results["memory"] = _memory(args)
    if args.what == "watch":
        alive = Path(f"/proc/{args.pid}")
        results["watch"] = watch(args.pid, args.output, alive.exists, timeline=args.timeline)
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


def _memory(args: argparse.Namespace) -> dict[str, Any]:
    """Build the archive in a work folder (or reuse --warc-file), run the batch over it, clean up."""
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        warc = args.warc_file or Path(tmp) / f"corpus-{args.records}.warc.gz"
        made = {"reused": str(warc)} if args.warc_file else make_warc(args.corpus, args.records, warc)
        print(json.dumps({"warc": made}), file=sys.stderr)
        run = memory_run(warc, Path(tmp) / "out.jsonl", args.memory_workers, args.timeline)
        return {"warc": made, "run": run}


if __name__ == "__main__":
    sys.exit(main())
