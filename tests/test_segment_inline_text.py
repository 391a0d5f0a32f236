"""segment's walk writes a text-only inline element itself: the same body as calling _inline for it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import locate
from articlekit import segment as S
from articlekit.lexicon import get
from articlekit.load import load

LEX = get("fr")
FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://site.example/rubrique/article.html"


def _plain_visit(el: etree._Element, walk: S._Walk, kind: S.BlockKind, level: int | None) -> None:
    """segment._visit as it read every inline element: through _inline."""
    for child in el:
        tag = child.tag
        names = child.keys() if isinstance(tag, str) else None
        if (
            names is None
            or tag in S._SKIP_TAGS
            or (names and (S.LABEL_ATTR in names or S.SKIP_ATTR in names))
        ):
            if child.tail:
                S._text(walk, child.tail, kind, level)
            continue
        if names:
            cls = child.get("class") if "class" in names else None
            ident = child.get("id") if "id" in names else None
            attrs = f"{cls or ''} {ident or ''}" if cls or ident else ""
        else:
            attrs = ""
        if attrs and S.SKIP_LEAD and not walk.started and walk.current is None and S._is_lead(child, attrs):
            start = len(walk.drafts)
            S._block(child, walk, kind, level)
            for draft in walk.drafts[start:]:
                draft.lead = True
            S._text(walk, child.tail, kind, level)
            continue
        if attrs and tag not in S._HEADINGS and tag != "a" and S._is_small_extra(child, attrs):
            if S._CAPTION_CLASS.search(attrs):
                S._caption_last_image(child, walk)
            S._text(walk, child.tail, kind, level)
            continue
        if tag in S._BLOCK_TAGS:
            if tag != "figure":
                S._block(child, walk, kind, level)
            else:
                S._close(walk)
                S._figure(child, walk, kind, level)
                S._close(walk)
        elif tag == "br":
            S._text(walk, "\n", kind, level)
        elif tag in S._IMG_TAGS:
            S._image(child, walk)
        else:
            S._inline(child, walk, kind, level)
        if child.tail:
            S._text(walk, child.tail, kind, level)


def _both(tree: etree._Element, monkeypatch: pytest.MonkeyPatch) -> tuple[S.Body, S.Body]:
    """The body segment writes from the located element, then the body the plain walk writes."""
    bases: list[str] = []
    root = locate.locate(tree, bases=bases)
    fast = S.segment(root, url=URL, headline=None, lex=LEX, bases=tuple(bases))
    with monkeypatch.context() as patch:
        patch.setattr(S, "_visit", _plain_visit)  # _block and _inline call the module's _visit
        plain = S.segment(root, url=URL, headline=None, lex=LEX, bases=tuple(bases))
    return fast, plain


@pytest.mark.parametrize("path", sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".htm")))
def test_fixtures_read_alike(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = load(path.read_bytes(), url=URL)
    fast, plain = _both(doc.tree, monkeypatch)
    assert fast == plain


INLINE = ["em", "strong", "span", "b", "i", "small", "abbr", "time", "code", "q", "u", "x-custom"]
TEXTS = ["", " ", "mot", " deux mots ", "\n", "\n\n", "fin.", "\xa0", "«\u200b»"]


def _random_inline(rng: random.Random, depth: int) -> str:
    """Inline markup: text, text-only inline elements, nested ones, links, <br>s, in random runs."""
    out = []
    for _ in range(rng.randint(0, 5)):
        pick = rng.random()
        text = rng.choice(TEXTS)
        if pick < 0.4:
            tag = rng.choice(INLINE)
            inner = _random_inline(rng, depth + 1) if depth < 2 and rng.random() < 0.3 else text
            out.append(f"<{tag}>{inner}</{tag}>")
        elif pick < 0.55:
            out.append(f"<a href='/p{rng.randint(0, 9)}'>{text}</a>")
        elif pick < 0.65:
            out.append("<br>")
        else:
            out.append(text)
    return "".join(out)


def test_random_inline_runs_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    sentence = "Le conseil municipal a voté jeudi soir, après un long débat, un budget de 14 millions. "
    for _ in range(400):
        blocks = "".join(f"<p>{sentence}{_random_inline(rng, 0)}</p>" for _ in range(rng.randint(1, 4)))
        loose = _random_inline(rng, 0)
        tree = lxml_html.document_fromstring(f"<html><body><div>{loose}{blocks}{loose}</div></body></html>")
        fast, plain = _both(tree, monkeypatch)
        assert fast == plain
