"""Related-article blocks ("Articles qui pourraient vous intéresser", "Sur le même sujet") and their dates.

A block is recognised by its LABEL (a heading from `lex.related.LABELS`, the related entries of
`lex.boilerplate.HEADINGS`, or a short heading holding a `LABEL_CORES` phrase), by a generic CLASS HINT
(related, similar, recommend…), because the clean stage labelled it `data-ak="related"` (checked), or by
SHAPE (an unlabelled list inside <article> whose every item is one dated article link). Every block found
is labelled `data-ak="related"` so that locate/segment skip it. Inline inserts ("Lire aussi : <a>…</a>")
count too. Each link keeps the title as displayed, its absolute URL, the date shown beside it, and the
block label. Teaser widgets ("Trending", "Most read": three or more cards side by side, each one other
article of the site shown title first) and cards nested in the article as an <article> are labelled
`data-ak="ticker"` so that they leave the body, without being returned. docs/related.md explains the
rules and their measured effect.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

from lxml import etree

from . import dates
from .clean import Walked
from .lexicon import Lexicon
from .model import RelatedLink
from .tree import Element, Memo, first_verdict, text_content, text_length
from .urls import PLAIN_URL

#: labels of the clean stage under which a related block is never looked for
_SKIPPED_REGIONS = frozenset({"nav", "ticker", "comments", "cookie", "newsletter", "hidden"})
_RELATED = frozenset({"related"})
#: regions where an unlabelled dated list is a ticker, a promotion or page furniture, not related articles
_SHAPE_VETOES = frozenset({"ticker", "promo", "ad", "header", "footer", "share", "related"})
_SHAPE_MIN_ITEMS = 2
_MENU_TAGS = frozenset({"nav", "menu"})  # site menus, even before clean labels them
_SECTIONING = frozenset({"article", "section", "aside", "main"})
#: tags that flow inside a sentence: a link holding one is one run of text, not blocks side by side
_INLINE_TAGS = frozenset({"em", "i", "b", "strong", "u", "small", "sup", "sub", "abbr", "q", "cite", "mark"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"})
_LABEL_MAX_CHARS = 70  # longer texts are prose, not a block heading
_LABEL_MAX_RAW = 600  # … even counting the indentation around it
_INLINE_MAX_CHARS = 260  # an inline "Lire aussi" insert is one short line
_INLINE_MAX_RAW = 2000  # … even with the indentation of its source
_CUE_MAX_CHARS = 60  # a text node longer than this is prose, not an insert cue ("Lire aussi :")
_DATE_CHUNK_MAX = 45  # a text piece longer than this beside a link is a teaser, not a date
_MAX_CLIMB = 6  # how far above its label a block container may be
_LOOSE_BASE = 150  # text of a link list outside its titles: label, dates, kickers…
_LOOSE_PER_LINK = 250  # … and a teaser per link (two or three lines: "Mehr zum Thema" cards)
_MIN_LINKED_SHARE = 0.2  # titles make up at least this share of a link list's text
_PROSE_MAX = 300  # a paragraph with more text than this outside links is body prose
_MIN_TITLE_CHARS = 12
_DATE_TITLE_MAX = 30  # a link text this short holding a numeric date is that date
_MIN_TITLE_WORDS = 2
#: teaser widgets ("Trending", "Most read", "More stories"): at least this many cards side by side, each
#: one other article of the site, its title first (after a kicker or a date of at most _CARD_LEAD chars),
#: on a line of its own (the title and at most _CARD_LINE more chars: a kicker, a date, never a sentence),
#: and at most _CARD_EXTRA chars of teaser besides
_CARD_MIN = 3
_CARD_LEAD = 40
_CARD_LINE = 40
_CARD_EXTRA = 300
_WIDGET_HEADING = 80  # the text a widget's box may hold besides its cards: a heading ("Trending")
_WIDGET_CLIMB = 3
_WIDGET_LABEL = "ticker"  # what clean calls lists of other articles that are not related by topic
_CARD_TAGS = frozenset({"li", "div", "article", "section", "figure", "h2", "h3", "h4", "dt"})
#: elements whose children are pieces of one text (a paragraph's links), never cards side by side
_FLOW_TAGS = _INLINE_TAGS | _HEADING_TAGS | frozenset({"p", "a", "span", "td", "th", "dd", "label", "button"})
#: a link's line ends at the first of these around it
_LINE_TAGS = (
    _CARD_TAGS
    | _HEADING_TAGS
    | _SECTIONING
    | frozenset({"p", "ul", "ol", "td", "dd", "header", "footer", "blockquote", "figcaption", "body"})
)
_DIGIT = re.compile(r"\d")
#: the characters `str.isdigit` holds: the decimal digits of `\d` and the other digits (superscripts,
#: circled and parenthesised digits…) of Python's Unicode data, one search in C where a loop over the
#: characters of a French text ran in Python (tests/test_related_fast_paths.py checks every code point)
_ANY_DIGIT = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468"
    "\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
    "\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)
_SENTENCE_END = ".!?…"
_CARD_HEADINGS = ("h2", "h3", "h4", "h5")

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‑": "-"})
#: edge punctuation `fold` strips once whitespace is collapsed to single spaces (leading, trailing)
_LEAD_EDGE = " :>»«•+|*►▶→-"
_TRAIL_EDGE = " :.…!?»«•|*-"
_ASCII_LETTERS = re.compile(r"[a-z]+")
_LETTERS = re.compile(r"[^\W\d_]+")
#: a URL whose path is one word (an absolute path, no query): "https://site.example/news/", "/Multimedia"
_ONE_WORD_PATH = re.compile(r"^(?:[a-zA-Z][\w+.-]*:)?(?://[^/?#]*)?/([^\W\d_]+)/?(?:#.*)?$")
_NEEDLE_MIN = 4  # shorter needles ("a", "de") would be found in most texts of a page
_S = TypeVar("_S", str, bytes)
_SEP = "\x00"  # joins texts into one string: no text node or attribute value can hold it
_BULLET = re.compile(r"^[\s>»•+|*►▶→-]+\s*")
_BULLET_START = ">»•+|*►▶→-"  # what `_BULLET` can open with on a text without edge whitespace
_CLASS_TITLE = re.compile(r"title|titre|headline", re.IGNORECASE)
_NO_URL = ("#", "javascript:", "mailto:", "tel:", "data:")
_COUNT = re.compile(r"\s*\(\d+\)$")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DMY = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
#: a path from the site's root (no host) of plain segments, none empty, "." or "..", without parameters,
#: with no empty query or fragment: urljoin puts it after the base's origin as it is (40 % of the links)
_PLAIN_SEGMENT = r"(?!\.\.?(?:[/?#]|\Z))[A-Za-z0-9._~%!$&'()*+,=:@-]+"
_PLAIN_PATH = re.compile(rf"/(?:{_PLAIN_SEGMENT}(?:/{_PLAIN_SEGMENT})*/?)?(?:\?[!-\"$-~]+)?(?:#[!-~]+)?\Z")
#: the origin of a base urlsplit reads without error: an http(s) scheme and an ASCII host without port or user
_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(?=[/?#]|\Z)")

# "descendant::" rather than "//": libxml2 evaluates "//x//y" and "//text()[p]" in quadratic time
_LINKS = etree.XPath("descendant-or-self::a[@href]")
_TIMES = etree.XPath(".//time")
#: The page-wide paths below come twice, keyed by "read from the page's one <body>": from the root,
#: "//body/…" (any number of bodies), or relative to the page's only <body> (the same nodes, in the same
#: order: one traversal of one subtree, which libxml2 neither merges nor sorts: 11-30 % cheaper)
_IN_BODY = (False, True)
_BODY_PREFIX = {False: "//body/", True: ""}
_TEXTS_PATH = "descendant::text()[normalize-space()]"
_TEXTS = {k: etree.XPath(_BODY_PREFIX[k] + _TEXTS_PATH) for k in _IN_BODY}
_TEXT_VALUES = {k: etree.XPath(_BODY_PREFIX[k] + _TEXTS_PATH, smart_strings=False) for k in _IN_BODY}
# attribute values as plain strings first: a string that knows its element costs several times more
_CLASS_PATH = "descendant-or-self::*/@class"
_ID_PATH = "descendant-or-self::*/@id"
_ATTRIBUTE_VALUES = {
    (path, k): etree.XPath(_BODY_PREFIX[k] + path, smart_strings=False)
    for path in (_CLASS_PATH, _ID_PATH)
    for k in _IN_BODY
}
#: the elements holding the attribute of each path, in the same order (the n-th @class of the path is
#: that of the n-th element holding one): an element each, where the attribute as a string that knows
#: its element made a string and that element (430 vs 605 µs a page on the 408 corpus pages that want
#: several elements)
_OWNERS = {
    (path, k): etree.XPath(f"{_BODY_PREFIX[k]}descendant-or-self::*[@{attr}]")
    for path, attr in ((_CLASS_PATH, "class"), (_ID_PATH, "id"))
    for k in _IN_BODY
}
_ATTRIBUTE_AT = {
    (path, k): etree.XPath(f"({_BODY_PREFIX[k]}{path})[$n]")
    for path in (_CLASS_PATH, _ID_PATH)
    for k in _IN_BODY
}
_TEXT_AT = {k: etree.XPath(f"({_BODY_PREFIX[k]}{_TEXTS_PATH})[$n]") for k in _IN_BODY}
#: the XML whitespace `normalize-space` drops (a text of no-break spaces is not blank to it)
_XML_SPACE = " \t\r\n"
#: beyond this many nodes wanted, reading all values with their node is cheaper than a lookup per node
#: (a lookup walks the page as reading all does, without the strings; measured: 75 vs 130 µs a page)
_MAX_LOOKUPS = 1
# the predicate on attribute nodes only: "//*[@data-ak='related']" tests every element of the page
_LABELLED = etree.XPath("//@data-ak[. = 'related']")
#: elements with at least three children: where cards of a widget can stand side by side (the other
#: tests are cheaper in Python on these few than as XPath predicates on every element). Read as the
#: parents of third children: libxml2 stops at the third child, where "*[*[3]]" lists every child of
#: every element (same elements, in page order; 30 vs 71 µs a page)
_WITH_CARDS = {k: etree.XPath(_BODY_PREFIX[k] + "descendant-or-self::*/*[3]/..") for k in _IN_BODY}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The related-block vocabulary of one lexicon, folded once."""

    labels: frozenset[str]
    refused: frozenset[str]
    inline: tuple[str, ...]
    hints: re.Pattern[str]
    vetoes: re.Pattern[str]
    not_titles: frozenset[str]
    not_paths: frozenset[str]
    path_words: re.Pattern[str]  # any of `not_paths` (a URL holding none has no such segment)
    bylines: frozenset[str]
    cores: tuple[str, ...]  # phrases making any short heading a label
    cue: re.Pattern[str]  # an inline cue at the start of a folded text, alone or before a separator
    #: the cores as one pattern of " core " (a search is several times faster than a loop of `in`)
    core_words: re.Pattern[str] | None = None
    #: a part of a word of each label, core and cue (ASCII letters of the folded form): a text holding
    #: none of them is neither a label nor a cue. None: every text must be looked at
    triggers: tuple[bytes, ...] | None = None
    #: a part of each class hint: a value holding none of them holds no hint (None: a hint is empty,
    #: every class value matches)
    hint_words: tuple[str, ...] | None = None


def _accent_table() -> dict[int, str]:
    """Map each accented Latin letter (U+00C0–U+024F) to its base letters, for a fast `fold`."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code):
            table[code] = base
    return table


_FOLD = {**_accent_table(), **_APOS, 0xA0: " "}


def fold(text: str) -> str:
    """Fold a label for comparison: lower case, no accents, straight apostrophes, no edge punctuation."""
    text = text.translate(_FOLD)
    if not text.isascii():  # rarer letters and combining marks: the slow, complete path
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    # str methods rather than regexes: this runs on every short text of the page
    return " ".join(text.casefold().split()).lstrip(_LEAD_EDGE).rstrip(_TRAIL_EDGE)


def is_label(key: str, words: Vocabulary) -> bool:
    """True for a folded heading that names a related block: a known label, or a short heading holding
    one of the label cores ("nos articles sur le meme theme"), unless the lexicon refuses it."""
    if key in words.labels:
        return True
    if len(key) > _LABEL_MAX_CHARS or key in words.refused or ":" in key:
        return False  # "lire aussi : <title>" is an insert, not a block heading
    # cores match whole words: "liés" names a block, "alliés" does not
    return words.core_words is not None and words.core_words.search(f" {key} ") is not None


@cache
def vocabulary(lex: Lexicon) -> Vocabulary:
    """Collect and fold the related vocabulary of `lex` (related labels + boilerplate headings)."""
    headings = getattr(lex.boilerplate, "HEADINGS", {})
    labels = {fold(w) for w in lex.related.LABELS} | {fold(k) for k, v in headings.items() if v == "related"}
    refused = {fold(w) for w in lex.related.NOT_RELATED_LABELS}
    refused |= {fold(k) for k, v in headings.items() if v != "related"}
    inline = {fold(w) for w in lex.related.INLINE_LABELS}
    inline |= {fold(w) for w in getattr(lex.boilerplate, "INSERT_PREFIXES", ())}
    cores = tuple(fold(w) for w in getattr(lex.related, "LABEL_CORES", ()))
    hints = tuple(lex.related.CLASS_HINTS)
    return Vocabulary(
        labels=frozenset(labels - refused),
        refused=frozenset(refused),
        inline=tuple(sorted(inline, key=len, reverse=True)),
        hints=_any_of(lex.related.CLASS_HINTS),
        vetoes=_any_of(lex.related.CLASS_VETOES),
        not_titles=frozenset(fold(w) for w in lex.related.NOT_TITLES),
        not_paths=frozenset(lex.related.NOT_ARTICLE_PATHS),
        path_words=_any_of(lex.related.NOT_ARTICLE_PATHS),
        bylines=frozenset(fold(w) for w in getattr(lex.boilerplate, "BYLINE_PREFIXES", ())),
        cores=cores,
        core_words=_any_of(f" {core} " for core in cores) if cores else None,
        cue=re.compile(rf"(?:{_any_of(inline).pattern})(?:$|\s)"),
        triggers=_triggers([*labels, *cores, *inline]) if inline else None,
        hint_words=_cover([_word_parts(h, _LETTERS) or {h} for h in hints]) if hints and all(hints) else None,
    )


def _triggers(entries: list[str]) -> tuple[bytes, ...] | None:
    """Needles of ASCII letters such that each folded entry holds one (None when an entry has no ASCII
    letter: then no needle can stand for it).

    A folded text equal to an entry, holding a core or opening with a cue holds that entry's needle."""
    options = [_word_parts(entry, _ASCII_LETTERS) for entry in entries]
    if not all(options):
        return None
    return tuple(needle.encode("ascii") for needle in _cover(options))


def _word_parts(text: str, words: re.Pattern[str]) -> set[str]:
    """The substrings of `text`'s long words (of its longest word when none is long) that are long."""
    runs = words.findall(text)
    long_runs = [run for run in runs if len(run) >= _NEEDLE_MIN] or ([max(runs, key=len)] if runs else [])
    parts: set[str] = set()
    for run in long_runs:
        size = min(_NEEDLE_MIN, len(run))
        parts.update(run[i:j] for i in range(len(run)) for j in range(i + size, len(run) + 1))
    return parts


def _cover(options: list[set[str]]) -> tuple[str, ...]:
    """Few needles such that every set of `options` holds one: the needle most sets hold first (the
    longer one on ties), then again for the sets left; a needle holding another chosen one is dropped."""
    holders: dict[str, list[int]] = {}
    for k, parts in enumerate(options):
        for part in parts:
            holders.setdefault(part, []).append(k)
    counts = {part: len(ks) for part, ks in holders.items()}
    # a heap of (-count, -length, part), corrected when popped: counts only go down
    heap = [(-count, -len(part), part) for part, count in counts.items()]
    heapq.heapify(heap)
    covered = [False] * len(options)
    chosen: list[str] = []
    while heap:
        count, size, best = heapq.heappop(heap)
        if -count != counts[best]:
            if counts[best]:
                heapq.heappush(heap, (-counts[best], size, best))
            continue
        chosen.append(best)
        for k in holders[best]:
            if not covered[k]:
                covered[k] = True
                for part in options[k]:
                    counts[part] -= 1
    return tuple(sorted(n for n in chosen if not any(o != n and o in n for o in chosen)))


def _any_of(parts: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of the given substrings (compiled once per lexicon)."""
    return re.compile("|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)))


def clean_text(text: str | None) -> str:
    """Collapse whitespace (no-break spaces included) and trim."""
    return " ".join(text.split()) if text else ""


def _text_content(el: Element) -> str:
    """`text_content(el)`, without its XPath call for an element holding no child (most are leaves)."""
    return text_content(el) if len(el) else el.text or ""


def _links(el: etree._Element) -> list[Element]:
    """The links with an href in `el` (itself included), in page order."""
    if not len(el):  # most elements asked are links or leaves: no XPath call for them
        return [el] if el.tag == "a" and el.get("href") is not None else []
    return _LINKS(el)


def _has_link(el: etree._Element) -> bool:
    """True when `el` is or holds a link with an href."""
    return bool(_links(el))


def _has_ancestor(el: etree._Element, tag: str) -> bool:
    """True when an ancestor of `el` has this tag (matched in C, without a proxy per ancestor)."""
    return next(el.iterancestors(tag), None) is not None


@dataclass(slots=True)
class _Page:
    """One call's view of the page: the vocabulary, and what was read of each element, read once."""

    words: Vocabulary
    lex: Lexicon
    folds: dict[str, str] = field(default_factory=dict)
    texts: dict[etree._Element, str] = field(default_factory=dict)
    shorts: dict[etree._Element, str | None] = field(default_factory=dict)
    titles: dict[etree._Element, str] = field(default_factory=dict)
    articles: dict[etree._Element, bool] = field(default_factory=dict)
    anchors: dict[tuple[etree._Element, etree._Element | None], list[Element]] = field(default_factory=dict)
    lists: dict[tuple[etree._Element, etree._Element | None], bool] = field(default_factory=dict)
    article_elements: list[Element] = field(default_factory=list)  # <article>, page order
    scope: etree._Element | None = None  # where the page-wide paths start: the page, or its one <body>
    in_body: bool = False  # … True when that is the <body> (the paths keyed True are then used)
    walked: Walked | None = None  # what clean's walk saw under `scope`, when it walked that <body>
    hints: Mapping[Any, str] | None = None  # meta's walk: element -> "class id itemprop", when it has one
    same_site: dict[str, bool] = field(default_factory=dict)  # href -> `_same_site` (one base a page)
    skipped: dict[etree._Element, bool] = field(default_factory=dict)  # element -> inside a _SKIP_TAGS one
    # item -> (its <time> date, its first dated text piece and that piece's day): links whose block is
    # the link itself all get the whole page as their item, which was read again for each of them
    item_dates: dict[etree._Element, tuple[dt.date | None, str | None, dt.date | None]] = field(
        default_factory=dict
    )

    def fold(self, text: str) -> str:
        """`fold(text)`, each distinct text folded once."""
        out = self.folds.get(text)
        if out is None:
            out = self.folds[text] = fold(text)
        return out

    def text(self, el: etree._Element) -> str:
        """The element's whitespace-collapsed text, read once."""
        out = self.texts.get(el)
        if out is None:
            out = self.texts[el] = clean_text(_text_content(el))
        return out


def find_related(
    tree: Element,
    *,
    url: str | None,
    lex: Lexicon,
    walked: Walked | None = None,
    hints: Mapping[Any, str] | None = None,
) -> tuple[RelatedLink, ...]:
    """Find related-article blocks anywhere in the page and return their links with dates.

    `walked`: what `clean.clean` returned for this tree; `hints`: the "class id itemprop" string of every
    element holding one, as the metadata stage read the tree before clean (both read instead of walking
    the page again)."""
    page = _Page(vocabulary(lex), lex, hints=hints)
    bases, page.article_elements, bodies = _walk(tree)
    # "//body/…" from the root reads the same nodes as "…" from the one <body> of a whole page
    page.in_body = len(bodies) == 1 and tree.getparent() is None
    page.scope = bodies[0] if page.in_body else tree
    if walked is not None and page.in_body and walked.root is page.scope:
        page.walked = walked
    base = _base_url(bases, url)
    labels, cues = _scan_texts(tree, page)
    blocks = _blocks(tree, labels, page)
    for block in blocks:
        for el in block.elements:
            el.set("data-ak", "related")
    inserts = [_Block((insert,), label) for insert, label in _inline_inserts(cues, page)]
    for block in inserts:
        block.elements[0].set("data-ak", "related")
    _label_teaser_widgets(tree, base, page)
    found: list[RelatedLink] = []
    for block in _in_page_order(blocks + inserts):
        found.extend(_block_links(block, base, page))
    return _dedupe(found, page)


def _scan_texts(tree: Element, page: _Page) -> tuple[list[Element], list[Element]]:
    """One pass over the page's short texts: elements that are a related label, and elements holding an
    inline cue ("Lire aussi :") at the start of their text."""
    if page.walked is not None and not page.walked.split:
        found_walked = _walked_scan_texts(page, page.walked)
        if found_walked is not None:
            return found_walked
    words = page.words
    labels: list[Element] = []
    cues: list[Element] = []
    # plain strings, stripped and measured by C loops: most pages hold no label at all
    scope, in_body = page.scope, page.in_body
    stripped = list(map(str.strip, _TEXT_VALUES[in_body](scope)))
    short = list(map(_CUE_MAX_CHARS.__ge__, map(len, stripped)))
    places = list(compress(range(len(stripped)), short))
    texts = list(compress(stripped, short))
    found = []
    for i in _may_be_labels(texts, words):
        key = _COUNT.sub("", page.fold(texts[i]))  # "Sur le même sujet (3)"
        if is_label(key, words) or words.cue.match(key):
            found.append((places[i], key))
    # the same texts, each knowing its element
    if len(found) > _MAX_LOOKUPS:
        pieces = _TEXTS[in_body](scope)
        picked = [pieces[k] for k, _ in found]
    else:
        picked = [_TEXT_AT[in_body](scope, n=k + 1)[0] for k, _ in found]
    for (_, key), piece in zip(found, picked, strict=True):
        owner = piece.getparent()
        if owner is None or (piece.is_tail and (owner := owner.getparent()) is None):
            continue
        if is_label(key, words) and _COUNT.sub("", page.fold(_short_text(owner, page) or "")) == key:
            labels.append(owner)
        elif words.cue.match(key):
            cues.append(owner)
    return labels, cues


def _walked_scan_texts(page: _Page, walked: Walked) -> tuple[list[Element], list[Element]] | None:
    """`_scan_texts` from the texts clean's walk read and those under the labelled elements it did not
    enter (one XPath call each), in page order; None when an owner the walk recorded may have changed.

    The walk leaves out texts that are all whitespace (of those `normalize-space` keeps, only no-break
    and other Unicode spaces, which strip to nothing: no label or cue) and long texts (None when one of
    them, short once stripped, may be a label or a cue)."""
    words = page.words
    if walked.padded and _padded_cue(page, walked.padded):
        return None
    stripped: list[str] = []
    # where each text is: (its owner, 0), or (the labelled element, its place among that one's texts)
    where: list[tuple[Element, int]] = []
    texts, cut = walked.texts, 0
    for region, at in [*walked.closed, (None, len(texts))]:
        for owner, text in texts[cut:at]:
            text = text.strip()
            if len(text) <= _CUE_MAX_CHARS:
                stripped.append(text)
                where.append((owner, 0))
        cut = at
        if region is None:
            break
        if _silent(region):
            continue
        if len(region):
            values = _TEXT_VALUES[True](region)
        else:  # a leaf: its own text, when not blank to `normalize-space`
            text = region.text
            values = [text] if text and text.strip(_XML_SPACE) else []
        for n, text in enumerate(values, 1):
            text = text.strip()
            if len(text) <= _CUE_MAX_CHARS:
                stripped.append(text)
                where.append((region, n))
    labels: list[Element] = []
    cues: list[Element] = []
    for i in _may_be_labels(stripped, words):
        key = _COUNT.sub("", page.fold(stripped[i]))  # "Sur le même sujet (3)"
        if not (is_label(key, words) or words.cue.match(key)):
            continue
        owner, n = where[i]
        if n:  # the n-th text under a labelled element
            piece = _TEXT_AT[True](owner, n=n)[0]
            owner = piece.getparent()
            if owner is None or (piece.is_tail and (owner := owner.getparent()) is None):
                continue
        elif any(child.sourceline is None for child in owner):
            # the words pass wrapped some of its children (a new element has no source line): the
            # tail read may now be a wrapper's child's (so are a parsed element's without a line)
            return None
        if is_label(key, words) and _COUNT.sub("", page.fold(_short_text(owner, page) or "")) == key:
            labels.append(owner)
        elif words.cue.match(key):
            cues.append(owner)
    return labels, cues


def _padded_cue(page: _Page, padded: list[etree._Element]) -> bool:
    """True when a text of the `padded` elements that is long only by its indentation may be a label or
    an insert cue: the walk left it out (its text or tail is read: one of them is the padded one)."""
    shorts = [
        text.strip()
        for el in padded
        for text in (el.text, el.tail)
        if text and len(text) > _CUE_MAX_CHARS and len(text.strip()) <= _CUE_MAX_CHARS
    ]
    for i in _may_be_labels(shorts, page.words):
        key = _COUNT.sub("", page.fold(shorts[i]))
        if is_label(key, page.words) or page.words.cue.match(key):
            return True
    return False


def _silent(region: etree._Element) -> bool:
    """True for a labelled region no label or insert cue of the page can come from: one `_off_limits`
    puts out of bounds (a menu, or labelled nav, hidden, comments…) holding more text than an insert.

    A label under it is off limits; an insert found from a cue under it is the region or under it (the
    climb from the cue stops at the region: its text is too long), so it is off limits too, even
    after related labels the region (`_RELATED`). The length is counted by libxml2's text serialiser."""
    if region.get("data-ak") not in _SKIPPED_REGIONS and region.tag not in _MENU_TAGS:
        return False
    return text_length(region) > _INLINE_MAX_RAW


def _may_be_labels(texts: list[str], words: Vocabulary) -> Iterable[int]:
    """Indices of the texts holding a trigger word once folded, in page order (all when there are none).

    All texts are folded at once: decomposed, case-folded and cut to ASCII, which keeps every ASCII
    letter `fold` would give, so a text this drops cannot fold to a label or a cue."""
    if words.triggers is None:
        return range(len(texts))
    distinct = list(dict.fromkeys(texts))  # menus and cards repeat their texts: each is folded once
    joined = unicodedata.normalize("NFKD", _SEP.join(distinct)).casefold().encode("ascii", "ignore")
    near = _parts_holding(joined, words.triggers, _SEP.encode("ascii"))
    if len(distinct) == len(texts) or not near:
        return sorted(near)
    wanted = {distinct[i] for i in near}
    return [i for i, text in enumerate(texts) if text in wanted]


def _parts_holding(joined: _S, needles: Iterable[_S], sep: _S) -> set[int]:
    """Indices of the `sep`-separated parts of `joined` that hold one of the (non-empty) needles."""
    hits: set[int] = set()
    for needle in needles:
        count = last = 0
        pos = joined.find(needle)
        while pos >= 0:
            count += joined.count(sep, last, pos)
            hits.add(count)
            last = joined.find(sep, pos)
            if last < 0:
                break
            pos = joined.find(needle, last)  # the next part: one hit per part is enough
    return hits


def _walk(
    tree: Element,
) -> tuple[list[Element], list[Element], list[Element]]:
    """The page's <base>, <article> and <body> elements, in page order (one walk for all)."""
    found: dict[str, list[Element]] = {"base": [], "article": [], "body": []}
    for el in tree.iter("base", "article", "body"):
        found[el.tag].append(el)
    return found["base"], found["article"], found["body"]


def _base_url(bases: list[Element], url: str | None) -> str | None:
    """The URL relative links resolve against: <base href> (itself resolved against `url`), else `url`."""
    for base in bases:
        href = base.get("href")
        if href is None:
            continue
        try:
            return urljoin(url or "", clean_text(href)) or url
        except ValueError:  # a malformed <base> ("http://[x"): links resolve against the page URL
            return url
    return url


# ----- finding blocks ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Block:
    """A related block: the elements it spans, its label, and the elements holding that label."""

    elements: tuple[Element, ...]
    label: str | None
    label_elements: tuple[Element, ...] = ()


def _blocks(tree: Element, labels: list[Element], page: _Page) -> list[_Block]:
    """Related blocks by heading label, class hint, clean's label, then by shape, without overlaps."""
    out: list[_Block] = []
    taken: set[Element] = set()
    # the finders see the blocks taken so far (they run lazily): a candidate overlapping one is not read
    finders = (
        _label_blocks(labels, page),
        _hint_blocks(tree, page, taken),
        _labelled_blocks(tree, page, taken),
        _shape_blocks(page),
    )
    for block in _chain(*finders):
        if taken and any(_overlaps(el, taken) for el in block.elements):
            continue
        out.append(block)
        taken.update(block.elements)
    return out


def _in_page_order(blocks: list[_Block]) -> list[_Block]:
    """Sort blocks by where they start in the page (finders return them grouped by method)."""
    if len(blocks) < 2:
        return blocks
    firsts = {block.elements[0]: block for block in blocks}
    return [firsts[el] for el in sorted(firsts, key=_position)]


def _position(el: etree._Element) -> tuple[int, ...]:
    """The element's place in the tree (child indices from the root): sorts in document order."""
    path = []
    parent = el.getparent()
    while parent is not None:
        path.append(parent.index(el))
        el, parent = parent, parent.getparent()
    return tuple(reversed(path))


def _chain(*parts: Iterable[_Block]) -> Iterator[_Block]:
    """Yield from each iterable in turn (lazily, so later finders see earlier labels)."""
    for part in parts:
        yield from part


def _overlaps(el: Element, taken: AbstractSet[Element]) -> bool:
    """True when `el` is a block already taken, lies inside one or holds one."""
    return el in taken or _inside(el, taken) or _holds(el, taken)


def _holds(el: Element, taken: AbstractSet[Element]) -> bool:
    """True when `el` contains an element that is already a block."""
    # blocks are few and a block's subtree is large: climb from each block rather than walk the subtree
    return any(any(anc is el for anc in sub.iterancestors()) for sub in taken)


def _inside(el: Element, taken: AbstractSet[Element]) -> bool:
    """True when an ancestor of `el` is already a block."""
    return any(anc in taken for anc in el.iterancestors())


def _off_limits(el: Element, also: frozenset[str] = frozenset()) -> bool:
    """True inside a menu (<nav>, <header>) or a region clean labelled nav/ticker/comments/hidden…"""
    chain = (el, *el.iterancestors())
    for k, node in enumerate(chain):
        mark = node.get("data-ak")
        if mark and (mark in _SKIPPED_REGIONS or mark in also):
            return True
        if node.tag in _MENU_TAGS:
            return True
        if node.tag == "header" and not any(anc.tag in _SECTIONING for anc in chain[k + 1 :]):
            return True  # the page's header; a <header> of an article or section holds its heading
    return False


def _labelled_blocks(
    tree: Element, page: _Page, taken: AbstractSet[Element] = frozenset()
) -> Iterator[_Block]:
    """Blocks the clean stage labelled `related` that read as one list of article links (those
    overlapping a block `taken` are not read: `_blocks` would drop them)."""
    for value in _LABELLED(tree):
        el = value.getparent()
        if any(anc.get("data-ak") == "related" for anc in el.iterancestors()) or _off_limits(el):
            continue
        if taken and _overlaps(el, taken):
            continue
        if not _is_link_list(el, None, page):
            continue
        heading = _heading_in(el, page)
        if heading is not None and _refused_box(el, heading, page):
            continue
        if heading is None:  # an insert clean found ("Lire aussi : <a>…</a>"): its cue is the label
            insert = _insert_from(el, page)
            yield _Block((el,), insert[1] if insert is not None and insert[0] is el else None)
            continue
        yield _Block((el,), _display_label(heading), (heading,))


def _refused_box(el: Element, heading: Element, page: _Page) -> bool:
    """True when the box's heading is one the lexicon refuses, or one of several box headings."""
    return page.fold(page.text(heading)) in page.words.refused or _other_label(el, heading, page)


def _opt(el: Element | None) -> tuple[Element, ...]:
    """A one-element tuple, or an empty one for None."""
    return () if el is None else (el,)


def _short_text(el: Element, page: _Page) -> str | None:
    """The element's text when it is short enough to be a label, else None (read once per element)."""
    if el in page.shorts:
        return page.shorts[el]
    text: str | None = None
    if isinstance(el.tag, str) and el.tag not in _SKIP_TAGS and len(el) <= 4:
        raw = _text_content(el)
        if len(raw) <= _LABEL_MAX_RAW:
            text = clean_text(raw)
            text = text if 0 < len(text) <= _LABEL_MAX_CHARS else None
    page.shorts[el] = text
    return text


def _label_blocks(labels: list[Element], page: _Page) -> Iterator[_Block]:
    """Blocks introduced by a related label ("Sur le même sujet"), wherever they stand."""
    for el in labels:
        if _off_limits(el):
            continue
        elements = _container_for_label(el, page)
        if elements:
            yield _Block(elements, _display_label(el), (el,))


def _hint_blocks(tree: Element, page: _Page, taken: AbstractSet[Element] = frozenset()) -> Iterator[_Block]:
    """Blocks whose class or id carries a related hint and that read as a list of article links (those
    that are or lie inside a block `taken` are not read: `_blocks` would drop them, and so every one
    under them, which `yielded` would pass over)."""
    words = page.words
    seen: set[Element] = set()
    yielded: set[Element] = set()
    if page.hints is not None and page.in_body and words.hint_words is not None:
        hinted = _scanned_hinted_elements(page.scope, words, page.hints)
    else:
        hinted = _hinted_elements(page.scope, words, page.in_body)
    for el in hinted:
        if el in seen or el.tag in ("body", "html") or el.tag in _SKIP_TAGS:
            continue
        seen.add(el)
        if yielded and any(anc in yielded for anc in el.iterancestors()):
            continue  # inside a hinted block already returned
        if words.vetoes.search(f"{el.get('class', '')} {el.get('id', '')}".lower()):
            continue
        if taken and (el in taken or _inside(el, taken)):
            continue
        if _off_limits(el) or not _is_link_list(el, None, page):
            continue
        heading = _heading_in(el, page)
        if heading is not None and _refused_box(el, heading, page):
            continue  # a sidebar of several boxes, or a box the lexicon rules out
        yielded.add(el)
        yield _Block((el,), _display_label(heading) if heading is not None else None, _opt(heading))


def _hinted_elements(tree: etree._Element, words: Vocabulary, in_body: bool = False) -> list[Element]:
    """The elements of the body whose class or id holds a class hint (lower-cased), in page order (`tree`:
    the page, or its one <body> when `in_body`)."""
    found: set[Element] = set()
    for path in (_CLASS_PATH, _ID_PATH):
        hits = _hinted(_ATTRIBUTE_VALUES[path, in_body](tree), words)
        if len(hits) > _MAX_LOOKUPS:
            owners = _OWNERS[path, in_body](tree)
            found.update(owners[i] for i in hits)
        else:
            found.update(_ATTRIBUTE_AT[path, in_body](tree, n=i + 1)[0].getparent() for i in hits)
    return sorted(found, key=_position)


def _scanned_hinted_elements(
    body: etree._Element, words: Vocabulary, hints: Mapping[Any, str]
) -> list[Element]:
    """`_hinted_elements` of the page's one `body`, found from the hint strings of the metadata walk.

    Its strings join class, id and itemprop, so a string holding no part of a hint word has neither a
    hinted class nor a hinted id; the few others are read again as they stand now, and kept when still
    under `body` (clean removed some elements since; the elements it added, wrappers, hold no class/id)."""
    # each distinct string searched once (a page repeats its class names); `hint_words` are parts of the hints
    strings = list(dict.fromkeys(hints.values()))
    near = _parts_holding(_SEP.join(strings).lower(), words.hint_words or (), _SEP)
    if not near:
        return []
    wanted = {strings[i] for i in near}
    owners: list[Element] = []
    values: list[str] = []
    # picked in C: a few strings among hundreds
    for el in compress(hints, map(wanted.__contains__, hints.values())):
        cls, ident = el.get("class"), el.get("id")
        if cls is not None:
            owners.append(el)
            values.append(cls)
        if ident is not None:
            owners.append(el)
            values.append(ident)
    hits = {owners[i] for i in _hinted(values, words)}
    return sorted((el for el in hits if el is body or body in el.iterancestors("body")), key=_position)


def _hinted(values: Sequence[str], words: Vocabulary) -> list[int]:
    """Indices of the class/id values holding a class hint once lower-cased (all lowered at once)."""
    if words.hint_words is None:
        return [i for i, value in enumerate(values) if words.hints.search(value.lower())]
    distinct = list(dict.fromkeys(values))  # a page repeats its class names: each is searched once
    joined = _SEP.join(distinct).lower()
    near = _parts_holding(joined, words.hint_words, _SEP)  # a part of a hint: check the hint
    if not near:
        return []
    lowered = joined.split(_SEP)
    hinted = {distinct[i] for i in near if words.hints.search(lowered[i])}
    return [i for i, value in enumerate(values) if value in hinted] if hinted else []


def _shape_blocks(page: _Page) -> Iterator[_Block]:
    """Unlabelled lists inside the <article> whose every item is one article link with a dated day beside
    it. A list with a heading of its own is a titled box ("Dernières infos"), never this."""
    # outside the article, unlabelled dated lists are latest-news widgets
    for el in _article_lists(page.article_elements):
        items = [li for li in el if isinstance(li.tag, str)]
        if len(items) < _SHAPE_MIN_ITEMS or _off_limits(el, _SHAPE_VETOES) or _titled(el):
            continue
        if all(_dated_item(li, page) for li in items) and _is_link_list(el, None, page):
            yield _Block((el,), None)


def _article_lists(articles: list[Element]) -> Iterator[Element]:
    """The lists (<ul>, <ol>) inside the <article> elements of the page's <body>, in page order."""
    for article in articles:
        if _has_ancestor(article, "article"):
            continue  # its lists are those of the outer article
        if _has_ancestor(article, "body"):
            yield from article.iter("ul", "ol")
        else:  # a <body> inside the <article> (a hand-made tree)
            lists = article.iter("ul", "ol")
            yield from (el for el in lists if _has_ancestor(el, "body"))


def _titled(el: Element) -> bool:
    """True when a list has a heading: a heading or short text right before it (or before its box)."""
    parent = el.getparent()
    first = el.getprevious() is None and parent is not None  # then the box's heading precedes the box
    near = [el.getprevious(), parent.getprevious() if first and parent is not None else None]
    for node in near:
        if node is None or node is el or not isinstance(node.tag, str):
            continue
        if node.tag in _HEADING_TAGS or (
            not _has_link(node) and 0 < len(clean_text(_text_content(node))) <= 60
        ):
            return True
    return False


def _dated_item(item: Element, page: _Page) -> bool:
    """True for a list item holding exactly one article (one target) and a dated day beside it."""
    anchors = _one_target(item, page)
    if not anchors:
        return False
    return _date_near(item, anchors[0], page) is not None


def _heading_in(el: Element, page: _Page) -> Element | None:
    """The block's own heading: a known label inside it, else its first heading without a link."""
    words = page.words
    first: Element | None = None
    for node in el.iterdescendants():
        text = _short_text(node, page) if isinstance(node.tag, str) else None
        if text is None:
            continue
        key = page.fold(text)
        if is_label(key, words) or key in words.refused:
            return node
        if first is None and node.tag in _HEADING_TAGS and not _has_link(node):
            first = node
    return first


def _display_label(el: Element) -> str | None:
    """The label an element shows (see `_pretty`)."""
    return _pretty(_text_content(el))


def _pretty(text: str) -> str | None:
    """A label as the page shows it, without a trailing colon or count; SHOUTED labels in sentence case."""
    text = _edge_strip(_COUNT.sub("", clean_text(text)))
    if not text:
        return None
    if text.isupper():
        text = text[0] + text[1:].lower()
    return text


def _edge_strip(text: str) -> str:
    """`text` (whitespace already collapsed) without the edge punctuation `fold` strips."""
    return text.lstrip(_LEAD_EDGE).rstrip(_TRAIL_EDGE)


def _container_for_label(label: Element, page: _Page) -> tuple[Element, ...]:
    """The element(s) a label introduces: its nearest link-list ancestor, else the siblings after it."""
    cur = label
    for _ in range(_MAX_CLIMB):
        parent = cur.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if _holds_article_link(parent, label, page):
            if _is_link_list(parent, label, page) and not _other_label(parent, label, page):
                return (parent, *_more_items(parent, page))
            break
        cur = parent
    return _siblings_after(cur, _label_box(cur, label, page), page)


def _label_box(cur: Element, label: Element, page: _Page) -> Element:
    """`cur`, the label climbed up to, unless it holds more than the label (the body above a block
    that closes the article, in the same column): then the label alone."""
    if cur is label or len(page.text(cur)) - len(page.text(label)) <= _LOOSE_BASE:
        return cur
    return label


def _more_items(block: Element, page: _Page) -> list[Element]:
    """Siblings right after `block` shaped like its last item (a list split by a wrapper): more items."""
    items = [child for child in block if isinstance(child.tag, str) and _has_link(child)]
    if not items:
        return []
    shape = (items[-1].tag, items[-1].get("class"))
    out = []
    for sib in block.itersiblings():
        if not isinstance(sib.tag, str) or (sib.tag, sib.get("class")) != shape:
            break
        if not _is_link_list(sib, None, page):
            break
        out.append(sib)
    return out


def _other_label(el: Element, label: Element, page: _Page) -> bool:
    """True when `el` holds a second block heading besides `label` (then it groups several blocks)."""
    words = page.words
    around = {*label.iter(), *label.iterancestors()}  # the label, what it holds and what holds it
    for node in el.iter(*_HEADING_TAGS, "strong", "b", "span", "div", "p"):
        if node in around:
            continue
        text = _short_text(node, page)
        if text is None:
            continue
        key = page.fold(text)
        if key in words.refused or is_label(key, words):
            return True
        if node.tag == label.tag and node.tag in _HEADING_TAGS and not _has_link(node):
            return True
    return False


def _siblings_after(start: Element, box: Element, page: _Page) -> tuple[Element, ...]:
    """The label's `box` and the link lists that follow `start` (the box or an element holding it), up
    to the next heading, label or prose (entering wrappers)."""
    out: list[Element] = [box]
    node = start.getnext()
    while node is not None:
        if not isinstance(node.tag, str) or node.tag in _SKIP_TAGS:
            node = node.getnext()
            continue
        if _is_boundary(node, page):
            break
        if any(_is_boundary(sub, page) for sub in node.iterdescendants()):
            node = node[0] if len(node) else None  # a wrapper of several blocks: walk inside it
            continue
        if not _is_link_list(node, None, page):
            break
        out.append(node)
        node = node.getnext()
    return tuple(out) if len(out) > 1 else ()


def _is_boundary(el: Element, page: _Page) -> bool:
    """True for an element that opens another block: a known label, or a heading that is not a link title."""
    if not isinstance(el.tag, str):
        return False
    if _short_label(el, page):
        return True
    if el.tag not in _HEADING_TAGS or _has_ancestor(el, "a"):
        return False
    return not _article_anchors(el, None, page)


def _short_label(el: Element, page: _Page) -> bool:
    """True when `el` is a known block label (related or not)."""
    text = _short_text(el, page)
    if text is None:
        return False
    key = page.fold(text)
    return is_label(key, page.words) or key in page.words.refused


def _is_link_list(el: Element, label: Element | None, page: _Page) -> bool:
    """True when most of `el` is article links (titles, dates, short teasers), not running prose."""
    known = page.lists.get((el, label))
    if known is None:
        known = page.lists[(el, label)] = _reads_as_link_list(el, label, page)
    return known


def _reads_as_link_list(el: Element, label: Element | None, page: _Page) -> bool:
    """`_is_link_list` computed."""
    if next(el.iter("h1"), None) is not None:  # `el` or an element inside it (no ElementPath in Python)
        return False
    # the tests in the order of their cost: the prose test before the list is read whole (a wrapper of the
    # article's text holds many links, each judged, and fails on its first long paragraph)
    if not _holds_article_link(el, label, page) or any(_is_prose(p, page) for p in el.iter("p")):
        return False
    anchors = _article_anchors(el, label, page)
    total = len(page.text(el))
    linked = sum(len(_title_of(a, page)) for a in anchors)
    loose = total - linked
    return loose <= _LOOSE_BASE + _LOOSE_PER_LINK * len(anchors) and linked >= _MIN_LINKED_SHARE * total


def _is_prose(el: Element, page: _Page) -> bool:
    """`_prose_chars(el, page) > _PROSE_MAX`, without reading the links of a text too short to pass it."""
    return len(page.text(el)) > _PROSE_MAX and _prose_chars(el, page) > _PROSE_MAX


def _prose_chars(el: Element, page: _Page) -> int:
    """Characters of `el` outside its links: a teaser has few, a body paragraph many."""
    return len(page.text(el)) - sum(len(page.text(a)) for a in _links(el))


# ----- reading links ----------------------------------------------------------------------------


def _article_anchors(el: Element, label: Element | None, page: _Page) -> list[Element]:
    """Links under `el` (outside `label`) that point to a page and carry a title-like text (the list is
    shared: callers do not change it)."""
    found = page.anchors.get((el, label))
    if found is None:
        in_label = set() if label is None else set(label.iter("a"))
        found = page.anchors[(el, label)] = [
            a for a in _links(el) if a not in in_label and _is_article_link(a, page)
        ]
    return found


def _holds_article_link(el: Element, label: Element | None, page: _Page) -> bool:
    """`bool(_article_anchors(el, label, page))`, judging links only up to the first article link: the
    climb from a label asks this of wider and wider wrappers, and stops at one holding the article's
    <h1> without reading its list."""
    found = page.anchors.get((el, label))
    if found is not None:
        return bool(found)
    in_label = set() if label is None else set(label.iter("a"))
    for a in _links(el):
        if a not in in_label and _is_article_link(a, page):
            return True
    page.anchors[(el, label)] = []  # every link judged: the list is read whole, and empty
    return False


def _is_article_link(a: Element, page: _Page) -> bool:
    """True for a link a reader sees, to a page, with a title-like text (decided once per link)."""
    known = page.articles.get(a)
    if known is None:
        known = page.articles[a] = _reads_as_article_link(a, page)
    return known


def _reads_as_article_link(a: Element, page: _Page) -> bool:
    """`_is_article_link` computed."""
    href = clean_text(a.get("href"))
    if not href or href.lower().startswith(_NO_URL) or not _looks_like_title(_title_of(a, page), page):
        return False
    if _in_skipped(a, page):
        return False  # <noscript> fallbacks of embeds are not links a reader sees
    return not _not_an_article(a, href, page)


def _in_skipped(el: Element, page: _Page) -> bool:
    """True when an ancestor of `el` is a _SKIP_TAGS element (answers kept for the ancestors met: the
    links of a page share most of theirs)."""
    return first_verdict(el.getparent(), page.skipped, _skip_tag, False)


def _skip_tag(node: Element) -> bool | None:
    """True for a _SKIP_TAGS element, None (look further up) for any other."""
    return True if node.tag in _SKIP_TAGS else None


def _not_an_article(a: Element, href: str, page: _Page) -> bool:
    """True for a link to an author, tag or shop page, or a byline link ("Par <a>Julie Marchand</a>")."""
    # urlsplit fails only on brackets or a non-ASCII host: without them and without a path word, skip it
    if not href.isascii() or "[" in href or "]" in href or page.words.path_words.search(href.lower()):
        try:
            path = urlsplit(href).path
        except ValueError:  # malformed URL ("http://[x"): not a page a reader can open
            return True
        segments = [seg.lower() for seg in path.split("/") if seg]
        for i, seg in enumerate(segments):
            if seg in page.words.not_paths and len(segments) - i <= 2:
                return True
    if _section_page(href, a, page):
        return True
    prev = a.getprevious()
    before = prev.tail if prev is not None else (a.getparent().text if a.getparent() is not None else None)
    last = page.fold(before or "").rsplit(" ", 1)[-1]
    return bool(last) and last in page.words.bylines


def _section_page(href: str, a: Element, page: _Page) -> bool:
    """True for a link to a section or landing page: its path is one word ("/multimedia", "/news/")
    that its title does not hold, where an article's slug repeats its headline ("/meditation")."""
    section = _ONE_WORD_PATH.match(href)
    if section is None:
        return False
    return page.fold(section.group(1)) not in _LETTERS.findall(page.fold(_title_of(a, page)))


def _looks_like_title(title: str, page: _Page) -> bool:
    """True for a headline-like text: a few words, not a call to action, not a bare date."""
    if len(title) < _MIN_TITLE_CHARS or len(title.split()) < _MIN_TITLE_WORDS:
        return False
    if len(title) <= _DATE_TITLE_MAX and (_DMY.search(title) or _ISO_DAY.search(title)):
        return False  # "Tuesday, 10/25/22": a date shown as a link, not a headline
    return page.fold(title) not in page.words.not_titles


def _title_of(a: Element, page: _Page) -> str:
    """The headline a link shows: its heading/title element when it wraps one, else its own text."""
    title = page.titles.get(a)
    if title is None:
        title = page.titles[a] = _shown_title(a)
    return title


def _shown_title(a: Element) -> str:
    """`_title_of` computed."""
    if not len(a):  # most links hold their text alone: no heading inside, no blocks side by side
        return _debullet(clean_text(a.text))
    for node in a.iter():
        if node is a or not isinstance(node.tag, str):
            continue
        if node.tag in _HEADING_TAGS or _CLASS_TITLE.search(node.get("class", "")):
            text = clean_text(_text_content(node))
            if text:
                return _debullet(text)
    return _debullet(_longest_part(a) or clean_text(_text_content(a)))


def _debullet(text: str) -> str:
    """`text` (whitespace collapsed) without the bullets it may open with (most open with none)."""
    return _BULLET.sub("", text) if text[:1] in _BULLET_START else text


def _longest_part(a: Element) -> str | None:
    """When a link is only blocks of text side by side (kicker, title, date), the longest one; else None."""
    own = clean_text(a.text) or any(clean_text(c.tail) for c in a)
    parts = [clean_text(_text_content(c)) for c in a if isinstance(c.tag, str) and c.tag not in _INLINE_TAGS]
    parts = [p for p in parts if p]
    if own or len(parts) < 2 or any(isinstance(c.tag, str) and c.tag in _INLINE_TAGS for c in a):
        return None
    return max(parts, key=len)


def _block_links(block: _Block, base: str | None, page: _Page) -> list[RelatedLink]:
    """The related links of one block, in page order, one per target URL."""
    out: list[RelatedLink] = []
    seen: set[str] = set()
    label_el = block.label_elements[0] if block.label_elements else None
    for root in block.elements:
        anchors = _article_anchors(root, label_el, page)
        targets = _targets_under(anchors, root)
        for a in anchors:
            target = _absolute(a.get("href", ""), base)
            if target is None or target in seen:
                continue
            seen.add(target)
            item = _item_of(a, root, targets)
            when = _date_near(item, a, page)
            out.append(RelatedLink(title=_title_of(a, page), url=target, date=when, label=block.label))
    return out


def _targets_under(anchors: list[Element], root: Element) -> dict[Element, set[str]]:
    """For each element from an anchor up to `root`, the link targets found under it."""
    out: dict[Element, set[str]] = {}
    for a in anchors:
        href = clean_text(a.get("href"))
        for node in (a, *a.iterancestors()):
            out.setdefault(node, set()).add(href)
            if node is root:
                break
    return out


def _absolute(href: str, base: str | None) -> str | None:
    """`href` made absolute against `base` (kept relative when there is no base); None for non-web links."""
    href = clean_text(href)
    if PLAIN_URL.match(href):
        return href  # what urljoin returns for it, and a web link
    try:
        target = _join(base, href) if base else href
    except ValueError:  # a malformed page URL: keep the link as written
        target = href
    try:
        scheme = urlsplit(target).scheme.lower()
    except ValueError:  # a malformed href
        return None
    if scheme and scheme not in ("http", "https"):
        return None
    return target


def _join(base: str, href: str) -> str:
    """`urljoin(base, href)`; a plain path on a plain http(s) site is read without it (urljoin resolves
    no dot segment or empty segment of it and assembles the site's origin and the path as written)."""
    if href[:1] == "/" and _PLAIN_PATH.match(href):
        origin = _origin(base)
        if origin is not None:
            return origin + href
    return urljoin(base, href)


@lru_cache(maxsize=256)  # one base a page
def _origin(base: str) -> str | None:
    """The scheme and host of a plain http(s) `base` ("https://site.example"), else None."""
    found = _ORIGIN.match(base)
    return found.group() if found else None


def _item_of(a: Element, root: Element, targets: dict[Element, set[str]]) -> Element:
    """The largest element around link `a`, inside `root`, that holds no other article's link."""
    own = {clean_text(a.get("href"))}
    item = a
    for anc in a.iterancestors():
        if targets.get(anc, own) != own:
            break
        item = anc
        if anc is root:
            break
    return item


def _date_near(item: Element, a: Element, page: _Page) -> dt.date | None:
    """The date shown with a link: a <time>, a short date text in its item, or just before the item."""
    lex = page.lex
    known = page.item_dates.get(item)
    if known is None:
        known = page.item_dates[item] = _item_dates(item, page)
    timed, first, day = known
    if timed is not None:
        return timed
    title = _title_of(a, page)
    if first is not None:
        if first != title:  # no piece before it dates, whichever the title skips
            return day
        for chunk in _text_chunks(item, title):  # the title itself reads as a date: the plain reading
            when = to_day(chunk, lex)
            if when is not None:
                return when
    prev = item.getprevious()
    if prev is not None and isinstance(prev.tag, str) and not _has_link(prev):
        return to_day(clean_text(_text_content(prev)), lex)
    return None


def _item_dates(item: Element, page: _Page) -> tuple[dt.date | None, str | None, dt.date | None]:
    """What `_date_near` reads of an item whatever the link: its first <time> date, and its first short
    text piece that reads as a date, with that date (Nones when there is none)."""
    lex = page.lex
    for time_el in _TIMES(item) if len(item) else ():
        when = to_day(time_el.get("datetime"), lex, structured=True) or to_day(
            clean_text(_text_content(time_el)), lex
        )
        if when is not None:
            return when, None, None
    # a shown date holds a digit: an item whose text (read once a call) holds none has no date piece
    for chunk in _text_chunks(item, "") if _has_digit(page.text(item)) else ():
        when = to_day(chunk, lex)
        if when is not None:
            return None, chunk, when
    return None, None, None


def _text_chunks(item: Element, title: str) -> Iterator[str]:
    """Short text pieces of `item` other than the title, where a date may be written."""
    for piece in item.itertext():
        chunk = clean_text(piece)
        if chunk and chunk != title and len(chunk) <= _DATE_CHUNK_MAX:
            yield chunk


def _has_digit(text: str) -> bool:
    """True when a character of `text` is a digit (`str.isdigit`: superscripts too)."""
    if text.isascii():  # there `str.isdigit` and `\d` agree, and the short class is quicker to test
        return _DIGIT.search(text) is not None
    return _ANY_DIGIT.search(text) is not None


def datelike(text: str, lex: Lexicon) -> bool:
    """True when a text carries a full date shape: a year, or a month name (not a lone rank number)."""
    if _YEAR.search(text) or _DMY.search(text):
        return True
    return any(w in lex.dates.MONTHS for w in _WORD.findall(text.lower()))


def to_day(
    text: str | None, lex: Lexicon, *, structured: bool = False, yearless: bool = False
) -> dt.date | None:
    """Parse a shown date into a calendar day (None when the text is not a date).

    A shown date without a year ("mardi 17 mars") gives None unless `yearless`: the year the date
    parser would supply is a guess from today's date, wrong for any page older than a year.
    """
    if not text or not _has_digit(text) or not (structured or datelike(text, lex)):
        return None
    if not (structured or yearless or _YEAR.search(text) or _DMY.search(text)):
        return None
    try:
        # shown dates are read by the regex shapes only: dateparser would guess a day from any number
        # ("© 2024", a rank) and is slow; machine dates (<time datetime>) may be in any language
        value = (
            dates.parse_structured_date(text, lex=lex) if structured else dates.find_date_in_text(text, lex)
        )
    except (ValueError, OverflowError):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    return value


# ----- teaser widgets ---------------------------------------------------------------------------


def _label_teaser_widgets(tree: Element, base: str | None, page: _Page) -> None:
    """Label the widgets listing other articles of the site as cards ("Trending", "Most read", "Other
    columns") outside any labelled region and menu, so that they leave the body (their links are not
    returned: such lists are not related by topic)."""
    site = _host(base)
    outside: dict[Element, bool] = {}  # element -> no label or menu on it or above it
    for parent in _wide_elements(page):
        if parent.tag in _FLOW_TAGS or parent.tag in _SKIP_TAGS:
            continue
        climbed = False
        for run in _runs(parent):
            # most elements hold no run of cards: the climb over the labels above only for those that do
            if not climbed:
                if not _unlabelled(parent, outside):
                    break
                climbed = True
            if _is_widget(run, base, site, page):
                for el in _widget_box(parent, run, page):
                    el.set("data-ak", _WIDGET_LABEL)
                outside.clear()  # elements met so far may now be inside the widget
    for card in _nested_cards(base, site, page, outside):
        card.set("data-ak", _WIDGET_LABEL)


def _wide_elements(page: _Page) -> list[Element]:
    """The elements with three children or more under the page scope, in page order (`_WITH_CARDS`),
    but those under a labelled element when clean's walk listed the rest (none of them is unlabelled)."""
    if page.walked is None:
        return _WITH_CARDS[page.in_body](page.scope)
    # clean stripped comments and processing instructions: every child counted is an element
    return [el for el in page.walked.wide if len(el) >= 3]


def _nested_cards(
    base: str | None, site: str | None, page: _Page, outside: dict[Element, bool]
) -> list[Element]:
    """<article> elements inside another one that are a card of another article of the site (a teaser
    between two paragraphs): HTML nests an <article> to show a related piece, not the article's text."""
    cards = []
    for el in page.article_elements:
        if not _has_ancestor(el, "article"):
            continue
        if _unlabelled(el, outside) and _card_title(el, base, site, page) is not None:
            cards.append(el)
    return cards


def _unlabelled(el: Element, memo: dict[Element, bool]) -> bool:
    """True when neither `el` nor an ancestor carries a label or is a menu (answers kept in `memo`)."""
    return first_verdict(el, memo, _labelled_or_menu, True)


def _labelled_or_menu(node: Element) -> bool | None:
    """False for an element that carries a label or is a menu, None (look further up) for any other."""
    return False if node.get("data-ak") is not None or node.tag in _MENU_TAGS else None


def _is_widget(run: list[Element], base: str | None, site: str | None, page: _Page) -> bool:
    """True when every element of `run` is a card of a different article (the first that is not ends
    the test: most runs are menus, paragraphs or galleries)."""
    titles: set[str] = set()
    for item in run:
        title = _card_title(item, base, site, page)
        if title is None or title in titles:
            return False
        titles.add(title)
    return True


def _runs(parent: Element) -> Iterator[list[Element]]:
    """Runs of at least _CARD_MIN consecutive children of one card tag and the same class words
    (digits aside: "pos-1", "pos-2"), stepping over labelled children (an ad between two cards)."""
    run: list[Element] = []
    last: tuple[str, str] | None = None  # the previous card's tag and class as written
    last_shape: tuple[str, frozenset[str]] | None = None  # … and its shape, computed once
    for child in parent:
        tag = child.tag
        if tag not in _CARD_TAGS:
            if isinstance(tag, str) and tag not in _SKIP_TAGS and child.get("data-ak") is None:
                if len(run) >= _CARD_MIN:
                    yield run
                run, last = [], None
            continue
        if child.get("data-ak") is not None:
            continue  # a labelled card tag (an ad): stepped over
        own = (tag, child.get("class", ""))
        if own != last:
            shape = _shape(own)
            if last is None or shape != last_shape:
                if len(run) >= _CARD_MIN:
                    yield run
                run = []
            last_shape = shape
        run.append(child)
        last = own
    if len(run) >= _CARD_MIN:
        yield run


def _read_shape(written: tuple[str, str]) -> tuple[str, frozenset[str]]:
    """A card's tag and class words without those holding a digit ("pos-1"): what its siblings share."""
    tag, classes = written
    if _DIGIT.search(classes) is None:  # most class values hold no digit: one search for all words
        return tag, frozenset(classes.split())
    return tag, frozenset(w for w in classes.split() if not _DIGIT.search(w))


# pages repeat their card classes, and sites their pages': each is read once (a Memo, not an lru_cache,
# whose linked list each full collection of the cyclic GC walks)
_shape = Memo(_read_shape, 4096).__getitem__


def _card_title(item: Element, base: str | None, site: str | None, page: _Page) -> str | None:
    """The title of a card: one article of the site shown as a title first, on a line of its own, with
    little text besides (a kicker, a date, a short teaser); None when `item` is not such a card."""
    found = _card_link(item, page)
    if found is None:
        return None
    href, title, line = found
    # the text tests first: they are string reads, where the site test parses URLs
    text = page.text(item)
    lead = text.find(title)
    if lead < 0 or lead > _CARD_LEAD or len(text) - len(title) > _CARD_EXTRA:
        return None
    if len(page.text(line)) - len(title) > _CARD_LINE:
        return None  # the link runs inside a sentence: a digest of the news, the article's own prose
    return title if _on_site(href, base, site, page) else None


def _card_link(item: Element, page: _Page) -> tuple[str, str, Element] | None:
    """The one target a card links, its title and the line holding the title: the article link's, or
    the card's heading when its only link is a call to action or an image ("Read more")."""
    anchors, links = _targets_of(item, page)
    if anchors is None:
        return None  # two targets: not a card
    if anchors:
        return clean_text(anchors[0].get("href")), _title_of(anchors[0], page), _line_of(anchors[0])
    if links is None:
        links = _links(item)
    href = clean_text(links[0].get("href")) if links else ""
    if not href or href.lower().startswith(_NO_URL) or any(clean_text(a.get("href")) != href for a in links):
        return None
    if any(page.text(a) and page.fold(page.text(a)) not in page.words.not_titles for a in links):
        return None
    heading = next(item.iter(*_CARD_HEADINGS), None)
    if heading is None or not _looks_like_title(page.text(heading), page):
        return None
    return href, page.text(heading), heading


def _one_target(item: Element, page: _Page) -> list[Element] | None:
    """`_article_anchors(item, None, page)` when they all link one target (or none), else None, found as
    soon as a second target shows: the links after it are not judged (a list of articles is no card)."""
    return _targets_of(item, page)[0]


def _targets_of(item: Element, page: _Page) -> tuple[list[Element] | None, list[Element] | None]:
    """`_one_target(item, page)`, and `_links(item)` when it read them (None when the answer was known):
    a card without an article link is read again through all its links."""
    known = page.anchors.get((item, None))
    if known is not None:
        return (known if len({clean_text(a.get("href")) for a in known}) <= 1 else None), None
    found: list[Element] = []
    first = None
    links = _links(item)
    for a in links:
        if _is_article_link(a, page):
            href = clean_text(a.get("href"))
            if first is None:
                first = href
            elif href != first:
                return None, links
            found.append(a)
    page.anchors[(item, None)] = found  # every link judged: the list is the whole one
    return found, links


def _line_of(a: Element) -> Element:
    """The nearest block around a link: the line of text it is part of."""
    for anc in a.iterancestors():  # (a tag filter of this many tags costs more to set up than it saves)
        if anc.tag in _LINE_TAGS:
            return anc
    return a


def _host(url: str | None) -> str | None:
    """The host of `url` without "www." (None when it has none or is malformed)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _on_site(href: str, base: str | None, site: str | None, page: _Page) -> bool:
    """`_same_site`, each href of the page decided once (cards repeat their links; URL parsing is slow)."""
    known = page.same_site.get(href)
    if known is None:
        known = page.same_site[href] = _same_site(href, base, site)
    return known


def _same_site(href: str, base: str | None, site: str | None) -> bool:
    """True for a link to another page of the site: relative, or to the page's host or a subdomain
    (never the page itself: a table of contents)."""
    try:
        target = urlsplit(_join(base, href) if base and not PLAIN_URL.match(href) else href)
        here = urlsplit(base) if base else None
    except ValueError:
        return False
    if here is not None and target.netloc == here.netloc and target.path.rstrip("/") == here.path.rstrip("/"):
        return False
    host = target.hostname.removeprefix("www.") if target.hostname else None
    if host is None or host == site:
        return host is None or site is not None
    return site is not None and (host.endswith("." + site) or site.endswith("." + host))


def _widget_box(parent: Element, run: list[Element], page: _Page) -> list[Element]:
    """What a run of cards takes out of the body: the box holding the cards, else the cards, and the
    heading just before either ("Trending", "Most read in Celebrity")."""
    if len(page.text(parent)) - sum(len(page.text(item)) for item in run) > _WIDGET_HEADING:
        return [*_opt(_heading_before(run[0], page)), *run]
    box = parent
    for _ in range(_WIDGET_CLIMB):
        up = box.getparent()
        if up is None or up.tag in ("body", "html") or up.get("data-ak") is not None:
            break
        if len(page.text(up)) - len(page.text(box)) > _WIDGET_HEADING:
            break
        if len(_article_anchors(up, None, page)) != len(_article_anchors(box, None, page)):
            break
        if not all(_heading_like(sib, page) for sib in up if sib is not box and isinstance(sib.tag, str)):
            break
        box = up
    return [*_opt(_heading_before(box, page)), box]


def _heading_before(el: Element, page: _Page) -> Element | None:
    """The element just before `el` when it is heading-like and holds a text: the widget's heading."""
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or prev.tag in _SKIP_TAGS):
        prev = prev.getprevious()
    if (
        prev is None
        or prev.get("data-ak") is not None
        or not page.text(prev)
        or not _heading_like(prev, page)
    ):
        return None
    return prev


def _heading_like(el: Element, page: _Page) -> bool:
    """True for an element without a link that is empty, a heading, or a short text ending no sentence
    (the last line of an article next to a widget is no heading of it)."""
    if el.get("data-ak") is not None:
        return True
    text = page.text(el)
    if not text:
        return True
    if len(text) > _WIDGET_HEADING or _has_link(el):
        return False
    return el.tag in _HEADING_TAGS or text[-1] not in _SENTENCE_END


# ----- inline inserts ---------------------------------------------------------------------------


def _inline_inserts(cues: list[Element], page: _Page) -> Iterator[tuple[Element, str | None]]:
    """Short elements reading "Lire aussi : <link>" (inside the body or not), with their label."""
    seen: set[Element] = set()
    for owner in cues:
        found = _insert_from(owner, page)
        if found is not None and found[0] not in seen and not _off_limits(found[0], _RELATED):
            seen.add(found[0])
            yield found


def _insert_from(owner: Element, page: _Page) -> tuple[Element, str | None] | None:
    """The smallest element from the cue's owner up whose text is the cue followed by one link only."""
    for anc in (owner, *owner.iterancestors()):
        if anc.tag in ("body", "html"):
            return None
        raw = _text_content(anc)
        if len(raw) > _INLINE_MAX_RAW:
            return None
        text = clean_text(raw)
        if len(text) > _INLINE_MAX_CHARS:
            return None
        anchors = _article_anchors(anc, None, page)
        if len(anchors) > 1:
            return None
        if not anchors:
            continue
        title = _title_of(anchors[0], page)
        head = text[: text.find(title)] if title in text else ""
        if head and page.fold(head) in page.words.inline and text.endswith(title):
            return anc, _pretty(head)
        return None
    return None


def _dedupe(links: list[RelatedLink], page: _Page) -> tuple[RelatedLink, ...]:
    """Drop repeats of the same article (same URL or same title), keeping the first (dated when possible)."""
    out: dict[str, RelatedLink] = {}
    by_title: dict[str, str] = {}  # folded title -> key of the link kept for it
    for link in links:
        title = page.fold(link.title)
        key = by_title.get(title) or link.url or title
        by_title.setdefault(title, key)
        kept = out.get(key)
        if kept is None:
            out[key] = link
        elif kept.date is None and link.date is not None:
            out[key] = RelatedLink(title=kept.title, url=kept.url, date=link.date, label=kept.label)
    return tuple(out.values())
