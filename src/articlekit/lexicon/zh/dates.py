"""Chinese date words: year, month and day marks.

Keys are lower-case. ``lexicon.date_words`` reads them with every other language's on pages
in any language.
"""

from __future__ import annotations

#: year, month and day marks ("2019年3月8日")
YMD_MARKS: tuple[tuple[str, str, str], ...] = (("年", "月", "日"),)
