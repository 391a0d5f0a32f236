"""Related's link tests that stop early must answer what the plain reading of every link answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from articlekit import clean, related
from articlekit.lexicon import for_page
from articlekit.load import load

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_CARD = "<li><a href='/{0}.html'>Un autre article sur le même sujet, numéro {0}</a></li>"
# cards of one target, of two (the same link twice, a second article), a label with links inside it
TRAP_PAGE = (
    "<html><body><main><h1>Le titre</h1><p>" + "Un paragraphe de l'article. " * 20 + "</p>"
    "<div><h2>Lire aussi <a href='/label.html'>Un article dans le titre du bloc</a></h2><div><ul>"
    + "".join(_CARD.format(i) for i in range(4))
    + "</ul></div></div>"
    "<div class='card'><a href='/a.html'>Le même article montré deux fois</a>"
    "<a href='/a.html'>Le même article montré deux fois</a></div>"
    "<div class='card'><a href='/a.html'>Le même article montré deux fois</a>"
    "<a href='/b.html'>Un deuxième article sur un autre sujet</a><a href='/c.html'>Et un troisième</a></div>"
    "<div class='card'><a href='/'>Accueil</a><h3>Un titre de carte sans lien</h3></div>"
    "</main></body></html>"
)


def _pages() -> list[str]:
    """Markup of each page the tests read: the fixtures and a page of traps."""
    return [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [TRAP_PAGE]


def _prepared(markup: str) -> tuple[Any, Any]:
    """The page cleaned, as related reads it, and its lexicon."""
    tree = load(markup.encode("utf-8"), url=None).tree  # type: ignore[union-attr]
    lex = for_page("fr", clean.page_language(tree))
    clean.clean(tree, lex=lex)
    return tree, lex


def _page(lex: Any) -> Any:
    """A fresh page record: nothing judged yet."""
    return related._Page(related.vocabulary(lex), lex)


def _plain_one_target(el: Any, lex: Any) -> list[Any] | None:
    """The reading `_one_target` replaces: every link judged, then the targets counted."""
    anchors = related._article_anchors(el, None, _page(lex))
    return anchors if len({related.clean_text(a.get("href")) for a in anchors}) <= 1 else None


@pytest.mark.parametrize("markup", _pages())
def test_early_stops_answer_as_the_plain_reading(markup: str) -> None:
    """`_one_target` and `_holds_article_link` against `_article_anchors` read whole on a fresh page,
    with the shared page's memo filled in page order and, for a second pass, already full."""
    tree, lex = _prepared(markup)
    elements = [el for el in tree.iter() if isinstance(el.tag, str) and related._links(el)][:400]
    labels = [None, *(el for el in elements if el.tag in ("h2", "h3"))][:4]
    page = _page(lex)
    for _ in range(2):
        for el in elements:
            got = related._one_target(el, page)
            want = _plain_one_target(el, lex)
            assert (got is None) == (want is None)
            assert got is None or want is None or [id(a) for a in got] == [id(a) for a in want]
            for label in labels:
                plain = related._article_anchors(el, label, _page(lex))
                assert related._holds_article_link(el, label, page) == bool(plain)
                known = page.anchors.get((el, label))
                assert known is None or known == plain
