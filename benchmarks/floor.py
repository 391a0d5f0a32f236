"""What any pure-Python extractor over lxml pays per page: the parse, then walks of every element.

Usage (from the repository root):
    .venv/bin/python benchmarks/floor.py --corpus ../shared/corpus

For every corpus page (read into memory first) it times, with `perf_counter`, lxml's parse of the bytes
as articlekit's load parses them (plain C element proxies, UTF-8), then the parse followed by: one Python
walk visiting every element; one walk reading each element's tag, class, id, text and tail; four such
walks; the whole text by lxml's text serialiser. It prints the mean and median ms/page of each, so the
cost of one reading walk can be set against the issue-3 median target (4 x the parse).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from speed import read_corpus  # the sibling benchmark (its folder is first on sys.path when run)

_PARSER = lxml_html.HTMLParser(encoding="utf-8", collect_ids=False, default_doctype=False)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup())


def _parse(data: bytes) -> etree._Element | None:
    """Parse a page as load does (None for a page lxml refuses)."""
    try:
        return lxml_html.document_fromstring(data, parser=_PARSER)  # type: ignore[no-any-return]
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _visit(root: etree._Element) -> None:
    """Visit every element, reading nothing."""
    for _ in root.iter():
        pass


def _read(root: etree._Element) -> None:
    """Visit every element, reading its tag, class, id, text and tail."""
    for el in root.iter():
        _ = (el.tag, el.get("class"), el.get("id"), el.text, el.tail)


def _read_four(root: etree._Element) -> None:
    """Four reading walks."""
    for _ in range(4):
        _read(root)


def _serialise(root: etree._Element) -> None:
    """The whole text by lxml's text serialiser."""
    etree.tostring(root, method="text", encoding=str)


def _timed(pages: list[bytes], after: Callable[[etree._Element], None] | None) -> tuple[float, float]:
    """Mean and median ms/page of the parse followed by `after` (None: the parse alone)."""
    times = []
    for data in pages:
        start = time.perf_counter()
        root = _parse(data)
        if root is not None and after is not None:
            after(root)
        times.append(time.perf_counter() - start)
    return statistics.fmean(times) * 1000, statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    """Print the mean and median ms/page of the parse and of each walk added to it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    pages = [data for _, data, _ in read_corpus(args.corpus, args.limit)]
    rows: list[tuple[str, Callable[[etree._Element], None] | None]] = [
        ("lxml's parse alone", None),
        ("+ one Python walk visiting every element", _visit),
        ("+ reading tag, class, id, text and tail of every element", _read),
        ("+ four such reading walks", _read_four),
        ("+ the whole text by lxml's serialiser", _serialise),
    ]
    print(f"{len(pages)} pages; ms/page (mean, p50)")
    for label, after in rows:
        _timed(pages[:50], after)  # warm: caches, allocator
        mean, p50 = _timed(pages, after)
        print(f"| {label} | {mean:.2f} | {p50:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
