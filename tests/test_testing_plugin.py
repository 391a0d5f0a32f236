"""The pytest plugin, tested the way pytest plugins are: in throw-away projects run by pytester."""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from articlekit.testing import Case, golden_path, write_golden
from articlekit.testing.pages import make_page

pytest_plugins = ["pytester"]

MARKED = """
import pytest

@pytest.mark.articlekit_pages("pages")
def test_page(articlekit_case, articlekit_golden):
    articlekit_golden(articlekit_case, articlekit_case.extract(), ignore=["quotes", "sources"])
"""

HELPER = """
from pathlib import Path

import pytest
from articlekit.testing import articlekit_cases, assert_article_matches

PAGES = Path(__file__).parent / "pages"

@pytest.mark.parametrize("case", articlekit_cases(PAGES))
def test_headline(case):
    assert_article_matches(case.extract(), case.golden, fields=["headline"])
"""


def _project(pytester: pytest.Pytester, seeds: tuple[int, ...] = (0, 2), golden: bool = True) -> Path:
    """Lay out a scraper project: a pages/ folder of synthetic pages with goldens from articlekit itself."""
    pages = pytester.path / "pages"
    for seed in seeds:
        path = make_page(seed).save(pages, golden=False)
        if golden:
            write_golden(golden_path(path), Case(path, golden_path(path)).extract())
    return pages


def test_plugin_is_registered_through_the_pytest11_entry_point() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert found.get("articlekit") == "articlekit.testing.plugin"


def test_help_lists_the_update_option(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["*--articlekit-update*"])


def test_marker_parametrises_over_the_folder(pytester: pytest.Pytester) -> None:
    _project(pytester)
    pytester.makepyfile(test_site=MARKED)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*test_page?synthetic-0-semantic.html? PASSED*"])


def test_changed_golden_fails_with_a_field_diff(pytester: pytest.Pytester) -> None:
    pages = _project(pytester)
    golden = golden_path(pages / make_page(0).filename)
    data = json.loads(golden.read_text(encoding="utf-8"))
    data["headline"] = "Un autre titre"
    golden.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    pytester.makepyfile(test_site=MARKED)
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*Article does not match: 1 difference: headline*", '*- "Un autre titre"*'])


def test_update_option_rewrites_goldens(pytester: pytest.Pytester) -> None:
    pages = _project(pytester)
    golden = golden_path(pages / make_page(0).filename)
    before = golden.read_text(encoding="utf-8")
    golden.write_text(before.replace('"headline": "', '"headline": "X'), encoding="utf-8")
    pytester.makepyfile(test_site=MARKED)
    result = pytester.runpytest("--articlekit-update")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*articlekit goldens*", "rewrote 1 golden:", f"*{golden.name}"])
    assert golden.read_text(encoding="utf-8") == before
    pytester.runpytest().assert_outcomes(passed=2)


def test_missing_golden_fails_then_update_creates_it(pytester: pytest.Pytester) -> None:
    pages = _project(pytester, seeds=(3,), golden=False)
    pytester.makepyfile(test_site=MARKED)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no golden at*--articlekit-update*"])
    pytester.runpytest("--articlekit-update").assert_outcomes(passed=1)
    assert golden_path(pages / make_page(3).filename).is_file()
    pytester.runpytest().assert_outcomes(passed=1)


def test_articlekit_cases_helper_with_parametrize(pytester: pytest.Pytester) -> None:
    _project(pytester, seeds=(0, 1, 2))
    pytester.makepyfile(test_helper=HELPER)
    pytester.runpytest().assert_outcomes(passed=3)


def test_marker_without_the_case_fixture_is_a_usage_error(pytester: pytest.Pytester) -> None:
    _project(pytester, seeds=(0,))
    pytester.makepyfile(
        test_bad="""
import pytest

@pytest.mark.articlekit_pages("pages")
def test_page():
    pass
"""
    )
    result = pytester.runpytest()
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*take `articlekit_case`*"])


def test_article_equality_failure_is_explained_field_by_field(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_eq="""
from articlekit import Article, Block

def test_eq():
    expected = Article(headline="Titre", paragraphs=(Block("paragraph", "Un."), Block("paragraph", "Deux.")))
    actual = Article(headline="Titre", paragraphs=(Block("paragraph", "Un."),))
    assert actual == expected
"""
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*Article == Article*", "*1 difference: paragraphs*", "*paragraphs[[]1]  (missing)*"]
    )


def test_testing_package_does_not_need_pytest() -> None:
    import subprocess
    import sys

    code = "import sys, articlekit.testing, articlekit.testing.pages; print('pytest' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
