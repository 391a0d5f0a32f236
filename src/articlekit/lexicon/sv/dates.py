"""Swedish date words: month names.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("januari", "jan"), 1),
    **dict.fromkeys(("februari", "feb"), 2),
    "mars": 3,
    **dict.fromkeys(("april", "apr"), 4),
    "maj": 5,
    **dict.fromkeys(("juni", "jun"), 6),
    **dict.fromkeys(("juli", "jul"), 7),
    **dict.fromkeys(("augusti", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
