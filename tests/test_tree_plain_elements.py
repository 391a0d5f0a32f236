"""load parses into lxml's plain element proxies: the tree helpers against lxml.html's methods they replace,
and the same Article whether the stages read plain elements or lxml.html's HtmlElement."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import extract, load
from articlekit.document import HtmlDocument
from articlekit.options import Options
from articlekit.tree import body_of, drop_tag, text_content

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
NO_DEADLINE = Options(deadline=None)  # the extraction runs in this thread, with this thread's parser
TRAPS = (
    "<html><head><title>t</title></head><body><div>avant <b>gras</b> milieu <!-- note --> <i>fin</i> queue"
    "<p>un <a href='/x'>lien</a><?pi x?> et <span></span> rien</p></div>après<ul><li>1</li><li>2<br>3</li>"
    "</ul><div><b>seul</b></div><div>texte<!-- c --></div><p><!-- seul --></p><p>x<i>y</i>z</p></body></html>"
)
_HTML_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)


def _pages() -> list[str]:
    """Markup of the fixture pages and a page of mixed texts, comments and processing instructions."""
    return [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [TRAPS]


@contextmanager
def _lookup(lookup: etree.ElementDefaultClassLookup | None) -> Iterator[None]:
    """This thread's parser makes elements of `lookup`'s classes meanwhile (None: load's own)."""
    parser = load._thread_parser()
    if lookup is not None:
        parser.set_element_class_lookup(lookup)
    try:
        yield
    finally:
        parser.set_element_class_lookup(load._ELEMENT_LOOKUP)


def _plain(markup: str, lookup: etree.ElementDefaultClassLookup | None = None) -> list[etree._Element]:
    """Every node of `markup` parsed as load parses it (plain etree elements, or those of `lookup`).

    lxml picks a node's class when it makes its proxy: the list keeps those made under `lookup`.
    """
    with _lookup(lookup):
        doc = load.load(markup)
        assert isinstance(doc, HtmlDocument)
        return list(doc.tree.iter())


@pytest.mark.parametrize("markup", _pages())
def test_load_gives_plain_elements_and_the_helpers_read_as_lxml_html(markup: str) -> None:
    plain_all, mixin_all = _plain(markup), _plain(markup, _HTML_LOOKUP)
    plain, mixin = plain_all[0], mixin_all[0]
    assert len(plain_all) == len(mixin_all)
    assert all(type(el) in (etree._Element, etree._Comment, etree._ProcessingInstruction) for el in plain_all)
    assert all(isinstance(el, (lxml_html.HtmlMixin)) for el in mixin_all)
    for el, twin in zip(plain_all, mixin_all, strict=True):
        if isinstance(el.tag, str):
            assert text_content(el) == twin.text_content() == text_content(twin)
        else:  # lxml.html's XPath takes no comment nor processing instruction: nor does the helper
            with pytest.raises(ValueError):
                twin.text_content()
            with pytest.raises(ValueError):
                text_content(el)
    assert body_of(plain) is not None and body_of(plain).tag == mixin.body.tag == "body"
    assert etree.tostring(body_of(plain)) == etree.tostring(mixin.body) == etree.tostring(body_of(mixin))


@pytest.mark.parametrize("markup", _pages())
def test_drop_tag_is_lxml_html_drop_tag(markup: str) -> None:
    count = len(_plain(markup))
    # drop each element in turn (and every third at once) from twin trees, one by each way
    for picks in [[i] for i in range(1, min(count, 150))] + [list(range(count - 1, 0, -3))]:
        mine_all, theirs_all = _plain(markup), _plain(markup, _HTML_LOOKUP)
        for i in picks:
            if mine_all[i].getparent() is None:
                continue
            drop_tag(mine_all[i])
            theirs_all[i].drop_tag()
        assert etree.tostring(mine_all[0]) == etree.tostring(theirs_all[0])


def _articles(lookup: etree.ElementDefaultClassLookup | None, markup: str) -> Iterator[str]:
    """The Article JSON of `markup` given as a str, as bytes and as a caller's lxml.html tree."""
    with _lookup(lookup):
        yield extract(markup, url="https://exemple.fr/a", options=NO_DEADLINE).to_json()
        yield extract(markup.encode(), url="https://exemple.fr/a", options=NO_DEADLINE).to_json()
    tree = lxml_html.document_fromstring(markup.encode())
    yield extract(tree, url="https://exemple.fr/a", options=NO_DEADLINE).to_json()


@pytest.mark.parametrize("markup", _pages())
def test_the_stages_give_the_same_article_on_htmlelement_trees(markup: str) -> None:
    plain = list(_articles(None, markup))
    assert list(_articles(_HTML_LOOKUP, markup)) == plain
    # a caller's own lxml.html tree keeps its HtmlElement proxies through the copy load makes (its
    # Article, the third, may differ: lxml decoded that page itself)
    tree = lxml_html.document_fromstring(markup.encode())
    copied = load.load(tree)
    assert isinstance(copied, HtmlDocument) and isinstance(copied.tree, lxml_html.HtmlElement)
    fragment = lxml_html.fragment_fromstring("<div><p>Un paragraphe assez long pour compter.</p></div>")
    doc = load.load(fragment)
    assert isinstance(doc, HtmlDocument) and body_of(doc.tree) is not None
    assert text_content(doc.tree) == fragment.text_content()
