"""Links of the body and of related blocks are resolved against the page's <base href>."""

from __future__ import annotations

import articlekit

_PROSE = "Un long paragraphe de texte sur la politique locale et ses effets sur la ville. " * 6


def _page(base: str) -> str:
    """A French article whose head names `base` and whose links are relative."""
    related = "".join(
        f'<li><a href="autre-{i}.html">Un autre article du site sur un sujet voisin numéro {i}</a></li>'
        for i in range(1, 4)
    )
    return (
        f'<html lang="fr"><head><base href="{base}"><title>Titre</title></head><body><article>'
        f'<h1>Le conseil municipal vote le budget</h1><p>{_PROSE}<a href="a.html">le rapport</a> complet.</p>'
        f"<p>{_PROSE}</p></article><aside><h2>À lire aussi</h2><ul>{related}</ul></aside></body></html>"
    )


def test_body_links_follow_base_href() -> None:
    article = articlekit.extract(_page("https://x.example/sub/"), url="https://y.example/page")
    assert [link.url for link in article.links] == ["https://x.example/sub/a.html"]


def test_related_links_follow_base_href() -> None:
    article = articlekit.extract(_page("https://x.example/sub/"), url="https://y.example/page")
    urls = [link.url for link in article.related]
    assert urls and all(u.startswith("https://x.example/sub/autre-") for u in urls), urls


def test_relative_base_href_is_resolved_against_the_page_url() -> None:
    article = articlekit.extract(_page("/sub/"), url="https://y.example/page")
    assert [link.url for link in article.links] == ["https://y.example/sub/a.html"]
