"""make_page: deterministic synthetic pages, consistent expectations, and articlekit run over 50 of them."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

import pytest

from articlekit.errors import InputError
from articlekit.model import Article, Block
from articlekit.testing.pages import LAYOUT_NAMES, SyntheticPage, make_page

SEEDS = range(50)


def _norm(text: str | None) -> str:
    """Whitespace-collapsed text without trailing stops, for comparing quoted words."""
    return " ".join((text or "").split()).strip(" .")


@cache
def _extracted(seed: int) -> tuple[SyntheticPage, Article]:
    """The synthetic page of `seed` and what articlekit extracts from it (computed once per run)."""
    page = make_page(seed)
    return page, page.extract()


def _text(page: SyntheticPage) -> str:
    """The page as unescaped text, to look for strings in it."""
    raw = page.content.decode("utf-8") if isinstance(page.content, bytes) else page.content
    return html.unescape(raw)


# -- the generator ---------------------------------------------------------------------------------------


def test_same_arguments_give_the_same_page() -> None:
    for layout in LAYOUT_NAMES:
        assert make_page(7, layout) == make_page(7, layout)
    assert make_page(7).content != make_page(8).content


def test_seeds_cycle_through_every_layout_and_vary_widely() -> None:
    pages = [make_page(s) for s in range(len(LAYOUT_NAMES) * 2)]
    assert {p.layout for p in pages} == set(LAYOUT_NAMES)
    assert len({p.article.headline for p in pages}) >= 8
    assert len({q.speaker for p in pages for q in p.article.quotes}) >= 10


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_expected_article_is_consistent_with_the_page(layout: str) -> None:
    for seed in range(10):
        page = make_page(seed, layout)
        text, article = _text(page), page.article
        assert article.headline and article.headline in text
        assert len(article.paragraphs) >= 5
        for quote in article.quotes:
            assert _norm(quote.text).lower() in _norm(article.paragraphs[quote.paragraph].text).lower()
        for source in article.sources:
            assert source.mentions
            for mention in source.mentions:
                assert mention.sentence in article.paragraphs[mention.paragraph].text
        for link in article.links:
            assert link.text in article.paragraphs[link.paragraph or 0].text and link.url in text
        for related in article.related:
            assert related.title in text and article.published
            assert related.date is None or related.date < article.published.date()
        for name in page.not_quotes:
            assert name in text and all(name not in q.text for q in article.quotes)
        body = article.text
        assert all(b in text and b not in body for b in page.boilerplate)


def test_layout_specific_shapes() -> None:
    assert "<br><br>" in _text(make_page(1, "div_soup"))
    assert "<amp-img" in _text(make_page(1, "amp")) and "⚡" in _text(make_page(1, "amp"))
    dated = _text(make_page(1, "visible_date"))
    assert "datetime=" not in dated and "published_time" not in dated
    dump = make_page(1, "text_dump")
    assert "<" not in _text(dump) and dump.article.links == () and dump.filename.endswith(".txt")
    first = _text(make_page(1, "related_first"))
    assert first.index(make_page(1, "related_first").article.related[0].title) < first.index('"content"')


def test_options_change_the_page() -> None:
    page = make_page(3, "semantic", topic="sport", paragraphs=8, related=4, insert=False)
    assert len(page.article.paragraphs) == 9  # eight blocks plus a subheading
    assert len(page.article.related) == 4
    encoded = make_page(3, "semantic", encoding="windows-1252")
    assert isinstance(encoded.content, bytes)
    assert b'charset="windows-1252"' in encoded.content
    assert encoded.content.decode("windows-1252").count("é") > 5


def test_lead_and_inline_insert() -> None:
    page = make_page(2, "semantic", lead=True, insert=True)
    text = _text(page)
    assert page.article.lead and page.article.lead in text
    # the visible standfirst opens the expected body, once, as a "lead" block
    assert page.article.paragraphs[0] == Block("lead", page.article.lead)
    assert page.article.text.count(page.article.lead) == 1
    inserts = [r for r in page.article.related if r.date is None]
    assert len(inserts) == 1 and inserts[0].label in text and inserts[0].title in text
    assert page.article.related[0] == inserts[0]  # the insert stands in the body, before the block
    assert make_page(2, "related_first", insert=True).article.related[-1].date is None
    plain = make_page(2, "semantic", lead=False, insert=False)
    assert plain.article.lead is None and all(r.date for r in plain.article.related)


def test_bad_arguments_raise_input_errors() -> None:
    with pytest.raises(InputError, match="unknown layout"):
        make_page(1, "tabloid")
    with pytest.raises(InputError, match="unknown topic"):
        make_page(1, topic="météo")
    with pytest.raises(InputError, match="paragraphs"):
        make_page(1, paragraphs=0)
    with pytest.raises(InputError, match="cannot write"):
        make_page(1, "text_dump", encoding="ascii")
    with pytest.raises(InputError, match="no inline insert"):
        make_page(1, "div_soup", insert=True)
    with pytest.raises(InputError, match="no standfirst"):
        make_page(1, "text_dump", lead=True)


def test_save_writes_page_and_golden(tmp_path: Path) -> None:
    from articlekit.testing import golden_path, read_golden

    page = make_page(4)
    path = page.save(tmp_path)
    assert path.name == page.filename
    assert read_golden(golden_path(path)) == read_golden(golden_path(make_page(4).save(tmp_path / "again")))


# -- articlekit over many synthetic pages -----------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_articlekit_finds_headline_and_body(seed: int) -> None:
    page, article = _extracted(seed)
    assert article.headline == page.article.headline
    found = [(b.kind, b.text) for b in article.paragraphs]
    assert found == [(b.kind, b.text) for b in page.article.paragraphs]


@pytest.mark.parametrize("seed", SEEDS)
def test_articlekit_puts_the_visible_lead_first_once(seed: int) -> None:
    page, article = _extracted(seed)
    texts = [b.text for b in article.paragraphs]
    assert not page.article.lead or page.article.lead not in texts[1:]
    if page.article.lead and texts and texts[0] == page.article.lead:
        assert article.paragraphs[0].kind == "lead"


@pytest.mark.parametrize("seed", SEEDS)
def test_articlekit_finds_metadata(seed: int) -> None:
    page, article = _extracted(seed)
    assert article.published == page.article.published
    assert article.modified == page.article.modified
    assert article.authors == page.article.authors
    assert article.lead == page.article.lead
    assert article.lang == page.article.lang
    assert article.section == page.article.section
    assert article.tags == page.article.tags


@pytest.mark.parametrize("seed", SEEDS)
def test_articlekit_finds_related_links_with_dates(seed: int) -> None:
    page, article = _extracted(seed)
    got = [(r.title, r.url, r.date, r.label) for r in article.related]
    assert got == [(r.title, r.url, r.date, r.label) for r in page.article.related]


@pytest.mark.parametrize("seed", SEEDS)
def test_articlekit_finds_quotes_and_speakers(seed: int) -> None:
    page, article = _extracted(seed)
    expected = sorted((_norm(q.text), q.speaker, q.kind) for q in page.article.quotes)
    assert sorted((_norm(q.text), q.speaker, q.kind) for q in article.quotes) == expected
    assert not {_norm(q.text) for q in article.quotes} & set(page.not_quotes)


@pytest.mark.parametrize("seed", SEEDS)
def test_articlekit_finds_cited_sources(seed: int) -> None:
    page, article = _extracted(seed)
    assert sorted(s.name for s in article.sources) == sorted(s.name for s in page.article.sources)


@pytest.mark.parametrize("seed", SEEDS)
def test_articlekit_types_the_sources_it_finds(seed: int) -> None:
    page, article = _extracted(seed)
    expected = {s.name: s.type for s in page.article.sources}
    found = {s.name: s.type for s in article.sources if s.name in expected}
    assert found == {name: expected[name] for name in found}


_DIGEST = """
import hashlib
from articlekit.testing import dumps_golden, make_page
pages = [make_page(seed) for seed in range(12)]
print(hashlib.sha256("".join(str(p.content) + dumps_golden(p.article) for p in pages).encode()).hexdigest())
print(hashlib.sha256("".join(dumps_golden(p.extract()) for p in pages).encode()).hexdigest())
"""


def test_pages_and_extraction_do_not_depend_on_hash_seed() -> None:
    import os
    import subprocess
    import sys

    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        run = subprocess.run(
            [sys.executable, "-c", _DIGEST], capture_output=True, text=True, env=env, timeout=300
        )
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout.split())
    assert outputs[0][0] == outputs[1][0], "make_page differs between interpreter runs"
    assert outputs[0][1] == outputs[1][1], "articlekit's output differs between interpreter runs"


def test_scorecard_counts_matching_fields() -> None:
    from articlekit.testing.scorecard import FIELDS, format_scorecard, main, scorecard

    perfect = scorecard(range(6), extract=lambda page: page.article)
    assert perfect["all"]["pages"] == 6 and all(perfect["all"][f] == 6 for f in FIELDS)
    assert set(perfect) == {*LAYOUT_NAMES, "all"}
    empty = scorecard(range(6), extract=lambda page: Article())
    assert empty["all"]["headline"] == 0 and empty["all"]["lead"] >= 1  # pages without a lead match
    text = format_scorecard(perfect)
    assert text.splitlines()[0].split()[:3] == ["layout", "headline", "lead"]
    assert text.splitlines()[-1].split()[1] == "6/6"
    assert main(["--seeds", "2"]) == 0
