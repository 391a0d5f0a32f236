"""Tests of the clean stage: what it drops and how it labels boilerplate (label, don't lose)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from articlekit import clean
from articlekit.lexicon import for_page, get

LEX = get("fr")
EXAMPLE = Path("/work/shared/mission-dev/example-page.html")
PROSE = (
    "Les installations de panneaux photovoltaïques ont progressé de 38 % au premier semestre, "
    "selon les chiffres publiés mercredi par l’Observatoire, qui souligne une dynamique inédite. "
)


def _cleaned(body: str) -> lxml_html.HtmlElement:
    """Parse a body fragment into a page and run clean on it."""
    tree = lxml_html.document_fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")
    clean.clean(tree, lex=LEX)
    return tree


def _label(tree: lxml_html.HtmlElement, xpath: str) -> str | None:
    """The data-ak label of the first element matching `xpath`."""
    return tree.xpath(xpath)[0].get(clean.LABEL_ATTR)


def test_drops_scripts_styles_and_controls_but_keeps_tails() -> None:
    tree = _cleaned("<p>Avant<script>var x=1;</script> après<button>OK</button> fin</p><style>p{}</style>")
    assert tree.xpath("//script|//style|//button") == []
    assert tree.find(".//p").text_content() == "Avant après fin"


def test_keeps_jsonld_as_hidden() -> None:
    tree = _cleaned('<script type="application/ld+json">{"articleBody": "x"}</script><p>Texte</p>')
    scripts = tree.xpath("//script")
    assert len(scripts) == 1 and scripts[0].get(clean.LABEL_ATTR) == "hidden"


def test_unclosed_control_that_swallowed_the_page_is_unwrapped() -> None:
    tree = _cleaned(f"<select><div><p>{PROSE * 3}</p></div>")
    assert PROSE.strip() in tree.find(".//p").text_content()


@pytest.mark.parametrize(
    ("markup", "label"),
    [
        ("<nav><a href='/'>Accueil</a></nav>", "nav"),
        ("<footer><a href='/cgu'>CGU</a></footer>", "footer"),
        ("<header><a href='/'>Logo</a></header>", "header"),
        ("<div role='navigation'><a href='/'>A</a></div>", "nav"),
        ("<div class='share-buttons'><a href='#'>Facebook</a></div>", "share"),
        ("<div id='comments'><p>Super article !</p></div>", "comments"),
        ("<div class='cookie-banner'>Cookies</div>", "cookie"),
        ("<div class='newsletter-box'>Inscrivez-vous</div>", "newsletter"),
        ("<div class='ad-slot'></div>", "ad"),
        ("<div class='jp-relatedposts'><a href='/x'>X</a></div>", "related"),
        ("<div style='display: none'>caché</div>", "hidden"),
        ("<div aria-hidden='true'>caché</div>", "hidden"),
        ("<aside><a href='/x'>Pub</a></aside>", "promo"),
    ],
)
def test_labels_by_markup(markup: str, label: str) -> None:
    tree = _cleaned(markup + f"<p>{PROSE}</p>")
    assert _label(tree, "//body/*[1]") == label


def test_header_inside_article_is_the_articles_own() -> None:
    tree = _cleaned(f"<article><header><h1>Titre</h1></header><p>{PROSE}</p></article>")
    assert _label(tree, "//article/header") is None


def test_footer_inside_article_is_labelled_unless_it_holds_prose() -> None:
    short = "<footer><p>Tags : énergie, solaire</p></footer>"
    tree = _cleaned(f"<article><h1>Titre</h1><p>{PROSE}</p>{short}</article>")
    assert _label(tree, "//article/footer") == "footer"
    tree = _cleaned(f"<article><h1>Titre</h1><footer><p>{PROSE * 10}</p></footer></article>")
    assert _label(tree, "//article/footer") is None


def test_content_container_with_boilerplate_class_is_not_labelled() -> None:
    tree = _cleaned(f"<div class='page-with-sidebar'><h1>Titre</h1><p>{PROSE * 5}</p></div>")
    assert _label(tree, "//body/div") is None


def test_content_word_vetoes_class_label() -> None:
    tree = _cleaned(f"<div class='article-content share-enabled'><p>{PROSE}</p></div>")
    assert _label(tree, "//body/div") is None


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Sur le même sujet", "related"),
        ("Articles qui pourraient vous intéresser", "related"),
        ("À LIRE AUSSI", "related"),
        ("Les plus lus", "ticker"),
        ("L’Actu en continu", "ticker"),
        ("Hors-séries &amp; Spéciaux", "promo"),
    ],
)
def test_labels_heading_blocks_by_lexicon(heading: str, label: str) -> None:
    tree = _cleaned(
        f"<div class='main'><p>{PROSE}</p><div class='box'><h3>{heading}</h3>"
        "<ul><li><a href='/a'>Un titre</a></li><li><a href='/b'>Un autre</a></li></ul></div></div>"
    )
    assert _label(tree, "//div[@class='box']") == label
    assert _label(tree, "//div[@class='main']") is None


def test_heading_sharing_its_parent_with_prose_wraps_only_its_list() -> None:
    tree = _cleaned(
        f"<div class='main'><p>{PROSE}</p><h3>Sur le même sujet</h3>"
        f"<ul><li><a href='/a'>Un titre</a></li></ul><p>{PROSE}</p></div>"
    )
    wrapper = tree.xpath("//*[@data-ak='related']")[0]
    assert [c.tag for c in wrapper] == ["h3", "ul"]
    assert len(tree.xpath("//div[@class='main']/p")) == 2


def test_lire_aussi_insert_is_related() -> None:
    tree = _cleaned(
        f"<div><p>{PROSE}</p><p><strong>Lire aussi :</strong> <a href='/x'>Autre article</a></p>"
        f"<p>{PROSE}</p></div>"
    )
    assert _label(tree, "//p[2]") == "related"
    assert _label(tree, "//p[1]") is None


def test_prose_starting_like_an_insert_is_kept() -> None:
    tree = _cleaned(f"<div><p>À voir si la mesure tiendra. {PROSE}</p></div>")
    assert _label(tree, "//p") is None


def test_banner_phrase_labels_short_box() -> None:
    tree = _cleaned(
        f"<div class='bandeau'>Nous utilisons des cookies pour mesurer l’audience.</div><p>{PROSE}</p>"
    )
    assert _label(tree, "//div") == "cookie"


@pytest.mark.skipif(not EXAMPLE.exists(), reason="mission-dev example page not available")
def test_example_page_labels() -> None:
    tree = lxml_html.document_fromstring(EXAMPLE.read_bytes())
    clean.clean(tree, lex=LEX)
    labels = {el.get("class") or el.tag: el.get(clean.LABEL_ATTR) for el in tree.xpath("//*[@data-ak]")}
    assert labels["bandeau-cookies"] == "cookie"
    assert labels["sur-le-meme-sujet"] == "related"
    assert labels["partage"] == "share"
    assert labels["footer"] == "footer"
    assert tree.xpath("//div[@class='corps']/@data-ak") == []


def test_fold_ignores_case_accents_and_apostrophes() -> None:
    assert clean.fold("  L’Actu   EN Continu ") == "l'actu en continu"
    assert clean.fold("À lire également") == "a lire egalement"


def test_embedded_tweet_is_not_article() -> None:
    tweet = "<blockquote class='twitter-tweet'><p>Un tweet</p></blockquote>"
    tree = _cleaned(f"<div><p>{PROSE}</p>{tweet}</div>")
    assert _label(tree, "//blockquote") == "promo"


@pytest.mark.parametrize(
    ("classes", "label"),
    [
        ("post-comments", "comments"),
        ("ArticlePage-authorInfo", "promo"),
        ("entry-content", None),
        ("article-content share-bar", None),
        ("live-match-comments", None),
        ("cookie-banner", "cookie"),
        ("editorial-disclaimer", "promo"),
        ("aawp-disclaimer", "promo"),
        ("affiliate-box", "promo"),
        ("c-letters-cta", "promo"),
        ("entry-crumbs", "nav"),
        ("hidden", "hidden"),
        ("col-md-8 d-none", "hidden"),
        ("screen-reader-text", "hidden"),
        ("hidden-xs", None),
        ("paywall-box", "promo"),
    ],
)
def test_class_token_word_order(classes: str, label: str | None) -> None:
    tree = _cleaned(f"<div class='{classes}'>Quelques mots</div><p>{PROSE}</p>")
    assert _label(tree, "//div") == label


def test_banner_phrase_inside_article_prose_is_kept() -> None:
    sentence = "Le site utilise des cookies sans consentement, a constaté la CNIL."
    tree = _cleaned(f"<div><p>{PROSE}</p><p>{sentence}</p><p>{PROSE}</p></div>")
    assert _label(tree, "//p[2]") is None


def test_paragraph_opening_with_a_banner_phrase_is_labelled_even_among_prose() -> None:
    notice = "This article contains affiliate links. We may earn a commission on purchases."
    body = f"<div><p>{PROSE}</p><p>{notice}</p><p>{PROSE}</p></div>"
    tree = lxml_html.document_fromstring(f"<html lang='en'><body>{body}</body></html>")
    clean.clean(tree, lex=for_page("fr", "en"))
    assert _label(tree, "//p[2]") == "promo"
    assert _label(tree, "//p[1]") is None


# ---------------------------------------------------------------- the page's language


def _page(head: str, body: str, html_attrs: str = "") -> lxml_html.HtmlElement:
    """Parse a whole page with the given <html> attributes, head and body."""
    return lxml_html.document_fromstring(f"<html {html_attrs}><head>{head}</head><body>{body}</body></html>")


GERMAN = (
    "<p>Die Stadt hat am Montag den neuen Haushalt beschlossen, der für das kommende Jahr mehr Geld "
    "für die Schulen und den Nahverkehr vorsieht. Es ist nicht der erste Versuch, aber er wird von "
    "den meisten Fraktionen getragen, auch wenn die Opposition das anders sieht.</p>"
)


@pytest.mark.parametrize(
    ("html_attrs", "head", "expected"),
    [
        ('lang="de-DE"', "", "de"),
        ('xml:lang="en"', "", "en"),
        ("", '<meta property="og:locale" content="es_ES">', "es"),
        ("", '<meta http-equiv="Content-Language" content="pl">', "pl"),
    ],
)
def test_page_language_is_read_from_declarations(html_attrs: str, head: str, expected: str) -> None:
    assert clean.page_language(_page(head, "<p>x</p>", html_attrs)) == expected


def test_page_language_is_guessed_from_words_when_undeclared() -> None:
    assert clean.page_language(_page("", GERMAN)) == "de"
    assert clean.page_language(_page("", f"<p>{PROSE * 3}</p>")) == "fr"
    # too few words to tell
    assert clean.page_language(_page("", "<p>Hallo</p>")) is None


def test_page_lexicon_merges_the_page_language_with_french() -> None:
    merged = for_page("fr", "de")
    headings = merged.boilerplate.HEADINGS
    assert headings["Mehr zum Thema"] == "related" and headings["Sur le même sujet"] == "related"
    assert "lesen sie auch" in merged.related.LABELS and "lire aussi" in merged.related.LABELS
    assert merged.reporting is LEX.reporting and merged.dates is LEX.dates
    # unknown or absent page languages leave the French lexicon as it is
    assert for_page("fr", "xx") is LEX and for_page("fr", None) is LEX and for_page("fr", "fr") is LEX


def test_german_related_heading_is_labelled_on_a_german_page_only() -> None:
    body = (
        f"<div class='a'>{GERMAN}{GERMAN}</div>"
        "<div class='box'><h3>Mehr zum Thema</h3><ul><li><a href='/a'>Ein anderer Artikel</a></li>"
        "<li><a href='/b'>Noch ein Artikel</a></li></ul></div>"
    )
    french_only = _cleaned(body)
    assert _label(french_only, "//div[@class='box']") is None
    tree = lxml_html.document_fromstring(f"<html lang='de'><body>{body}</body></html>")
    clean.clean(tree, lex=for_page("fr", clean.page_language(tree)))
    assert _label(tree, "//div[@class='box']") == "related"
    assert _label(tree, "//div[@class='a']") is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("We use cookies to improve your experience.", "cookie"),
        ("Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.", "cookie"),
        ("Share on Facebook", "share"),
    ],
)
def test_banners_of_the_page_language(text: str, label: str) -> None:
    lang = "de" if "Cookies," in text else "en"
    tree = lxml_html.document_fromstring(
        f"<html lang='{lang}'><body><div class='x'>{text}</div></body></html>"
    )
    clean.clean(tree, lex=for_page("fr", lang))
    assert _label(tree, "//div[@class='x']") == label


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "de",
            "Wenn Ihnen dieser Artikel gefallen hat, können Sie mich durch eine Spende unterstützen.",
            "promo",
        ),
        ("de", "13 Besucher sind online (8 Besucher halten sich im Bereich News auf.)", "promo"),
        ("de", "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.", "comments"),
        ("de", "Nachfolgebeitrag: Ein anderer Beitrag Vorgängerbeitrag: Noch einer", "nav"),
        ("de", "Bei Fragen und Anregungen zu diesem Artikel können Sie uns schreiben.", "promo"),
        ("en", "This entry was posted on Monday and is filed under Linux, Tutorials.", "nav"),
        (
            "de",
            "Greenpeace wird von Privatpersonen finanziert. Bitte unterstützen Sie uns mit einer Spende.",
            "promo",
        ),
        ("en", "Submit your letter to the editor via this form. Read more Letters to the Editor.", "promo"),
        ("en", "For the latest stories download the Daily apps for iOS and Android.", "promo"),
    ],
)
def test_support_visitor_and_letter_prompts_are_banners(lang: str, text: str, label: str) -> None:
    tree = lxml_html.document_fromstring(
        f"<html lang='{lang}'><body><div class='main'><p>{PROSE}</p></div>"
        f"<div class='x'>{text}</div></body></html>"
    )
    clean.clean(tree, lex=for_page("fr", lang))
    assert _label(tree, "//div[@class='x']") == label
    assert _label(tree, "//div[@class='main']") is None


def test_banner_phrase_cut_by_links_is_read_in_its_whole_paragraph() -> None:
    tree = lxml_html.document_fromstring(
        f"<html lang='de'><body><div class='main'><p>{PROSE}</p>"
        "<p>Ein <a href='/x'>Link</a> im Text.</p></div>"
        "<div class='x'><p>Bitte <a href='/r'>registrieren Sie sich</a> und halten Sie sich an unsere "
        "<a href='/n'>Netiquette</a>.</p><p>Fragen?</p></div></body></html>"
    )
    clean.clean(tree, lex=for_page("fr", "de"))
    assert _label(tree, "//div[@class='x']") == "comments"
    assert not tree.xpath("//div[@class='main']//@data-ak")


def test_german_contact_box_heading_labels_its_box() -> None:
    tree = lxml_html.document_fromstring(
        f"<html lang='de'><body><div class='main'><p>{PROSE}</p></div>"
        "<div class='box'><h3>Pressekontakt:</h3>"
        "<p>Pressestelle</p><p>Tel.: 0228-999582</p></div></body></html>"
    )
    clean.clean(tree, lex=for_page("fr", "de"))
    assert _label(tree, "//div[@class='box']") == "promo"
    assert _label(tree, "//div[@class='main']") is None


def test_page_builder_widget_wrappers_are_layout_not_widgets() -> None:
    tree = _cleaned(
        "<div class='elementor-widget elementor-widget-text-editor'><div class='elementor-widget-container'>"
        f"<p>{PROSE}</p></div></div><div class='widget'><p>Nos partenaires</p></div>"
    )
    assert _label(tree, "//div[@class='elementor-widget-container']") is None
    assert _label(tree, "//div[starts-with(@class, 'elementor-widget ')]") is None
    assert _label(tree, "//div[@class='widget']") == "promo"


def test_explore_further_heading_over_a_link_is_related() -> None:
    tree = lxml_html.document_fromstring(
        f"<html lang='en'><body><div class='main'><p>{PROSE}</p></div><div class='box'>"
        "<p>Explore further</p><a href='/a'>Another story about something else</a></div></body></html>"
    )
    clean.clean(tree, lex=for_page("fr", "en"))
    assert tree.xpath("//div[@class='box']//*[@data-ak='related'] | //div[@class='box'][@data-ak='related']")
    assert _label(tree, "//div[@class='main']") is None


def test_label_does_not_take_in_a_box_with_its_own_heading() -> None:
    tree = lxml_html.document_fromstring(
        "<html lang='de'><body><div class='col'><div class='slot'>Newsletter</div>"
        "<div class='wrap'><h2>Die Stadt hat den Haushalt beschlossen</h2></div>"
        f"<div class='text'>{GERMAN}</div></div></body></html>"
    )
    clean.clean(tree, lex=for_page("fr", "de"))
    assert _label(tree, "//div[@class='wrap']") is None


def test_more_heading_over_links_is_related_but_over_prose_is_not() -> None:
    links = "".join(
        f"<p><a href='/a{i}'>Ein anderer Artikel über die Stadt Nummer {i}</a></p>" for i in range(3)
    )
    short = "".join(f"<p>Die Opposition fordert mehr Geld für Schulen, Punkt {i}.</p>" for i in range(3))
    tree = _page(
        "",
        f"<div class='a'>{GERMAN}<h3 id='h1'>Weitere Artikel aus der Region</h3>{links}</div>"
        f"<div class='b'>{GERMAN}<h3 id='h2'>Weitere Forderungen</h3>{short}</div>",
        "lang='de'",
    )
    clean.clean(tree, lex=for_page("fr", "de"))
    assert tree.get_element_by_id("h1").getparent().get(clean.LABEL_ATTR) == "related"
    assert not clean.is_labelled(tree.get_element_by_id("h2"))
    assert all(not clean.is_labelled(p) for p in tree.xpath("//div[@class='b']/p"))


def test_heading_over_teasers_labels_the_teasers_too() -> None:
    excerpt = (
        "WASHINGTON: Expressing concern over the exercise, an independent entity has said that close to two "
    )
    teasers = "".join(
        f"<li><a href='/s{i}'>Another story of the day, number {i}</a><span>{excerpt * 2}</span></li>"
        for i in range(4)
    )
    tree = _page(
        "",
        f"<div class='col'><div class='box'><div class='t'><b>Breaking News</b></div><ul>{teasers}</ul></div>"
        f"<div class='text'><p>{PROSE * 4}</p></div></div>",
        "lang='en'",
    )
    clean.clean(tree, lex=for_page("fr", "en"))
    assert _label(tree, "//div[@class='box']") == "ticker"
    assert not clean.is_labelled(tree.xpath("//div[@class='text']")[0])


def test_paragraphs_with_links_inside_are_not_teasers() -> None:
    link = "<a href='/x'>un rapport publié hier par l’Observatoire national</a>"
    para = f"<p>{PROSE[:120]}{link}{PROSE[:120]}</p>"
    tree = _cleaned(f"<div class='box'><h3>Partager</h3>{para}{para}</div><p>{PROSE * 4}</p>")
    assert tree.xpath("//div[@class='box']/p")[0].get(clean.LABEL_ATTR) is None
    assert not clean.is_labelled(tree.xpath("//div[@class='box']/p")[0])


def test_ruby_annotations_are_dropped_and_the_base_text_kept() -> None:
    tree = _cleaned(
        "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>を</p>"
    )
    assert tree.find(".//p").text_content() == "子どもへの虐待を"


def test_paragraph_marked_paywall_is_the_paywalled_text() -> None:
    tree = _cleaned(f"<div><p>{PROSE}</p><p class='paywall'>{PROSE}</p></div>")
    assert _label(tree, "//p[@class='paywall']") is None


def test_teaser_without_a_link_is_the_articles_lead_and_with_links_another_page() -> None:
    lead = f"<div class='teaser lead'>{PROSE}</div>"
    other = "<div class='teaser'><a href='/autre'>Un autre article</a></div>"
    tree = _cleaned(f"{lead}<p>{PROSE}</p>{other}")
    assert _label(tree, "//div[contains(@class, 'lead')]") is None
    assert _label(tree, "//div[@class='teaser']") == "related"


ITALIAN = (
    "<p>Il consiglio comunale ha approvato il bilancio della città, che prevede più fondi per le "
    "scuole e per i trasporti. Non è la prima volta che questo progetto viene discusso, ma questa "
    "volta anche gli altri gruppi sono stati d'accordo dopo una lunga seduta nella sala del "
    "consiglio, e il sindaco ha detto che i lavori inizieranno già dalla prossima estate.</p>"
)


def test_italian_page_is_guessed_and_its_related_heading_labelled() -> None:
    links = "<ul><li><a href='/a'>Un altro articolo</a></li><li><a href='/b'>E un altro</a></li></ul>"
    tree = _page("", f"{ITALIAN}<div class='box'><h3>Leggi anche</h3>{links}</div>")
    assert clean.page_language(tree) == "it"
    clean.clean(tree, lex=for_page("fr", "it"))
    assert _label(tree, "//div[@class='box']") == "related"


def test_heading_split_by_an_html_comment_is_read_whole() -> None:
    tree = _cleaned(
        f"<div class='main'><p>{PROSE}</p><div class='box'><h3>Les plus <!-- x --> lus</h3>"
        "<ul><li><a href='/a'>Un titre</a></li><li><a href='/b'>Un autre</a></li></ul></div></div>"
    )
    assert _label(tree, "//div[@class='box']") == "ticker"


def test_words_pass_reads_texts_in_document_order_outside_labelled_regions() -> None:
    tree = lxml_html.document_fromstring(
        "<html><body>avant<div>un<nav>menu<b>x</b></nav>deux<p>trois<i>quatre</i>cinq</p>six</div>"
        "sept<script type='application/ld+json'>{}</script>huit</body></html>"
    )
    clean._drop_non_content(tree)
    body = tree.find("body")
    texts = clean._label_by_markup(body)
    assert [text for _, text in texts] == [
        "avant",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
    ]
    owners = {text: owner.tag for owner, text in texts}
    assert owners["deux"] == "div" and owners["cinq"] == "p" and owners["six"] == "div"
    assert owners["sept"] == "body"
    assert body.find(".//nav").get(clean.LABEL_ATTR) == "nav"
