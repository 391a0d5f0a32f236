"""What clean's walk hands to related (`clean.Walked`) must stand for the page walk it replaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from articlekit import clean, related
from articlekit.lexicon import for_page, get
from articlekit.load import load

LEX = get("fr")
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
WIDGET_PAGE = (
    "<html><body><nav><ul><li><a href='/a'>A</a></li><li><a href='/b'>B</a></li><li>C</li></ul></nav>"
    "<div class='share'><a href='/s1'>x</a><a href='/s2'>y</a><a href='/s3'>z</a></div>"
    "<main><h1>Le titre</h1><p>" + "Un paragraphe de l'article. " * 20 + "</p>"
    "<h2>À lire aussi</h2><ul><li>un</li><li>deux</li><li>trois</li></ul>"
    "<div class='cards'>"
    + "".join(
        f"<div class='card'><h3><a href='https://site.example/article-{i}.html'>Un titre d'article numéro {i}"
        "</a></h3><p>court</p></div>"
        for i in range(4)
    )
    + "</div></main></body></html>"
)


# class/id hints in walked elements, under a skipped region (nav, hidden) and under a kept one (footer, share)
_LINKS = "".join(
    f"<li><a href='/sujet-{i}.html'>Un autre article sur le même sujet, numéro {i}</a></li>" for i in range(4)
)
HINT_PAGE = (
    "<html><body id='related-body'><nav><ul class='related-nav'>" + _LINKS + "</ul></nav>"
    "<div hidden><div class='articles-lies'><ul>" + _LINKS + "</ul></div></div>"
    "<main><h1>Le titre</h1><p>" + "Un paragraphe de l'article. " * 20 + "</p>"
    "<section id='lire-aussi'><ul>" + _LINKS + "</ul></section></main>"
    "<footer><div class='related-posts'><ul>" + _LINKS + "</ul></div><p id='similar'>x</p></footer>"
    "<div class='share'><span class='recommend'><a href='/r.html'>Recommander cet article à un ami</a>"
    "</span></div>"
    "</body></html>"
)


def _pages() -> list[tuple[str, str | None]]:
    """Markup and URL of each page the tests read: the fixtures, a page of widgets, a page of hints."""
    return [(path.read_text(encoding="utf-8", errors="replace"), None) for path in FIXTURES] + [
        (WIDGET_PAGE, "https://site.example/x.html"),
        (HINT_PAGE, "https://site.example/y.html"),
    ]


@pytest.mark.parametrize("markup,url", _pages())
def test_the_wide_elements_walked_are_those_of_the_page_walk_that_related_reads(
    markup: str, url: str
) -> None:
    tree = lxml_html.document_fromstring(markup)
    walked = clean.clean(tree, lex=LEX)
    bodies = list(tree.iter("body"))
    assert len(bodies) == 1 and walked.root is bodies[0]
    plain = related._WITH_CARDS[True](walked.root)
    page = related._Page(related.vocabulary(LEX), LEX, scope=walked.root, in_body=True, walked=walked)
    mine = related._wide_elements(page)
    # the same elements in the same order, but those under a label (which related passes over)
    assert mine == [el for el in plain if el in set(mine)]
    memo: dict = {}
    for el in plain:
        if el not in set(mine):
            assert not related._unlabelled(el, memo)


@pytest.mark.parametrize("markup,url", _pages())
def test_find_related_reads_the_same_with_and_without_the_walk(markup: str, url: str) -> None:
    trees = [load(markup.encode("utf-8"), url=url).tree for _ in range(2)]  # type: ignore[union-attr]
    lex = for_page("fr", clean.page_language(trees[0]))
    walked = clean.clean(trees[0], lex=lex)
    clean.clean(trees[1], lex=lex)
    with_walk = related.find_related(trees[0], url=url, lex=lex, walked=walked)
    plain = related.find_related(trees[1], url=url, lex=lex)
    assert with_walk == plain
    assert lxml_html.tostring(trees[0]) == lxml_html.tostring(trees[1])
