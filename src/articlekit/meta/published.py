"""Published and modified dates: JSON-LD, <meta>, <time>, visible date lines, the URL."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter
from typing import Any, NamedTuple

from .. import dates
from ..lexicon import Lexicon
from ..model import DateValue
from ..tree import text_length
from .describe import _canonical, _html_lang
from .page import (
    _ARTICLE_HINT,
    _DATE_HINT,
    _INVISIBLE,
    _LOGO_HINT,
    _MODIFIED_HINT,
    _SKIP_NOT_FOOTER,
    _UNSHOWN_TAGS,
    _VISIBLE_TEXTS,
    _WORDS,
    _first_meta,
    _h1s,
    _hint,
    _hinted,
    _hinted_by,
    _in_skipped,
    _is_day_name,
    _is_site_heading,
    _is_wrapper,
    _itemprops,
    _ld_field,
    _ld_text,
    _main_set,
    _Page,
    _paragraphs,
    _text,
    _text_exceeds,
)

_DIGIT = re.compile(r"\d")


#: a digit run into a letter or five digits in a row: pieces of a date written in separate elements
_GLUED = re.compile(r"\d[^\W\d_]|[^\W\d_]\d|\d{5}")


#: language tags of pages whose numeric dates are written month first ("11/08/2023": November 8)
_US_LOCALES = frozenset({"en-us"})


#: the last label of a URL's host ("https://www.example.com.au/x" -> "au")
_TOP_DOMAIN = re.compile(
    r"(?:[a-z][a-z0-9+.-]*:)?//(?:[^/?#@]*@)?[^/?#:]*\.([a-z0-9-]+)\.?(?::\d+)?(?:[/?#]|$)", re.I
)


_FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


_URL_DMY = re.compile(r"/(0?[1-9]|[12]\d|3[01])-(0?[1-9]|1[0-2])-((?:19|20)\d{2})(?:/|[-_.]|$)")


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")


_PAGE_TYPES = frozenset(
    {"webpage", "itempage", "aboutpage", "profilepage", "qapage", "mediaobject", "videoobject"}
)


_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
)


_MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
)


_DATE_TAGS = (
    *("p", "div", "span", "time", "li", "small", "em", "header", "footer", "abbr", "dd", "strong", "b"),
    *("i", "address", "a", "dt", "th", "label", "h1", "h2", "h3", "h4", "h5", "h6", "dl"),
)


#: generic <meta> keys that many CMSs fill with the page's last change, not its publication
_WEAK_META = frozenset({"date", "dc.date", "dcterms.date"})


#: the <meta> keys that name a publication date and nothing else
_STRONG_META = frozenset(_PUBLISHED_META) - _WEAK_META


_SIDE_HINT = re.compile(r"sidebar|(?:^|[\s_-])aside(?:$|[\s_-])", re.I)


NEAR_HEADLINE_SHARE = 3  # a date whose region shared with the <h1> holds under 1/3 of the page's text


DATELINE_PARAGRAPHS = 5  # the first paragraphs of a page where a dateline ("(21. November 2022) …") is read


DATELINE_CHARS = 40  # a dateline's date starts within this many characters of its paragraph


MIN_PARAGRAPH_CHARS = 80  # shorter <p> are labels, captions or teasers, not the article's first paragraph


MAX_DATE_LINE_CHARS = 200


MAX_PIECES_READ = 24  # the text pieces `_surely_longer` reads before it gives up (most blocks: a few)


MAX_HEADER_CHARS = 800


_ANY_TEXT_TAGS = ("time", "abbr")  # the tags `_may_hold_date` may pass whatever their text


_PREFIX_CHARS = 5  # the first characters of a cue or label that `_opening_pattern` compares


LOGO_LEVELS = 3  # a date this close under a logo/brand element is the edition's, not the article's


WEST_UTC_HOURS = 10  # a UTC time before 10:00 may be the evening before in the Americas


EAST_UTC_HOUR = 22  # a UTC time from 22:00 may be the next morning in Europe and Asia


MIN_DATE_CHARS = 6


MAX_STANDALONE_CHARS = 60


LABEL_LEVELS = 2  # a label written before an element or before its parent ("<h4>…</h4><ul><li>date")


MAX_LABEL_CHARS = 40  # a cue-only label ("Zuletzt geändert am:") is short and holds no digit


MAX_WORDS_BESIDE_DATE = 2  # "Donnerstag, 15.2.2018, 19:51 Uhr" is still only a date


_TEXT_TAGS = (
    "p",
    "div",
    "span",
    "dd",
    "td",
    "li",
    "small",
    "em",
    "strong",
    "b",
    "i",
    "time",
    "h2",
    "h3",
    "h4",
    "font",
    "a",
    "dt",
)  # the headline's block: headline, kicker, byline, date line, not the article


def _month_first(page: _Page) -> bool:
    """Tell whether the page writes numeric dates month first ("11/08/2023": US English), once per page.

    Its <html lang> says so ("en-US"); a plain "en" one, or none, leaves it to og:locale,
    content-language or JSON-LD inLanguage (the first given).
    """
    found = page.memo.get("month_first")
    if found is None:
        found = page.memo["month_first"] = _is_us_english(page)
    return found  # type: ignore[no-any-return]


def _is_us_english(page: _Page) -> bool:
    """Tell whether the page's declared language is US English (see `_month_first`).

    "en-US" is many CMSs' default, so a site under another country's domain (".com.au", ".co.uk")
    keeps the day-first reading.
    """
    if _foreign_domain(page.url or _canonical(page)):
        return False
    html = _locale(next(iter(_html_lang(page)), None))
    if html and html != "en":
        return html in _US_LOCALES
    for value in (
        _first_meta(page, "og:locale", "content-language"),
        _ld_text(_ld_field(page, "inLanguage")),
    ):
        locale = _locale(value)
        if locale:
            return locale in _US_LOCALES
    return False


def _foreign_domain(url: str | None) -> bool:
    """Tell whether a URL's host ends on a country code other than the US one ("example.com.au")."""
    m = _TOP_DOMAIN.match(url or "")
    return m is not None and len(m[1]) == 2 and m[1].lower() != "us"


def _locale(value: object) -> str:
    """A language tag folded for comparison ("en_US" -> "en-us"; "" for none)."""
    return str(value).strip().lower().replace("_", "-") if value else ""


def _find_date(text: str, page: _Page) -> DateValue | None:
    """The first date a visible text gives, read in the page's zone and numeric order."""
    return dates.find_date_in_text(text, page.lex, page.tz, month_first=_month_first(page))


def _machine_date(raw: str | None, page: _Page) -> DateValue | None:
    """A machine-written date value of the page, read in its zone and numeric order."""
    return dates.parse_structured_date(raw, lex=page.lex, tz=page.tz, month_first=_month_first(page))


def _dates(page: _Page) -> tuple[DateValue | None, DateValue | None]:
    """Publication and modification dates: structured sources first, then visible lines, then the URL."""
    found = _published_candidates(page)
    published = found[0][1] if found else _structured(page, "dateCreated", ())
    modified = _structured(page, "dateModified", _MODIFIED_META)
    weak = bool(found) and all(key in _WEAK_META for key, _ in found)
    # a structured date the shown ones cannot overrule (`_checked` keeps an undisputed, strong one,
    # `_local_day` a time of day that is the same day everywhere): only a shown modified date is
    # wanted, if any
    need_published = published is None or weak or _disputed(found) or _may_be_another_day(published)
    if need_published or modified is None:
        seen = _visible_dates(page, need_modified=modified is None, need_published=need_published)
        published = _checked(published, found, seen, weak, page)
        published = _local_day(published, seen.published) or seen.published
        modified = modified or seen.modified
    if published is None:
        # a page showing one date, as "updated", was published then
        published = (
            _url_date(page) or modified or _standalone_date(page) or _dateline(page) or _image_url_date(page)
        )
    return published, modified


class _Seen(NamedTuple):
    """The dates a page shows, and the element showing the published one (None: the headline's block)."""

    published: DateValue | None
    modified: DateValue | None
    shown_by: Any


def _day(value: DateValue) -> dt.date:
    """The calendar day of a date or datetime (as written, in its own zone)."""
    return value.date() if isinstance(value, dt.datetime) else value


def _disputed(found: list[tuple[str, DateValue]]) -> bool:
    """Tell whether the structured publication dates of a page name different days."""
    return len({_day(value) for _, value in found}) > 1


def _checked(
    published: DateValue | None, found: list[tuple[str, DateValue]], seen: _Seen, weak: bool, page: _Page
) -> DateValue | None:
    """The structured date the page's own date line confirms, when its structured sources disagree.

    A generic "date" <meta> alone is often the page's last change: a date line by the headline wins.
    Another <meta> wins over JSON-LD when the page shows its day and it is named at least as often.
    """
    if published is None or seen.published is None or _day(published) == _day(seen.published):
        return published
    if weak:
        near = seen.shown_by is None or _near_headline(seen.shown_by, page)
        return seen.published if near else published
    votes = Counter(_day(value) for _, value in found)
    for key, value in found[1:]:
        # another <meta> (not a generic or microdata one) naming the shown day, as often as the first
        if key in _STRONG_META and _day(value) == _day(seen.published):
            return value if votes[_day(value)] >= votes[_day(published)] else published
    return published


def _is_utc(value: DateValue | None) -> bool:
    """Tell whether a value is a datetime written in UTC (its day may not be the page's own)."""
    return isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0)


def _may_be_another_day(value: DateValue | None) -> bool:
    """Tell whether a value is a UTC time at an hour when the page's local day may be another one."""
    return (
        isinstance(value, dt.datetime) and _is_utc(value) and not WEST_UTC_HOURS <= value.hour < EAST_UTC_HOUR
    )


def _local_day(structured: DateValue | None, seen: DateValue | None) -> DateValue | None:
    """The structured date, unless it is UTC and the page shows the day before or after (its local day)."""
    if not _may_be_another_day(structured) or seen is None:
        return structured
    assert isinstance(structured, dt.datetime)
    shift = ((seen.date() if isinstance(seen, dt.datetime) else seen) - structured.date()).days
    # west of UTC the evening is the next UTC morning; east of it, the UTC late evening the next day
    if (shift == -1 and structured.hour < WEST_UTC_HOURS) or (
        shift == 1 and structured.hour >= EAST_UTC_HOUR
    ):
        return seen
    return structured


def _structured(page: _Page, ld_key: str, meta_keys: tuple[str, ...]) -> DateValue | None:
    """A date from JSON-LD `ld_key`, the <meta> keys, microdata, or <time datetime> (for published)."""
    found = _structured_all(page, ld_key, meta_keys, first=True)
    return found[0][1] if found else None


def _published_candidates(page: _Page) -> list[tuple[str, DateValue]]:
    """Every structured publication date of the page with where it was read, in order of trust."""
    return _structured_all(page, "datePublished", _PUBLISHED_META, first=False)


def _structured_all(
    page: _Page, ld_key: str, meta_keys: tuple[str, ...], *, first: bool
) -> list[tuple[str, DateValue]]:
    """(source, date) from JSON-LD `ld_key`, the <meta> keys, then microdata; only the first if `first`."""
    out: list[tuple[str, DateValue]] = []
    candidates: list[tuple[str, Any]] = [("ld", _ld_field(page, ld_key, _PAGE_TYPES))]
    candidates += [(k, page.meta.get(k, (None,))[0]) for k in meta_keys]
    for key, value in candidates:
        found = _machine_date(_ld_text(value), page) if value else None
        if found is not None:
            out.append((key, found))
            if first:
                return out
    for el in _itemprops(page):
        if el.get("itemprop") == ld_key and el.tag != "meta":
            raw = el.get("datetime") or el.get("content") or _text(el)
            found = _machine_date(raw, page)
            if found is not None:
                out.append(("itemprop", found))
                if first:
                    return out
    return out


def _visible_dates(page: _Page, *, need_modified: bool = True, need_published: bool = True) -> _Seen:
    """Dates shown: <time>, hinted or cue-led short lines ("Publié le …"), then the headline's block.

    The walk stops at the first published date, or at the first pair when a modified one is wanted.
    Without `need_published`, only the elements that may show a modified date are read (as once the
    published one is found), and the published date is left None.
    """
    published: DateValue | None = None
    modified: DateValue | None = None
    shown_by: Any = None
    hinted = frozenset(el for el, _ in _hinted_by(page, _DATE_HINT))
    openings = dates.cue_openings(page.lex)
    opens = _opening_pattern(page.lex).match
    for el in page.tree.iter(_DATE_TAGS):
        # the full test passes a hinted <time> or <abbr> whatever its text, the others only with a
        # text that `opens` matches (most elements: none)
        if not ((raw := el.text) and opens(raw)) and el not in hinted and el.tag not in _ANY_TEXT_TAGS:
            continue
        if not _may_hold_date(el, page, hinted, openings):
            continue
        line = None
        # once the published date is found only a modified one is looked for (listings of dated
        # items: hundreds of dates that need not be read)
        if (published is not None or not need_published) and (line := _may_show_modified(el, page)) is None:
            continue
        # a post's own footer often carries its date: only the other regions are skipped
        if _in_side_region(el, page) or _in_banner(el, page):
            continue
        for kind, found in _read_date_element(el, page, line):
            if kind == "modified":
                modified = modified or found
            elif published is None and need_published:
                published, shown_by = found, el
        if (published is not None or not need_published) and (modified is not None or not need_modified):
            break
    if published is None and need_published:
        published = _date_near_headline(page)
    return _Seen(published, modified, shown_by)


def _in_side_region(el: Any, page: _Page) -> bool:
    """Tell whether an element sits in a comment, related, sidebar or menu region (footers are kept).

    A hinted region holding the article's <h1> is a layout wrapper; an <aside> or sidebar nested in an
    <article> is that article's own facts box ("<article>…<aside class="blogData">Datum 12.01.2017").
    """
    if not _in_skipped(el, page, footers=False):
        return False  # the common answer, memoised per ancestor; the exceptions below only lift a skip
    main = _main_set(page)
    for anc in el.iterancestors():
        if anc.tag in ("body", "html") or anc in main:
            return False
        hints = _hint(page, anc)  # the page walk's string: `_hints(anc)` without its three reads
        if anc.tag == "aside" and _ARTICLE_HINT.search(hints):
            continue  # <aside class="meta">: an article's own byline/date box
        if (anc.tag in ("nav", "aside") or _SKIP_NOT_FOOTER.search(hints)) and not _is_wrapper(anc, page):
            if (anc.tag == "aside" or _SIDE_HINT.search(hints)) and _own_box(hints) and _in_article(anc):
                continue
            return True
    return False


def _own_box(hints: str) -> bool:
    """Tell whether a side region's class/id names nothing but a side box (no comments, related list…)."""
    return _SKIP_NOT_FOOTER.search(_SIDE_HINT.sub(" ", hints)) is None


def _in_article(el: Any) -> bool:
    """Tell whether an element is nested in an <article> element."""
    return any(anc.tag == "article" for anc in el.iterancestors())


def _near_headline(el: Any, page: _Page) -> bool:
    """Tell whether an element shares with the article's <h1> a region holding little of the page's text."""
    if not page.main:
        return False
    ancestors = set(el.iterancestors())
    for anc in page.main:
        if anc in ancestors:
            return _text_exceeds(page, text_length(anc) * NEAR_HEADLINE_SHARE)
    return False


def _in_banner(el: Any, page: _Page) -> bool:
    """Tell whether an element sits in the site's logo or banner (today's date of the edition)."""
    main = _main_set(page)
    for depth, anc in enumerate(el.iterancestors()):
        if anc in main or anc.tag in ("body", "html"):
            return False
        if anc.get("role") == "banner" or (depth < LOGO_LEVELS and _hinted(page, anc, _LOGO_HINT)):
            return True
    return False


def _may_hold_date(el: Any, page: _Page, hinted: frozenset[Any], openings: frozenset[str] | None) -> bool:
    """Cheap test before reading an element: a <time>, a date-ish class, or direct text opening on a cue.

    `hinted` holds the elements whose class/id matches a date hint; `openings` the first letters of the
    cues and labels (`dates.cue_openings`).
    """
    tag = el.tag
    if tag == "time" or el in hinted or (tag == "abbr" and el.get("title")):
        return True
    raw = el.text
    if not raw or len(raw) > MAX_DATE_LINE_CHARS:
        return False  # most elements: no direct text
    start = raw.lstrip()
    if not start[:1].isalpha():
        return False  # text that cannot open on a cue
    if openings is not None and _opens_elsewhere(start[: dates.OPENING_CHARS + 1], openings):
        return False
    head = _text(raw)
    if openings is not None and _opens_elsewhere(head[: dates.OPENING_CHARS + 1], openings):
        return False
    return dates.date_line_kind(head, page.lex) is not None or _is_date_label(head, page.lex)


def _opening_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A pattern matching the start of every text the cue and label tests of `_may_hold_date` accept.

    It matches a few more: it is a cheap test in C that spares most texts the full one.
    """
    return _opening_pattern_of(dates.date_cues(lex), frozenset(dates.date_data(lex).DATE_LABELS))


#: the letters past ASCII that the cue and label tests read as they are written but for case: NFC
#: leaves Latin-1's letters as they are, and each one's lower case is one Latin-1 letter
_LATIN1_LETTERS = "".join(c for c in map(chr, range(0xC0, 0x100)) if c.isalpha())


#: characters past ASCII that no cue or label opens with, read as they are but for case (NFC leaves
#: them, none is a space, an invisible character, a combining mark or the second half of a composed
#: character, and each one's lower case is one of them): Cyrillic, kana, CJK ideographs, Hangul
#: syllables, quotes, bullets, arrows and other signs (tests/test_dates_opening_scripts.py checks it)
_FOREIGN = (
    (0xA3, 0xA3), (0xA9, 0xA9), (0xAB, 0xAB), (0xAE, 0xAE), (0xB0, 0xB1), (0xB6, 0xB7), (0xBB, 0xBB),
    (0xBF, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7),  # Latin-1 signs
    (0x100, 0x12F), (0x132, 0x177), (0x179, 0x17F),  # Latin Extended-A but the dotted, dotless i, Ÿ
    (0x400, 0x482), (0x48A, 0x4FF), (0x531, 0x556), (0x561, 0x587),  # Cyrillic, Armenian
    (0x2013, 0x2014), (0x2018, 0x201F), (0x2022, 0x2022), (0x2026, 0x2026), (0x2039, 0x203A),
    (0x20AC, 0x20AC), (0x2190, 0x21FF), (0x25A0, 0x25FF), (0x2600, 0x27BF),  # quotes, dashes, signs
    (0x3001, 0x3003), (0x3008, 0x3011), (0x3014, 0x301F), (0x3041, 0x3096), (0x30A1, 0x30FC),
    (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0xFF01, 0xFF5E),  # CJK signs, kana, ideographs, Hangul, full width
)  # fmt: skip


@functools.lru_cache(maxsize=64)
def _opening_pattern_of(cues: tuple[str, ...], labels: frozenset[str]) -> re.Pattern[str]:
    """`_opening_pattern` for the given cues and labels (built once per lexicon).

    Those tests (`date_line_kind`, `_is_date_label`) read a text stripped, its runs of spaces made
    one, invisible characters dropped, in NFC and lower case, and ask it to open on a cue or label.
    The plain characters (ASCII ones, Latin-1 letters, `_FOREIGN` ones) are read so as they are
    written but for case, and a run of spaces of any kind as one space. When a text's first six
    characters (spaces aside) are plain, its first `_PREFIX_CHARS` ones, lower-cased, must be those
    of the cue or label: a text opening on them (in either case, a space as any run of spaces), or
    one with a character that is not plain among its first six (spaces aside), is matched. A cue or
    label whose first characters are not all ASCII or Latin-1 letters opens no text whose first
    characters are; one with a `_FOREIGN` character among them makes those characters not plain.
    """
    prefixes = sorted({w.lower()[:_PREFIX_CHARS] for w in (*cues, *labels)} - {""})
    latin = frozenset(_LATIN1_LETTERS)
    plain = [p for p in prefixes if all(c.isascii() or c in latin for c in p)]
    firsts = "".join(sorted({y for p in plain for y in _cased(p[0])}))
    foreign = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _FOREIGN)
    if any(lo <= ord(c) <= hi for p in prefixes for c in p for lo, hi in _FOREIGN):
        foreign = ""  # a cue opening on such characters: they are no longer plain
    kept = _LATIN1_LETTERS + foreign
    # a character that is not plain after at most five others (each with the spaces after it: a run of
    # spaces of any kind is one space to those tests, as to the pattern above)
    other = rf"(?:[!-~{kept}]\s*+){{0,{_PREFIX_CHARS}}}+(?![{kept}])[^\x00-\x7f]"
    return re.compile(rf"\s*+(?:(?=[{re.escape(firsts)}]){_prefix_trie(plain)}|{other})")


def _cased(char: str) -> str:
    """`char` and the other ASCII or Latin-1 character whose lower case it is, if any ("é" -> "éÉ")."""
    upper = char.upper()
    if (
        len(upper) == 1
        and upper != char
        and upper.lower() == char
        and (upper.isascii() or upper in _LATIN1_LETTERS)
    ):
        return char + upper
    return char


def _prefix_trie(prefixes: list[str]) -> str:
    """A regex matching a text that opens on one of `prefixes` (ASCII or Latin-1 letters, lower case).

    A letter matches in either case, a space any run of spaces; the prefixes are merged by their
    first characters (a trie), so that a text is read once.
    """
    if "" in prefixes:
        return ""  # a shorter prefix is enough
    branches: dict[str, list[str]] = {}
    for prefix in prefixes:
        branches.setdefault(prefix[0], []).append(prefix[1:])
    out = []
    for first, rests in sorted(branches.items()):
        if first == " ":
            char = r"\s+"
        else:
            cased = _cased(first)
            char = f"[{re.escape(cased)}]" if len(cased) > 1 else re.escape(first)
        out.append(char + _prefix_trie(rests))
    return out[0] if len(out) == 1 else f"(?:{'|'.join(out)})"


def _opens_elsewhere(opening: str, openings: frozenset[str]) -> bool:
    """Tell whether a line's first characters (plain ASCII, no space) open no cue or label.

    Such an opening reads the same once the line is folded as the cue test folds it (NFC, one space,
    lower case); any other opening is left to the full test.
    """
    if not opening.isascii() or not opening.isprintable() or " " in opening:
        return False
    return opening[: dates.OPENING_CHARS].lower() not in openings


def _is_date_label(text: str, lex: Lexicon) -> bool:
    """Tell whether a text is only a label put before a date ("Datum :", "Mise en ligne", "Stand -")."""
    return text.lower().rstrip(" :-–|") in dates.date_data(lex).DATE_LABELS


def _date_line(el: Any, page: _Page) -> tuple[str, dates.LineKind | None] | None:
    """The line an element's date is read in and the kind its cue or class gives (None: too long a line)."""
    # "<dt>Datum</dt><dd>12.01.2017</dd>": the date is beside the label, in the parent's line
    beside = _is_date_label(_text(el.text or ""), page.lex) and el.getparent() is not None
    in_main = bool(page.main) and el in _main_set(page)
    source = el.getparent() if beside else el
    # a long block (a page wrapper hinted "meta"): its whole text need not be made (an element without
    # children has its own text only, read at once)
    if (beside or not in_main) and len(source) and _surely_longer(source, MAX_DATE_LINE_CHARS):
        return None
    if beside:
        text = _text(source)
    elif in_main:
        # a block holding the headline: "…, Aalen, 19.5.2007" in the title is what it reports on
        text = _text(el).replace(_text(page.main[0]), " ", 1).strip()
    else:
        text = _text(el)
    if len(text) > MAX_DATE_LINE_CHARS:
        return None
    kind = dates.date_line_kind(text, page.lex) if text else None
    if kind is None and _hinted(page, el, _MODIFIED_HINT):
        kind = "modified"
    return text, kind


def _surely_longer(el: Any, limit: int) -> bool:
    """Tell whether an element's text (`_text`) is longer than `limit`, reading only its first pieces.

    The characters that are neither spaces nor invisible ones are counted until there are more than
    `limit` (the collapsed text holds each of them); False when unsure: scripts, styles… inside (their
    text is no shown text), or more than `MAX_PIECES_READ` pieces read without reaching the limit.
    """
    count = 0
    for piece in itertools.islice(el.itertext(), MAX_PIECES_READ):
        if not piece.isascii():
            piece = piece.translate(_INVISIBLE)
        count += sum(map(len, piece.split()))
        if count > limit:
            return next(el.iter(*_UNSHOWN_TAGS), None) is None
    return False


def _may_show_modified(el: Any, page: _Page) -> tuple[str, dates.LineKind | None] | None:
    """An element's line (`_date_line`) when it may show a modified date, else None.

    Only a cue, a modified class or a cue-only label before it gives a date the kind "modified"
    (directly, or after a cue later in its line): the others' dates need not be read.
    """
    line = _date_line(el, page)
    if line is None or (line[1] is None and _label_kind(el, page) is None):
        return None
    return line


def _read_date_element(
    el: Any, page: _Page, line: tuple[str, dates.LineKind | None] | None = None
) -> list[tuple[str | None, DateValue]]:
    """The (kind, date) pairs an element shows: its date, then any later one after another cue.

    `line`: the element's `_date_line`, when the caller has it already.
    """
    line = line or _date_line(el, page)
    if line is None:
        return []
    text, kind = line
    found = _date_of_element(el, text, kind, page)
    if found is None:
        return []
    if kind is None:
        kind = _label_kind(el, page)
    pairs: list[tuple[str | None, DateValue]] = [(kind, found)]
    if kind is not None:
        pairs += [
            (k, d)
            for k, d in dates.later_cue_dates(text, page.lex, page.tz, month_first=_month_first(page))
            if k != kind
        ]
    return pairs


def _label_kind(el: Any, page: _Page) -> dates.LineKind | None:
    """The kind of the cue-only label just before an element or its parent.

    "<h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul>": the date is the modified one.
    """
    node = el
    for _ in range(LABEL_LEVELS):
        prev = node.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()  # comments and processing instructions
        if prev is not None:
            label = _text(prev)
            if not label or len(label) > MAX_LABEL_CHARS or _DIGIT.search(label):
                return None
            return dates.date_line_kind(label, page.lex)
        node = node.getparent()
        if node is None:
            return None
    return None


def _date_of_element(el: Any, text: str, kind: str | None, page: _Page) -> DateValue | None:
    """The date an element shows: its machine attribute (or the local day its text shows), or its text."""
    for raw in (el.get("datetime"), el.get("content") if el.get("itemprop") else None, el.get("title")):
        found = _machine_date(raw, page) if raw and len(raw) < 60 else None
        if found is not None:
            return _shown_day(found, text, page)
    found = _find_date(text, page) if text else None
    if found is None and text and len(el) and _GLUED.search(text) and next(el.iter("time"), None) is None:
        found = _find_date(_spaced_text(el), page)  # its <time> children, if any, are read in their turn
    if found is None and text and el.tag == "time":
        found = _machine_date(text, page)
    if found is None and kind is not None:
        found = _date_after_cue(el, text, page)
    return found


def _spaced_text(el: Any) -> str:
    """An element's visible text with its pieces apart: a calendar widget's day, month and year.

    "<span>Feb</span><span>18</span><span>2009</span>" reads "Feb182009" run together.
    """
    return " ".join(" ".join(_VISIBLE_TEXTS(el)).split())


def _shown_day(machine: DateValue, text: str, page: _Page) -> DateValue:
    """A UTC machine time, or the day its element shows when that is the next or previous one (local day)."""
    if not _is_utc(machine) or not text:
        return machine
    shown = _find_date(text, page)
    if shown is not None and abs((_day(shown) - _day(machine)).days) == 1:
        return shown
    return machine


def _date_after_cue(el: Any, cue: str, page: _Page) -> DateValue | None:
    """The date following an element that is only a cue ("<b>Aktualisiert am </b>17.01.2021")."""
    parent = el.getparent()
    if parent is None:
        return None
    line = _text(parent)
    if len(line) <= MAX_DATE_LINE_CHARS and line.startswith(cue):
        return _find_date(line, page)
    after = el.getnext()  # "<span>Erschienen am:</span> <h2>13.10.2021</h2>" in a longer block
    text = _text(after) if after is not None and isinstance(after.tag, str) else ""
    return _find_date(text, page) if text and len(text) <= MAX_STANDALONE_CHARS else None


def _date_near_headline(page: _Page) -> DateValue | None:
    """A date written in the block around the first article <h1> (its header or its parents, kept short)."""
    for h1 in _h1s(page):
        if _is_site_heading(h1, page):
            continue
        block = h1
        for anc in list(h1.iterancestors())[:3]:
            if anc.tag in ("body", "html") or len(_text(anc)) > MAX_HEADER_CHARS:
                break
            block = anc
        return _find_date(_text(block), page)
    return None


def _standalone_date(page: _Page) -> DateValue | None:
    """The first short text that is a date and nothing else ("<dd>12.01.2017</dd>"), outside side regions."""
    for el in page.tree.iter(*_TEXT_TAGS, "br"):
        raw = el.tail if el.tag == "br" else el.text  # "Benni<br/>10. September 2017"
        if not raw or _DIGIT.search(raw) is None:
            continue  # every date shape holds a digit
        text = _text(raw)
        if not MIN_DATE_CHARS <= len(text) <= MAX_STANDALONE_CHARS:
            continue
        span = dates.date_span(text, page.lex)
        if span is None or not _only_date(text, span, page.lex):
            continue
        if not _in_side_region(el, page):
            found = _find_date(text, page)
            if found is not None:
                return found
    return None


def _dateline(page: _Page) -> DateValue | None:
    """The date opening one of the page's first paragraphs ("(21. November 2022) Energieverbraucher …")."""
    seen = 0
    for p in _paragraphs(page):
        text = _text(p)
        if len(text) < MIN_PARAGRAPH_CHARS or _in_side_region(p, page):
            continue
        span = dates.date_span(text[:DATELINE_CHARS], page.lex)
        if span is not None and _FULL_YEAR.search(text, span[0], span[1]):
            # "Am 5. Mai hat …" opens on the day of the news, not a dateline: a year is asked for
            return _find_date(text[: span[1]], page)
        seen += 1
        if seen >= DATELINE_PARAGRAPHS:
            break
    return None


def _only_date(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Tell whether a text holds a date and little else: a weekday, a time, at most a couple of words."""
    rest = [w for w in _WORDS.findall(text[: span[0]] + " " + text[span[1] :]) if not w.isdigit()]
    return len([w for w in rest if not _is_day_name(w, lex)]) <= MAX_WORDS_BESIDE_DATE


def _image_url_date(page: _Page) -> DateValue | None:
    """A date in the address of the page's preview image ("/2020/03/04/" in og:image): uploaded with it."""
    for key in ("og:image", "twitter:image"):
        m = _URL_DATE.search(_first_meta(page, key) or "")
        if m:
            return dates.parse_date(f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", lex=page.lex)
    return None


def _url_date(page: _Page) -> DateValue | None:
    """A date written in the page URL or canonical URL ("/2023/12/05/")."""
    for url in (page.url, _canonical(page)):
        m = _URL_DATE.search(url or "")
        dmy = _URL_DMY.search(url or "")
        ymd = (m[1], m[2], m[3]) if m else (dmy[3], dmy[2], dmy[1]) if dmy else None
        if ymd:
            found = dates.parse_date(f"{ymd[0]}-{int(ymd[1]):02d}-{int(ymd[2]):02d}", lex=page.lex)
            if found is not None:
                return found
    return None
