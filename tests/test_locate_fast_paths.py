"""locate's fast paths give what the plain readings they replace give (same scores, same choice)."""

from __future__ import annotations

import re

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import clean, locate
from articlekit.clean import LABEL_ATTR, outer_links
from articlekit.lexicon import get

LEX = get("fr")
SENTENCE = (
    "Le conseil municipal a voté jeudi soir, après un long débat, un budget de 14 millions d’euros "
    "pour lancer trois lignes de bateaux-bus, une décision saluée par les associations d’usagers. "
)

PAGE = f"""<html><head>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "x"}}</script>
</head><body>
<div id="wrap"><div class="Article-Body">
  <p>{SENTENCE}<a href="/a">un lien</a> suite. <em>appuyé</em></p>
  <p>  {SENTENCE}  </p>
  <div><span>{SENTENCE}</span><br><a href="/b"> deux   mots </a></div>
  <li><a href="/c">seul</a></li><li><p>{SENTENCE}</p></li>
  <!-- un commentaire --> texte libre ; après le commentaire, {SENTENCE}
</div>
<div class="sidebar widget"><p>{SENTENCE}</p><ul><li><a href="/d">Autre article</a></li></ul></div>
<section><div aria-hidden="true"><p>{SENTENCE}</p></div><p>{SENTENCE}</p></section>
</div></body></html>"""


def _page(markup: str = PAGE) -> lxml_html.HtmlElement:
    """A parsed and cleaned page (labels set as in the pipeline)."""
    tree = lxml_html.document_fromstring(markup)
    clean.clean(tree, lex=LEX)
    return tree


def _plain_hints(attr: str) -> float:
    """The hint count of a class/id value read with the re.I patterns alone."""
    return (1.0 if locate._POSITIVE.search(attr) else 0.0) - (1.0 if locate._NEGATIVE.search(attr) else 0.0)


@pytest.mark.parametrize(
    "attr",
    ["Article-Body", "SIDEBAR", "post hid", "HID", "x-ad-y", "Nav Menu", "contenu", "ſidebar", "İd hid",
     "\u212aommentaires", "text-center", "hidden-xs main", ""],
)  # fmt: skip
def test_attr_hints_match_the_case_insensitive_patterns(attr: str) -> None:
    assert locate._read_attr_hints(attr) == _plain_hints(attr)


@pytest.mark.parametrize("text", ["", "a, b; c", "مرحبا، عالم", "東京、大阪，京都", "é, è; ê", "no marks"])
def test_comma_count_matches_the_regex(text: str) -> None:
    assert locate._comma_count(text) == len(locate._COMMAS.findall(text))


def _plain_is_paragraph(el: etree._Element) -> bool:
    """The paragraph test as first written (generator expressions over the children)."""
    if el.tag in locate._PARAGRAPH_TAGS:
        return el.tag != "li" or not any(c.tag in ("p", "div", "ul", "ol") for c in el)
    if el.tag in ("div", "section"):
        return all(isinstance(c.tag, str) and c.tag in locate._INLINE_TAGS for c in el)
    return False


def test_is_paragraph_matches_the_plain_test() -> None:
    tree = _page()
    elements = [el for el in tree.iter() if isinstance(el.tag, str)]
    assert any(_plain_is_paragraph(el) for el in elements)
    for el in elements:
        assert locate._is_paragraph(el, el.tag) == _plain_is_paragraph(el), el.tag


def _plain_visible(el: etree._Element) -> str:
    """The text of `el` without its labelled descendants, by a walk of every element."""
    pieces: list[str] = []

    def walk(node: etree._Element) -> None:
        """Append the text of `node` and of its unlabelled descendants."""
        if node.text:
            pieces.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.get(LABEL_ATTR) is None:
                walk(child)
            if child.tail:
                pieces.append(child.tail)

    walk(el)
    return " ".join("".join(pieces).split())


def test_visible_text_matches_the_plain_walk() -> None:
    tree = _page()
    assert tree.xpath(f"//*[@{LABEL_ATTR}]"), "the page should have labelled blocks"
    for el in tree.iter("div", "section", "body"):
        assert locate._visible_text(el) == _plain_visible(el)


@pytest.mark.parametrize("order", ["document", "reversed"])
def test_text_len_matches_the_collapsed_text_in_any_order(order: str) -> None:
    tree = _page()
    scan = locate._Scan()
    elements = [el for el in tree.find("body").iter() if isinstance(el.tag, str)]
    if order == "reversed":
        elements.reverse()
    for el in elements:
        assert locate._text_len(el, scan) == len(" ".join(el.text_content().split())), el.tag


def _nested_page() -> lxml_html.HtmlElement:
    """A page with a link inside a link (the parser will not nest them: built by hand)."""
    tree = _page()
    outer = tree.find(".//a")
    inner = etree.SubElement(outer, "a", href="/inner")
    inner.text = " dedans "
    inner.tail = " après "
    return tree


@pytest.mark.parametrize("nested", [False, True])
def test_link_measures_match_link_density(nested: bool) -> None:
    tree = _nested_page() if nested else _page()
    scan = locate._Scan(nested=locate._NESTED_LINKS(tree))
    assert scan.nested is nested
    for el in tree.find("body").iter():
        if isinstance(el.tag, str):
            assert locate._density(el, scan) == locate.link_density(el), el.tag


def test_paragraph_links_match_the_outer_links() -> None:
    tree = _page()
    scan = locate._Scan(nested=False)
    for p in tree.iter("p", "div", "li"):
        assert locate._paragraph_links(p, scan) == sum(locate._link_len(a) for a in outer_links(p))


def test_jsonld_scripts_found_from_any_element() -> None:
    tree = _page()
    body = tree.find("body")
    body.append(etree.fromstring('<script type="application/ld+json">{"articleBody": "x"}</script>'))
    expected = tree.xpath("//script[@type='application/ld+json']")
    assert len(expected) == 2
    assert locate._scripts_and_base(body)[0] == expected


def test_copies_inside_one_another_are_not_read() -> None:
    tree = _page(f"<html><body><div><div><div><p>{SENTENCE * 3}</p></div></div></div></body></html>")
    divs = list(tree.iter("div"))
    assert locate._nested_run(divs)
    assert not locate._nested_run([divs[2], divs[0]])


def test_locate_marks_a_repeated_article_once() -> None:
    body = "".join(f"<p>{SENTENCE} {i}.</p>" for i in range(4))
    tree = _page(
        "<html><body><div id='page'>"
        f"<div class='article'><div>{body}</div></div><div class='article'><div>{body}</div></div>"
        "</div></body></html>"
    )
    chosen = locate.locate(tree)
    skipped = [el for el in chosen.iter() if el.get(locate.SKIP_ATTR) is not None]
    assert len(skipped) == 1
    assert re.sub(r"\s+", " ", skipped[0].text_content()).strip().startswith(SENTENCE.strip())
