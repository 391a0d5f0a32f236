"""Related's short-text search skips the long off-limits regions clean labelled (`related._silent`): no
label or insert cue found there can give a block, so the page's related links and labels stay the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from articlekit import clean, related
from articlekit.lexicon import for_page
from articlekit.load import load
from articlekit.tree import text_content

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_LINKS = "".join(
    f"<li><a href='/sujet-{i}.html'>Un autre article sur le même sujet, numéro {i}</a></li>" for i in range(4)
)
_LONG = "<p>" + "Une longue phrase de menu ou de commentaire. " * 50 + "</p>"
_MENU = "".join(f"<li><a href='/rubrique-{i}/'>La rubrique numéro {i} du site</a></li>" for i in range(80))
_PROSE = "<p>" + "Un paragraphe de l'article. " * 20 + "</p>"
# labels and insert cues in long and short menus, hidden and comment regions, an insert whose climb
# would leave a short region, and a related block after them
TRAPS = (
    "<html><body><nav><h3>Sur le même sujet</h3><ul>" + _LINKS + _MENU + "</ul></nav>"
    "<nav><p>Lire aussi</p><ul>" + _LINKS + "</ul></nav>"
    "<div class='comments'><p>Lire aussi : <a href='/c.html'>Un article cité dans un commentaire</a></p>"
    + _LONG
    + "</div>"
    "<div><span class='visually-hidden'>À lire aussi :</span> "
    "<a href='/h.html'>Un article du site sur le sujet</a>"
    "</div><div hidden><h2>Articles liés</h2><ul>" + _LINKS + "</ul>" + _LONG + "</div>"
    "<main><h1>Le titre</h1>" + _PROSE + "<p>Lire aussi : <a href='/i.html'>Un article de la rubrique</a></p>"
    "<h2>Sur le même sujet</h2><ul>" + _LINKS + "</ul></main></body></html>"
)


def _pages() -> list[str]:
    """The markup of each page the tests read: the fixtures and the page of traps."""
    return [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [TRAPS]


def _cleaned(markup: str) -> tuple[Any, clean.Walked, Any]:
    """The page as related reads it (cleaned), clean's walk and the page's lexicon."""
    tree = load(markup.encode("utf-8")).tree  # type: ignore[union-attr]
    lex = for_page("fr", clean.page_language(tree))
    return tree, clean.clean(tree, lex=lex), lex


def _page(tree: Any, lex: Any, walked: clean.Walked) -> related._Page:
    """Related's page record of a cleaned whole page, with clean's walk."""
    return related._Page(related.vocabulary(lex), lex, scope=tree.find("body"), in_body=True, walked=walked)


def _labels(tree: Any) -> list[tuple[str, str | None]]:
    """Every element's path and label: what the stages after related read."""
    root = tree.getroottree()
    return [(root.getpath(el), el.get("data-ak")) for el in tree.iter(etree.Element)]


@pytest.mark.parametrize("markup", _pages())
def test_the_silent_regions_change_no_link_and_no_label(markup: str, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = []
    for silent in (related._silent, lambda region: False):
        monkeypatch.setattr(related, "_silent", silent)
        tree, walked, lex = _cleaned(markup)
        links = related.find_related(tree, url="https://site.example/a.html", lex=lex, walked=walked)
        runs.append((links, _labels(tree)))
    assert runs[0] == runs[1]


@pytest.mark.parametrize("markup", _pages())
def test_what_the_search_leaves_out_lies_in_a_long_off_limits_region(
    markup: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree, walked, lex = _cleaned(markup)
    silent = related._silent
    found = related._walked_scan_texts(_page(tree, lex, walked), walked)
    monkeypatch.setattr(related, "_silent", lambda region: False)
    plain = related._walked_scan_texts(_page(tree, lex, walked), walked)
    assert found is not None and plain is not None
    for kept, every in zip(found, plain, strict=True):
        left_out = [el for el in every if el not in kept]
        assert kept == [el for el in every if el not in left_out]  # the same order
        for el in left_out:
            assert related._off_limits(el)
            region = next(up for up in (el, *el.iterancestors()) if silent(up))
            assert len(text_content(region)) > related._INLINE_MAX_RAW
    if markup is TRAPS:
        assert sum(map(len, plain)) - sum(map(len, found)) >= 3  # labels and a cue in long regions
        assert found[1]  # the short cues still found
