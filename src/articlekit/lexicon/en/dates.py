"""English date words: month names, day names and the cues of date lines.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language, these first when ``Options.lang`` is "en".
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("january", "jan"), 1),
    **dict.fromkeys(("february", "feb"), 2),
    **dict.fromkeys(("march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "may": 5,
    **dict.fromkeys(("june", "jun"), 6),
    **dict.fromkeys(("july", "jul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("october", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}

#: day names and their abbreviations (skipped in front of a date: "Tuesday, December 5, 2023")
DAYS: frozenset[str] = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    }
)

#: suffixes written after a day number ("May 1st", "the 22nd")
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})

#: markers of afternoon hours ("1:30 PM")
PM_MARKS: frozenset[str] = frozenset({"pm", "p.m.", "p.m"})

#: words that link a date to its time ("December 5, 2023 at 11:20")
TIME_CONNECTORS: frozenset[str] = frozenset({"at"})

#: cues opening a publication-date line, longest first ("Published on December 5, 2023")
PUBLISHED_CUES: tuple[str, ...] = ("published on", "published", "posted on", "posted")

#: cues opening a modification-date line, longest first ("Last updated on December 5, 2023")
MODIFIED_CUES: tuple[str, ...] = (
    "last updated on",
    "last updated",
    "date of last revision",
    "last revised on",
    "last revised",
    "updated on",
    "updated",
)

#: labels written before a date, alone in their element ("Published", "Date")
DATE_LABELS: frozenset[str] = frozenset({"date", "published", "published on", "posted on", "posted"})
