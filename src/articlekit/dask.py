"""articlekit on Dask: bags of pages or WARC paths → bags / dataframes of results (the `dask` extra).

The extraction is the same as `extract_many`'s (`batch.extract_input`), run by Dask workers:

    >>> import articlekit.dask as akd
    >>> results = akd.extract_warcs(["s3-mounted/CC-NEWS-01.warc.gz", ...])   # a dask Bag of dicts
    >>> df = akd.to_dataframe(results)                                        # one row per page

`import dask` below means the real dask: imports are absolute, so this module (articlekit.dask)
never shadows it. Dask itself is imported inside the functions, when first used.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .batch import (
    DEFAULT_CHUNK_SIZE,
    TASKS_PER_WORKER,
    Item,
    LineResult,
    PageError,
    PageInput,
    PageResult,
    as_input,
    chunked,
    default_workers,
    extract_chunk_lines,
    extract_input,
    result_line,
)
from .errors import InputError
from .options import DEFAULT_OPTIONS, Options

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

#: columns of `to_dataframe`, in order, with their pandas dtypes
COLUMNS: dict[str, str] = {
    "id": "string",
    "url": "string",
    "ok": "bool",
    "error_kind": "string",
    "error_message": "string",
    "headline": "string",
    "lead": "string",
    "site_name": "string",
    "lang": "string",
    "published": "string",
    "authors": "string",
    "text": "string",
    "paragraphs": "int64",
    "quotes": "int64",
    "sources": "int64",
    "related": "int64",
    "article_json": "string",
}


def _bag_module() -> Any:
    """Import dask.bag, or explain which extra to install."""
    try:
        import dask.bag
    except ImportError as exc:
        raise InputError("articlekit.dask needs dask: pip install 'articlekit[dask]'") from exc
    return dask.bag


def pages_bag(pages: Iterable[Any], npartitions: int | None = None) -> dask.bag.Bag:
    """Make a Bag of PageInputs from pages in memory or paths (anything `extract_many` accepts)."""
    db = _bag_module()
    items = [as_input(p, i) for i, p in enumerate(pages)]
    return db.from_sequence(items, npartitions=npartitions or min(len(items), 100) or 1)


def warc_bag(paths: Iterable[str]) -> dask.bag.Bag:
    """Make a Bag of the HTML pages in WARC files, one partition per file, read by the workers."""
    db = _bag_module()
    names = [str(p) for p in paths]
    return db.from_sequence(names, partition_size=1).map_partitions(_read_warcs)


def _read_warcs(paths: Iterable[str]) -> list[PageInput]:
    """Partition task: the pages of some WARC files."""
    from .warc import iter_warc

    return [page for path in paths for page in iter_warc(path)]


def extract_bag(bag: dask.bag.Bag, *, options: Options | None = None, as_dicts: bool = True) -> dask.bag.Bag:
    """Extract every page of a Bag (PageInputs, paths, bytes…): a Bag of result dicts or PageResults.

    A dict is the JSON Lines record of `articlekit batch` ({"id", "url", "ok", "article" | "error"}).
    """
    opts = options or DEFAULT_OPTIONS
    return bag.map_partitions(_extract_partition, opts, as_dicts)


def _extract_partition(items: Iterable[Any], options: Options, as_dicts: bool) -> list[Any]:
    """Partition task: extract each item, never raising for one page."""
    out: list[Any] = []
    for i, item in enumerate(items):
        page = as_input(item, i)
        result = page if isinstance(page, PageResult) else extract_input(page, options)
        out.append(result.to_dict() if as_dicts else result)
    return out


def extract_warcs(
    paths: Iterable[str], *, options: Options | None = None, as_dicts: bool = True
) -> dask.bag.Bag:
    """Read and extract WARC files in one pass per file (pages never travel between workers)."""
    db = _bag_module()
    opts = options or DEFAULT_OPTIONS
    names = [str(p) for p in paths]
    return db.from_sequence(names, partition_size=1).map_partitions(_extract_warc_files, opts, as_dicts)


def _extract_warc_files(paths: Iterable[str], options: Options, as_dicts: bool) -> list[Any]:
    """Partition task: stream each archive's records through extraction; a bad file is one error row."""
    from .warc import iter_warc

    out: list[Any] = []
    for path in paths:
        try:
            for page in iter_warc(path, max_bytes=options.max_page_bytes):
                result = extract_input(page, options)
                out.append(result.to_dict() if as_dicts else result)
        except InputError as exc:
            failed = PageResult(path, error=PageError.from_exception(exc))
            out.append(failed.to_dict() if as_dicts else failed)
    return out


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten one result dict into the columns of `to_dataframe` (the full Article stays as JSON)."""
    import json

    article = record.get("article") or {}
    error = record.get("error") or {}
    return {
        "id": record.get("id"),
        "url": record.get("url") or article.get("url"),
        "ok": bool(record.get("ok")),
        "error_kind": error.get("kind"),
        "error_message": error.get("message"),
        "headline": article.get("headline"),
        "lead": article.get("lead"),
        "site_name": article.get("site_name"),
        "lang": article.get("lang"),
        "published": article.get("published"),
        "authors": "; ".join(article.get("authors") or ()) or None,
        "text": article.get("text"),
        "paragraphs": len(article.get("paragraphs") or ()),
        "quotes": len(article.get("quotes") or ()),
        "sources": len(article.get("sources") or ()),
        "related": len(article.get("related") or ()),
        "article_json": json.dumps(article, ensure_ascii=False) if article else None,
    }


def to_dataframe(results: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """Turn a Bag of result dicts (from `extract_bag` / `extract_warcs`) into a Dask DataFrame."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise InputError("to_dataframe needs pandas: pip install 'articlekit[dask]'") from exc
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})
    return results.map(flat_row).to_dataframe(meta=meta)


def _client(scheduler: str | None, workers: int | None, connect_timeout: float) -> tuple[Any, Any]:
    """Connect to `scheduler`, or start a LocalCluster of one-thread worker processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("--engine dask needs dask.distributed: pip install 'articlekit[dask]'") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout=f"{connect_timeout}s"), None
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    import logging

    cluster = LocalCluster(
        n_workers=workers or default_workers(),
        threads_per_worker=1,  # lxml work holds the GIL: parallelism comes from processes
        processes=True,
        dashboard_address=":0",  # any free port: never collide with a cluster already running
        silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


def extract_lines(
    items: Iterable[Item],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    options: Options | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    connect_timeout: float = 20.0,
) -> Iterator[LineResult]:
    """What `articlekit batch --engine dask` runs: stream inputs to Dask, a bounded window in flight.

    Pages are read here and shipped with the task, so a remote cluster needs no shared disk.
    """
    opts = options or DEFAULT_OPTIONS
    client, cluster = _client(scheduler, workers, connect_timeout)
    try:
        from distributed import as_completed

        n = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        pending: dict[Any, list[PageInput]] = {}
        finished = as_completed()
        for chunk in chunked(iter(items), chunk_size):
            if isinstance(chunk, PageResult):
                yield result_line(chunk)
                continue
            loaded = [_loaded(p, opts) for p in chunk]
            pages = [p for p in loaded if isinstance(p, PageInput)]
            # pure=False: two chunks with the same pages must stay two tasks, not one shared key
            future = client.submit(extract_chunk_lines, pages, opts, pure=False)
            yield from (result_line(p) for p in loaded if isinstance(p, PageResult))
            pending[future] = chunk
            finished.add(future)
            while len(pending) >= n * TASKS_PER_WORKER:
                yield from _finish(next(finished), pending)
        for future in finished:
            yield from _finish(future, pending)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _loaded(page: PageInput, options: Options) -> PageInput | PageResult:
    """Read a file page on the client; an unreadable file becomes its error result."""
    try:
        return page.loaded(options.max_page_bytes)
    except InputError as exc:
        return PageResult(page.id, error=PageError.from_exception(exc), url=page.url)


def _finish(future: Any, pending: dict[Any, list[PageInput]]) -> list[LineResult]:
    """Return a finished task's lines; a task that failed (dead worker…) gives error lines."""
    chunk = pending.pop(future)
    try:
        return list(future.result())
    except Exception as exc:
        error = PageError.from_exception(exc)
        return [result_line(PageResult(p.id, error=error, url=p.url)) for p in chunk]
