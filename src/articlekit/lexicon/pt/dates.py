"""Portuguese date words: month names and the cues of date lines.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("janeiro", "jan"), 1),
    **dict.fromkeys(("fevereiro", "fev"), 2),
    **dict.fromkeys(("março", "marco", "mar"), 3),
    "abril": 4,
    **dict.fromkeys(("maio", "mai"), 5),
    **dict.fromkeys(("junho", "jun"), 6),
    **dict.fromkeys(("julho", "jul"), 7),
    **dict.fromkeys(("agosto", "ago"), 8),
    **dict.fromkeys(("setembro", "set"), 9),
    "outubro": 10,
    **dict.fromkeys(("novembro", "nov"), 11),
    **dict.fromkeys(("dezembro", "dez"), 12),
}

#: words written between the day, the month and the year ("2 de abril de 2020")
DATE_JOINERS: tuple[str, ...] = ("de",)

#: words that link a date to its time ("5 de dezembro de 2023 às 11h20")
TIME_CONNECTORS: frozenset[str] = frozenset({"às"})

#: cues opening a publication-date line ("Publicado em 5 de dezembro de 2023")
PUBLISHED_CUES: tuple[str, ...] = ("publicado em", "publicada em", "publicado")

#: cues opening a modification-date line ("Atualizado em 5 de dezembro de 2023")
MODIFIED_CUES: tuple[str, ...] = ("atualizado em",)

#: labels written before a date, alone in their element ("Data")
DATE_LABELS: frozenset[str] = frozenset({"data"})
