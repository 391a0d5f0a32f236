"""Web archives in: HTML response records of WARC / WARC.gz files as PageInputs (the `warc` extra).

Reading goes through warcio (imported when first needed), which streams records, undoes chunked
transfer and gzip content encodings, and detects gzip per record. Each page keeps its WARC record
id as its id, its target URI as its URL, and the HTTP Content-Type (hence the charset) as a hint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .batch import Item, PageError, PageInput, PageResult, walk_files
from .errors import InputError
from .options import DEFAULT_OPTIONS

#: file names a folder walk picks up as web archives
WARC_GLOBS = ("*.warc", "*.warc.gz")

#: media types worth extracting; anything else (images, JSON, CSS…) is skipped
_HTML_TYPE = re.compile(r"^\s*(text/html|application/xhtml\+xml)\b", re.IGNORECASE)
#: the start of a body that looks like markup, for records served without a Content-Type
_MARKUP_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<!--)", re.IGNORECASE)


def _archive_iterator(stream: BinaryIO) -> Any:
    """Return warcio's record iterator, or explain how to install the extra."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise InputError("reading WARC files needs warcio: pip install 'articlekit[warc]'") from exc
    return ArchiveIterator(stream)


def is_warc_path(path: str | Path) -> bool:
    """True when a file name says it is a web archive (.warc or .warc.gz)."""
    name = str(path).lower()
    return name.endswith((".warc", ".warc.gz"))


def iter_warc(
    source: str | Path | BinaryIO,
    *,
    max_bytes: int = DEFAULT_OPTIONS.max_page_bytes,
) -> Iterator[PageInput]:
    """Yield a PageInput for each HTML response (or resource) record of a WARC or WARC.gz file."""
    if isinstance(source, (str, Path)):
        try:
            stream: BinaryIO = Path(source).open("rb")  # noqa: SIM115 (closed below, after the check)
        except OSError as exc:
            raise InputError(f"cannot read {source}: {exc}") from exc
        with stream:
            yield from _records(stream, str(source), max_bytes)
    else:
        yield from _records(source, getattr(source, "name", "<stream>"), max_bytes)


def _records(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[PageInput]:
    """Walk the records of one archive stream, keeping the HTML pages."""
    records = _archive_iterator(stream)
    try:
        for record in records:
            page = _page(record, name, records, max_bytes)
            if page is not None:
                yield page
    except InputError:
        raise
    except Exception as exc:  # warcio raises plain exceptions on damaged archives
        raise InputError(f"{name}: not a readable WARC file ({type(exc).__name__}: {exc})") from exc


def _page(record: Any, name: str, records: Any, max_bytes: int) -> PageInput | None:
    """Turn one record into a PageInput, or None when it is not a successful HTML page."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = http.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
    else:
        return None
    if content_type and not _HTML_TYPE.match(content_type):
        return None
    body = record.content_stream().read(max_bytes + 1)
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID") or f"{name}@{records.get_record_offset()}"
    if len(body) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
        # warcio hands out what it could read of a cut record: a partial page is no page
        raise InputError(f"{name}: truncated at record {record_id}")
    if not content_type and not _MARKUP_START.match(body[:512]):
        return None
    return PageInput(
        record_id,
        data=body,
        url=headers.get_header("WARC-Target-URI"),
        content_type=content_type,
    )


class ByteMeter:
    """How far a walk through archives has read: bytes done against the inputs' total (for an ETA)."""

    def __init__(self, total: int = 0) -> None:
        """Start at zero of `total` bytes."""
        self.total = total
        self.done = 0

    @property
    def fraction(self) -> float | None:
        """The share of the input read so far, or None when the total is unknown."""
        return min(self.done / self.total, 1.0) if self.total > 0 else None


def warc_files(paths: Iterable[str | Path], globs: Iterable[str] = WARC_GLOBS) -> Iterator[Path]:
    """Yield the archive files named: files as given, folders walked for `*.warc(.gz)`."""
    patterns = tuple(globs)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from walk_files(path, patterns)
        elif path.exists():
            yield path
        else:
            raise InputError(f"no such file or folder: {path}")


def warc_inputs(
    paths: Iterable[str | Path], globs: Iterable[str] = WARC_GLOBS, *, meter: ByteMeter | None = None
) -> Iterator[Item]:
    """Yield the pages of several archives (see `warc_files`), advancing `meter` as bytes are read.

    A damaged or truncated archive gives its readable records, then one error result whose id is
    the file's path, and the walk goes on with the next archive.
    """
    for path in warc_files(paths, globs):
        yield from _archive_pages(path, meter or ByteMeter())


def _archive_pages(path: Path, meter: ByteMeter) -> Iterator[Item]:
    """The pages of one archive, then an error result if it could not be read to the end."""
    start = meter.done
    try:
        with path.open("rb") as stream:
            for page in _records(stream, str(path), DEFAULT_OPTIONS.max_page_bytes):
                meter.done = start + stream.tell()
                yield page
    except OSError as exc:
        yield PageResult(str(path), error=PageError("InputError", f"cannot read {path}: {exc}"))
    except InputError as exc:
        yield PageResult(str(path), error=PageError.from_exception(exc))
    meter.done = start + _size(path)


def _size(path: Path) -> int:
    """The size of a file in bytes (0 when it cannot be read)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def write_warc(
    target: str | Path | BinaryIO,
    pages: Iterable[tuple[str, bytes, str]],
    *,
    gzip: bool = True,
) -> int:
    """Write `(url, body, content_type)` pages as WARC response records; return how many were written.

    Meant for building test archives and benchmarks from saved pages.
    """
    try:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter
    except ImportError as exc:
        raise InputError("writing WARC files needs warcio: pip install 'articlekit[warc]'") from exc
    if isinstance(target, (str, Path)):
        with Path(target).open("wb") as out:
            return write_warc(out, pages, gzip=gzip)
    writer = WARCWriter(target, gzip=gzip)
    count = 0
    for url, body, content_type in pages:
        http = StatusAndHeaders(
            "200 OK",
            [("Content-Type", content_type), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(url, "response", payload=_bytes_io(body), http_headers=http)
        writer.write_record(record)
        count += 1
    return count


def _bytes_io(data: bytes) -> BinaryIO:
    """Wrap bytes in a stream for warcio's writer."""
    import io

    return io.BytesIO(data)
