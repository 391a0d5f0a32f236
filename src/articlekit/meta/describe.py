"""Section, tags, language, canonical URL and images."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..model import Image
from ..urls import joins_unchanged
from .page import (
    _first_meta,
    _Hint,
    _hinted_by,
    _in_skipped,
    _ld_field,
    _ld_text,
    _norm,
    _Page,
    _text,
    _types,
)

_OWN_LANG = etree.XPath("(@lang | @xml:lang)[1]", namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})


_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")


MAX_TAGS = 30


_CRUMB_HINT = _Hint(
    re.compile(r"breadcrumb|ariane|(?<![a-z])fil(?![a-z])", re.I), ("breadcrumb", "ariane", "fil")
)


_SECTION_HINT = _Hint(
    re.compile(
        r"breadcrumb|ariane|(?<![a-z])fil(?![a-z])|cat-links|(?<![a-z])(?:post-)?cat(?![a-z])|categor|rubri|"
        r"section-name|section-link",
        re.I,
    ),
    ("breadcrumb", "ariane", "fil", "cat", "rubri", "section-name", "section-link"),
)


MAX_SECTION_LINKS = 2


def _section(page: _Page) -> str | None:
    """JSON-LD articleSection, article:section, else the last breadcrumb step before the article."""
    found = _ld_text(_ld_field(page, "articleSection"))
    if found:
        return found
    found = _first_meta(page, "article:section", "og:article:section", "section", "parsely-section")
    if found:
        return found
    for obj in page.ld:
        if "breadcrumblist" in _types(obj):
            names = _breadcrumb_names(obj.get("itemListElement"))
            if len(names) >= 2:
                return names[-2] if len(names) > 2 else names[-1]
    return _visible_section(page)


def _visible_section(page: _Page) -> str | None:
    """The last step of a breadcrumb ("Accueil / Énergie"), or a category link beside the headline."""
    for el, hints in _hinted_by(page, _SECTION_HINT):
        # the candidates: a class or id (an itemprop alone is not enough) and a link inside
        if el.get("class") is None and el.get("id") is None:
            continue
        if next(el.iterdescendants("a"), None) is None:
            continue
        if _CRUMB_HINT.search(hints):
            # the last of at least two named steps, read from the end
            names = _link_names(reversed(list(el.iter("a"))), 2)
            if len(names) >= 2:
                return names[0]
            continue
        # the links read only as far as the names need (a hinted wrapper may hold the whole page's links)
        names = _link_names(el.iter("a"), MAX_SECTION_LINKS + 1)  # one more tells "too many"
        if 1 <= len(names) <= MAX_SECTION_LINKS and not _in_skipped(el, page):
            return names[0]
    return None


def _link_names(links: Iterable[Any], limit: int) -> list[str]:
    """The texts of the first `limit` links that have one (a menu of fifty links is not read through)."""
    names: list[str] = []
    for a in links:
        name = _text(a)
        if name:
            names.append(name)
            if len(names) == limit:
                break
    return names


def _breadcrumb_names(items: Any) -> list[str]:
    """Names of a BreadcrumbList's items, in position order."""
    if not isinstance(items, list):
        return []
    named: list[tuple[float, str]] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        name = _ld_text(item.get("name")) or _ld_text(item.get("item"))
        pos = item.get("position")
        if name:
            named.append((float(pos) if isinstance(pos, (int, float)) else float(i), name))
    return [n for _, n in sorted(named)]


def _tags(page: _Page) -> tuple[str, ...]:
    """article:tag, news_keywords, keywords and JSON-LD keywords, split on commas, deduplicated."""
    raw: list[str] = [*page.meta.get("article:tag", ()), *page.meta.get("og:article:tag", ())]
    for key in ("news_keywords", "keywords", "parsely-tags"):
        raw.extend(page.meta.get(key, ()))
    keywords = _ld_field(page, "keywords")
    if isinstance(keywords, list):
        raw.extend(str(k) for k in keywords if isinstance(k, (str, int)))
    elif isinstance(keywords, str):
        raw.append(keywords)
    seen: dict[str, str] = {}
    for value in raw:
        for tag in re.split(r"\s*[,;]\s*", value):
            tag = tag.strip(" .#")
            if tag and len(tag) <= 60:
                key = _norm(tag)
                if key not in seen:
                    seen[key] = tag
    return tuple(seen.values())[:MAX_TAGS]


def _lang(page: _Page) -> str | None:
    """<html lang>, og:locale, content-language or JSON-LD inLanguage, as a primary subtag ("fr")."""
    candidates: list[str | None] = [*_html_lang(page)]
    candidates += [_first_meta(page, "og:locale", "content-language", "language", "dc.language")]
    candidates.append(_ld_text(_ld_field(page, "inLanguage")))
    for value in candidates:
        m = _LANG.match(str(value).strip()) if value else None
        if m:
            return m.group(1).lower()
    return None


def _html_lang(page: _Page) -> list[str]:
    """The first lang or xml:lang attribute of the page's <html> elements (empty when there is none)."""
    for html in page.scan.of("html"):
        found = _OWN_LANG(html)
        if found:
            return found  # type: ignore[no-any-return]
    return []


def _absolute(page: _Page, href: str | None) -> str | None:
    """An absolute http(s) URL for `href`, resolved against the page URL; None when impossible."""
    if not href:
        return None
    return _resolved(page.url, href.strip())


@lru_cache(maxsize=256)
def _resolved(base: str | None, href: str) -> str | None:
    """`href` made absolute against `base`, if http(s) (a page names the same image or URL several times)."""
    if joins_unchanged(base, href):
        return href  # what urljoin returns, an http(s) URL (nearly every image and canonical URL)
    full = urljoin(base, href) if base else href
    if full.startswith("//"):
        full = "https:" + full
    return full if urlsplit(full).scheme in ("http", "https") else None


def _canonical(page: _Page) -> str | None:
    """link rel=canonical, else og:url, as an absolute URL."""
    for link in page.scan.of("link"):
        rel = link.get("rel")
        if rel is None:
            continue
        href = link.get("href")
        if href is not None and "canonical" in rel.lower().split():
            found = _absolute(page, href)
            if found:
                return found
    return _absolute(page, _first_meta(page, "og:url"))


def _images(page: _Page) -> tuple[Image, ...]:
    """og:image and twitter:image, then JSON-LD images (with their captions), absolute, deduplicated."""
    alt = _first_meta(page, "og:image:alt", "twitter:image:alt")
    found: dict[str, Image] = {}
    for key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"):
        for value in page.meta.get(key, ()):
            url = _absolute(page, value)
            if url and url not in found:
                found[url] = Image(url=url, alt=alt)
    for url, caption in _ld_images(_ld_field(page, "image")):
        full = _absolute(page, url)
        if full and full not in found:
            found[full] = Image(url=full, caption=caption)
        elif full and caption and found[full].caption is None:
            found[full] = Image(url=full, caption=caption, alt=found[full].alt)
    return tuple(found.values())[:5]


def _ld_images(value: Any) -> Iterator[tuple[str, str | None]]:
    """(url, caption) pairs of a JSON-LD image value: a URL, an ImageObject, or a list of them."""
    if isinstance(value, str):
        yield value, None
    elif isinstance(value, list):
        for item in value[:5]:
            yield from _ld_images(item)
    elif isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        if isinstance(url, str):
            yield url, _ld_text(value.get("caption")) or _ld_text(value.get("description"))
