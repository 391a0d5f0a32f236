"""Greek date words: month names.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    "ιανουαρίου": 1,
    "φεβρουαρίου": 2,
    "μαρτίου": 3,
    "απριλίου": 4,
    "μαΐου": 5,
    "ιουνίου": 6,
    "ιουλίου": 7,
    "αυγούστου": 8,
    "σεπτεμβρίου": 9,
    "οκτωβρίου": 10,
    "νοεμβρίου": 11,
    "δεκεμβρίου": 12,
}
