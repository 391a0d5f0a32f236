"""The metadata readers' shortcuts (lead, section, authors) against the plain readings they replace."""

from __future__ import annotations

import random
from typing import Any

import pytest
from lxml import html as lxml_html

from articlekit import lexicon
from articlekit.meta import describe, lead, page


def _page(markup: str) -> Any:
    """The page record of a document, as extract_metadata builds it."""
    return page._build_page(lxml_html.document_fromstring(markup), None, lexicon.get("fr"), "UTC")


def _plain_repeats_body(description: str, pg: Any) -> bool:
    """`lead._repeats_body` as it read before the length bound: every paragraph's words counted."""
    if description.rstrip().endswith(("...", "…")):
        return True
    words = set(page._WORDS.findall(description.casefold()))
    if len(words) < 4:
        return False
    needed = len(words) * lead.LEAD_OVERLAP
    for p in page._paragraphs(pg)[: lead.MAX_PARAGRAPHS_CHECKED]:
        text = page._text(p).casefold()
        if (
            sum(map(text.__contains__, words)) >= needed
            and len(words & set(page._WORDS.findall(text))) >= needed
        ):
            return True
    return False


def _random_words(rng: random.Random, n: int) -> list[str]:
    """`n` short words, some repeated, some with accents or digits (a paragraph's words)."""
    alphabet = "abcdeéfghiïjklmnoôpqrstuvwxyz0123"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(40))
def test_repeats_body_reads_as_without_the_length_bound(seed: int) -> None:
    """A paragraph too short to hold the description's words is skipped: the verdict is the plain one."""
    rng = random.Random(seed)
    vocabulary = _random_words(rng, 60)
    paragraphs = [" ".join(rng.choices(vocabulary, k=rng.randint(0, 40))) for _ in range(rng.randint(1, 12))]
    source = rng.choice(paragraphs).split() or vocabulary[:8]
    description = " ".join(rng.sample(source, k=min(len(source), rng.randint(1, 30))))
    if rng.random() < 0.5:
        description += " " + " ".join(rng.choices(vocabulary, k=rng.randint(0, 6)))
    markup = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    pg = _page(markup)
    assert lead._repeats_body(description, pg) == _plain_repeats_body(description, pg)


def test_repeats_body_still_finds_a_long_description_in_a_long_paragraph() -> None:
    """The bound only skips paragraphs too short: a description copied from the body is still found."""
    body = " ".join(f"mot{i}" for i in range(400))
    pg = _page(f"<html><body><p>court</p><p>{body}</p></body></html>")
    assert lead._repeats_body(" ".join(f"mot{i}" for i in range(350)), pg)
    assert not lead._repeats_body(" ".join(f"autre{i}" for i in range(350)), pg)


@pytest.mark.parametrize("seed", range(20))
def test_holds_pieces_counts_as_the_sum_of_pieces(seed: int) -> None:
    """The count that stops at the first miss too many answers as counting every word's pieces."""
    rng = random.Random(seed)
    vocabulary = _random_words(rng, 40)
    for _ in range(50):
        text = " ".join(rng.choices(vocabulary, k=rng.randint(0, 30)))
        words = set(rng.sample(vocabulary, k=rng.randint(1, 20)))
        needed = len(words) * lead.LEAD_OVERLAP
        assert lead._holds_pieces(text, words, needed) == (sum(map(text.__contains__, words)) >= needed)


def _plain_visible_section(pg: Any) -> str | None:
    """`describe._visible_section` as it read before: every link of a hinted element listed first."""
    for el, hints in page._hinted_by(pg, describe._SECTION_HINT):
        if el.get("class") is None and el.get("id") is None:
            continue
        if next(el.iterdescendants("a"), None) is None:
            continue
        links = list(el.iter("a"))
        if describe._CRUMB_HINT.search(hints):
            names = describe._link_names(reversed(links), 2)
            if len(names) >= 2:
                return names[0]
            continue
        names = describe._link_names(links, describe.MAX_SECTION_LINKS + 1)
        if 1 <= len(names) <= describe.MAX_SECTION_LINKS and not page._in_skipped(el, pg):
            return names[0]
    return None


SECTION_PAGES = [
    "<html><body><div class='cat'><a href='/a'>A</a><a href='/b'>B</a><a href='/c'>C</a></div>"
    "<span class='cat-links'><a href='/x'> </a><a href='/y'>Sport</a></span></body></html>",
    "<html><body><nav class='breadcrumb'><a href='/'>Accueil</a><a href='/e'>Énergie</a></nav></body></html>",
    "<html><body><div class='category'><div class='cat'><a>Un</a></div><a>Deux</a><a>Trois</a></div>"
    "<aside class='sidebar'><p class='cat'><a>Menu</a></p></aside>"
    "<p class='rubrique'><a class='cat'>Monde</a></p></body></html>",
    "<html><body><a class='cat' href='/z'>Lien <a>imbriqué</a></a><div id='fil'><a>A</a></div></body></html>",
]


@pytest.mark.parametrize("markup", SECTION_PAGES)
def test_visible_section_reads_as_the_listed_links(markup: str) -> None:
    """Links read lazily, only as far as the names need, give the section the full list gave."""
    pg = _page(markup)
    assert describe._visible_section(pg) == _plain_visible_section(pg)
