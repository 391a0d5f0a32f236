"""The words pass's measures kept for the pass (`clean._Reads`) must give what measuring afresh gives."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from articlekit import clean

# nested wrappers around one menu (each level holds the blocks of the one below), long items, teasers,
# headings, links inside links: the climbs of the words pass meet each of these again and again
PAGES = [
    "<html><body><div class='a'><div class='b'><div class='c'><h3>Themen</h3><ul>"
    + "".join(f"<li><a href='/t{i}'>Thema Nummer {i}</a> <span>kurz</span></li>" for i in range(40))
    + "</ul></div><p>"
    + "Ein langer Satz ohne Link, der als Fließtext gilt. " * 6
    + "</p></div><h2>Mehr</h2><ul><li><a href='/x'>Ein Titel</a> "
    + "ein Auszug des Artikels, der auf den Titel folgt. " * 3
    + "</li></ul></div></body></html>",
    "<html><body><table><tr><td><div><span><ul><li><a href='/1'>Eins</a><ul><li><a href='/2'>"
    + "Zwei " * 50
    + "</a></li></ul></li></ul></span></div></td><td><h1>Titel</h1><p>"
    + "Text " * 700
    + "</p></td></tr></table></body></html>",
    "<html><body><section><h4>Lire aussi</h4><div><p><a href='/a'><b>Un titre</b> "
    + "et du texte dans le lien " * 10
    + "</a> puis un peu de texte</p><p>"
    + "du texte sans lien, assez long pour compter comme de la prose. " * 4
    + "</p></div></section></body></html>",
]


@pytest.mark.parametrize("markup", PAGES)
def test_kept_measures_match_fresh_ones_in_any_order_and_after_a_wrap(markup: str) -> None:
    root = lxml_html.document_fromstring(markup)
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    reads = clean._Reads({}, {}, {}, {})
    for order in (elements[::-1], elements):
        for el in order:
            assert clean._list_like(el, reads) == clean._is_list_like(el)
            assert clean._headings_in(el, reads) == clean._count_headings(el)
            assert clean._collapsed_chars(el, reads) == len(" ".join(el.text_content().split()))
    # the pass moves a heading and its siblings into a new wrapper: nothing measured changes
    head = next(root.iter("h1", "h2", "h3", "h4"))
    taken = [sib for sib in head.itersiblings() if isinstance(sib.tag, str)][:2]
    if taken:
        clean._wrap(head, taken, "related")
    for el in elements:
        assert clean._list_like(el, reads) == clean._is_list_like(el)
        assert clean._headings_in(el, reads) == clean._count_headings(el)
        assert clean._collapsed_chars(el, reads) == len(" ".join(el.text_content().split()))
        for block in el.iter(*clean._PROSE_TAGS):
            if block in reads.links:
                assert reads.links[block] == clean._link_chars(block)


def test_is_list_like_reads_the_same_with_and_without_kept_measures() -> None:
    root = lxml_html.fragment_fromstring(
        "<div><ul><li><a href='/a'>a</a></li></ul><p>" + "x " * 200 + "</p></div>"
    )
    reads = clean._Reads({}, {}, {}, {})
    for el in root.iter():
        assert clean._is_list_like(el, reads) == clean._is_list_like(el)
