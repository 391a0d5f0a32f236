"""Arabic date words: month names.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    **dict.fromkeys(("أبريل", "إبريل", "ابريل"), 4),
    "مايو": 5,
    **dict.fromkeys(("يونيو", "يونيه"), 6),
    **dict.fromkeys(("يوليو", "يوليه"), 7),
    **dict.fromkeys(("أغسطس", "اغسطس"), 8),
    "سبتمبر": 9,
    **dict.fromkeys(("أكتوبر", "اكتوبر"), 10),
    "نوفمبر": 11,
    "ديسمبر": 12,
}
