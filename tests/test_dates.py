"""Tests of articlekit.dates: ISO and French fast paths, dateparser fallback, date lines."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from articlekit.dates import (
    date_line_kind,
    find_date_in_text,
    later_cue_dates,
    parse_date,
    parse_structured_date,
)
from articlekit.lexicon import get

LEX = get("fr")
PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-12-05", dt.date(2023, 12, 5)),
        ("20231205", dt.date(2023, 12, 5)),
        ("24 avril 2024", dt.date(2024, 4, 24)),
        ("Mercredi 24 Avril 2024", dt.date(2024, 4, 24)),
        ("24/04/2024", dt.date(2024, 4, 24)),
        ("05/12/2023", dt.date(2023, 12, 5)),
        ("05.12.23", dt.date(2023, 12, 5)),
        ("2023/12/05", dt.date(2023, 12, 5)),
        ("mar. 5 déc. 2023", dt.date(2023, 12, 5)),
        ("1er mai 2024", dt.date(2024, 5, 1)),
        ("le 14\u00a0juillet\u00a02022", dt.date(2022, 7, 14)),
    ],
)
def test_dates_without_time_stay_dates(text: str, expected: dt.date) -> None:
    """A date with no time is a plain date, read day before month."""
    found = parse_date(text, lex=LEX, tz="Europe/Paris")
    assert found == expected
    assert type(found) is dt.date


@pytest.mark.parametrize(
    "text",
    [
        "Publié le 5 décembre 2023 à 11h20",
        "Publié le mardi 5 décembre 2023 à 11h20",
        "le 5 déc. 2023 à 11h20",
        "05/12/2023 à 11:20",
        "5 décembre 2023 à 11 h 20",
        "Mis à jour le 05/12/2023 - 11h20",
    ],
)
def test_time_without_offset_takes_the_given_zone(text: str) -> None:
    """A time without offset is placed in the zone the caller gives."""
    assert parse_date(text, lex=LEX, tz="Europe/Paris") == dt.datetime(2023, 12, 5, 11, 20, tzinfo=PARIS)
    found = parse_date(text, lex=LEX, tz="Europe/Paris")
    assert isinstance(found, dt.datetime)
    assert found.utcoffset() == dt.timedelta(hours=1)


def test_iso_keeps_the_page_offset() -> None:
    """An ISO datetime keeps its own offset and day, whatever zone the caller gives."""
    found = parse_date("2023-12-05T23:30:00-05:00", lex=LEX, tz="Europe/Paris")
    assert isinstance(found, dt.datetime)
    assert found.date() == dt.date(2023, 12, 5)
    assert found.utcoffset() == dt.timedelta(hours=-5)
    utc = parse_date("2023-12-05T11:20:00.000Z", lex=LEX)
    assert utc == dt.datetime(2023, 12, 5, 11, 20, tzinfo=dt.timezone.utc)


def test_yearless_date_is_the_latest_past_one() -> None:
    """ "1er mai" is the last 1 May not in the future, or the year the caller gives."""
    found = parse_date("1er mai", lex=LEX)
    assert isinstance(found, dt.date)
    assert (found.month, found.day) == (5, 1)
    assert found <= dt.date.today()
    assert parse_date("1er mai", lex=LEX, year=2021) == dt.date(2021, 5, 1)


@pytest.mark.parametrize("text", ["", None, "bonjour", "32/13/2024", "Il y a du monde", "31 février 2024"])
def test_non_dates_give_none(text: str | None) -> None:
    """Texts that are no date give None, never an exception."""
    assert parse_date(text, lex=LEX) is None


def test_structured_dates_in_other_languages() -> None:
    """Machine-written values in English or German, and epoch seconds, are read too."""
    assert parse_structured_date("Tuesday, March 5, 2020", lex=LEX) == dt.date(2020, 3, 5)
    assert parse_structured_date("5. März 2020", lex=LEX) == dt.date(2020, 3, 5)
    rfc = parse_structured_date("Thu, 05 Mar 2020 10:00:00 GMT", lex=LEX)
    assert rfc == dt.datetime(2020, 3, 5, 10, 0, tzinfo=dt.timezone.utc)
    assert parse_structured_date("1583366400", lex=LEX) == dt.datetime(2020, 3, 5, tzinfo=dt.timezone.utc)


def test_find_date_in_a_byline() -> None:
    """The first date of a line is found, and prose numbers are not dates."""
    line = "Par Jean Dupont | Publié le 24/04/2024 à 10h30, mis à jour le 25/04/2024"
    found = find_date_in_text(line, LEX, "Europe/Paris")
    assert found == dt.datetime(2024, 4, 24, 10, 30, tzinfo=PARIS)
    assert find_date_in_text("Il y avait 12 personnes en 2023", LEX) is None
    assert find_date_in_text("Le mercredi 24 avril 2024", LEX) == dt.date(2024, 4, 24)


def test_date_line_kind() -> None:
    """The cue opening a line tells publication from update."""
    assert date_line_kind("Publié le 5 décembre 2023", LEX) == "published"
    assert date_line_kind("Mis à jour le 5 décembre 2023", LEX) == "modified"
    assert date_line_kind("Dernière mise à jour : 5 décembre", LEX) == "modified"
    assert date_line_kind("Jean Dupont", LEX) is None


def test_east_asian_year_month_day_marks() -> None:
    """ "2019年3月8日" and "2020년 3월 4일" are read by their year/month/day marks."""
    assert parse_date("2019年3月8日", lex=LEX) == dt.date(2019, 3, 8)
    found = find_date_in_text("発表 2020년 3월 4일 16:52", LEX, "Asia/Seoul")
    assert found == dt.datetime(2020, 3, 4, 16, 52, tzinfo=ZoneInfo("Asia/Seoul"))


def test_foreign_month_names_need_a_year() -> None:
    """English/German month names are read beside a year; "April" alone stays a name."""
    assert find_date_in_text("Samstag, 19. Juli 2014", LEX) == dt.date(2014, 7, 19)
    assert find_date_in_text("December 27, 2014 at 1:06 PM", LEX, "Europe/Paris") == dt.datetime(
        2014, 12, 27, 13, 6, tzinfo=PARIS
    )
    assert find_date_in_text("April Glaser wrote 3 pieces", LEX) is None


def test_relative_dates_are_refused() -> None:
    """A date relative to an unknown reading day ("il y a 3 heures") is no date."""
    assert parse_date("il y a 3 heures", lex=LEX) is None


def test_machine_slashed_dates_are_month_first() -> None:
    """Structured values written "11/01/2023" are month first; text for readers stays day first."""
    assert parse_structured_date("11/01/2023 12:43:42", lex=LEX).date() == dt.date(2023, 11, 1)
    assert parse_structured_date("2/28/2020", lex=LEX) == dt.date(2020, 2, 28)
    # text written for readers keeps the day first
    assert parse_date("11/01/2023", lex=LEX) == dt.date(2023, 1, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jueves 2 de abril de 2020", dt.date(2020, 4, 2)),
        ("Miércoles, 15 de Abril de 2020", dt.date(2020, 4, 15)),
        ("15 kwietnia 2020", dt.date(2020, 4, 15)),
        ("5 мая 2020", dt.date(2020, 5, 5)),
        ("12 Nisan 2021", dt.date(2021, 4, 12)),
        ("الأربعاء، 07 أكتوبر 2020", dt.date(2020, 10, 7)),
        ("4.\u20092.\u20092022.", dt.date(2022, 2, 4)),
        ("3 maart 2019", dt.date(2019, 3, 3)),
    ],
)
def test_dates_in_other_languages_and_spacings(text: str, expected: dt.date) -> None:
    """Spanish "de" joiners, Polish/Russian genitives, Turkish, Arabic months, spaced German numbers."""
    assert find_date_in_text(text, LEX) == expected


def test_spaced_numbers_need_a_four_digit_year() -> None:
    """ "Platz 1. 2. 20" is a ranking, not a date: the spaced shape needs a four-digit year."""
    assert find_date_in_text("Platz 1. 2. 20 Teilnehmer", LEX) is None


def test_other_language_cues_open_date_lines() -> None:
    """German "Erschienen am" publishes, "Letzte Änderung" modifies."""
    assert date_line_kind("Erschienen am: 01.11.2023", LEX) == "published"
    assert date_line_kind("Letzte Änderung: 31.10.2023", LEX) == "modified"


def test_later_cue_dates_pairs_each_date_with_its_cue() -> None:
    """A line with two cues gives the date after the second one with its kind."""
    line = "Mis à jour le 6 mai 2024 à 10h00, publié le 5 mai 2024 à 8h00"
    assert later_cue_dates(line, LEX, "Europe/Paris") == [
        ("published", dt.datetime(2024, 5, 5, 8, 0, tzinfo=PARIS))
    ]
    assert later_cue_dates("Publié le 5 mai 2024", LEX) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-5-5 22:17:36", dt.datetime(2022, 5, 5, 22, 17, 36, tzinfo=PARIS)),
        ("2022-05-6T12:00:00.000Z", dt.datetime(2022, 5, 6, 12, 0, tzinfo=dt.timezone.utc)),
        ("2022-5-5", dt.date(2022, 5, 5)),
        ("Fri Feb 18 10:27:24 2022", dt.datetime(2022, 2, 18, 10, 27, 24, tzinfo=PARIS)),
        (
            "Wed Aug 05 14:51:16 EDT 2015",
            dt.datetime(2015, 8, 5, 14, 51, 16, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        ("Fri Sep 30 15:13:45 UTC+0000 2016", dt.datetime(2016, 9, 30, 15, 13, 45, tzinfo=dt.timezone.utc)),
    ],
)
def test_machine_dates_read_without_dateparser(text: str, expected: dt.datetime) -> None:
    """Unpadded ISO and the C/JavaScript clock-first form are read by the fast paths, zones kept."""
    assert parse_structured_date(text, lex=LEX, tz="Europe/Paris") == expected


def test_dateparser_is_asked_once_per_text() -> None:
    """A text only dateparser reads is handed to it once, then answered from memory."""
    import articlekit.dates as dates_module

    dates_module._dateparser_memo.cache_clear()
    first = dates_module._dateparser("5 Juni 2016 14:00", None, "Europe/Paris")
    assert first == dt.datetime(2016, 6, 5, 14, 0, tzinfo=PARIS)
    before = dates_module._dateparser_memo.cache_info().hits
    assert dates_module._dateparser("5 Juni 2016 14:00", None, "Europe/Paris") == first
    assert dates_module._dateparser_memo.cache_info().hits == before + 1


def test_dateparser_not_asked_without_a_day_number() -> None:
    """A year alone beside words ("Classification 1992") is no date: dateparser would invent the day."""
    assert parse_structured_date("New Zealand Standard Areas Classification 1992", lex=LEX) is None


def test_machine_year_month_day_separated_by_spaces() -> None:
    """ "2016 12 12 14:00:00" is read as year, month, day."""
    found = parse_structured_date("2016 12 12 14:00:00", lex=LEX, tz="Europe/Paris")
    assert found == dt.datetime(2016, 12, 12, 14, 0, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/08/2023", dt.date(2023, 11, 8)),
        ("3/09/15", dt.date(2015, 3, 9)),
        ("11-08-2023", dt.date(2023, 11, 8)),
        ("24/04/2024", dt.date(2024, 4, 24)),  # no month 24: read the only way it can be
        ("11.08.2023", dt.date(2023, 8, 11)),  # dotted dates are written day first, even there
        ("2023/11/08", dt.date(2023, 11, 8)),
    ],
)
def test_month_first_numeric_dates(text: str, expected: dt.date) -> None:
    """On a US page "11/08/2023" is November 8; day-first elsewhere, and dotted dates stay day first."""
    assert parse_date(text, lex=LEX, month_first=True) == expected
    assert find_date_in_text(f"Posted {text}", LEX, month_first=True) == expected


def test_day_first_by_default() -> None:
    """Without a US page, "11/08/2023" is 11 August (the French reading)."""
    assert parse_date("11/08/2023", lex=LEX) == dt.date(2023, 8, 11)
    assert parse_structured_date("05-04-2021", lex=LEX) == dt.date(2021, 4, 5)
    assert parse_structured_date("05-04-2021", lex=LEX, month_first=True) == dt.date(2021, 5, 4)
    found = later_cue_dates("Published 11/08/2023 | Updated 11/09/2023", LEX, month_first=True)
    assert found == [("modified", dt.date(2023, 11, 9))]


def test_an_english_month_that_is_a_french_day_abbreviation_stays_a_month() -> None:
    """ "Mar 28, 2020" is March 28th (it once lost "Mar" as mardi, and dateparser took today's month)."""
    lex = get("fr")
    found = parse_structured_date("Mar 28, 2020, 06:15 PM IST", lex=lex)
    assert found is not None and (found.year, found.month, found.day) == (2020, 3, 28)
    weekday = parse_structured_date("mar. 28 mai 2020", lex=lex)
    assert weekday is not None and (weekday.year, weekday.month, weekday.day) == (2020, 5, 28)
