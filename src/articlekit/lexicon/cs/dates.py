"""Czech date words: month names.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("ledna", "leden"), 1),
    **dict.fromkeys(("února", "únor"), 2),
    **dict.fromkeys(("března", "březen"), 3),
    **dict.fromkeys(("dubna", "duben"), 4),
    **dict.fromkeys(("května", "květen"), 5),
    **dict.fromkeys(("června", "červen"), 6),
    **dict.fromkeys(("července", "červenec"), 7),
    **dict.fromkeys(("srpna", "srpen"), 8),
    "září": 9,
    **dict.fromkeys(("října", "říjen"), 10),
    **dict.fromkeys(("listopadu", "listopad"), 11),
    **dict.fromkeys(("prosince", "prosinec"), 12),
}
