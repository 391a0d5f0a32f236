"""The site name and the headline (<h1>, og:title, <title> with the site suffix cut off)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from .page import (
    _HIDDEN_HINT,
    _KICKER_HINT,
    _ORG_TYPES,
    _WORDS,
    _first_meta,
    _h1s,
    _hinted,
    _is_site_heading,
    _ld_field,
    _ld_text,
    _norm,
    _Page,
    _text,
    _types,
)

_PHRASE_TAGS = frozenset({"span", "div", "p", "strong", "b", "em", "i", "small", "mark", "a"})


_SEPARATOR_START = re.compile(r"\s+[|\-–—:·•»/]\s+")


_DOMAIN = re.compile(r"\w\.[a-z]{2,}\b", re.I)


_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]\s+|\s+::\s+|\s*\|\s*")


MAX_HEADLINE_CHARS = 400


SHORT_H1_WORDS = 2


MAX_SUFFIX_WORDS = 4


#: `_norm`, kept for the strings met again and again (a page's titles are compared pairwise; site names recur)
_folded = lru_cache(maxsize=1024)(_norm)


def _site_name(page: _Page) -> str | None:
    """og:site_name, the JSON-LD publisher's name, or the application name."""
    found = _first_meta(page, "og:site_name", "og:sitename")
    if found:
        return found
    publisher = _ld_field(page, "publisher")
    name = _ld_text(publisher) if publisher is not None else None
    if name:
        return name
    for obj in page.ld:
        if _types(obj) & _ORG_TYPES and _ld_text(obj.get("name")):
            return _ld_text(obj.get("name"))
    return _first_meta(page, "application-name", "apple-mobile-web-app-title")


def _h1_texts(page: _Page) -> tuple[list[str], list[str]]:
    """Texts of the page's <h1>s, kickers left out: (article headings, site-name headings)."""
    heads: list[str] = []
    sites: list[str] = []
    for h1 in _h1s(page):
        if _hinted(page, h1, _HIDDEN_HINT) or any(
            a.tag in ("nav", "footer", "aside") for a in h1.iterancestors()
        ):
            continue
        text = _h1_text(h1, page)
        if text and len(text) <= MAX_HEADLINE_CHARS and text not in heads:
            (sites if _is_site_heading(h1, page) else heads).append(text)
    return heads, sites


def _h1_text(h1: Any, page: _Page) -> str:
    """An <h1>'s text without its kicker: a hinted kicker child, or all but the last of its text spans."""
    children = [c for c in h1 if isinstance(c.tag, str) and _text(c)]
    bare = not _text(h1.text or "") and not any(_text(c.tail or "") for c in h1)
    if len(children) >= 2 and bare and all(c.tag in _PHRASE_TAGS for c in children):
        return _text(children[-1])
    parts = [h1.text or ""]
    for child in h1:
        if isinstance(child.tag, str) and not _hinted(page, child, _KICKER_HINT):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return _text(" ".join(parts))


def _title_parts(title: str) -> list[str]:
    """Split a <title> on its separators ("Headline - Site | Section")."""
    return [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]


def _strip_site(text: str, site_keys: set[str]) -> str:
    """Drop leading or trailing title parts that name the site ("Headline | Le Monde")."""
    if not site_keys:
        return text
    parts = _TITLE_SEPARATORS.split(text)
    seps = _TITLE_SEPARATORS.findall(text)
    if len(parts) < 2:
        return text
    while len(parts) > 1 and _is_site(parts[-1], site_keys):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _is_site(parts[0], site_keys):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out.strip()


def _is_site(part: str, site_keys: set[str]) -> bool:
    """Tell whether a title part names the site (its name or its domain)."""
    key = _folded(part)
    for k in site_keys:
        short, long_ = sorted((key, k), key=len)
        if short and short in long_ and len(short) * 5 >= len(long_) * 3:
            return True
    return False


def _site_keys(page: _Page, site: str | None) -> set[str]:
    """Folded names the site goes by: site name and the host's main label ("lemonde" of lemonde.fr).

    Read once per page (the headline and the authors ask); callers make new sets from it, never change it.
    """
    key = ("site keys", site)
    found = page.memo.get(key)
    if found is None:
        found = page.memo[key] = _read_site_keys(page, site)
    return found  # type: ignore[no-any-return]


def _read_site_keys(page: _Page, site: str | None) -> set[str]:
    """The work of `_site_keys`."""
    keys = {_folded(site)} if site else set()
    for url in (page.url, _first_meta(page, "og:url")):
        host = urlsplit(url).hostname if url else None
        if host:
            labels = [p for p in host.split(".") if p not in ("www", "m", "amp")]
            if len(labels) >= 2:
                keys.add(_folded(labels[-2]))
    keys.discard("")
    return keys


def _headline(page: _Page, site: str | None) -> str | None:
    """The headline the sources agree on: h1, JSON-LD headline, og:title, <title> without the site."""
    h1s, site_h1s = _h1_texts(page)
    keys = _site_keys(page, site) | {_folded(h) for h in site_h1s}
    h1s = [h for h in h1s if _folded(h) not in keys]
    title_el = page.scan.of("title")[:1]
    title = _strip_site(_text(title_el[0]), keys) if title_el else ""
    raw = [
        _ld_text(_ld_field(page, "headline")) or _ld_text(_ld_field(page, "name")),
        _first_meta(page, "og:title"),
        _first_meta(page, "twitter:title"),
    ]
    metas = [_strip_site(t, keys) for t in raw if t and len(t) <= MAX_HEADLINE_CHARS]
    metas = [_uncut(m, title) for m in metas if _folded(m) and _folded(m) not in keys]
    parts = [p for p in _title_parts(title) if _folded(p) not in keys]
    agreed = _agreeing(h1s, [*metas, title]) or next((h for h in h1s if h in parts), None)
    if agreed:
        return agreed
    confirmed = _agreed_meta([*metas, title])
    if len(h1s) == 1 and not _doubted(h1s[0], confirmed, metas, title, keys):
        return h1s[0]
    if confirmed:
        return _drop_pipe_suffix(_without_site_tail(confirmed, metas, keys))
    if metas:
        return _drop_pipe_suffix(metas[0])
    if len(parts) >= 2:
        return max(parts, key=len)
    return title or (h1s[0] if h1s else None)


def _uncut(meta: str, title: str) -> str:
    """The <title> when a metadata title is its start cut before a quote (content="… de "incapacitado"")."""
    # an unescaped quote inside the attribute ends its value there
    if len(title) > len(meta) and title.startswith(meta) and title[len(meta) :].lstrip()[:1] in ('"', "'"):
        return title
    return meta


def _without_site_tail(confirmed: str, metas: list[str], keys: set[str]) -> str:
    """A metadata title that is the agreed one minus a site name glued to its end ("…-정치ㅣ한국일보")."""
    folded = _folded(confirmed)
    for m in metas:
        short = _folded(m)
        rest = folded[len(short) :] if short and folded.startswith(short) else ""
        if rest and any(rest.endswith(k) for k in keys):
            return m
    return confirmed


def _doubted(h1: str, confirmed: str | None, metas: list[str], title: str, keys: set[str]) -> bool:
    """Tell whether a lone h1 is a label beside the page's title ("Cronaca", a widget's "Original text").

    The title it is weighed against: metadata titles that agree, else (no metadata title at all) a
    <title> that is no site name and at least twice as long as the h1.
    """
    if not confirmed and not metas and _folded(title) not in keys and len(title) >= 2 * len(h1):
        confirmed = title
    return bool(confirmed) and _unrelated_short(h1, confirmed or "")


def _unrelated_short(h1: str, title: str) -> bool:
    """Tell whether an h1 is a short label sharing no word with the agreed title (a section: "Cronaca")."""
    words = set(_WORDS.findall(h1.casefold()))
    return len(h1.split()) <= SHORT_H1_WORDS and not words & set(_WORDS.findall(title.casefold()))


def _agreed_meta(titles: list[str]) -> str | None:
    """The first metadata title another one repeats (letters and digits compared)."""
    for i, a in enumerate(titles):
        if a and any(_folded(a) == _folded(b) for b in titles[i + 1 :]):
            return a
    return None


def _drop_pipe_suffix(title: str) -> str:
    """Drop a short " | Name" ending from a metadata title (a site or section name the site keys missed)."""
    head, sep, tail = title.rpartition(" | ")
    if sep and head and len(tail.split()) <= MAX_SUFFIX_WORDS and len(tail) < len(head):
        return head.strip()
    return title


def _agreeing(h1s: list[str], metas: list[str]) -> str | None:
    """The first h1 a metadata title confirms: equal, cut short, or the h1 minus a leading kicker."""
    for h in h1s:
        nh = _folded(h)
        if len(nh) < 3:
            continue
        for m in metas:
            nm = _folded(m)
            if not nm:
                continue
            if nh == nm:
                return m
            if nh.startswith(nm) and _names_a_site(h[len(_head(h, len(nm))) :]):
                return m  # the h1 carries the site after a separator ("Headline | SITE.NET")
            if (nm.startswith(nh) and len(nh) * 2 >= len(nm)) or nh.startswith(nm):
                return h
            if nm.endswith(nh) and len(nh) * 2 >= len(nm):
                # "Kicker: Headline" in the metadata, the kicker set apart in the page: the full title
                return m if m[len(_head(m, len(nm) - len(nh))) :].startswith(":") else h
            if nh.endswith(nm) and len(nm) >= 10 and len(nm) * 2 >= len(nh):
                return _tail(h, len(nm))
    return None


def _names_a_site(rest: str) -> bool:
    """Tell whether what follows a headline is a site's name: after a pipe, or a domain ("| SITE.NET")."""
    sep = _SEPARATOR_START.match(rest)
    # "Vanlife in Schweden - Skandinavien im Wohnmobil": after a dash, a subtitle as often as a site
    return sep is not None and ("|" in sep.group() or _DOMAIN.search(rest[sep.end() :]) is not None)


def _head(text: str, n_alnum: int) -> str:
    """The start of `text` holding its first `n_alnum` letters and digits."""
    count = 0
    for i, c in enumerate(text):
        if c.isalnum():
            count += len(unicodedata.normalize("NFKC", c).casefold())
            if count >= n_alnum:
                return text[: i + 1]
    return text


def _tail(text: str, n_alnum: int) -> str:
    """The end of `text` holding its last `n_alnum` letters and digits (the h1 without its kicker)."""
    count = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i].isalnum():
            count += len(unicodedata.normalize("NFKC", text[i]).casefold())
            if count >= n_alnum:
                return text[i:].strip()
    return text
