"""`clean._collapsed_over` must answer as the whole text collapsed and measured does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lxml import etree

from articlekit import clean
from articlekit.load import load
from articlekit.tree import text_content

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_LIMITS = (0, 1, 5, 60, 61, 150, 300, 1200)
_PIECES = ("", " ", "  \n\t ", "\xa0", "mot", "un mot", " deux mots ", "é", "x" * 70, " " * 500, "a b " * 90)


def _plain(el: etree._Element, limit: int) -> bool:
    """The reading `_collapsed_over` replaces."""
    return len(" ".join(text_content(el).split())) > limit


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_element_of_the_fixtures(path: Path) -> None:
    """Every element, before and after the drop pass (comments and processing instructions in the first)."""
    tree = load(path.read_bytes()).tree  # type: ignore[union-attr]
    for dropped in (False, True):
        if dropped:
            clean._drop_non_content(tree)
        for el in tree.iter(etree.Element):
            for limit in _LIMITS:
                assert clean._collapsed_over(el, limit) == _plain(el, limit)


def _random_element(rng: random.Random, depth: int = 0) -> etree._Element:
    """An element of random texts, tails, children, comments and processing instructions."""
    el = etree.Element("div")
    el.text = rng.choice(_PIECES)
    for _ in range(rng.randrange(0, 5) if depth < 3 else 0):
        kind = rng.random()
        if kind < 0.15:
            child = etree.Comment(rng.choice(_PIECES).replace("-", "") or "c")
        elif kind < 0.25:
            child = etree.ProcessingInstruction("pi", rng.choice(_PIECES))
        else:
            child = _random_element(rng, depth + 1)
        child.tail = rng.choice(_PIECES)
        el.append(child)
    el.tail = rng.choice(_PIECES)  # never read: the element's own tail is no part of its text
    return el


def test_random_elements() -> None:
    """Random nestings of short, long and blank pieces, around every limit."""
    rng = random.Random(6)
    for _ in range(3000):
        el = _random_element(rng)
        for limit in (*_LIMITS, rng.randrange(0, 400)):
            assert clean._collapsed_over(el, limit) == _plain(el, limit)


def test_a_prefix_of_white_space_is_read_whole() -> None:
    """A text longer than the prefix read first, blank there, is measured whole."""
    el = etree.fromstring("<div>" + " " * 1000 + "<b>" + "mot " * 20 + "</b></div>")
    assert clean._collapsed_over(el, 60) and _plain(el, 60)
    assert not clean._collapsed_over(el, 80) and not _plain(el, 80)


def _plain_upto(el: etree._Element, limit: int) -> tuple[int | None, str | None]:
    """The readings `_collapsed_upto` and `_text_upto` replace."""
    text = text_content(el)
    collapsed = len(" ".join(text.split()))
    return (collapsed if collapsed <= limit else None), (text if len(text) <= limit else None)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_measures_up_to_a_limit_on_the_fixtures(path: Path) -> None:
    """`_collapsed_upto` and `_text_upto` on every element, before and after the drop pass."""
    tree = load(path.read_bytes()).tree  # type: ignore[union-attr]
    for dropped in (False, True):
        if dropped:
            clean._drop_non_content(tree)
        for el in tree.iter(etree.Element):
            for limit in (*_LIMITS, 200, 2999):
                found = clean._collapsed_upto(el, limit), clean._text_upto(el, limit)
                assert found == _plain_upto(el, limit)


def test_the_measures_up_to_a_limit_on_random_elements() -> None:
    """Random nestings of short, long and blank pieces, around every limit."""
    rng = random.Random(7)
    for _ in range(3000):
        el = _random_element(rng)
        for limit in (*_LIMITS, rng.randrange(0, 400)):
            found = clean._collapsed_upto(el, limit), clean._text_upto(el, limit)
            assert found == _plain_upto(el, limit)
    el = etree.fromstring("<div>" + " " * 1000 + "<b>" + "mot " * 20 + "</b></div>")
    assert clean._collapsed_upto(el, 79) == 79 and clean._collapsed_upto(el, 78) is None


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_list_test_answers_as_with_whole_lengths(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`_is_list_like` settling long elements by `_collapsed_upto` answers as with their whole length."""
    tree = load(path.read_bytes()).tree  # type: ignore[union-attr]
    clean._drop_non_content(tree)
    elements = list(tree.iter(etree.Element))
    found = [clean._is_list_like(el) for el in elements]
    monkeypatch.setattr(clean, "_collapsed_upto", lambda el, limit: _plain_upto(el, limit)[0])
    assert found == [clean._is_list_like(el) for el in elements]
