"""Russian date words: month names.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: month name or abbreviation -> month number (lower-case; abbreviations without their dot)
MONTHS: dict[str, int] = {
    **dict.fromkeys(("января", "январь", "янв"), 1),
    **dict.fromkeys(("февраля", "февраль", "фев"), 2),
    **dict.fromkeys(("марта", "март", "мар"), 3),
    **dict.fromkeys(("апреля", "апрель", "апр"), 4),
    **dict.fromkeys(("мая", "май"), 5),
    **dict.fromkeys(("июня", "июнь", "июн"), 6),
    **dict.fromkeys(("июля", "июль", "июл"), 7),
    **dict.fromkeys(("августа", "август", "авг"), 8),
    **dict.fromkeys(("сентября", "сентябрь", "сен", "сент"), 9),
    **dict.fromkeys(("октября", "октябрь", "окт"), 10),
    **dict.fromkeys(("ноября", "ноябрь", "ноя"), 11),
    **dict.fromkeys(("декабря", "декабрь", "дек"), 12),
}
