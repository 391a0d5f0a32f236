"""Authors: JSON-LD and <meta> people, rel=author links, visible bylines and signatures."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from .. import dates
from ..lexicon import Lexicon
from .page import (
    _BYLINE_HINT,
    _INVISIBLE,
    _ORG_TYPES,
    _SKIP_HINT,
    _first_meta,
    _hint,
    _hinted,
    _hinted_by,
    _in_skipped,
    _is_day_name,
    _is_month_name,
    _itemprops,
    _ld_field,
    _ld_text,
    _norm,
    _Page,
    _paragraphs,
    _text,
    _types,
)
from .title import _is_site, _site_keys

_XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() folds


_URLISH = re.compile(r"^(?:https?:|www\.|/)|\.(?:com|fr|org|net|de)\b", re.I)


_EMAIL = re.compile(r"\S+@\S+\.\w+")


_HANDLE_ANY = re.compile(r"@\w+")


_WORD_DIGIT = re.compile(r"(?<![^\W_])\d")


_LABEL_PUNCT = " \t\n|·•-–—"  # separators around a byline label ("| By ")


_SITE_SEPARATOR = re.compile(r"\s+[-–—|:·•]\s+")


_COPYRIGHT = re.compile(r"copyright|\(c\)|©|\d{4}|all rights reserved", re.I)


_NOT_PERSON = re.compile(r"[\d_@]|\w\.\w{2,}")  # digits, handles, domains ("Greentech.LIVE")


MAX_AUTHORS = 20  # scientific papers list many


MAX_TWITTER_LABELS = 4


MAX_SIGNATURE_WORDS = 4


_EMPHASIS = frozenset({"b", "strong", "i", "em", "font"})


DECLARED, MARKED, CUED = "declared", "marked", "cued"  # how an author source names people


MAX_NAME_WORDS = 5


MAX_BYLINE_TRIES = 10  # hinted author/byline elements read before giving up


MAX_AUTHOR_CHARS = 60


MAX_BYLINE_CHARS = 200


MAX_GATE_HEAD = 24  # longer than the first words of any byline word


_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "citation_author",
    "cxenseparse:author",
)


#: the tags a visible byline is written in
_BYLINE_TAGS = frozenset(
    {"p", "div", "span", "a", "address", "li", "strong", "em", "b", "i", "small", "font", "dd", "td", "cite"}
    | {"h5", "h6"}
)


#: pieces of the link of an author's page
_AUTHOR_PATHS = ("/author/", "/authors/", "/auteur/", "/auteurs/", "/autor/", "/autoren/")


MAX_AUTHOR_LINKS = 3


_LAST_FIRST = re.compile(r"\s*([A-Z][\w'’-]+),\s*([A-Z][\w'’-]+)\s*")


_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


_AUTHOR_EDGE = " \t,;:|/-–—·•*\"'“”«»()"


#: the cheap tests before the byline patterns: the byline words by their first two letters (lower-case),
#: as a pattern (None when only a first word of a long one starts so), and the first words of long ones
_Gate = tuple[dict[str, re.Pattern[str] | None], frozenset[str]]


def _authors(page: _Page, site: str | None) -> tuple[str, ...]:
    """Authors from JSON-LD, <meta>, microdata, rel=author, then visible bylines: first source naming one.

    A source counts when it names a person ("Jane Doe"); one naming only a first name, a handle
    or an organisation ("Nils", "gabor_munier", "Landesanstalt für Wald") is kept in case no
    source names a person. A name that is the site's own ("FOCUS online") comes last of all; a
    site name read from the page's text is never kept.
    """
    keys = _site_keys(page, site) | _site_parts(site) | _publisher_keys(page)
    site_only: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    for source, raws in _author_sources(page):
        names = _clean_names(raws, page.lex, set() if source == DECLARED else keys, strict=source == CUED)
        if names and all(_is_site(n, keys) for n in names):
            site_only = site_only or names  # the site as author: only if no person is named anywhere
        elif names:
            # "unocero, Alberto Ávila": the site beside a person's full name is the publisher
            others = tuple(n for n in names if not _is_site(n, keys))
            people = [n for n in others if _is_person(n, page.lex)]
            if people and (not weak or any(_completes(n, weak) for n in people)):
                # "Uta Staschewski, Projektleiterin der HSS": a clause beside a person is her role
                return tuple(n for n in others if not _is_clause(n, page.lex))
            weak = weak or (others if any(len(n.split()) > 1 for n in others) else names)
    return weak or site_only


def _completes(person: str, weak: tuple[str, ...]) -> bool:
    """Tell whether a person's name may replace a weak source's names.

    An organisation ("Landesanstalt für Wald") gives way to any person; a lone first name or a
    handle only to the full name it stands for ("Nils" → "Nils Pickert", "gabor_munier" →
    "Gàbor Muniér"): sites that sign with a first name or a handle do so everywhere.
    """
    if any(len(w.split()) > 1 for w in weak):
        return True
    words = [_fold(w) for w in person.split()]
    return any(_fold(w) in (words[0], "".join(words)) for w in weak)


def _fold(text: str) -> str:
    """Fold a name for loose comparisons: no accents, case or punctuation ("Gàbor_Muniér" → "gabormunier")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())


def _publisher_keys(page: _Page) -> set[str]:
    """Folded names of the publisher: JSON-LD publisher, <meta> publisher and copyright holder.

    "Copyright (c) Condé Nast 2022" names the company a <meta> author "Condé Nast" stands for.
    """
    raw = [
        _ld_text(_ld_field(page, "publisher")),
        *page.meta.get("publisher", ()),
        *page.meta.get("copyright", ()),
    ]
    keys = set()
    for value in raw:
        if value and not _URLISH.search(value):
            for part in _COPYRIGHT.sub(" ", value).split(","):
                keys.add(_norm(part))
    keys.discard("")
    return keys


def _site_parts(site: str | None) -> set[str]:
    """Folded parts of a site name written with a separator ("LN - Lübecker Nachrichten" is also "LN")."""
    if not site:
        return set()
    parts = _SITE_SEPARATOR.split(site)
    return {_norm(p) for p in parts if _norm(p)} if len(parts) > 1 else set()


def _is_person(name: str, lex: Lexicon) -> bool:
    """Tell whether a name reads as a person's full name: capitalised words ("Jane Doe", "Michiel de Jong").

    A lone word is a person only in a script without capitals ("신현주"): elsewhere it is a first
    name, a handle or an outlet. Digits, "_" and "@" belong to handles, a lower-case word to a clause.
    """
    if _NOT_PERSON.search(name):
        return False
    words = name.split()
    if len(words) == 1:
        return _caseless(words[0])
    particles = dates.date_data(lex).BYLINE_NAME_PARTICLES
    return (
        len(words) <= MAX_NAME_WORDS
        and _capitalised(words[0])
        and all(_capitalised(w) or w.lower() in particles for w in words)
    )


def _capitalised(word: str) -> bool:
    """Tell whether a name word starts with a capital ("Doe", "d'Ormesson", "al-Ajrami") or has no case."""
    core = word.rsplit("'", 1)[-1].rsplit("’", 1)[-1].rsplit("-", 1)[-1] or word
    return core[0].isupper() or _caseless(core)


def _caseless(word: str) -> bool:
    """Tell whether a word is written in a script without capitals (Korean, Chinese, Arabic…)."""
    return word[0].isalpha() and not word[0].isupper() and not word[0].islower()


def _is_clause(name: str, lex: Lexicon) -> bool:
    """Tell whether a byline part is a phrase (a role, a description): several words, some lower-case."""
    words = name.split()
    particles = dates.date_data(lex).BYLINE_NAME_PARTICLES
    return len(words) > 2 and any(w[0].islower() and w not in particles for w in words)


def _author_sources(page: _Page) -> Iterator[tuple[str, list[str]]]:
    """Raw author strings, one list per source, most reliable first (read lazily), with their kind."""
    yield DECLARED, _ld_people(_ld_field(page, "author") or _ld_field(page, "creator"), page)
    for key in _AUTHOR_META:
        values = [v for v in page.meta.get(key, ()) if not _URLISH.search(v)]
        if values:
            yield DECLARED, values
    yield DECLARED, _labelled_author(page)
    marked = [el for el in _itemprops(page) if el.get("itemprop") == "author" and el.tag != "meta"]
    yield MARKED, _first_group(marked, page)
    rels = _link_rels(page)
    yield MARKED, _first_group([a for a, rel in rels.items() if "author" in _XML_SPACE.split(rel)], page)
    for strict, text in _visible_bylines(page, rels):
        yield CUED if strict else MARKED, [text]
    yield MARKED, _first_group(_author_links(page), page)[:MAX_AUTHOR_LINKS]
    yield CUED, _signature(page)


def _anchors(page: _Page) -> list[Any]:
    """The page's <a> elements in document order (picked once per page)."""
    found = page.memo.get("anchors")
    if found is None:
        # picked by lxml's tag filter in C, over the proxies the page's walk keeps alive
        found = page.memo["anchors"] = list(page.tree.iter("a"))
    return found  # type: ignore[no-any-return]


def _link_rels(page: _Page) -> dict[Any, str]:
    """The rel attribute of each <a> that has one, in document order.

    rel is an attribute of links (<a>, <link>, <area>): on the tags bylines are written in, only <a> has it.
    """
    return {a: rel for a in _anchors(page) if (rel := a.get("rel")) is not None}


def _author_links(page: _Page) -> list[Any]:
    """The <a> elements leading to an author's page ("/author/jane-doe"), in document order."""
    hrefs = ((a, a.get("href")) for a in _anchors(page))
    return [a for a, href in hrefs if href is not None and "/aut" in href and _is_author_path(href)]


def _is_author_path(href: str) -> bool:
    """Tell whether a link's target is an author's page ("/author/jane-doe", "/autoren/x")."""
    return any(p in href for p in _AUTHOR_PATHS)


def _signature(page: _Page) -> list[str]:
    """The last paragraph that is only an emphasised name ("<p><b><i>Stefan Wasmer</i></b></p>")."""
    found: list[str] = []
    for p in _paragraphs(page):
        # most paragraphs fail at once: no child, or text of their own before it
        if not len(p) or (p.text is not None and _text(p.text)):
            continue
        children = [c for c in p if isinstance(c.tag, str)]
        if (
            len(children) != 1
            or children[0].tag not in _EMPHASIS
            or _text(p.text or "")
            or p.find(".//a") is not None
        ):
            continue
        text = _text(p)
        if text and len(text.split()) <= MAX_SIGNATURE_WORDS and not _in_skipped(p, page):
            found = [text]
    return found


def _labelled_author(page: _Page) -> list[str]:
    """The value of a "Written by" twitter:label/twitter:data pair (set by common CMS plugins)."""
    for i in range(1, MAX_TWITTER_LABELS + 1):
        label = _first_meta(page, f"twitter:label{i}")
        data = _first_meta(page, f"twitter:data{i}")
        if label and data and _opens_byline(label + " x", page.lex):
            return [data]
    return []


def _spaced(el: Any) -> str:
    """An element's text with a space between its pieces ("<span>By</span>Jane" reads "By Jane")."""
    return _text(" ".join(t for t in el.itertext() if isinstance(t, str)))


def _first_group(elements: list[Any], page: _Page) -> list[str]:
    """Texts of the marked authors outside skipped regions (related lists, comments)."""
    return [_marked_name(el) for el in elements if not _in_skipped(el, page, footers=False)][:MAX_AUTHORS]


def _marked_name(el: Any) -> str:
    """A marked author's name: its `itemprop=name` part when it has one (the rest is often a bio)."""
    names = [c.get("content") or _spaced(c) for c in el.iterdescendants() if c.get("itemprop") == "name"]
    return ", ".join(n for n in names if n) or _spaced(el)


def _ld_people(value: Any, page: _Page) -> list[str]:
    """Names of a JSON-LD author value (Person, list, string); organisations only when no person."""
    items = value if isinstance(value, list) else [value]
    people: list[str] = []
    orgs: list[str] = []
    for item in items:
        if isinstance(item, str) and not _URLISH.search(item):
            people.append(item)
        elif isinstance(item, dict):
            item = _ld_resolve(item, page)
            name = _ld_text(item.get("name"))
            if name:
                (orgs if _types(item) & _ORG_TYPES else people).append(name)
    return people or orgs


def _ld_resolve(item: dict[str, Any], page: _Page) -> dict[str, Any]:
    """The object a bare JSON-LD reference ({"@id": …}) points to in the page's graph, else the item."""
    ref = item.get("@id")
    if "name" in item or not isinstance(ref, str):
        return item
    return next((obj for obj in page.ld if obj.get("@id") == ref and "name" in obj), item)


def _visible_bylines(page: _Page, rels: dict[Any, str]) -> Iterator[tuple[bool, str]]:
    """Short visible bylines: hinted as author/byline, or opening on a byline word ("Par X").

    Yields (strict, text): a line found only by its opening word must hold capitalised names.
    One lazy walk in document order; an element's whole text is read only when its class or its
    first words may make it a byline.
    """
    lex = page.lex
    gate = _byline_gate(dates.date_data(lex).BYLINE_PREFIXES)
    firsts, heads = gate
    marked = _hinted_bylines(page, rels)
    hinted = 0
    # lxml's tag filter in C, over the proxies the page's walk keeps alive
    for el in page.tree.iter(*_BYLINE_TAGS):
        text = el.text
        children = 0
        start: str | None = ""  # a blank element without children: only a hint makes it a byline
        if text is not None and not text.isspace():
            if text.strip(_LABEL_PUNCT)[:2].lower() in firsts and not len(el):
                label = _label_line(el, text, gate, lex)
                if label:
                    yield True, label  # "<b>Autor:</b> Fritz Imhof"
                    continue
            start = text
        else:
            children = len(el)
            if children:
                start = None  # a child's text or tail, read only when needed
        if marked and hinted < MAX_BYLINE_TRIES and el in marked:
            if _skip_hinted(el, rels.get(el), page) or _in_skipped(el, page, footers=False):
                continue
            hinted += 1
            strict = False
        else:
            if start is None:
                # the first non-blank piece of the head (see `_head_text`)
                start = _piece_start(el[0])
                if not start and children > 1:
                    start = _piece_start(el[1])
            start = start.lstrip()
            # most texts fail at once: their first two letters start no byline word (`_gated`, inlined)
            first = start[:2].lower()
            if first not in firsts:
                continue
            words = firsts[first]
            if not (words is not None and words.match(start)) and not (
                len(start) < MAX_GATE_HEAD and start.lower() in heads
            ):
                continue
            if not _opens_byline(_head_text(el), lex):
                continue
            strict = True
        line = _short_spaced(el, MAX_BYLINE_CHARS)
        if line:
            yield strict, line


def _hinted_bylines(page: _Page, rels: dict[Any, str]) -> set[Any]:
    """The elements whose class, id or itemprop (or, for a link, rel) hint at an author or a byline."""
    found = {el for el, _ in _hinted_by(page, _BYLINE_HINT)}
    seen: dict[str, bool] = {}  # many links share their class and rel ("noopener")
    for a, rel in rels.items():
        key = _hint(page, a) + " " + rel
        hit = seen.get(key)
        if hit is None:
            hit = seen[key] = _BYLINE_HINT.search(key) is not None
        if hit:
            found.add(a)
    return found


def _label_line(el: Any, text: str, gate: _Gate, lex: Lexicon) -> str:
    """ "Autor: Fritz Imhof" when an element is only a byline label followed by a name, else ""."""
    label = text.strip(_LABEL_PUNCT)
    if not _gated(label, gate) or not _is_byline_label(text, lex):
        return ""
    name = _label_value(el)
    return _text(label + " " + name) if name else ""


def _skip_hinted(el: Any, rel: str | None, page: _Page) -> bool:
    """Tell whether an element's class, id, itemprop or rel names a region to skip (comments, related)."""
    if rel is None:
        return _hinted(page, el, _SKIP_HINT)
    return _SKIP_HINT.search(_hint(page, el) + " " + rel) is not None


def _piece_start(child: Any) -> str:
    """A child's text, else its tail, when not blank (comments and processing instructions have none)."""
    if isinstance(child.tag, str):
        piece = child.text
        if piece and not piece.isspace():
            return piece  # type: ignore[no-any-return]
        piece = child.tail
        if piece and not piece.isspace():
            return piece  # type: ignore[no-any-return]
    return ""


def _short_spaced(el: Any, limit: int) -> str:
    """`_spaced(el)` when at most `limit` characters long, else "" (a long element is not read whole)."""
    pieces: list[str] = []
    size = -1
    for piece in el.itertext():
        pieces.append(piece)
        # the words of the piece are in the final text, one space apart
        words = (piece if piece.isascii() else piece.translate(_INVISIBLE)).split()
        size += sum(map(len, words)) + len(words)
        if size > limit:
            return ""
    text = _text(" ".join(pieces))
    return text if len(text) <= limit else ""


def _label_value(el: Any) -> str:
    """The text after a byline label: its tail, else the next element's ("<span>By</span><span>X</span>")."""
    tail = _text(el.tail or "")
    if tail:
        return tail
    nxt = el.getnext()
    return _text(nxt) if nxt is not None and isinstance(nxt.tag, str) else ""


def _head_text(el: Any) -> str:
    """An element's own leading text and its first two children's ("<span>By </span><a>Jane Doe</a>")."""
    head = el.text or ""
    for child in el[:2]:
        if isinstance(child.tag, str):
            head += " " + (child.text or "") + " " + (child.tail or "")
    return head


def _is_byline_label(text: str, lex: Lexicon) -> bool:
    """Tell whether a text is only a byline word, as a label ("Autor:", "Von:", "Par")."""
    text = text.strip(_LABEL_PUNCT)
    return bool(text) and _byline_label(dates.date_data(lex).BYLINE_PREFIXES).fullmatch(text) is not None


@cache
def _byline_label(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a text made only of a byline word and punctuation, built once per lexicon."""
    words = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?:{words})\W*", re.I)


def _opens_byline(head: str, lex: Lexicon) -> bool:
    """Tell whether a text starts with a byline word ("Par", "By", "Von", "Auteur :")."""
    return (
        bool(head) and _byline_opener(dates.date_data(lex).BYLINE_PREFIXES).match(head.lstrip()) is not None
    )


def _gated(start: str, gate: _Gate) -> bool:
    """Tell whether a text piece may open a byline: it holds a whole byline word, or the start of one.

    "Un" may go on as "Un article de" in the next piece of the head (pieces join with one space).
    """
    first = start[:2].lower()
    if first not in gate[0]:
        return False  # most texts: their first two letters start no byline word
    words = gate[0][first]
    return (words is not None and words.match(start) is not None) or (
        len(start) < MAX_GATE_HEAD and start.lower() in gate[1]
    )


@cache
def _byline_gate(prefixes: tuple[str, ...]) -> _Gate:
    """Cheap tests before the byline patterns: first letters, whole byline words, first words of long ones."""
    heads = frozenset(p[:i] for p in prefixes for i, c in enumerate(p) if c == " ")
    ordered = sorted(prefixes, key=len, reverse=True)
    firsts: dict[str, re.Pattern[str] | None] = {}
    for first in {w[:2] for w in (*prefixes, *heads)}:
        # a word whose first letters match `first` as the pattern would (re.I): every word a text opening
        # on `first` (lower-cased) may match
        kin = [w for w in ordered if re.match(re.escape(w[:2]), first, re.I)]
        words = "|".join(re.escape(w) for w in kin)
        firsts[first] = re.compile(rf"(?:{words})(?!\w)", re.I) if kin else None
    return firsts, heads


@cache
def _byline_opener(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a text opening on a byline word followed by more text, built once per lexicon."""
    words = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?:{words})(?![\w])\W*\w", re.I)


def _clean_names(raws: Iterable[str], lex: Lexicon, site_keys: set[str], *, strict: bool) -> tuple[str, ...]:
    """Person names out of raw bylines: no prefix, date, role, e-mail; "X et Y" split; deduplicated."""
    names: dict[str, str] = {}
    for raw in raws:
        for found in _split_names(_cut_byline(raw, lex), lex, site_keys, strict=strict):
            name = _undoubled(_strip_trailing_site(found, site_keys))
            key = _norm(name)
            if key and key not in names and key not in site_keys:
                names[key] = name
    return tuple(names.values())[:MAX_AUTHORS]


def _undoubled(name: str) -> str:
    """One copy of a name written twice ("Olivier Minot Olivier Minot": a visible and a hidden copy)."""
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half > 1 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _strip_trailing_site(name: str, site_keys: set[str]) -> str:
    """Drop the site's name written after a person's ("Joe Davidson Washington Post")."""
    words = name.split()
    for n in range(len(words) - 2, 0, -1):
        if len(words) - n >= 2 and _norm(" ".join(words[-n:])) in site_keys:
            return " ".join(words[:-n])
    return name


def _cut_byline(raw: str, lex: Lexicon) -> str:
    """Keep the names part of a byline: drop e-mails, handles, brackets, and what follows a date or cue."""
    text = _PARENS.sub(" ", _HANDLE_ANY.sub(" ", _EMAIL.sub(" ", raw)))
    cut = len(text)
    span = dates.date_span(text, lex)
    if span is not None:
        cut = span[0]
    digit = _WORD_DIGIT.search(text)  # "… 5 mai", not the "1984" of a handle like "freeman1984"
    if digit:
        cut = min(cut, digit.start())
    cut = _cue_cut(text.lower(), dates.date_cues(lex), cut)
    words = _text(text[:cut]).strip(_AUTHOR_EDGE).split()
    # "Jean Dupont, Fr. 5 mai", "Jane Doe March 9": the weekday or month stays with the cut date
    while words and (_is_day_name(words[-1], lex) or (cut < len(text) and _is_month_name(words[-1], lex))):
        words.pop()
    text = " ".join(words).strip(_AUTHOR_EDGE)
    return _strip_prefix(_strip_prefix(text, lex), lex)


def _cue_cut(low: str, cues: tuple[str, ...], cut: int) -> int:
    """Where the first date cue ("publié le") after a byline's start cuts it, if before `cut`.

    Each cue counts where it is first found, and not when that is the very start: when no cue opens
    the text, the first place any cue is found is the answer, which one search gives.
    """
    pattern = _cue_pattern(cues)
    if pattern is None:
        return cut
    if pattern.match(low) is None:
        found = pattern.search(low)
        return found.start() if found is not None and found.start() < cut else cut
    for cue in cues:  # a cue opens the text ("Mis à jour…"): each cue's first place, one by one
        pos = low.find(cue) if len(cue) > 3 else -1
        if 0 < pos < cut:
            cut = pos
    return cut


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any date cue longer than three letters, as one pattern (None when there is none)."""
    long_ = [re.escape(c) for c in cues if len(c) > 3]
    return re.compile("|".join(long_)) if long_ else None


def _strip_prefix(text: str, lex: Lexicon) -> str:
    """Drop a leading byline word ("Par", "By", "Propos recueillis par")."""
    found = _prefix_pattern(dates.date_data(lex).BYLINE_PREFIXES).match(text.lower())
    return text[found.end() :].strip(_AUTHOR_EDGE) if found else text


@cache
def _prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A lower-cased text opening on a byline word, no letter or digit after it (the first listed wins)."""
    words = "|".join(re.escape(p) for p in prefixes)
    return re.compile(rf"(?:{words})(?![^\W_])")


def _split_names(text: str, lex: Lexicon, site_keys: set[str], *, strict: bool) -> Iterator[str]:
    """Split "X, Y et Z" into names, each stripped of roles and trailing words; non-names are skipped."""
    data = dates.date_data(lex)
    inverted = _LAST_FIRST.fullmatch(text)
    if inverted:  # "Gillman, Steve": one person, family name first
        text = f"{inverted[2]} {inverted[1]}"
    first = text.split(None, 1)[0] if text.strip() else ""
    if first.lower().strip(".,:") in data.CREDIT_WORDS:
        return  # "Foto: SN/APA/KEYSTONE/CYRIL ZINGARO": every name of a credit is a photographer or agency
    parts = _name_splitter(data.AUTHOR_JOINERS).split(text)
    for part in parts:
        words = _name_words(part, lex)
        name = " ".join(words).strip(_AUTHOR_EDGE)
        whole = part.strip(_AUTHOR_EDGE)
        if name and name != whole and _is_site(name, site_keys) and _only_roles_besides(whole, words, lex):
            name = whole  # "ZDNet Japan Staff": the site's team, role and all
        if not name and not strict and len(parts) == 1 and _only_roles(part, lex):
            name = part.strip(_AUTHOR_EDGE)  # a marked author that is the newsroom itself: "Redaktion"
        if name.lower() in data.DATE_LABELS or (len(words) == 1 and _is_day_name(name, lex)):
            continue
        if _looks_like_name(name, data.BYLINE_NAME_PARTICLES, strict=strict):
            yield name


def _name_words(part: str, lex: Lexicon) -> list[str]:
    """The words of one byline part that name someone: no role, nothing after an end word or credit."""
    data = dates.date_data(lex)
    words: list[str] = []
    for word in _after_inner_prefix(_strip_prefix(part.strip(_AUTHOR_EDGE), lex), lex).split():
        low = word.lower().strip(".,:")
        if low in data.CREDIT_WORDS:
            # "Foto: dpa" is a credit; "Text von X Illustration von Y": the credit ends the name
            return words
        if low in data.BYLINE_END_WORDS and (word.islower() or len(word) > 3 or not word[0].isalpha()):
            break
        if low not in data.ROLE_WORDS:
            words.append(word)
        elif 2 <= len(words) <= 3:
            break  # "Sam Stein Senior Politics Editor": after a full name, a role describes the person
    return words


def _after_inner_prefix(part: str, lex: Lexicon) -> str:
    """The name after a byline word inside a part ("capital von Jemima Kelly" -> "Jemima Kelly")."""
    words = part.split()
    data = dates.date_data(lex)
    for i in range(1, len(words) - 1):
        # "Analysis by Chris Cillizza": one label word before a lower-case byline word
        # ("Alexa von Heyden" is a name, "Photograph by X" credits a picture)
        label = (
            i == 1
            and words[i].islower()
            and words[i] not in data.BYLINE_NAME_PARTICLES
            and words[0].lower().strip(".,:") not in data.CREDIT_WORDS
        )
        if (
            words[i].lower() in data.BYLINE_PREFIXES
            and (words[i - 1][:1].islower() or label)
            and words[i + 1][:1].isupper()
        ):
            return " ".join(words[i + 1 :])
    return part


def _only_roles_besides(part: str, words: list[str], lex: Lexicon) -> bool:
    """Tell whether the words of a part left out of a name are all roles ("Staff"), not a credit or a date."""
    roles = dates.date_data(lex).ROLE_WORDS
    kept = set(words)
    return all(w.lower().strip(".,:") in roles for w in part.split() if w not in kept)


def _only_roles(part: str, lex: Lexicon) -> bool:
    """Tell whether a byline part is one role word ("Redaktion", "La rédaction" is not a person)."""
    words = part.strip(_AUTHOR_EDGE).split()
    return len(words) == 1 and words[0].lower().strip(".,:") in dates.date_data(lex).ROLE_WORDS


@cache
def _name_splitter(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern splitting a byline into names, built once per lexicon's joining words."""
    words = "|".join(re.escape(j) for j in joiners)
    return re.compile(rf"\s*[,;|/]\s*|\s+[-–—]\s+|\s+(?:{words})\s+", re.I)


def _looks_like_name(name: str, particles: frozenset[str], *, strict: bool) -> bool:
    """A plausible author name: a few words with letters, not a URL; visible text needs capitalised words."""
    if not name or len(name) > MAX_AUTHOR_CHARS or _URLISH.search(name):
        return False
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not any(c.isalpha() for c in name):
        return False
    if not strict:
        return True
    capitalised = [w for w in words if w[0].isupper()]
    small = [w for w in words if not w[0].isupper() and len(w) <= 3]
    # "Vom Blech, mit Streuseln": a name opens on a capital (or a particle: "de Gaulle", "van Gogh")
    opening = words[0][0].isupper() or words[0] in particles
    return len(words) >= 2 and opening and len(capitalised) + len(small) == len(words)
