"""End-to-end smoke test: the public API returns an Article for HTML and for a text dump."""

from __future__ import annotations

import articlekit


def test_extract_html_returns_article() -> None:
    html = "<html><body><h1>Titre</h1><p>Un paragraphe assez long pour compter.</p></body></html>"
    article = articlekit.extract(html)
    assert isinstance(article, articlekit.Article)
    assert article.headline == "Titre"
    assert article.to_dict()["headline"] == "Titre"
