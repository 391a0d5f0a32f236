"""`articlekit batch INPUT... -o articles.jsonl`: many pages in, one JSON line per page out.

Exit status: 0 when every page gave an Article, 1 when at least one page failed (its error line
is in the output), 2 for bad usage or unreadable inputs, 130 when interrupted (`--resume` then
continues where the run stopped).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, Any

#: exit status when at least one page failed (the run itself went through)
EXIT_PAGES_FAILED = 1
#: seconds between two refreshes of the progress line (and flushes of the output file)
_TICK = 0.5

_EPILOG = """\
inputs:
  FILE                    a saved page (.html, .htm, .html.gz…) or a web archive (.warc, .warc.gz)
  FOLDER                  walked recursively for --glob patterns (default: *.html *.htm *.xhtml
                          *.html.gz *.htm.gz), or for *.warc / *.warc.gz with --warc
  --urls FILE             one URL per line (# comments and blank lines skipped; - for stdin)

output: one JSON object per line, {"id", "url", "ok", "article"} or {"id", "url", "ok": false,
  "error": {"kind", "message"}}; the id is the file path, the URL, or the WARC-Record-ID (with
  the WARC-Target-URI as "url").

exit status: 0 every page extracted; 1 some pages failed (see their error lines); 2 bad usage or
  an input that cannot be read; 130 interrupted (run again with --resume to finish).
"""


def register(sub: Any) -> None:
    """Add the `batch` subcommand to the parser."""
    p: argparse.ArgumentParser = sub.add_parser(
        "batch",
        help="extract many pages (files, folders, URL lists, WARC files) to JSON Lines",
        description="Extract many pages in parallel and write one JSON line per page.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (WARC files with --warc)")
    p.add_argument("-o", "--output", default="-", help="the JSON Lines file to write, - for stdout (default)")
    p.add_argument("--urls", action="append", default=[], metavar="FILE", help="a file of URLs to fetch")
    p.add_argument(
        "--warc", action="store_true", help="the inputs are WARC / WARC.gz files or folders of them"
    )
    p.add_argument("--glob", action="append", metavar="PATTERN", help="file pattern for folders (repeatable)")
    p.add_argument("--workers", type=_at_least_one, default=None, help="processes (default: the cores)")
    p.add_argument("--resume", action="store_true", help="append, skipping ids already in the output")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-quotes", action="store_true", help="skip quotes, speakers and sources")
    _add_fetch_options(p)
    _add_engine_options(p)
    p.set_defaults(run=run)


def _add_fetch_options(p: argparse.ArgumentParser) -> None:
    """Options of URL fetching."""
    g = p.add_argument_group("fetching (--urls)")
    g.add_argument("--concurrency", type=_at_least_one, default=16, help="requests at once (16)")
    g.add_argument("--per-host", type=_at_least_one, default=2, help="requests at once to one host (2)")
    g.add_argument("--timeout", type=float, default=20.0, help="seconds one fetch may take (20)")
    g.add_argument("--retries", type=int, default=3, help="retries of 5xx answers and timeouts (3)")
    g.add_argument("--ignore-robots", action="store_true", help="do not read robots.txt")


def _add_engine_options(p: argparse.ArgumentParser) -> None:
    """Options choosing where extraction runs."""
    g = p.add_argument_group("engine")
    g.add_argument("--engine", choices=("local", "dask"), default="local", help="process pool or Dask")
    g.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: a LocalCluster)")


def _at_least_one(value: str) -> int:
    """Parse a positive integer for argparse."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def run(args: argparse.Namespace) -> int:
    """Run the batch: gather inputs lazily, extract them, write lines, report progress."""
    from ..batch import done_ids
    from ..errors import InputError
    from ..options import Options

    _check_args(args)
    output = None if args.output == "-" else Path(args.output)
    if args.resume and output is None:
        raise InputError("--resume needs an output file (-o FILE), not stdout")
    done = done_ids(output) if args.resume and output is not None else set()
    options = Options(quotes=not args.no_quotes)
    progress = Progress(sys.stderr, enabled=not args.quiet and sys.stderr.isatty())
    if progress.enabled:
        progress.total = _count(args, done)
        progress.meter = _warc_meter(args) if progress.total is None else None
    items = _items(args, done, progress.meter)
    with _open_output(output, append=args.resume) as out:
        failed = _write_all(_lines(items, args, options), out, progress)
        out.flush()
    progress.finish()
    return EXIT_PAGES_FAILED if failed else 0


def _check_args(args: argparse.Namespace) -> None:
    """Refuse runs that could not start: no input, missing files, a missing URL list."""
    from ..errors import InputError

    if not args.inputs and not args.urls:
        raise InputError("nothing to do: give files, folders, WARC files (--warc) or --urls FILE")
    for name in (*args.inputs, *(u for u in args.urls if u != "-")):
        if not Path(name).exists():
            raise InputError(f"no such file or folder: {name}")
    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler goes with --engine dask")


def _items(args: argparse.Namespace, done: set[str], meter: Any = None) -> Iterator[Any]:
    """Every input as a PageInput (or a ready error result for a failed fetch), skipping `done` ids."""
    from ..batch import file_inputs

    pages, warcs = _split_inputs(args)
    if pages:
        yield from (p for p in file_inputs(pages, _globs(args)) if p.id not in done)
    if warcs:
        from ..warc import warc_inputs

        yield from (p for p in warc_inputs(warcs, meter=meter) if p.id not in done)
    if args.urls:
        yield from _url_items(args, done)


def _split_inputs(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    """Sort positional inputs into page files/folders and web archives."""
    from ..warc import is_warc_path

    if args.warc:
        return [], list(args.inputs)
    warcs = [name for name in args.inputs if is_warc_path(name) and Path(name).is_file()]
    return [name for name in args.inputs if name not in warcs], warcs


def _globs(args: argparse.Namespace) -> tuple[str, ...]:
    """The folder patterns: --glob values or the defaults."""
    from ..batch import DEFAULT_GLOBS

    return tuple(args.glob) if args.glob else DEFAULT_GLOBS


def _read_urls(files: Iterable[str]) -> Iterator[str]:
    """Yield the URLs listed in the files (stdin for -), skipping blank lines and # comments."""
    for name in files:
        if name == "-":
            yield from _urls_in(sys.stdin)
            continue
        with Path(name).open(encoding="utf-8", errors="replace") as stream:
            yield from _urls_in(stream)


def _urls_in(lines: Iterable[str]) -> Iterator[str]:
    """The URLs of one list."""
    for line in lines:
        url = line.strip()
        if url and not url.startswith("#"):
            yield url


def _url_items(args: argparse.Namespace, done: set[str]) -> Iterator[Any]:
    """Fetch the listed URLs (skipping done ones) and turn each response into a PageInput."""
    from ..batch import PageError, PageInput, PageResult
    from ..crawl import CrawlSettings, fetch_many

    settings = CrawlSettings(
        concurrency=args.concurrency,
        per_host=args.per_host,
        retries=args.retries,
        timeout=args.timeout,
        respect_robots=not args.ignore_robots,
    )
    urls = (u for u in _read_urls(args.urls) if u not in done)
    for fetched in fetch_many(urls, settings):
        if fetched.page is None:
            error = PageError.from_exception(fetched.error or RuntimeError("no page"))
            yield PageResult(fetched.url, error=error, url=fetched.url)
        else:
            page = fetched.page
            yield PageInput(fetched.url, data=page.content, url=page.url, content_type=page.content_type)


def _lines(items: Iterator[Any], args: argparse.Namespace, options: Any) -> Iterator[Any]:
    """Extract with the chosen engine, yielding LineResults."""
    if args.engine == "dask":
        from ..dask import extract_lines

        return extract_lines(items, scheduler=args.scheduler, workers=args.workers, options=options)
    from ..batch import extract_many_lines

    return extract_many_lines(items, args.workers, options=options)


def _open_output(output: Path | None, *, append: bool) -> AbstractContextManager[IO[str]]:
    """Open the output for UTF-8 lines; stdout (None) is handed out without being closed."""
    from ..errors import InputError

    if output is None:
        return nullcontext(sys.stdout)
    try:
        return output.open("a" if append else "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc}") from exc


def _write_all(lines: Iterable[Any], out: IO[str], progress: Progress) -> int:
    """Write each line as it comes, flushing and refreshing progress twice a second; return failures."""
    failed = 0
    last = time.monotonic()
    for result in lines:
        out.write(result.line + "\n")
        failed += not result.ok
        progress.done += 1
        progress.errors += not result.ok
        now = time.monotonic()
        if now - last >= _TICK:
            out.flush()
            progress.draw(now)
            last = now
    return failed


def _count(args: argparse.Namespace, done: set[str]) -> int | None:
    """Count the pages to do for the ETA, when that is cheap (not for web archives)."""
    from ..batch import file_inputs

    pages, warcs = _split_inputs(args)
    if warcs or "-" in args.urls:
        return None
    files = sum(1 for p in file_inputs(pages, _globs(args)) if p.id not in done) if pages else 0
    return files + sum(1 for u in _read_urls(args.urls) if u not in done)


def _warc_meter(args: argparse.Namespace) -> Any:
    """A byte meter over the web archives, so the progress line can give an ETA for them."""
    from ..warc import ByteMeter, warc_files

    _, warcs = _split_inputs(args)
    return ByteMeter(sum(p.stat().st_size for p in warc_files(warcs))) if warcs else None


class Progress:
    """One status line on stderr: pages done, pages/s, errors, ETA when the total is known."""

    def __init__(self, stream: IO[str], *, enabled: bool, total: int | None = None) -> None:
        """Start the clock; nothing is drawn unless `enabled`."""
        self.stream = stream
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.errors = 0
        self.start = time.monotonic()
        self.meter: Any = None  # a warc.ByteMeter: the ETA of archives comes from the bytes read

    def line(self, now: float) -> str:
        """Return the status text."""
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        done = f"{self.done}/{self.total}" if self.total is not None else str(self.done)
        text = f"{done} pages  {rate:.1f} pages/s  {self.errors} errors  {_clock(elapsed)} elapsed"
        if self.total is not None and rate > 0:
            text += f"  ETA {_clock(max(self.total - self.done, 0) / rate)}"
        elif self.meter is not None and self.meter.fraction:
            share = self.meter.fraction
            text += f"  ETA {_clock(elapsed * (1 - share) / share)} ({share:.0%} of the input read)"
        return text

    def draw(self, now: float | None = None) -> None:
        """Redraw the line in place (carriage return, clear to end of line)."""
        if self.enabled:
            self.stream.write("\r\x1b[K" + self.line(time.monotonic() if now is None else now))
            self.stream.flush()

    def finish(self) -> None:
        """Draw the final figures and end the line."""
        if self.enabled:
            self.draw()
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    """Format seconds as H:MM:SS."""
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
