"""Metadata: headline, lead, authors, dates, section, tags, images, language, site name, canonical URL.

Read from the whole page before cleaning. Every field has an ordered list of places it may come
from (JSON-LD, <meta>, microdata, visible bylines and date lines); docs/metadata.md lists them.
One module per field family (title, lead, describe, authors, published) over what page.py shares.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..options import Options
from ..parts import Metadata
from ..tree import Element
from .authors import _authors
from .describe import _canonical, _images, _lang, _section, _tags
from .lead import _lead
from .page import Hints, _build_page, _Page
from .published import _dates
from .title import _headline, _site_name


def extract_metadata(tree: Element, *, url: str | None, lex: Lexicon, options: Options) -> Metadata:
    """Read what the page says about itself (JSON-LD, <meta>, <title>, visible bylines and dates)."""
    return read_page(tree, url=url, lex=lex, options=options)[0]


def read_page(tree: Element, *, url: str | None, lex: Lexicon, options: Options) -> tuple[Metadata, Hints]:
    """The page's metadata, and the "class id itemprop" string of each element holding one (page order).

    The pipeline hands the strings to related, which would otherwise read every element's class and id
    again; they are read before clean runs, so related checks that an element is still in the tree.
    Their `bodies` (the elements whose itemprop is "articleBody") go to clean, whose guard would
    otherwise search every region it labels for one.
    """
    page = _build_page(tree, url, lex, options.default_timezone)
    return _metadata(page), page.scan.hints


def _metadata(page: _Page) -> Metadata:
    """The metadata fields read from the page record."""
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
