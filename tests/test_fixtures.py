"""Golden tests: every fixture page in tests/fixtures/ against its NAME.expected.json, field by field.

The comparison rules are documented in tests/fixtures/README.md; each `_compare_*` function below
implements one of them and returns readable problem lines (empty when the field matches).
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

import articlekit
from conftest import FIXTURES_DIR, fixture_pages, load_accept, load_expected

Problems = list[str]
Record = dict[str, Any]

_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]+>")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_DETERMINER = re.compile(r"^(?:(?:le|la|les|un|une)\s+|l')", re.IGNORECASE)
_EDGE_MARKS = " \t\n«»“”„\"‹›‘’'.,;:…!?"

#: fields compared as one normalised string each
SCALAR_FIELDS = ("url", "canonical_url", "lang", "site_name", "headline", "lead", "section")
#: fields compared as an ordered list of normalised strings
LIST_FIELDS = ("authors", "tags")
DATE_FIELDS = ("published", "modified")
#: the fixtures whose bytes are not UTF-8 (every other page is)
FIXTURE_ENCODINGS = {"windows-1252": "cp1252", "iso-8859-1": "iso-8859-1"}


def norm(text: str | None) -> str | None:
    """NFC text with every run of whitespace (no-break spaces included) made one space, ends trimmed."""
    if text is None:
        return None
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str | None) -> str | None:
    """`norm` plus case, accents and apostrophe styles ignored: for cues, labels, names and aliases."""
    if text is None:
        return None
    bare = unicodedata.normalize("NFD", norm(text) or "").translate(_APOSTROPHES)
    return "".join(c for c in bare if not unicodedata.combining(c)).casefold()


def quote_key(text: str) -> str:
    """How a quote's text is matched: normalised, without quote marks or end punctuation around it."""
    return (norm(text) or "").strip(_EDGE_MARKS).translate(_APOSTROPHES)


def _date_value(value: str | None) -> tuple[str, Any] | None:
    """An ISO date or datetime string as (kind, value): a date equals a date, a datetime the same instant."""
    if value is None:
        return None
    try:
        if "T" not in value and len(value) == 10:
            return ("date", dt.date.fromisoformat(value))
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return ("not ISO", value)  # reported as a difference, not as a crash of the comparison
    return ("datetime", moment)  # aware datetimes compare as instants; naive never equals aware


def _diff(label: str, expected: list[str], actual: list[str]) -> Problems:
    """A unified diff of two line lists under a heading, or nothing when they are equal."""
    if expected == actual:
        return []
    lines = difflib.unified_diff(expected, actual, "expected", "actual", n=1, lineterm="")
    return [f"[{label}]", *(f"    {line}" for line in lines)]


def _compare_scalars(actual: Record, expected: Record) -> Problems:
    """Compare the single-string fields, the string lists and the dates."""
    out: Problems = []
    for name in SCALAR_FIELDS:
        if norm(actual.get(name)) != norm(expected.get(name)):
            out.append(f"[{name}] expected {expected.get(name)!r}, got {actual.get(name)!r}")
    for name in LIST_FIELDS:
        want = [norm(v) or "" for v in expected.get(name, [])]
        got = [norm(v) or "" for v in actual.get(name, [])]
        out += _diff(name, want, got)
    for name in DATE_FIELDS:
        if _date_value(actual.get(name)) != _date_value(expected.get(name)):
            out.append(f"[{name}] expected {expected.get(name)!r}, got {actual.get(name)!r}")
    return out


def _block_line(block: Record) -> str:
    """One body block as a diff line: kind (with heading level) then text."""
    level = block.get("level") if block.get("kind") == "heading" else None
    kind = f"{block.get('kind')}{level or ''}"
    return f"{kind}: {norm(block.get('text'))}"


def _compare_paragraphs(actual: Record, expected: Record) -> Problems:
    """Compare the body blocks in order: kind, heading level and normalised text."""
    return _diff(
        "paragraphs",
        [_block_line(b) for b in expected["paragraphs"]],
        [_block_line(b) for b in actual["paragraphs"]],
    )


def _speaker_ok(got: str | None, want: str | None, alternatives: Iterable[str | None]) -> bool:
    """True when the speaker is the golden one or one of the tolerated alternatives."""
    accepted = {fold(want), *(fold(a) for a in alternatives)}
    return fold(got) in accepted


def _compare_one_quote(got: Record, want: Record, accept: Record) -> Problems:
    """Compare a matched quote's speaker, kind, cue and paragraph."""
    out: Problems = []
    alternatives = accept.get("speaker_alternatives", {}).get(want["text"], [])
    if not _speaker_ok(got.get("speaker"), want.get("speaker"), alternatives):
        out.append(f"speaker {got.get('speaker')!r}, expected {want.get('speaker')!r}")
    for key in ("kind", "paragraph"):
        if got.get(key) != want.get(key):
            out.append(f"{key} {got.get(key)!r}, expected {want.get(key)!r}")
    if fold(got.get("cue")) != fold(want.get("cue")):
        out.append(f"cue {got.get('cue')!r}, expected {want.get('cue')!r}")
    return out


def _compare_quotes(actual: Record, expected: Record, accept: Record) -> Problems:
    """Match quotes by text; report missing, unexpected and mismatched ones."""
    got = {quote_key(q["text"]): q for q in actual["quotes"]}
    optional = {quote_key(t) for t in accept.get("optional", {}).get("quotes", [])}
    out: Problems = []
    for want in expected["quotes"]:
        key = quote_key(want["text"])
        found = got.pop(key, None)
        if found is None:
            out.append(f"    missing: «{want['text']}» ({want.get('speaker')!r}, {want['kind']})")
            continue
        out += [f"    «{_short(want['text'])}»: {p}" for p in _compare_one_quote(found, want, accept)]
    for key, extra in got.items():
        if key not in optional:
            out.append(f"    unexpected: «{extra['text']}» ({extra.get('speaker')!r}, {extra.get('kind')})")
    return ["[quotes]", *out] if out else []


def _short(text: str, width: int = 60) -> str:
    """A quote's text cut for a one-line message."""
    return text if len(text) <= width else text[: width - 1] + "…"


def alias_key(alias: str) -> str:
    """How aliases are matched: folded, without a leading article ("le WSJ" is the alias "WSJ")."""
    return _DETERMINER.sub("", fold(alias) or "", count=1)


def _source_view(source: Record) -> dict[str, Any]:
    """The compared parts of a source: type, url, its folded cues and its aliases other than the name."""
    cues = source.get("cues") or [m["cue"] for m in source.get("mentions", [])]
    return {
        "type": source.get("type"),
        "aliases": sorted({alias_key(a) for a in source.get("aliases", [])} - {alias_key(source["name"])}),
        "cues": sorted({fold(c) or "" for c in cues}),
        "url": source.get("url"),
    }


def _compare_sources(actual: Record, expected: Record, accept: Record) -> Problems:
    """Match sources by folded name; compare type, url and the sets of aliases and cues."""
    got = {fold(s["name"]): s for s in actual["sources"]}
    optional = {fold(n) for n in accept.get("optional", {}).get("sources", [])}
    out: Problems = []
    for want in expected["sources"]:
        found = got.pop(fold(want["name"]), None)
        if found is None:
            out.append(f"    missing: {want['name']!r} ({want['type']}, cues {want['cues']})")
            continue
        have, need = _source_view(found), _source_view(want)
        out += [
            f"    {want['name']!r}: {key} {have[key]!r}, expected {need[key]!r}"
            for key in need
            if have[key] != need[key]
        ]
    for key, extra in got.items():
        if key not in optional:
            out.append(f"    unexpected: {extra['name']!r} ({extra.get('type')}, cues {extra.get('cues')})")
    return ["[sources]", *out] if out else []


def _related_line(link: Record) -> str:
    """One related link as a diff line: date | title | url | block label."""
    return f"{link.get('date')} | {norm(link.get('title'))} | {link.get('url')} | {fold(link.get('label'))}"


def _compare_related(actual: Record, expected: Record, accept: Record) -> Problems:
    """Compare related links in page order; optional ones (inline inserts) may be present or not."""
    optional = {norm(t) for t in accept.get("optional", {}).get("related", [])}
    got = [r for r in actual["related"] if norm(r.get("title")) not in optional]
    return _diff("related", [_related_line(r) for r in expected["related"]], [_related_line(r) for r in got])


def _compare_links_images(actual: Record, expected: Record) -> Problems:
    """Compare body links (url, text, paragraph) and images (url, caption, credit) in order."""

    def link(x: Record) -> str:
        return f"{x.get('url')} | {norm(x.get('text'))} | paragraph {x.get('paragraph')}"

    def image(x: Record) -> str:
        return f"{x.get('url')} | caption {norm(x.get('caption'))!r} | credit {norm(x.get('credit'))!r}"

    return _diff("links", [link(x) for x in expected["links"]], [link(x) for x in actual["links"]]) + _diff(
        "images", [image(x) for x in expected["images"]], [image(x) for x in actual["images"]]
    )


def compare_article(actual: Record, expected: Record, accept: Record | None = None) -> Problems:
    """Every difference between an Article dict and its golden, as readable lines (empty: equal)."""
    accept = accept or {}
    checks: list[Callable[[], Problems]] = [
        lambda: _compare_scalars(actual, expected),
        lambda: _compare_paragraphs(actual, expected),
        lambda: _compare_quotes(actual, expected, accept),
        lambda: _compare_sources(actual, expected, accept),
        lambda: _compare_related(actual, expected, accept),
        lambda: _compare_links_images(actual, expected),
    ]
    return [line for check in checks for line in check()]


def failing_fields(problems: Problems) -> list[str]:
    """The names of the fields that differ, read from the problem lines' [field] tags."""
    return [line[1 : line.index("]")] for line in problems if line.startswith("[")]


def fixture_problems(page: Path) -> Problems:
    """Extract a fixture page (with its golden's URL) and compare it with the golden."""
    expected = load_expected(page)
    article = articlekit.extract(page.read_bytes(), url=expected["url"])
    return compare_article(article.to_dict(), expected, load_accept(page))


@pytest.mark.parametrize("page", fixture_pages(), ids=lambda p: p.name)
def test_fixture_matches_golden(page: Path) -> None:
    """The Article extracted from a fixture page equals its golden, field by field."""
    problems = fixture_problems(page)
    fields = ", ".join(dict.fromkeys(failing_fields(problems)))
    assert not problems, f"{page.name}: fields differing: {fields}\n" + "\n".join(problems)


def test_every_layout_has_a_fixture() -> None:
    """The layouts issue 2 asks for are all present, each with its golden."""
    names = {p.name for p in fixture_pages()}
    required = {
        "semantic-html5.html",
        "div-soup.html",
        "windows-1252.html",
        "utf8-declared-latin1.html",
        "related-first.html",
        "amp.html",
        "date-in-text.html",
        "seed.txt",
        "reference.html",
        "example-page.html",
        "iso-8859-1.html",
        "text-dump.txt",
        "wordpress-comments.html",
    }
    assert required <= names, sorted(required - names)


def test_comparison_tolerates_only_presentation() -> None:
    """The comparator ignores whitespace styles and quote marks but not words, speakers or dates."""
    expected = load_expected(next(p for p in fixture_pages() if p.stem == "seed"))
    same = {**expected, "headline": expected["headline"].replace(" ", "\u00a0")}
    assert compare_article(same, expected) == []
    renamed = {**expected, "quotes": [{**q, "speaker": "Meta"} for q in expected["quotes"]]}
    assert "quotes" in failing_fields(compare_article(renamed, expected))
    dated = {**expected, "published": "2023-12-05T11:20:00+01:00"}
    assert compare_article({**dated, "published": "2023-12-05T10:20:00+00:00"}, dated) == []
    for wrong in ("2023-12-05T11:20:00+00:00", "2023-12-05T11:20:00", "2023-12-05", "5 décembre 2023"):
        assert failing_fields(compare_article({**dated, "published": wrong}, dated)) == ["published"]
    everywhere = [{**src, "aliases": [*src["aliases"], "le WSJ"]} for src in expected["sources"]]
    assert "sources" in failing_fields(compare_article({**expected, "sources": everywhere}, expected))
    wsj_only = [
        {**src, "aliases": [*src["aliases"], "le WSJ"]} if src["name"] == "Wall Street Journal" else src
        for src in expected["sources"]
    ]
    assert compare_article({**expected, "sources": wsj_only}, expected) == []
    redated = {**expected, "related": [{**r, "date": "2024-04-25"} for r in expected["related"]]}
    assert failing_fields(compare_article(redated, expected)) == ["related"]


SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "seed.txt"


@pytest.mark.skipif(not SHARED_SEED.is_file(), reason="../shared/seed/seed.txt is not on this machine")
def test_seed_fixture_is_the_reference_dump_byte_for_byte() -> None:
    """tests/fixtures/seed.txt is an exact copy of the reference text dump."""
    assert (FIXTURES_DIR / "seed.txt").read_bytes() == SHARED_SEED.read_bytes()


def test_charset_fixtures_have_the_bytes_they_claim() -> None:
    """The windows-1252 page is not UTF-8; the mis-declared page is UTF-8 that declares iso-8859-1."""
    cp1252 = (FIXTURES_DIR / "windows-1252.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        cp1252.decode("utf-8")
    assert b'charset="windows-1252"' in cp1252
    assert all(ch.encode("cp1252") in cp1252 for ch in "’«»éàœŒ…€")
    mislabelled = (FIXTURES_DIR / "utf8-declared-latin1.html").read_bytes()
    assert "é".encode() in mislabelled and b"charset=iso-8859-1" in mislabelled


def summary() -> list[str]:
    """One line per fixture: OK, or the fields that differ from its golden."""
    lines = []
    for page in fixture_pages():
        fields = dict.fromkeys(failing_fields(fixture_problems(page)))
        lines.append(f"{page.name:28} {'OK' if not fields else 'differs: ' + ', '.join(fields)}")
    return lines


if __name__ == "__main__":  # `python tests/test_fixtures.py`: which fields differ, per fixture
    print("\n".join(summary()))


@pytest.mark.parametrize("page", fixture_pages(), ids=lambda p: p.name)
def test_accept_files_refer_to_the_golden(page: Path) -> None:
    """Tolerated alternatives name quotes of the golden, and optional items are really on the page."""
    expected, accept = load_expected(page), load_accept(page)
    assert set(accept) <= {"speaker_alternatives", "optional"}
    quote_texts = {q["text"] for q in expected["quotes"]}
    assert set(accept.get("speaker_alternatives", {})) <= quote_texts
    html_text = page.read_bytes().decode("utf-8", errors="replace")
    for kind, items in accept.get("optional", {}).items():
        assert kind in {"quotes", "related", "sources"}
        assert all(item in html_text for item in items), (kind, items)


@pytest.mark.parametrize("page", fixture_pages(), ids=lambda p: p.name)
def test_golden_text_is_on_the_page(page: Path) -> None:
    """Every golden paragraph, quote and related title is written on the page (goldens hold no invention)."""
    decoded = page.read_bytes().decode(FIXTURE_ENCODINGS.get(page.stem, "utf-8"))
    on_page = norm(html.unescape(_TAGS.sub("", decoded))) or ""
    expected = load_expected(page)
    texts = [b["text"] for b in expected["paragraphs"]] + [r["title"] for r in expected["related"]]
    texts += [q["text"] for q in expected["quotes"]]
    missing = [t for t in texts if norm(t) not in on_page]
    assert not missing, missing
