"""Tests of the locate stage: the main-content container wins over menus, sidebars and teasers."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from articlekit import clean, locate
from articlekit.lexicon import get

LEX = get("fr")
SENTENCE = (
    "Le conseil municipal a voté jeudi soir, après un long débat, un budget de 14 millions d’euros "
    "pour lancer trois lignes de bateaux-bus, une décision saluée par les associations d’usagers. "
)


def _root(body: str, head: str = "") -> lxml_html.HtmlElement:
    """Parse, clean and locate; return the chosen element."""
    tree = lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    clean.clean(tree, lex=LEX)
    return locate.locate(tree)


def _links(n: int) -> str:
    """A list of `n` links, like a menu or a teaser column."""
    return (
        "<ul>"
        + "".join(f"<li><a href='/a{i}'>Un autre article numéro {i}</a></li>" for i in range(n))
        + "</ul>"
    )


def test_article_body_beats_link_lists() -> None:
    root = _root(
        f"<div id='menu'>{_links(20)}</div>"
        f"<div id='story'><p>{SENTENCE}</p><p>{SENTENCE}</p><p>{SENTENCE}</p></div>"
        f"<div id='teasers'>{_links(15)}</div>"
    )
    assert root.get("id") == "story"


def test_div_soup_with_br_paragraphs() -> None:
    root = _root(
        f"<table><tr><td id='left'>{_links(10)}</td>"
        f"<td id='main'><b>Titre</b><br><br>{SENTENCE}<br><br>{SENTENCE}<br><br>{SENTENCE}</td></tr></table>"
    )
    assert root.get("id") == "main"


def test_single_child_wrappers_do_not_dilute_the_vote() -> None:
    wrapped = "".join(f"<div><div><div><p>{SENTENCE}</p></div></div></div>" for _ in range(4))
    root = _root(f"<div id='side'><p>{SENTENCE}</p></div><div id='body'>{wrapped}</div>")
    assert root.get("id") == "body"


def test_split_body_widens_to_parent_and_marks_junk() -> None:
    root = _root(
        "<div id='wrap'>"
        f"<div class='part'><p>{SENTENCE}</p><p>{SENTENCE}</p><p>{SENTENCE}</p></div>"
        "<div class='extra'><a href='/x'>Voir l’offre</a> <a href='/y'>Profitez-en</a></div>"
        f"<div class='part'><p>{SENTENCE}</p><p>{SENTENCE}</p></div>"
        "</div>"
    )
    assert root.get("id") == "wrap"
    skipped = root.xpath(f"./*[@{locate.SKIP_ATTR}]")
    assert [el.get("class") for el in skipped] == ["extra"]


def test_labelled_boilerplate_never_wins() -> None:
    comments = "".join(f"<p>{SENTENCE}</p>" for _ in range(8))
    root = _root(
        f"<div id='story'><p>{SENTENCE}</p><p>{SENTENCE}</p></div><div id='comments'>{comments}</div>"
    )
    assert root.get("id") == "story"


def test_empty_page_returns_body() -> None:
    root = _root("<div><a href='/'>Accueil</a></div>")
    assert root.tag == "body"


def test_jsonld_article_body_cross_check() -> None:
    article_text = f"{SENTENCE} Les riverains restent partagés sur le tracé retenu par la métropole."
    ld = json.dumps({"@type": "NewsArticle", "articleBody": article_text * 3})
    root = _root(
        f"<div id='teaser'><p>{SENTENCE}</p><p>{SENTENCE}</p><p>{SENTENCE}</p><p>{SENTENCE}</p></div>"
        f"<div id='real'><p>{article_text}</p><p>{article_text}</p><p>{article_text}</p></div>",
        head=f"<script type='application/ld+json'>{ld}</script>",
    )
    assert root.get("id") in ("real", None)
    assert "tracé retenu" in root.text_content()


def test_link_density() -> None:
    el = lxml_html.fragment_fromstring("<p>abcd <a href='/'>efgh</a></p>")
    assert abs(locate.link_density(el) - 4 / 9) < 1e-9


def test_prose_in_a_sidebar_region_loses_to_a_shorter_post() -> None:
    # a WordPress "text widget" can hold more prose than a short post: its region says what it is
    widget = "".join(f"<p>{SENTENCE}</p>" for _ in range(6))
    root = _root(
        "<div id='primary'><article><div class='entry-content'>"
        f"<p>{SENTENCE}</p><p>{SENTENCE}</p></div></article></div>"
        "<div id='secondary' class='widget-area'><aside class='widget widget_text'>"
        f"<div class='textwidget'>{widget}</div></aside></div>"
    )
    assert root.get("class") == "entry-content"


def test_sibling_whose_text_is_only_labelled_markup_does_not_join() -> None:
    # JSON-LD kept (labelled hidden) beside the story is no more of the article than a date line
    data = json.dumps({"@type": "NewsArticle", "description": SENTENCE, "keywords": SENTENCE})
    root = _root(
        "<div id='page'>"
        f"<div id='story'><p>{SENTENCE}</p><p>{SENTENCE}</p><p>{SENTENCE}</p></div>"
        f"<div><script type='application/ld+json'>{data}</script><span>Mis à jour hier</span></div>"
        "</div>"
    )
    assert root.get("id") == "story"


def _card(i: int) -> str:
    """A short product card (name, price, one-line review): not article text."""
    return (
        f"<div><h3>Produit {i}</h3><span>Prix {i},00 €</span> "
        "<span>Avis : très bon produit pour l'hiver</span></div>"
    )


def _part(n: int) -> str:
    """A part of the article: a div of `n` paragraphs."""
    return "<div>" + f"<p>{SENTENCE}</p>" * n + "</div>"


def test_article_split_among_many_cards_is_taken_whole() -> None:
    # the longest part wins, and the cards between the parts outweigh the other parts' text;
    # but the container of all the parts scores nearly as well as the winner: it is the article
    win = f"<div id='win'><p>{SENTENCE * 2}</p>" + f"<p>{SENTENCE}</p>" * 3 + "</div>"
    cards = "".join(_card(i) for i in range(4, 24))
    root = _root(
        f"<div id='wrap'>{_part(1)}{_card(1)}{_part(1)}"
        f"<div><span>1</span><section><h2>Le budget</h2>{win}</section></div>"
        f"{_card(2)}{_card(3)}{_part(1)}{cards}</div>"
    )
    assert root.get("id") == "wrap"
    # the cards stay out of the body
    assert all(div.get(locate.SKIP_ATTR) for div in root if div.find("h3") is not None)


def test_article_printed_twice_is_read_once() -> None:
    # the element holding both copies wins; the later copy is left out of the body
    copy = "<div class='texte'>" + f"<p>{SENTENCE}</p>" * 4 + "</div>"
    root = _root(f"<section id='page'><article>{copy}</article><h2>Titre</h2><div>{copy}</div></section>")
    copies = [div for div in root.iter("div") if div.get("class") == "texte"]
    assert len(copies) == 2
    assert root.get("id") == "page"

    def out(el: lxml_html.HtmlElement) -> bool:
        """Whether `el` or one of its ancestors is left out."""
        return any(a.get(locate.SKIP_ATTR) is not None for a in [el, *el.iterancestors()])

    assert not out(copies[0])
    assert out(copies[1])


def test_repeated_small_box_is_kept() -> None:
    # a short box printed twice (a consent placeholder per embed) is no copy of the article
    box = "<div class='embed'><p>Pour afficher ce graphique, acceptez les cookies du partenaire.</p></div>"
    parts = [f"<div><h2>Partie {i}</h2>" + f"<p>{SENTENCE}</p>" * 3 + "</div>" for i in range(3)]
    root = _root(f"<article>{parts[0]}{box}{parts[1]}{box}{parts[2]}</article>")
    assert not [el for el in root.iter() if el.get(locate.SKIP_ATTR) is not None]
