"""Turkish date words: month names and the cues of date lines.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    "ocak": 1,
    **dict.fromkeys(("şubat", "subat"), 2),
    "mart": 3,
    "nisan": 4,
    **dict.fromkeys(("mayıs", "mayis"), 5),
    "haziran": 6,
    "temmuz": 7,
    **dict.fromkeys(("ağustos", "agustos"), 8),
    **dict.fromkeys(("eylül", "eylul"), 9),
    "ekim": 10,
    **dict.fromkeys(("kasım", "kasim"), 11),
    **dict.fromkeys(("aralık", "aralik"), 12),
}

#: cues opening a publication-date line ("Yayınlanma tarihi: 05.04.2025")
PUBLISHED_CUES: tuple[str, ...] = ("yayınlanma tarihi", "yayınlanma")

#: cues opening a modification-date line ("Güncelleme: 05.04.2025")
MODIFIED_CUES: tuple[str, ...] = ("güncelleme tarihi", "güncelleme")
