"""Published and modified dates: JSON-LD, <meta>, <time>, visible date lines, the URL."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import dates
from ..lexicon import Lexicon
from ..model import DateValue
from .describe import _canonical
from .page import (
    _DATE_HINT,
    _H1,
    _ITEMPROP,
    _LOGO_HINT,
    _MODIFIED_HINT,
    _WORDS,
    _first_meta,
    _hints,
    _in_skipped,
    _is_day_name,
    _is_site_heading,
    _ld_field,
    _ld_text,
    _Page,
    _text,
)

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
    *("i", "address", "a", "dt", "th", "label", "h1", "h2", "h3", "h4", "h5", "h6"),
)


MAX_DATE_LINE_CHARS = 200


MAX_HEADER_CHARS = 800


LOGO_LEVELS = 3  # a date this close under a logo/brand element is the edition's, not the article's


WEST_UTC_HOURS = 10  # a UTC time before 10:00 may be the evening before in the Americas


EAST_UTC_HOUR = 22  # a UTC time from 22:00 may be the next morning in Europe and Asia


MIN_DATE_CHARS = 6


MAX_STANDALONE_CHARS = 60


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
)  # the headline's block: headline, kicker, byline, date line, not the article


def _dates(page: _Page) -> tuple[DateValue | None, DateValue | None]:
    """Publication and modification dates: structured sources first, then visible lines, then the URL."""
    published = _structured(page, "datePublished", _PUBLISHED_META) or _structured(page, "dateCreated", ())
    modified = _structured(page, "dateModified", _MODIFIED_META)
    if published is None or modified is None or _is_utc(published):
        seen_pub, seen_mod = _visible_dates(page)
        published = _local_day(published, seen_pub) or seen_pub
        modified = modified or seen_mod
    if published is None:
        # a page showing one date, as "updated", was published then
        published = _url_date(page) or modified or _standalone_date(page) or _image_url_date(page)
    return published, modified


def _is_utc(value: DateValue | None) -> bool:
    """Tell whether a value is a datetime written in UTC (its day may not be the page's own)."""
    return isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0)


def _local_day(structured: DateValue | None, seen: DateValue | None) -> DateValue | None:
    """The structured date, unless it is UTC and the page shows the day before or after (its local day)."""
    if not _is_utc(structured) or seen is None:
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
    candidates: list[Any] = [_ld_field(page, ld_key, _PAGE_TYPES)]
    candidates += [page.meta.get(k, (None,))[0] for k in meta_keys]
    for value in candidates:
        found = dates.parse_structured_date(_ld_text(value), lex=page.lex, tz=page.tz) if value else None
        if found is not None:
            return found
    for el in _ITEMPROP(page.tree):
        if el.get("itemprop") == ld_key and el.tag != "meta":
            raw = el.get("datetime") or el.get("content") or _text(el)
            found = dates.parse_structured_date(raw, lex=page.lex, tz=page.tz)
            if found is not None:
                return found
    return None


def _visible_dates(page: _Page) -> tuple[DateValue | None, DateValue | None]:
    """Dates shown: <time>, hinted or cue-led short lines ("Publié le …"), then the headline's block."""
    published: DateValue | None = None
    modified: DateValue | None = None
    for el in page.tree.iter(_DATE_TAGS):
        # a post's own footer often carries its date: only the other regions are skipped
        if not _may_hold_date(el, page) or _in_skipped(el, page, footers=False) or _in_banner(el, page):
            continue
        kind, found = _read_date_element(el, page)
        if found is None:
            continue
        if kind == "modified":
            modified = modified or found
        else:
            published = published or found
        if published is not None and modified is not None:
            break
    return published or _date_near_headline(page), modified


def _in_banner(el: Any, page: _Page) -> bool:
    """Tell whether an element sits in the site's logo or banner (today's date of the edition)."""
    for depth, anc in enumerate(el.iterancestors()):
        if anc in page.main or anc.tag in ("body", "html"):
            return False
        if anc.get("role") == "banner" or (depth < LOGO_LEVELS and _LOGO_HINT.search(_hints(anc))):
            return True
    return False


def _may_hold_date(el: Any, page: _Page) -> bool:
    """Cheap test before reading an element: a <time>, a date-ish class, or direct text opening on a cue."""
    if el.tag == "time" or _DATE_HINT.search(_hints(el)) or (el.tag == "abbr" and el.get("title")):
        return True
    raw = el.text
    if not raw or len(raw) > MAX_DATE_LINE_CHARS or not raw.strip()[:1].isalpha():
        return False  # most elements: no direct text, or text that cannot open on a cue
    head = _text(raw)
    return dates.date_line_kind(head, page.lex) is not None or _is_date_label(head, page.lex)


def _is_date_label(text: str, lex: Lexicon) -> bool:
    """Tell whether a text is only a label put before a date ("Datum :", "Mise en ligne", "Stand -")."""
    return text.lower().rstrip(" :-–|") in dates.date_data(lex).DATE_LABELS


def _read_date_element(el: Any, page: _Page) -> tuple[str | None, DateValue | None]:
    """The kind ("published", "modified" or None) and date an element shows."""
    text = _text(el)
    if _is_date_label(_text(el.text or ""), page.lex) and el.getparent() is not None:
        text = _text(el.getparent())  # "<dt>Datum</dt><dd>12.01.2017</dd>": the date is beside the label
    if len(text) > MAX_DATE_LINE_CHARS:
        return None, None
    kind = dates.date_line_kind(text, page.lex) if text else None
    if kind is None and _MODIFIED_HINT.search(_hints(el)):
        kind = "modified"
    for raw in (el.get("datetime"), el.get("content") if el.get("itemprop") else None, el.get("title")):
        found = dates.parse_structured_date(raw, lex=page.lex, tz=page.tz) if raw and len(raw) < 60 else None
        if found is not None:
            return kind, found
    found = dates.find_date_in_text(text, page.lex, page.tz) if text else None
    if found is None and text and el.tag == "time":
        found = dates.parse_structured_date(text, lex=page.lex, tz=page.tz)
    if found is None and kind is not None:
        found = _date_after_cue(el, text, page)
    return kind, found


def _date_after_cue(el: Any, cue: str, page: _Page) -> DateValue | None:
    """The date following an element that is only a cue ("<b>Aktualisiert am </b>17.01.2021")."""
    parent = el.getparent()
    if parent is None:
        return None
    line = _text(parent)
    if len(line) > MAX_DATE_LINE_CHARS or not line.startswith(cue):
        return None
    return dates.find_date_in_text(line, page.lex, page.tz)


def _date_near_headline(page: _Page) -> DateValue | None:
    """A date written in the block around the first article <h1> (its header or its parents, kept short)."""
    for h1 in _H1(page.tree):
        if _is_site_heading(h1, page):
            continue
        block = h1
        for anc in list(h1.iterancestors())[:3]:
            if anc.tag in ("body", "html") or len(_text(anc)) > MAX_HEADER_CHARS:
                break
            block = anc
        return dates.find_date_in_text(_text(block), page.lex, page.tz)
    return None


def _standalone_date(page: _Page) -> DateValue | None:
    """The first short text that is a date and nothing else ("<dd>12.01.2017</dd>"), outside side regions."""
    for el in page.tree.iter(*_TEXT_TAGS, "br"):
        text = _text((el.tail if el.tag == "br" else el.text) or "")  # "Benni<br/>10. September 2017"
        if not MIN_DATE_CHARS <= len(text) <= MAX_STANDALONE_CHARS:
            continue
        span = dates.date_span(text, page.lex)
        if span is None or not _only_date(text, span, page.lex):
            continue
        if not _in_skipped(el, page, footers=False):
            found = dates.find_date_in_text(text, page.lex, page.tz)
            if found is not None:
                return found
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
