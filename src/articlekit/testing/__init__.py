"""Testing helpers for scrapers built on articlekit: goldens, comparisons with diffs, synthetic pages.

>>> from articlekit.testing import assert_article_matches, make_page
>>> page = make_page(seed=7, layout="semantic")
>>> assert_article_matches(page.extract(), page.article, fields=["headline", "related"])

The pytest plugin (``articlekit.testing.plugin``, loaded automatically through the ``pytest11``
entry point) adds ``--articlekit-update``, the ``articlekit_pages`` marker and the
``articlekit_golden`` fixture; ``articlekit_cases`` is importable from here (it needs pytest).
"""

from __future__ import annotations

from typing import Any

from .compare import assert_article_matches, compare, project
from .diff import Difference, diff_goldens, format_differences
from .goldens import (
    Case,
    GoldenError,
    dumps_golden,
    find_cases,
    golden_dict,
    golden_path,
    read_golden,
    write_golden,
)
from .pages import LAYOUT_NAMES, SyntheticPage, make_page

__all__ = [
    "LAYOUT_NAMES",
    "Case",
    "Difference",
    "GoldenError",
    "SyntheticPage",
    "articlekit_cases",
    "assert_article_matches",
    "compare",
    "diff_goldens",
    "dumps_golden",
    "find_cases",
    "format_differences",
    "golden_dict",
    "golden_path",
    "make_page",
    "project",
    "read_golden",
    "write_golden",
]


def __getattr__(name: str) -> Any:
    """Load the pytest-only helper on first use, so that importing this package does not need pytest."""
    if name == "articlekit_cases":
        from .plugin import articlekit_cases

        return articlekit_cases
    raise AttributeError(f"module 'articlekit.testing' has no attribute {name!r}")
