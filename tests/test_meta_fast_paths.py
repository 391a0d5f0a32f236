"""meta's fast paths against the plain readings they replace (same output, less Python per element)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import dates, lexicon
from articlekit.meta import authors, page

PAGES = [
    "<html><body><div><!-- x --><span>Par Jean Dupont</span></div></body></html>",
    "<html><body><div><!-- x -->Par Jean Dupont<p>Texte</p></div></body></html>",
    "<html><body><div> <b> </b>By Jane Doe<i>x</i></div></body></html>",
    "<html><body><div><b> </b> <i>Von Hans Müller</i></div></body></html>",
    "<html><body><p><span>Texte</span> par ailleurs</p><div><b>Autor:</b> Fritz Imhof</div></body></html>",
    "<html><body><div class='byline'><a rel='author' href='/author/x'>Jane Doe</a></div></body></html>",
    "<html><body><div><?pi x?>Écrit par Anne Roy</div><div>\u00a0Par Léa Fil</div></body></html>",
    "<html><body><section><div><div>  </div>  </div><div>Propos recueillis par Marc Lévy</div>"
    "</section></body></html>",
]


def _plain_bylines(pg: Any, rels: dict[Any, str]) -> Iterator[tuple[bool, str]]:
    """The byline walk as it read before: every element of the page walk, children read by `_piece_start`."""
    lex = pg.lex
    gate = authors._byline_gate(dates.date_data(lex).BYLINE_PREFIXES)
    marked = authors._hinted_bylines(pg, rels)
    hinted = 0
    for el in pg.tree.iter(etree.Element):
        if el.tag not in authors._BYLINE_TAGS:
            continue
        text = el.text
        children = 0
        start: str | None = ""
        if text is not None and not text.isspace():
            if authors._gated(text.strip(authors._LABEL_PUNCT), gate) and not len(el):
                label = authors._label_line(el, text, gate, lex)
                if label:
                    yield True, label
                    continue
            start = text
        else:
            children = len(el)
            if children:
                start = None
        if marked and hinted < authors.MAX_BYLINE_TRIES and el in marked:
            if authors._skip_hinted(el, rels.get(el), pg) or page._in_skipped(el, pg, footers=False):
                continue
            hinted += 1
            strict = False
        else:
            if start is None:
                start = authors._piece_start(el[0])
                if not start and children > 1:
                    start = authors._piece_start(el[1])
            if not authors._gated(start.lstrip(), gate):
                continue
            if not authors._opens_byline(authors._head_text(el), lex):
                continue
            strict = True
        line = authors._short_spaced(el, authors.MAX_BYLINE_CHARS)
        if line:
            yield strict, line


@pytest.mark.parametrize("markup", PAGES)
@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_byline_walk_reads_as_the_plain_walk(markup: str, lang: str) -> None:
    """The walk over lxml's tag filter (a wrapper's first child read inline) yields as the plain walk."""
    tree = lxml_html.document_fromstring(markup)
    pg = page._build_page(tree, None, lexicon.get(lang), "UTC")
    rels = authors._link_rels(pg)
    assert list(authors._visible_bylines(pg, rels)) == list(_plain_bylines(pg, rels))


@pytest.mark.parametrize("markup", PAGES)
def test_page_walk_buckets_match_a_plain_walk(markup: str) -> None:
    """The scanned tags picked by lxml's filter are those a test per element picks, in document order."""
    tree = lxml_html.document_fromstring(markup)
    scan = page._scan(tree)
    everything = list(tree.iter(etree.Element))
    for tag in page._SCANNED_TAGS:
        assert scan.of(tag) == [el for el in everything if el.tag == tag]
    assert scan.hints == {el: page._hints(el) for el in everything if page._hints(el)}


def test_meta_values_read_every_key_in_order() -> None:
    """<meta> keys from one attribute read: property, name, itemprop and http-equiv, contents in order."""
    tree = lxml_html.document_fromstring(
        "<html><head><meta property='og:title' name='Title' content=' A  b '>"
        "<meta name='title' value='C'><meta name='empty' content=' '><meta itemprop='x' content='D'>"
        "<meta http-equiv='Content-Language' content='fr'></head><body></body></html>"
    )
    found = page._meta_values(tree, page._scan(tree))
    assert found == {"og:title": ("A b",), "title": ("A b", "C"), "x": ("D",), "content-language": ("fr",)}


@pytest.mark.parametrize(
    "markup",
    [
        *PAGES,
        "<html><body><p>a<p>b</p></p><div><p>c</p><p>d</p><p>e</p></div><aside><p>f</p></aside></body></html>",
        "<html><body><div class='sidebar'><p>a</p><p>b</p></div><main><p>c</p><p>d</p></main></body></html>",
    ],
)
def test_paragraph_share_counts_as_the_xpath(markup: str) -> None:
    """The early-stopping count of <p> under an element settles the wrapper test as `count(.//p)` did."""
    tree = lxml_html.document_fromstring(markup)
    pg = page._build_page(tree, None, lexicon.get("fr"), "UTC")
    for el in tree.iter(etree.Element):
        assert page._holds_most_paragraphs(el, pg) == (int(page._P_COUNT(el)) * 2 > pg.size[0])
