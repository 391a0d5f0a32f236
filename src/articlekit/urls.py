"""URL shapes the stages share, kept in one place so every stage reads them alike."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

#: an absolute http(s) URL that urljoin gives back as it is, whatever the base it is joined to (it splits
#: and joins it again: a host, a path without parameters, no empty query or fragment, no space), and that
#: urlsplit reads without error (an ASCII host without port, user or brackets): 53 % of the links related's
#: blocks resolve, nearly every image and canonical URL (tests/test_related_url_shortcuts.py and
#: tests/test_meta_dates_describe_fast.py check it against urljoin)
PLAIN_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+(?:/[A-Za-z0-9._~%!$&'()*+,=:@/-]*)?(?:\?[!-\"$-~]+)?(?:#[!-~]+)?\Z"
)


def joins_unchanged(base: str | None, href: str) -> bool:
    """True when `urljoin(base, href)` is `href` itself, an http(s) URL, known without joining."""
    return PLAIN_URL.match(href) is not None and (not base or _splits(base))


@lru_cache(maxsize=64)  # one base a page
def _splits(base: str) -> bool:
    """Whether urlsplit accepts `base` (urljoin raises ValueError for every href otherwise: "http://[x")."""
    try:
        urlsplit(base)
    except ValueError:
        return False
    return True
