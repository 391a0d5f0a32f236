"""urls.joins_unchanged against urljoin itself."""

from __future__ import annotations

import random
from urllib.parse import urljoin

from articlekit import urls

BASES = (
    None,
    "",
    "https://site.example/a/b",
    "http://site.example",
    "https://[x",
    "http://[::1]:80/",
    "ftp://f/",
)
PIECES = ("https://", "http://", "HTTP://", "//", "/", "site.example", ":8080", "user@", "[::1]", "a", ".")
PIECES += ("..",)
PIECES += ("?", "?q=1", "#", "#f", ";p", " ", "%20", "é", "\t", "mailto:")


def test_an_href_said_to_join_unchanged_is_what_urljoin_returns() -> None:
    rng = random.Random(7)
    said = 0
    for _ in range(20000):
        href = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 7)))
        for base in BASES:
            if urls.joins_unchanged(base, href):
                said += 1
                assert (urljoin(base, href) if base else href) == href, (base, href)
                assert href.lower().startswith(("http://", "https://"))
    assert said > 300  # the shortcut is taken, not only refused


def test_a_base_urlsplit_refuses_is_never_vouched_for() -> None:
    assert not urls.joins_unchanged("http://[x", "https://site.example/a")
    assert urls.joins_unchanged("https://site.example/", "https://site.example/a")
