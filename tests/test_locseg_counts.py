"""locate's and segment's counting shortcuts give what the plain readings they replace give."""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import urljoin

import pytest
from lxml import html as lxml_html

from articlekit import clean, locate, segment
from articlekit.clean import outer_links
from articlekit.lexicon import get
from articlekit.segment import _WS, _ZERO_WIDTH

LEX = get("fr")
#: every kind of white space str.split() and the regex's \s read (ASCII controls, NBSP, NEL, ideographic…)
WHITE = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u2028", "\u3000"]
PIECES = ["a", "é", "Z", ".", "!", "?", "\u2026", ",", ";", "\u060c", "\uff0c", "x.", "...", "?!"]
SENTENCE = "Le conseil a voté jeudi, après un long débat. Une décision saluée ! Pourquoi ? Ensuite… fin"


def _random_text(rng: random.Random) -> str:
    """A text of words, sentence marks and white space of every kind, in random runs."""
    return "".join(rng.choice(PIECES if rng.random() < 0.6 else WHITE) for _ in range(rng.randint(0, 40)))


def test_sentence_count_matches_the_regex_on_the_raw_and_the_collapsed_text() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        raw = _random_text(rng)
        text = " ".join(raw.split())
        expected = len(locate._SENTENCES.findall(raw))
        assert locate._sentence_count(text) == expected == len(locate._SENTENCES.findall(text)), repr(raw)


@pytest.mark.parametrize("text", ["", ".", "a.", "a. b", "a.b", "fin…", "a… b", "? ! .", "x", "a .. b"])
def test_sentence_count_edge_cases(text: str) -> None:
    assert locate._sentence_count(text) == len(locate._SENTENCES.findall(text))


def _plain_paragraph_score(el: lxml_html.HtmlElement) -> float:
    """A paragraph's score read plainly: the regexes over its collapsed text, its outer links' share."""
    text = " ".join(el.text_content().split())
    if len(text) < locate.MIN_PARAGRAPH_CHARS:
        return 0.0
    score = locate.PARAGRAPH_BASE + locate.COMMA_POINT * len(locate._COMMAS.findall(text))
    score += locate.SENTENCE_POINT * len(locate._SENTENCES.findall(text))
    score += min(len(text) / locate.CHARS_PER_POINT, locate.MAX_LENGTH_POINTS)
    links = sum(locate._link_len(a) for a in outer_links(el))
    return score * (1.0 - min(1.0, links / len(text)))


def test_paragraph_score_matches_the_plain_reading() -> None:
    rng = random.Random(3)
    paragraphs = []
    choices = [SENTENCE, "<a href='/x'>un lien.</a>", "<b>gras</b> ", "\n", " ! "]
    for _ in range(300):
        parts = [rng.choice([*choices, _random_text(rng)]) for _ in range(rng.randint(1, 6))]
        paragraphs.append(f"<p>{''.join(parts)}</p>")
    tree = lxml_html.document_fromstring(f"<html><body><div>{''.join(paragraphs)}</div></body></html>")
    clean.clean(tree, lex=LEX)
    for nested in (False, True):
        scan = locate._Scan(nested=nested)
        for p in tree.iter("p"):
            assert locate._paragraph_score(p, scan) == pytest.approx(_plain_paragraph_score(p), abs=1e-12)
            span = scan.spans.get(p)
            if span is not None:  # the measure kept for the containers
                assert locate._text_len(p, scan) == len(" ".join(p.text_content().split()))


def _plain_span(text: str | None) -> locate._Span | None:
    """A text's measure read plainly: its words by str.split()."""
    if not text:
        return None
    words = text.split()
    return (len("".join(words)), len(words), not text[0].isspace(), not text[-1].isspace())


def _plain_normalize(text: str) -> str:
    """normalize_text as it read before its shortcut for printable texts."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if any(c in text for c in "\u200b\u200c\u200d\ufeff"):
            text = _ZERO_WIDTH.sub("", text)
        if any(c in text for c in "\x85\u2028\u2029\u1680"):
            return _WS.sub(" ", text).strip()
    if any(c in text for c in "\x1c\x1d\x1e\x1f"):
        return _WS.sub(" ", text).strip()
    return " ".join(text.split())


def test_span_and_normalize_text_match_the_split_on_every_white_space() -> None:
    rng = random.Random(11)
    singles = ["a", "é", "Z", "’", " ", " ", "\u200b", "\ufeff", "x y", ". ", "e\u0301"]
    for i in range(30_000):
        pool = singles if i % 2 else [*singles, *WHITE]  # half the texts printable: the shortcut's case
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert locate._span(text) == _plain_span(text), repr(text)
        assert segment.normalize_text(text) == _plain_normalize(text), repr(text)


URL_BASES = (
    None,
    "https://www.example.com/a/b.html",
    "http://example.com",
    "https://u:p@example.com:80/x#f",
    "HTTP://Example.com/a",
    "http:/foo",
    "ftp://example.com/",
    "https://example.com/a;p?q#f",
    "http://[::1]/",
    "http://[::1",
)
URL_PIECES = ["http://", "https://", "site.example", "/", "a", "é", ";p", ";", "?", "?q=1", "&b", "#", "#f"]
URL_PIECES += ["[", "]", "\t", "\n", " ", "..", ":80", "@", "?#", "#?", "%20", "//"]


def _urljoined(href: str, base: str | None) -> str | None:
    """segment._absolute as read before its shortcuts: urljoin, kept when http(s)."""
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        target = urljoin(base, href) if base else href
    except ValueError:
        return None
    return target if target.startswith(("http://", "https://")) else None


def test_absolute_urls_with_a_query_or_fragment_are_joined_as_urljoin_joins_them() -> None:
    rng = random.Random(5)
    for _ in range(40_000):
        pieces = [rng.choice(URL_PIECES) for _ in range(rng.randint(0, 7))]
        # stripped, as segment reads it
        href = (rng.choice(["http://", "https://"]) + "".join(pieces)).strip()
        base = rng.choice(URL_BASES)
        assert segment._absolute(href, base) == _urljoined(href, base), (href, base)


def test_class_hints_match_the_case_insensitive_patterns_on_random_values() -> None:
    words = ["article", "Body", "hid", "HID", "hidden", "footer", "nav", "-ad-", "texte", "h-entry", "x", "é"]
    words += ["main", "sidebar", "com-", "ſidebar", "\u212aomment", "İd", "col-md-8", "teaser", "shopping"]
    seps = [" ", "  ", "-", "_", "\n", "\t", ""]
    rng = random.Random(9)
    for _ in range(20_000):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 4))]
        value = rng.choice(["", " "]) + "".join(p + rng.choice(seps) for p in parts)
        expected = (1.0 if locate._POSITIVE.search(value) else 0.0) - (
            1.0 if locate._NEGATIVE.search(value) else 0.0
        )
        assert locate._read_attr_hints(value) == expected, repr(value)


def test_trie_pattern_finds_what_the_alternation_finds() -> None:
    rng = random.Random(4)
    for _ in range(3_000):
        words = tuple(
            "".join(rng.choice("abc-") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))
        )
        pattern = re.compile(clean.trie_pattern(words))  # how locate builds its class-word searches
        for _ in range(10):
            text = "".join(rng.choice("abcd- ") for _ in range(rng.randint(0, 12)))
            assert (pattern.search(text) is not None) == any(w in text for w in words), (words, text)
    assert all(locate._ANCHORED_CORE in w for w in locate._NEGATIVE_ANCHORED.pattern.split("|"))


def test_extra_words_memo_gives_the_plain_reading() -> None:
    values = ["caption", "Photo-Info x", "content caption", "post-meta", "metadata", "x", "", "Légende"]
    for value in values * 2:  # read, then met again
        assert segment._extra_words(value) == segment._read_extra_words(value), value


def test_attr_hints_memo_gives_the_plain_reading() -> None:
    values = ["article-body", "sidebar widget", "post hid", "HID\n", "x", "", "contenu é", "nav main"]
    for value in values * 2:  # read, then met again
        assert locate._attr_hints(value) == locate._read_attr_hints(value), value
