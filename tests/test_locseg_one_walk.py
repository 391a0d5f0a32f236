"""locate's one walk for JSON-LD scripts and <base> finds what the two searches it replaces found."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import clean, locate, segment
from articlekit.lexicon import get
from articlekit.load import load
from articlekit.model import Block

LEX = get("fr")
FIXTURES = Path(__file__).parent / "fixtures"
#: the XPath locate searched the page's JSON-LD scripts with
JSONLD = etree.XPath("descendant-or-self::script[@type='application/ld+json']")
SENTENCE = "Le conseil municipal a voté jeudi soir, après un long débat, un budget de 14 millions d’euros. "

TRAPS = [
    # no <base>; a <base> without href first; two with href (the first counts); one in the body only
    "<html><head></head><body><p>x</p></body></html>",
    "<html><head><base target='_blank'><base href='/a/'><base href='/b/'></head><body><p>x</p></body></html>",
    "<html><head></head><body><div><base href='https://example.org/in-body/'></div><p>x</p></body></html>",
    "<html><head><base href=''></head><body><p>x</p></body></html>",
    # scripts of every spelling: only the exact type counts, in page order, head and body
    "<html><head><script type='application/ld+json'>{}</script><script type='Application/LD+JSON'>{}</script>"
    "</head><body><script type=' application/ld+json'>{}</script><div><script type='application/ld+json'>"
    '{"articleBody": "x"}</script></div><script>var a;</script></body></html>',
]


def _searched(tree: lxml_html.HtmlElement) -> tuple[list[etree._Element], tuple[str, ...]]:
    """The two searches the walk replaces: the XPath from the root, and segment's own <base> search."""
    return JSONLD(tree.getroottree().getroot()), segment._first_base(tree)


def _check(tree: lxml_html.HtmlElement) -> None:
    """The walk's scripts and base equal the searches', before and after clean, from any element."""
    for el in (tree, *tree.iter("body", "div")):
        assert locate._scripts_and_base(el) == _searched(tree)
    clean.clean(tree, lex=LEX)
    assert locate._scripts_and_base(tree) == _searched(tree)
    bases: list[str] = []
    root = locate.locate(tree, bases=bases)
    assert tuple(bases) == segment._first_base(tree)
    assert root is locate.locate(tree)


@pytest.mark.parametrize("markup", TRAPS)
def test_walk_finds_what_the_searches_find_on_traps(markup: str) -> None:
    _check(lxml_html.document_fromstring(markup))


@pytest.mark.parametrize("path", sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".htm")))
def test_walk_finds_what_the_searches_find_on_fixtures(path: Path) -> None:
    _check(lxml_html.document_fromstring(path.read_bytes()))


@pytest.mark.parametrize("markup", TRAPS[:4])
def test_segment_given_the_base_writes_what_it_finds_itself(markup: str) -> None:
    page = markup.replace("<p>x</p>", f"<p>{SENTENCE}<a href='page.html'>lien</a> <img src='i.jpg'></p>")
    doc = load(page.encode(), url="https://site.example/rubrique/article.html")
    bases: list[str] = []
    root = locate.locate(doc.tree, bases=bases)
    given = segment.segment(root, url=doc.url, headline=None, lex=LEX, bases=tuple(bases))
    searched = segment.segment(root, url=doc.url, headline=None, lex=LEX)
    assert given == searched
    assert given.links


def _split_finish(draft: segment._Draft) -> list[tuple[object, list[tuple[str, str]]]]:
    """segment._finish as it read every draft holding a line break: split at blank lines, then shared out."""
    raw = "".join(draft.pieces)
    parts = [p for p in (segment.normalize_text(p) for p in segment._BREAKS.split(raw)) if p]
    level = draft.level if draft.kind == "heading" else None
    return [
        (
            Block(draft.kind, part, level),
            [(u, t) for u, t in draft.links if t in part] if len(parts) > 1 else list(draft.links),
        )
        for part in parts
    ]


def test_finish_splits_only_at_blank_lines() -> None:
    rng = random.Random(11)
    pieces = ["mot", "é", " ", "\n", "\n\n", " \n \n", "\u200b", "\xa0", "\t", "\r\n", "\u2029", "lien"]
    for _ in range(20_000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for kind, level in (("paragraph", None), ("heading", 2)):
            draft = segment._Draft(
                kind=kind, level=level, pieces=[raw], links=[("https://a.example/", "lien")]
            )
            assert segment._finish(draft) == _split_finish(draft), repr(raw)
