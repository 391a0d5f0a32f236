"""Locate stage: score candidate containers and pick the element holding the main content."""

from __future__ import annotations

from lxml import html as lxml_html


def locate(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """Return the element that holds the article body (the <body> when nothing scores better)."""
    # PROVISIONAL
    body = tree.find("body")
    return body if body is not None else tree
