"""Shortcuts of meta's date and describe readers against the plain readings they replace."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import dates, lexicon, urls
from articlekit.meta import describe, page, published

FIXTURES = Path(__file__).parent / "fixtures"

BASES = (
    None,
    "",
    "https://www.site.example/news/2024/article.html",
    "http://site.example/a/b/",
    "https://site.example",
    "https://site.example/page?x=1#top",
    "http://[x",
    "http://x]/",
    "/relative/base",
    "ftp://files.example/dir/",
    "https://user@site.example:8080/p",
    "HTTPS://SITE.EXAMPLE/",
)
PIECES = (
    *("http://", "https://", "HTTPS://", "//", "/", "site.example", "www.site.example", ":8080", "user@"),
    *("[::1]", "[x", "é", "a", "2024", ".", "..", "./", "../", ";p", "?", "?q=1", "&b=2", "#", "#frag"),
    *(" ", "%20", "~", "-", "_", "@", ":", "\\", "mailto:", "javascript:", "\t", "\n"),
)
CORNERS = (
    "https://site.example",
    "https://site.example/",
    "https://site.example?",
    "https://site.example/#",
    "https://site.example/a;b",
    "https://site.example/a/../b",
    "https://site.example//a//b",
    "https://site.example?q#f",
    "http://site.example/a?b?c#d#e",
    "https://SITE.example/A",
    "https://site.example./x",
    "https://site.example:80/x",
    "//cdn.site.example/img.jpg",
)


def _plain_resolved(base: str | None, href: str) -> str | None:
    """`describe._resolved` as it read before its shortcut (urljoin, then the scheme test)."""
    full = urljoin(base, href) if base else href
    if full.startswith("//"):
        full = "https:" + full
    return full if urlsplit(full).scheme in ("http", "https") else None


def _outcome(reader: Any, base: str | None, href: str) -> tuple[str, str | None]:
    """What a reading gives: its value, or the error it raises."""
    try:
        return "value", reader(base, href)
    except ValueError as exc:
        return "error", type(exc).__name__


def test_resolved_urls_read_as_urljoin() -> None:
    """Plain absolute URLs skip urljoin; every URL still resolves (or fails) as urljoin made it."""
    rng = random.Random(7)
    hrefs = [*CORNERS, *("".join(rng.choices(PIECES, k=rng.randint(1, 9))) for _ in range(3000))]
    hrefs += ["https://" + "".join(rng.choices(PIECES[5:], k=rng.randint(1, 6))) for _ in range(3000)]
    plain = 0
    for href in hrefs:
        plain += urls.PLAIN_URL.match(href) is not None
        for base in BASES:
            assert _outcome(describe._resolved.__wrapped__, base, href) == _outcome(
                _plain_resolved, base, href
            ), (base, href)
    assert plain > 200  # the shortcut is taken often


def _plain_in_side_region(el: Any, pg: page._Page) -> bool:
    """`published._in_side_region` reading each ancestor's class, id and itemprop again (`_hints`)."""
    if not page._in_skipped(el, pg, footers=False):
        return False
    main = page._main_set(pg)
    for anc in el.iterancestors():
        if anc.tag in ("body", "html") or anc in main:
            return False
        hints = page._hints(anc)
        if anc.tag == "aside" and page._ARTICLE_HINT.search(hints):
            continue
        side = anc.tag in ("nav", "aside") or page._SKIP_NOT_FOOTER.search(hints)
        if side and not page._is_wrapper(anc, pg):
            if (
                (anc.tag == "aside" or published._SIDE_HINT.search(hints))
                and published._own_box(hints)
                and published._in_article(anc)
            ):
                continue
            return True
    return False


def _plain_in_banner(el: Any, pg: page._Page) -> bool:
    """`published._in_banner` reading each ancestor's class, id and itemprop again (`_hints`)."""
    main = page._main_set(pg)
    for depth, anc in enumerate(el.iterancestors()):
        if anc in main or anc.tag in ("body", "html"):
            return False
        if anc.get("role") == "banner" or (
            depth < published.LOGO_LEVELS and page._LOGO_HINT.search(page._hints(anc))
        ):
            return True
    return False


PAGES = [
    "<html><body><aside class='sidebar widget'><p class='date'>Publié le 3 mai 2021</p></aside>"
    "<article><h1>Titre</h1><aside class='meta sidebar'><span class='updated'>Mis à jour le 4 mai</span>"
    "</aside><div class='site-logo'><span>12 mai 2021</span></div></article>"
    "<div role='banner'><time>2021-05-03</time></div><nav><li class='posted'>Le 2 mai</li></nav>"
    "<div class='Entry-Updated'>Aktualisiert am 5.5.2021</div></body></html>",
]


@pytest.mark.parametrize(
    "markup", [*PAGES, *(p.read_text("utf-8", "replace") for p in sorted(FIXTURES.glob("*.htm*")))]
)
def test_date_region_tests_read_as_before(markup: str) -> None:
    """The side-region, banner and modified-class tests read the page walk's strings: the same answers."""
    tree = lxml_html.document_fromstring(markup.encode("utf-8"))
    pg = page._build_page(tree, None, lexicon.get("fr"), "UTC")
    for el in tree.iter(etree.Element):
        assert published._in_side_region(el, pg) == _plain_in_side_region(el, pg)
        assert published._in_banner(el, pg) == _plain_in_banner(el, pg)
        assert page._hinted(pg, el, page._MODIFIED_HINT) == bool(page._MODIFIED_HINT.search(page._hints(el)))


def _plain_find_date(text: str, lex: Any) -> Any:
    """`dates.find_date_in_text` as it read before its digit test (day names first, then anywhere)."""
    if not text:
        return None
    norm = dates._norm(text)
    for m in dates._LETTERS.finditer(norm):
        if m.group().lower() in dates._own_days(lex):
            found = dates._fast(norm[m.end() :].lstrip(" .,"), lex, None, None, False)
            if found is not None:
                return found
    return dates._fast_anywhere(norm, lex, None, False)


def _plain_date_span(text: str, lex: Any) -> tuple[int, int] | None:
    """`dates.date_span` as it read before its digit test."""
    spans: list[tuple[int, int]] = []
    iso = dates._ISO_ANYWHERE.search(text)
    if iso is not None:
        spans.append(iso.span())
    words = dates._word_dates(text, lex)
    if words:
        spans.append((words[0][0], words[0][1]))
    numeric = dates._first_numeric_match(text)
    if numeric is not None:
        spans.append(numeric.span())
    marked = dates._marked_pattern(dates.date_data(lex).YMD_MARKS).search(text)
    if marked is not None:
        spans.append(marked.span())
    return min(spans) if spans else None


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_date_readers_skip_texts_without_a_digit_as_the_plain_readings(lang: str) -> None:
    """A text without a digit holds no date shape: the readers answer as their plain readings."""
    lex = lexicon.get(lang)
    rng = random.Random(f"digits {lang}")
    words = [
        *("mardi", "5", "décembre", "2023", "le", "Mai", "May", "à", "11h20", "Publié", "١٢", "٢٠٢٣", "৫"),
        *("2019年3月8日", "2020년", "3월", "4일", "12.05.2021", "2022-05-05", "Dec", "Fri", "Feb 18", ":"),
        *("Jean", "Dupont", "Par", "Mis à jour", "\u00a0", " ", ",", "-", "/", "²", "Ⅻ", "٫"),
    ]
    for _ in range(4000):
        text = " ".join(rng.choices(words, k=rng.randint(0, 8)))
        assert dates.find_date_in_text(text, lex) == _plain_find_date(text, lex), text
        assert dates.date_span(text, lex) == _plain_date_span(text, lex), text
