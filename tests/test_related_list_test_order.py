"""Related's link-list test, its parts run cheapest first, must answer what the plain reading answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from articlekit import clean, related
from articlekit.lexicon import for_page
from articlekit.load import load

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_ITEMS = "".join(
    f"<li><a href='/sujet-{i}.html'>Un autre article sur le même sujet, numéro {i}</a></li>" for i in range(4)
)
_LONG_LINKED = (
    "<p>"
    + "Un paragraphe <a href='/lien.html'>avec un long lien dans son texte</a> et du texte. " * 8
    + "</p>"
)
# lists with teasers of every length, a long paragraph made mostly of link text, prose beside links,
# a label inside the list
TRAPS = (
    "<html><body><main><h1>Le titre</h1>" + "<p>" + "Un paragraphe de l'article. " * 20 + "</p>"
    "<div><h2>Sur le même sujet</h2><ul>" + _ITEMS + "</ul></div>"
    "<div><ul>" + _ITEMS + "</ul><p>" + "Un chapeau d'article assez long. " * 9 + "</p></div>"
    "<div><ul>" + _ITEMS + "</ul><p>" + "Un chapeau d'article assez long. " * 10 + "</p></div>"
    "<div><ul>" + _ITEMS + "</ul>" + _LONG_LINKED + "</div>"
    "<section><p>Un texte court.</p><ul>" + _ITEMS + "</ul><p>" + "De la prose. " * 40 + "</p></section>"
    "</main></body></html>"
)


def _pages() -> list[str]:
    """The markup of each page the tests read: the fixtures and the page of traps."""
    return [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [TRAPS]


def _plain(el: Any, label: Any, page: related._Page) -> bool:
    """`_reads_as_link_list` as read before its parts were reordered: every link judged first."""
    if next(el.iter("h1"), None) is not None:
        return False
    anchors = related._article_anchors(el, label, page)
    if not anchors:
        return False
    total = len(page.text(el))
    linked = sum(len(related._title_of(a, page)) for a in anchors)
    loose = total - linked
    if loose > related._LOOSE_BASE + related._LOOSE_PER_LINK * len(anchors):
        return False
    if linked < related._MIN_LINKED_SHARE * total:
        return False
    return not any(related._prose_chars(p, page) > related._PROSE_MAX for p in el.iter("p"))


@pytest.mark.parametrize("markup", _pages())
def test_the_list_test_answers_as_the_plain_reading(markup: str) -> None:
    tree = load(markup.encode("utf-8")).tree  # type: ignore[union-attr]
    lex = for_page("fr", clean.page_language(tree))
    clean.clean(tree, lex=lex)
    shared = related._Page(related.vocabulary(lex), lex)  # memos filled as the page is read
    lists = 0
    for el in tree.iter(etree.Element):
        labels = [None, *(child for child in el if isinstance(child.tag, str))][:3]
        for label in labels:
            fresh = related._Page(related.vocabulary(lex), lex)
            expected = _plain(el, label, related._Page(related.vocabulary(lex), lex))
            assert related._reads_as_link_list(el, label, fresh) == expected
            assert related._reads_as_link_list(el, label, shared) == expected
            lists += expected
    assert lists  # some elements are lists
