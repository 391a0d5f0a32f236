"""The segment stage's fast paths give exactly what the plain code they shortcut gives."""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import urljoin

from articlekit.segment import (
    _DATE_STAMP,
    _EMBED_SIGNATURE,
    _EXTRA_CLASS,
    _EXTRA_CLASS_LOWER,
    _IMAGE_URL,
    _ISO_STAMP,
    _LEAD_CLASS,
    _LEAD_CLASS_LOWER,
    _absolute,
    _class_search,
    _is_credit_or_stamp,
    normalize_text,
)

_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")


def _reference_normalize(text: str) -> str:
    """normalize_text as two regex substitutions (the definition the fast path must match)."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text))
    return _WS.sub(" ", text).strip()


def _reference_absolute(href: str, base: str | None) -> str | None:
    """_absolute through urljoin every time (the definition the fast path must match)."""
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        target = urljoin(base, href) if base else href
    except ValueError:
        return None
    return target if target.startswith(("http://", "https://")) else None


def test_normalize_text_matches_the_regex_definition() -> None:
    """Random strings over every kind of whitespace, zero-width and decomposed characters agree."""
    alphabet = list("ab é.\t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u200b\u200c\u200d")
    alphabet += [*"\u2028\u2029\u202f\u205f\u3000\ufeff\u0301", "e\u0301", "  ", "\u00a0 "]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalize_text(text) == _reference_normalize(text), repr(text)


def test_absolute_matches_urljoin() -> None:
    """Random hrefs against bases of each kind (none, other scheme, broken) agree with urljoin."""
    pieces = [*"ab/.:?#;[]%@ \t\x00é-_=&", "http://", "https://", "//", "..", "HTTP://", ":80", "x.fr"]
    bases = [None, "", "http://x.com/a/b", "https://y.org/", "ftp://z/", "http://[::1", "https://a.b/c?d#e"]
    rng = random.Random(11)
    for _ in range(50000):
        href = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        base = rng.choice(bases)
        assert _absolute(href, base) == _reference_absolute(href, base), (href, base)


def test_class_search_matches_the_case_insensitive_patterns() -> None:
    """The lowercased-ASCII forms of the class patterns agree with the re.I ones on class words."""
    words = ["date", "Dates", "time", "meta", "TAGS", "label", "kicker", "breadcrumbs", "caption"]
    words += ["photo-info", "Image-Info", "lead", "Intro", "chapo", "standfirst", "leader", "x-lead"]
    pieces = [*"aeiklmnt-_ 1", *words]
    rng = random.Random(5)
    for _ in range(30000):
        attrs = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        for lower, pattern in ((_EXTRA_CLASS_LOWER, _EXTRA_CLASS), (_LEAD_CLASS_LOWER, _LEAD_CLASS)):
            assert _class_search(attrs, lower, pattern) == bool(pattern.search(attrs)), attrs


def _reference_credit_or_stamp(text: str) -> bool:
    """_is_credit_or_stamp trying the four patterns in turn (the definition the dispatch must match)."""
    if len(text) <= 25 and len(text.split()) <= 3:
        if text.isupper() and text.replace(" ", "").isalpha() and len(text) >= 3:
            return True
        if text.startswith("(") and text.endswith(")"):
            return True
    if "©" in text and len(text) <= 200:
        return True
    return any(p.match(text) for p in (_ISO_STAMP, _IMAGE_URL, _EMBED_SIGNATURE, _DATE_STAMP))


def test_credit_or_stamp_tries_each_pattern_only_where_it_can_match() -> None:
    """Dispatching on the first character finds what trying the four patterns in turn finds."""
    pieces = [*"0123456789٣hH/—–-(@):. x©", "2018-10-23T10:43", "https://", "//a.jpg", "(@b)", "AFP", "a" * 9]
    rng = random.Random(17)
    for _ in range(50000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert _is_credit_or_stamp(text) == _reference_credit_or_stamp(text), text
