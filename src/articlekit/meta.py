"""Metadata: headline, lead, authors, dates, section, tags, images, language, site name, canonical URL."""

from __future__ import annotations

from lxml import html as lxml_html

from .lexicon import Lexicon
from .options import Options
from .parts import Metadata


def extract_metadata(
    tree: lxml_html.HtmlElement, *, url: str | None, lex: Lexicon, options: Options
) -> Metadata:
    """Read what the page says about itself (JSON-LD, <meta>, <title>, visible bylines and dates)."""
    # PROVISIONAL
    h1 = tree.find(".//h1")
    return Metadata(headline=" ".join(h1.text_content().split()) if h1 is not None else None)
