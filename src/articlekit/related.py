"""Related-article blocks ("Articles qui pourraient vous intéresser", "Sur le même sujet") and their dates."""

from __future__ import annotations

from lxml import html as lxml_html

from .lexicon import Lexicon
from .model import RelatedLink


def find_related(tree: lxml_html.HtmlElement, *, url: str | None, lex: Lexicon) -> tuple[RelatedLink, ...]:
    """Find related-article blocks anywhere in the page and return their links with dates."""
    # PROVISIONAL
    return ()
