"""Clean stage: drop non-content nodes and label boilerplate regions in place (label, don't lose)."""

from __future__ import annotations

from lxml import html as lxml_html

from .lexicon import Lexicon


def clean(tree: lxml_html.HtmlElement, *, lex: Lexicon) -> None:
    """Remove script/style/forms and mark boilerplate elements with a `data-ak` label."""
    # PROVISIONAL
    for el in tree.xpath("//script|//style|//noscript"):
        el.drop_tree()
