"""Tests of the authors reader (articlekit.meta.authors): which source names the people, and how."""

from __future__ import annotations

from lxml import html as lxml_html

from articlekit.lexicon import get
from articlekit.meta import extract_metadata
from articlekit.options import Options

LEX = get("fr")


def _authors(
    body: str, head: str = "", url: str | None = "https://www.journal.example/a/1.html"
) -> tuple[str, ...]:
    """The authors extract_metadata finds on a page made of `head` and `body`."""
    page = f"<html><head><title>Un titre</title>{head}</head><body>{body}</body></html>"
    tree = lxml_html.document_fromstring(page)
    return extract_metadata(tree, url=url, lex=LEX, options=Options()).authors


ARTICLE = (
    "<article><h1>Un titre</h1>{byline}<p>"
    + "Un long paragraphe du corps de l'article. " * 20
    + "</p></article>"
)


def test_organisation_declared_gives_way_to_a_visible_person() -> None:
    """A <meta> author that is an organisation ("… für Wald …") yields to a person's byline."""
    head = '<meta name="author" content="Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF">'
    body = ARTICLE.format(byline='<p class="author">Joachim Hamberger</p>')
    assert _authors(body, head) == ("Joachim Hamberger",)


def test_organisation_kept_when_no_person_is_named() -> None:
    """With no person anywhere, the declared organisation is still the author."""
    head = '<meta name="author" content="Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF">'
    assert _authors(ARTICLE.format(byline=""), head) == (
        "Bayerische Landesanstalt für Wald",
        "Forstwirtschaft",
        "LWF",
    )


def test_handle_gives_way_to_the_display_name_it_stands_for() -> None:
    """A declared handle ("gabor_munier") yields to the visible name it spells ("Gàbor Muniér")."""
    head = '<meta name="author" content="gabor_munier">'
    body = ARTICLE.format(byline="<p>Author: Gàbor Muniér, 3 mars 2019</p>")
    assert _authors(body, head) == ("Gàbor Muniér",)


def test_first_name_kept_against_an_unrelated_name() -> None:
    """A site signing with a first name keeps it: another person's name elsewhere does not replace it."""
    head = '<meta name="author" content="Steffi">'
    body = ARTICLE.format(byline='<p class="byline">Par Marie Curie</p>')
    assert _authors(body, head) == ("Steffi",)


def test_first_name_completed_by_the_full_name() -> None:
    """A declared first name ("Nils") yields to the full name that starts with it."""
    head = '<meta name="author" content="Nils">'
    body = ARTICLE.format(byline='<p class="byline">Par Nils Pickert</p>')
    assert _authors(body, head) == ("Nils Pickert",)


def test_role_clause_beside_a_person_is_dropped() -> None:
    """ "Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien." names one person."""
    body = ARTICLE.format(
        byline="<p><b>Autorin:</b> Uta Staschewski, Projektleiterin der HSS in Tunesien.</p>"
    )
    assert _authors(body) == ("Uta Staschewski",)


def test_site_name_part_is_the_site() -> None:
    """ "LN" is the site when the site calls itself "LN - Lübecker Nachrichten"."""
    head = (
        '<meta property="og:site_name" content="LN - Lübecker Nachrichten"><meta name="author" content="LN">'
    )
    body = ARTICLE.format(byline='<p class="author">Von Cosima Künzel</p>')
    assert _authors(body, head) == ("Cosima Künzel",)


def test_credit_after_the_name_ends_it() -> None:
    """ "Text von X Illustration von Y": the illustration credit is not part of the author's name."""
    body = ARTICLE.format(byline="<p><em>Text von Christian Seiler    Illustration von Markus Roost</em></p>")
    assert _authors(body) == ("Christian Seiler",)


def test_credit_alone_is_no_author() -> None:
    """A picture credit ("Photograph by X") names no author."""
    body = ARTICLE.format(byline='<p class="byline">Photograph by Tyrone Turner</p>')
    assert _authors(body) == ()


def test_danish_joiner_splits_names() -> None:
    """ "X og Y" (Danish, Norwegian) is two people."""
    head = '<meta name="author" content="Trine Juncher Jørgensen og Tôrtia Reimer-Johansen">'
    assert _authors(ARTICLE.format(byline=""), head) == ("Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen")


def test_label_word_before_by() -> None:
    """ "Analysis by Chris Cillizza": the name after the inner byline word; "Alexa von Heyden" stays whole."""
    head = '<meta name="author" content="Analysis by Chris Cillizza">'
    assert _authors(ARTICLE.format(byline=""), head) == ("Chris Cillizza",)
    head = '<meta name="author" content="Alexa von Heyden">'
    assert _authors(ARTICLE.format(byline=""), head) == ("Alexa von Heyden",)


def test_name_written_twice_is_read_once() -> None:
    """A byline holding a visible and a hidden copy of a name gives the name once."""
    body = ARTICLE.format(byline='<p class="author">Olivier Minot <span>Olivier Minot</span></p>')
    assert _authors(body) == ("Olivier Minot",)


def test_long_author_lists_are_kept() -> None:
    """A paper's twelve authors are all kept."""
    names = [f"Jean{c} Dupont{c}" for c in "ABCDEFGHIJKL"]
    head = "".join(f'<meta name="citation_author" content="{n}">' for n in names)
    assert _authors(ARTICLE.format(byline=""), head) == tuple(names)


def test_korean_single_word_name_is_a_person() -> None:
    """A name in a script without capitals is a person even as one word; the site beside it is dropped."""
    head = '<meta property="og:site_name" content="한국일보">'
    body = ARTICLE.format(byline='<p class="author">한국일보, 신현주 기자</p>')
    assert _authors(body, head) == ("신현주",)


def test_role_after_a_full_name_ends_it() -> None:
    """ "Sam Stein Senior Politics Editor": the words after the role word describe the person."""
    head = '<meta name="author" content="Sam Stein Senior Politics Editor, The Huffington Post">'
    assert _authors(ARTICLE.format(byline=""), head) == ("Sam Stein", "The Huffington Post")


def test_visible_line_opening_on_a_lower_case_word_names_nobody() -> None:
    """ "Vom Blech, mit Streuseln & Co." opens on a byline word but names no one."""
    body = ARTICLE.format(byline="<p>Vom Blech, mit Streuseln &amp; Co.</p>")
    assert _authors(body) == ()


def test_copyright_holder_as_author_is_the_publisher() -> None:
    """A <meta> author that is the copyright holder gives way to the person in the byline."""
    head = '<meta name="author" content="Condé Nast">'
    head += '<meta name="copyright" content="Copyright (c) Condé Nast 2022">'
    body = ARTICLE.format(byline='<p class="byline">By Emma Grey Ellis</p>')
    assert _authors(body, head) == ("Emma Grey Ellis",)


def test_credit_after_the_site_is_not_its_team() -> None:
    """ "Door: NU.nl Beeld: Pro Shots": the site, not the site with a picture credit."""
    head = '<meta property="og:site_name" content="NU.nl"><meta name="author" content="NU.nl">'
    body = ARTICLE.format(byline="<p>Door: NU.nl Beeld: Pro Shots</p>")
    assert _authors(body, head, url="https://www.nu.nl/a/1.html") == ("NU.nl",)


def test_credit_list_names_no_author() -> None:
    """ "Foto: SN/APA/KEYSTONE/X Y": the agencies and the photographer of a picture are no authors."""
    head = '<meta property="og:site_name" content="Salzburger Nachrichten">'
    head += '<meta name="author" content="Salzburger Nachrichten">'
    body = ARTICLE.format(byline='<p class="author">Foto: SN/APA/KEYSTONE/CYRIL ZINGARO</p>')
    assert _authors(body, head) == ("Salzburger Nachrichten",)


def test_nordic_and_italian_byline_words() -> None:
    """ "Av X" (Swedish, Norwegian), "Af X" (Danish) and "di X" (Italian) open bylines."""
    for line, name in (("Av Ola Nordmann", "Ola Nordmann"), ("Af Mette Hansen", "Mette Hansen")):
        assert _authors(ARTICLE.format(byline=f"<p>{line}</p>")) == (name,)
    body = ARTICLE.format(byline='<p class="author">di Sami al-Ajrami</p>')
    assert _authors(body) == ("Sami al-Ajrami",)
