"""Tests of the related stage's fast paths: each must give what the plain reading it replaces gives."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from articlekit import related
from articlekit.lexicon import get

LEX = get("fr")


def test_any_digit_is_str_isdigit_on_every_character() -> None:
    for code in range(0x110000):
        char = chr(code)
        assert (related._ANY_DIGIT.search(char) is not None) == char.isdigit(), hex(code)


@pytest.mark.parametrize("text", ["sans chiffre", "le 3 mai", "m²", "①", "٣", "", "Ｘ"])
def test_has_digit_matches_a_loop_over_the_characters(text: str) -> None:
    assert related._has_digit(text) == any(c.isdigit() for c in text)


@pytest.mark.parametrize(
    "markup",
    [
        "<div><h1>T</h1><a href='/x'>Un titre assez long</a></div>",
        "<h1><a href='/x'>Un titre assez long</a></h1>",
        "<div><section><h1>T</h1></section><a href='/x'>Un titre assez long</a></div>",
        "<div><h2>T</h2><a href='/x'>Un titre assez long ici</a></div>",
    ],
)
def test_h1_test_of_a_link_list_matches_element_path(markup: str) -> None:
    el = lxml_html.fragment_fromstring(markup)
    page = related._Page(related.vocabulary(LEX), LEX)
    holds_h1 = el.tag == "h1" or el.find(".//h1") is not None
    if holds_h1:
        assert not related._reads_as_link_list(el, None, page)
    else:
        assert related._reads_as_link_list(el, None, page) == related._reads_as_link_list(
            lxml_html.fragment_fromstring(markup), None, related._Page(related.vocabulary(LEX), LEX)
        )


@pytest.mark.parametrize(
    "markup",
    [
        "<li><a href='/a'>Un titre assez long</a> <span>12/03/2024</span></li>",
        "<li><a href='/a'>Un titre assez long</a> <span>mardi</span> <em>sans date</em></li>",
        "<li><a href='/a'>Un titre assez long</a><!-- 2024 --> texte</li>",
        "<li><a href='/a'>Un titre assez long</a> <span>le 3 mai 2021</span></li>",
        "<li><a href='/a'>Un titre ²</a> publié</li>",
    ],
)
def test_date_near_skips_only_items_without_a_digit(markup: str) -> None:
    """The item-wide digit test must not lose a date the piece-by-piece reading finds."""
    item = lxml_html.fragment_fromstring(markup)
    page = related._Page(related.vocabulary(LEX), LEX)
    a = item.find(".//a")
    plain = None
    title = related._title_of(a, page)
    for chunk in related._text_chunks(item, title):
        plain = related.to_day(chunk, LEX)
        if plain is not None:
            break
    assert related._date_near(item, a, page) == plain
    if plain is not None:
        assert related._has_digit(page.text(item))
