"""Dutch date words: month names, day names and the cues of date lines.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("januari", "jan"), 1),
    **dict.fromkeys(("februari", "febr", "feb"), 2),
    **dict.fromkeys(("maart", "mrt"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "mei": 5,
    **dict.fromkeys(("juni", "jun"), 6),
    **dict.fromkeys(("juli", "jul"), 7),
    **dict.fromkeys(("augustus", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}

#: day names (skipped in front of a date: "dinsdag 5 december 2023")
DAYS: frozenset[str] = frozenset(
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}
)

#: cues opening a publication-date line ("Gepubliceerd op 5 december 2023")
PUBLISHED_CUES: tuple[str, ...] = ("gepubliceerd op", "gepubliceerd")

#: cues opening a modification-date line ("Bijgewerkt op 5 december 2023")
MODIFIED_CUES: tuple[str, ...] = ("bijgewerkt op", "bijgewerkt")
