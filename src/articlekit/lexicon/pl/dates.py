"""Polish date words: month names, day names and the cues of date lines.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language, these first when ``Options.lang`` is "pl".
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("stycznia", "styczeń"), 1),
    **dict.fromkeys(("lutego", "luty"), 2),
    **dict.fromkeys(("marca", "marzec"), 3),
    **dict.fromkeys(("kwietnia", "kwiecień"), 4),
    **dict.fromkeys(("maja", "maj"), 5),
    **dict.fromkeys(("czerwca", "czerwiec"), 6),
    **dict.fromkeys(("lipca", "lipiec"), 7),
    **dict.fromkeys(("sierpnia", "sierpień"), 8),
    **dict.fromkeys(("września", "wrzesień"), 9),
    **dict.fromkeys(("października", "październik"), 10),
    **dict.fromkeys(("listopada", "listopad"), 11),
    **dict.fromkeys(("grudnia", "grudzień"), 12),
}

#: day names (skipped in front of a date: "wtorek, 5 grudnia 2023")
DAYS: frozenset[str] = frozenset(
    {"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"}
)

#: cues opening a publication-date line ("Opublikowano 5 grudnia 2023", "Data publikacji: …")
PUBLISHED_CUES: tuple[str, ...] = ("opublikowano", "data publikacji")

#: cues opening a modification-date line ("Aktualizacja: 5 grudnia 2023")
MODIFIED_CUES: tuple[str, ...] = ("aktualizacja",)

#: labels written before a date, alone in their element ("Data")
DATE_LABELS: frozenset[str] = frozenset({"data"})
