"""Related's URL shortcuts must give what the urljoin/urlsplit readings they replace give."""

from __future__ import annotations

import contextlib
import random
from urllib.parse import urljoin, urlsplit

from articlekit import related, urls

BASES = (
    None,
    "",
    "https://www.site.example/news/2024/article.html",
    "http://site.example/a/b/",
    "https://site.example",
    "https://site.example/page?x=1#top",
    "https://site.example?q",
    "http://sub.site.example#f",
    "https://site.example./x/y",
    "HTTPS://site.example/x",
    "https://site.example\n.other/x",
    "http://[x",
    "/relative/base",
    "ftp://files.example/dir/",
    "https://user@site.example:8080/p",
)
PIECES = (
    "http://",
    "https://",
    "HTTPS://",
    "//",
    "/",
    "site.example",
    "www.site.example",
    "sub.site.example",
    ":8080",
    "user@",
    "[::1]",
    "[x",
    "é",
    "a",
    "news",
    "2024",
    ".",
    "..",
    "./",
    "../",
    ";p",
    "?",
    "?q=1",
    "&b=2",
    "#",
    "#frag",
    " ",
    "%20",
    "~",
    "-",
    "_",
    "@",
    ":",
    "\\",
    "mailto:",
    "javascript:",
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
    "https://-.example/x",
    "https://site.example:80/x",
    "/",
    "/a",
    "/a/",
    "/a//b",
    "/./a",
    "/a/./b",
    "/a/../b",
    "/a/..",
    "/a/.",
    "/.a/..b/...",
    "/a?",
    "/a#",
    "/a?q#",
    "/a;p",
    "//host/a",
    "/a b",
)


def _plain_absolute(href: str, base: str | None) -> str | None:
    """`related._absolute` as read before its shortcut: urljoin, then the scheme test."""
    href = related.clean_text(href)
    try:
        target = urljoin(base, href) if base else href
    except ValueError:
        target = href
    try:
        scheme = urlsplit(target).scheme.lower()
    except ValueError:
        return None
    if scheme and scheme not in ("http", "https"):
        return None
    return target


def _plain_same_site(href: str, base: str | None, site: str | None) -> bool:
    """`related._same_site` as read before its shortcut: urljoin whatever the href."""
    try:
        target = urlsplit(urljoin(base, href) if base else href)
        here = urlsplit(base) if base else None
    except ValueError:
        return False
    if here is not None and target.netloc == here.netloc and target.path.rstrip("/") == here.path.rstrip("/"):
        return False
    host = target.hostname.removeprefix("www.") if target.hostname else None
    if host is None or host == site:
        return host is None or site is not None
    return site is not None and (host.endswith("." + site) or site.endswith("." + host))


def _hrefs() -> list[str]:
    """The corner cases and 20,000 random pieces of URLs, some of them opening as a plain URL."""
    rng = random.Random(11)
    hrefs = list(CORNERS)
    for _ in range(20000):
        heads = ("https://site.example", "http://www.site.example/", "", "/", "/news/", "/a.b/", "/./")
        head = rng.choice(heads) if rng.random() < 0.4 else ""
        hrefs.append(head + "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))))
    return hrefs


def test_links_made_absolute_as_urljoin_makes_them() -> None:
    plain_urls = plain_paths = 0
    for href in _hrefs():
        plain_urls += bool(urls.PLAIN_URL.match(related.clean_text(href)))
        plain_paths += bool(related._PLAIN_PATH.match(related.clean_text(href)))
        for base in BASES:
            assert related._absolute(href, base) == _plain_absolute(href, base), (href, base)
    assert plain_urls > 500 and plain_paths > 500  # the shortcuts were taken


def test_same_site_links_as_urljoin_tells_them() -> None:
    for href in _hrefs():
        for base in BASES:
            site = related._host(base)
            for guess in (site, None, "other.example"):
                expected = _plain_same_site(href, base, guess)
                assert related._same_site(href, base, guess) == expected, (href, base, guess)


def test_a_plain_url_is_given_back_by_urljoin_and_read_by_urlsplit() -> None:
    for href in _hrefs():
        if urls.PLAIN_URL.match(href):
            urlsplit(href)
            for base in BASES:
                with contextlib.suppress(ValueError):  # a malformed base: urljoin raises before reading it
                    assert urljoin(base or "", href) == href, (href, base)
