"""Plain-text dumps of pages: recognise headline, body, related blocks and boilerplate from lines.

A dump has no markup, so every line is judged by its shape and its words:

* related blocks are a related label followed by titles and their dates (own lines or glued on), or,
  without a label, at least two dated titles; "Lire aussi : <title>" lines are related links too;
* boilerplate is any line the boilerplate lexicon names (headings, banners, "Publié le …" lines), and
  the lists under ticker/promo headings;
* the body is the largest run of prose lines (long, with sentence punctuation) left over;
* the headline is the fullest title-like line just above the byline/date line, else a repeated one,
  else the one just above the body;
* byline and date lines above the body feed the metadata.
docs/related.md gives every rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from . import dates
from .document import TextDocument
from .lexicon import Lexicon
from .model import Block, DateValue, RelatedLink
from .options import Options
from .parts import Body, Metadata, Structure
from .related import Vocabulary, clean_text, datelike, fold, is_label, to_day, vocabulary

Kind = Literal[
    "prose",
    "short",
    "date",
    "related_label",
    "related",
    "insert",
    "boiler",
    "heading_boiler",
    "meta",
    "headline",
]

_MIN_TITLE_CHARS = 8  # a title glued to a date keeps at least this much text
_DATE_LINE_MAX = 45  # a date line is short: "Mercredi 24 Avril 2024", "24/04/2024 à 11h20"
_TITLE_MAX = 200  # headlines and linked titles are one line of a few words
_TITLE_MIN_WORDS = 2
_PROSE_MIN_CHARS = 60
_PROSE_MIN_WORDS = 8
_HEAD_MAX_LINES = 60  # lines above the body searched for the headline
_HEAD_TO_BYLINE = 3  # a headline stands at most this many lines above the byline/date line…
_HEAD_TO_BYLINE_FAR = 6  # … or, with section names and buttons in between, this many
_HEAD_MIN_WORDS = 4
_GLUED_DAY_MIN = 5  # day names this long are recognised even glued to the title ("lundi", not "mar")
_ITEM_MIN_WORDS = 3  # a related title in a dump has a few words…
_TITLE_OPENERS = "0123456789«\"“'‘([¿¡"  # … and opens with a capital, a digit or a quote
_MAX_ITEM_LINES = 2  # title lines one date may go with (a title and its kicker or author)
_TEASER_MAX = 220  # a related title's summary is one or two short sentences
_NAME_DATE_MAX = 60  # a byline made of a name and a date, without cue, is this short
_CREDIT_MAX = 60  # a credit after a caption is a few words ("Photo AFP / Jean-Luc Ferrand")
_BANNER_MAX_CHARS = 400  # a cookie or newsletter banner is a few sentences at most
_BODY_GAP = 3  # this many non-prose lines in a row end a run of body
_SPLIT_MIN_CHARS = 200  # a dump that is one line longer than this is a flattened page
_WRAP_MIN_CHARS = 40  # a wrapped line is long; a short one without a full stop is a label or title
_HEADING_SHARED = 1 / 3  # share of a subheading's words the body uses too (menus and foreign noise don't)

_COUNT = re.compile(r"\s*\(\d+\)$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_TRAIL = re.compile(r"\s[›»>/|]\s")  # "Accueil › Espace": breadcrumb separators (» unless quoting)
_LEAD_NUMERIC = re.compile(r"^\W*(?:\w+\s+)?(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?!\d)[\s\-–—:|,]*")
_DATE_START = re.compile(r"(?<!\d)\d|(?<=[a-zà-ÿ])[A-ZÀ-Ý]|(?<=\s)[A-ZÀ-Ý(]")  # where a glued date may begin
_TITLE_DATE_GLUE = " -–—|·,(:"
_DMY_FULL = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)")
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY_MONTH = re.compile(r"(?<!\d)\d{1,2}(?P<suf>[^\W\d_]{0,3})\s+(?P<mo>[^\W\d_]+\.?)")
_BULLET = re.compile(r"^[-–—•*·▪►]\s+")
_INSERT = re.compile(r"^\W*(?P<cue>[^:>»|–—-]{3,30}?)\s*[:>»|–—-]\s*(?P<title>.+)$")
_LAST_SENTENCE = re.compile(r"(?<=[.!?…»])\s+")
_TERMINAL = re.compile(r"[.!?…:;»\"”)\]]$")
# a sentence ends with a stop, possibly inside closing quotes; a title may end with a quote ("… ordinaire »")
_PROSE_END = re.compile(r"[.!?…:;][»\"”’)\]\s]*$")
_SENTENCE = re.compile(r"[.!?…]\s")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…»\"”])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")
_BYLINE_SPLIT = re.compile(r"\s+[—–|•·-]\s+|\s*[|•·]\s*")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w’'.-]*,?")
_PARTICLE_MAX = 3  # "de", "van", "et": short lowercase words inside or between names
_NAME_MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class _Line:
    """One non-blank line of the dump, its position, what it looks like, and its blank-line paragraph."""

    index: int
    text: str
    kind: Kind
    para: int  # lines with the same number are not separated by a blank line


def read(doc: TextDocument, *, lex: Lexicon, options: Options) -> Structure:
    """Split a text dump into metadata, body blocks and related links."""
    words = vocabulary(lex)
    lines = _classify(_prepare(doc.lines), lex, words)
    related, used = _related(lines, lex, words)
    lines = [_with_kind(ln, "related") if ln.index in used else ln for ln in lines]
    rest = [ln for ln in lines if ln.kind != "related"]
    body_lines = _body_run(lines)
    start = body_lines[0].index if body_lines else len(doc.lines)
    titles = {link.title for link in related}
    headline = _headline([ln for ln in rest if ln.index < start] or rest, titles)
    if headline is not None:
        lines = [_with_kind(ln, "headline") if ln.text == headline else ln for ln in lines]
        body_lines = [ln for ln in body_lines if ln.text != headline]
    metadata = _metadata(lines, headline, body_lines, used, lex, options)
    body = Body(blocks=_blocks(body_lines, lines))
    return Structure(metadata=metadata, body=body, related=related)


def _with_kind(line: _Line, kind: Kind) -> _Line:
    """A copy of `line` classified as `kind`."""
    return _Line(line.index, line.text, kind, line.para)


# ----- lines ------------------------------------------------------------------------------------


def _prepare(raw: tuple[str, ...]) -> list[str]:
    """The dump's lines, whitespace-normalised; hard-wrapped sentences rejoined; a one-line page cut up."""
    texts = [clean_text(t) for t in raw]
    filled = [t for t in texts if t]
    if len(filled) == 1 and len(filled[0]) >= _SPLIT_MIN_CHARS:
        return _SENTENCE_SPLIT.split(filled[0])  # a page flattened onto one line: one sentence a line
    out: list[str] = []
    for text in texts:
        if out and out[-1] and text and _continues(out[-1], text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _continues(prev: str, text: str) -> bool:
    """True when `text` goes on with the sentence `prev` left open (a hard line wrap)."""
    return len(prev) >= _WRAP_MIN_CHARS and not _TERMINAL.search(prev) and text[0].islower()


def _classify(texts: list[str], lex: Lexicon, words: Vocabulary) -> list[_Line]:
    """Classify the non-blank lines, numbering paragraphs at each blank line."""
    out: list[_Line] = []
    para = 0
    for i, text in enumerate(texts):
        if not text:
            para += 1
            continue
        out.append(_Line(i, text, _kind(text, lex, words), para))
    return out


def _kind(text: str, lex: Lexicon, words: Vocabulary) -> Kind:
    """What one line looks like: a related label, boilerplate, byline/date line, a date, prose or short."""
    key = _COUNT.sub("", fold(text))  # "Commentaires (12)" is the "Commentaires" heading
    if _insert(text, words) is not None:
        return "insert"
    if is_label(key, words):
        return "related_label"
    if key in words.refused or key in _boilerplate(lex).headings:
        return "heading_boiler"
    if _is_meta(text, key, lex):
        return "meta"
    if _is_boilerplate(text, key, lex):
        return "boiler"
    if len(text) <= _DATE_LINE_MAX and datelike(text, lex) and to_day(text, lex, yearless=True) is not None:
        title, when = _split_date(text, lex)
        return "short" if when is not None and _title_like(title) else "date"
    if _is_prose(text):
        return "prose"
    return "short"


def _insert(text: str, words: Vocabulary) -> tuple[str, str] | None:
    """(cue, title) for an inline insert line ("Lire aussi : Cholet : Sorelec reprend 60 salariés")."""
    match = _INSERT.match(text)
    if match is None or not words.cue.fullmatch(fold(match.group("cue"))):
        return None
    title = match.group("title").strip()
    return (match.group("cue").strip(), title) if _title_like(title) and title[:1].isupper() else None


@dataclass(frozen=True, slots=True)
class _Boilerplate:
    """The boilerplate lexicon of one language, folded once."""

    headings: frozenset[str]
    banners: tuple[str, ...]
    prefixes: tuple[str, ...]
    bylines: tuple[str, ...]  # longest first
    line_max: int
    credits: frozenset[str]  # first words of credit prefixes ("photo", "credit", "©")


@cache
def _boilerplate(lex: Lexicon) -> _Boilerplate:
    """Fold the boilerplate headings, banner phrases and line prefixes of `lex` (once per lexicon)."""
    bp = lex.boilerplate
    return _Boilerplate(
        headings=frozenset(fold(k) for k in getattr(bp, "HEADINGS", {})),
        banners=tuple(f for f in (fold(k) for k in getattr(bp, "BANNER_PHRASES", {})) if f),
        prefixes=tuple(f for f in (fold(k) for k in getattr(bp, "LINE_PREFIXES", ())) if f),
        bylines=tuple(sorted(getattr(bp, "BYLINE_PREFIXES", ()), key=len, reverse=True)),
        line_max=getattr(bp, "LINE_MAX_CHARS", 120),
        credits=frozenset(_credit_words(getattr(bp, "LINE_PREFIXES", ()))),
    )


def _credit_words(prefixes: Iterable[str]) -> Iterator[str]:
    """The first word of each label-like line prefix ("Photo :" → "photo", "Crédit :" → "credit", "©")."""
    for prefix in prefixes:
        words = fold(prefix).split()
        if words and (prefix.rstrip().endswith(":") or prefix.strip() == "©"):
            yield words[0]


def _is_boilerplate(text: str, key: str, lex: Lexicon) -> bool:
    """True for a short line the boilerplate lexicon names: a banner phrase or a credit/share prefix."""
    bp = _boilerplate(lex)
    if len(text) <= _BANNER_MAX_CHARS and any(p in key for p in bp.banners):
        return True
    if len(text) <= bp.line_max and _has_line_prefix(key, lex):
        return True
    return len(text) <= _BANNER_MAX_CHARS and _ends_with_credit(text, bp)


def _ends_with_credit(text: str, bp: _Boilerplate) -> bool:
    """True for a photo caption: a sentence followed by a credit ("… mercredi. Photo Élodie Caron")."""
    tail = _LAST_SENTENCE.split(text)[-1]
    words = fold(tail).split()
    if tail == text or not 0 < len(tail) <= _CREDIT_MAX or _PROSE_END.search(tail):
        return False  # a credit is a few words without a final stop
    return bool(words) and words[0] in bp.credits


def _has_line_prefix(key: str, lex: Lexicon) -> bool:
    """True when a folded line opens with one of the boilerplate line prefixes ("Publié le", "Photo :")."""
    return key.startswith(_boilerplate(lex).prefixes)


def _is_meta(text: str, key: str, lex: Lexicon) -> bool:
    """True for a short byline ("Par Julie Marchand") or a publication/update line with a date."""
    if len(text) > _boilerplate(lex).line_max:
        return False
    if _byline_name(text, lex) is not None or _is_name_date(text, lex):
        return True
    if dates.date_line_kind(text, lex) is None or dates.find_date_in_text(text, lex) is None:
        return False
    # "Le 5 mai 2024, le gouvernement a…" opens with a date cue too, but it is a sentence of the body
    return not _is_prose(text) or _has_line_prefix(key, lex)


def _is_name_date(text: str, lex: Lexicon) -> bool:
    """True for a short byline of a name and a full date, no cue ("Romain Estève – 22 août 2023")."""
    if len(text) > _NAME_DATE_MAX or _is_prose(text):
        return False
    parts = _BYLINE_SPLIT.split(text, maxsplit=1)
    if len(parts) < 2 or any(c.isdigit() for c in parts[0]) or not _full_date(parts[1], lex):
        return False
    return bool(_names(parts[0], lex))


def _is_prose(text: str) -> bool:
    """True for a sentence-like line: long enough, several words, sentence punctuation."""
    if len(text) < _PROSE_MIN_CHARS or len(text.split()) < _PROSE_MIN_WORDS:
        return False
    return bool(_PROSE_END.search(text) or _SENTENCE.search(text))


def _title_like(text: str) -> bool:
    """True for a line shaped like a headline: a few words on one line, not a full paragraph."""
    n = len(text.split())
    return n >= _TITLE_MIN_WORDS and len(text) <= _TITLE_MAX and not text.endswith((".", ","))


# ----- headline ---------------------------------------------------------------------------------


def _headline(lines: list[_Line], related: set[str]) -> str | None:
    """The headline among title-like lines above the body (never a related title shown elsewhere): just
    above a byline/date line, else repeated, else just above the body, else the one with most words."""
    top = lines[-_HEAD_MAX_LINES:]
    first_prose = len(top)
    candidates = [
        (i, ln)
        for i, ln in enumerate(top)
        if ln.kind in ("short", "prose") and _headline_like(ln.text) and ln.text not in related
    ]
    if not candidates:
        return None
    for reach in (_HEAD_TO_BYLINE, _HEAD_TO_BYLINE_FAR):  # close to the byline first, then a bit higher
        for m, meta in enumerate(top):  # above a byline/date line: the fullest line, not a kicker, a credit
            anchor = meta.kind in ("meta", "date")
            near = [ln for i, ln in candidates if m - reach <= i < m] if anchor else []
            if near:
                return max(reversed(near), key=lambda ln: len(ln.text.split())).text
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    for _, ln in candidates:
        if counts[ln.text] > 1 and len(ln.text.split()) > _HEAD_MIN_WORDS:
            return ln.text
    above_body = [ln for i, ln in candidates if first_prose - i <= _HEAD_TO_BYLINE]
    if above_body:
        return above_body[-1].text
    return max(candidates, key=lambda c: len(c[1].text.split()))[1].text


def _headline_like(text: str) -> bool:
    """True for a line that may be the headline: title-shaped, several words, not a breadcrumb trail."""
    trail = _TRAIL.search(text.replace("«", "").replace("»", "") if "«" in text else text)
    return _title_like(text) and len(text.split()) >= _HEAD_MIN_WORDS and not trail


# ----- related ----------------------------------------------------------------------------------


def _related(lines: list[_Line], lex: Lexicon, words: Vocabulary) -> tuple[tuple[RelatedLink, ...], set[int]]:
    """Related links by label, then by date/title shape; also the line indexes they used."""
    out: list[RelatedLink] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "related_label":
            links, end = _items_after(lines, i + 1, lex, _pretty_label(ln.text))
            used.update(x.index for x in lines[i:end])
            out.extend(_strip_common_kicker(links))
            i = end
            continue
        if ln.kind == "insert":
            found = _insert(ln.text, words)
            if found is not None:
                out.append(RelatedLink(title=found[1], url=None, date=None, label=found[0]))
            i += 1  # the insert stays a line of the body's run, which goes on after it
            continue
        if ln.kind == "heading_boiler":  # the list a ticker or promo heading introduces is not related
            _, end = _items_after(lines, i + 1, lex, ln.text)
            i = max(end, i + 1)
            continue
        if _may_open_dated_list(lines, i, lex):
            links, end = _items_after(lines, i, lex, None)
            if len(links) >= 2 and all(link.date is not None for link in links):
                used.update(x.index for x in lines[i:end])
                out.extend(_strip_common_kicker(links))
                i = end
                continue
        i += 1
    return tuple(out), used


def _may_open_dated_list(lines: list[_Line], i: int, lex: Lexicon) -> bool:
    """True when an unlabelled list of dated titles may start at line `i`: a date line, or a title with a
    date line right after it or a date glued on (other lines are not tried, to stay linear)."""
    ln = lines[i]
    if ln.kind == "date":
        return True
    if not _could_be_title(ln):
        return False
    if any(x.kind == "date" for x in lines[i + 1 : i + 1 + _MAX_ITEM_LINES]):
        return True
    return _split_date(ln.text, lex)[1] is not None


def _pretty_label(text: str) -> str:
    """A label as shown, without its trailing colon."""
    return text.rstrip(" :")


def _could_be_title(line: _Line) -> bool:
    """True for a line that may be a linked article title."""
    return line.kind == "short" and _title_like(line.text)


@dataclass(frozen=True, slots=True)
class _Piece:
    """One line of a related block: a date line (title None) or a title, with its date if glued on."""

    end: int  # position after this line
    title: str | None
    date: dt.date | None


def _items_after(
    lines: list[_Line], start: int, lex: Lexicon, label: str | None
) -> tuple[list[RelatedLink], int]:
    """Read the titles of a related block, each with its date (own line before/after, or glued on)."""
    pieces: list[_Piece] = []
    i = start
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "date":
            pieces.append(_Piece(i + 1, None, to_day(ln.text, lex)))
        elif _teaser(lines, i, lex, labelled=label is not None) and pieces and pieces[-1].title:
            pass  # a title's one-sentence summary: part of the block, not an item
        else:
            found = _title_and_date(ln, lex, labelled=label is not None)
            if found is not None:
                pieces.append(_Piece(i + 1, *found))
            elif not (label is not None and _kicker_before_item(lines, i, lex)):
                break
        i += 1
    first_date = next((k for k, p in enumerate(pieces) if p.title is None), None)
    if first_date is not None and first_date > _MAX_ITEM_LINES:
        pieces = pieces[:first_date]  # a list of titles, then a date that belongs to something else
        i = pieces[-1].end if pieces else start
    if not any(p.title is None for p in pieces):
        items = [(RelatedLink(p.title or "", None, p.date, label), p.end) for p in pieces]
        return _dated_prefix(items, start, i)
    return _grouped(pieces, label, start)


def _grouped(pieces: list[_Piece], label: str | None, start: int) -> tuple[list[RelatedLink], int]:
    """Titles paired with date lines: each date and the lines up to the next date make one item, whose
    title is its longest line (the others are kickers or authors)."""
    date_first = pieces[0].title is None
    groups: list[list[_Piece]] = []
    current: list[_Piece] = []
    for piece in pieces:
        if piece.title is None and (current if date_first else True):
            if date_first:
                groups.append(current)
                current = [piece]
            else:
                groups.append([*current, piece])
                current = []
        else:
            current.append(piece)
    if date_first and current:
        groups.append(current)
    sizes = [len(g) for g in groups[:-1]] if len(groups) > 1 else []
    if sizes and date_first:  # the last item has as many lines as the others: what follows is not in it
        groups[-1] = groups[-1][: max(set(sizes), key=sizes.count)]
    elif sizes:  # an item longer than the usual one starts another block ("Plus en Montréal")
        usual = max(set(sizes), key=sizes.count)
        cut = next((k for k, g in enumerate(groups) if k and len(g) > usual), len(groups))
        groups = groups[:cut]
    out: list[RelatedLink] = []
    end = start
    for group in groups:
        titles = [p for p in group if p.title]
        dated = [p for p in group if p.title is None]
        if not titles or not dated:
            continue
        when = dated[0].date  # None for a date shown without its year
        best = max(titles, key=lambda p: len(p.title or ""))
        out.append(RelatedLink(best.title or "", None, best.date or when, label))
        end = max(end, group[-1].end)
    return out, end


def _kicker_before_item(lines: list[_Line], i: int, lex: Lexicon) -> bool:
    """True for a short line (a kicker, a section or author name) that an item of the block follows
    within two lines: "Point d'étape" above a title, "Emmanuelle Ducros" under one."""
    for k in range(i, min(i + _MAX_ITEM_LINES, len(lines))):
        ln = lines[k]
        if ln.kind != "short" or len(ln.text.split()) > _ITEM_MIN_WORDS or not ln.text[0].isupper():
            return False  # lower-case short lines ("les forums", "sur le web") are menus
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and (nxt.kind == "date" or _title_and_date(nxt, lex, labelled=True) is not None):
            return True
    return False


def _teaser(lines: list[_Line], i: int, lex: Lexicon, *, labelled: bool) -> bool:
    """True for a short summary sentence under a related title, followed by a date or another title."""
    ln = lines[i]
    if (
        not labelled
        or ln.kind not in ("short", "prose")
        or len(ln.text) > _TEASER_MAX
        or _title_like(ln.text)
    ):
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and (nxt.kind == "date" or _title_and_date(nxt, lex, labelled=False) is not None)


def _dated(link: RelatedLink, when: dt.date | None) -> RelatedLink:
    """`link` with its date set."""
    return RelatedLink(title=link.title, url=link.url, date=when, label=link.label)


def _dated_prefix(
    items: list[tuple[RelatedLink, int]], start: int, end: int
) -> tuple[list[RelatedLink], int]:
    """In a dated list, undated lines after the last dated title are not part of it ("Commentaires")."""
    last = max((k for k, (link, _) in enumerate(items) if link.date is not None), default=None)
    if last is None or last == len(items) - 1:
        return [link for link, _ in items], end
    kept = items[: last + 1]
    return [link for link, _ in kept], kept[-1][1]


def _title_and_date(line: _Line, lex: Lexicon, *, labelled: bool) -> tuple[str, dt.date | None] | None:
    """A linked title and the date glued before or after it on the same line, if the line is one."""
    if line.kind not in ("short", "meta", "prose") or (line.kind == "prose" and not labelled):
        return None
    title, when = _split_date(line.text, lex)
    if not _title_like(title) or (line.kind == "meta" and when is None):
        return None
    if len(title.split()) < _ITEM_MIN_WORDS or not (title[0].isupper() or title[0] in _TITLE_OPENERS):
        return None  # "les forums", "Autres Informations": page furniture, not a headline
    return title, when


def _split_date(text: str, lex: Lexicon) -> tuple[str, dt.date | None]:
    """Cut a date shown at the start or end of a title line ("05/02/2024 Titre", "Titre - 24 avril 2024")."""
    head = _LEAD_NUMERIC.match(text)
    if head is not None and (when := to_day(head.group("date"), lex)) is not None:
        return text[head.end() :].strip(), when
    starts = {m.start() for m in _DATE_START.finditer(text) if m.start() >= _MIN_TITLE_CHARS}
    for pos in sorted(starts, reverse=True):  # the shortest tail that is a whole dated day
        tail = text[pos:]
        if len(tail) > _DATE_LINE_MAX:
            break
        if _full_date(tail, lex) and (when := to_day(tail, lex)) is not None:
            return _strip_date_words(text[:pos], lex).rstrip(_TITLE_DATE_GLUE), when
    return text, None


def _full_date(text: str, lex: Lexicon) -> bool:
    """True for a date with day, month and year ("24 avril 2024", "24/04/2024"), not a bare year or day."""
    if _DMY_FULL.search(text):
        return True
    low = text.lower()
    suffixes = lex.dates.ORDINAL_SUFFIXES
    return bool(_YEAR4.search(low)) and any(
        m.group("mo").rstrip(".") in lex.dates.MONTHS and (not m.group("suf") or m.group("suf") in suffixes)
        for m in _DAY_MONTH.finditer(low)
    )


def _strip_date_words(text: str, lex: Lexicon) -> str:
    """Drop a day name or a date cue ("Publié le", "le") ending a title before its date: a whole word,
    a capitalised one glued on ("communesPublié le"), or a full day name glued on ("Francelundi")."""
    text = text.rstrip()
    words = sorted(
        {*lex.dates.DAYS, *lex.dates.PUBLISHED_CUES, *lex.dates.FILLER_WORDS}, key=len, reverse=True
    )
    changed = True
    while changed:
        changed = False
        low = text.lower()
        for word in words:
            cut = len(text) - len(word)
            if len(word) < 2 or not low.endswith(word) or cut < _MIN_TITLE_CHARS:
                continue
            glued_day = word in lex.dates.DAYS and len(word) >= _GLUED_DAY_MIN  # "Francelundi"
            if glued_day or not text[cut - 1].isalnum() or text[cut].isupper():
                text = text[:cut].rstrip()
                changed = True
                break
    return text


def _strip_common_kicker(links: list[RelatedLink]) -> list[RelatedLink]:
    """Drop a rubric word every title of a block opens with ("Reportages Sécheresse : …", "Débats …")."""
    firsts = {link.title.split(" ", 1)[0] for link in links}
    if len(links) < 2 or len(firsts) != 1:
        return links
    rests = [link.title.split(" ", 1)[1] if " " in link.title else "" for link in links]
    if not all(r[:1].isupper() and _title_like(r) and len(r.split()) >= _ITEM_MIN_WORDS for r in rests):
        return links
    return [RelatedLink(r, link.url, link.date, link.label) for r, link in zip(rests, links, strict=True)]


# ----- body -------------------------------------------------------------------------------------


def _body_run(lines: list[_Line]) -> list[_Line]:
    """The largest run of prose lines (by characters); short lines inside it are kept for judging."""
    runs: list[list[_Line]] = []
    current: list[_Line] = []
    gap = 0
    for ln in lines:
        if ln.kind == "prose":
            current.append(ln)
            gap = 0
            continue
        if ln.kind in ("related_label", "related", "heading_boiler"):
            current, gap = _close(runs, current), 0
            continue
        if ln.kind in ("boiler", "meta", "headline", "date", "insert"):
            continue
        if current and _list_item(current[-1].text, ln.text):
            current.append(ln)  # items of a list the body announced ("… desserviront :")
            continue
        gap += 1
        if gap >= _BODY_GAP:
            current, gap = _close(runs, current), 0
        elif current:
            current.append(ln)
    _close(runs, current)
    if not runs:
        return []
    return max(runs, key=lambda run: sum(len(x.text) for x in run if x.kind == "prose"))


def _list_item(prev: str, text: str) -> bool:
    """True for a short line that reads as a list item: bulleted, or after a line ending with ":" or ";"."""
    return bool(_BULLET.match(text)) or prev.rstrip().endswith((":", ";"))


def _close(runs: list[list[_Line]], current: list[_Line]) -> list[_Line]:
    """Store a finished run (trailing short lines dropped) and start a new one."""
    while current and current[-1].kind != "prose":
        current.pop()
    if current:
        runs.append(current)
    return []


def _blocks(run: list[_Line], lines: list[_Line]) -> tuple[Block, ...]:
    """Body blocks from a run: prose joined by blank-line paragraphs; title-like short lines as headings."""
    if not run:
        return ()
    vocab = {w for ln in run if ln.kind == "prose" for w in _WORD.findall(ln.text.lower())}
    blank_structure = len({ln.para for ln in lines}) > 1
    out: list[Block] = []
    buffer: list[str] = []
    last_para: int | None = None
    for ln in run:
        if ln.kind != "prose":
            buffer = _flush(out, buffer)
            if out and _list_item(out[-1].text, ln.text):
                out.append(Block("list_item", _BULLET.sub("", ln.text)))
            elif _title_like(ln.text) and not _TERMINAL.search(ln.text) and _shares_words(ln.text, vocab):
                out.append(Block("heading", ln.text, level=2))
            elif _TERMINAL.search(ln.text) and len(ln.text.split()) >= 4:
                out.append(Block("paragraph", ln.text))
            last_para = None
            continue
        joins = (
            blank_structure and ln.para == last_para and not _TERMINAL.search(buffer[-1] if buffer else ".")
        )
        if not joins:
            buffer = _flush(out, buffer)
        buffer.append(ln.text)
        last_para = ln.para
    _flush(out, buffer)
    return tuple(out)


def _shares_words(text: str, vocab: set[str]) -> bool:
    """True when enough of a line's words occur in the body: a subheading, not a stray menu line."""
    found = _WORD.findall(text.lower())
    return bool(found) and sum(w in vocab for w in found) >= _HEADING_SHARED * len(found)


def _flush(out: list[Block], buffer: list[str]) -> list[str]:
    """Emit the buffered lines as one paragraph and return an empty buffer."""
    if buffer:
        out.append(Block("paragraph", " ".join(buffer)))
    return []


# ----- metadata ---------------------------------------------------------------------------------


def _metadata(
    lines: list[_Line],
    headline: str | None,
    body: list[_Line],
    used: set[int],
    lex: Lexicon,
    options: Options,
) -> Metadata:
    """Headline, authors and dates from the lines before the body (byline and date lines)."""
    start = body[0].index if body else len(lines)
    authors: list[str] = []
    published: DateValue | None = None
    modified: DateValue | None = None
    tz = options.default_timezone
    for ln in lines:
        if ln.index >= start or ln.index in used:
            continue
        names = _byline_names(ln.text, lex) or _name_before_date(ln, lex)
        for name in names:
            if name not in authors:
                authors.append(name)
        when = dates.find_date_in_text(ln.text, lex, tz) if ln.kind in ("meta", "date") else None
        if when is None:
            continue
        if dates.date_line_kind(ln.text, lex) == "modified":
            modified = modified or when
        else:
            published = published or when
    # a dump carries no lang attribute: it was read with the lexicon of this language
    return Metadata(
        headline=headline, authors=tuple(authors), published=published, modified=modified, lang=options.lang
    )


def _name_before_date(line: _Line, lex: Lexicon) -> tuple[str, ...]:
    """The names opening a date line without cue ("Romain Estève – 22 août 2023")."""
    if not _is_name_date(line.text, lex):
        return ()
    return _names(_BYLINE_SPLIT.split(line.text, maxsplit=1)[0], lex)


def _byline_name(text: str, lex: Lexicon) -> str | None:
    """The first author named by a byline line ("Par Julie Marchand — Publié le …"), else None."""
    names = _byline_names(text, lex)
    return names[0] if names else None


def _byline_names(text: str, lex: Lexicon) -> tuple[str, ...]:
    """The authors a byline line names ("Par Camille Ferrand et Julien Teyssier"), else ()."""
    if len(text) > _boilerplate(lex).line_max:
        return ()
    head = _BYLINE_SPLIT.split(text, maxsplit=1)[0].strip()
    for prefix in _boilerplate(lex).bylines:
        if head.lower().startswith(prefix.lower() + " "):
            return _names(head[len(prefix) + 1 :], lex)
    return ()


def _names(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Personal names in a byline: capitalised words, short particles inside a name ("Jean de La Fontaine");
    a short lowercase word after a full name joins two names ("et", "and")."""
    calendar = {*lex.dates.DAYS, *lex.dates.MONTHS}
    out: list[str] = []
    current: list[str] = []
    for token in _NAME_TOKEN.findall(text):
        word = token.strip(",")
        if word[:1].isupper() and word.lower().rstrip(".") not in calendar:
            current.append(word)
        elif word[:1].islower() and len(word) <= _PARTICLE_MAX and len(current) < 2 and current:
            current.append(word)  # a particle inside a name
        elif word[:1].islower() and len(word) <= _PARTICLE_MAX and current:
            out.append(" ".join(current))  # a conjunction between two names
            current = []
            continue
        else:
            break
        if token.endswith(","):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return tuple(n for n in (_trim_particles(x) for x in out) if n and len(n.split()) <= _NAME_MAX_WORDS)


def _trim_particles(name: str) -> str:
    """Drop lowercase words left dangling at the end of a name."""
    words = name.split()
    while words and words[-1][:1].islower():
        words.pop()
    return " ".join(words)
