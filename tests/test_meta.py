"""Tests of articlekit.meta: metadata read from small hand-written pages."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from lxml import html as lxml_html

from articlekit.lexicon import get
from articlekit.meta import describe as describe_module
from articlekit.meta import extract_metadata
from articlekit.meta import page as page_module
from articlekit.options import Options
from articlekit.parts import Metadata

LEX = get("fr")
PARIS = ZoneInfo("Europe/Paris")


def _meta(page: str, url: str | None = "https://www.journal.example/politique/article-1.html") -> Metadata:
    """Run extract_metadata on an HTML string."""
    tree = lxml_html.document_fromstring(page)
    return extract_metadata(tree, url=url, lex=LEX, options=Options())


JSONLD_PAGE = """<html lang="fr-FR"><head>
<title>Le budget adopté au Sénat - Le Journal</title>
<meta property="og:site_name" content="Le Journal">
<meta property="og:title" content="Le budget adopté au Sénat">
<meta property="og:image" content="/img/senat.jpg">
<meta property="article:tag" content="Budget">
<meta name="keywords" content="Sénat, budget, finances">
<link rel="canonical" href="/politique/budget-senat.html">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Le Journal"},
  {"@type": ["NewsArticle"], "headline": "Le budget adopté au Sénat",
   "datePublished": "2023-12-05T11:20:00+01:00", "dateModified": "2023-12-05T16:05:00+01:00",
   "articleSection": "Politique",
   "author": [{"@type": "Person", "name": "Jean Dupont"}, {"@type": "Person", "name": "Marie Curie"}],
   "image": {"@type": "ImageObject", "url": "https://www.journal.example/img/hemicycle.jpg",
             "caption": "L'hémicycle"}}
]}</script>
<script type="application/ld+json">{ this is broken json </script>
</head><body>
<nav><h1><a href="/">Le Journal</a></h1></nav>
<article><h1>Le budget adopté au Sénat</h1>
<p class="chapo">Après trois semaines de débats, les sénateurs ont voté le projet de loi de finances.</p>
<p>Texte.</p></article></body></html>"""


def test_jsonld_graph_gives_every_field() -> None:
    """JSON-LD @graph, og and link tags fill the metadata; broken JSON-LD is skipped."""
    md = _meta(JSONLD_PAGE)
    assert md.headline == "Le budget adopté au Sénat"
    assert md.authors == ("Jean Dupont", "Marie Curie")
    assert md.published == dt.datetime(2023, 12, 5, 11, 20, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert md.modified == dt.datetime(2023, 12, 5, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert md.section == "Politique"
    assert md.tags == ("Budget", "Sénat", "finances")
    assert md.lang == "fr"
    assert md.site_name == "Le Journal"
    assert md.canonical_url == "https://www.journal.example/politique/budget-senat.html"
    assert md.lead is not None and md.lead.startswith("Après trois semaines")
    urls = [im.url for im in md.images]
    assert urls == [
        "https://www.journal.example/img/senat.jpg",
        "https://www.journal.example/img/hemicycle.jpg",
    ]
    assert md.images[1].caption == "L'hémicycle"


VISIBLE_PAGE = """<html><head><title>Grenoble : la cantine gratuite | Alpes Matin</title>
<meta name="description" content="La ville rend la cantine gratuite pour les familles modestes dès janvier.">
</head><body>
<div class="header"><a class="logo" href="/">Alpes Matin</a></div>
<p class="fil"><a href="/">Accueil</a> / <a href="/isere/">Isère</a></p>
<h1><span class="kicker">Éducation</span> Grenoble : la cantine gratuite</h1>
<div class="signature">Par <a href="/auteurs/jd">Jean Dupont</a> et Marie Curie, journaliste</div>
<div class="publication">Publié le mardi 5 décembre 2023 à 11h20</div>
<div class="maj">Mis à jour le 05/12/2023 à 16h05</div>
<p>Le conseil municipal a voté la gratuité lundi soir, pour la rentrée de janvier et au-delà.</p>
<aside class="related"><time datetime="2023-11-28">28 novembre</time></aside>
</body></html>"""


def test_visible_byline_dates_and_section() -> None:
    """Without structured data, the byline, French date lines, kicker and breadcrumb are read."""
    md = _meta(VISIBLE_PAGE)
    assert md.headline == "Grenoble : la cantine gratuite"
    assert md.authors == ("Jean Dupont", "Marie Curie")
    assert md.published == dt.datetime(2023, 12, 5, 11, 20, tzinfo=PARIS)
    assert md.modified == dt.datetime(2023, 12, 5, 16, 5, tzinfo=PARIS)
    assert md.section == "Isère"
    assert md.lead == "La ville rend la cantine gratuite pour les familles modestes dès janvier."


def test_headline_from_title_without_site_suffix() -> None:
    """With no h1 nor og:title, the <title> loses its " | Site" part."""
    page = """<html><head><title>Le Journal | Les abeilles reviennent en ville</title>
    <meta property="og:site_name" content="Le Journal"></head><body><p>x</p></body></html>"""
    assert _meta(page).headline == "Les abeilles reviennent en ville"


def test_h1_kicker_is_dropped_when_og_title_confirms() -> None:
    """An h1 led by a kicker gives the headline og:title confirms, without the kicker."""
    page = """<html><head><meta property="og:title" content="La comète passera le 24 mars"></head>
    <body><h1>EXCLUSIF La comète passera le 24 mars</h1></body></html>"""
    assert _meta(page).headline == "La comète passera le 24 mars"


def test_meta_authors_and_date_only_page() -> None:
    """<meta name=author> (not a URL) and article:published_time as a bare date stay as written."""
    page = """<html><head>
    <meta name="author" content="By Jane Doe and John Smith">
    <meta property="article:author" content="https://facebook.com/someone">
    <meta property="article:published_time" content="2024-04-24">
    </head><body><h1>Title here</h1></body></html>"""
    md = _meta(page)
    assert md.authors == ("Jane Doe", "John Smith")
    assert md.published == dt.date(2024, 4, 24)
    assert type(md.published) is dt.date


def test_date_from_url_when_page_shows_none() -> None:
    """The URL's /2023/12/05/ is the last resort for the publication date."""
    page = "<html><body><h1>Un titre</h1><p>Texte sans date.</p></body></html>"
    md = _meta(page, url="https://blog.example/2023/12/05/un-titre/")
    assert md.published == dt.date(2023, 12, 5)


def test_description_repeating_the_body_is_not_a_lead() -> None:
    """A meta description cut from the first paragraph ("…") is an excerpt, not a chapeau."""
    page = """<html><head>
    <meta name="description" content="Les compagnies Meta et IBM lancent une coalition...">
    </head><body><h1>T</h1><p>Les compagnies Meta et IBM lancent une coalition de cinquante sociétés.</p>
    </body></html>"""
    assert _meta(page).lead is None


def test_empty_page_gives_empty_metadata() -> None:
    """A page with nothing to say gives an empty Metadata, not an exception."""
    md = _meta("<html><body><p>bonjour</p></body></html>", url=None)
    assert md.headline is None
    assert md.authors == ()
    assert md.published is None
    assert md.canonical_url is None


def test_utc_value_yields_to_the_local_day_shown() -> None:
    """A UTC timestamp early in the morning is the evening before where the page is read."""
    page = """<html><head>
    <meta property="article:published_time" content="2023-11-09T01:49:09Z"></head>
    <body><h1>Council votes</h1><div class="byline"><time>November 8, 2023</time></div></body></html>"""
    assert _meta(page).published == dt.date(2023, 11, 8)


def test_date_label_beside_its_value_and_standalone_dates() -> None:
    """ "<dt>Datum</dt><dd>12.01.2017</dd>" is read through its label; a bare date text stands alone."""
    labelled = "<html><body><h1>T</h1><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></body></html>"
    assert _meta(labelled).published == dt.date(2017, 1, 12)
    bare = "<html><body><h1>T</h1><p>Texte.</p><p>Donnerstag, 15.2.2018</p></body></html>"
    assert _meta(bare).published == dt.date(2018, 2, 15)


def test_written_by_label_and_site_as_last_resort_author() -> None:
    """A "Written by" twitter label names the author; the site itself only when nobody else is named."""
    labelled = """<html><head><meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Jane Doe"></head><body><h1>T</h1></body></html>"""
    assert _meta(labelled).authors == ("Jane Doe",)
    site_only = """<html><head><meta property="og:site_name" content="Le Journal">
    <meta name="author" content="Le Journal"></head><body><h1>T</h1>
    <p class="signature">Par Paul Martin</p></body></html>"""
    assert _meta(site_only).authors == ("Paul Martin",)
    nobody = """<html><head><meta property="og:site_name" content="Le Journal">
    <meta name="author" content="Le Journal"></head><body><h1>T</h1></body></html>"""
    assert _meta(nobody).authors == ("Le Journal",)


def test_byline_roles_dates_and_handles_are_cut() -> None:
    """Roles, dates, weekday names and e-mails are not part of author names."""
    page = """<html><body><h1>T</h1>
    <div class="author">Par Jean Dupont, envoyé spécial, mardi 5 décembre 2023 jean@journal.example</div>
    </body></html>"""
    assert _meta(page).authors == ("Jean Dupont",)


def test_inverted_and_embedded_bylines() -> None:
    """ "Gillman, Steve" is one person; a byline word inside a line introduces the name."""
    inverted = (
        '<html><head><meta name="author" content="Gillman, Steve"></head><body><h1>T</h1></body></html>'
    )
    assert _meta(inverted).authors == ("Steve Gillman",)
    embedded = (
        '<html><body><h1>T</h1><p class="author">Ein Essay aus der capital von Jemima Kelly</p></body></html>'
    )
    assert _meta(embedded).authors == ("Jemima Kelly",)
    newsroom = '<html><body><h1>T</h1><span class="author">Redaktion</span></body></html>'
    assert _meta(newsroom).authors == ("Redaktion",)


def test_language_without_date_words_uses_the_french_ones() -> None:
    """A lexicon whose dates module is still empty (English) reads dates with the French words."""
    page = '<html><body><h1>T</h1><p class="date">Publié le 5 décembre 2023</p></body></html>'
    tree = lxml_html.document_fromstring(page)
    md = extract_metadata(tree, url=None, lex=get("en"), options=Options(lang="en"))
    assert md.published == dt.date(2023, 12, 5)


def test_author_given_as_a_graph_reference_is_resolved() -> None:
    """A JSON-LD author given as {"@id": …} takes the name of the Person it points to."""
    page = """<html><head><script type="application/ld+json">{"@graph": [
      {"@type": "Article", "headline": "Titre", "author": {"@id": "https://ex.example/#/person/1"}},
      {"@type": "Person", "@id": "https://ex.example/#/person/1", "name": "Ana Renz"}]}</script>
      </head><body><h1>Titre</h1><p>Texte.</p></body></html>"""
    assert _meta(page).authors == ("Ana Renz",)


def test_byline_label_with_the_name_in_the_next_element() -> None:
    """A label element ("| By ") with the name in the element after it is a byline."""
    page = """<html><body><h1>Titre</h1><div class="info"><span class="sr">| By </span>
      <span>Cara Stiles</span> | <span>Avril</span></div><p>Texte.</p></body></html>"""
    assert _meta(page).authors == ("Cara Stiles",)


def test_date_after_an_element_holding_only_the_cue() -> None:
    """An element that is only a cue ("<b>Mis à jour le </b>") is read with the date after it."""
    page = """<html><body><h1>Titre</h1><p>Texte de l'article.</p>
      <p><b>Mis à jour le </b>17.01.2021.</p></body></html>"""
    assert _meta(page).published == dt.date(2021, 1, 17)


def test_date_line_under_the_headline_when_the_first_h1_is_the_site_name() -> None:
    """An <h1> holding only the site name is not the headline whose block holds the date."""
    page = """<html><head><meta property="og:site_name" content="Notícia Exata"></head><body>
      <header><h1>Notícia Exata</h1></header><article><h4>ESPORTE</h4><h1>Goiás supera Palmeiras</h1>
      <p class="tagline">22/11/2020 - 04:30 - Fonte: Agência</p></article></body></html>"""
    assert _meta(page).published.date() == dt.date(2020, 11, 22)


def test_date_in_the_preview_image_address_as_a_last_resort() -> None:
    """A page with no other date takes the one in its og:image address."""
    page = """<html><head><meta property="og:image" content="https://img.example/news/2020/03/04/a.jpg">
      </head><body><h1>Titre</h1><p>Texte.</p></body></html>"""
    assert _meta(page, url="https://ex.example/mnews?id=1").published == dt.date(2020, 3, 4)


def test_site_name_beside_a_person_is_not_an_author() -> None:
    """A byline naming the site and a person keeps the person; "About the Author" is a label."""
    page = """<html><head><meta property="og:site_name" content="unocero"></head><body><h1>Titre</h1>
      <div class="byline">unocero, Alberto Ávila</div><p>Texte.</p></body></html>"""
    assert _meta(page).authors == ("Alberto Ávila",)
    box = """<html><body><h1>Titre</h1><article><p>Texte de l'article.</p></article>
      <section><div class="author__box">About the Author - <span>Florina Ionescu</span></div></section>
      </body></html>"""
    assert _meta(box).authors == ("Florina Ionescu",)


def test_a_revision_date_dates_a_page_without_another() -> None:
    """A page showing only "Date of Last Revision: …" is dated by it."""
    page = """<html><body><h1>Terms of Service</h1><p>Date of Last Revision: August 9, 2017</p>
      <p>The following is a legal agreement.</p></body></html>"""
    assert _meta(page).published == dt.date(2017, 8, 9)


def test_marked_author_keeps_its_name_part_not_its_bio() -> None:
    """An itemprop=author block with a bio gives only its itemprop=name text."""
    page = """<html><body><h1>Titre</h1><article><p>Texte de l'article.</p></article>
      <div itemprop="author" itemscope><span itemprop="name">Amelie Nishizawa</span>
      <p>Tokyo-based French writer and fan of Japanese puns.</p></div></body></html>"""
    assert _meta(page).authors == ("Amelie Nishizawa",)


def test_ruby_readings_are_not_words_of_the_headline() -> None:
    """<rt>/<rp> readings above Japanese characters are left out: the <h1> then agrees with the <title>."""
    page = """<html><head><title>子どもへの体罰を禁止する</title></head><body>
      <h1><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する</h1>
      <p>Texte.</p></body></html>"""
    assert _meta(page, url=None).headline == "子どもへの体罰を禁止する"


def test_a_brand_wrapper_around_the_page_is_no_logo() -> None:
    """An <h1> under a layout wrapper hinted "brand" holding the article is the headline, not the site."""
    paragraphs = "".join(f"<p>Paragraphe {i} de l'article.</p>" for i in range(4))
    page = f"""<html><head><title>Le budget est adopté - Le Journal</title>
      <meta property="og:title" content="Le budget adopté | Le Journal"></head><body>
      <div class="brand-a"><div class="brand-b"><h1>Le budget adopté</h1>{paragraphs}</div></div>
      </body></html>"""
    assert _meta(page).headline == "Le budget adopté"
    logo = """<html><head><title>Le budget adopté - Le Journal</title></head><body>
      <div class="logo"><h1>Le Journal</h1></div><article><h2>Le budget adopté</h2><p>Texte.</p></article>
      </body></html>"""
    assert _meta(logo).headline == "Le budget adopté"


def test_a_metadata_title_cut_at_an_unescaped_quote_yields_to_the_title() -> None:
    """og:title="… de "incapacitado"" ends at the inner quote: the <title> holds the whole headline."""
    page = """<html><head><title>Senador califica a Biden de "incapacitado"</title>
      <meta property="og:title" content="Senador califica a Biden de "incapacitado"">
      <meta name="twitter:title" content="Senador califica a Biden de "incapacitado""></head>
      <body><p>Texto.</p></body></html>"""
    assert _meta(page).headline == 'Senador califica a Biden de "incapacitado"'


def test_agreed_titles_with_the_site_glued_to_their_end_yield_to_a_clean_one() -> None:
    """og:title and twitter:title ending "…-Politique/Le Journal" yield to the JSON-LD headline without it."""
    page = """<html><head><title>Le budget adopté-Politique/Le Journal</title>
      <meta property="og:site_name" content="Le Journal">
      <meta property="og:title" content="Le budget adopté-Politique/Le Journal">
      <meta name="twitter:title" content="Le budget adopté-Politique/Le Journal">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Le budget adopté"}</script>
      </head><body><p>Texte.</p></body></html>"""
    assert _meta(page).headline == "Le budget adopté"


def test_an_h1_subtitle_after_a_dash_is_kept() -> None:
    """ "Headline - subtitle" in the <h1> keeps its subtitle; "Headline | SITE.NET" loses the site."""
    page = """<html><head><meta property="og:title" content="Vanlife in Schweden"></head><body>
      <h1>Vanlife in Schweden - Skandinavien im Wohnmobil</h1><p>Text.</p></body></html>"""
    assert _meta(page).headline == "Vanlife in Schweden - Skandinavien im Wohnmobil"
    site = """<html><head><meta property="og:title" content="Was wir nicht hören wollen"></head><body>
      <h1>Was wir nicht hören wollen | FASSETTE.NET</h1><p>Text.</p></body></html>"""
    assert _meta(site).headline == "Was wir nicht hören wollen"


def _page_record(markup: str) -> page_module._Page:
    """The page record extract_metadata builds for an HTML string."""
    tree = lxml_html.document_fromstring(markup)
    return page_module._build_page(tree, "https://www.journal.example/a.html", LEX, "Europe/Paris")


HINT_WORDS = (
    "nav", "NAV", "navigation", "canvas", "comments", "comment-list", "related", "footer", "Sidebar",
    "share", "sharing", "byline", "by", "nearby", "author", "Auteur", "date", "updated", "maj", "majeur",
    "lead", "leader", "chapo", "CHAPÔ", "Chapô", "intro", "dek", "deck", "sub-title", "header__desc",
    "logo", "brand", "site-title", "sr-only", "visually-hidden", "kicker", "label", "meta", "post-meta",
    "breadcrumb", "fil", "profile", "cat", "category", "rubrique", "section-name", "widget", "promo",
    "main", "content", "col-md-6", "article", "x", "ſhare", "KELVIN-K", "é", "teaser-list", "most-read",
)  # fmt: skip


def test_hint_anchors_find_exactly_what_the_patterns_match() -> None:
    """_hinted_by (anchors, then the pattern) finds the same elements as the pattern on every element."""
    rng = random.Random(7)
    classes = [" ".join(rng.sample(HINT_WORDS, rng.randint(1, 3))) for _ in range(400)]
    body = "".join(
        f'<div class="{c}" id="{rng.choice(HINT_WORDS)}-{i}">'
        f'<span itemprop="{rng.choice(HINT_WORDS)}">x</span></div>'
        for i, c in enumerate(classes)
    )
    page = _page_record(f"<html><body>{body}</body></html>")
    patterns = [p for p in vars(page_module).values() if isinstance(p, page_module._Hint)]
    patterns += [p for p in vars(describe_module).values() if isinstance(p, page_module._Hint)]
    assert len(patterns) >= 12
    for pattern in patterns:
        expected = [el for el in page.tree.iter() if pattern.search(page_module._hints(el))]
        assert [el for el, _ in page_module._hinted_by(page, pattern)] == expected, pattern.anchors


def test_skipped_regions_memo_agrees_with_a_walk_up() -> None:
    """_in_skipped, which keeps each ancestor's verdict, answers as a plain walk over the ancestors does."""
    side = "".join(f"<li><a href='/x{i}'>Lien {i}</a></li>" for i in range(5))
    text = "".join(f"<p>Paragraphe {i} de l'article, assez long pour peser.</p>" for i in range(6))
    page = _page_record(
        f"""<html><body><div class="page sidebar-right"><nav><ul>{side}</ul></nav>
        <article><h1>Titre</h1>{text}<aside class="meta"><span>Par Jean</span></aside>
        <div class="related"><ul>{side}</ul></div></article>
        <aside><div class="widget"><p>Pub</p></div></aside><footer><p>Contact</p></footer></div>
        </body></html>"""
    )

    def walk(el: object, footers: bool) -> bool:
        skip = page_module._SKIP_HINT if footers else page_module._SKIP_NOT_FOOTER
        tags = ("nav", "footer", "aside") if footers else ("nav", "aside")
        for anc in el.iterancestors():  # type: ignore[attr-defined]
            if anc.tag in ("body", "html") or anc in page.main:
                return False
            hints = page_module._hints(anc)
            if anc.tag == "aside" and not footers and page_module._ARTICLE_HINT.search(hints):
                continue
            if (anc.tag in tags or skip.search(hints)) and not page_module._is_wrapper(anc, page):
                return True
        return False

    elements = list(page.tree.iter())
    for footers in (True, False):
        verdicts = [page_module._in_skipped(el, page, footers=footers) for el in reversed(elements)]
        assert verdicts[::-1] == [walk(el, footers) for el in elements]
    assert any(page_module._in_skipped(el, page) for el in elements)


def test_text_collapses_whitespace_and_drops_invisible_characters() -> None:
    """_text: every Unicode space collapses to one, soft hyphens and zero-width characters vanish."""
    raw = "\u00a0 Ab\u00adc\u200bd\u3000e\tf\n\x1cg\u2028  "
    assert page_module._text(raw) == "Abcd e f g"
    assert page_module._norm("L'Été, 2024 — N°1_x") == "lété2024n1x"


def test_a_lone_label_h1_yields_to_a_long_unrelated_title() -> None:
    """A two-word <h1> sharing no word with a long <title> (no metadata title) is a widget's label."""
    page = """<html><head><title>Nouveau clavier plat, plus léger à la frappe, en six modèles</title></head>
      <body><p>Texte.</p><div class="tooltip"><h1>Original text</h1></div></body></html>"""
    assert _meta(page).headline == "Nouveau clavier plat, plus léger à la frappe, en six modèles"
    short = """<html><head><title>Le Journal</title></head><body><h1>Grève générale</h1><p>Texte.</p>
      </body></html>"""
    assert _meta(short, url="https://www.lejournal.example/a.html").headline == "Grève générale"
