"""Tests of the date readers' fast paths: each must give what the plain reading it replaces gives."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

import pytest
from lxml import html as lxml_html

from articlekit import dates
from articlekit.lexicon import get
from articlekit.meta import published
from articlekit.meta.page import _build_page, _text

LANGS = ("fr", "en", "de", "es")
#: characters that the cue and label tests fold away or change: spaces of every kind, invisible ones,
#: combining marks, letters whose lower case is ASCII (Kelvin sign, dotted I), controls, accents
ODD = (
    [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    + list("\u00ad\u200b\u200c\u200d\u2060\ufeff\u0301\u0308\u0327\u212a\u0130\x01\x7fÉéÀàÄäÖößçÇ")
    + list("ABCDEFGHIJKLMNOPQRSTUVWXYZ:-–|.,'0123456789")
)


def _plain_norm(text: str) -> str:
    """`dates._norm` as it was written before its fast path (the reference)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _plain_line_kind(text: str, lex: object) -> str | None:
    """`dates.date_line_kind` as two pattern matches, modified cues first (the reference)."""
    low = _plain_norm(text).lower()
    data = dates.date_data(lex)  # type: ignore[arg-type]
    if dates._cue_pattern(data.MODIFIED_CUES).match(low):
        return "modified"
    if dates._cue_pattern(data.PUBLISHED_CUES).match(low):
        return "published"
    return None


def _variants(lex: object, rng: random.Random, count: int) -> list[str]:
    """Texts near the cues and labels of `lex`: cut, re-cased, with odd characters put in or around."""
    words = [*dates.date_cues(lex), *dates.date_data(lex).DATE_LABELS]  # type: ignore[arg-type]
    out = []
    for _ in range(count):
        text = list(rng.choice(words))
        for _ in range(rng.randint(0, 3)):
            at = rng.randint(0, min(len(text), 8))
            pick = rng.random()
            if pick < 0.5:
                text.insert(at, rng.choice(ODD))
            elif pick < 0.7 and at < len(text):
                text[at] = text[at].upper()
            elif at < len(text):
                del text[at]
        lead = "".join(rng.choice(ODD[:30]) for _ in range(rng.randint(0, 2))) if rng.random() < 0.3 else ""
        tail = rng.choice(["", " 12/03/2021", ": 5 mai 2020", " :", " le"])
        out.append(lead + "".join(text) + tail)
    return out


def test_norm_matches_the_regex_reading() -> None:
    rng = random.Random(7)
    chars = ODD + list("abc dé\u00a0\u3000\t\n")
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert dates._norm(text) == _plain_norm(text)


@pytest.mark.parametrize("lang", LANGS)
def test_line_kind_matches_the_two_pattern_reading(lang: str) -> None:
    lex = get(lang)
    for text in _variants(lex, random.Random(lang), 5000):
        assert dates.date_line_kind(text, lex) == _plain_line_kind(text, lex), text


@pytest.mark.parametrize("lang", LANGS)
def test_opening_pattern_matches_every_text_the_cue_and_label_tests_accept(lang: str) -> None:
    lex = get(lang)
    opens = published._opening_pattern(lex)
    accepted = 0
    for text in _variants(lex, random.Random(f"open {lang}"), 20000):
        head = _text(text)
        if dates.date_line_kind(head, lex) is not None or published._is_date_label(head, lex):
            accepted += 1
            assert opens.match(text), text
    assert accepted > 1000  # the variants do reach the accepting side


def test_opening_pattern_refuses_ordinary_openings() -> None:
    opens = published._opening_pattern(get("fr"))
    for text in ("Le maire a dit", "Par Jean Dupont", "12/03/2021", "Der Artikel", "Partager"):
        assert not opens.match(text), text
    # Latin-1 letters and the characters of scripts no cue opens with are read as they are
    for text in (
        "Érigé",
        "Société",
        "Général",
        "外国专家",
        "Новости",
        "«Le maire»",
        "■ Sport",
        "뉴스",
        "Ｐublié",
    ):
        assert not opens.match(text), text
    for text in (
        "Publié le 12 mars",
        "  MIS\u00a0EN ligne",
        "Mise  à jour",
        "Date :",
        "\u00a0Posted on",
        "MÀJ le 5",
        "Geändert am",
        "Pub\u00adlié",
        "Publie\u0301",
        "\u2003Datum\u00a0:",
    ):
        assert opens.match(text), text


def _candidates_plain(page: object) -> list[object]:
    """The elements the visible-dates walk reads, by `_may_hold_date` alone on every element."""
    hinted = frozenset(el for el, _ in published._hinted_by(page, published._DATE_HINT))  # type: ignore[arg-type]
    openings = dates.cue_openings(page.lex)  # type: ignore[attr-defined]
    return [
        el
        for el in page.tree.iter(published._DATE_TAGS)  # type: ignore[attr-defined]
        if published._may_hold_date(el, page, hinted, openings)  # type: ignore[arg-type]
    ]


def _candidates_fast(page: object) -> list[object]:
    """The same elements, read as `_visible_dates` reads them (the opening pattern first)."""
    hinted = frozenset(el for el, _ in published._hinted_by(page, published._DATE_HINT))  # type: ignore[arg-type]
    openings = dates.cue_openings(page.lex)  # type: ignore[attr-defined]
    opens = published._opening_pattern(page.lex).match  # type: ignore[attr-defined]
    return [
        el
        for el in page.tree.iter(published._DATE_TAGS)  # type: ignore[attr-defined]
        if (((raw := el.text) and opens(raw)) or el in hinted or el.tag in published._ANY_TEXT_TAGS)
        and published._may_hold_date(el, page, hinted, openings)  # type: ignore[arg-type]
    ]


def test_visible_dates_walk_reads_the_elements_the_plain_test_accepts() -> None:
    rng = random.Random(11)
    lex = get("fr")
    texts = [*_variants(lex, rng, 400), "Par Jean", "", "   ", "Le 5 mai", "Stand: 1.2.2020", "texte"]
    blocks = []
    for i, text in enumerate(texts):
        tag = rng.choice(published._DATE_TAGS)
        cls = ' class="post-date"' if i % 17 == 0 else ""
        inner = text.replace("&", "&amp;").replace("<", "&lt;")
        child = "<b>x</b>" if i % 5 == 0 else ""
        comment = "<!-- c -->" if i % 7 == 0 else ""
        blocks.append(f"<{tag}{cls}>{comment}{inner}{child}</{tag}>")
    blocks += ['<time datetime="2020-01-02"></time>', '<abbr title="2020-01-02"></abbr>', "<abbr>x</abbr>"]
    tree = lxml_html.document_fromstring(f"<html><body><h1>Titre</h1>{''.join(blocks)}</body></html>")
    page = _build_page(tree, None, lex, "Europe/Paris")
    plain = _candidates_plain(page)
    assert len(plain) > 50
    assert _candidates_fast(page) == plain
