"""The lead (standfirst): a description that is not just the first paragraph, or a hinted element."""

from __future__ import annotations

from typing import Any

from .page import (
    _BRANDING_HINT,
    _LEAD_HINT,
    _WORDS,
    _first_meta,
    _hinted,
    _hinted_by,
    _in_skipped,
    _ld_field,
    _ld_text,
    _Page,
    _paragraphs,
    _text,
)

MIN_LEAD_CHARS = 40


LEAD_OVERLAP = 0.8  # share of a description's words found in one paragraph that makes it an excerpt


MAX_PARAGRAPHS_CHECKED = 40


MAX_LEAD_CHARS = 1000


_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "span", "section", "strong", "header"})


def _lead(page: _Page) -> str | None:
    """A visible chapeau/standfirst near the headline, else the page's description."""
    for el, _ in _hinted_by(page, _LEAD_HINT):
        if el.tag not in _LEAD_TAGS:
            continue
        if el.get("itemprop") not in (None, "description"):
            continue
        parent = el.getparent()
        if _hinted(page, el, _BRANDING_HINT) or (
            parent is not None and _hinted(page, parent, _BRANDING_HINT)
        ):
            continue  # the site's tagline ("site-description"), not the article's chapeau
        text = _text(el)
        if (
            MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS
            and not _in_skipped(el, page)
            and _few_links(el, text)
        ):
            return text
    for found in (
        _first_meta(page, "og:description"),
        _first_meta(page, "description"),
        _first_meta(page, "twitter:description"),
        _ld_text(_ld_field(page, "description")),
    ):
        if found and len(found) >= MIN_LEAD_CHARS // 2:
            # an excerpt cut from the body ("…", or a body sentence reworded) is not a chapeau
            return None if _repeats_body(found, page) else found
    return None


def _repeats_body(description: str, page: _Page) -> bool:
    """Tell whether a description is an excerpt of the body: cut with "…", or mostly one paragraph's words."""
    if description.rstrip().endswith(("...", "…")):
        return True
    words = set(_WORDS.findall(description.casefold()))
    if len(words) < 4:
        return False
    needed = len(words) * LEAD_OVERLAP
    for p in _paragraphs(page)[:MAX_PARAGRAPHS_CHECKED]:
        text = _text(p).casefold()
        # n characters hold at most (n + 1) // 2 words: a short paragraph cannot hold a long description
        # (counting each word's pieces is words x characters: 1.5 ms for one 330-word description)
        if (len(text) + 1) // 2 < needed:
            continue
        # every word of a paragraph is a piece of its text: look for the pieces before splitting it in words
        if _holds_pieces(text, words, needed) and len(words & set(_WORDS.findall(text))) >= needed:
            return True
    return False


def _holds_pieces(text: str, words: set[str], needed: float) -> bool:
    """Tell whether at least `needed` of `words` are pieces of `text` (substrings, not only whole words).

    Stops at the first miss past the `len(words) - needed` a paragraph may have: most paragraphs share
    few of a description's words, and each miss reads the whole paragraph.
    """
    allowed = len(words) - needed
    misses = 0
    for word in words:
        if word not in text:
            misses += 1
            if misses > allowed:
                return False
    return True


def _few_links(el: Any, text: str) -> bool:
    """Tell whether most of an element's text is not link text (a teaser list is not a lead)."""
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked * 2 < len(text)
