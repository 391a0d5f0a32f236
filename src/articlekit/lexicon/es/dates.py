"""Spanish date words: month names, day names and the cues of date lines.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language, these first when ``Options.lang`` is "es".
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("enero", "ene"), 1),
    **dict.fromkeys(("febrero", "feb"), 2),
    **dict.fromkeys(("marzo", "mar"), 3),
    "abril": 4,
    **dict.fromkeys(("mayo", "may"), 5),
    **dict.fromkeys(("junio", "jun"), 6),
    **dict.fromkeys(("julio", "jul"), 7),
    **dict.fromkeys(("agosto", "ago"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "sep", "sept"), 9),
    **dict.fromkeys(("octubre", "oct"), 10),
    **dict.fromkeys(("noviembre", "nov"), 11),
    **dict.fromkeys(("diciembre", "dic"), 12),
}

#: day names (skipped in front of a date: "martes, 5 de diciembre de 2023")
DAYS: frozenset[str] = frozenset({"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"})

#: words written between the day, the month and the year ("2 de abril de 2020")
DATE_JOINERS: tuple[str, ...] = ("de", "del")

#: words that link a date to its time ("5 de diciembre de 2023 a las 11:20")
TIME_CONNECTORS: frozenset[str] = frozenset({"las"})

#: cues opening a publication-date line ("Publicado el 5 de diciembre de 2023")
PUBLISHED_CUES: tuple[str, ...] = ("publicado el", "publicado")

#: cues opening a modification-date line ("Actualizado el 5 de diciembre de 2023")
MODIFIED_CUES: tuple[str, ...] = ("actualizado el", "actualizado")

#: labels written before a date, alone in their element ("Fecha")
DATE_LABELS: frozenset[str] = frozenset({"fecha"})
