"""Related's class/id hint search read from the metadata walk must find what the page search finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from articlekit import clean, meta, related
from articlekit.lexicon import for_page, get
from articlekit.load import load
from articlekit.options import Options

LEX = get("fr")
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_LINKS = "".join(
    f"<li><a href='/sujet-{i}.html'>Un autre article sur le même sujet, numéro {i}</a></li>" for i in range(4)
)
# hints in kept and skipped regions, on <body>, in <head>, in a dialog and a script clean removes, in an
# element clean unwraps, beside an itemprop, with a hint split between class and id, in upper case
HINT_PAGE = (
    "<html><head><meta itemprop='related' content='x'><link class='related' href='/x'></head>"
    "<body id='related-body'><nav><ul class='related-nav'>" + _LINKS + "</ul></nav>"
    "<div hidden><div class='articles-lies'><ul>" + _LINKS + "</ul></div></div>"
    "<dialog class='related-dialog'><div id='similar-in-dialog'><ul>" + _LINKS + "</ul></div></dialog>"
    "<script class='related-script'>var x = 1;</script>"
    "<main><h1>Le titre</h1><p>" + "Un paragraphe de l'article. " * 20 + "</p>"
    "<section id='lire-aussi'><ul>" + _LINKS + "</ul></section>"
    "<div class='RELATED-Upper' itemprop='articleBody'><ul>" + _LINKS + "</ul></div>"
    "<div class='rel' id='ated'><ul>" + _LINKS + "</ul></div>"
    "<div class='relative' itemprop='related'><p>x</p></div></main>"
    "<footer><div class='related-posts'><ul>" + _LINKS + "</ul></div><p id='similar'>x</p></footer>"
    "<div class='share'><span class='recommend'><a href='/r.html'>Recommander cet article à un ami</a>"
    "</span></div>"
    "</body></html>"
)


def _pages() -> list[tuple[str, str | None]]:
    """Markup and URL of each page the tests read: the fixtures and a page of hints."""
    return [(path.read_text(encoding="utf-8", errors="replace"), None) for path in FIXTURES] + [
        (HINT_PAGE, "https://site.example/y.html")
    ]


def _prepared(markup: str, url: str | None) -> tuple[Any, dict[Any, str], Any]:
    """The page as related reads it (metadata read, then cleaned), meta's hint strings and its lexicon."""
    tree = load(markup.encode("utf-8"), url=url).tree  # type: ignore[union-attr]
    _, hints = meta.read_page(tree, url=url, lex=LEX, options=Options())
    lex = for_page("fr", clean.page_language(tree))
    clean.clean(tree, lex=lex)
    return tree, hints, lex


@pytest.mark.parametrize("markup,url", _pages())
def test_the_hinted_elements_read_from_meta_are_those_of_the_page_search(
    markup: str, url: str | None
) -> None:
    tree, hints, lex = _prepared(markup, url)
    words = related.vocabulary(lex)
    body = tree.find("body")
    plain = related._hinted_elements(body, words, True)
    assert related._scanned_hinted_elements(body, words, hints) == plain
    if markup is HINT_PAGE:
        # the head, the dialog and the script are out; 'rel' + 'ated' and 'relative' + itemprop are no hint
        classes = [el.get("class") or el.get("id") for el in plain]
        assert classes == [
            "related-body",
            "related-nav",
            "articles-lies",
            "lire-aussi",
            "RELATED-Upper",
            "related-posts",
            "similar",
            "recommend",
        ]


def test_an_element_clean_removed_is_not_read_back_from_the_metadata_walk() -> None:
    tree, hints, lex = _prepared(HINT_PAGE, None)
    removed = [el for el in hints if el.get("class") in ("related-dialog", "related-script")]
    assert len(removed) == 2 and all(el.getparent() is None for el in removed)  # detached, proxy alive
    inside = [el for el in hints if el.get("id") == "similar-in-dialog"]
    assert len(inside) == 1 and inside[0].getparent() is not None  # still under the removed dialog
    found = related._scanned_hinted_elements(tree.find("body"), related.vocabulary(lex), hints)
    assert not set(found) & {*removed, *inside}


@pytest.mark.parametrize("markup,url", _pages())
def test_find_related_reads_the_same_with_and_without_the_metadata_walk(markup: str, url: str | None) -> None:
    (tree, hints, lex), (other, _, _) = _prepared(markup, url), _prepared(markup, url)
    assert related.find_related(tree, url=url, lex=lex, hints=hints) == related.find_related(
        other, url=url, lex=lex
    )
    assert lxml_html.tostring(tree) == lxml_html.tostring(other)
