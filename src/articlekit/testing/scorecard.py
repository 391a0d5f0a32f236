"""How an extractor does on synthetic pages, field by field and layout by layout.

``python -m articlekit.testing.scorecard --seeds 50`` prints, for each layout, on how many pages
each field came out exactly as expected (text compared with whitespace collapsed; quotes and
sources compared as sets, quotes without a trailing stop).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ..model import Article
from .pages import LAYOUT_NAMES, SyntheticPage, make_page


def _norm(text: str | None) -> str:
    """Collapse whitespace and drop a trailing stop."""
    return " ".join((text or "").split()).strip(" .")


def _views(a: Article) -> dict[str, Any]:
    """The comparable form of each scored field of an Article."""
    return {
        "headline": a.headline,
        "lead": _norm(a.lead),
        "body": [(b.kind, _norm(b.text)) for b in a.paragraphs],
        "published": a.published,
        "modified": a.modified,
        "authors": a.authors,
        "section": a.section,
        "tags": a.tags,
        "related": [(r.title, r.url, r.date) for r in a.related],
        "related labels": [r.label for r in a.related],
        "quotes": sorted(_norm(q.text) for q in a.quotes),
        "speakers": sorted((_norm(q.text), q.speaker or "") for q in a.quotes),
        "quote kinds": sorted((_norm(q.text), q.kind) for q in a.quotes),
        "sources": sorted(s.name for s in a.sources),
        "source types": sorted((s.name, s.type) for s in a.sources),
        "links": [(link.url, link.text) for link in a.links],
        "images": a.images,
    }


FIELDS = tuple(_views(Article()))


def scorecard(
    seeds: Sequence[int], extract: Callable[[SyntheticPage], Article] | None = None
) -> dict[str, Counter[str]]:
    """Count, per layout (and "all"), the pages on which each field matched; "pages" counts pages."""
    run = extract or (lambda page: page.extract())
    table: dict[str, Counter[str]] = {name: Counter() for name in (*LAYOUT_NAMES, "all")}
    for seed in seeds:
        page = make_page(seed)
        got, want = _views(run(page)), _views(page.article)
        for row in (table[page.layout], table["all"]):
            row["pages"] += 1
            row.update(name for name in FIELDS if got[name] == want[name])
    return {name: row for name, row in table.items() if row["pages"]}


def format_scorecard(table: dict[str, Counter[str]]) -> str:
    """Render a scorecard as a text table: one row per layout, one column per field."""
    width = max(len(name) for name in table) + 2
    cols = {f: max(len(f), 7) for f in FIELDS}
    rows = ["layout".ljust(width) + " ".join(f.rjust(n) for f, n in cols.items())]
    for name, row in table.items():
        cells = " ".join(f"{row[f]}/{row['pages']}".rjust(n) for f, n in cols.items())
        rows.append(name.ljust(width) + cells)
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Print articlekit's scorecard over synthetic pages."""
    parser = argparse.ArgumentParser(prog="python -m articlekit.testing.scorecard", description=__doc__)
    parser.add_argument("--seeds", type=int, default=50, help="how many pages (seeds 0..N-1)")
    parser.add_argument("--start", type=int, default=0, help="first seed")
    args = parser.parse_args(argv)
    print(format_scorecard(scorecard(range(args.start, args.start + args.seeds))))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
