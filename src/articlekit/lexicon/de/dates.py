"""German date words: month names, day names and the cues of date lines.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language, these first when ``Options.lang`` is "de".
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("januar", "jänner", "jan"), 1),
    **dict.fromkeys(("februar", "feber", "feb"), 2),
    **dict.fromkeys(("märz", "maerz", "mär", "mrz"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "mai": 5,
    **dict.fromkeys(("juni", "jun"), 6),
    **dict.fromkeys(("juli", "jul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("dezember", "dez"), 12),
}

#: day names and their abbreviations (skipped in front of a date: "Dienstag, 5. Dezember 2023")
DAYS: frozenset[str] = frozenset(
    {
        *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend"),
        *("mo", "di", "mi", "do", "fr", "sa", "so"),
    }
)

#: words that link a date to its time ("5. Dezember 2023 um 11:20")
TIME_CONNECTORS: frozenset[str] = frozenset({"um"})

#: cues opening a publication-date line, longest first ("Veröffentlicht am 5. Dezember 2023")
PUBLISHED_CUES: tuple[str, ...] = (
    "veröffentlicht am",
    "veröffentlicht",
    "erstellt am",
    "publiziert am",
    "datum:",
    "stand des artikels:",
    "stand:",
    "erschienen am",
)

#: cues opening a modification-date line, longest first ("Zuletzt aktualisiert am 5.12.2023")
MODIFIED_CUES: tuple[str, ...] = (
    "zuletzt aktualisiert am",
    "aktualisiert am",
    "aktualisiert",
    "letzte änderung",
    "zuletzt geändert am",
    "zuletzt geändert",
    "geändert am",
)

#: labels written before a date, alone in their element ("Datum", "Stand")
DATE_LABELS: frozenset[str] = frozenset(
    {"datum", "stand", "erstellt am", "veröffentlicht am", "veröffentlicht"}
)
