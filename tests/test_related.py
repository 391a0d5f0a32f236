"""Related-article blocks in HTML: recognised by label, class hint, clean's label; titles, URLs, dates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from articlekit.lexicon import for_page, get
from articlekit.model import RelatedLink
from articlekit.related import find_related

LEX = get("fr")
URL = "https://www.gazette.example/sport/piscine-olympique_a100.html"
EXAMPLE = Path("/work/shared/mission-dev/example-page.html")
BODY = (
    "<div class='corps'><p>Le conseil municipal a voté mardi soir le budget de la rénovation complète de la "
    "piscine olympique, fermée depuis deux ans pour raisons de sécurité, après un long débat.</p>"
    "<p>Les travaux, estimés à 14 millions d'euros, doivent commencer au printemps et durer dix-huit mois, "
    "selon le calendrier présenté par l'adjoint aux sports.</p></div>"
)


def _find(body: str, url: str | None = URL) -> tuple[tuple[RelatedLink, ...], lxml_html.HtmlElement]:
    """Parse a page body and run find_related on it; return the links and the (labelled) tree."""
    tree = lxml_html.document_fromstring(f"<html><head></head><body>{body}</body></html>")
    return find_related(tree, url=url, lex=LEX), tree


def test_example_page_gives_its_three_links() -> None:
    if not EXAMPLE.exists():
        pytest.skip("mission-dev example page not available")
    gold = json.loads(EXAMPLE.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))
    tree = lxml_html.document_fromstring(EXAMPLE.read_bytes())
    found = find_related(tree, url="https://www.eco-regions.example/energie/solaire.html", lex=LEX)
    expected = [(g["title"], g["url"], dt.date.fromisoformat(g["date"])) for g in gold["related"]]
    assert [(r.title, r.url, r.date) for r in found] == expected
    assert {r.label for r in found} == {"Sur le même sujet"}


def test_label_followed_by_a_sibling_list_with_dates_in_text() -> None:
    found, tree = _find(
        BODY + "<h2>Sur le même sujet :</h2><ul>"
        "<li><a href='/sport/stade_a98.html'>Le stade municipal rouvre ses portes</a> (24/04/2024)</li>"
        "<li><span>Lundi 22 Avril 2024</span> <a href='/sport/patinoire_a97.html'>"
        "La patinoire change de gestionnaire</a></li></ul><h2>Les plus lus</h2><ul>"
        "<li><a href='/faits-divers/a5.html'>Un fait divers sans rapport avec le sujet</a></li></ul>"
    )
    assert [(r.title, r.url, r.date, r.label) for r in found] == [
        (
            "Le stade municipal rouvre ses portes",
            "https://www.gazette.example/sport/stade_a98.html",
            dt.date(2024, 4, 24),
            "Sur le même sujet",
        ),
        (
            "La patinoire change de gestionnaire",
            "https://www.gazette.example/sport/patinoire_a97.html",
            dt.date(2024, 4, 22),
            "Sur le même sujet",
        ),
    ]
    assert len(tree.xpath("//ul[@data-ak='related']")) == 1
    assert tree.xpath("//div[@class='corps']/@data-ak") == []


def test_block_before_the_body_with_time_and_teaser_inside_the_link() -> None:
    found, tree = _find(
        "<section class='bloc'><h3>À lire aussi</h3>"
        "<article><a href='stade.html'><img src='s.jpg' alt='Photo du stade'><h2>Le stade rouvre ses portes"
        "</h2><p>Après deux ans de travaux, le public est de retour.</p>"
        "<time datetime='2024-04-24T10:00:00+02:00'>24 avril</time></a></article>"
        "<article><a href='patinoire.html'><h2>La patinoire change de gestionnaire</h2>"
        "<time datetime='2024-04-22'>22 avril</time></a></article></section>" + BODY
    )
    assert [(r.title, r.url, r.date, r.label) for r in found] == [
        (
            "Le stade rouvre ses portes",
            "https://www.gazette.example/sport/stade.html",
            dt.date(2024, 4, 24),
            "À lire aussi",
        ),
        (
            "La patinoire change de gestionnaire",
            "https://www.gazette.example/sport/patinoire.html",
            dt.date(2024, 4, 22),
            "À lire aussi",
        ),
    ]
    assert tree.xpath("//section/@data-ak") == ["related"]


def test_image_link_and_kicker_are_not_the_title() -> None:
    found, _ = _find(
        BODY + "<div class='related-articles'><ul><li>"
        "<a href='/a/1.html'><img src='1.jpg' alt='Une image quelconque du sujet'></a>"
        "<p class='date'>03/10/2019</p><p class='kicker'>Un homme pressé</p>"
        "<h3><a href='/a/1.html'>Le maire démissionne après le vote du budget</a></h3></li>"
        "<li><a href='/a/2.html'><img src='2.jpg' alt='Autre image'></a><p class='date'>28/03/2018</p>"
        "<h3><a href='/a/2.html'>La ville lance un appel d'offres pour le stade</a></h3></li></ul></div>"
    )
    assert [(r.title, r.date, r.label) for r in found] == [
        ("Le maire démissionne après le vote du budget", dt.date(2019, 10, 3), None),
        ("La ville lance un appel d'offres pour le stade", dt.date(2018, 3, 28), None),
    ]


def test_base_href_resolves_relative_urls() -> None:
    tree = lxml_html.document_fromstring(
        "<html><head><base href='https://cdn.gazette.example/v2/'></head><body>"
        + BODY
        + "<h3>Sur le même sujet</h3><ul><li><a href='sport/stade.html'>Le stade municipal rouvre ses portes"
        "</a></li></ul></body></html>"
    )
    found = find_related(tree, url=URL, lex=LEX)
    assert [r.url for r in found] == ["https://cdn.gazette.example/v2/sport/stade.html"]


def test_inline_lire_aussi_inside_the_body() -> None:
    found, tree = _find(
        "<div class='corps'><p>Le conseil municipal a voté mardi soir le budget de la rénovation complète "
        "de la piscine olympique, fermée depuis deux ans.</p>"
        "<p><strong>Lire aussi : <a href='/sport/stade.html'>Le stade municipal rouvre ses portes</a>"
        "</strong></p><p>Les travaux doivent commencer au printemps et durer dix-huit mois selon la mairie, "
        "qui promet <a href='/budget.html'>un budget tenu</a>.</p></div>"
    )
    assert [(r.title, r.url, r.label) for r in found] == [
        ("Le stade municipal rouvre ses portes", "https://www.gazette.example/sport/stade.html", "Lire aussi")
    ]
    assert tree.xpath("//*[@data-ak='related']/@data-ak") == ["related"]


def test_shouted_inline_label_in_sentence_case() -> None:
    found, _ = _find(
        "<p>Un long paragraphe du corps de l'article qui parle de la piscine et des travaux à venir. "
        "<span class='capsule'><span>À LIRE AUSSI</span> <strong><a href='/x.html'>Le stade municipal "
        "rouvre ses portes</a></strong></span> La suite du paragraphe continue ici.</p>"
    )
    assert [(r.title, r.label) for r in found] == [("Le stade municipal rouvre ses portes", "À lire aussi")]


def test_menus_tickers_and_most_read_are_not_related() -> None:
    found, _ = _find(
        "<header><nav><h3>À découvrir</h3><ul><li><a href='/emissions/le-grand-debat.html'>Le grand débat "
        "du dimanche</a></li><li><a href='/emissions/sport.html'>Le magazine des sports</a></li></ul></nav>"
        "</header>"
        + BODY
        + "<aside><h3>Les plus lus</h3><ol><li><a href='/a/9.html'>Un fait divers sans rapport avec le sujet"
        "</a></li><li><a href='/a/8.html'>Un autre article très lu ailleurs</a></li></ol>"
        "<h3>En continu</h3><ul><li><a href='/a/7.html'>Bourse de Paris : le CAC 40 ouvre en hausse</a>"
        "</li></ul></aside><div class='tags'><a href='/tag/piscine'>piscine olympique</a></div>"
    )
    assert found == ()


def test_block_labelled_by_clean_is_read() -> None:
    found, _ = _find(
        BODY + "<div data-ak='related'><ul><li><a href='/a/1.html'>Le stade municipal rouvre ses portes</a>"
        "<time datetime='2024-04-24'>24/04/2024</time></li></ul></div>"
    )
    assert [(r.title, r.date) for r in found] == [
        ("Le stade municipal rouvre ses portes", dt.date(2024, 4, 24))
    ]


def test_same_article_twice_is_returned_once() -> None:
    found, _ = _find(
        "<div class='articles-lies'><ul><li><a href='/a/1.html'>Le stade municipal rouvre ses portes</a></li>"
        "</ul></div>"
        + BODY
        + "<h2>Sur le même sujet</h2><ul><li><a href='/a/1.html'>Le stade municipal rouvre ses portes</a>"
        "</li><li><a href='/a/2.html'>La patinoire change de gestionnaire</a></li>"
        "<li><a href='#commentaires'>Voir les commentaires de l'article</a></li></ul>"
    )
    assert [r.url for r in found] == [
        "https://www.gazette.example/a/1.html",
        "https://www.gazette.example/a/2.html",
    ]


def test_no_url_keeps_relative_links() -> None:
    found, _ = _find(
        BODY + "<h2>Lire aussi</h2><ul><li><a href='/a/1.html'>Le stade rouvre ses portes</a></li></ul>",
        url=None,
    )
    assert [r.url for r in found] == ["/a/1.html"]


def test_dates_without_year_are_not_guessed_and_counts_after_labels() -> None:
    found, _ = _find(
        BODY + "<div><h3>Sur le même sujet (2)</h3><ul>"
        "<li><a href='/a/1.html'>Le stade municipal rouvre ses portes</a> <span>mardi 17 mars</span></li>"
        "<li><a href='/a/2.html'>La patinoire change de gestionnaire</a> <span>17/03/2020</span></li>"
        "</ul></div>"
    )
    assert [(r.title, r.date, r.label) for r in found] == [
        ("Le stade municipal rouvre ses portes", None, "Sur le même sujet"),
        ("La patinoire change de gestionnaire", dt.date(2020, 3, 17), "Sur le même sujet"),
    ]


def test_unlabelled_dated_list_inside_the_article_by_shape_only() -> None:
    dated_list = (
        "<ul><li><a href='/a/1.html'>Le stade municipal rouvre ses portes</a> <time datetime='2024-04-24'>"
        "24/04/2024</time></li><li><a href='/a/2.html'>La patinoire change de gestionnaire</a> "
        "<span>22/04/2024</span></li></ul>"
    )
    found, tree = _find(f"<article><h1>Titre</h1>{BODY}{dated_list}</article>")
    assert [(r.title, r.date, r.label) for r in found] == [
        ("Le stade municipal rouvre ses portes", dt.date(2024, 4, 24), None),
        ("La patinoire change de gestionnaire", dt.date(2024, 4, 22), None),
    ]
    assert tree.xpath("//ul/@data-ak") == ["related"]
    outside, _ = _find(f"<article><h1>Titre</h1>{BODY}</article><aside>{dated_list}</aside>")
    assert outside == ()
    titled, _ = _find(f"<article>{BODY}<h3>Dernières infos</h3>{dated_list}</article>")
    assert titled == ()


def test_kicker_and_date_inside_the_link_are_left_out_of_the_title() -> None:
    found, _ = _find(
        BODY + "<h2>À lire aussi</h2><ul><li><a href='/a/1.html'><span class='rubrique'>Politique</span>"
        "<span>Le maire démissionne après le vote du budget</span><span>12/03/2024</span></a></li>"
        "<li><a href='/a/2.html'>La ville lance <em>enfin</em> un appel d'offres</a></li></ul>"
    )
    assert [(r.title, r.date) for r in found] == [
        ("Le maire démissionne après le vote du budget", dt.date(2024, 3, 12)),
        ("La ville lance enfin un appel d'offres", None),
    ]


def test_malformed_urls_do_not_raise() -> None:
    tree = lxml_html.document_fromstring(
        "<html><head><base href='http://[b'></head><body>"
        + BODY
        + "<h2>Lire aussi</h2><ul><li><a href='http://[bad/x'>Le stade municipal rouvre ses portes</a></li>"
        "<li><a href='/ok.html'>La patinoire change de gestionnaire</a></li></ul></body></html>"
    )
    found = find_related(tree, url="http://[x", lex=LEX)
    assert [(r.title, r.url) for r in found] == [("La patinoire change de gestionnaire", "/ok.html")]


def test_label_inside_a_section_header_counts_but_not_in_the_page_header() -> None:
    found, _ = _find(
        "<header><h3>Sur le même sujet</h3><ul><li><a href='/menu/1.html'>"
        "Toute l'actualité du sport local</a></li><li><a href='/menu/2.html'>"
        "Toute l'actualité de la culture</a></li></ul></header>"
        + BODY
        + "<section><header><h2>Sur le même sujet</h2></header><ul><li><a href='/a/1.html'>"
        "Le stade municipal rouvre ses portes</a></li></ul></section>"
    )
    assert [r.title for r in found] == ["Le stade municipal rouvre ses portes"]


def test_label_cores_match_whole_words() -> None:
    items = (
        "<ul><li><a href='/a/1.html'>Le stade municipal rouvre ses portes</a></li>"
        "<li><a href='/a/2.html'>La patinoire change de gestionnaire</a></li></ul>"
    )
    found, _ = _find(BODY + f"<div><h4>Dépêches liées</h4>{items}</div>")
    assert [r.label for r in found] == ["Dépêches liées", "Dépêches liées"]
    found, _ = _find(BODY + f"<div><h4>Nos lecteurs ont aussi lu</h4>{items}</div>")
    assert len(found) == 2
    found, _ = _find(BODY + f"<div><h4>Les alliés de la mairie</h4>{items}</div>")
    assert found == ()


def test_insert_labelled_by_clean_keeps_its_cue_as_label() -> None:
    found, _ = _find(
        BODY
        + "<p data-ak='related'>Lire aussi : <a href='/a/1.html'>Le stade municipal rouvre ses portes</a></p>"
    )
    assert [(r.title, r.label) for r in found] == [("Le stade municipal rouvre ses portes", "Lire aussi")]


def test_label_closing_the_article_column_keeps_the_body_out_of_the_block() -> None:
    # the label ends the column that holds the article; its links stand in the next column
    found, tree = _find(
        "<div class='row'><div class='col' id='texte'>" + BODY + "<h2>Sur le même sujet</h2></div>"
        "<div class='col'><ul><li><a href='/sport/stade_a98.html'>Le stade municipal rouvre ses portes"
        "</a></li><li><a href='/sport/patinoire_a97.html'>La patinoire change de gestionnaire</a></li>"
        "</ul></div></div>"
    )
    assert [(r.title, r.label) for r in found] == [
        ("Le stade municipal rouvre ses portes", "Sur le même sujet"),
        ("La patinoire change de gestionnaire", "Sur le même sujet"),
    ]
    assert tree.xpath("//div[@id='texte']/@data-ak") == []
    assert tree.xpath("//h2/@data-ak") == ["related"]


def test_link_to_a_section_page_is_not_a_related_article() -> None:
    # "/multimedia" names a section the title does not; "/stade" is the slug of its own headline
    found, _ = _find(
        BODY + "<h3>Sur le même sujet</h3><ul>"
        "<li><a href='/multimedia'>Les dernières photos et vidéos</a></li>"
        "<li><a href='/stade'>Le stade municipal rouvre ses portes</a></li>"
        "<li><a href='https://www.gazette.example/sport/'>Toutes les infos de la rubrique</a></li></ul>"
    )
    assert [r.url for r in found] == ["https://www.gazette.example/stade"]


def test_cards_with_a_teaser_of_three_lines_are_a_link_list() -> None:
    # titles are a fifth of the text: the teasers (two lines each) make the rest
    teaser = (
        "<p>Le conseil municipal a longuement débattu du calendrier des travaux et du coût final, "
        "contesté par l'opposition.</p>"
    )
    titles = [
        "Le stade municipal rouvre ses portes",
        "La patinoire change de gestionnaire",
        "La piscine ferme pour tout l'été",
    ]
    cards = "".join(
        f"<article><a href='/sport/a{k}.html'><h4>{title}</h4></a>{teaser}</article>"
        for k, title in enumerate(titles)
    )
    found, _ = _find(BODY + f"<div class='related-articles'><h3>Sur le même sujet</h3>{cards}</div>")
    assert [r.title for r in found] == titles


def test_english_recommended_heading_on_an_english_page() -> None:
    tree = lxml_html.document_fromstring(
        "<html lang='en'><body><div class='story'><p>The council voted on Tuesday night to renovate the "
        "Olympic pool, closed for two years for safety reasons, after a long debate.</p></div>"
        "<section><div class='title'>Recommended from Editorial</div><ol>"
        "<li><a href='/news/stadium-reopens'>The city stadium reopens its doors</a></li>"
        "<li><a href='/news/rink-operator'>The ice rink changes its operator</a></li></ol>"
        "</section></body></html>"
    )
    found = find_related(tree, url=URL, lex=for_page("fr", "en"))
    assert [(r.title, r.label) for r in found] == [
        ("The city stadium reopens its doors", "Recommended from Editorial"),
        ("The ice rink changes its operator", "Recommended from Editorial"),
    ]
    assert tree.xpath("//section/@data-ak") == ["related"]


def _card(slug: str, kicker: str, title: str, teaser: str) -> str:
    """A teaser card: a kicker and a linked title in a heading, a thumbnail, a teaser line."""
    return (
        f"<div class='card pos-{slug}'><h4><strong>{kicker}</strong> "
        f"<a href='/opinion/{slug}.html'>{title}</a></h4>"
        f"<a href='/opinion/{slug}.html'><img src='/{slug}.jpg'></a><p>{teaser}</p></div>"
    )


WIDGET = (
    "<div class='box'><h2>Autres chroniques</h2><div class='cards'>"
    + _card(
        "a1", "Éditorial", "Un héritage durable pour la ville", "LE maire sortant laisse un bilan contrasté."
    )
    + _card(
        "a2", "Santé", "Le médecin sait mieux que vous", "COMMENT des idées absurdes séduisent-elles autant ?"
    )
    + _card(
        "a3",
        "Commerce",
        "Bon pour certains, pas pour moi",
        "LE bon côté des grandes surfaces, c'est le prix.",
    )
    + "</div></div>"
)


def test_teaser_widget_of_cards_leaves_the_body_without_being_related() -> None:
    found, tree = _find(BODY + WIDGET)
    assert found == ()
    labelled = tree.xpath("//*[@data-ak='ticker']")
    assert [el.get("class") for el in labelled] == ["box"]  # the cards and their heading, as one box
    assert not tree.xpath("//div[@class='corps']//@data-ak")


def test_teaser_widget_heading_before_the_cards_goes_with_them() -> None:
    found, tree = _find(BODY.replace("</div>", "") + WIDGET.replace("<div class='box'>", "") + "</div>")
    assert found == ()
    assert [el.text_content() for el in tree.xpath("//h2[@data-ak='ticker']")] == ["Autres chroniques"]
    assert not tree.xpath("//p[contains(., 'piscine olympique')]/ancestor-or-self::*[@data-ak]")


def test_a_short_closing_sentence_above_cards_stays_in_the_body() -> None:
    cards = WIDGET.replace("<h2>Autres chroniques</h2>", "<p>Le vote aura lieu mardi.</p>")
    _, tree = _find(cards)
    assert not tree.xpath("//p[. = 'Le vote aura lieu mardi.']/ancestor-or-self::*[@data-ak]")
    assert tree.xpath("//*[@class='cards'][@data-ak='ticker']")


def test_cards_whose_only_link_is_read_more_are_a_teaser_widget() -> None:
    card = (
        "<div class='item'><span>Rubrique</span><h2>{t}</h2><p>Un chapeau de deux lignes sur le sujet.</p>"
        "<div><a href='/sport/{s}.html'>Lire la suite</a></div></div>"
    )
    titles = [
        "Le stade municipal rouvre ses portes",
        "La patinoire change de gestionnaire",
        "Le club de voile",
    ]
    _, tree = _find(
        BODY + "<div class='list'>" + "".join(card.format(t=t, s=k) for k, t in enumerate(titles)) + "</div>"
    )
    assert tree.xpath("//div[@class='list'][@data-ak='ticker']")


def test_article_lists_of_links_stay_in_the_body() -> None:
    digest = "".join(
        f"<li><strong><a href='/eco/{k}.html'>{t}</a>.</strong> Une phrase de résumé qui suit le titre.</li>"
        for k, t in enumerate(
            ["Le port recrute cent dockers", "La gare ferme un guichet", "Le marché déménage"]
        )
    )
    external = "".join(
        f"<li><h3><a href='https://autre.example/{k}'>{t}</a></h3><p>Une étude citée.</p></li>"
        for k, t in enumerate(
            ["Une étude sur les piscines", "Un rapport sur les stades", "Une note sur les parcs"]
        )
    )
    _, tree = _find(BODY + f"<ol>{digest}</ol><ul>{external}</ul>")
    assert not tree.xpath("//*[@data-ak]")


def test_a_card_nested_in_the_article_leaves_the_body() -> None:
    card = (
        "<article class='teaser'><a href='/sport/marathon.html'></a><h3><span>Marathon</span>: "
        "<span>Il court le cœur plus léger</span></h3><p>Un coureur a trouvé une nouvelle clarté.</p>"
        "</article>"
    )
    _, tree = _find(f"<article>{BODY.replace('</p><p>', '</p>' + card + '<p>')}</article>")
    assert [el.get("class") for el in tree.xpath("//*[@data-ak='ticker']")] == ["teaser"]
    assert len(tree.xpath("//div[@class='corps']/p[not(@data-ak)]")) == 2
