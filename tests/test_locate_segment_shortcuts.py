"""Session-4 shortcuts of locate and segment against the plain readings they replace."""

from __future__ import annotations

import random
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from articlekit import locate
from articlekit.clean import fold
from articlekit.segment import (
    _CONTENT_CLASS,
    _EXTRA_CLASS,
    _LEAD_CLASS,
    _absolute,
    _Draft,
    _extra_words,
    _finish,
    _is_headline,
    _lead_words,
    _norm_key,
)
from articlekit.tree import text_of

_BASES = (
    "https://www.example.com/a/b.html",
    "http://example.com",
    "http://example.com?x=1",
    "https://u:p@example.com:80/x#f",
    "HTTP://Example.com/a",
    " https://example.com/",
    "http:/foo",
    "http://",
    "ftp://example.com/",
    "https://example.com/a;p?q#f",
    "http://[::1]/",
    "http://[::1",
    "http://example.com/\u00e9/",
)


def _joined(href: str, base: str) -> str | None:
    """What _absolute gave before the root-path shortcut: urljoin, kept when http(s)."""
    try:
        target = urljoin(base, href)
    except ValueError:
        return None
    return target if target.startswith(("http://", "https://")) else None


def test_root_paths_are_joined_as_urljoin_joins_them() -> None:
    rng = random.Random(1)
    chars = "/ab.?#;%:@!$&'()*+,=-_~[]\t\n é"
    for _ in range(20000):
        href = "/" + "".join(rng.choice(chars) for _ in range(rng.randint(0, 8)))
        base = rng.choice(_BASES)
        assert _absolute(href, base) == _joined(href, base), (href, base)


def test_class_words_are_read_as_the_whole_value_was() -> None:
    words = "caption Legende credit by line dates date Time meta tags label kicker breadcrumbs photo-info"
    words += " image-info lead intro chapo body content text x \u017f \u212a \u0130 é - _ 1 time-stamp"
    seps = [" ", "  ", "\t", "\n", "\u00a0", "\u3000", "", "-", "_"]
    rng = random.Random(3)
    for _ in range(20000):
        parts = [rng.choice(words.split()) for _ in range(rng.randint(1, 4))]
        value = parts[0] + "".join(rng.choice(seps) + p for p in parts[1:])
        value = rng.choice(["", " "]) + value + rng.choice(["", " ", "\n"])
        extra = bool(_EXTRA_CLASS.search(value)) and not _CONTENT_CLASS.search(value)
        assert _extra_words(value) == extra, repr(value)
        assert _lead_words(value) == bool(_LEAD_CLASS.search(value)), repr(value)


def test_paragraph_spans_are_the_spans_of_their_text() -> None:
    page = lxml_html.document_fromstring(
        "<html><body><div><p> Un texte, assez long pour compter ici.\u00a0 <b>Gras</b>fin </p>"
        "<p>Court</p><p>Un autre paragraphe\n\tsur deux lignes, avec <a href='/x'>un lien</a>.</p>"
        "<li>  Un élément de liste qui compte aussi, oui.  </li></div></body></html>"
    )
    scan = locate._Scan(nested=False)
    for el in page.iter("p", "li"):
        locate._paragraph_score(el, scan)
    assert scan.spans
    for el, span in scan.spans.items():
        assert span == locate._span(locate._text(el))


def test_attr_hints_by_words_match_the_case_insensitive_patterns() -> None:
    words = "article body content post sidebar widget hid HID hidden -ad- x-ad-y nav menu comment text-center"
    words += " main entry share social meta media \u017f \u212a \u0130 é row col-md-8 lead chapo corps"
    rng = random.Random(5)
    for _ in range(20000):
        parts = [rng.choice(words.split()) for _ in range(rng.randint(1, 4))]
        value = parts[0] + "".join(rng.choice([" ", "  ", "\t", "\n", "-", "_", ""]) + p for p in parts[1:])
        value = rng.choice(["", " ", "\n"]) + value + rng.choice(["", " ", "\n"])
        value = rng.choice([value, value.upper(), value.title()])
        positive, negative = bool(locate._POSITIVE.search(value)), bool(locate._NEGATIVE.search(value))
        assert locate._read_attr_hints(value) == float(positive) - float(negative), repr(value)


def test_headline_test_settled_by_the_first_character_as_by_the_key() -> None:
    rng = random.Random(7)
    chars = "aAbB1 .«Éé-_\u0130K"
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 8)))
        head = _norm_key("".join(rng.choice(chars) for _ in range(rng.randint(0, 6))))
        for folded in (None, fold(text)):
            assert _is_headline(text, folded, head) == (_norm_key(text, folded) == head), (text, head)


def test_text_content_read_by_the_serialiser_is_text_content() -> None:
    page = lxml_html.document_fromstring(
        "<html><body><div class='credit'> Photo&nbsp;: <b>AFP</b><!-- x --> &amp; <i>Reuters</i>\n</div>"
        "<figure><img src='a.jpg'><figcaption>Légende <span class='credit'>© X</span></figcaption></figure>"
        "</body></html>"
    )
    for el in page.iter(etree.Element):
        assert text_of(el) == el.text_content()


def test_a_draft_of_zero_width_characters_makes_no_block() -> None:
    assert _finish(_Draft(kind="paragraph", pieces=["\u200b", "\ufeff"])) == []
    assert _finish(_Draft(kind="paragraph", pieces=["\u200b\n", "\n\u200b"])) == []
