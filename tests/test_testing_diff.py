"""Field-by-field differences, their rendering, and assert_article_matches."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from articlekit.model import Article, Block, Quote, RelatedLink
from articlekit.testing import (
    GoldenError,
    assert_article_matches,
    compare,
    diff_goldens,
    format_differences,
    project,
    write_golden,
)
from articlekit.testing.diff import Difference, summary, visible, word_diff

LONG = "Les installations de panneaux solaires ont progressé de 38 % au premier semestre dans la région."


def _article(**changes: object) -> Article:
    """A reference Article, with some fields changed."""
    base = Article(
        headline="Titre",
        paragraphs=tuple(
            Block("paragraph", f"Paragraphe numéro {i}, assez long pour être reconnu.") for i in range(5)
        ),
        quotes=(Quote("Nous y arriverons", speaker="Claire Vasseur", cue="a déclaré", paragraph=1),),
        related=(RelatedLink("Autre article", "https://x.example/a", None, "Sur le même sujet"),),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_equal_articles_have_no_difference() -> None:
    assert compare(_article(), _article()) == []


def test_scalar_change_is_reported_with_its_path() -> None:
    diffs = compare(_article(headline="Autre"), _article())
    assert diffs == [Difference("headline", "changed", expected="Titre", actual="Autre")]
    assert diffs[0].field == "headline"


def test_inserted_paragraph_is_one_difference_not_a_cascade() -> None:
    paras = list(_article().paragraphs)
    paras.insert(2, Block("paragraph", "Publicité"))
    diffs = compare(_article(paragraphs=tuple(paras)), _article())
    assert [(d.path, d.kind) for d in diffs] == [("paragraphs[2]", "unexpected")]


def test_removed_and_edited_paragraphs() -> None:
    paras = list(_article().paragraphs)
    del paras[0]
    paras[1] = Block("paragraph", paras[1].text.replace("numéro", "n°"))
    diffs = compare(_article(paragraphs=tuple(paras)), _article())
    assert [(d.path, d.kind) for d in diffs] == [
        ("paragraphs[0]", "missing"),
        ("paragraphs[2→1].text", "changed"),
    ]


def test_nested_field_change() -> None:
    quote = dataclasses.replace(_article().quotes[0], speaker="Enedis")
    diffs = compare(_article(quotes=(quote,)), _article())
    assert [(d.path, d.expected, d.actual) for d in diffs] == [
        ("quotes[0].speaker", "Claire Vasseur", "Enedis")
    ]


def test_diff_goldens_on_plain_values() -> None:
    diffs = diff_goldens({"a": 1, "b": [1, 2]}, {"b": [1, 2, 3], "c": None})
    assert [(d.path, d.kind) for d in diffs] == [
        ("a", "missing"),
        ("b[2]", "unexpected"),
        ("c", "unexpected"),
    ]
    assert diff_goldens(1, 1.0) == [Difference("(value)", "changed", expected=1, actual=1.0)]


def test_word_diff_marks_changed_words_and_shortens_context() -> None:
    changed = LONG.replace("38 %", "40 %")
    assert "[-38-]{+40+}" in word_diff(LONG, changed)
    line = word_diff(LONG + " " + LONG, (LONG + " " + LONG).replace("région.", "zone.", 1))
    assert "…" in line and len(line) < len(LONG) * 2
    coloured = word_diff(LONG, changed, color=True)
    assert "\x1b[31m38\x1b[0m" in coloured and "\x1b[32m40\x1b[0m" in coloured


def test_invisible_spaces_are_spelt_out() -> None:
    assert visible("a\u00a0b\u202fc d") == "a⟨U+00A0⟩b⟨U+202F⟩c d"
    text = format_differences(diff_goldens({"t": "«\u00a0oui\u00a0»"}, {"t": "« oui »"}))
    assert "⟨U+00A0⟩" in text


def test_format_differences_reads_like_a_diff() -> None:
    paras = list(_article().paragraphs)
    paras[3] = Block("paragraph", LONG)
    text = format_differences(compare(_article(headline="Autre", paragraphs=tuple(paras)), _article()))
    lines = text.splitlines()
    assert lines[0] == "2 differences: headline, paragraphs  (- expected, + actual)"
    assert '    - "Titre"' in lines and '    + "Autre"' in lines
    assert any(line.strip().startswith("paragraphs[3]") for line in lines)
    assert "\x1b[" not in text
    assert "\x1b[1m" in format_differences(compare(_article(headline="Autre"), _article()), color=True)


def test_long_reports_can_be_cut() -> None:
    diffs = [Difference(f"tags[{i}]", "unexpected", actual=str(i)) for i in range(10)]
    text = format_differences(diffs, limit=3)
    assert text.splitlines()[0].startswith("10 differences: tags (10)")
    assert text.splitlines()[-1] == "  … and 7 more"
    assert "tags[3]" not in text
    assert "tags[9]" in format_differences(diffs, limit=0)


def test_summary_counts_per_field() -> None:
    diffs = [
        Difference("paragraphs[1]", "missing"),
        Difference("paragraphs[2]", "missing"),
        Difference("url", "changed"),
    ]
    assert summary(diffs) == "3 differences: paragraphs (2), url"


def test_project_keeps_fields_and_drops_ignored() -> None:
    golden = {"headline": "a", "quotes": [{"text": "x", "speaker": "y", "cue": "c"}], "images": []}
    assert project(golden, ["quotes.speaker"]) == {"quotes": [{"speaker": "y"}]}
    assert project(golden, None, ["quotes.cue", "images"]) == {
        "headline": "a",
        "quotes": [{"text": "x", "speaker": "y"}],
    }
    assert project(golden, ["quotes", "quotes.text"]) == {"quotes": golden["quotes"]}


def test_unknown_field_names_are_refused() -> None:
    with pytest.raises(GoldenError, match="has no field 'speakr'"):
        compare(_article(), _article(), fields=["quotes.speakr"])
    with pytest.raises(GoldenError, match="unknown field 'title'"):
        compare(_article(), _article(), ignore=["title"])
    with pytest.raises(GoldenError, match="not the string"):
        compare(_article(), _article(), fields="headline")


def test_assert_article_matches_passes_on_chosen_fields() -> None:
    assert_article_matches(_article(headline="Autre"), _article(), ignore=["headline"])
    assert_article_matches(_article(headline="Autre"), _article(), fields=["paragraphs", "quotes.speaker"])


def test_assert_article_matches_fails_with_readable_diff() -> None:
    quote = dataclasses.replace(_article().quotes[0], speaker=None)
    with pytest.raises(AssertionError) as info:
        assert_article_matches(_article(quotes=(quote,)), _article(), fields=["quotes"])
    message = str(info.value)
    assert "1 difference: quotes" in message
    assert "quotes[0].speaker" in message
    assert '- "Claire Vasseur"' in message and "+ null" in message


def test_expected_may_be_a_golden_file(tmp_path: Path) -> None:
    path = tmp_path / "a.html.golden.json"
    write_golden(path, _article())
    assert_article_matches(_article(), path)
    assert_article_matches(_article().to_dict(), str(path))
    with pytest.raises(AssertionError, match="headline"):
        assert_article_matches(_article(headline="Autre"), path)
    with pytest.raises(GoldenError):
        assert_article_matches(_article(), 42)  # type: ignore[arg-type]
