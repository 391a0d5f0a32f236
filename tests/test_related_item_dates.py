"""The related stage's per-item date memo must give, for every link, the date the plain reading gives."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from articlekit import related
from articlekit.lexicon import get

LEX = get("fr")


def _plain_date_near(
    item: lxml_html.HtmlElement, a: lxml_html.HtmlElement, page: related._Page
) -> dt.date | None:
    """`_date_near` as it read before the memo: every item read again for each link."""
    for time_el in related._TIMES(item) if len(item) else ():
        when = related.to_day(time_el.get("datetime"), LEX, structured=True) or related.to_day(
            related.clean_text(related._text_content(time_el)), LEX
        )
        if when is not None:
            return when
    title = related._title_of(a, page)
    for chunk in related._text_chunks(item, title) if related._has_digit(page.text(item)) else ():
        when = related.to_day(chunk, LEX)
        if when is not None:
            return when
    prev = item.getprevious()
    if prev is not None and isinstance(prev.tag, str) and not related._has_link(prev):
        return related.to_day(related.clean_text(related._text_content(prev)), LEX)
    return None


PAGES = [
    # links that are their own block: each gets the whole page as its item
    "<html><body><p>Publié le 3 mai 2021</p><a href='/a'>Un premier titre assez long</a>"
    "<a href='/b'>Un second titre assez long</a><time datetime='2020-01-02'>2 janvier</time></body></html>",
    "<html><body><p>Publié le 3 mai 2021</p><a href='/a'>Un premier titre assez long</a>"
    "<a href='/b'>Un second titre assez long</a></body></html>",
    # a title that reads as a date itself: the next dated piece is the link's date
    "<html><body><a href='/a'>12 mars 2019</a><span>le 3 mai 2021</span>"
    "<a href='/b'>Un titre assez long ici</a><span>4 juin 2022</span></body></html>",
    "<html><body><a href='/a'>12 mars 2019</a><span>12 mars 2019</span><a href='/b'>Un titre assez long</a>"
    "</body></html>",
    "<html><body><a href='/a'>12 mars 2019</a><a href='/b'>Un titre assez long</a></body></html>",
    "<html><body><ul><li><a href='/a'>Un titre assez long</a> <span>12/03/2024</span></li>"
    "<li><a href='/b'>Un autre titre assez long</a> <em>sans date</em></li></ul></body></html>",
    "<html><body><p>9 avril 2018</p><div><a href='/a'>Un titre assez long</a></div></body></html>",
    "<html><body><p>rien</p></body></html>",
]


@pytest.mark.parametrize("markup", PAGES)
def test_date_near_gives_the_plain_reading_for_every_link_and_item(markup: str) -> None:
    root = lxml_html.document_fromstring(markup)
    memo_page = related._Page(related.vocabulary(LEX), LEX)
    plain_page = related._Page(related.vocabulary(LEX), LEX)
    anchors = list(root.iter("a"))
    # every element as the item of every link, twice over (the second round reads the memo)
    for _ in range(2):
        for item in root.iter():
            for a in anchors:
                assert related._date_near(item, a, memo_page) == _plain_date_near(item, a, plain_page)
