"""Render an Article as JSON, plain text or Markdown."""

from __future__ import annotations

from .model import Article


def render(article: Article, fmt: str = "json") -> str:
    """Return `article` in the format `fmt` ("json", "text" or "markdown")."""
    # PROVISIONAL
    if fmt == "text":
        return article.text
    return article.to_json()
