"""Segment stage: the main content element → ordered blocks, outbound links and images."""

from __future__ import annotations

from lxml import html as lxml_html

from .lexicon import Lexicon
from .model import Block
from .parts import Body


def segment(root: lxml_html.HtmlElement, *, url: str | None, headline: str | None, lex: Lexicon) -> Body:
    """Split `root` into paragraphs, headings, list items and blockquotes in reading order."""
    # PROVISIONAL
    blocks = tuple(
        Block("paragraph", " ".join(p.text_content().split()))
        for p in root.iter("p")
        if p.text_content().strip()
    )
    return Body(blocks=blocks)
