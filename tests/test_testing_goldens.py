"""Goldens: stable JSON form of an Article, page discovery, reading and writing."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from articlekit.model import Article, Block, Source, SourceMention
from articlekit.testing import GoldenError, dumps_golden, find_cases, golden_dict, golden_path, read_golden
from articlekit.testing.goldens import (
    Case,
    check_distinct,
    is_page,
    iter_pages,
    orphan_goldens,
    read_page,
    write_golden,
)

PAGE = "<html lang='fr'><body><h1>Titre</h1><p>Un paragraphe assez long pour compter ici.</p></body></html>"


def _article() -> Article:
    """A small Article with dates, tags, sources and non-ASCII text."""
    mention = SourceMention(cue="selon", sentence="Selon le quotidien, c'est fini.", paragraph=0)
    return Article(
        headline="Énergie : « un tournant »",
        published=dt.datetime(2024, 9, 12, 9, 45, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        tags=("zèbre", "alpha"),
        paragraphs=(Block("paragraph", "Premier paragraphe."),),
        sources=(
            Source("Wall Street Journal", "media", aliases=("WSJ", "le quotidien"), mentions=(mention,)),
        ),
    )


def test_golden_dict_keeps_model_order_and_drops_derived_fields() -> None:
    data = golden_dict(_article())
    assert list(data)[:6] == ["url", "canonical_url", "lang", "site_name", "headline", "lead"]
    assert "text" not in data
    assert "cues" not in data["sources"][0]
    assert data["published"] == "2024-09-12T09:45:00+02:00"


def test_golden_sorts_unordered_lists_only() -> None:
    data = golden_dict(_article())
    assert data["tags"] == ["alpha", "zèbre"]
    assert data["sources"][0]["aliases"] == ["WSJ", "le quotidien"]
    two = Article(paragraphs=(Block("paragraph", "b"), Block("paragraph", "a")))
    assert [b["text"] for b in golden_dict(two)["paragraphs"]] == ["b", "a"]


def test_dumps_golden_is_readable_utf8_with_trailing_newline() -> None:
    text = dumps_golden(_article())
    assert text.endswith("}\n")
    assert "Énergie : « un tournant »" in text
    assert '\n  "headline"' in text
    assert dumps_golden(_article()) == text
    assert dumps_golden(json.loads(text)) == text


def test_write_golden_reports_whether_the_file_changed(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "a.html.golden.json"
    assert write_golden(path, _article()) is True
    assert write_golden(path, _article()) is False
    assert read_golden(path) == golden_dict(_article())


def test_read_golden_errors_are_articlekit_errors(tmp_path: Path) -> None:
    with pytest.raises(GoldenError, match="no golden"):
        read_golden(tmp_path / "missing.golden.json")
    bad = tmp_path / "bad.golden.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldenError, match="cannot read golden"):
        read_golden(bad)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(GoldenError, match="JSON object"):
        read_golden(bad)


def test_golden_path_beside_or_in_folder(tmp_path: Path) -> None:
    page = tmp_path / "pages" / "a.html"
    assert golden_path(page) == tmp_path / "pages" / "a.html.golden.json"
    assert golden_path(page, tmp_path / "g") == tmp_path / "g" / "a.html.golden.json"


def test_is_page_recognises_pages_not_goldens() -> None:
    assert is_page(Path("a.html")) and is_page(Path("b.HTM")) and is_page(Path("c.txt"))
    assert is_page(Path("d.html.gz"))
    assert not is_page(Path("a.html.golden.json"))
    assert not is_page(Path("notes.md"))


def test_read_page_inflates_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    assert read_page(path) == PAGE.encode()
    broken = tmp_path / "b.html.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(GoldenError, match="cannot read page"):
        read_page(broken)


def test_find_cases_walks_folders_in_order(tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    for name in ("b.html", "a.txt", "z/c.html", "notes.md"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    write_golden(tmp_path / "a.txt.golden.json", _article())
    cases = find_cases(tmp_path)
    assert [c.page.relative_to(tmp_path).as_posix() for c in cases] == ["a.txt", "b.html", "z/c.html"]
    assert [c.has_golden for c in cases] == [True, False, False]
    assert [c.name for c in find_cases(tmp_path, with_golden_only=True)] == ["a.txt"]
    with pytest.raises(GoldenError, match="not a folder"):
        find_cases(tmp_path / "nope")


def test_pages_sharing_a_golden_are_refused(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.html").write_text(PAGE, encoding="utf-8")
    with pytest.raises(GoldenError, match="share the golden"):
        find_cases(tmp_path, tmp_path / "goldens")
    cases = [Case(p, golden_path(p)) for p in iter_pages([tmp_path])]
    check_distinct(cases)  # beside their pages, they do not collide


def test_orphan_goldens_are_found(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    write_golden(tmp_path / "a.html.golden.json", _article())
    write_golden(tmp_path / "gone.html.golden.json", _article())
    assert orphan_goldens(find_cases(tmp_path), tmp_path) == [tmp_path / "gone.html.golden.json"]


def test_case_extracts_with_the_golden_url(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGE.replace("<p>", "<p><a href='/x'>lien</a> "), encoding="utf-8")
    write_golden(golden_path(page), Article(url="https://example.fr/a"))
    case = Case(page, golden_path(page))
    assert case.url == "https://example.fr/a"
    article = case.extract()
    assert article.url == "https://example.fr/a"
    assert article.headline == "Titre"


def test_iter_pages_refuses_missing_paths(tmp_path: Path) -> None:
    with pytest.raises(GoldenError, match="no such page"):
        list(iter_pages([tmp_path / "missing.html"]))
