"""The articlekit pytest plugin (entry point ``pytest11``): golden-page tests for scrapers.

- ``@pytest.mark.articlekit_pages("pages")`` runs a test once per saved page in that folder
  (relative to the test file); the test receives the ``articlekit_case`` fixture.
  ``@pytest.mark.parametrize("case", articlekit_cases(folder))`` does the same by hand.
- The ``articlekit_golden`` fixture compares an Article with a case's golden, or rewrites the golden
  when pytest runs with ``--articlekit-update``.
- ``assert article == other_article`` failures show a field-by-field diff.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from ..model import Article
from .compare import assert_article_matches, compare
from .diff import format_differences
from .goldens import Case, GoldenError, find_cases, write_golden

_UPDATED = pytest.StashKey[list[Path]]()
_MARKER = "articlekit_pages"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add --articlekit-update."""
    group = parser.getgroup("articlekit", "articlekit golden pages")
    group.addoption(
        "--articlekit-update",
        action="store_true",
        default=False,
        help="rewrite articlekit goldens from this run's Articles instead of comparing with them",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker and start the list of goldens rewritten by this run."""
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(folder, goldens=None): run the test once per saved page under folder (relative to the "
        "test file); the test takes the `articlekit_case` fixture",
    )
    config.stash[_UPDATED] = []


def articlekit_cases(folder: str | Path, goldens: str | Path | None = None) -> list[Any]:
    """Return one ``pytest.param`` per saved page under `folder`, for ``@pytest.mark.parametrize``.

    Each value is a `Case` (``.page``, ``.golden``, ``.read_page()``, ``.extract()``); the test id is
    the page's path inside `folder`. Pages without a golden are included: the ``articlekit_golden``
    fixture fails on them, or writes their golden under ``--articlekit-update``.
    """
    root = Path(folder)
    cases = find_cases(root, None if goldens is None else Path(goldens))
    return [pytest.param(c, id=c.page.relative_to(root).as_posix()) for c in cases]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise tests marked ``articlekit_pages`` over the pages of their folder."""
    marker = metafunc.definition.get_closest_marker(_MARKER)
    if marker is None:
        return
    if not marker.args:
        raise pytest.UsageError(f"@pytest.mark.{_MARKER} needs a folder: {_MARKER}('pages')")
    if "articlekit_case" not in metafunc.fixturenames:
        raise pytest.UsageError(
            f"{metafunc.definition.nodeid}: tests marked {_MARKER} take `articlekit_case`"
        )
    base = metafunc.definition.path.parent
    goldens = marker.kwargs.get("goldens")
    params = articlekit_cases(base / marker.args[0], None if goldens is None else base / goldens)
    metafunc.parametrize("articlekit_case", params)


@pytest.fixture
def articlekit_update(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites goldens (pytest --articlekit-update)."""
    return bool(request.config.getoption("articlekit_update"))


class GoldenCheck:
    """Compare an Article with a golden, or rewrite the golden when the run asks for it."""

    def __init__(self, update: bool, updated: list[Path]) -> None:
        """Compare (or, when `update`, rewrite and list in `updated`) goldens."""
        self.update = update
        self._updated = updated

    def __call__(
        self,
        target: Case | Path | str,
        actual: Article | dict[str, Any],
        *,
        fields: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
    ) -> None:
        """Check `actual` against the golden of `target` (a Case or a golden path) on the chosen fields."""
        __tracebackhide__ = True
        golden = target.golden if isinstance(target, Case) else Path(target)
        if self.update:
            if write_golden(golden, actual):
                self._updated.append(golden)
            return
        if not golden.is_file():
            pytest.fail(
                f"no golden at {golden}: write it with `pytest --articlekit-update` or `articlekit fixture`",
                pytrace=False,
            )
        assert_article_matches(actual, golden, fields=fields, ignore=ignore)


@pytest.fixture
def articlekit_golden(request: pytest.FixtureRequest, articlekit_update: bool) -> GoldenCheck:
    """A callable ``articlekit_golden(case, article, fields=..., ignore=...)`` checking against goldens."""
    return GoldenCheck(articlekit_update, request.config.stash[_UPDATED])


@pytest.fixture
def articlekit_case(request: pytest.FixtureRequest) -> Case:
    """The page under test, in a test marked ``articlekit_pages``."""
    case = getattr(request, "param", None)
    if not isinstance(case, Case):
        raise GoldenError(f"`articlekit_case` is only given to tests marked @pytest.mark.{_MARKER}(folder)")
    return case


def pytest_assertrepr_compare(config: pytest.Config, op: str, left: Any, right: Any) -> list[str] | None:
    """Explain a failed ``article == expected`` field by field (right is taken as the expected side)."""
    if op != "==" or not isinstance(left, Article) or not isinstance(right, Article):
        return None
    diffs = compare(left, right)
    if not diffs:
        return ["Article == Article", "the Articles differ only in the order of tags or source aliases"]
    return ["Article == Article", *format_differences(diffs).splitlines()]


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """List the goldens this run rewrote."""
    updated = config.stash.get(_UPDATED, [])
    if updated:
        terminalreporter.section("articlekit goldens")
        terminalreporter.write_line(f"rewrote {len(updated)} golden{'s' if len(updated) > 1 else ''}:")
        for path in updated:
            terminalreporter.write_line(f"  {path}")
