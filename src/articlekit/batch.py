"""Many pages through `extract`: inputs with ids, a bounded process pool, one result per input.

`extract_many` is the Python entry point and the machinery under `articlekit batch`. It streams:
inputs are pulled lazily and only a bounded window of them is in flight, so memory stays flat
however many pages go through. A page that fails gives a `PageResult` carrying a `PageError`
(kind and message) instead of stopping the run.
"""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ArticlekitError, InputError
from .model import Article
from .options import DEFAULT_OPTIONS, Options

#: how many pages one pool task carries: enough to amortise inter-process overhead, small enough
#: that a slow page does not hold many others hostage
DEFAULT_CHUNK_SIZE = 4
#: tasks in flight per worker: keeps every worker busy while bounding memory
TASKS_PER_WORKER = 2
#: error kind given to the pages of a worker process that died (segfault, out-of-memory kill)
WORKER_CRASH = "WorkerCrashed"

_ID_PREFIX = '{"id":'
_DECODER = json.JSONDecoder()


@dataclass(frozen=True, slots=True)
class PageInput:
    """One page to extract, with the id that identifies it in the output (path, URL, WARC record id)."""

    id: str
    data: bytes | str | None = None  # the page itself, or None to read it from `path`
    path: str | None = None  # a file to read in the worker (".gz" files are decompressed)
    url: str | None = None  # the URL the page was served from (target URI for WARC records)
    content_type: str | None = None  # the HTTP Content-Type, for its charset

    def load(self, max_bytes: int = DEFAULT_OPTIONS.max_page_bytes) -> bytes | str:
        """Return the page's bytes, reading `path` when the data is not held in memory."""
        if self.data is not None:
            return self.data
        if self.path is None:
            raise InputError(f"{self.id}: no page data and no path")
        return read_page_file(Path(self.path), max_bytes)

    def loaded(self, max_bytes: int = DEFAULT_OPTIONS.max_page_bytes) -> PageInput:
        """Return a copy holding the page's bytes, for engines whose workers may not see local files."""
        if self.data is not None:
            return self
        return PageInput(self.id, self.load(max_bytes), None, self.url, self.content_type)


@dataclass(frozen=True, slots=True)
class PageError:
    """Why a page gave no Article: the error class name (`kind`) and its message."""

    kind: str
    message: str

    @classmethod
    def from_exception(cls, exc: BaseException) -> PageError:
        """Describe `exc`; exceptions from outside articlekit keep their type name in the message."""
        if isinstance(exc, ArticlekitError):
            return cls(type(exc).__name__, str(exc))
        return cls("InternalError", f"{type(exc).__name__}: {exc}")


@dataclass(frozen=True, slots=True)
class PageResult:
    """The outcome for one input: its id and URL, then an Article or a PageError."""

    id: str
    article: Article | None = None
    error: PageError | None = None
    url: str | None = None

    @property
    def ok(self) -> bool:
        """True when the page gave an Article."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON Lines record: id first (so `--resume` reads it cheaply), then the outcome."""
        out: dict[str, Any] = {"id": self.id, "url": self.url, "ok": self.ok}
        if self.error is not None:
            out["error"] = {"kind": self.error.kind, "message": self.error.message}
        elif self.article is not None:
            out["article"] = self.article.to_dict()
        return out

    def to_json(self) -> str:
        """Return the record as one compact JSON line (no trailing newline)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class LineResult:
    """A result already rendered as a JSON line in the worker, so the parent only writes it."""

    id: str
    ok: bool
    line: str


Item = PageInput | PageResult
#: a pool task: extract a chunk of pages, return one result (PageResult or LineResult) per page
Task = Callable[[list[PageInput], Options], list[Any]]


def read_page_file(path: Path, max_bytes: int = DEFAULT_OPTIONS.max_page_bytes) -> bytes:
    """Read a saved page, gunzipping `.gz` files; at most `max_bytes` + 1 bytes (load cuts the rest)."""
    try:
        with path.open("rb") as raw:
            if path.suffix == ".gz":
                with gzip.GzipFile(fileobj=raw) as unzipped:
                    return unzipped.read(max_bytes + 1)
            return raw.read(max_bytes + 1)
    except (OSError, EOFError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc


def as_input(item: Any, index: int) -> Item:
    """Turn one element given to `extract_many` into a PageInput (or an error result if unusable).

    Accepted: PageInput; a `Path` (a file, id = the path); bytes or str holding the page itself
    (id = its position, "#0", "#1"…); a tuple `(id, page)` or `(id, page, url)` where page is any
    of those. Anything else is passed to `extract` as is (an lxml tree works with one worker).
    """
    if isinstance(item, (PageInput, PageResult)):
        return item
    if isinstance(item, tuple):
        if len(item) not in (2, 3):
            return PageResult(f"#{index}", error=PageError("InputError", "a tuple must be (id, page[, url])"))
        page_id, page = str(item[0]), item[1]
        url = item[2] if len(item) == 3 else None
        if isinstance(page, Path):
            return PageInput(page_id, path=str(page), url=url)
        return PageInput(page_id, data=page, url=url)
    if isinstance(item, Path):
        return PageInput(str(item), path=str(item))
    return PageInput(f"#{index}", data=item)


def extract_input(page: PageInput, options: Options = DEFAULT_OPTIONS) -> PageResult:
    """Extract one input; every failure becomes a PageResult with a PageError, never an exception."""
    from .pipeline import extract

    try:
        article = extract(
            page.load(options.max_page_bytes),
            url=page.url,
            content_type=page.content_type,
            options=options,
        )
    except Exception as exc:  # a batch never stops on one page; the kind says what happened
        return PageResult(page.id, error=PageError.from_exception(exc), url=page.url)
    return PageResult(page.id, article=article, url=page.url)


def result_line(result: PageResult) -> LineResult:
    """Render a result as its JSON line."""
    return LineResult(result.id, result.ok, result.to_json())


def extract_chunk(pages: list[PageInput], options: Options) -> list[PageResult]:
    """Pool task: extract a few pages and return their results."""
    return [extract_input(p, options) for p in pages]


def extract_chunk_lines(pages: list[PageInput], options: Options) -> list[LineResult]:
    """Pool task: extract a few pages and return their JSON lines (serialised in the worker)."""
    return [result_line(extract_input(p, options)) for p in pages]


def default_workers() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not every platform has sched_getaffinity
        return os.cpu_count() or 1


def extract_many(
    pages: Iterable[Any],
    workers: int | None = None,
    *,
    options: Options | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[PageResult]:
    """Extract many pages across `workers` processes, yielding one PageResult per page as each finishes.

    `pages` may be any iterable (it is read lazily); see `as_input` for what its elements may be.
    `workers` defaults to the cores available; 1 extracts in this process, in input order.
    Results come in completion order when `workers` > 1: match them to inputs by `id`.
    """
    items = (as_input(p, i) for i, p in enumerate(pages))
    yield from run_items(items, extract_chunk, workers, options or DEFAULT_OPTIONS, chunk_size)


def extract_many_lines(
    items: Iterable[Item],
    workers: int | None = None,
    *,
    options: Options | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[LineResult]:
    """Like `extract_many` but yield JSON lines made in the workers (what `articlekit batch` writes)."""
    yield from run_items(iter(items), extract_chunk_lines, workers, options or DEFAULT_OPTIONS, chunk_size)


def run_items(
    items: Iterator[Item],
    task: Task,
    workers: int | None,
    options: Options,
    chunk_size: int,
) -> Iterator[Any]:
    """Run `task` over the inputs in chunks, inline or in a pool; ready-made results pass through."""
    n = default_workers() if workers is None else workers
    if n < 1:
        raise InputError(f"workers must be at least 1, not {n}")
    if chunk_size < 1:
        raise InputError(f"chunk_size must be at least 1, not {chunk_size}")
    as_lines = task is extract_chunk_lines
    chunks = chunked(items, chunk_size)
    for chunk in chunks if n == 1 else _pooled(chunks, task, options, n):
        if isinstance(chunk, PageResult):  # ready-made (a failed fetch): pass it on as it is
            yield result_line(chunk) if as_lines else chunk
        elif isinstance(chunk, list) and n == 1:
            yield from task(chunk, options)
        else:
            yield chunk


def chunked(items: Iterator[Item], size: int) -> Iterator[list[PageInput] | PageResult]:
    """Group PageInputs into lists of `size`; PageResults come out alone, immediately."""
    chunk: list[PageInput] = []
    for item in items:
        if isinstance(item, PageResult):
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _mp_context() -> multiprocessing.context.BaseContext:
    """Pick how worker processes start: forkserver where it exists (no fork of a threaded parent)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _pooled(
    chunks: Iterator[list[PageInput] | PageResult],
    task: Task,
    options: Options,
    workers: int,
) -> Iterator[Any]:
    """Keep at most TASKS_PER_WORKER × workers chunks in flight and yield results as they finish."""
    window = workers * TASKS_PER_WORKER
    pool = _Pool(task, options, workers)
    try:
        for chunk in chunks:
            if isinstance(chunk, PageResult):
                yield chunk
                continue
            pool.submit(chunk)
            # results already done go out now, so a slow input (fetching) does not hold them back
            yield from pool.drain(block=len(pool.pending) >= window)
        while pool.pending:
            yield from pool.drain(block=True)
    finally:
        pool.close()


class _Pool:
    """A process pool with its in-flight chunks, restarted (suspects isolated) when a worker dies."""

    def __init__(self, task: Task, options: Options, workers: int) -> None:
        """Start the worker processes."""
        self.task = task
        self.options = options
        self.workers = workers
        self.executor = ProcessPoolExecutor(workers, mp_context=_mp_context())
        self.pending: dict[Future[list[Any]], list[PageInput]] = {}

    def submit(self, chunk: list[PageInput]) -> None:
        """Send one chunk to the workers."""
        self.pending[self.executor.submit(self.task, chunk, self.options)] = chunk

    def drain(self, *, block: bool) -> list[Any]:
        """Return the results of finished chunks (waiting for at least one when `block`)."""
        done, _ = wait(self.pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        results: list[Any] = []
        crashed: list[PageInput] = []
        for fut in done:
            results.extend(_collect(fut, self.pending.pop(fut), crashed))
        if crashed:  # the pool is gone: every chunk still pending is a suspect too
            for fut in list(self.pending):
                crashed.extend(self.pending.pop(fut))
            self.close()
            self.executor = ProcessPoolExecutor(self.workers, mp_context=_mp_context())
            isolated, self.executor = _isolate(crashed, self.task, self.options, self.executor, self.workers)
            results.extend(isolated)
        return results

    def close(self) -> None:
        """Stop the workers, dropping chunks not yet started."""
        self.executor.shutdown(wait=True, cancel_futures=True)


def _collect(fut: Future[list[Any]], chunk: list[PageInput], crashed: list[PageInput]) -> list[Any]:
    """Return a finished task's results; a dead worker puts its chunk in `crashed`."""
    try:
        return list(fut.result())
    except BrokenProcessPool:
        crashed.extend(chunk)
        return []
    except Exception as exc:  # e.g. a page that cannot be pickled: its chunk fails, the run goes on
        error = PageError.from_exception(exc)
        return [PageResult(p.id, error=error, url=p.url) for p in chunk]


def _isolate(
    suspects: list[PageInput],
    task: Task,
    options: Options,
    pool: ProcessPoolExecutor,
    workers: int,
) -> tuple[list[Any], ProcessPoolExecutor]:
    """Re-run the pages of a crashed pool one at a time, so only the page that kills a worker fails."""
    results: list[Any] = []
    for page in suspects:
        try:
            results.extend(pool.submit(task, [page], options).result())
        except BrokenProcessPool:
            message = "the worker process died while extracting this page (crash or out of memory)"
            failed = PageResult(page.id, error=PageError(WORKER_CRASH, message), url=page.url)
            results.append(failed)
            pool.shutdown(wait=True)
            pool = ProcessPoolExecutor(workers, mp_context=_mp_context())
        except Exception as exc:
            results.append(PageResult(page.id, error=PageError.from_exception(exc), url=page.url))
    return results, pool


# --- input discovery and resume, shared by the CLI and the engines ---------------------------------

#: file names a folder walk picks up when no --glob is given
DEFAULT_GLOBS = ("*.html", "*.htm", "*.xhtml", "*.html.gz", "*.htm.gz")


def walk_files(root: Path, globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[Path]:
    """Yield the files under `root` matching any of `globs`, in a stable sorted order, lazily."""
    from fnmatch import fnmatch

    patterns = tuple(globs)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        base = Path(dirpath)
        for name in sorted(filenames):
            path = base / name
            rel = path.relative_to(root).as_posix()
            if any(fnmatch(rel if "/" in g else name, g) for g in patterns):
                yield path


def file_inputs(paths: Iterable[str | Path], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[PageInput]:
    """Yield a PageInput per file: files as given, folders walked recursively (id = the path)."""
    patterns = tuple(globs)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in walk_files(path, patterns):
                yield PageInput(str(found), path=str(found))
        elif path.exists():
            yield PageInput(str(path), path=str(path))
        else:
            raise InputError(f"no such file or folder: {path}")


def line_id(line: str) -> str | None:
    """Return the id of a JSON Lines record (read from its start), or None when the line is not one."""
    if line.startswith(_ID_PREFIX):
        try:
            value, _ = _DECODER.raw_decode(line, len(_ID_PREFIX))
        except json.JSONDecodeError:
            value = None
        if isinstance(value, str):
            return value
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    found = record.get("id") if isinstance(record, dict) else None
    return found if isinstance(found, str) else None


def done_ids(path: Path) -> set[str]:
    """Read the ids already in an output file, after cutting a half-written last line."""
    if not path.exists():
        return set()
    _drop_partial_line(path)
    ids: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            found = line_id(line)
            if found is not None:
                ids.add(found)
    return ids


def _drop_partial_line(path: Path) -> None:
    """Truncate the file after its last newline, so appended records start on a line of their own."""
    with path.open("rb+") as f:
        size = f.seek(0, io.SEEK_END)
        if size == 0:
            return
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        # read backwards in blocks until the last newline
        pos = size
        while pos > 0:
            step = min(65536, pos)
            pos -= step
            f.seek(pos)
            block = f.read(step)
            cut = block.rfind(b"\n")
            if cut >= 0:
                f.truncate(pos + cut + 1)
                return
        f.truncate(0)
