"""Tests of what keeps a region with a boilerplate class from being labelled, and of the drop pass's edges."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from articlekit import clean
from articlekit.lexicon import get

LEX = get("fr")
PROSE = (
    "Les installations de panneaux photovoltaïques ont progressé de 38 % au premier semestre, "
    "selon les chiffres publiés mercredi par l’Observatoire, qui souligne une dynamique inédite. "
)


def _cleaned(body: str, head: str = "<title>t</title>") -> lxml_html.HtmlElement:
    """Parse a page with the given head and body and run clean on it."""
    tree = lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    clean.clean(tree, lex=LEX)
    return tree


def _label(tree: lxml_html.HtmlElement, xpath: str) -> str | None:
    """The data-ak label of the first element matching `xpath`."""
    return tree.xpath(xpath)[0].get(clean.LABEL_ATTR)


def test_region_holding_the_article_body_is_kept_even_when_short() -> None:
    tree = _cleaned("<div class='sidebar-layout'><div itemprop='articleBody'>Court.</div></div>")
    assert _label(tree, "//body/div") is None


def test_region_holding_an_article_element_is_kept() -> None:
    tree = _cleaned("<div class='widget'><article><p>Court.</p></article></div>")
    assert _label(tree, "//body/div") is None


def test_region_that_is_itself_a_heading_is_still_labelled() -> None:
    # the guard asks for a headline INSIDE the region, not the region itself
    tree = _cleaned(f"<h1 class='share-title'>Partager</h1><p>{PROSE}</p>")
    assert _label(tree, "//h1") == "share"


def test_small_boilerplate_box_is_labelled() -> None:
    tree = _cleaned(f"<div class='newsletter'>Inscrivez-vous</div><p>{PROSE}</p>")
    assert _label(tree, "//div") == "newsletter"


def test_long_unlinked_text_without_sentences_is_kept() -> None:
    # no run of 60 characters (verse, CJK, lists) but over 3000 characters of non-link text
    lines = "".join(f"<span>ligne numéro {i} du poème</span>" for i in range(200))
    tree = _cleaned(f"<div class='widget'>{lines}</div>")
    assert _label(tree, "//body/div") is None


def test_long_list_of_links_is_labelled() -> None:
    links = "".join(
        f"<li><a href='/a{i}'>Un titre d'article numéro {i} assez long</a></li>" for i in range(120)
    )
    tree = _cleaned(f"<div class='widget'><ul>{links}</ul></div><p>{PROSE}</p>")
    assert _label(tree, "//body/div") == "promo"


def test_head_jsonld_kept_while_head_meta_and_links_are_dropped() -> None:
    head = (
        "<title>t</title><meta name='a' content='b'>\n<link rel='x' href='/y'>\n"
        '<script type="application/ld+json">{"articleBody": "x"}</script><style>p{}</style>'
    )
    tree = _cleaned("<p>Texte</p>", head=head)
    assert tree.xpath("//meta|//link|//style") == []
    scripts = tree.xpath("//head/script")
    assert len(scripts) == 1 and scripts[0].get(clean.LABEL_ATTR) == "hidden"


def test_dropped_element_tail_joins_the_text_before_it() -> None:
    tree = _cleaned("<p>Avant<svg><g/></svg> après<input> fin</p>")
    para = tree.find(".//p")
    assert etree.tostring(para, encoding="unicode") == "<p>Avant après fin</p>"
