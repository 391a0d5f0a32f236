"""Related's reads it skips or reorders give what the plain readings give: the finders passing over
candidates that overlap a block already taken, the teaser-widget search climbing over the labels above
only an element that holds a run of cards, and the short texts of clean's walk (leaf regions measured
without XPath)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from articlekit import clean, related
from articlekit.lexicon import for_page
from articlekit.load import load

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_URL = "https://site.example/rubrique/article.html"
_PROSE = "<p>" + "Un paragraphe de l'article, assez long pour être de la prose. " * 8 + "</p>"


def _links(name: str, count: int = 4) -> str:
    """A list of `count` article links of the site."""
    return "".join(
        f"<li><a href='/{name}-{i}.html'>Un autre article sur le même sujet, {name} {i}</a></li>"
        for i in range(count)
    )


def _cards(name: str) -> str:
    """Four cards of other articles of the site side by side (a teaser widget)."""
    return "".join(
        f"<div class='card'><a href='/{name}-{i}.html'>Le titre de la carte {name} numéro {i}</a></div>"
        for i in range(4)
    )


# labels and cues between and inside labelled regions (several regions after the same text, leaves,
# regions clean does not enter), the same label text repeated
INTERLEAVED = (
    "<html><body><main><h1>Le titre</h1>" + _PROSE + "<h2>Sur le même sujet</h2><ul>" + _links("a") + "</ul>"
    "<div class='ad'>Lire aussi</div><div class='promo'><h3>Articles liés</h3><ul>"
    + _links("b")
    + "</ul></div><div class='share'><span>Lire aussi :</span></div>"
    "<h2>À lire aussi</h2><ul>" + _links("c") + "</ul>"
    "<div class='newsletter'><p>Voir aussi</p></div><div class='promo'>Sur le même sujet</div>"
    + _PROSE
    + "<h3>Sur le même sujet</h3><ul>"
    + _links("d")
    + "</ul>"
    "<p>Lire aussi : <a href='/e.html'>Un article de la rubrique sur le même sujet</a></p></main>"
    "<footer><h2>Articles liés</h2><ul>" + _links("f") + "</ul></footer></body></html>"
)
# hinted boxes inside a labelled block, a box clean labels related that is hinted too, nested hinted
# boxes, a hinted box holding a labelled block and another hinted box (passed over with the first),
# widgets outside and inside labelled regions and menus
OVERLAPS = (
    "<html><body><main><h1>Le titre</h1>" + _PROSE + "<div><h2>Sur le même sujet</h2>"
    "<ul class='related-list'>" + _links("a") + "</ul><ul class='similar'>" + _links("b") + "</ul></div>"
    "<aside class='related'><h3>Articles liés</h3><ul class='related-items'>" + _links("c") + "</ul></aside>"
    "<div class='related-posts'><div class='related-box'><ul>" + _links("d") + "</ul></div></div>"
    "<div class='related-wrap'><div><h2>Sur le même sujet</h2><ul>" + _links("e") + "</ul></div>"
    "<div class='similar'><ul>"
    + _links("g")
    + "</ul></div></div>"
    + _PROSE
    + "<section><h2>Trending</h2>"
    + _cards("t")
    + "</section><nav>"
    + _cards("n")
    + "</nav><div class='newsletter'>"
    + _cards("s")
    + "</div></main></body></html>"
)


def _pages() -> list[str]:
    """The markup of each page the tests read: the fixtures and the pages of traps."""
    return [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [INTERLEAVED, OVERLAPS]


def _cleaned(markup: str) -> tuple[Any, clean.Walked, Any]:
    """The page as related reads it (cleaned), clean's walk and the page's lexicon."""
    tree = load(markup.encode("utf-8"), url=_URL).tree  # type: ignore[union-attr]
    lex = for_page("fr", clean.page_language(tree))
    return tree, clean.clean(tree, lex=lex), lex


def _page(tree: Any, lex: Any, walked: clean.Walked | None) -> related._Page:
    """Related's page record of a cleaned whole page, with or without clean's walk."""
    page = related._Page(related.vocabulary(lex), lex, scope=tree.find("body"), in_body=True, walked=walked)
    page.article_elements = list(tree.iter("article"))
    return page


def _labels(tree: Any) -> list[tuple[str, str | None]]:
    """Every element's path and label: what the stages after related read."""
    root = tree.getroottree()
    return [(root.getpath(el), el.get("data-ak")) for el in tree.iter(etree.Element)]


@pytest.mark.parametrize("markup", _pages())
def test_the_walks_texts_give_the_labels_and_cues_of_the_page_in_page_order(markup: str) -> None:
    tree, walked, lex = _cleaned(markup)
    plain = related._scan_texts(tree, _page(tree, lex, None))  # the page-wide XPath reading
    if walked.padded or walked.split:
        return
    assert related._walked_scan_texts(_page(tree, lex, walked), walked) == plain
    if markup is INTERLEAVED:
        labels, cues = plain
        assert len(labels) >= 5 and cues
        assert any(el.get("data-ak") is not None for el in labels)  # from a labelled region
        assert len({at for _, at in walked.closed}) < len(walked.closed)  # regions after the same text


def _plain_blocks(tree: Any, labels: list[Any], page: related._Page) -> list[Any]:
    """`related._blocks` as it read before the finders saw the blocks taken: every candidate read whole."""
    out: list[Any] = []
    taken: set[Any] = set()
    finders = (
        related._label_blocks(labels, page),
        related._hint_blocks(tree, page),
        related._labelled_blocks(tree, page),
        related._shape_blocks(page),
    )
    for block in related._chain(*finders):
        if taken and any(related._overlaps(el, taken) for el in block.elements):
            continue
        out.append(block)
        taken.update(block.elements)
    return out


@pytest.mark.parametrize("markup", _pages())
def test_the_finders_passing_over_taken_blocks_find_the_same_blocks(markup: str) -> None:
    runs = []
    for blocks in (related._blocks, _plain_blocks):
        tree, walked, lex = _cleaned(markup)
        page = _page(tree, lex, walked)
        labels, _ = related._scan_texts(tree, page)
        found = blocks(tree, labels, page)
        runs.append([(tree.getroottree().getpath(el), b.label) for b in found for el in b.elements])
    assert runs[0] == runs[1]
    if markup is OVERLAPS:
        assert len(runs[0]) >= 3


def _plain_widgets(tree: Any, base: str | None, page: related._Page) -> None:
    """`related._label_teaser_widgets` as it read before: the labels above every wide element first."""
    site = related._host(base)
    outside: dict[Any, bool] = {}
    for parent in related._wide_elements(page):
        if parent.tag in related._FLOW_TAGS or parent.tag in related._SKIP_TAGS:
            continue
        if not related._unlabelled(parent, outside):
            continue
        for run in related._runs(parent):
            if related._is_widget(run, base, site, page):
                for el in related._widget_box(parent, run, page):
                    el.set("data-ak", related._WIDGET_LABEL)
                outside.clear()
    for card in related._nested_cards(base, site, page, outside):
        card.set("data-ak", related._WIDGET_LABEL)


@pytest.mark.parametrize("markup", _pages())
def test_the_widget_search_climbing_only_over_runs_labels_the_same_widgets(markup: str) -> None:
    runs = []
    for widgets in (related._label_teaser_widgets, _plain_widgets):
        tree, walked, lex = _cleaned(markup)
        widgets(tree, _URL, _page(tree, lex, walked))
        runs.append(_labels(tree))
    assert runs[0] == runs[1]
    if markup is OVERLAPS:
        labelled = [path for path, label in runs[0] if label == related._WIDGET_LABEL]
        assert labelled and all("nav" not in path for path in labelled)
