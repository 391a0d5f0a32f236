"""Clean's guard reading the link text of a region measured above an element answers as reading its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from articlekit import clean
from articlekit.load import load
from articlekit.tree import text_length

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_PROSE = "Une phrase de l'article qui parle de son sujet. "
_LINKS = "".join(f"<li><a href='/r{i}'>Rubrique numéro {i} du site</a></li>" for i in range(60))
# menus that swallowed the page (unclosed in the source): regions holding regions, each with long
# non-link text and many links, inside a link too; and menus whose links outweigh the text below
TRAP_PAGE = "".join(
    (
        "<html><body><header class='header'><div class='menu'><nav class='navbar'><ul>",
        _LINKS,
        "</ul><div class='nav-inner'><p>",
        _PROSE * 90,
        "</p><ul>",
        _LINKS,
        "</ul><div class='sub-nav'><p>",
        _PROSE * 70,
        "</p><div class='share'><p>",
        _PROSE * 20,
        "</p><ul>",
        _LINKS * 2,
        "</ul></div></div></div></nav></div></header><div class='menu'><ul>",
        _LINKS * 3,
        "</ul><div class='nav'><ul>",
        _LINKS * 2,
        "</ul><p>",
        _PROSE * 75,
        "</p></div></div><a href='/x'><div class='menu'><p>",
        _PROSE * 100,
        "</p><div class='nav'><p>",
        _PROSE * 80,
        "</p><a href='/y'><span>",
        _PROSE * 10,
        "</span></a></div></div></a></body></html>",
    )
)


def _pages() -> list[str]:
    """The markup of each page the test reads: the fixtures and the page of swallowing menus."""
    return [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [TRAP_PAGE]


def _dropped(markup: str) -> tuple[Any, set[Any]]:
    """The markup walk's root after the drop pass, and the elements holding a marker below them."""
    tree = load(markup.encode("utf-8")).tree  # type: ignore[union-attr]
    markers = clean._drop_non_content(tree)
    body = tree.find("body")
    return tree if body is None else body, clean._marker_holders(markers)


@pytest.mark.parametrize("markup", _pages())
def test_the_guard_with_the_links_above_judges_as_without(markup: str) -> None:
    """Asked of every element in page order (its ancestors first, as the walk asks), the guard answers
    the same with the link text it kept of the regions above and without, and keeps the plain readings."""
    root, holders = _dropped(markup)
    for label in ("nav", "promo", "share"):
        links: dict[Any, int] = {}
        for el in root.iter(etree.Element):
            expected = clean._holds_content(el, label, holders, text_length)
            assert clean._holds_content(el, label, holders, text_length, links) == expected
            if el in links:
                assert links[el] == clean._link_chars(el)


def test_the_links_above_settle_the_regions_of_a_swallowing_menu() -> None:
    """On the page of swallowing menus the bound settles regions whose own links are then not read."""
    root, holders = _dropped(TRAP_PAGE)
    links: dict[Any, int] = {}
    settled = 0
    for el in root.iter(etree.Element):
        answer = clean._holds_content(el, "nav", holders, text_length, links)
        if text_length(el) > clean._PLAIN_GUARD_CHARS and el not in links:
            settled += 1
            assert answer
    assert settled >= 3
