"""Italian date words: month names, day names and the cues of date lines.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("gennaio", "gen"), 1),
    **dict.fromkeys(("febbraio", "feb"), 2),
    **dict.fromkeys(("marzo", "mar"), 3),
    **dict.fromkeys(("aprile", "apr"), 4),
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    **dict.fromkeys(("agosto", "ago"), 8),
    **dict.fromkeys(("settembre", "set"), 9),
    **dict.fromkeys(("ottobre", "ott"), 10),
    **dict.fromkeys(("novembre", "nov"), 11),
    **dict.fromkeys(("dicembre", "dic"), 12),
}

#: day names (skipped in front of a date: "martedì 5 dicembre 2023")
DAYS: frozenset[str] = frozenset(
    {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"}
)

#: words that link a date to its time ("5 dicembre 2023 alle 11:20")
TIME_CONNECTORS: frozenset[str] = frozenset({"alle"})

#: cues opening a publication-date line ("Pubblicato il 5 dicembre 2023")
PUBLISHED_CUES: tuple[str, ...] = ("pubblicato il", "pubblicato")

#: cues opening a modification-date line ("Aggiornato il 5 dicembre 2023")
MODIFIED_CUES: tuple[str, ...] = ("aggiornato il", "aggiornato")

#: labels written before a date, alone in their element ("Data")
DATE_LABELS: frozenset[str] = frozenset({"data"})
