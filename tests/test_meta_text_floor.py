"""The page's text floor (its <p>s' direct texts) settles comparisons exactly as the measured text does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import lexicon
from articlekit.meta import page, published
from articlekit.tree import text_length

#: the plain reading `tree.text_length` replaces
_TEXT_LENGTH = etree.XPath("string-length(.)")

FIXTURES = Path(__file__).parent / "fixtures"

TRAPS = [
    "<html><body><p>Un <script>var x = 'long script text in a paragraph';</script> deux</p></body></html>",
    "<html><body><p><!-- comment --> après</p><p>&eacute;t&eacute; &amp; hiver</p>"
    "<noscript><p>no</p></noscript>"
    "<style>p { color: red }</style><div class='sidebar'><p>Côté</p></div></body></html>",
    "<html><body><div class='main'><p>子<rt>こ</rt>ども</p><template><p>gabarit</p></template></div>"
    "<aside class='related'><p>Lire aussi</p></aside></body></html>",
    "<html><body><p></p><p>  </p><div>Texte hors paragraphe, plus long que les paragraphes.</div>"
    "</body></html>",
]


def _markups() -> list[str | bytes]:
    """The traps and every fixture page."""
    found: list[str | bytes] = list(TRAPS)
    found += [p.read_bytes() for p in sorted(FIXTURES.iterdir()) if p.suffix in (".html", ".htm")]
    return found


def _page(markup: str | bytes) -> Any:
    """A fresh page record of a markup."""
    return page._build_page(lxml_html.document_fromstring(markup), None, lexicon.get("fr"), "Europe/Paris")


@pytest.mark.parametrize("markup", _markups())
def test_the_floor_settles_as_the_measure(markup: str | bytes) -> None:
    """The floor is no more than the measure, and each comparison through it answers as the measure does."""
    pg = _page(markup)
    size = pg.size[1]
    scripts = sum(len(s.text or "") for s in pg.tree.iter("script", "style", "noscript"))
    assert size == int(_TEXT_LENGTH(pg.tree)) - scripts
    assert page._text_floor(pg) <= size
    for length in {
        0,
        size - 1,
        size,
        size + 1,
        page._text_floor(pg),
        page._text_floor(pg) - 1,
        size // 2,
        size * 3,
    }:
        assert page._text_exceeds(_page(markup), length) == (size > length)


@pytest.mark.parametrize("markup", _markups())
def test_wrappers_and_headline_regions_read_as_the_plain_test(markup: str | bytes) -> None:
    """`_is_wrapper` and the headline region's share answer as the plain comparisons on every element."""
    pg = _page(markup)
    for el in pg.tree.iter():
        if not isinstance(el.tag, str):
            continue
        length = int(_TEXT_LENGTH(el))
        assert text_length(el) == length
        plain = page._holds_most_paragraphs(el, pg) or length * 2 > pg.size[1]
        assert page._is_wrapper(el, pg) == plain
        assert (length * published.NEAR_HEADLINE_SHARE < pg.size[1]) == page._text_exceeds(
            pg, length * published.NEAR_HEADLINE_SHARE
        )
