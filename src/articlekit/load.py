"""Load stage: any accepted page (bytes, str, Path, lxml tree, soup, text dump) → a Document."""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

from .document import Document, HtmlDocument, TextDocument
from .errors import InputError
from .options import DEFAULT_OPTIONS, Options


def load(
    page: Any,
    *,
    url: str | None = None,
    content_type: str | None = None,
    options: Options = DEFAULT_OPTIONS,
) -> Document:
    """Turn `page` into an HtmlDocument (one parse) or a TextDocument (a plain-text dump)."""
    # PROVISIONAL: minimal loader, replaced by the load helper
    if isinstance(page, bytes):
        page = page.decode("utf-8", "replace")
    if not isinstance(page, str):
        raise InputError(f"cannot extract from a {type(page).__name__}")
    if "<" not in page:
        return TextDocument(lines=tuple(line.strip() for line in page.splitlines()), url=url)
    return HtmlDocument(tree=lxml_html.document_fromstring(page), url=url)
