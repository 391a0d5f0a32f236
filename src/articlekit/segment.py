"""Segment stage: the main content element → ordered blocks, outbound links and images.

One walk over the located element in document order. Block-level elements close the running
paragraph; inline elements add their text to it; ``<br><br>`` splits it. Labelled elements are
skipped whole. Each block keeps its kind (paragraph, heading with level, list item, blockquote);
links inside a block become ``Link`` values with the block's index; images become ``Image`` values
with their figcaption and credit. Afterwards, leftover boilerplate lines (bylines, date lines,
credits, "Lire aussi" inserts, short link-only lines) and the repeated headline are dropped.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import ModuleType
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .clean import LABEL_ATTR, fold
from .lexicon import Lexicon
from .locate import SKIP_ATTR
from .model import Block, BlockKind, Image, Link
from .parts import Body
from .tree import Element, Memo, text_of
from .urls import joins_unchanged

_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl",
        "li", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote",
        "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "address", "details",
        "summary", "center", "form", "fieldset", "legend", "picture", "body", "html", "hgroup",
    }
)  # fmt: skip
_IMG_TAGS = ("img", "amp-img")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SKIP_TAGS = frozenset({"figcaption", "script", "style", "head", "title", "noscript", "template"})
_EXTRA_CLASS = re.compile(
    r"caption|legende|credit|byline|auteur|signature|surtitre|overline|eyebrow|dateline|timestamp|author|copyright|photo-?info|image-?info|"
    r"(?<![a-z])(?:dates?|time|meta|tags?|label|kicker|breadcrumbs?)(?![a-z])",
    re.I,
)
# the two patterns above on a lowercased ASCII text, written so that every alternative starts with a
# letter: the regex engine then skips, in C, every position that no alternative can start at
# (the lookbehind after the first letter is the one before the word, moved inside)
_EXTRA_CLASS_LOWER = re.compile(
    r"caption|legende|credit|byline|auteur|signature|surtitre|overline|eyebrow|dateline|timestamp|author|"
    r"copyright|photo-?info|image-?info|d(?<![a-z]d)ates?(?![a-z])|t(?<![a-z]t)ime(?![a-z])|"
    r"m(?<![a-z]m)eta(?![a-z])|t(?<![a-z]t)ags?(?![a-z])|l(?<![a-z]l)abel(?![a-z])|"
    r"k(?<![a-z]k)icker(?![a-z])|b(?<![a-z]b)readcrumbs?(?![a-z])"
)
_LEAD_CLASS = re.compile(r"chapo|chapeau|standfirst|(?<![a-z])(?:lead|intro)(?![a-z])", re.I)
_LEAD_CLASS_LOWER = re.compile(r"chapo|chapeau|standfirst|l(?<![a-z]l)ead(?![a-z])|i(?<![a-z]i)ntro(?![a-z])")
_CONTENT_CLASS = re.compile(r"(?<![a-z])(?:body|content|text)(?![a-z])", re.I)
_CREDIT_CLASS = re.compile(r"credit|copyright|author|source", re.I)
_CAPTION_CLASS = re.compile(r"caption|legend", re.I)
#: a "lead" element holding one of these is a header region or a layout box, not a standfirst
_NOT_IN_LEAD = ("h1", "h2", "h3", "table", "ul", "ol")
_PARAGRAPH_BREAK = "\u2029"
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")  # soft hyphens are kept: they are the text as written
_BREAKS = re.compile(r"\n\s*\n")
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*[^()]{1,80}\(@\w+\)")  # "— Name (@handle) 5 mars 2013"
# a bare date stamp line: "23.10.2018 10:43"
_DATE_STAMP = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ ,|-]+\d{1,2}[:h.]\d{2})?$")
# machine values shown as text by hidden-meta markup: an ISO timestamp, an image address
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_IMAGE_URL = re.compile(r"^(?:https?:)?//\S+\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?$", re.I)
_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is str.isalnum() plus "_"
_ALNUM = re.compile(r"[^\W_]")  # a character for which str.isalnum() is true
#: characters after which urljoin(base, path) may differ from the base's origin and a root path
_URL_REBUILT = re.compile(r"[?#;\[\]\t\r\n]")
_NETLOC = re.compile(r"[^/?#]*")  # a URL's host part runs to the first of these (urlsplit)
_NETLOC_SPECIAL = re.compile(r"[@:\[\]%]")  # user, port, IPv6 brackets, zone: urlsplit's own reading
_LAZY_SRC = ("src", "data-src", "data-lazy-src", "data-original", "data-srcset", "srcset")
_TEXT_PUNCT = " \t:;,.!?-–—>»«|•·/()[]*"

#: a short block whose text is mostly links is a leftover menu or link list, not prose
SHORT_LINK_BLOCK_CHARS = 100
MAX_LINK_SHARE = 0.7
#: the standfirst (chapo) at the top is the body's first block, of kind "lead" (readers and every
#: gold set count the visible standfirst as article text; meta's `lead` field repeats it)
SKIP_LEAD = True
LEAD_MAX_CHARS = 600
#: a block this long (not a heading) starts the body: a standfirst class after it is no lead
BODY_START_CHARS = 150
#: ... a "lead" block only over a body at least this long (else the "lead" is the article: paragraphs)
LEAD_MIN_BODY_CHARS = 400
#: at most this many images are taken from a lead photo block standing just before the body
LEAD_IMAGES_MAX = 3
LEAD_IMAGE_SIBLINGS = 3
#: a heading over at least this many blocks, each with this share of link text, is a teaser list
TEASER_MIN_ITEMS = 2
TEASER_LINK_SHARE = 0.3
#: a caption, credit, byline or date box (by class) is at most this long
SMALL_EXTRA_CHARS = 300
#: a credit line ("AFP", "(Belga)") is at most this long; a caption carrying a © at most CAPTION_MAX_CHARS
CREDIT_MAX_CHARS = 25
CAPTION_MAX_CHARS = 200
#: a byline is at most this long
BYLINE_MAX_CHARS = 120


@dataclass(slots=True)
class _Draft:
    """A block being written: its kind, level, text pieces and the links found so far."""

    kind: BlockKind
    level: int | None = None
    pieces: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (absolute URL or "", text)
    link_chars: int = 0
    size: int = 0  # characters written into `pieces`
    lead: bool = False  # the standfirst above the body


@dataclass(slots=True)
class _Walk:
    """What the walk collects: finished drafts, images, and the base URL for links."""

    base: str | None
    drafts: list[_Draft] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    current: _Draft | None = None
    started: bool = False  # a block other than a heading has been written


def segment(
    root: Element,
    *,
    url: str | None,
    headline: str | None,
    lex: Lexicon,
    bases: tuple[str, ...] | None = None,
) -> Body:
    """Split `root` into paragraphs, headings, list items and blockquotes in reading order.

    `bases`: the href of the page's first <base href> (empty: none), when the caller has read it
    (locate.locate gives it); without it segment searches the page.
    """
    walk = _Walk(base=_base_url(root, url, bases))
    walk.images.extend(_lead_images(root, walk.base))
    _text(walk, root.text, "paragraph", None)
    _visit(root, walk, "paragraph", None)
    _close(walk)
    rules = _line_rules(lex.boilerplate)
    head = _norm_key(headline) if headline else None
    host = _host(walk.base)
    kept: list[tuple[Block, list[tuple[str, str]]] | None] = []  # None: a block dropped as leftover
    body_chars = sum(d.size for d in walk.drafts if not d.lead and d.kind != "heading")
    for draft in walk.drafts:
        if draft.lead and body_chars >= LEAD_MIN_BODY_CHARS:
            draft.kind, draft.level = "lead", None
        for block, block_links in _finish(draft):
            leftover = _is_leftover(block, block_links, rules, head, host)
            kept.append(None if leftover else (block, block_links))
    _drop_trailing_link_lines(kept)
    blocks: list[Block] = []
    links: list[Link] = []
    for block, block_links in _drop_emptied_headings(kept):
        index = len(blocks)
        blocks.append(block)
        if block_links:  # most blocks hold no link: no generator made
            links.extend(Link(url=u, text=t, paragraph=index) for u, t in block_links if u)
    return Body(blocks=tuple(blocks), links=tuple(links), images=tuple(dict.fromkeys(walk.images)))


def _lead_images(root: etree._Element, base: str | None) -> list[Image]:
    """Images standing just before the body, beside it (the article's lead photo and its caption)."""
    elements = (s for s in root.itersiblings(preceding=True) if isinstance(s.tag, str))
    siblings = list(itertools.islice(elements, LEAD_IMAGE_SIBLINGS))
    for sib in siblings:
        if _is_marked(sib):
            continue
        if sib.tag in _IMG_TAGS or any(True for _ in sib.iter(*_IMG_TAGS)):
            side = _Walk(base=base)
            _block(sib, side, "paragraph", None)
            return side.images[:LEAD_IMAGES_MAX]
    return []


def _drop_emptied_headings(
    kept: list[tuple[Block, list[tuple[str, str]]] | None],
) -> list[tuple[Block, list[tuple[str, str]]]]:
    """Drop sections that are only leftovers or teasers: a heading over link-led items only."""
    out = []
    skip_until = -1
    for i, item in enumerate(kept):
        if item is None or i <= skip_until:
            continue
        block = item[0]
        if block.kind == "heading":
            end = _teaser_section_end(kept, i, block.level or 1)
            if end is not None:
                skip_until = end
                continue
        out.append(item)
    return out


def _teaser_section_end(
    kept: list[tuple[Block, list[tuple[str, str]]] | None], start: int, level: int
) -> int | None:
    """The last index of a heading's section when nothing kept in it is prose, else None.

    The section runs to the next heading of the same or a higher level. It is boilerplate when
    every block in it was dropped (and at least one was), or when it holds at least
    TEASER_MIN_ITEMS blocks that each have at least TEASER_LINK_SHARE of their text in links
    ("Mehr zum Thema", "Lesen Sie auch" over linked titles with their excerpts).
    """
    dropped = teasers = 0
    end = start
    for j in range(start + 1, len(kept)):
        item = kept[j]
        if item is not None and item[0].kind == "heading" and (item[0].level or 1) <= level:
            break
        end = j
        if item is None:
            dropped += 1
            continue
        block, links = item
        if block.kind == "heading" or sum(len(t) for _, t in links) < TEASER_LINK_SHARE * len(block.text):
            return None
        teasers += 1
    if (dropped and not teasers) or teasers >= TEASER_MIN_ITEMS:
        return end
    return None


def normalize_text(text: str) -> str:
    """NFC, zero-width characters removed, whitespace runs collapsed (typographic marks kept)."""
    # an ASCII text is NFC already and holds no zero-width character; the `in` tests are C scans,
    # far cheaper than a regex substitution that matches every space
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    # a printable text holds no white space but " " (the others are controls or separators), and none
    # of the characters below: without a double space, collapsing its white space strips it (most blocks)
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    if not text.isascii():
        if "\u200b" in text or "\u200c" in text or "\u200d" in text or "\ufeff" in text:
            text = _ZERO_WIDTH.sub("", text)
        if "\x85" in text or "\u2028" in text or "\u2029" in text or "\u1680" in text:
            return _WS.sub(" ", text).strip()
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _WS.sub(" ", text).strip()
    # without those (str.split() splits at them, _WS does not) both read the same whitespace
    return " ".join(text.split())


# ---------------------------------------------------------------- the walk


def _visit(el: etree._Element, walk: _Walk, kind: BlockKind, level: int | None) -> None:
    """Write `el`'s text into drafts: open a block for block elements, append inline text otherwise."""
    for child in el[:]:  # lxml lists the children for less than it makes an iterator over them
        tag = child.tag
        # the attribute names in one call: most elements have none, and then no look-up is needed
        # (_is_marked inlined; a name is listed exactly when get() finds the attribute)
        names = child.keys() if isinstance(tag, str) else None
        if names is None or tag in _SKIP_TAGS or (names and (LABEL_ATTR in names or SKIP_ATTR in names)):
            if child.tail:
                _text(walk, child.tail, kind, level)
            continue
        # class/id words are read once per element (most elements have neither)
        if names:
            cls = child.get("class") if "class" in names else None
            ident = child.get("id") if "id" in names else None
            attrs = f"{cls or ''} {ident or ''}" if cls or ident else ""
        else:
            attrs = ""
        if attrs and SKIP_LEAD and not walk.started and walk.current is None and _is_lead(child, attrs):
            # written as a block of its own, marked: a "lead" block unless it is all the text there is
            start = len(walk.drafts)
            _block(child, walk, kind, level)
            for draft in walk.drafts[start:]:
                draft.lead = True
            _text(walk, child.tail, kind, level)
            continue
        if attrs and tag not in _HEADINGS and tag != "a" and _is_small_extra(child, attrs):
            if _CAPTION_CLASS.search(attrs):
                _caption_last_image(child, walk)
            _text(walk, child.tail, kind, level)
            continue
        # the commonest tags are decided first: blocks, then inline elements
        if tag in _BLOCK_TAGS:
            if tag != "figure":
                _block(child, walk, kind, level)
            else:
                _close(walk)
                _figure(child, walk, kind, level)
                _close(walk)
        elif tag == "br":
            _text(walk, "\n", kind, level)
        elif tag in _IMG_TAGS:
            _image(child, walk)
        elif tag == "a" or len(child):
            _inline(child, walk, kind, level)
        else:
            # _inline inlined for an inline element holding text only (em, strong, span…): its text
            text = child.text
            if text:
                current = walk.current
                if current is not None:
                    current.pieces.append(text)
                    current.size += len(text)
                else:
                    _text(walk, text, kind, level)
        tail = child.tail
        if tail:
            # _text inlined for the commonest call: a tail added to the open draft
            current = walk.current
            if current is not None:
                current.pieces.append(tail)
                current.size += len(tail)
            else:
                _text(walk, tail, kind, level)


def _is_marked(el: etree._Element) -> bool:
    """Whether clean labelled `el` as boilerplate or locate left it out of the article."""
    return el.get(LABEL_ATTR) is not None or el.get(SKIP_ATTR) is not None


def _is_lead(el: etree._Element, attrs: str) -> bool:
    """Whether `el` is the standfirst (chapo) above the body, by its class/id words `attrs`.

    A standfirst is a block of prose: an inline "lead-in" (the first words of a paragraph set in
    capitals) is not one, and neither is a header region holding the headline, a table or a list
    (its own standfirst child, if any, is found when the walk enters it).
    """
    if not _lead_words(attrs) or el.tag not in _BLOCK_TAGS:
        return False
    if any(True for _ in el.iter(*_NOT_IN_LEAD)):
        return False
    return len(text_of(el)) <= LEAD_MAX_CHARS


def _class_search(attrs: str, lower: re.Pattern[str], pattern: re.Pattern[str]) -> bool:
    """Whether case-insensitive `pattern` matches class/id words `attrs` (`lower`: its ASCII form)."""
    # for ASCII text, re.I is exactly lowercasing (its other folds, "ſ" or the Kelvin sign, need
    # non-ASCII characters)
    if attrs.isascii():
        return lower.search(attrs.lower()) is not None
    return pattern.search(attrs) is not None


def _is_small_extra(el: etree._Element, attrs: str) -> bool:
    """Whether `el` is a short caption, credit, byline or date box (by its class/id words `attrs`)."""
    if not _extra_words(attrs):
        return False
    return len(text_of(el)) <= SMALL_EXTRA_CHARS


def _read_extra_words(attrs: str) -> bool:
    """Whether class/id words `attrs` name a caption, credit, byline or date box (and no content)."""
    return _class_search(attrs, _EXTRA_CLASS_LOWER, _EXTRA_CLASS) and not _CONTENT_CLASS.search(attrs)


# the same class strings recur on a page and across a site's pages: each is searched once (a Memo: a full
# collection of the cyclic GC reads its values, not the linked list of an lru_cache)
_extra_words = Memo(_read_extra_words, 8192).__getitem__


@lru_cache(maxsize=1024)
def _lead_words(attrs: str) -> bool:
    """Whether class/id words `attrs` name a standfirst (chapo, lead, intro…)."""
    return _class_search(attrs, _LEAD_CLASS_LOWER, _LEAD_CLASS)


def _block(el: etree._Element, walk: _Walk, kind: BlockKind, level: int | None) -> None:
    """Open a block for `el` (kind from its tag, else the enclosing kind), visit it, close it."""
    tag = el.tag
    if tag in _HEADINGS:
        kind, level = "heading", _HEADINGS[tag]
    elif tag == "li" or tag == "dd" or tag == "dt":
        kind, level = ("list_item", None) if kind != "blockquote" else (kind, level)
    elif tag == "blockquote":
        kind, level = "blockquote", None
    if walk.current is not None:
        _close(walk)
    text = el.text
    if text and not text.isspace():  # _text inlined: no draft is open here
        walk.current = _Draft(kind=kind, level=level, pieces=[text], size=len(text))
    if len(el):  # most blocks hold text only: no visit
        _visit(el, walk, kind, level)
    if walk.current is not None:
        _close(walk)


def _inline(el: etree._Element, walk: _Walk, kind: BlockKind, level: int | None) -> None:
    """Append an inline element's text; a link's text and absolute URL are recorded."""
    text = el.text
    if el.tag != "a":
        if text:
            _text(walk, text, kind, level)
        if len(el):
            _visit(el, walk, kind, level)
        return
    draft = walk.current
    start, count = (draft.size, len(draft.pieces)) if draft is not None else (0, 0)
    if text:
        _text(walk, text, kind, level)
    if len(el):
        _visit(el, walk, kind, level)
    current = walk.current
    if current is not None:
        # the link's own pieces when the draft is still open (its size counts the pieces' characters)
        written = "".join(current.pieces[count:]) if current is draft else "".join(current.pieces)[start:]
        text = normalize_text(written)
        current.link_chars += len(text)
        href = (el.get("href") or "").strip()
        if text:
            # anchors without a usable URL still count as link text (menus, "print" buttons)
            current.links.append((_absolute(href, walk.base) or "", text))


def _text(walk: _Walk, text: str | None, kind: BlockKind, level: int | None) -> None:
    """Append text to the open draft, opening one of `kind` when none is open."""
    if not text:
        return
    if walk.current is None:
        if not text.strip():
            return
        walk.current = _Draft(kind=kind, level=level)
    walk.current.pieces.append(text)
    walk.current.size += len(text)


def _close(walk: _Walk) -> None:
    """Finish the open draft (every draft holds text: _text opens one only with a visible piece)."""
    draft, walk.current = walk.current, None
    if draft is not None:
        walk.drafts.append(draft)
        # bylines, date lines and kickers above the standfirst are short: they do not start the body
        body_like = draft.kind != "heading" and not draft.lead and draft.size >= BODY_START_CHARS
        walk.started = walk.started or body_like


def _figure(el: etree._Element, walk: _Walk, kind: BlockKind, level: int | None) -> None:
    """Record a figure's images with its caption and credit; its caption is not body text."""
    caption_el = next(el.iterdescendants("figcaption"), None)
    caption, credit = _caption_credit(caption_el) if caption_el is not None else (None, None)
    for img in el.iter(*_IMG_TAGS):
        _image(img, walk, caption, credit)
    for child in el[:]:
        if not isinstance(child.tag, str) or child.tag in ("figcaption", "img", "picture"):
            continue
        if child.get(LABEL_ATTR) is None and not any(True for _ in child.iter(*_IMG_TAGS)):
            _visit_one(child, walk, kind, level)


def _caption_last_image(el: etree._Element, walk: _Walk) -> None:
    """Give a caption box standing beside an image (no <figure>) to the image just read."""
    if not walk.images or walk.images[-1].caption is not None:
        return
    caption, credit = _caption_credit(el)
    last = walk.images[-1]
    walk.images[-1] = Image(url=last.url, caption=caption, credit=credit or last.credit, alt=last.alt)


def _caption_credit(el: etree._Element) -> tuple[str | None, str | None]:
    """The caption text of a caption element and the credit inside it (by a generic class word)."""
    credit = None
    credit_el = next((c for c in el.iter() if _CREDIT_CLASS.search(c.get("class") or "")), None)
    if credit_el is not None:
        credit = normalize_text(text_of(credit_el)) or None
    caption = normalize_text(text_of(el)) or None
    if caption and credit and caption.endswith(credit):
        caption = caption[: -len(credit)].strip(" -–—|/") or None
    return caption, credit


def _visit_one(el: etree._Element, walk: _Walk, kind: BlockKind, level: int | None) -> None:
    """Visit a single element as a block (used for text inside a figure that is no caption)."""
    if _CAPTION_CLASS.search(el.get("class") or ""):
        return
    _block(el, walk, kind, level)


def _image(img: etree._Element, walk: _Walk, caption: str | None = None, credit: str | None = None) -> None:
    """Record an image with an absolute URL (lazy-loading attributes are read too)."""
    src = None
    for attr in _LAZY_SRC:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            src = value.split(",")[0].split()[0] if "srcset" in attr else value
            break
    target = _absolute(src or "", walk.base)
    if target is None:
        return
    alt = normalize_text(img.get("alt") or "") or None
    walk.images.append(Image(url=target, caption=caption, credit=credit, alt=alt))


def _base_url(root: etree._Element, url: str | None, bases: tuple[str, ...] | None = None) -> str | None:
    """The page URL, resolved against <base href> when the page has one (a broken one is ignored)."""
    if bases is None:
        bases = _first_base(root)
    href = bases[0] if bases else None
    if href is not None:
        try:
            return urljoin(url or "", href.strip()) or url
        except ValueError:
            return url
    return url


def _absolute(href: str, base: str | None) -> str | None:
    """`href` made absolute against `base`; None for anchors, scripts and relative URLs without base."""
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    if joins_unchanged(base, href):
        return href  # what urljoin would return, without its parsing
    if base and href[0] == "/" and href[1:2] != "/" and "/." not in href and not _URL_REBUILT.search(href):
        # a path from the site's root without dot segments, query, fragment or parameters: urljoin
        # puts it after the base's scheme and host unchanged
        origin = _origin(base)
        if origin is not None:
            return origin + href
    try:
        target = urljoin(base, href) if base else href
    except ValueError:  # a malformed URL ("http://[::1") is no link
        return None
    return target if target.startswith(("http://", "https://")) else None


def _first_base(root: etree._Element) -> tuple[str, ...]:
    """The href of the first <base href> of `root`'s page (an empty tuple when it has none)."""
    # the C-filtered walk finds the first <base href> in document order, as "//base/@href" did
    href = next((b.get("href") for b in root.getroottree().iter("base") if b.get("href") is not None), None)
    return () if href is None else (href,)


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """'scheme://host' of an http(s) `base` as urljoin reads it (None for another scheme or a broken URL)."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    return f"{parts.scheme}://{parts.netloc}"


# ---------------------------------------------------------------- finishing


def _finish(draft: _Draft) -> list[tuple[Block, list[tuple[str, str]]]]:
    """Turn a draft into blocks: split at blank lines (<br><br>), normalise, share out the links."""
    raw = "".join(draft.pieces)
    # most blocks: one part, all the links (a line break but no blank line, as after a <br>, splits nothing)
    if "\n" not in raw or _BREAKS.search(raw) is None:
        text = normalize_text(raw)
        if not text:  # zero-width characters only
            return []
        level = draft.level if draft.kind == "heading" else None
        return [(Block(draft.kind, text, level), list(draft.links))]
    parts = [normalize_text(p) for p in _BREAKS.split(raw)]
    parts = [p for p in parts if p]
    out: list[tuple[Block, list[tuple[str, str]]]] = []
    for part in parts:
        block = Block(draft.kind, part, draft.level if draft.kind == "heading" else None)
        mine = [(u, t) for u, t in draft.links if t in part] if len(parts) > 1 else list(draft.links)
        out.append((block, mine))
    return out


@dataclass(frozen=True, slots=True)
class _Rules:
    """Folded boilerplate line prefixes from the lexicon."""

    lines: re.Pattern[str]  # a line prefix not followed by a letter or digit
    bylines: tuple[str, ...]
    byline_starts: tuple[str, ...]  # each byline prefix followed by a space
    inserts: re.Pattern[str]  # an insert cue followed by a separator
    reading: tuple[str, ...]
    exact: frozenset[str]
    max_chars: int


@cache
def _line_rules(module: ModuleType) -> _Rules:
    """Fold the boilerplate lexicon's line prefixes once per language."""

    def folded(name: str) -> tuple[str, ...]:
        """The lexicon constant `name`, each entry folded."""
        return tuple(fold(v) for v in getattr(module, name, ()))

    def any_of(prefixes: tuple[str, ...]) -> str:
        """A regex alternation of literal prefixes (one compiled scan instead of a loop)."""
        if not prefixes:
            return "(?!)"  # matches nothing, as a loop over no prefixes
        return "(?:" + "|".join(re.escape(p) for p in prefixes) + ")"

    bylines = folded("BYLINE_PREFIXES")
    return _Rules(
        # [^\W_] is a letter or digit (str.isalnum); the lookahead also accepts the end of the line
        lines=re.compile(any_of(folded("LINE_PREFIXES")) + r"(?![^\W_])"),
        bylines=bylines,
        byline_starts=tuple(p + " " for p in bylines),
        # the separator right after the cue, or after one space: "lire aussi : …", "a voir - …"
        inserts=re.compile(any_of(folded("INSERT_PREFIXES")) + r"\s?[:\-–—>»|]"),
        reading=folded("READING_TIME_SUFFIXES"),
        exact=frozenset(folded("EXACT_LINES")),
        max_chars=int(getattr(module, "LINE_MAX_CHARS", 120)),
    )


def _norm_key(text: str, folded: str | None = None) -> str:
    """A comparison key for headlines: folded, punctuation and spaces ignored."""
    return _NOT_ALNUM.sub("", fold(text) if folded is None else folded)


def _is_headline(text: str, folded: str | None, head: str) -> bool:
    """Whether a block repeats the headline (whose key is `head`)."""
    first = text[:1]
    if first.isascii() and first.isalnum() and head[:1] != first.lower():
        return False  # the key of a text starting with an ASCII letter or digit starts with it, lowered
    # folding never turns a letter or digit into none, so a block with more of them than the
    # headline's key cannot be it: long paragraphs are settled without folding them
    if folded is None:
        # a prefix with more of them settles it too, without scanning the whole paragraph
        size = len(head)
        prefix = size + size // 4 + 8
        if len(text) > prefix and len(_NOT_ALNUM.sub("", text[:prefix])) > size:
            return False
        if len(_NOT_ALNUM.sub("", text)) > size:
            return False
    elif len(folded) < len(head):
        return False  # the key only drops characters from the folded text: it would be shorter
    return _norm_key(text, folded) == head


def _is_leftover(
    block: Block, links: list[tuple[str, str]], rules: _Rules, head: str | None, host: str | None = None
) -> bool:
    """Whether a block is boilerplate left in the body: headline, byline, date line, credit, link line."""
    text = block.text
    short = len(text) <= rules.max_chars
    folded = fold(text) if short else None
    if head is not None and block.kind in ("heading", "paragraph") and _is_headline(text, folded, head):
        return True
    if folded is not None and _is_boiler_line(folded, text, rules):
        return True
    if _is_link_line(block, links):
        return not _is_outside_reference(links, host)
    if block.kind != "heading" and _is_credit_or_stamp(text):
        return True
    return _ALNUM.search(text) is None


def _is_link_line(block: Block, links: list[tuple[str, str]]) -> bool:
    """Whether a block is a short line that is mostly link text (menus, link lists, link lines)."""
    if len(block.text) > SHORT_LINK_BLOCK_CHARS or not links or block.kind == "heading":
        return False
    return sum(len(t) for _, t in links) >= MAX_LINK_SHARE * len(block.text)


def _drop_trailing_link_lines(kept: list[tuple[Block, list[tuple[str, str]]] | None]) -> None:
    """Drop the link lines that end the body: past the last paragraph they are the site's furniture."""
    for i in range(len(kept) - 1, -1, -1):
        item = kept[i]
        if item is None:
            continue
        if not _is_link_line(*item):
            return
        kept[i] = None


def _is_outside_reference(links: list[tuple[str, str]], host: str | None) -> bool:
    """Whether a link line is one link to another site: a reference the article gives, not a menu.

    A site's own menus, breadcrumbs and "read also" lines link to the site itself; a line such as
    "Base Flying" or "Download the study" leading elsewhere is what the text points its reader to.
    """
    if host is None or len(links) != 1:
        return False
    target = _host(links[0][0])
    return target is not None and target != host


def _host(url: str | None) -> str | None:
    """The host of a URL without a leading "www." (None when there is none)."""
    if not url:
        return None
    host = _plain_host(url)
    if host is None:
        try:
            host = urlsplit(url).hostname
        except ValueError:  # a malformed URL ("http://[::1") has no host
            return None
    return host.removeprefix("www.") if host else None


def _plain_host(url: str) -> str | None:
    """urlsplit(url).hostname for a plain http(s) URL read without urlsplit (None: not such a URL).

    A plain URL is ASCII without tabs or line breaks (urlsplit drops those), and its host part holds
    no user, port, IPv6 bracket or zone ("@", ":", "[", "]", "%"): the host is then the text between
    "//" and the first "/", "?" or "#", lowercased, as urlsplit reads it.
    """
    if url.startswith("https://"):
        rest = url[8:]
    elif url.startswith("http://"):
        rest = url[7:]
    else:
        return None
    if not url.isascii() or "\t" in url or "\n" in url or "\r" in url:
        return None
    netloc = _NETLOC.match(rest).group()  # type: ignore[union-attr]  # (the pattern matches "")
    if not netloc or _NETLOC_SPECIAL.search(netloc) is not None:
        return None
    return netloc.lower()


def _is_credit_or_stamp(text: str) -> bool:
    """Whether a block is a credit ("AFP", "(Belga)", "… ©Belga"), a date stamp or an embed's signature."""
    if len(text) <= CREDIT_MAX_CHARS and len(text.split()) <= 3:
        # an agency tag ("AFP", "IPM") or a parenthesised credit or stamp ("(Belga)", "(05/01/2012)");
        # table cells ("DL", "63", "85%") are neither
        if text.isupper() and text.replace(" ", "").isalpha() and len(text) >= 3:
            return True
        if text.startswith("(") and text.endswith(")"):
            return True
    if "©" in text and len(text) <= CAPTION_MAX_CHARS:
        return True
    # each pattern can only match at its own first character: try the one that can
    first = text[:1]
    if first.isdecimal():  # what \d matches
        return bool(_ISO_STAMP.match(text) or _DATE_STAMP.match(text))
    if first in ("h", "H", "/"):
        return _IMAGE_URL.match(text) is not None
    return first in ("—", "–", "-") and _EMBED_SIGNATURE.match(text) is not None


def _is_boiler_line(folded: str, text: str, rules: _Rules) -> bool:
    """Whether a short line is a date line, credit, reading time, insert cue, byline or lone label."""
    if folded.strip(_TEXT_PUNCT) in rules.exact:
        return True
    # a credit may stand in brackets: "(Photo : AFP)"
    if rules.lines.match(folded.lstrip("([")) or folded.endswith(rules.reading):
        return True
    if rules.inserts.match(folded):
        return True
    if (
        len(text) <= BYLINE_MAX_CHARS
        and folded.startswith(rules.byline_starts)  # one C test before the loop over the prefixes
        and not text.endswith((".", "?", "!"))
    ):
        for prefix in rules.bylines:
            if folded.startswith(prefix + " ") and text[len(prefix) :].lstrip()[:1].isupper():
                return True
    return False
