"""Clean stage: drop non-content nodes and label boilerplate regions in place (label, don't lose).

Three passes over the tree:
1. drop what is never text (scripts, styles, embeds, form controls, comments); JSON-LD is kept,
   labelled ``hidden``, so that locate can cross-check against ``articleBody``;
2. label regions by markup: hidden elements, tags (nav, header, footer, aside), ARIA roles, and
   generic class/id words (``share``, ``comment``, ``cookie``…), never a container of prose;
3. label blocks by their words: headings from the lexicon ("Sur le même sujet", "Les plus lus"),
   inline inserts ("Lire aussi : …") and short banners ("Nous utilisons des cookies").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple

from lxml import etree

from .lexicon import Lexicon, stopwords
from .tree import Element, Memo, drop_tag, text_content, text_length

LABEL_ATTR = "data-ak"
#: a text run at least this long counts as prose (menus and buttons hold short runs)
_PROSE_RUN_CHARS = 60

#: elements that never hold article text; their tails (the text after them) are kept
_DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "input", "button", "select", "textarea", "option", "optgroup", "datalist",
        "link", "meta", "map", "audio", "video", "source", "track", "dialog",
        "rt", "rp",  # ruby annotations (readings over CJK text) are not part of the running text
    }
)  # fmt: skip
_ALWAYS_DROP = frozenset({"script", "style", "template", "head", "title", "math", "svg"})
#: what the head holds and loses whole (no JSON-LD among them, nothing that can swallow the page);
#: <base> stays: related links and body links are resolved against its href after cleaning
_HEAD_DROP_TAGS = ("meta", "link", "style", "template", "svg", "math")
_HEAD_DROP_LATER = tuple(_DROP_TAGS.difference(_HEAD_DROP_TAGS))
_SWALLOWED_CHARS = 200
_JSONLD_TYPE = "application/ld+json"

#: tag → label for semantic regions (a header inside an <article> is the article's own; its footer holds
#: tags, bios, print notes and share bars, and is kept only when it holds prose, like any region)
_TAG_LABELS = {"nav": "nav", "header": "header", "footer": "footer", "menu": "nav"}
_ROLE_LABELS = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "search": "nav",
    "menu": "nav",
    "menubar": "nav",
    "alertdialog": "cookie",
    "dialog": "promo",
}

#: generic class/id words (markup conventions, not page words) → label; matched on whole tokens
_CLASS_WORDS = {
    "nav": "nav", "navbar": "nav", "navigation": "nav", "menu": "nav", "breadcrumb": "nav",
    "breadcrumbs": "nav", "pagination": "nav", "pager": "nav", "skip": "nav", "sitemap": "nav",
    "masthead": "header", "topbar": "header",
    "footer": "footer", "colophon": "footer",
    "share": "share", "sharing": "share", "social": "share", "sharebar": "share", "socials": "share",
    "comment": "comments", "comments": "comments", "disqus": "comments", "respond": "comments",
    "discussion": "comments", "reactions": "comments",
    "cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie", "cmp": "cookie",
    "newsletter": "newsletter", "subscribe": "newsletter", "signup": "newsletter",
    "ad": "ad", "ads": "ad", "advert": "ad", "adverts": "ad", "advertisement": "ad", "adsense": "ad",
    "adslot": "ad", "pub": "ad", "publicite": "ad", "sponsor": "ad", "sponsored": "ad", "dfp": "ad",
    "outbrain": "ad", "taboola": "ad", "banner": "ad",
    "promo": "promo", "paywall": "paywall", "upsell": "promo", "offer": "promo",
    "related": "related", "recommended": "related", "recommendations": "related",
    "similar": "related", "readmore": "related", "morestories": "related", "lireaussi": "related",
    "ticker": "ticker", "mostread": "ticker", "popular": "ticker", "trending": "ticker",
    "widget": "promo", "sidebar": "promo", "modal": "promo", "popup": "promo",
    "overlay": "promo", "visuallyhidden": "hidden", "sronly": "hidden",
    "offscreen": "hidden", "screenreader": "hidden", "screenreadertext": "hidden",
    "authorbox": "promo", "authorinfo": "promo", "authorbio": "promo", "aboutauthor": "promo",
    "authordescription": "promo", "teaser": "teaser", "nextstory": "related", "nextpost": "related",
    "morelinks": "related", "rating": "share", "ratings": "share",
    "dsgvo": "cookie", "privacy": "cookie", "tweet": "promo", "twittertweet": "promo",
    "ariane": "nav", "abo": "promo", "abonnement": "promo",
    "subscription": "promo", "premium": "promo",
    "disclaimer": "promo", "disclosure": "promo", "affiliate": "promo", "cta": "promo",
    "authorprofile": "promo", "whatsapp": "share", "teasers": "teaser", "crumbs": "nav",
    "kommentare": "comments",
}  # fmt: skip
#: strong words also found inside longer class tokens ("jp-relatedposts", "commentform", "sharedaddy")
_CLASS_STEMS = {
    "related": "related", "comment": "comments", "share": "share", "sharing": "share",
    "newsletter": "newsletter", "sponsor": "ad", "advert": "ad", "cookie": "cookie",
    "breadcrumb": "nav", "pagination": "nav", "social": "share", "crumb": "nav", "widget": "promo",
    "disclaimer": "promo",
}  # fmt: skip
_ANY_STEM = re.compile("|".join(_CLASS_STEMS))
#: the class words and their beginnings ("read" of "readmore"): a word of neither cannot label a token
_CLASS_WORD_STARTS = frozenset(word[:end] for word in _CLASS_WORDS for end in range(1, len(word) + 1))
_MIN_STEM = min(map(len, _CLASS_STEMS))
#: longer tokens that hold a stem but mean content ("commentary" is an opinion piece)
_STEM_EXCEPTIONS = frozenset({"commentary", "commentaire", "shared"})
#: class/id words that mean "this is the content": they veto a class-word label
_CONTENT_WORDS = frozenset(
    {"article", "content", "body", "main", "story", "post", "entry", "text", "chapo", "blog"}
)
#: class words whose label depends on the element: "paywall" (a <p> is the paywalled text), "teaser"
#: (without a link it is the article's own lead)
_ON_CONDITION = frozenset({"paywall", "teaser"})
#: whole class tokens of CSS frameworks that hide an element ("hidden-xs" only hides it on phones)
_HIDDEN_TOKENS = frozenset({"hidden", "d-none", "is-hidden", "hide", "invisible", "screen-reader-text"})
#: live blogs and live commentary call their entries "comments", "posts" or "ticker": still the article
_LIVE_WORDS = frozenset({"live", "liveblog", "liveticker"})
_FIND_WORDS = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: the attributes that can label an element (an <a href> or an <img src alt> has none of them)
_MARKUP_ATTRS = frozenset({"class", "id", "role", "hidden", "aria-hidden", "style"})
_CLASS_ONLY = frozenset({"class"})
_CLASS_KEYS = ["class"]  # what keys() gives for an element with a class alone (never mutated)
#: tags labelled by the tag itself or never by their class words: read by _markup_label alone
_SPECIAL_TAGS = frozenset(
    {"nav", "header", "footer", "menu", "aside", "form", "body", "html", "article", "main"}
)
#: elements whose presence below an element makes it the article's (the guard of the markup pass)
_MARKER_TAGS = ("h1", "article", "main")
#: tags never labelled by their class words (only hidden flags and roles can label them)
_STRUCTURE_TAGS = frozenset({"body", "html", "article", "main"})
_UNREAD = ("", "")  # marks a text not read yet (compared by identity: no cue is this tuple)
_UNSEEN = ""  # a label is never the empty string: marks a class string not looked up yet

#: a region holding this much prose (non-link text in paragraph-like blocks) is content, not boilerplate
_PROSE_GUARD_CHARS = 1000
_PLAIN_GUARD_CHARS = 3000

#: a labelled-by-words block holds at most this much non-link text per paragraph
_BLOCK_PARAGRAPH_CHARS = 150
#: an insert or banner is at most this long
_SHORT_BLOCK_CHARS = 300
#: a banner phrase in a <p> with this many long <p> siblings is an article sentence quoting it
_PROSE_NEIGHBOURS = 2
_LABEL_TEXT_MAX_CHARS = 60
#: how much of a long text is split into words first to tell whether it passes a limit, in times the limit
_PREFIX_TIMES = 4
#: a teaser (linked title + excerpt) in a list under a boilerplate heading: link share and excerpt length
_TEASER_LINK_SHARE = 0.1
_TEASER_EXCERPT_CHARS = 400
#: a list-like block holds less text than this, and less non-link text than the next (or is mostly links)
_LIST_MAX_CHARS = 3000
_LIST_PROSE_CHARS = 1200
#: what a heading opening with a "more" cue ("Weitere Artikel aus …") introduces must be this much link text
_MORE_LINK_SHARE = 0.5

_PROSE_TAGS = ("p", "pre", "blockquote", "li", "td", "dd")
_INLINE_LABEL_TAGS = frozenset({"span", "a", "strong", "b", "em", "i", "small", "font"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# "//x//text()[p]" is quadratic in libxml2 (node-set merges per parent); "descendant::" is linear
# "ancestor::*/@a" costs a third less than "ancestor::*[@a]" in libxml2, for the same texts
_FIND_TEXT = etree.XPath(f"descendant::text()[normalize-space()][not(ancestor::*/@{LABEL_ATTR})]")
_FIND_BODIES = etree.XPath("//body")
_FIND_LONG_RUNS = etree.XPath(
    f"descendant::text()[string-length(normalize-space()) >= {_PROSE_RUN_CHARS}]", smart_strings=False
)
_FIND_PROSE_RUNS = etree.XPath(
    f"descendant::text()[string-length(normalize-space()) >= {_PROSE_RUN_CHARS}][not(ancestor::a)]",
    smart_strings=False,
)
# one call (most candidates are small: the call, not the walk, is the cost) for the length of the
# element's text, or -1 when it holds the article body; "@itemprop = 'x'" over a node-set costs a
# third of "*[@itemprop='x']" (headlines, <article>s and <main>s are found by the drop walk). Read
# only when the metadata walk's article bodies are not given: the attribute test visits every
# element below, a quarter of a millisecond over a whole page's body
_TEXT_UNLESS_ARTICLE = etree.XPath(
    "(string-length() + 1) * number(not(descendant::*/@itemprop = 'articleBody')) - 1"
)
_IN_LINK = etree.XPath("boolean(ancestor-or-self::a)")
#: texts inside a link, for an element outside any link (each text counted once, nested links too): the
#: texts of its outermost links, which costs fewer ancestor tests than "descendant::text()[ancestor::a]"
_FIND_LINKED_TEXT = etree.XPath("descendant::a[not(ancestor::a)]/descendant::text()", smart_strings=False)
# texts of one link; ".//a//text()" over a whole block is quadratic in libxml2 (node-set merges)
_FIND_LINK_TEXT = etree.XPath("descendant::text()")
_FIRST_TEXT = etree.XPath("descendant::text()[normalize-space()][1]")
_LEADING_PUNCT = " \t\n\xa0:;,.!?-–—>»«|•·/()[]*"

# one pass over the texts: "descendant::p/descendant::text()" is quadratic when <p>s nest (broken markup)
_FIND_PARAGRAPH_TEXT = etree.XPath("//body/descendant::text()[ancestor::p]")
_LANG_CODE = re.compile(r"[a-zA-Z]{2,3}")
#: how many words of paragraph text the language guess reads
_GUESS_WORDS = 2000
#: a guess needs this many stopword hits, and this lead over the runner-up
_GUESS_MIN_HITS = 10
_GUESS_LEAD = 1.5


class Walked(NamedTuple):
    """What the markup walk saw of the page that the related stage would walk the page again for.

    The walk reads `root` and every element under it except under the elements it labelled (their
    label stands: nothing removes one); after it, elements are only moved into a new wrapper in
    their place, so no element gains children."""

    root: etree._Element
    #: the elements with three children or more when walked, `root` too, in page order: the elements
    #: with three children now are among them, or under a labelled one
    wide: list[etree._Element]
    #: the (owning element, text) pairs of the texts the walk read, in page order: those of at most
    #: _SHORT_BLOCK_CHARS characters and not all whitespace, outside the labelled elements. A text keeps
    #: its owner, but a tail may not: the words pass moves elements, tails and all, into a new wrapper
    texts: list[tuple[etree._Element, str]]
    #: the labelled elements the walk did not enter, in page order, each with the number of `texts`
    #: read before it (their texts, but their tails, go there)
    closed: list[tuple[etree._Element, int]]
    #: the elements owning a text longer than _SHORT_BLOCK_CHARS that is no longer stripped (padding)
    padded: list[etree._Element]
    #: whether a text or tail the walk read may be made of several text nodes that are not all
    #: whitespace (a comment stripped between two words leaves them apart; XPath reads each alone)
    split: bool = False


def clean(tree: Element, *, lex: Lexicon, bodies: Iterable[etree._Element] | None = None) -> Walked:
    """Remove script/style/forms and mark boilerplate elements with a `data-ak` label.

    `bodies`: every element of the page whose itemprop is "articleBody", as the metadata walk found
    them before cleaning (None: the guard of the markup pass searches each region for one).
    Returns what the markup walk saw that the related stage reads instead of walking the page again."""
    split = _splits_text(tree)
    markers = _drop_non_content(tree)
    body = tree.find("body")
    paras: list[etree._Element] = []
    walked = Walked(tree if body is None else body, [], [], [], [], split)
    if bodies is None:
        holders, measure = _marker_holders(markers), None
    else:
        # an article body a drop removed has no ancestor in the tree any more: it holds nothing walked
        holders, measure = _marker_holders([*markers, *bodies]), text_length
    texts = _label_by_markup(walked.root, holders, paras, walked, measure)
    walked.texts.extend(texts)
    # without a <body> child of <html> the words pass searches for bodies itself
    _label_by_words(tree, lex, None if body is None else texts, None if body is None else paras)
    return walked


def page_language(tree: Element) -> str | None:
    """The page's language code ("de"): declared by <html lang> or a <meta>, else guessed from its words."""
    root = tree.getroottree().getroot()
    for raw in (root.get("lang"), root.get("xml:lang")):
        found = _LANG_CODE.match((raw or "").strip())
        if found:
            return found.group(0).lower()
    for raw in _meta_languages(root):
        found = _LANG_CODE.match(raw.strip())
        if found:
            return found.group(0).lower()
    return _guess_language(tree)


def _meta_languages(root: etree._Element) -> Iterator[str]:
    """The languages the page's <meta> elements declare, in document order."""
    # a C-filtered walk: an XPath over every <meta> with translate() costs a fifth of a millisecond
    for el in root.iter("meta"):
        get = el.get
        content = get("content")
        if content is None:
            continue
        if (
            (get("http-equiv") or "").lower() == "content-language"
            or get("property") == "og:locale"
            or get("name") == "language"
            or get("itemprop") == "inLanguage"
        ):
            yield content


def _guess_language(tree: Element) -> str | None:
    """The language whose frequent words the page's paragraphs use most, if one clearly leads."""
    words: list[str] = []
    for text in _FIND_PARAGRAPH_TEXT(tree):
        words.extend(text.lower().split())
        if len(words) >= _GUESS_WORDS:
            break
    hits = sorted(
        ((sum(1 for w in words if w in sw), lang) for lang, sw in stopwords().items()), reverse=True
    )
    if not hits or hits[0][0] < _GUESS_MIN_HITS:
        return None
    if len(hits) > 1 and hits[0][0] < _GUESS_LEAD * hits[1][0]:
        return None
    return hits[0][1]


def is_labelled(el: etree._Element) -> bool:
    """Return whether `el` or one of its ancestors carries a boilerplate label."""
    while el is not None:
        if el.get(LABEL_ATTR) is not None:
            return True
        el = el.getparent()
    return False


def _fold_table() -> dict[int, str]:
    """Translation table: Latin letters with accents → base letters, typographic apostrophes → '."""
    table = {ord("’"): "'", ord("‘"): "'", ord("\xa0"): " "}
    for code in range(0xC0, 0x250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code):
            table[code] = base
    return table


_FOLD = _fold_table()
_FOLD_BY_CHAR = {chr(code): base for code, base in _FOLD.items()}
#: the characters the table maps: a search replaces the few in a text, where str.translate looks up
#: every character (three times slower on French text)
_FOLDED_CHARS = re.compile("[" + re.escape("".join(_FOLD_BY_CHAR)) + "]")


def _fold_char(found: re.Match[str]) -> str:
    """The folded form of one character the fold table maps."""
    return _FOLD_BY_CHAR[found.group()]


def fold(text: str) -> str:
    """Fold text for matching: casefold, strip accents, straight apostrophes, collapsed spaces."""
    low = text.casefold()
    # the table maps no ASCII character: an ASCII text (menus, English) skips the search
    return " ".join((low if low.isascii() else _FOLDED_CHARS.sub(_fold_char, low)).split())


# ---------------------------------------------------------------- pass 1: drop


def _drop_non_content(tree: Element) -> list[etree._Element]:
    """Drop scripts, styles, embeds, form controls and comments; keep JSON-LD as a hidden node.

    Returns the headlines, <article>s and <main>s met on the way (the same C walk finds them), which
    the guard of the markup pass reads.
    """
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    head = tree.find("head")
    doomed = []
    markers = []
    for part in (tree,) if head is None else tree:
        for el in part.iter(*(_DROP_TAGS if part is not head else _HEAD_DROP_LATER), *_MARKER_TAGS):
            tag = el.tag
            if tag in _MARKER_TAGS:
                markers.append(el)
            elif tag == "script" and (el.get("type") or "").strip().lower() == _JSONLD_TYPE:
                el.set(LABEL_ATTR, "hidden")
            else:
                doomed.append(el)
    _drop_all(doomed)
    if head is not None:
        # <meta>/<link> fill the head (about fifty a page): stripped in C, last, so that no later
        # removal takes their tails (whitespace between head elements, kept as text nodes of
        # their own, which serialize as the joined text would)
        etree.strip_elements(head, *_HEAD_DROP_TAGS, with_tail=False)
    return markers


def _splits_text(tree: Element) -> bool:
    """Whether stripping the comments and processing instructions will leave a text or tail made of two
    text nodes that are not whitespace (`strip_elements` keeps their tails as text nodes of their own)."""
    for node in tree.iter(etree.Comment, etree.ProcessingInstruction):
        tail = node.tail
        if not tail or tail.isspace():
            continue
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):  # stripped too: its tail stays
            if before.tail and not before.tail.isspace():
                return True
            before = before.getprevious()
        parent = node.getparent()
        text = before.tail if before is not None else None if parent is None else parent.text
        if text and not text.isspace():
            return True
    return False


def _marker_holders(markers: list[etree._Element]) -> set[etree._Element]:
    """The elements that hold one of `markers` (a headline, an <article>, a <main>) below them."""
    holders: set[etree._Element] = set()
    for marker in markers:
        up = marker.getparent()
        while up is not None and up not in holders:
            holders.add(up)
            up = up.getparent()
    return holders


def _drop_all(doomed: list[etree._Element]) -> None:
    """Drop each element, keeping its tail; unwrap a control that swallowed the page instead."""
    removed: set[etree._Element] = set()
    for el in doomed:
        parent = el.getparent()
        if parent is None or parent in removed:
            continue  # out of the tree with a dropped ancestor already (an <option> of a <select>)
        if el.tag not in _ALWAYS_DROP and len(el) and _text_upto(el, _SWALLOWED_CHARS) is None:
            # an unclosed <button>/<select>/<iframe> swallowed the page when parsed: keep its children
            drop_tag(el)
        else:
            tail = el.tail
            if tail:
                # its tail joins the text before it (HtmlElement.drop_tree, without its extra reads)
                previous = el.getprevious()
                if previous is None:
                    parent.text = (parent.text or "") + tail
                else:
                    previous.tail = (previous.tail or "") + tail
            parent.remove(el)
            if len(el):
                removed.add(el)


# ---------------------------------------------------------------- pass 2: markup


def _label_by_markup(
    body: etree._Element,
    holders: set[etree._Element] | None = None,
    paras: list[etree._Element] | None = None,
    walked: Walked | None = None,
    measure: Callable[[etree._Element], int] | None = None,
) -> list[tuple[etree._Element, str]]:
    """Label each element under `body` by its markup; return the texts of the words pass.

    `measure`: the length of an element's text, given when `holders` holds the elements with an
    article body below them too (None: `_text_unless_article` reads both of each region).

    The walk descends only into elements not labelled, so it also collects, in document order,
    the (owning element, text) pairs of the short visible texts the words pass reads: one Python
    walk instead of an XPath over every text node with an ancestor test each. The <p>s with
    elements inside met on the way go to `paras` (the split-banner pass reads them), and the
    elements entered that have three children or more (`body` too), the labelled ones and the owners
    of long padded texts to `walked` (see `Walked`).
    """
    memo: dict[str, str | None] = {}
    # the link text of the regions the guard measured: a bound for the regions walked below them
    links: dict[etree._Element, int] = {}
    add_para = ([] if paras is None else paras).append
    if walked is None:
        walked = Walked(body, [], [], [], [])
    add_wide, add_closed, add_padded = walked.wide.append, walked.closed.append, walked.padded.append
    if len(body) >= 3:
        add_wide(body)
    if holders is None:
        holders = _marker_holders(list(body.iter(*_MARKER_TAGS)))
    texts: list[tuple[etree._Element, str]] = []
    add = texts.append
    text = body.text
    if text:
        if len(text) > _SHORT_BLOCK_CHARS:
            if len(text.strip()) <= _SHORT_BLOCK_CHARS:
                add_padded(body)
        elif not text.isspace():
            add((body, text))
    # a stack in document order: children pushed last first, the tail of a parent before its children
    stack: list = body[::-1]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        el = pop()
        if type(el) is tuple:
            add(el)
            continue
        tag = el.tag
        if isinstance(tag, str):
            # the two commonest cases read in line: a class alone, or no attribute that can label
            keys = el.keys()
            if tag in _SPECIAL_TAGS:
                label = _markup_label(el, tag, keys, memo)
            elif not keys:
                label = None
            elif keys == _CLASS_KEYS or ("class" in keys and _MARKUP_ATTRS.intersection(keys) == _CLASS_ONLY):
                # a class alone, or the only attribute that can label (a link, an image): the label its
                # class words give, class strings looked up once a page in `memo` (no call an element)
                cls = el.get("class")
                label = memo.get(cls, _UNSEEN)
                if label is _UNSEEN:
                    label = memo[cls] = _words_label(cls)
                if label is not None and label in _ON_CONDITION:
                    label = _conditional_label(el, tag, label)
            elif _MARKUP_ATTRS.isdisjoint(keys):
                label = None
            else:
                label = _markup_label(el, tag, keys, memo)
            if label is not None and not _holds_content(el, label, holders, measure, links):
                el.set(LABEL_ATTR, label)
                add_closed((el, len(texts)))
            elif tag == "script" and el.get(LABEL_ATTR) is not None:  # JSON-LD is kept as a hidden node
                add_closed((el, len(texts)))
            else:
                text = el.text
                if text:
                    if len(text) > _SHORT_BLOCK_CHARS:
                        if len(text.strip()) <= _SHORT_BLOCK_CHARS:
                            add_padded(el)
                    elif not text.isspace():
                        add((el, text))
                children = len(el)
                if children:
                    if tag == "p":
                        add_para(el)
                    if children >= 3:
                        add_wide(el)
                    tail = el.tail
                    if tail:
                        if len(tail) > _SHORT_BLOCK_CHARS:
                            if len(tail.strip()) <= _SHORT_BLOCK_CHARS:
                                add_padded(el)
                        elif not tail.isspace():
                            push((el.getparent(), tail))
                    extend(el[::-1])
                    continue
        # nothing inside `el` is read: its tail comes next
        tail = el.tail
        if tail:
            if len(tail) > _SHORT_BLOCK_CHARS:
                if len(tail.strip()) <= _SHORT_BLOCK_CHARS:
                    add_padded(el)
            elif not tail.isspace():
                add((el.getparent(), tail))
    return texts


def _markup_label(el: etree._Element, tag: str, keys: list[str], memo: dict[str, str | None]) -> str | None:
    """The label that `el`'s hidden flags, tag, role or class/id words (`keys`: attribute names) give it."""
    if not keys or _MARKUP_ATTRS.isdisjoint(keys):
        if tag in _TAG_LABELS:
            return None if tag == "header" and _inside_article(el) else _TAG_LABELS[tag]
        return "promo" if tag == "aside" or tag == "form" else None
    get = el.get
    if len(keys) == 1 and keys[0] == "class":
        # the commonest case: a class alone (no flag, role or id to read)
        if tag in _TAG_LABELS:
            return None if tag == "header" and _inside_article(el) else _TAG_LABELS[tag]
        if tag in _STRUCTURE_TAGS:
            return None
        return _class_words_label(el, tag, get("class"), memo)
    if "hidden" in keys or ("aria-hidden" in keys and get("aria-hidden") == "true"):
        return "hidden"
    if "style" in keys and _HIDDEN_STYLE.search(get("style") or ""):
        return "hidden"
    if tag in _TAG_LABELS:
        return None if tag == "header" and _inside_article(el) else _TAG_LABELS[tag]
    if "role" in keys:
        role = (get("role") or "").strip().lower()
        if role in _ROLE_LABELS:
            return _ROLE_LABELS[role]
    if tag in _STRUCTURE_TAGS:
        return None
    cls = get("class") if "class" in keys else None
    ident = get("id") if "id" in keys else None
    if cls is None and ident is None:
        return "promo" if tag == "aside" or tag == "form" else None
    # the tokens of the class, then the id's, read apart: the class string is one the page repeats, the
    # id is the element's own (its one token is looked up, not the class's tokens again with it)
    kind = _words_kind(cls) if cls else None
    if ident and kind != "content":
        other = _words_kind(ident)
        kind = "content" if other == "content" else kind or other
    return _on_element(el, tag, None if kind == "content" else kind)


def _class_words_label(el: etree._Element, tag: str, words: str, memo: dict[str, str | None]) -> str | None:
    """The label that class/id `words` give `el` (an <aside> or a <form> is promo by default)."""
    # pages repeat the same class strings hundreds of times: one lookup per distinct string (the label
    # depends only on the sequence of tokens, so a class alone and a class with an id share the table)
    label = memo.get(words, _UNSEEN)
    if label is _UNSEEN:
        label = memo[words] = _words_label(words)
    return _on_element(el, tag, label)


def _on_element(el: etree._Element, tag: str, label: str | None) -> str | None:
    """The label class/id words give `el`, once read: conditional words checked, <aside>/<form> promo."""
    if label in _ON_CONDITION:
        label = _conditional_label(el, tag, label)
    if tag == "aside" or tag == "form":
        return label or "promo"
    return label


def _conditional_label(el: etree._Element, tag: str, word: str) -> str | None:
    """The label of a class word that names boilerplate only under a condition, if it holds."""
    if word == "paywall":
        # paragraphs marked "paywall" are the text behind the paywall; the box asking to pay is not a <p>
        return None if tag == "p" else "promo"
    # German CMSs call the article's own lead its "Teaser": a teaser of another page links to it
    return "related" if next(el.iterdescendants("a"), None) is not None or tag == "a" else None


def _words_label(raw: str) -> str | None:
    """The label the class/id words give: by class token, a content word vetoes what precedes it.

    "post-comments" and "ArticlePage-authorInfo" name a part of the article (the boilerplate word
    comes last); "entry-content" names the content; across tokens ("article-content share-bar")
    any content token vetoes.
    """
    kind = _words_kind(raw)
    return None if kind == "content" else kind


def _read_words_kind(raw: str) -> str | None:
    """'content' when a token of `raw` names the content, else the label of its first labelled token."""
    first = None
    for token in raw.split():
        kind = _token_kind(token)
        if kind == "content":
            return kind
        if first is None:
            first = kind
    return first


def _read_token_kind(token: str) -> str | None:
    """'content', a label, or None for one class/id token, from the order of its words."""
    low = token.lower()
    if low in _HIDDEN_TOKENS:
        return "hidden"
    if low != token:  # only a token with capitals has camelCase words to split
        low = _CAMEL.sub(" ", token).lower()
    parts = _FIND_WORDS.findall(low)
    if not parts or parts[0] == "elementor":
        return None  # page-builder layout ("elementor-widget-container" wraps any block, the text too)
    if not _LIVE_WORDS.isdisjoint(parts):
        return "content"
    last_content = -1
    if not _CONTENT_WORDS.isdisjoint(parts):
        for i, word in enumerate(parts):
            if word in _CONTENT_WORDS:
                last_content = i
    # the words are parts of the lowercased token: without a stem in it, none of them holds one
    stems = _ANY_STEM.search(low) is not None
    if not stems and _CLASS_WORD_STARTS.isdisjoint(parts):
        # no word is a class word or the first part of one written as two: no word can label
        return "content" if last_content >= 0 else None
    last = len(parts) - 1
    for i in range(last_content + 1, last + 1):
        word = parts[i]
        label = _CLASS_WORDS.get(word)
        if label is None and i < last:
            label = _CLASS_WORDS.get(word + parts[i + 1])
        if label is None and stems:
            label = _stem_label(word)
        if label is not None:
            return label
    return "content" if last_content >= 0 else None


# class/id values and their tokens recur on a page and across a site's pages: each is read once. Memos,
# not lru_caches: each full collection of the cyclic GC walks every entry of an lru_cache's linked list
# (these two hold 16k entries each once warm, the largest of the stages'), but only a dict's values
_words_kind = Memo(_read_words_kind, 16384).__getitem__
_token_kind = Memo(_read_token_kind, 16384).__getitem__


def _stem_label(word: str) -> str | None:
    """The label of the first strong stem (in table order, not the leftmost) found inside a class word."""
    if len(word) < _MIN_STEM or word in _STEM_EXCEPTIONS or not _ANY_STEM.search(word):
        return None
    # the first stem in table order wins ("commentrelated" is related)
    for stem, label in _CLASS_STEMS.items():
        if stem in word:
            return label
    return None


def _inside_article(el: etree._Element) -> bool:
    """Whether `el` sits inside an <article> or <main> (where header/footer belong to the article)."""
    parent = el.getparent()
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.getparent()
    return False


def _holds_content(
    el: etree._Element,
    label: str,
    holders: set[etree._Element],
    measure: Callable[[etree._Element], int] | None = None,
    links: dict[etree._Element, int] | None = None,
) -> bool:
    """Whether `el` holds the article (or much prose) and so cannot be boilerplate, whatever its markup.

    `holders` are the elements with a headline, an <article> or a <main> below them, and with an
    element whose itemprop is "articleBody" when `measure` (the length of an element's text) is given.
    `links`: the link text (`_link_chars`) of the elements of the page this guard measured, which it
    reads and adds to (None: none kept).
    """
    if not len(el) and (label in ("hidden", "comments") or len(el.text or "") <= _PROSE_GUARD_CHARS):
        return False  # no element below: no headline, no article, and a short text of its own
    if label in ("hidden", "comments"):
        # hidden copies of the text and comment threads (one <article> per comment) hold prose too:
        # only the headline vetoes them
        return next(el.iterdescendants("h1"), None) is not None  # a C walk, not ElementPath's
    if el in holders:
        return True
    text = _text_unless_article(el) if measure is None else measure(el)
    if text < 0:
        return True
    if text <= _PROSE_GUARD_CHARS:
        # prose runs and non-link text are parts of the text: neither can pass its guard
        return False
    # scripts without long runs (CJK, verse, lists) still weigh by their non-link text; read first, as
    # it settles most large regions without the costlier count of prose runs
    if text > _PLAIN_GUARD_CHARS:
        # an element holds no more link text than any of its ancestors (`_link_chars` reads the texts under
        # links below it, which are under links below them): a region measured above it whose links leave
        # this one's text long enough settles it (a menu that swallowed the page holds one such region in
        # another, each of whose links would be read again)
        above = None if links is None else _linked_above(el, links)
        if above is not None and text - above > _PLAIN_GUARD_CHARS:
            return True
        linked = _link_chars(el)
        if links is not None:
            links[el] = linked
        if text - linked > _PLAIN_GUARD_CHARS:
            return True
    # the long runs in links too first (no ancestor test per text): their sum bounds the prose from
    # above and settles nine regions in ten
    if _stripped_chars(_FIND_LONG_RUNS(el)) <= _PROSE_GUARD_CHARS:
        return False
    return _prose_chars(el) > _PROSE_GUARD_CHARS


def _linked_above(el: etree._Element, links: dict[etree._Element, int]) -> int | None:
    """The link text `links` holds for the nearest ancestor of `el` it holds one for, if any."""
    up = el.getparent()
    while up is not None:
        found = links.get(up)
        if found is not None:
            return found
        up = up.getparent()
    return None


def _text_unless_article(el: etree._Element) -> int:
    """The length of `el`'s text, or -1 when an element below it has the itemprop "articleBody"."""
    return int(_TEXT_UNLESS_ARTICLE(el))


def _prose_chars(el: etree._Element) -> int:
    """Characters of non-link text under `el`, counting only runs long enough to be sentences."""
    return _stripped_chars(_FIND_PROSE_RUNS(el))


def _stripped_chars(texts: list[str]) -> int:
    """The characters of `texts`, each stripped (the maps run in C: regions hold hundreds of texts)."""
    return sum(map(len, map(str.strip, texts)))


def _link_chars(el: etree._Element) -> int:
    """Characters of link text under `el`."""
    if _IN_LINK(el):
        # inside a link every text has a link ancestor: only the links under `el` count
        return sum(len(t.strip()) for a in outer_links(el) for t in _FIND_LINK_TEXT(a))
    return _stripped_chars(_FIND_LINKED_TEXT(el))


def outer_links(el: etree._Element) -> Iterator[etree._Element]:
    """The <a> elements under `el` that no other <a> under `el` holds (their texts hold the nested ones)."""
    for a in el.iterdescendants("a"):
        up = a.getparent()
        while up is not None and up is not el and up.tag != "a":
            up = up.getparent()
        if up is el:
            yield a


# ---------------------------------------------------------------- pass 3: words


@lru_cache(maxsize=4096)
def _word_tables(module: ModuleType) -> tuple[dict[str, str], tuple[str, ...], dict[str, str]]:
    """Folded heading labels, insert prefixes and banner phrases of one boilerplate lexicon module."""
    headings = {fold(k).strip(_LEADING_PUNCT): v for k, v in getattr(module, "HEADINGS", {}).items()}
    prefixes = tuple(sorted((fold(p) for p in getattr(module, "INSERT_PREFIXES", ())), key=len, reverse=True))
    banners = {fold(k): v for k, v in getattr(module, "BANNER_PHRASES", {}).items()}
    return headings, prefixes, banners


@lru_cache(maxsize=4096)
def _more_cues(module: ModuleType) -> tuple[str, ...]:
    """Folded "more" cues that open headings of link lists in one boilerplate lexicon module."""
    return tuple(fold(p) + " " for p in getattr(module, "MORE_HEADING_PREFIXES", ()))


@lru_cache(maxsize=4096)
def _related_headings(module: ModuleType) -> frozenset[str]:
    """Folded related-block labels that lexicon/<lang>/related.py defines (any tuple of strings)."""
    out: set[str] = set()
    # only LABELS are block headings: the module also lists NOT_RELATED_LABELS, class hints, link texts
    value = getattr(module, "LABELS", ())
    out.update(fold(v).strip(_LEADING_PUNCT) for v in value if isinstance(v, str))
    return frozenset(out)


@lru_cache(maxsize=4096)
def _prefixes_by_char(module: ModuleType) -> dict[str, tuple[str, ...]]:
    """The folded insert prefixes of one boilerplate lexicon module by first character, longest first."""
    out: dict[str, tuple[str, ...]] = {}
    for prefix in _word_tables(module)[1]:
        out[prefix[:1]] = (*out.get(prefix[:1], ()), prefix)
    return out


@lru_cache(maxsize=4096)
def _banner_search(module: ModuleType) -> Callable[[str], bool]:
    """A test for any banner phrase of one boilerplate lexicon module in a folded text."""
    phrases = _word_tables(module)[2]
    # one regex shaped as a trie of the phrases: a third of the time of testing them one by one
    search = re.compile(trie_pattern(phrases) or "(?!)").search
    # each phrase holds its anchor, so a text without any anchor holds no phrase: the anchors open
    # with rare characters, which the regex engine skips to in C, where the trie's first letters
    # (most of the alphabet) make it try a match at nearly every character
    anchored = re.compile(trie_pattern({_anchor(phrase) for phrase in phrases}) or "(?!)").search

    def has_banner(folded: str) -> bool:
        """Whether `folded` holds a banner phrase."""
        return anchored(folded) is not None and search(folded) is not None

    return has_banner


#: characters of Latin-script text, commonest first (a character not listed counts as rarer still)
_COMMON_CHARS = " eaintrsoludhcmgpfbwkyv,z.0123456789-j'xq"
_RARITY = {char: len(_COMMON_CHARS) - i for i, char in enumerate(_COMMON_CHARS)}
_ANCHOR_CHARS = 5


def _anchor(phrase: str) -> str:
    """The part of a banner phrase a text is searched for first: its rarest-opening few characters."""
    parts = [phrase[i : i + _ANCHOR_CHARS] for i in range(len(phrase) - _ANCHOR_CHARS + 1)] or [phrase]
    return min(parts, key=lambda part: [_RARITY.get(char, 0) for char in part])


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, written as a trie (shared prefixes are tested once; locate's class
    words are searched with it too)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_branch(trie)


def _trie_branch(node: dict[str, dict]) -> str:
    """The regex of one trie node: its branches, optional when a word ends there."""
    alts = [re.escape(char) + _trie_branch(sub) for char, sub in sorted(node.items()) if char]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def _label_by_words(
    tree: Element,
    lex: Lexicon,
    texts: list[tuple[etree._Element, str]] | None = None,
    paras: list[etree._Element] | None = None,
) -> None:
    """Label the blocks that lexicon headings, insert cues and banner phrases point at (in `texts`).

    `texts` and `paras` are what the markup walk collected (the texts, the <p>s with elements inside,
    outside labelled regions); without them the tree's bodies are searched.
    """
    tables = _tables_of(lex.boilerplate, lex.related)
    banners = _word_tables(lex.boilerplate)[2]
    # a page repeats a quarter of its texts ("Partager", "Lire la suite"): each is read once
    memo: dict[str, tuple[str, str] | None] = {}
    reads = _Reads({}, {}, {}, {})
    for node, text in _text_nodes(tree) if texts is None else texts:
        cue = memo.get(text, _UNREAD)
        if cue is _UNREAD:
            cue = memo[text] = _text_cue(text, tables)
        if cue is None:
            continue
        # what the text asks for is looked up first: the climb to a label above it only when it asks
        kind, value = cue
        if kind == "heading":
            if not is_labelled(node):
                _label_heading_block(node, value, reads)
        elif kind == "insert":
            if not is_labelled(node):
                _label_short_block(node, "related", value)
        elif not is_labelled(node) and (kind == "banner" or not _label_link_heading(node, reads)):
            _label_banner(node, value, banners)
    _label_split_banners(tree, tables.has_banner, banners, paras)


def _label_split_banners(
    tree: Element,
    has_banner: Callable[[str], bool],
    banners: dict[str, str],
    paras: list[etree._Element] | None = None,
) -> None:
    """Label the short paragraphs whose banner phrase is cut by inline markup (a link, a bold word).

    The text pass reads one text node at a time, so a phrase running across inline markup is
    only seen in the whole text of its paragraph. `paras`: the <p>s holding elements outside
    the regions labelled by markup (a <p> inside one is labelled already), else all of the body's.
    """
    if paras is None:
        body = tree.find("body")
        bodies = [body] if body is not None else _FIND_BODIES(tree)
        paras = [p for b in bodies for p in b.iter("p") if len(p)]
    for para in paras:
        # its text opens its whole text: a long one settles an article paragraph without reading the rest
        if len(para.text or "") > _SHORT_BLOCK_CHARS:
            continue
        text = _text_upto(para, _SHORT_BLOCK_CHARS)
        if text is None:
            continue
        folded = fold(text).strip(_LEADING_PUNCT)
        if has_banner(folded) and not is_labelled(para):
            _label_banner(para, folded, banners)


class _WordTables(NamedTuple):
    """The folded lexicon data the words pass matches a text against."""

    #: heading labels, related-block labels among them ("related" where no heading label says otherwise)
    headings: dict[str, str]
    prefixes_by_char: dict[str, tuple[str, ...]]
    more: tuple[str, ...]
    has_banner: Callable[[str], bool]
    #: the length of the shortest banner phrase (a shorter text holds none)
    banner_chars: int


@lru_cache(maxsize=4096)
def _tables_of(boilerplate: ModuleType, related: ModuleType) -> _WordTables:
    """The words pass's tables for one language's boilerplate and related lexicon modules."""
    headings = dict.fromkeys(_related_headings(related), "related")
    # a heading label wins over "related" (a falsy one never did: the related label stands)
    headings.update((folded, label) for folded, label in _word_tables(boilerplate)[0].items() if label)
    return _WordTables(
        headings,
        _prefixes_by_char(boilerplate),
        _more_cues(boilerplate),
        _banner_search(boilerplate),
        min(map(len, _word_tables(boilerplate)[2]), default=0),
    )


def _text_cue(text: str, tables: _WordTables) -> tuple[str, str] | None:
    """What a text asks of the words pass (a heading, an insert cue, a "more" heading, a banner), if anything.

    ("heading", label), ("insert", prefix), ("more", folded text), ("banner", folded text) or None.
    """
    folded = fold(text).strip(_LEADING_PUNCT)
    if not folded:
        return None
    starts = tables.prefixes_by_char.get(folded[0])
    short = len(folded) <= _LABEL_TEXT_MAX_CHARS
    banner = False  # the phrase search runs at most once a text
    if not (starts or short):
        if not tables.has_banner(folded):
            return None
        banner = True
    label = tables.headings.get(folded)
    if label is not None:
        return "heading", label
    # most texts sharing a first letter with a cue share nothing more: one C call settles them
    if starts and folded.startswith(starts):
        prefix = _insert_prefix(folded, starts)
        if prefix is not None:
            return "insert", prefix
    if short and folded.startswith(tables.more):
        return "more", folded
    if banner or (len(folded) >= tables.banner_chars and tables.has_banner(folded)):
        return "banner", folded
    return None


def _label_banner(node: etree._Element, folded: str, banners: dict[str, str]) -> None:
    """Label the short block of the first banner phrase in `folded`, unless it sits among prose.

    A text that opens with the phrase ("Wir verwenden Cookies, um …", "This article contains
    affiliate links") is the banner itself even between paragraphs of the article: an article
    sentence quoting such a phrase does not start with it.
    """
    for phrase, banner in banners.items():
        if phrase in folded:
            if folded.startswith(phrase) or not _among_prose(node):
                _label_short_block(node, banner)
            return


def _text_nodes(tree: Element) -> Iterator[tuple[etree._Element, str]]:
    """Yield (element owning the text, text) for short visible text nodes of the body."""
    body = tree.find("body")
    # the parser makes <body> a child of <html>; "//body" (a search of the whole tree) is the fallback
    bodies = [body] if body is not None else _FIND_BODIES(tree)
    for text in (t for b in bodies for t in _FIND_TEXT(b)):
        if len(text) > _SHORT_BLOCK_CHARS:
            continue
        owner = text.getparent()
        if text.is_tail and owner is not None:
            owner = owner.getparent()
        if owner is None:
            continue
        yield owner, str(text)


def _insert_prefix(folded: str, prefixes: tuple[str, ...]) -> str | None:
    """The insert prefix `folded` starts with, followed by a separator or nothing, if any."""
    if not folded.startswith(prefixes):
        return None  # most texts sharing a first letter with a cue share nothing more (one C call)
    for prefix in prefixes:
        if folded == prefix:
            return prefix
        if folded.startswith(prefix) and folded[len(prefix) : len(prefix) + 2].strip()[:1] in (
            ":", "-", "–", "—", ">", "»", "|", "/", "…",
        ):  # fmt: skip
            return prefix
    return None


class _Reads(NamedTuple):
    """What the words pass measured of elements, kept for the rest of the pass (the climbs from several
    headings meet the same wrappers, and each wrapper holds the blocks of the one below it). The pass
    only sets labels and moves elements into a new wrapper in place: no element's text, links or
    headings change, so neither does any of these."""

    #: element -> its whitespace-collapsed text length
    chars: dict[etree._Element, int]
    #: element -> characters of link text under it
    links: dict[etree._Element, int]
    #: element -> `_is_list_like`
    lists: dict[etree._Element, bool]
    #: element -> `_count_headings`
    headings: dict[etree._Element, int]


def _collapsed_chars(el: etree._Element, reads: _Reads) -> int:
    """The length of `el`'s text with whitespace collapsed (measured once a pass)."""
    found = reads.chars.get(el)
    if found is None:
        found = reads.chars[el] = len(" ".join(text_content(el).split()))
    return found


def _collapsed_over(el: etree._Element, limit: int) -> bool:
    """Whether `el`'s text, whitespace collapsed, is longer than `limit`, split no further than that needs."""
    return _collapsed_upto(el, limit) is None


def _collapsed_upto(el: etree._Element, limit: int) -> int | None:
    """The length of `el`'s text, whitespace collapsed, when it is at most `limit`, else None.

    The length `_collapsed_chars` measures, without splitting into words the whole text of a wrapper of
    the page (the climbs from a label end on one): a prefix of the text holds its first words, the last
    one cut short at most, so it collapses to no more than the text does, and collapsing never lengthens
    a text.
    """
    text = text_content(el)
    prefix = _PREFIX_TIMES * limit
    if len(text) > prefix and len(" ".join(text[:prefix].split())) > limit:
        return None
    found = len(" ".join(text.split()))
    return found if found <= limit else None


def _text_upto(el: etree._Element, limit: int) -> str | None:
    """`text_content(el)` when it is at most `limit` characters long, else None."""
    text = text_content(el)
    return text if len(text) <= limit else None


def _label_heading_block(node: etree._Element, label: str, reads: _Reads) -> None:
    """Label the smallest region made of a heading and what it introduces (links, short items)."""
    head = _heading_element(node)
    if _collapsed_over(head, _LABEL_TEXT_MAX_CHARS):
        return
    if head.tag in _INLINE_LABEL_TAGS or len(fold(text_content(head))) > len(fold(node.text or "")) + 3:
        # a label written inline ("<p><b>Lire aussi</b> <a>…</a></p>") marks its short block
        _label_short_block(head, label)
        return
    block = _widen_to_list(head, reads)
    if block is head and _label_section(head, label, reads):
        return
    block.set(LABEL_ATTR, label)


def _widen_to_list(head: etree._Element, reads: _Reads) -> etree._Element:
    """The largest list-like ancestor of a label heading that holds no other heading (or the heading)."""
    block = head
    while True:
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html", "article", "main"):
            return block
        # the heading count first: a C walk, cheaper than reading the blocks' texts
        if _headings_in(parent, reads) > _headings_in(block, reads) or not _list_like(parent, reads):
            return block
        block = parent


def _label_link_heading(node: etree._Element, reads: _Reads) -> bool:
    """Label a heading opening with a "more" cue ("Weitere Artikel", "More from") over links only.

    Such a heading may also open a section of the article ("Weitere Forderungen"): what it
    introduces must be mostly link text to be taken as a list of other pages.
    """
    head = _heading_element(node)
    if head.tag in _INLINE_LABEL_TAGS or _collapsed_over(head, _LABEL_TEXT_MAX_CHARS):
        return False
    head_chars = len(" ".join(text_content(head).split()))
    block = _widen_to_list(head, reads)
    if block is not head:
        if _link_share([block], head_chars) < _MORE_LINK_SHARE:
            return False
        block.set(LABEL_ATTR, "related")
        return True
    taken = _list_siblings(head, reads)
    if not taken or _link_share(taken, 0) < _MORE_LINK_SHARE:
        return False
    _wrap(head, taken, "related")
    return True


def _link_share(els: list[etree._Element], skip_chars: int) -> float:
    """Share of link text in the text of `els`, minus `skip_chars` characters (their heading's)."""
    text = sum(len(" ".join(text_content(el).split())) for el in els) - skip_chars
    return sum(_link_chars(el) for el in els) / text if text > 0 else 0.0


def _count_headings(el: etree._Element) -> int:
    """Number of heading elements at or under `el` (a second heading means a second block)."""
    return sum(1 for _ in el.iter("h1", "h2", "h3", "h4", "h5", "h6"))


def _headings_in(el: etree._Element, reads: _Reads) -> int:
    """`_count_headings(el)`, counted once a pass."""
    found = reads.headings.get(el)
    if found is None:
        found = reads.headings[el] = _count_headings(el)
    return found


def _heading_element(node: etree._Element) -> etree._Element:
    """Climb from a text's owner to the block-level element that holds it (the heading)."""
    el = node
    while el.tag in _INLINE_LABEL_TAGS:
        parent = el.getparent()
        if parent is None or _collapsed_over(parent, _LABEL_TEXT_MAX_CHARS):
            break
        el = parent
    return el


def _label_section(head: etree._Element, label: str, reads: _Reads) -> bool:
    """Wrap a heading and the list-like siblings that follow it in one labelled <div>."""
    if head.getparent() is None:
        return False
    taken = _list_siblings(head, reads)
    if not taken:
        return False
    _wrap(head, taken, label)
    return True


def _list_siblings(head: etree._Element, reads: _Reads) -> list[etree._Element]:
    """Up to three list-like siblings following a heading, before another heading or labelled box."""
    taken: list[etree._Element] = []
    for sib in head.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if sib.tag in _HEADING_TAGS or sib.get(LABEL_ATTR) is not None or not _list_like(sib, reads):
            break
        if _headings_in(sib, reads):
            # a box holding its own heading starts another section (the article's, after an ad label)
            break
        taken.append(sib)
        if len(taken) >= 3:
            break
    return taken


def _wrap(head: etree._Element, taken: list[etree._Element], label: str) -> None:
    """Move a heading and the siblings it introduces into a new labelled <div> in their place."""
    wrapper = etree.Element("div", {LABEL_ATTR: label})
    head.addprevious(wrapper)
    wrapper.append(head)  # its tail (text before the first sibling) goes with it
    for sib in taken:
        wrapper.append(sib)
    wrapper.tail = taken[-1].tail
    taken[-1].tail = None


def _list_like(el: etree._Element, reads: _Reads) -> bool:
    """`_is_list_like(el)`, decided once a pass (its texts and links measured once a pass too)."""
    found = reads.lists.get(el)
    if found is None:
        found = reads.lists[el] = _is_list_like(el, reads)
    return found


def _is_list_like(el: etree._Element, reads: _Reads | None = None) -> bool:
    """Whether `el` holds only links and short items (or teasers: a linked title and an excerpt), no prose.

    `reads`: the words pass's measures (None: every text and link measured here)."""
    if reads is None:
        reads = _Reads({}, {}, {}, {})
    if next(el.iterdescendants("h1"), None) is not None:
        return False
    # too long to be a list whatever its blocks: settled before reading them one by one (a long text
    # as far as it takes: the climb from a label heading ends on a wrapper of the page)
    text = reads.chars.get(el)
    if text is None:
        text = _collapsed_upto(el, _LIST_MAX_CHARS - 1)
        if text is None:
            return False
        reads.chars[el] = text
    if text >= _LIST_MAX_CHARS:
        return False
    links_of = reads.links
    # lxml's tag filter in C: the elements, in the order, of the union of six descendant-or-self XPath
    # axes it replaced, without building and merging six node-sets (tests/test_clean_prose_blocks.py)
    for block in el.iter(*_PROSE_TAGS):
        text = _collapsed_chars(block, reads)
        if text <= _BLOCK_PARAGRAPH_CHARS:
            continue  # its non-link text is shorter still
        links = links_of.get(block)
        if links is None:
            links = links_of[block] = _link_chars(block)
        if text - links > _BLOCK_PARAGRAPH_CHARS and not _is_teaser(block, text, links):
            return False
    if text < _LIST_PROSE_CHARS:
        return True  # its non-link text is short, whatever its links
    links = _link_chars(el)
    return text - links < _LIST_PROSE_CHARS or links >= _TEASER_LINK_SHARE * text


def _is_teaser(block: etree._Element, text: int, links: int) -> bool:
    """Whether a block of `text` characters, `links` of them linked, is a linked title with an excerpt."""
    if links < _TEASER_LINK_SHARE * text or text - links > _TEASER_EXCERPT_CHARS:
        return False
    # the title comes first: an article paragraph with a link in it does not open with the link
    first = _FIRST_TEXT(block)
    el = first[0].getparent() if first else None
    if first and first[0].is_tail and el is not None:
        el = el.getparent()  # a tail belongs to the element around the one it follows
    while el is not None and el is not block:
        if el.tag == "a":
            return True
        el = el.getparent()
    return False


def _among_prose(node: etree._Element) -> bool:
    """Whether `node` sits in a paragraph between paragraphs of prose (an article sentence, no banner)."""
    para = node
    while para is not None and para.tag != "p":
        para = para.getparent()
    if para is None or para.getparent() is None:
        return False
    neighbours = (sib for sib in para.itersiblings() if sib.tag == "p")
    before = (sib for sib in para.itersiblings(preceding=True) if sib.tag == "p")
    long_ones = sum(1 for sib in (*neighbours, *before) if len(text_content(sib)) > _BLOCK_PARAGRAPH_CHARS)
    return long_ones >= _PROSE_NEIGHBOURS


def _label_short_block(node: etree._Element, label: str, prefix: str | None = None) -> None:
    """Label the short block (paragraph, box) holding an insert cue (at its start) or a banner phrase."""
    el = node
    while True:
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html", "article", "main"):
            break
        if _collapsed_over(parent, _SHORT_BLOCK_CHARS):
            break
        el = parent
    text = " ".join(text_content(el).split())
    if len(text) > _SHORT_BLOCK_CHARS:
        return
    if prefix is not None and not fold(text).strip(_LEADING_PUNCT).startswith(prefix):
        return
    el.set(LABEL_ATTR, label)
