"""Date parsing: ISO and common French shapes by regex, dateparser (loaded lazily) for the rest.

Entry points, stable for every stage:

* ``parse_date(text, *, lex, tz=None)`` -> ``datetime | date | None`` for a text that *is* a date
  ("2023-12-05T11:20:00+01:00", "Mercredi 24 Avril 2024", "24/04/2024", "le 5 déc. 2023 à 11h20", "1er mai").
* ``parse_structured_date(text, *, lex, tz=None)`` for values of JSON-LD / <meta> / <time datetime>:
  ISO first, then any language through dateparser (pages of the corpus are multilingual).
* ``find_date_in_text(text, lex, tz=None)`` for a line that *contains* a date ("Publié le … à 11h20").
* ``date_line_kind(text, lex)`` -> "published" | "modified" | None: which cue opens a date line.
* ``later_cue_dates(text, lex, tz=None)`` -> the (kind, date) pairs that follow a cue past a line's start.

A value with a time is timezone-aware: the page's own offset when it gives one, else ``tz``
(an IANA name such as "Europe/Paris", or a tzinfo); a date alone stays a ``datetime.date``.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import re
import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache
from itertools import groupby
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Literal

from .lexicon import DATE_WORDS, Lexicon, date_words
from .lexicon import get as get_lexicon

DateValue = dt.datetime | dt.date
TzLike = str | dt.tzinfo | None
LineKind = Literal["published", "modified"]

FOREIGN_LANGUAGES = ("en", "de", "es", "it", "pt", "nl")
OPENING_CHARS = 3
#: UTC offsets of the zone abbreviations machine dates carry ("Wed Aug 05 14:51:16 EDT 2015")
ZONE_HOURS = {
    **dict.fromkeys(("UTC", "GMT", "Z", "UT", "WET"), 0),
    **{"BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "JST": 9, "KST": 9},
    **{"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7},
    **{"AEST": 10, "AEDT": 11},
}
DATEPARSER_MEMO = 4096
MIN_YEAR = 1900
MAX_YEAR = 2100

_ISO = re.compile(
    r"(?P<y>\d{4})-?(?P<mo>\d{2})-?(?P<d>\d{2})"
    r"(?:[T\s]+(?P<h>\d{1,2}):?(?P<mi>\d{2})(?::?(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<mo>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?![\d/.-]*\d)")
_MONTH_FIRST = re.compile(
    r"(?<![\w])(?P<mo>[^\W\d_]{3,})\.?\s+(?P<d>\d{1,2})(?P<suf>[^\W\d_]{2})?,?\s+(?P<y>\d{4})(?!\d)"
)
_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})\s*(?P<sep>:|[^\W\d_])\s*(?P<mi>\d{2})?(?::(?P<s>\d{2}))?(?![\d:])"
    r"(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2}))?"
)
# "4. 2. 2022" (German, spaced): only with a four-digit year, so "Platz 1. 2. 20" is no date
_NUMERIC_SPACED = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\. (?P<mo>\d{1,2})\. (?P<y>\d{4})(?!\d)")
# ISO with a one-digit month or day ("2022-5-5 22:17:36"), only with dashes
_ISO_LOOSE = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T\s]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
# "Fri Feb 18 10:27:24 2022", "Wed Aug 05 14:51:16 EDT 2015", "Fri Sep 30 15:13:45 UTC+0000 2016"
_CLOCK_FIRST = re.compile(
    r"(?:[^\W\d_]{2,9},?\s+)?(?P<mo>[^\W\d_]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+"
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\s*(?P<zone>[A-Za-z]{1,5})?(?P<off>[+-]\d{2}:?\d{2})?)?\s+(?P<y>\d{4})"
)
_YMD = re.compile(r"(?<![\d/.-])(?P<y>\d{4})[/.](?P<mo>\d{1,2})[/.](?P<d>\d{1,2})(?![\d/.-]*\d)")
_PUNCT = re.compile(r"[\W_]*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NUMBERS = re.compile(r"\d+")
_ISO_ANYWHERE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
# machine values written with slashes and the year last follow the US order (.NET, PHP "m/d/Y")
_MACHINE_MDY = re.compile(r"(?P<mo>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{4})(?=$|[\sT])")
# machine values written "2016 12 12 14:00:00" (year, month, day separated by spaces)
_MACHINE_YMD_SPACED = re.compile(r"(?P<y>\d{4}) (?P<mo>0?[1-9]|1[0-2]) (?P<d>0?[1-9]|[12]\d|3[01])(?=$| )")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")  # what the shapes' \d match (any decimal digit)
_NO_MONTHS: Mapping[str, int] = MappingProxyType({})
# a number of five digits or more is no day, month, year, hour or minute, unless it is a fraction
# of a second ("10:15:00.123456") or has an epoch's length (seconds, milli-, microseconds)
_LONG_NUMBER = re.compile(r"(?<!\d)(?<!:\d\d[.,])(?!(?:\d{10}|\d{13}|\d{16})(?!\d))\d{5,}")
# a machine date and time with a zone after it ("2018-10-29T10:15-500")
_ISO_ZONED = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?P<zone>\s*[+-]\d+(?::\d+)?)"
)
# what dateparser's clean-up removes with words around it: text before "on:" (date.sanitize_date),
# text after a "UTC+hh:mm" / "GMT-hhmm" zone (timezones.py)
_DATEPARSER_REMOVES = re.compile(r"on:|utc|gmt", re.IGNORECASE)
# upper-case Roman numerals, which dateparser may read as a year ("MMXX")
_ROMAN = re.compile(r"[MDCLXVI]+")
_REGEX_SYNTAX = dict.fromkeys(map(ord, "\\()?:|[]*+{}^$."))  # deleted by str.translate
# an escape in Python source that may write a letter ("\u00e9", "\xe9", "\N{…}")
_LETTER_ESCAPE = re.compile(r"\\(?:[uUxN])")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
#: dateparser's modules (from its site-packages directory) whose strings may be words of any language
_DATEPARSER_WORD_MODULES = (
    "dateparser/languages/dictionary.py",
    "dateparser/languages/locale.py",
    "dateparser/timezones.py",
    "dateparser_data/settings.py",
)
#: the separators of US numeric dates ("11/08/2023", "11-08-2023"); "11.08.2023" is written day first
_MONTH_FIRST_SEPARATORS = "/-"


def date_data(lex: Lexicon) -> ModuleType:
    """The words dates and bylines are read with on pages of `lex` (one module, the French names).

    Its date constants (`lexicon.DATE_WORDS`) are every language's, `lex`'s own first
    (`lexicon.date_words`): pages in any language are read. The other constants (bylines, credits…)
    are those of `lex`'s dates module, the French ones for each it lacks.
    """
    return _data_of(lex.dates, lex.lang)


@cache
def _data_of(own: ModuleType, lang: str) -> ModuleType:
    """The module `date_data` gives for a lexicon's dates module `own` (built once per lexicon)."""
    out = ModuleType(f"{own.__name__}[all dates]")
    for module in (get_lexicon("fr").dates, own):
        for name, value in vars(module).items():
            if name.isupper():
                setattr(out, name, value)
    words = date_words(lang)
    for name in DATE_WORDS:
        setattr(out, name, getattr(words, name))
    return out


def _own_months(lex: Lexicon) -> Mapping[str, int]:
    """The month names of `lex`'s own language alone (none when its dates module lists none)."""
    return getattr(lex.dates, "MONTHS", _NO_MONTHS)


def _own_days(lex: Lexicon) -> frozenset[str]:
    """The day names of `lex`'s own language alone (none when its dates module lists none)."""
    return getattr(lex.dates, "DAYS", frozenset())


def _norm(text: str) -> str:
    """Fold a date text to NFC with single plain spaces (no-break spaces included)."""
    if not text.isascii():  # NFC leaves ASCII as it is
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())  # str.split() splits on what the regex \s+ matches


def _zone(tz: TzLike) -> dt.tzinfo | None:
    """Turn an IANA name or tzinfo into a tzinfo (None when unknown or not given)."""
    if tz is None or isinstance(tz, dt.tzinfo):
        return tz
    return _named_zone(tz)


@cache
def _named_zone(name: str) -> dt.tzinfo | None:
    """Load an IANA time zone once (None when the name is unknown)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _offset(text: str | None) -> dt.tzinfo | None:
    """Read "Z", "UTC", "+01:00" or "+0100" into a fixed-offset tzinfo."""
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _build(
    y: int, mo: int, d: int, hms: tuple[int, int, int] | None, offset: dt.tzinfo | None, tz: TzLike
) -> DateValue | None:
    """Make a date, or an aware datetime when a time is given; None when the fields are impossible."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        if hms is None:
            return dt.date(y, mo, d)
        return dt.datetime(y, mo, d, *hms, tzinfo=offset or _zone(tz))
    except ValueError:
        return None


def _full_year(y: str) -> int:
    """Expand a two-digit year ("23" -> 2023, "98" -> 1998)."""
    n = int(y)
    if len(y) == 4:
        return n
    return 2000 + n if n < 70 else 1900 + n


def _parse_iso(text: str, tz: TzLike) -> DateValue | None:
    """Read an ISO 8601 date or datetime at the start of `text` ("2022-5-5 22:17:36" too)."""
    m = _ISO.match(text) or _ISO_LOOSE.match(text)
    if m is None or (m.end() < len(text) and text[m.end()].isdigit()):
        return None
    hms = None
    if m["h"] is not None:
        hms = (int(m["h"]), int(m["mi"]), int(m["s"] or 0))
        if hms[0] > 23 or hms[1] > 59 or hms[2] > 59:
            return None
    return _build(int(m["y"]), int(m["mo"]), int(m["d"]), hms, _offset(m["tz"]), tz)


def _time_after(text: str, lex: Lexicon) -> tuple[tuple[int, int, int] | None, dt.tzinfo | None]:
    """Read the time written right after a date ("à 11h20", "- 11:20", ", 8 h"), if any."""
    words = text.split(" ")
    skip = 0
    while skip < min(len(words), 3) and (_PUNCT.fullmatch(words[skip]) or _is_filler(words[skip], lex)):
        skip += 1
    rest = " ".join(words[skip:])
    m = _TIME.match(rest)
    if m is None:
        return None, None
    sep = m["sep"].lower()
    if sep != ":" and sep not in date_data(lex).HOUR_MARKS:
        return None, None
    if sep == ":" and m["mi"] is None:
        return None, None
    h, mi, s = int(m["h"]), int(m["mi"] or 0), int(m["s"] or 0)
    after = rest[m.end() :].split(" ", 2)
    if h < 12 and len(after) > 1 and after[1].lower().strip(",") in date_data(lex).PM_MARKS:
        h += 12  # "1:30 PM"
    if h > 23 or mi > 59 or s > 59:
        return None, None
    return (h, mi, s), _offset(m["tz"])


def _is_filler(word: str, lex: Lexicon) -> bool:
    """Tell whether `word` only links a date to its time ("à", "le")."""
    w = word.lower().strip(",")
    return w in date_data(lex).TIME_CONNECTORS or w in date_data(lex).FILLER_WORDS


def _parse_numeric(text: str, lex: Lexicon, tz: TzLike, month_first: bool = False) -> DateValue | None:
    """Read "24/04/2024", "05.12.23" or "5-12-2023" (day before month), with an optional time after.

    `month_first`: the page writes US dates, "11/08/2023" is November 8 (dotted dates stay day-first).
    """
    m = _first_numeric_match(text)
    if m is None:
        return None
    d, mo = int(m["d"]), int(m["mo"])
    if month_first and m.re is _NUMERIC and text[m.end("d")] in _MONTH_FIRST_SEPARATORS:
        d, mo = mo, d
    if mo > 12 and d <= 12:  # "12/24/2024": only a month-first reading makes sense
        d, mo = mo, d
    hms, offset = _time_after(text[m.end() :].strip(), lex)
    return _build(_full_year(m["y"]), mo, d, hms, offset, tz)


def _month(word: str, lex: Lexicon, *, foreign: bool) -> int | None:
    """The month a word names (in `lex`'s language; in any language, its own first, when `foreign`)."""
    return (date_data(lex).MONTHS if foreign else _own_months(lex)).get(word.lower())


@cache
def _word_month_pattern(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of "5 décembre 2023" / "2 de abril de 2020": day, month name, optional year."""
    join = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    opt = rf"(?:(?:{join})\s+)?" if join else ""
    return re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})(?P<suf>[^\W\d_]{{1,3}})?\.?\s+{opt}(?P<mo>[^\W\d_]{{3,}})\.?,?"
        rf"(?:\s+{opt}(?P<y>\d{{4}}))?(?!\d)"
    )


def _word_dates(text: str, lex: Lexicon) -> list[tuple[int, int, int, int, int | None]]:
    """(start, end, day, month, year or None) of each "5 décembre 2023" / "December 5, 2023" in `text`."""
    found: list[tuple[int, int, int, int, int | None]] = []
    for m in _word_month_pattern(date_data(lex).DATE_JOINERS).finditer(text):
        suffix = (m["suf"] or "").lower()
        month = _month(m["mo"], lex, foreign=bool(m["y"]))
        if month is not None and (not suffix or suffix in date_data(lex).ORDINAL_SUFFIXES):
            found.append((m.start(), m.end(), int(m["d"]), month, int(m["y"]) if m["y"] else None))
    for m in _MONTH_FIRST.finditer(text):
        suffix = (m["suf"] or "").lower()
        month = _month(m["mo"], lex, foreign=True)
        if month is not None and (not suffix or suffix in date_data(lex).ORDINAL_SUFFIXES):
            found.append((m.start(), m.end(), int(m["d"]), month, int(m["y"])))
    return sorted(found)


def _parse_words(text: str, lex: Lexicon, tz: TzLike, year: int | None) -> DateValue | None:
    """Read "mardi 5 décembre 2023 à 11h20", "24 Avril 2024", "5 déc. 2023", "1er mai", "May 5, 2023"."""
    for _, end, d, month, y in _word_dates(text, lex):
        hms, offset = _time_after(text[end:].strip(), lex)
        y = y or year
        if y is None:
            return _yearless(d, month, hms, offset, tz)
        found = _build(y, month, d, hms, offset, tz)
        if found is not None:
            return found
    return None


def _yearless(
    d: int, month: int, hms: tuple[int, int, int] | None, offset: dt.tzinfo | None, tz: TzLike
) -> DateValue | None:
    """Place "1er mai" in the most recent year where it is not in the future (as news pages mean it)."""
    today = dt.date.today()
    y = today.year if (month, d) <= (today.month, today.day) else today.year - 1
    return _build(y, month, d, hms, offset, tz)


def _dateparser(text: str, lex: Lexicon | None, tz: TzLike, month_first: bool = False) -> DateValue | None:
    """Last resort: dateparser (imported here, it is slow to load), day before month unless `month_first`."""
    if _YEAR.search(text) is None:
        return None  # "il y a 3 heures", "yesterday": relative to a reading day nobody knows
    if len(_NUMBERS.findall(text)) < 2:
        return None  # "Classification 1992", "October 2011": no day, dateparser would make one up
    if _LONG_NUMBER.search(text) is not None:
        return None  # "de 202221/04/2022": a number no date part is, dateparser would guess around it
    if _bad_zone_only(text):
        return None  # "2018-10-29T10:15-500": a machine value whose zone is no UTC offset
    languages = (lex.lang,) if lex is not None else FOREIGN_LANGUAGES
    if not dateparser_may_read(text, languages):
        return None  # "13 gusht 2020": a word none of the languages knows, dateparser would refuse it
    return _dateparser_memo(text, lex, tz, month_first)


def _bad_zone_only(text: str) -> bool:
    """Tell whether `text` is an ISO date and time the ISO reader reads but for the zone after it."""
    m = _ISO_ZONED.fullmatch(text)
    return (
        m is not None
        and _parse_iso(text, None) is None
        and _parse_iso(text[: m.start("zone")], None) is not None
    )


def dateparser_may_read(text: str, languages: tuple[str, ...]) -> bool:
    """Tell whether dateparser could find one of `languages` that reads every word of `text`.

    dateparser tries a language only if each token of the text is a number or a word of that
    language's data (the check ``Locale.is_applicable`` makes before any parsing), so a letter run
    found in none of the strings dateparser reads words from cannot be read in that language. False
    only when every language has such a run; True whenever it cannot tell (the data files not found,
    texts whose words dateparser's clean-up may remove first).
    """
    if _DATEPARSER_REMOVES.search(text) is not None:
        return True  # "on:" drops what precedes it; "UTC+01:00 …" drops what follows it
    norm = _fold_like_dateparser(text)
    runs = {run for run in _letter_runs(norm) if len(run) > 1 and not _ROMAN.fullmatch(run)}
    if not runs:
        return True
    shared = _dateparser_shared_words()
    for lang in languages:
        known = _dateparser_words(lang)
        if (
            known is None
            or shared is None
            or all(run.lower() in known or run.lower() in shared for run in runs)
        ):
            return True
    return False


def _fold_like_dateparser(text: str) -> str:
    """`text` as dateparser compares it with its words: NFKD without combining marks."""
    if text.isascii():  # NFKD leaves ASCII as it is
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")


def _letter_runs(text: str) -> list[str]:
    """The runs of letters of `text` (str.isalpha), each as long as it goes."""
    return ["".join(chars) for is_letter, chars in groupby(text, str.isalpha) if is_letter]


@lru_cache(maxsize=16)
def _dateparser_words(lang: str) -> str | None:
    """dateparser's data file for `lang`, folded, also without its regex syntax (None without one).

    Read as text without importing dateparser (its import costs about 0.1 s): months, days,
    relative words, skipped words, simplification patterns. The text holds every string the file
    writes unless one writes a letter as an escape; such a file is read by `ast` instead.
    """
    root = _dateparser_root()
    if root is None or not lang.replace("-", "").isalnum():
        return None
    path = root / "dateparser" / "data" / "date_translation_data" / f"{lang}.py"
    try:
        source = path.read_text(encoding="utf-8")
        if _LETTER_ESCAPE.search(source) is not None:
            source = "\n".join(_string_constants(source))
    except (OSError, SyntaxError, ValueError):
        return None
    folded = _folded_lines(source)
    return folded + "\n" + folded.translate(_REGEX_SYNTAX)


@lru_cache(maxsize=1)
def _dateparser_shared_words() -> str | None:
    """The source of dateparser's modules that add words to every language, folded (None if not found).

    Fixed tokens, time zone names, the default skip tokens: their whole source text, which holds
    every string they write (none of them writes a letter as an escape; a test checks it). More
    text only makes `dateparser_may_read` say True more often, never wrongly False.
    """
    root = _dateparser_root()
    if root is None:
        return None
    try:
        sources = [(root / name).read_text(encoding="utf-8") for name in _DATEPARSER_WORD_MODULES]
    except OSError:
        return None
    return _folded_lines("\n".join(sources))


def _folded_lines(text: str) -> str:
    """`text` lower-cased and folded as dateparser folds words (only its runs past ASCII change)."""
    low = text.lower()
    if low.isascii():
        return low
    # NFKD maps each character alone (it composes nothing), so a run folds as it would in place
    return _NON_ASCII_RUN.sub(lambda m: _fold_like_dateparser(m.group()).lower(), low)


@lru_cache(maxsize=1)
def _dateparser_root() -> Path | None:
    """The directory holding dateparser's packages, found without importing it (None if not installed)."""
    spec = importlib.util.find_spec("dateparser")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).parent


def _string_constants(source: str) -> list[str]:
    """Every string literal of a Python source (a data file's words, a module's tokens)."""
    return [
        node.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


@lru_cache(maxsize=DATEPARSER_MEMO)
def _dateparser_memo(text: str, lex: Lexicon | None, tz: TzLike, month_first: bool) -> DateValue | None:
    """dateparser's reading of a text holding a year, once per distinct text (a call costs milliseconds)."""
    import dateparser

    order = "MDY" if month_first else "DMY"
    settings = {"DATE_ORDER": order, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    # machine-written values of foreign pages: a few common languages, not all of dateparser's
    # (loading every locale costs seconds on the first call)
    languages = [lex.lang] if lex is not None else list(FOREIGN_LANGUAGES)
    try:
        found = dateparser.parse(text, languages=languages, settings=settings)
    except Exception:  # a third-party guess that fails is just no date
        return None
    if found is None or not MIN_YEAR <= found.year <= MAX_YEAR:
        return None
    if found.hour == found.minute == found.second == 0 or not _has_clock(text, lex):
        return found.date()
    zone = found.tzinfo or _zone(tz)
    return found.replace(tzinfo=zone)


def _has_clock(text: str, lex: Lexicon | None) -> bool:
    """Tell whether `text` writes a clock time ("11h20", "10:00"), not just any number and letter."""
    marks = date_data(lex).HOUR_MARKS if lex is not None else frozenset()
    for m in _TIME.finditer(text):
        sep = m["sep"].lower()
        if (sep == ":" and m["mi"] is not None) or sep in marks:
            return True
    return False


def _strip_cue(text: str, lex: Lexicon) -> str:
    """Drop a leading "Publié le" / "Mis à jour le" cue and a day name, keeping the date part."""
    low = text.lower()
    for cue in _cues_of(lex):
        if low.startswith(cue) and (len(low) == len(cue) or not low[len(cue)].isalpha()):
            text = text[len(cue) :].lstrip(" :,-")
            break
    first = text.split(" ", 1)
    word = first[0].lower().rstrip(".,")
    if len(first) > 1 and word in _own_days(lex):
        # "Mar 28, 2020": a day name here ("mar." for mardi) that is a month elsewhere is read as
        # a day only when the rest names a month; dropped, it left dateparser to invent the month
        months = date_data(lex).MONTHS
        if word not in months or any(w.lower() in months for w in _LETTERS.findall(first[1])):
            text = first[1]
    return text


def date_cues(lex: Lexicon) -> tuple[str, ...]:
    """Every cue opening a date line ("Publié le", "Mis à jour", "Published on"…), longest first."""
    return _cues_of(lex)


@cache
def _cues_of(lex: Lexicon) -> tuple[str, ...]:
    """Every date cue of a lexicon (its own language's and the others'), longest first."""
    cues = (*date_data(lex).MODIFIED_CUES, *date_data(lex).PUBLISHED_CUES)
    return tuple(sorted(cues, key=len, reverse=True))


def _fast(
    text: str, lex: Lexicon, tz: TzLike, year: int | None, month_first: bool = False
) -> DateValue | None:
    """Try the regex shapes (ISO, numeric day-first, day + month name, 年月日) without dateparser."""
    return (
        _parse_iso(text, tz)
        or _parse_words(text, lex, tz, year)
        or _parse_numeric(text, lex, tz, month_first)
        or _parse_marked(text, lex, tz)
    )


@cache
def _marked_pattern(marks: tuple[tuple[str, str, str], ...]) -> re.Pattern[str]:
    """The pattern of "2019年3月8日"-style dates for the given year/month/day marks."""
    y = "|".join(re.escape(m[0]) for m in marks)
    mo = "|".join(re.escape(m[1]) for m in marks)
    d = "|".join(re.escape(m[2]) for m in marks)
    return re.compile(
        rf"(?P<y>\d{{4}})\s*(?:{y})\s*(?P<mo>\d{{1,2}})\s*(?:{mo})\s*(?P<d>\d{{1,2}})\s*(?:{d})"
    )


def _parse_marked(text: str, lex: Lexicon, tz: TzLike) -> DateValue | None:
    """Read "2019年3月8日" or "2020년 3월 4일" (year, month, day each followed by its mark)."""
    m = _marked_pattern(date_data(lex).YMD_MARKS).search(text)
    if m is None:
        return None
    hms, offset = _time_after(text[m.end() :].strip(), lex)
    return _build(int(m["y"]), int(m["mo"]), int(m["d"]), hms, offset, tz)


def parse_date(
    text: str | None,
    *,
    lex: Lexicon,
    tz: TzLike = None,
    year: int | None = None,
    month_first: bool = False,
) -> DateValue | None:
    """Parse a text that is a date ("24 avril 2024", "24/04/2024", ISO…) into a date or aware datetime.

    `tz` zones a time the text gives without offset; `year` completes a date written without one
    ("1er mai"); by default that is the latest such day not in the future. `month_first` reads
    "11/08/2023" as November 8 (a US page).
    """
    if not text:
        return None
    clean = _strip_cue(_norm(text), lex)
    if not clean or not any(c.isdigit() for c in clean):
        return None
    found = _fast(clean, lex, tz, year, month_first)
    if found is not None:
        return found
    if len(clean) > 60:  # long prose is not a date; dateparser would guess from any number in it
        return None
    return _dateparser(clean, lex, tz, month_first)


def parse_structured_date(
    text: str | None, *, lex: Lexicon, tz: TzLike = None, month_first: bool = False
) -> DateValue | None:
    """Parse a machine-written date (JSON-LD, <meta>, <time datetime>) in any language, ISO first.

    `month_first`: the page writes US dates (its numeric values are read month first).
    """
    if not text:
        return None
    clean = _norm(str(text))
    if _EPOCH.fullmatch(clean):
        seconds = int(clean[:10])
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    mdy = _MACHINE_MDY.match(clean) or _MACHINE_YMD_SPACED.match(clean)
    if mdy:
        clean = f"{mdy['y']}-{int(mdy['mo']):02d}-{int(mdy['d']):02d}{clean[mdy.end() :]}"
    found = (
        _parse_iso(clean, tz)
        or _parse_clock_first(clean, lex, tz)
        or parse_date(clean, lex=lex, tz=tz, month_first=month_first)
    )
    if found is not None or len(clean) > 60 or not any(c.isdigit() for c in clean):
        return found
    return _dateparser(clean, None, tz, month_first)


def _parse_clock_first(text: str, lex: Lexicon, tz: TzLike) -> DateValue | None:
    """Read the C / JavaScript machine form "Fri Feb 18 10:27:24 2022" ("… EDT 2015", "… UTC+0000 2016")."""
    m = _CLOCK_FIRST.fullmatch(text)
    month = _month(m["mo"], lex, foreign=True) if m else None
    if m is None or month is None:
        return None
    hms = (int(m["h"]), int(m["mi"]), int(m["s"] or 0))
    if hms[0] > 23 or hms[1] > 59 or hms[2] > 59:
        return None
    zone = (m["zone"] or "").upper()
    offset = _offset(m["off"]) if m["off"] else None
    if offset is None and zone in ZONE_HOURS:
        offset = dt.timezone(dt.timedelta(hours=ZONE_HOURS[zone]))
    return _build(int(m["y"]), month, int(m["d"]), hms, offset, tz)


def date_line_kind(text: str, lex: Lexicon) -> LineKind | None:
    """Say whether a line opens with a modification cue, a publication cue, or neither."""
    m = _line_kind_pattern(date_data(lex)).match(_norm(text).lower())
    return m.lastgroup if m else None  # type: ignore[return-value]


@lru_cache(maxsize=64)
def _line_kind_pattern(data: ModuleType) -> re.Pattern[str]:
    """A line opening on a modification cue (group "modified") or, else, a publication cue ("published")."""
    modified, published = _cue_regex(data.MODIFIED_CUES), _cue_regex(data.PUBLISHED_CUES)
    return re.compile(f"(?P<modified>{modified})|(?P<published>{published})")


@cache
def cue_openings(lex: Lexicon) -> frozenset[str] | None:
    """The first three letters of every date cue and label, lower-case (None if one is shorter).

    A line whose first three letters (ASCII, lower-cased) are not among them opens on no cue or label.
    """
    words = (*_cues_of(lex), *date_data(lex).DATE_LABELS)
    if any(len(w) < OPENING_CHARS for w in words):
        return None  # such a cue could open lines the three letters cannot tell apart
    return frozenset(w[:OPENING_CHARS] for w in words)


def later_cue_dates(
    text: str, lex: Lexicon, tz: TzLike = None, *, month_first: bool = False
) -> list[tuple[LineKind, DateValue]]:
    """The dates that follow a cue inside a line, past its start ("Letzte Änderung: … Erschienen am: …")."""
    norm = _norm(text)
    low = norm.lower()
    data = date_data(lex)
    modified = frozenset(data.MODIFIED_CUES)
    cues = _cue_pattern_anywhere((*data.MODIFIED_CUES, *data.PUBLISHED_CUES))
    out: list[tuple[LineKind, DateValue]] = []
    for m in cues.finditer(low, 1):
        found = find_date_in_text(norm[m.end() :], lex, tz, month_first=month_first)
        if found is not None:
            out.append(("modified" if m.group() in modified else "published", found))
    return out


@cache
def _cue_pattern_anywhere(cues: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of any of `cues` as whole words anywhere in a line, built once per lexicon."""
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])")


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a line opening on one of `cues` (a whole word), built once per lexicon."""
    return re.compile(_cue_regex(cues))


def _cue_regex(cues: tuple[str, ...]) -> str:
    """The regex of a line opening on one of `cues` (a whole word)."""
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return rf"(?:{words})(?![^\W\d_])"


def find_date_in_text(
    text: str, lex: Lexicon, tz: TzLike = None, *, month_first: bool = False
) -> DateValue | None:
    """Find the date a line gives ("Publié le mardi 5 décembre 2023 à 11h20 | Mis à jour…"): the first one.

    Only the regex shapes are tried on running text, so a number in prose is never read as a date.
    `month_first` reads "11/08/2023" as November 8 (a US page).
    """
    if not text:
        return None
    norm = _norm(text)
    if _DIGIT.search(norm) is None:
        return None  # every shape holds a digit (its day or year): a text without one is not read
    for m in _LETTERS.finditer(norm):
        if m.group().lower() in _own_days(lex):
            found = _fast(norm[m.end() :].lstrip(" .,"), lex, tz, None, month_first)
            if found is not None:
                return found
    return _fast_anywhere(norm, lex, tz, month_first)


def date_span(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """Where the first date written in `text` stands (start, end), by the regex shapes only; None if none."""
    if _DIGIT.search(text) is None:
        return None  # every shape holds a digit (its day or year): most bylines have none
    spans: list[tuple[int, int]] = []
    iso = _ISO_ANYWHERE.search(text)
    if iso is not None:
        spans.append(iso.span())
    words = _word_dates(text, lex)
    if words:
        spans.append((words[0][0], words[0][1]))
    numeric = _first_numeric_match(text)
    if numeric is not None:
        spans.append(numeric.span())
    marked = _marked_pattern(date_data(lex).YMD_MARKS).search(text)
    if marked is not None:
        spans.append(marked.span())
    return min(spans) if spans else None


def _fast_anywhere(text: str, lex: Lexicon, tz: TzLike, month_first: bool) -> DateValue | None:
    """Return the earliest-placed date of any regex shape in `text` (`month_first`: a US page)."""
    candidates: list[tuple[int, DateValue]] = []
    iso = _ISO_ANYWHERE.search(text)
    if iso is not None:
        found = _parse_iso(text[iso.start() :], tz)
        if found is not None:
            candidates.append((iso.start(), found))
    pos = _first_word_month(text, lex)
    found = _parse_words(text[pos:], lex, tz, None) if pos is not None else None
    if found is not None and pos is not None:
        candidates.append((pos, found))
    pos = _first_numeric(text)
    found = _parse_numeric(text[pos:], lex, tz, month_first) if pos is not None else None
    if found is not None and pos is not None:
        candidates.append((pos, found))
    marked = _marked_pattern(date_data(lex).YMD_MARKS).search(text)
    if marked is not None:
        found = _parse_marked(text[marked.start() :], lex, tz)
        if found is not None:
            candidates.append((marked.start(), found))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _first_word_month(text: str, lex: Lexicon) -> int | None:
    """Position of the first "day month-name" pair in `text`."""
    found = _word_dates(text, lex)
    return found[0][0] if found else None


def _first_numeric(text: str) -> int | None:
    """Position of the first "dd/mm/yyyy" in `text`."""
    m = _first_numeric_match(text)
    return m.start() if m else None


def _first_numeric_match(text: str) -> re.Match[str] | None:
    """The first "dd/mm/yyyy" (or "yyyy/mm/dd", "d. m. yyyy") shape in `text`."""
    return _NUMERIC.search(text) or _YMD.search(text) or _NUMERIC_SPACED.search(text)
