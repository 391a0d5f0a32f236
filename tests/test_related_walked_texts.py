"""Related's short-text search read from clean's walk (`clean.Walked`) must find what its XPath finds."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import clean, related
from articlekit.lexicon import for_page
from articlekit.load import load

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_LINKS = "".join(
    f"<li><a href='/sujet-{i}.html'>Un autre article sur le même sujet, numéro {i}</a></li>" for i in range(4)
)
_PROSE = "<p>" + "Un paragraphe de l'article. " * 20 + "</p>"
# labels and cues as texts, tails, in labelled leaves and regions, after no-break spaces, and a heading the
# words pass wraps with its list (its tail moves into the wrapper)
TRAPS = (
    "<html><body>\xa0<nav><p>Lire aussi</p><ul>" + _LINKS + "</ul></nav>"
    "<main><h1>Le titre</h1>" + _PROSE + "<div>\xa0\xa0</div><div>\u2003</div>"
    "<div class='newsletter'>À lire aussi</div>"
    "<div><b>x</b>Lire aussi : <a href='/autre.html'>Un autre article du site sur le sujet</a></div>"
    "<h2>Sur le même sujet</h2>\n<ul>" + _LINKS + "</ul><ul>" + _LINKS + "</ul>"
    "<h3>Voir aussi</h3>tail<ul>" + _LINKS + "</ul></main>"
    "<footer><h2>Articles liés</h2><ul>" + _LINKS + "</ul></footer></body></html>"
)
PADDED = (
    "<html><body><main>"
    + _PROSE
    + "<h2>"
    + " " * 400
    + "Lire aussi</h2><ul>"
    + _LINKS
    + "</ul></main></body></html>"
)
SPLIT = (
    "<html><body><main>"
    + _PROSE
    + "<h2>Lire <!-- x --> aussi</h2><ul>"
    + _LINKS
    + "</ul></main></body></html>"
)


def _pages() -> list[str]:
    """The markup of each page the tests read: the fixtures and the pages of traps."""
    return [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [TRAPS, PADDED, SPLIT]


def _cleaned(markup: str) -> tuple[Any, clean.Walked, Any]:
    """The page as related reads it (cleaned), clean's walk and the page's lexicon."""
    tree = load(markup.encode("utf-8")).tree  # type: ignore[union-attr]
    lex = for_page("fr", clean.page_language(tree))
    return tree, clean.clean(tree, lex=lex), lex


def _page(tree: Any, lex: Any, walked: clean.Walked | None) -> related._Page:
    """Related's page record of a cleaned whole page, with or without clean's walk."""
    return related._Page(related.vocabulary(lex), lex, scope=tree.find("body"), in_body=True, walked=walked)


@pytest.mark.parametrize("markup", _pages())
def test_the_texts_read_from_the_walk_give_the_labels_and_cues_of_the_xpath(markup: str) -> None:
    tree, walked, lex = _cleaned(markup)
    plain = related._scan_texts(tree, _page(tree, lex, None))
    assert related._scan_texts(tree, _page(tree, lex, walked)) == plain
    if not walked.padded and not walked.split:
        assert related._walked_scan_texts(_page(tree, lex, walked), walked) == plain
    if markup is TRAPS:
        assert len(plain[0]) >= 3 and len(plain[1]) == 1
        assert any(el.get("data-ak") is not None for el in plain[0])  # a label inside a labelled region
    if markup is PADDED:
        assert walked.padded and plain[0]
    if markup is SPLIT:
        assert walked.split and not plain[0]  # "Lire " and " aussi" are two texts to the XPath


def test_a_tail_whose_owner_got_a_wrapper_is_not_read_from_the_walk() -> None:
    tree, walked, lex = _cleaned(TRAPS)
    page = _page(tree, lex, walked)
    cues = related._walked_scan_texts(page, walked)[1]  # type: ignore[index]
    assert len(cues) == 1
    # the cue is a tail: a new element beside it (no source line) may now hold it
    etree.SubElement(cues[0], "div")
    assert related._walked_scan_texts(_page(tree, lex, walked), walked) is None


def _split_plainly(tree: Any) -> bool:
    """Whether an element's text or a tail is made of two text nodes not all whitespace (read by XPath)."""
    for el in tree.iter(etree.Element):
        slots = [el.text, *(child.tail for child in el)]
        nodes = el.xpath("text()")
        if sum(1 for t in nodes if not t.isspace()) > sum(1 for t in slots if t and not t.isspace()):
            return True
    return False


def test_the_split_test_tells_what_stripping_the_comments_leaves() -> None:
    rng = random.Random(7)
    pieces = ["mot", " ", "\n", "<!-- c -->", "<?pi x?>", "<b>gras</b>", "<i></i>", "\xa0"]
    for _ in range(3000):
        inner = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        tree = lxml_html.document_fromstring(f"<html><body><div>{inner}</div><p>x</p></body></html>")
        expected = clean._splits_text(tree)
        etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        assert expected == _split_plainly(tree), inner
