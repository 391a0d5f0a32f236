"""What the metadata readers share: the page record, <meta> and JSON-LD values, text, hints, DOM helpers."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import json
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from .. import dates
from ..lexicon import Lexicon
from ..tree import Element, first_verdict, text_length, text_of

_JSONLD = etree.XPath(
    "//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
    " 'ld+json')]"
)


_META = etree.XPath("//meta[@content or @value]")


#: XPath's translate() of the JSON-LD test lower-cases ASCII letters only
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_JOIN = "\0"


#: the tags whose elements the readers ask for by name
_SCANNED_TAGS = ("meta", "script", "style", "noscript", "h1", "title", "link", "p", "html")


_TIMES = etree.XPath("//time[@datetime]")


class _Hint:
    """A case-insensitive class/id pattern that matches ASCII text (nearly all class names) fast.

    Python's `re.I` makes alternations of words several times slower; on ASCII text matching the
    lower-cased text case-sensitively gives the same answer (the patterns are lower-case ASCII).
    `anchors`: lower-case words one of which every match of ASCII text holds; a page whose hint
    strings hold none of them has no match, which `_hinted_by` learns without running the pattern.
    """

    __slots__ = ("_any", "_ascii", "anchors")

    def __init__(self, pattern: re.Pattern[str], anchors: tuple[str, ...] = ()) -> None:
        """Keep the re.I pattern for non-ASCII text and a case-sensitive copy for lower-cased ASCII."""
        self._any = pattern
        self._ascii = re.compile(pattern.pattern)
        self.anchors = anchors

    def search(self, text: str) -> re.Match[str] | None:
        """Like `re.Pattern.search` with re.I (on ASCII text the match is over the lower-cased text)."""
        return self._ascii.search(text.lower()) if text.isascii() else self._any.search(text)


# Generic class/id hints (not any one site's names).
_BYLINE_HINT = _Hint(
    re.compile(
        r"author|byline|by-line|signature|auteur|writer|creator|journalist|contributor|autor|"
        r"(?<![a-z])by(?![a-z])",
        re.I,
    ),
    ("aut", "by", "signature", "writer", "creator", "journalist", "contributor"),
)


_DATE_HINT = _Hint(
    re.compile(
        r"date|time|publi|posted|byline|meta|info|dateline|timestamp|datum|fecha|updated|modified|created|"
        r"(?<![a-z])maj(?![a-z])",
        re.I,
    ),
    (
        # "updated" holds "date": an anchor that holds another finds nothing more
        *("date", "time", "publi", "posted", "byline", "meta", "info", "datum", "fecha"),
        *("modified", "created", "maj"),
    ),
)


_MODIFIED_HINT = _Hint(
    re.compile(r"updat|modif|(?<![a-z])maj(?![a-z])|lastmod", re.I), ("updat", "modif", "maj", "lastmod")
)


_LEAD_HINT = _Hint(
    re.compile(
        r"chap[oô]|standfirst|(?<![a-z])lead|intro|summary|sumario|description|(?<![a-z])dek|excerpt|"
        r"subtitle|sub-title|subheadline|sub-headline|teaser|deck|abstract|header__desc",
        re.I,
    ),
    (
        *("chap", "standfirst", "lead", "intro", "summary", "sumario", "description", "dek", "excerpt"),
        *("sub", "teaser", "deck", "abstract", "header__desc"),
    ),
)


_KICKER_HINT = _Hint(
    re.compile(r"kicker|surtitle|overline|eyebrow|overtitle|supertitle|rubri|category|label", re.I),
    ("kicker", "surtitle", "overline", "eyebrow", "overtitle", "supertitle", "rubri", "category", "label"),
)


#: class/id words (regular expressions) of regions that hold no article metadata (a footer only where
#: it is the page's)
_SKIP_PATTERNS = (
    "comments?", "commentlist", "related", "footer", "sidebar", "widget", "promo", "newsletter", "share",
    "sharing", "nav", "navigation", "navbar", "menu", "teaser-list", "recommended", "most-read", "popular",
)  # fmt: skip


#: the anchors both skip hints share
_SKIP_WORDS = ("comment", "related", "sidebar", "widget", "promo", "newsletter", "shar", "nav", "menu")


def _word_hint(words: tuple[str, ...]) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of `words` as a whole class/id word."""
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(words) + r")(?:$|[\s_-])", re.I)


_SKIP_HINT = _Hint(
    _word_hint(_SKIP_PATTERNS),
    (*_SKIP_WORDS, "footer", "teaser-list", "recommended", "most-read", "popular"),
)


_SKIP_NOT_FOOTER = _Hint(
    _word_hint(tuple(w for w in _SKIP_PATTERNS if w != "footer")),
    (*_SKIP_WORDS, "teaser-list", "recommended", "most-read", "popular"),
)


_BRANDING_HINT = _Hint(
    re.compile(r"site[-_]|tagline|slogan|brand|logo|masthead", re.I),
    ("site", "tagline", "slogan", "brand", "logo", "masthead"),
)


_ARTICLE_HINT = _Hint(
    re.compile(r"(?:^|[\s_-])(?:meta|byline|author|info|details|post-?meta|entry-?meta)(?:$|[\s_-])", re.I),
    ("meta", "byline", "author", "info", "details"),
)


_LOGO_HINT = _Hint(
    re.compile(r"logo|brand|site-?title|site-?name|blog-?title|masthead", re.I),
    ("logo", "brand", "site", "blog", "masthead"),
)


_HIDDEN_HINT = _Hint(
    re.compile(r"screen-?reader|sr-only|visually-?hidden|hidden|offscreen", re.I),
    ("screen", "sr-only", "hidden"),  # "offscreen" holds "screen"
)


_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))


_INVISIBLE_RE = re.compile(f"[{_INVISIBLE_CHARS}]")


_P_COUNT = etree.XPath("count(.//p)")


_VISIBLE_TEXTS = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::template or ancestor::iframe"
    " or ancestor::rt or ancestor::rp)]"
)


_UNSHOWN_TAGS = ("script", "style", "template", "iframe", "rt", "rp")


_SPACES = re.compile(r"\s+")


_WORDS = re.compile(r"\w+")


_NOT_ALNUM = re.compile(r"[\W_]+")


MAX_LOGO_PARAGRAPHS = 2  # a logo or banner block holds no more paragraphs (a tagline at most)


_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "liveblogposting",
        "techarticle",
        "scholarlyarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "report",
        "socialmediaposting",
        "posting",
        "review",
    }
)


_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})


class Hints(dict[Any, str]):
    """The "class id itemprop" string of each element holding one (page order), and `bodies`: the
    elements whose itemprop is "articleBody" (page order), which clean's guard reads."""

    __slots__ = ("bodies",)

    def __init__(self) -> None:
        """An empty mapping, no article body."""
        super().__init__()
        self.bodies: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class _Scan:
    """What one walk over the tree gathers for every reader (the tree does not change while they read).

    Only the elements it keeps stay alive: holding every element's proxy for the readers' walks to
    reuse costs more than making again those they meet."""

    #: the elements of each tag in _SCANNED_TAGS, in document order
    tags: dict[str, list[Any]] = dataclasses.field(default_factory=dict)
    #: "class id itemprop" of every element that has one of them (the string `_hints` makes)
    hints: Hints = dataclasses.field(default_factory=Hints)
    #: the elements with an itemprop attribute, in document order
    itemprops: tuple[Any, ...] = ()

    def of(self, tag: str) -> list[Any]:
        """The elements of a scanned tag, in document order."""
        return self.tags.get(tag, [])


@dataclass(frozen=True, slots=True)
class _Page:
    """What the metadata readers share: the tree, <meta> values, JSON-LD objects, the chosen article.

    The dictionaries are memos of this call only (the page record lives as long as one extraction).
    """

    tree: Element
    url: str | None
    meta: dict[str, tuple[str, ...]]
    ld: tuple[dict[str, Any], ...]
    article: dict[str, Any] | None
    lex: Lexicon
    tz: str
    #: the one walk over the tree every reader reads instead of walking again
    scan: _Scan
    #: the article's <h1> and its ancestors: regions holding it are layout wrappers, never sidebars
    main: tuple[Any, ...] = ()
    #: hinted region → whether it holds most of the page (a layout wrapper, never a side region)
    sizes: dict[Any, bool] = dataclasses.field(default_factory=dict)
    #: (pattern, hint string) → whether the pattern matches it
    matches: dict[tuple[Any, str], bool] = dataclasses.field(default_factory=dict)
    #: element → whether it or an ancestor is a skipped region, with footers ([1]) or without ([0])
    skipped: tuple[dict[Any, bool], dict[Any, bool]] = dataclasses.field(default_factory=lambda: ({}, {}))
    #: anything else computed once per page: the page size, the set of `main`, site headings
    memo: dict[Any, Any] = dataclasses.field(default_factory=dict)

    @property
    def size(self) -> tuple[int, int]:
        """How many <p> and characters of readable text the page holds (measured when first asked)."""
        found = self.memo.get("size")
        if found is None:
            found = self.memo["size"] = _scanned_size(self.tree, self.scan)
        return found  # type: ignore[no-any-return]


def _text(el: Any) -> str:
    """Visible-ish text of an element (or a string), soft hyphens dropped, whitespace collapsed."""
    if el is None:
        return ""
    raw = el if isinstance(el, str) else _visible_text(el)
    if not raw.isascii() and _INVISIBLE_RE.search(raw):  # all of them are non-ASCII
        raw = raw.translate(_INVISIBLE)
    return " ".join(raw.split())  # str.split() splits on what \s+ matches


def _visible_text(el: Any) -> str:
    """text_content() without what scripts, styles, templates, iframes and ruby notes hold (<h1><script>…)."""
    # an <iframe>'s content is raw text that browsers never show; <rt>/<rp> spell the reading of a word
    # above it ("子<rt>こ</rt>"), they are not more words of the text
    if len(el) == 0:  # no child: its own text is all of it (most elements asked about)
        return "" if el.tag in _UNSHOWN_TAGS else (el.text or "")
    if next(el.iter(*_UNSHOWN_TAGS), None) is None:
        # the text serialiser gives text_content() without an XPath evaluation
        return text_of(el)
    return _shown_text(el)


def _shown_text(el: Any) -> str:
    """`"".join(_VISIBLE_TEXTS(el))` by a walk that skips the unshown subtrees.

    The XPath tests every ancestor of every text node (deep pages: 100 µs a call); the walk reads
    each node once. Texts are left out under an unshown element, whether inside `el` or around it.
    """
    if el.tag in _UNSHOWN_TAGS or next(el.iterancestors(*_UNSHOWN_TAGS), None) is not None:
        return ""
    out = [el.text or ""]
    stack: list[tuple[Iterator[Any], str | None]] = [(iter(el), None)]
    while stack:
        children, tail = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if tail:
                out.append(tail)
        elif isinstance(child.tag, str) and child.tag not in _UNSHOWN_TAGS:
            if child.text:
                out.append(child.text)
            stack.append((iter(child), child.tail))  # the tail follows the child's own texts
        elif child.tail:
            out.append(child.tail)  # a comment's, or an unshown element's: the text after it is shown
    return "".join(out)


def _meta_values(tree: Element, scan: _Scan | None = None) -> dict[str, tuple[str, ...]]:
    """Map each <meta> key (property, name, itemprop or http-equiv, lower-case) to its contents in order."""
    found: dict[str, list[str]] = {}
    for el in scan.of("meta") if scan is not None else _META(tree):
        # one read of all attributes instead of up to six look-ups (a parsed element names each once)
        attrs = dict(el.items())
        raw = attrs.get("content") or attrs.get("value")
        content = _text(raw) if raw else ""
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrs.get(attr)
            if key:
                found.setdefault(key.strip().lower(), []).append(content)
    return {k: tuple(v) for k, v in found.items()}


def _first_meta(page: _Page, *keys: str) -> str | None:
    """The first non-empty <meta> content among `keys`, in the order given."""
    for key in keys:
        values = page.meta.get(key)
        if values:
            return values[0]
    return None


def _load_json(raw: str) -> Any:
    """Parse a JSON-LD script leniently (comments, CDATA, trailing commas, stray tail); None if hopeless."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        return json.loads(raw, strict=False)
    except RecursionError:
        return None  # "[[[[…" nested past the interpreter's limit: hostile, not metadata
    except ValueError:
        pass
    fixed = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$|^\s*<!--|-->\s*$", "", raw)
    fixed = re.sub(r",\s*([}\]])", r"\1", fixed)
    try:
        return json.loads(fixed, strict=False)
    except RecursionError:
        return None
    except ValueError:
        pass
    try:  # one JSON value followed by stray characters ("{…}\n}", "[…];"): the value is the data
        return json.JSONDecoder(strict=False).raw_decode(fixed)[0]
    except (ValueError, RecursionError):
        return None


def _ld_objects(tree: Element, scan: _Scan | None = None) -> Iterator[dict[str, Any]]:
    """Every JSON object of the page's ld+json scripts, @graph and mainEntity unfolded."""
    scripts = _JSONLD(tree) if scan is None else [s for s in scan.of("script") if _is_ld_script(s)]
    for script in scripts:
        yield from _flatten(_load_json(script.text or ""), 0)


def _is_ld_script(script: Any) -> bool:
    """Tell whether a <script> holds JSON-LD (its type holds "ld+json", ASCII letters in any case)."""
    kind = script.get("type")
    return kind is not None and "ld+json" in (
        kind.lower() if kind.isascii() else kind.translate(_ASCII_LOWER)
    )


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Yield the objects of a JSON-LD value: lists, @graph members, mainEntity (bounded depth)."""
    if depth > 5:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _flatten(data[key], depth + 1)


def _types(obj: Any) -> set[str]:
    """The schema.org types of an object, lower-case, without "schema:" or URL prefixes."""
    if not isinstance(obj, dict):
        return set()
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for v in values if v}


def _pick_article(objects: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article: an Article type, the richest if several."""
    best: dict[str, Any] | None = None
    best_score = -1
    for obj in objects:
        if not _types(obj) & _ARTICLE_TYPES:
            continue
        score = sum(k in obj for k in ("headline", "datePublished", "author", "articleBody", "image"))
        if score > best_score:
            best, best_score = obj, score
    return best


def _ld_text(value: Any) -> str | None:
    """A JSON-LD value as one string (first of a list, "name" or "@value" of an object)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, (str, int, float)):
        text = (
            _SPACES.sub(" ", lxml_html.fromstring(f"<p>{value}</p>").text_content())
            if "<" in str(value)
            else str(value)
        )
        return _SPACES.sub(" ", text).strip() or None
    return None


def _ld_field(page: _Page, key: str, types: frozenset[str] | None = None) -> Any:
    """A field of the article object, else of the first object of `types` that has it."""
    if page.article is not None and page.article.get(key):
        return page.article[key]
    if types is None:
        return None
    for obj in page.ld:
        if _types(obj) & types and obj.get(key):
            return obj[key]
    return None


def _hints(el: Any) -> str:
    """The class, id and itemprop of an element in one string (for generic hint matching)."""
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))


def _scan(tree: Element) -> _Scan:
    """Walk the tree once: the elements of the scanned tags, hint strings, itemprop elements."""
    tags: dict[str, list[Any]] = {tag: [] for tag in _SCANNED_TAGS}
    # lxml's tag filter picks them in C (the list keeps their proxies alive): cheaper than a test per element
    for el in tree.iter(*_SCANNED_TAGS):
        tags[el.tag].append(el)
    hints = Hints()
    itemprops: list[Any] = []
    bodies: list[Any] = []
    get = etree._Element.get  # the unbound method: no bound method made per element
    for el in tree.iter(etree.Element):
        cls, ident, prop = get(el, "class"), get(el, "id"), get(el, "itemprop")
        # the string `_hints` makes, without its generic join in the common cases
        if prop is not None:
            itemprops.append(el)
            if prop == "articleBody":
                bodies.append(el)
            if cls or ident or prop:
                hints[el] = " ".join(filter(None, (cls, ident, prop)))
        elif ident:
            hints[el] = f"{cls} {ident}" if cls else ident
        elif cls:
            hints[el] = cls
    hints.bodies = tuple(bodies)
    return _Scan(tags, hints, tuple(itemprops))


def _build_page(tree: Element, url: str | None, lex: Lexicon, tz: str) -> _Page:
    """The page record of one extraction: one walk over the tree, then <meta>, JSON-LD and the main <h1>."""
    scan = _scan(tree)
    ld = tuple(_ld_objects(tree, scan))
    meta, article = _meta_values(tree, scan), _pick_article(ld)
    page = _Page(tree, url, meta, ld, article, lex, tz, scan=scan)
    main = _main_heading_path(page)
    # the same record with its <h1> path, the memos kept (`dataclasses.replace` without its generic work)
    return _Page(
        tree,
        url,
        meta,
        ld,
        article,
        lex,
        tz,
        scan=scan,
        main=main,
        sizes=page.sizes,
        matches=page.matches,
        skipped=page.skipped,
        memo=page.memo,
    )


def _hint(page: _Page, el: Any) -> str:
    """`_hints(el)` read from the page's walk (the same string, computed once)."""
    return page.scan.hints.get(el, "")


def _hinted(page: _Page, el: Any, pattern: _Hint) -> bool:
    """Tell whether an element's class/id/itemprop matches a hint pattern (memo per distinct string)."""
    hints = _hint(page, el)
    if not hints:
        return False
    key = (pattern, hints)
    found = page.matches.get(key)
    if found is None:
        found = page.matches[key] = pattern.search(hints) is not None
    return found


def _hinted_by(page: _Page, pattern: _Hint) -> list[tuple[Any, str]]:
    """(element, hint string) of the elements whose class/id/itemprop match a pattern, in document order."""
    key = ("hinted by", pattern)
    found = page.memo.get(key)
    if found is None:
        hits = {h for h in _may_match(page, pattern) if pattern.search(h)}
        if not hits:
            found = []
        else:  # picked in C: a few hits among hundreds of hinted elements
            hints = page.scan.hints
            found = list(itertools.compress(hints.items(), map(hits.__contains__, hints.values())))
        page.memo[key] = found
    return found  # type: ignore[no-any-return]


def _may_match(page: _Page, pattern: _Hint) -> Iterable[str]:
    """The page's distinct hint strings a pattern may match: non-ASCII ones, ASCII ones holding an anchor."""
    hints = _folded_hints(page)
    if not pattern.anchors:
        return [*hints.others, *hints.ascii]
    found = set(hints.others)
    folded, starts = hints.joined, hints.starts
    for anchor in pattern.anchors:
        # one search over all the strings at once, then a jump to the string after each hit
        at = folded.find(anchor)
        while at != -1:
            index = bisect.bisect_right(starts, at) - 1
            found.add(hints.ascii[index])
            at = folded.find(anchor, starts[index + 1]) if index + 1 < len(starts) else -1
    return found


class _Folded(NamedTuple):
    """The page's distinct hint strings, ready for anchor searches."""

    ascii: list[str]
    others: list[str]  # the non-ASCII ones, always tested with the pattern itself
    joined: str  # the ASCII ones lower-cased, joined by NUL (never in an attribute: no match spans two)
    starts: list[int]  # where each ASCII string starts in `joined`


def _folded_hints(page: _Page) -> _Folded:
    """The page's distinct hint strings, folded once for every pattern's anchors."""
    found = page.memo.get("folded hints")
    if found is None:
        distinct = list(set(page.scan.hints.values()))
        joined = _JOIN.join(distinct)
        ascii_, others = (distinct, []) if joined.isascii() else _split_ascii(distinct)
        # string i starts after the i strings before it and their i separators
        lengths = itertools.accumulate(map(len, ascii_), initial=0)
        starts = list(map(operator.add, lengths, range(len(ascii_))))
        folded = (joined if not others else _JOIN.join(ascii_)).lower()
        found = page.memo["folded hints"] = _Folded(ascii_, others, folded, starts)
    return found  # type: ignore[no-any-return]


def _split_ascii(strings: list[str]) -> tuple[list[str], list[str]]:
    """The ASCII strings and the others."""
    return [h for h in strings if h.isascii()], [h for h in strings if not h.isascii()]


def _norm(text: str | None) -> str:
    """Fold a text for comparisons: NFKC, case-folded, letters and digits only."""
    if not text:
        return ""
    # [\W_] is exactly what str.isalnum() refuses, one character at a time
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def _is_site_heading(h1: Any, page: _Page) -> bool:
    """Tell whether an <h1> holds the site's name (a logo, a link to the home page) rather than a headline."""
    key = ("site heading", h1)
    found = page.memo.get(key)
    if found is None:
        found = page.memo[key] = _names_site(h1, page)
    return found  # type: ignore[no-any-return]


def _names_site(h1: Any, page: _Page) -> bool:
    """The test behind `_is_site_heading`: logo hints, a link to the home page, or og:site_name."""
    if _hinted(page, h1, _LOGO_HINT):
        return True
    for anc in list(h1.iterancestors())[:2]:
        # a "brand" wrapper around the whole page ("brand-c") holds the article's paragraphs too
        if _hinted(page, anc, _LOGO_HINT) and _P_COUNT(anc) <= MAX_LOGO_PARAGRAPHS:
            return True
    for a in h1.iter("a"):
        href = (a.get("href") or "").strip()
        if href:
            parts = urlsplit(urljoin(page.url, href) if page.url else href)
            if parts.path in ("", "/") and not parts.query:
                return True
    site = _first_meta(page, "og:site_name")
    return bool(site) and _norm(_text(h1)) == _norm(site)


def _in_skipped(el: Any, page: _Page, *, footers: bool = True) -> bool:
    """Tell whether an element sits in a comment, related, sidebar or menu region (or a footer, if asked).

    A hinted region that holds the article's <h1> is a layout wrapper ("page-with-sidebar"), not one.
    """
    # the verdict of each ancestor is kept: siblings and their descendants share the walk up
    memo = page.skipped[footers]
    return first_verdict(el.getparent(), memo, lambda anc: _skip_verdict(anc, page, footers), False)


def _skip_verdict(anc: Any, page: _Page, footers: bool) -> bool | None:
    """What an ancestor says: True (a skipped region), False (the walk stops there), None (look higher)."""
    if anc.tag in ("body", "html") or anc in _main_set(page):
        return False
    if anc.tag == "aside" and not footers and _hinted(page, anc, _ARTICLE_HINT):
        return None  # <aside class="meta">: an article's own byline/date box
    skip = _SKIP_HINT if footers else _SKIP_NOT_FOOTER
    tags = ("nav", "footer", "aside") if footers else ("nav", "aside")
    if (anc.tag in tags or _hinted(page, anc, skip)) and not _is_wrapper(anc, page):
        return True
    return None


def _main_set(page: _Page) -> frozenset[Any]:
    """`page.main` as a set (membership is asked for every ancestor walked)."""
    found = page.memo.get("main")
    if found is None:
        found = page.memo["main"] = frozenset(page.main)
    return found  # type: ignore[no-any-return]


def _is_wrapper(el: Any, page: _Page) -> bool:
    """Tell whether a hinted region holds most of the page's paragraphs or text ("main sidebar-right")."""
    found = page.sizes.get(el)
    if found is None:
        # the text is measured only when the paragraphs do not settle it
        # n * 2 > size  <=>  not size > n * 2 - 1
        found = _holds_most_paragraphs(el, page) or not _text_exceeds(page, text_length(el) * 2 - 1)
        page.sizes[el] = found
    return found


def _text_exceeds(page: _Page, length: int) -> bool:
    """Tell whether the page's readable text (`page.size[1]`) passes `length`, measuring it only if need be.

    The page's `string-length()` costs 0.2 ms; the direct texts of its <p>s are a floor of it (text
    nodes of their own, never a script's or a style's), which settles most regions measured against it.
    """
    if _text_floor(page) > length:
        return True
    return page.size[1] > length


def _text_floor(page: _Page) -> int:
    """A lower bound of the page's readable text (`page.size[1]`): the length of its <p>s' direct texts."""
    found = page.memo.get("floor")
    if found is None:
        found = page.memo["floor"] = sum(len(p.text or "") for p in page.scan.of("p"))
    return found  # type: ignore[no-any-return]


def _holds_most_paragraphs(el: Any, page: _Page) -> bool:
    """Tell whether `count(.//p)` of an element passes half the page's <p>s, counting no further than that.

    lxml's tag filter counts in C over the proxies the page's walk holds; a wrapper is settled
    once half the page's paragraphs are met instead of after all of them.
    """
    half = _page_paragraphs(page) // 2  # n * 2 > total  <=>  n > total // 2
    count = -(el.tag == "p")  # count(.//p) leaves the element itself out
    for _ in el.iter("p"):
        count += 1
        if count > half:
            return True
    return False


def _page_paragraphs(page: _Page) -> int:
    """How many <p> the page holds (`page.size[0]`, without measuring the page's text)."""
    return len(page.scan.of("p")) - (page.tree.tag == "p")


def _scanned_size(tree: Any, scan: _Scan) -> tuple[int, int]:
    """How many <p> and characters of readable text the page holds (scripts and styles left out)."""
    paragraphs = len(scan.of("p")) - (tree.tag == "p")  # count(.//p) leaves the tree itself out
    scripts = sum(len(s.text or "") for tag in ("script", "style", "noscript") for s in scan.of(tag))
    return paragraphs, text_length(tree) - scripts


def _main_heading_path(page: _Page) -> tuple[Any, ...]:
    """The article's <h1> (the first that is shown and is no site name) and its ancestors."""
    for h1 in _h1s(page):
        if _hinted(page, h1, _HIDDEN_HINT) or any(
            a.tag in ("nav", "footer", "aside") for a in h1.iterancestors()
        ):
            continue
        if not _is_site_heading(h1, page):
            return (h1, *h1.iterancestors())
    return ()


def _h1s(page: _Page) -> list[Any]:
    """The page's <h1> elements, in document order."""
    return page.scan.of("h1")


def _paragraphs(page: _Page) -> list[Any]:
    """The page's <p> elements, in document order."""
    return page.scan.of("p")


def _itemprops(page: _Page) -> tuple[Any, ...]:
    """The page's elements with an itemprop attribute, in document order."""
    return page.scan.itemprops


def _is_month_name(word: str, lex: Lexicon) -> bool:
    """Tell whether a word names a month, in French or another common language."""
    low = word.lower().strip(".,:")
    return low in dates.date_data(lex).MONTHS


def _is_day_name(word: str, lex: Lexicon) -> bool:
    """Tell whether a word names a weekday, in French or another common language."""
    low = word.lower().strip(".,:")
    return low in dates.date_data(lex).DAYS
