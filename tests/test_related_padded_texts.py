"""Related's short-text search reads clean's walk on a page holding texts long only by their indentation
(`Walked.padded`, which the walk leaves out): unless one of them may be a label or a cue, it finds what
the page-wide XPath finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from articlekit import clean, related
from articlekit.lexicon import for_page
from articlekit.load import load

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
_LINKS = "".join(
    f"<li><a href='/sujet-{i}.html'>Un autre article sur le même sujet, numéro {i}</a></li>" for i in range(4)
)
_PROSE = "<p>" + "Un paragraphe de l'article. " * 20 + "</p>"
_PAD = " " * 400
# padded texts that are no label (a caption, a tail, a text of 100 characters once stripped), beside a label
PLAIN = (
    "<html><body><main><h1>Le titre</h1>"
    + _PROSE
    + "<figure><figcaption>"
    + _PAD
    + "Une légende"
    + _PAD
    + "</figcaption></figure><div><b>x</b>"
    + _PAD
    + "Un texte en queue"
    + _PAD
    + "</div>"
    "<p>" + _PAD + "Une phrase de cent caractères. " * 3 + _PAD + "</p>"
    "<h2>Sur le même sujet</h2><ul>" + _LINKS + "</ul></main></body></html>"
)
# a padded label, a padded cue in a tail, a padded text reading as a label once stripped of its count
LABELS = (
    "<html><body><main><h1>Le titre</h1>"
    + _PROSE
    + "<h2>"
    + _PAD
    + "Lire aussi"
    + _PAD
    + "</h2><ul>"
    + _LINKS
    + "</ul></main></body></html>",
    "<html><body><main><h1>Le titre</h1>"
    + _PROSE
    + "<div><b>x</b>"
    + _PAD
    + "Lire aussi :"
    + _PAD
    + "<a href='/autre.html'>Un autre article du site sur le sujet</a></div></main></body></html>",
    "<html><body><main><h1>Le titre</h1>"
    + _PROSE
    + "<h3>"
    + _PAD
    + "Sur le même sujet (3)</h3><ul>"
    + _LINKS
    + "</ul></main></body></html>",
)


def _cleaned(markup: str) -> tuple[Any, clean.Walked, Any]:
    """The page as related reads it (cleaned), clean's walk and the page's lexicon."""
    tree = load(markup.encode("utf-8")).tree  # type: ignore[union-attr]
    lex = for_page("fr", clean.page_language(tree))
    return tree, clean.clean(tree, lex=lex), lex


def _page(tree: Any, lex: Any, walked: clean.Walked | None) -> related._Page:
    """Related's page record of a cleaned whole page, with or without clean's walk."""
    return related._Page(related.vocabulary(lex), lex, scope=tree.find("body"), in_body=True, walked=walked)


def test_padded_texts_that_are_no_label_leave_the_walk_read() -> None:
    tree, walked, lex = _cleaned(PLAIN)
    assert walked.padded and not walked.split
    plain = related._scan_texts(tree, _page(tree, lex, None))
    assert plain[0]  # the label beside them
    assert related._walked_scan_texts(_page(tree, lex, walked), walked) == plain


@pytest.mark.parametrize("markup", LABELS)
def test_a_padded_label_or_cue_sends_the_search_to_the_page(markup: str) -> None:
    tree, walked, lex = _cleaned(markup)
    assert walked.padded
    plain = related._scan_texts(tree, _page(tree, lex, None))
    assert plain[0] or plain[1]
    assert related._walked_scan_texts(_page(tree, lex, walked), walked) is None
    assert related._scan_texts(tree, _page(tree, lex, walked)) == plain


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_the_fixtures_read_from_the_walk_as_from_the_page(path: Path) -> None:
    tree, walked, lex = _cleaned(path.read_text(encoding="utf-8", errors="replace"))
    plain = related._scan_texts(tree, _page(tree, lex, None))
    assert related._scan_texts(tree, _page(tree, lex, walked)) == plain
