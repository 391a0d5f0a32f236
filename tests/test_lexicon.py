"""Tests of articlekit.lexicon: language discovery, partial (date-only) languages, the union of date words."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from articlekit import lexicon
from articlekit.dates import date_data, date_line_kind, parse_date
from articlekit.errors import InputError


def test_languages_are_found_on_disk() -> None:
    """Every package under lexicon/ is a language, full or partial; none is listed by hand."""
    langs = lexicon.languages()
    assert {"fr", "en", "de", "es", "pl"} <= set(langs)
    assert {"ru", "tr", "ar"} <= set(lexicon.date_languages())
    assert langs == tuple(sorted(langs))


def test_a_date_only_language_is_no_lexicon() -> None:
    """A package holding only dates.py is read for dates, but get() refuses it with a clear InputError."""
    with pytest.raises(InputError, match="only has its date words"):
        lexicon.get("ru")
    with pytest.raises(InputError, match="no lexicon for language 'xx'"):
        lexicon.get("xx")


def test_every_date_constant_is_gathered() -> None:
    """Each name of DATE_WORDS is defined by at least one language."""
    words = lexicon.date_words("fr")
    for name in lexicon.DATE_WORDS:
        assert getattr(words, name), name


def test_french_file_holds_no_other_language() -> None:
    """Month names of the other languages live in their own packages, not in the French file."""
    fr = importlib.import_module("articlekit.lexicon.fr.dates")
    assert "december" not in fr.MONTHS and "мая" not in fr.MONTHS
    assert not [name for name in vars(fr) if name.startswith("OTHER_")]
    assert lexicon.date_words("fr").MONTHS["мая"] == 5
    assert lexicon.date_words("fr").MONTHS["december"] == 12


def test_own_language_comes_first() -> None:
    """The page lexicon's own words lead: its cues first, and its month number wins a shared word."""
    fr_words = lexicon.date_words("fr")
    en_words = lexicon.date_words("en")
    assert fr_words.PUBLISHED_CUES[0] == "publié aujourd'hui le"
    assert en_words.PUBLISHED_CUES[0] == "published on"
    assert set(fr_words.PUBLISHED_CUES) == set(en_words.PUBLISHED_CUES)


def test_no_word_names_two_months() -> None:
    """A month word listed by several languages names the same month in each (the union is unambiguous)."""
    seen: dict[str, tuple[str, int]] = {}
    for lang in lexicon.date_languages():
        module = importlib.import_module(f"articlekit.lexicon.{lang}.dates")
        for word, month in getattr(module, "MONTHS", {}).items():
            assert word == word.lower(), (lang, word)
            if word in seen:
                assert seen[word][1] == month, (word, seen[word], lang)
            seen[word] = (lang, month)


def test_date_data_keeps_byline_words_for_a_lexicon_without_them() -> None:
    """English has date words but no byline data yet: date_data gives the French byline constants."""
    en = lexicon.get("en")
    fr_dates = lexicon.get("fr").dates
    assert date_data(en).BYLINE_PREFIXES == fr_dates.BYLINE_PREFIXES
    assert "déc" in date_data(en).MONTHS and "december" in date_data(en).MONTHS


def test_own_month_names_read_without_a_year() -> None:
    """A yearless date is read only in the lexicon's own language ("5 December" with the English one)."""
    assert parse_date("5 December", lex=lexicon.get("fr")) is None
    found = parse_date("5 December", lex=lexicon.get("en"), year=2023)
    assert found == dt.date(2023, 12, 5)


def test_date_words_of_a_partial_language_are_read_on_any_page() -> None:
    """Turkish (dates only) cues and Polish day names join the French lexicon's reading."""
    fr = lexicon.get("fr")
    assert date_line_kind("Güncelleme : 05.04.2025", fr) == "modified"
    assert "wtorek" in date_data(fr).DAYS and "dinsdag" in date_data(fr).DAYS
