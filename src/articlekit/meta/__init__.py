"""Metadata: headline, lead, authors, dates, section, tags, images, language, site name, canonical URL.

Read from the whole page before cleaning. Every field has an ordered list of places it may come
from (JSON-LD, <meta>, microdata, visible bylines and date lines); docs/metadata.md lists them.
One module per field family (title, lead, describe, authors, published) over what page.py shares.
"""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

from ..lexicon import Lexicon
from ..options import Options
from ..parts import Metadata
from .authors import _authors
from .describe import _canonical, _images, _lang, _section, _tags
from .lead import _lead
from .page import _build_page
from .published import _dates
from .title import _headline, _site_name


def extract_metadata(
    tree: lxml_html.HtmlElement,
    *,
    url: str | None,
    lex: Lexicon,
    options: Options,
    walk: list[dict[Any, str]] | None = None,
) -> Metadata:
    """Read what the page says about itself (JSON-LD, <meta>, <title>, visible bylines and dates).

    `walk`, when given, receives what the page walk read that later stages would read again: the
    "class id itemprop" string of every element holding one of them, in page order."""
    page = _build_page(tree, url, lex, options.default_timezone)
    if walk is not None:
        walk.append(page.scan.hints)
    site = _site_name(page)
    published, modified = _dates(page)
    return Metadata(
        headline=_headline(page, site),
        lead=_lead(page),
        authors=_authors(page, site),
        published=published,
        modified=modified,
        section=_section(page),
        tags=_tags(page),
        lang=_lang(page),
        site_name=site,
        canonical_url=_canonical(page),
        images=_images(page),
    )
