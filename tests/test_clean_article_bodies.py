"""Clean's guard given the metadata walk's article bodies judges every region as its XPath reading does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from articlekit import clean, meta
from articlekit.lexicon import for_page, get
from articlekit.load import load
from articlekit.options import Options
from articlekit.tree import text_length

LEX = get("fr")
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_PROSE = "Une phrase assez longue de l'article, qui parle de son sujet sans détour aucun. " * 8
# article bodies where clean drops them (a <meta>, a <script>, in the head), unwraps them (a <button>
# swallowing the page), in labelled regions short and long, on a labelled region itself, nested, in
# another case, beside other itemprops
TRAP_PAGE = (
    "<html><head><meta itemprop='articleBody' content='x'><title>t</title></head><body>"
    "<div class='share'><meta itemprop='articleBody' content='Le texte'><a href='/p'>Partager</a></div>"
    "<div class='sidebar'><script itemprop='articleBody'>var x = 1;</script><p>Court</p></div>"
    "<div class='promo'><div><span itemprop='articleBody'>Un texte court</span></div></div>"
    "<div class='widget'><p>" + _PROSE + "</p><div itemprop='articleBody'><p>x</p></div></div>"
    "<div class='related' itemprop='articleBody'><p>" + _PROSE + "</p></div>"
    "<aside><div itemprop='ArticleBody'><p>" + _PROSE + "</p></div></aside>"
    "<nav><button itemprop='articleBody'><p>" + _PROSE + "</p><a href='/a'>lien</a></button></nav>"
    "<div class='newsletter'><p itemprop='description articleBody'>" + _PROSE + "</p></div>"
    "<div class='comments'><div itemprop='articleBody'><p>" + _PROSE + "</p></div></div>"
    "<div class='footer'><div class='ad'><div><p itemprop='articleBody'>y</p></div></div>"
    "<div itemprop='text'><p>" + _PROSE + "</p></div></div>"
    "<main><h1>Le titre</h1><div itemprop='articleBody'><p>" + _PROSE + "</p></div></main>"
    "</body></html>"
)
_STRING_LENGTH = etree.XPath("string-length()")
_HOLDS_BODY = etree.XPath("boolean(descendant::*/@itemprop = 'articleBody')")


def _pages() -> list[str]:
    """The markup of each page the tests read: the fixtures and the page of traps."""
    return [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [TRAP_PAGE]


def _dropped(markup: str) -> tuple[Any, Any, list[Any], tuple[Any, ...]]:
    """The page after clean's drop pass: its tree, the markup walk's root, the markers and meta's bodies."""
    tree = load(markup.encode("utf-8")).tree  # type: ignore[union-attr]
    _, hints = meta.read_page(tree, url=None, lex=LEX, options=Options())
    markers = clean._drop_non_content(tree)
    body = tree.find("body")
    return tree, tree if body is None else body, markers, hints.bodies


def test_meta_finds_the_article_bodies_the_xpath_finds() -> None:
    """`bodies` are the elements whose itemprop is exactly "articleBody", in page order."""
    tree = load(TRAP_PAGE.encode("utf-8")).tree  # type: ignore[union-attr]
    _, hints = meta.read_page(tree, url=None, lex=LEX, options=Options())
    assert list(hints.bodies) == tree.xpath("//*[@itemprop = 'articleBody']")
    assert len(hints.bodies) == 10


@pytest.mark.parametrize("markup", _pages())
def test_the_holders_and_text_lengths_are_the_xpath_ones(markup: str) -> None:
    """After the drop pass, an element holds an article body below it exactly when the XPath says so,
    and `text_length` is its string-length()."""
    _, root, markers, bodies = _dropped(markup)
    plain = clean._marker_holders(markers)
    holders = clean._marker_holders([*markers, *bodies])
    for el in root.iter(etree.Element):
        assert (el in holders) == (el in plain or _HOLDS_BODY(el)), etree.tostring(el)[:200]
        assert text_length(el) == int(_STRING_LENGTH(el))


@pytest.mark.parametrize("markup", _pages())
def test_the_guard_with_the_bodies_judges_as_the_xpath_reading(markup: str) -> None:
    """`_holds_content` given the bodies' holders and `text_length` answers as with its own XPath."""
    _, root, markers, bodies = _dropped(markup)
    plain = clean._marker_holders(markers)
    holders = clean._marker_holders([*markers, *bodies])
    for el in root.iter(etree.Element):
        for label in ("nav", "promo", "share", "hidden", "comments", "related"):
            expected = clean._holds_content(el, label, plain)
            assert clean._holds_content(el, label, holders, text_length) == expected


@pytest.mark.parametrize("markup", _pages())
def test_clean_with_the_bodies_labels_as_without(markup: str) -> None:
    """The whole clean pass gives the same tree and the same walk with meta's bodies and without."""
    results = []
    for given in (False, True):
        tree = load(markup.encode("utf-8")).tree  # type: ignore[union-attr]
        _, hints = meta.read_page(tree, url=None, lex=LEX, options=Options())
        lex = for_page("fr", clean.page_language(tree))
        walked = clean.clean(tree, lex=lex, bodies=hints.bodies if given else None)
        where = tree.getroottree().getpath
        results.append(
            (
                etree.tostring(tree, encoding=str),
                [(where(el), text) for el, text in walked.texts],
                [(where(el), at) for el, at in walked.closed],
                [where(el) for el in walked.wide],
            )
        )
    assert results[0] == results[1]


def test_the_trap_page_labels_what_holds_no_article_body() -> None:
    """On the page of traps the bodies change the verdicts they must (a check that the test bites)."""
    tree = load(TRAP_PAGE.encode("utf-8")).tree  # type: ignore[union-attr]
    _, hints = meta.read_page(tree, url=None, lex=LEX, options=Options())
    clean.clean(tree, lex=LEX, bodies=hints.bodies)
    labels = {el.get("class"): el.get(clean.LABEL_ATTR) for el in tree.iter("div") if el.get("class")}
    # an article body below: kept, however short; dropped with its <meta>/<script>: labelled
    assert labels["promo"] is None and labels["widget"] is None and labels["ad"] is None
    assert labels["share"] == "share" and labels["sidebar"] == "promo"
    # on the region itself, or in another case: not below it
    assert labels["related"] == "related"
