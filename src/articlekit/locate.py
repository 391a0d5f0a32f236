"""Locate stage: score candidate containers and pick the element holding the main content.

The idea is Readability's: every paragraph-like block scores for its length and punctuation, and
hands its score up to its parent (full), grandparent (half) and further ancestors (less); a
container's total is then scaled down by its link density and nudged by its tag and by generic
class/id words. The best container wins; it widens to its parent when the article is split over
sibling containers, and JSON-LD ``articleBody`` (when the page has it) checks the choice.
All weights are named constants below.
"""

from __future__ import annotations

import heapq
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import filterfalse, pairwise
from operator import attrgetter

from lxml import etree

from .clean import LABEL_ATTR, outer_links, trie_pattern
from .tree import Element, Memo, text_of

#: set by locate on siblings it passed over inside the element it returns; segment skips them
SKIP_ATTR = "data-ak-out"

# ---------------------------------------------------------------- weights

#: every block of text at least this long is a paragraph that votes for its ancestors
MIN_PARAGRAPH_CHARS = 25
#: a paragraph's own score: base + one per comma-like mark + one per this many chars (capped)
PARAGRAPH_BASE = 1.0
CHARS_PER_POINT = 100
MAX_LENGTH_POINTS = 3.0
COMMA_POINT = 1.0
SENTENCE_POINT = 0.5  # a full stop followed by a space: sentences, not labels
#: share of a paragraph's score its ancestors get: parent, grandparent, then 1/(depth*3)
ANCESTOR_LEVELS = 5
#: starting score of a container by its tag (Readability's initial weights)
TAG_WEIGHTS = {
    "article": 10.0,
    "body": -15.0,  # the page itself wins only when nothing inside it holds the text together
    "main": 8.0,
    "section": 3.0,
    "div": 5.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "form": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "li": -3.0,
    "th": -5.0,
}
#: class/id words scale a container's votes: x(1 + CLASS_FACTOR) per content-ish pattern, x(1 - CLASS_FACTOR)
#: per boilerplate-ish one (never below MIN_HINT_FACTOR); itemprop=articleBody counts as two content hints.
#: A factor rather than Readability's +-25 so that a "text-center" class cannot outweigh the article's prose.
CLASS_FACTOR = 0.25
MIN_HINT_FACTOR = 0.2
ITEMPROP_BODY_HINTS = 2.0
#: a container inside an <aside> or a region whose class/id words say boilerplate (sidebar, widget,
#: comments…) gets its votes scaled by this, once per such region
CONTEXT_FACTOR = 0.5
#: siblings of the winner whose score is at least this share of it join it (the parent is returned)
SIBLING_SHARE = 0.25
#: ... and paragraphs with this many chars and low link density count as a joining sibling
SIBLING_PARAGRAPH_CHARS = 80
MAX_SIBLING_LINK_DENSITY = 0.25
#: an ancestor of the winner scoring at least this share of it is climbed to whatever the junk ratio
ANCESTOR_SHARE = 0.9
#: how many levels the winner may climb to take in sibling parts of the article
MAX_WIDEN_LEVELS = 6
#: a container inside the chosen element repeating an earlier one's text (this long at least) is left out
COPY_MIN_CHARS = 200
#: ... and at least this share of the chosen element's text
COPY_MIN_SHARE = 0.2
#: the best-scoring containers kept for the JSON-LD cross-check
TOP_CANDIDATES = 5
#: the parent is returned only if the joining siblings outweigh the junk ones by this much text
SIBLING_JUNK_RATIO = 0.5
#: JSON-LD articleBody cross-check: the share of its words the chosen element must hold
JSONLD_MIN_COVERAGE = 0.8
JSONLD_MIN_CHARS = 300
#: the first piece of an element's text read for the cross-check (each next piece twice as long)
_COVER_FIRST_PIECE = 4096
#: how deep in a JSON-LD value articleBody is looked for
_KEY_DEPTH = 6

_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|chapo|lead|corps|texte",
    re.I,
)
_NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
    r"masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
    r"shopping|tags|tool|widget|nav|menu|social|byline|author|caption|teaser|recommend",
    re.I,
)


def _plain_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The alternatives of `pattern` that are plain words."""
    return tuple(w for w in pattern.pattern.split("|") if re.fullmatch(r"[a-z-]+", w))


# the same words searched case-sensitively in a lower-cased ASCII value (for ASCII, re.I is exactly ASCII
# case folding; other values keep the re.I patterns), the plain ones as a trie: an alternation of words is
# tried word by word at every position, a trie tries a handful of first characters (2-3 times faster)
_POSITIVE_LOWER = re.compile(trie_pattern(_plain_words(_POSITIVE)))
_NEGATIVE_LOWER = re.compile(trie_pattern(_plain_words(_NEGATIVE)))
#: the other alternatives ("hid" as a whole word), each holding _ANCHORED_CORE: searched only where it is
_NEGATIVE_ANCHORED = re.compile(
    "|".join(w for w in _NEGATIVE.pattern.split("|") if not re.fullmatch(r"[a-z-]+", w))
)
_ANCHORED_CORE = "hid"
_COMMAS = re.compile(r"[,،、，;]")
_SENTENCES = re.compile(r"[.!?…](?:\s|$)")
_SENTENCE_MARKS = ".!?…"  # the marks of _SENTENCES (see _sentence_count)
_TOKENS = re.compile(r"\w+")
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "dd", "li"})
_CONTAINER_TAGS = frozenset(
    {"div", "section", "article", "main", "td", "blockquote", "span", "font", "center"}
)
_INLINE_TAGS = frozenset(
    {"a", "span", "em", "strong", "b", "i", "u", "small", "font", "sup", "sub", "abbr", "cite", "q",
     "mark", "time", "code", "br", "img", "s", "del", "ins", "label", "big", "tt", "wbr"}
)  # fmt: skip
#: an element with at most this many children (a wrapper) is measured as its child plus its own text:
#: the child, often a candidate too, is then measured already
_COMPOSE_CHILDREN = 1
#: ... and one with more than this many children is measured through them only if the text of its
#: measured children outweighs the rest: _CHARS_PER_CHILD characters read whole cost about one child
#: measured apart
_COMPOSE_MANY = 32
_CHARS_PER_CHILD = 400
_LEAF_BLOCKS = _PARAGRAPH_TAGS - {"li"}  # paragraphs whatever they hold
_MAYBE_PARAGRAPH = _PARAGRAPH_TAGS | {"div", "section"}  # the tags _is_paragraph may accept
_LIST_BLOCKS = frozenset({"p", "div", "ul", "ol"})  # an <li> holding one of these is no paragraph
_TAG = attrgetter("tag")
#: the type of the scripts whose JSON-LD the cross-check reads (exactly this value, as written)
_JSONLD_TYPE = "application/ld+json"
_LABELLED = etree.XPath(f"boolean(descendant::*[@{LABEL_ATTR}])")
# texts of one link; ".//a//text()" over a whole container is quadratic in libxml2 (node-set merges)
_LINK_TEXT = etree.XPath("descendant::text()", smart_strings=False)
# most pages have no link inside a link: then every link is an outer one, and no ancestor is looked up
# (descendant::a, not //a: the abbreviation's descendant-or-self::node() step gathers every node under
# every link)
_NESTED_LINKS = etree.XPath("boolean(descendant::a/descendant::a)")


_text = text_of  # `el`'s text, what text_content() gives


#: a text's measure: non-space characters, words, starts with a non-space, ends with a non-space;
#: two measures add up to that of the joined texts, so a parent's is its children's plus its own text
_Span = tuple[int, int, bool, bool]
_BLANK: _Span = (0, 0, False, False)  # the measure of a text of white space only
_UNMEASURED: _Span = (-1, -1, False, False)  # no text has this measure


@dataclass(slots=True)
class _Score:
    """A container's accumulated paragraph score and its starting weight."""

    content: float = 0.0
    weight: float = 0.0
    factor: float = 1.0  # class/id hints and itemprop scale the votes (and the region: _final_score)


@dataclass(slots=True)
class _Scan:
    """What one locate call learns about the page, so that nothing is measured twice.

    `scores` holds the containers that got votes (in the order they got their first one);
    `chains` the (entry, share) list each paragraph's parent hands a vote along; `spans` holds
    the measure of each element's text read so far, `links` the text length of each link and
    `context` the region factor and `hints` the class/id hint factor of each element; `above`
    holds the ancestors of the elements _text_len measured (their text is read through them).
    """

    scores: dict[etree._Element, _Score] = field(default_factory=dict)
    chains: dict[tuple[etree._Element, int], list[tuple[_Score, float]]] = field(default_factory=dict)
    spans: dict[etree._Element, _Span | None] = field(default_factory=dict)
    context: dict[etree._Element, float] = field(default_factory=dict)
    hints: dict[etree._Element, float] = field(default_factory=dict)
    links: dict[etree._Element, int] = field(default_factory=dict)
    final: dict[etree._Element, float] = field(default_factory=dict)  # _final_score's, once computed
    above: set[etree._Element] = field(default_factory=set)
    nested: bool = True  # whether the page has a link inside a link (False: every link is an outer one)


def locate(tree: Element, *, bases: list[str] | None = None) -> Element:
    """Return the element that holds the article body (the <body> when nothing scores better).

    `bases`, when given, receives the href of the page's first <base href> (nothing when it has none),
    which segment resolves links against: the walk that finds the JSON-LD scripts for the cross-check
    finds it too, and the pipeline hands it to segment, which then does not search the page for it.
    """
    scripts, found = _scripts_and_base(tree)
    if bases is not None:
        bases.extend(found)
    body = next(tree.iterchildren("body"), None)  # find("body") without ElementPath's Python layers
    if body is None:
        body = tree
    # only the body's links are measured, and under <html> none of them can sit in a link outside it
    page = tree.getroottree().getroot()
    scan = _Scan(nested=_NESTED_LINKS(body if body.getparent() is page and page.tag == "html" else page))
    _score_paragraphs(body, scan)
    if not scan.scores:
        return body
    ranked = _top(scan, TOP_CANDIDATES)
    best = _widen(ranked[0], scan, ranked)
    chosen = _check_jsonld(scripts, best, ranked, scan)
    _skip_copies(chosen, scan)
    return chosen


def _scripts_and_base(tree: Element) -> tuple[list[etree._Element], tuple[str, ...]]:
    """The page's JSON-LD scripts and the href of its first <base href> (if any), both in page order.

    One walk picks both tags in C, from the root element (as "descendant-or-self::script[@type=…]" and
    segment's own search for <base> did, each walking the whole page).
    """
    scripts: list[etree._Element] = []
    bases: tuple[str, ...] = ()
    for el in tree.getroottree().getroot().iter("script", "base"):
        if el.tag == "script":
            if el.get("type") == _JSONLD_TYPE:
                scripts.append(el)
        elif not bases:
            href = el.get("href")
            if href is not None:
                bases = (href,)
    return scripts, bases


def _skip_copies(root: etree._Element, scan: _Scan) -> None:
    """Mark with SKIP_ATTR a scored container inside `root` whose text repeats an earlier one's.

    Some pages print the article twice (a teaser copy, a "continued" block); the element that
    holds both would give the text twice. Only copies of some size count (COPY_MIN_SHARE).
    """
    # a repeated embed placeholder (consent box, teaser) is no copy of the article: a share of it is
    least = max(COPY_MIN_CHARS, COPY_MIN_SHARE * _text_len(root, scan))
    # the scored containers, in document order, picked in C from the (many) containers of `root`
    scored = list(filter(scan.scores.__contains__, root.iterdescendants(*_CONTAINER_TAGS)))
    # measured last first, so that an outer container reads its inner ones' measures (see _text_len)
    sizes = [_text_len(el, scan) for el in reversed(scored)]
    sized = [(el, size) for el, size in zip(scored, reversed(sizes), strict=True) if size >= least]
    # two copies have the same length: the text of a container of a length met once is not read
    groups: dict[int, list[etree._Element]] = {}
    for el, size in sized:
        groups.setdefault(size, []).append(el)
    # ... nor that of containers of one length each inside the one before (a wrapper and its child):
    # the later ones are within the earlier ones, so none of them can be marked
    reread = {size for size, els in groups.items() if len(els) > 1 and not _nested_run(els)}
    seen: dict[str, etree._Element] = {}
    for el, size in sized:
        if size not in reread:
            continue
        text = " ".join(_text(el).split())
        first = seen.get(text)
        if first is None:
            seen[text] = el
        elif not _within(el, first) and not any(_is_out(a) for a in el.iterancestors()):
            el.set(SKIP_ATTR, "1")


def _nested_run(els: list[etree._Element]) -> bool:
    """Whether each element of `els` (in document order) sits inside the one before it."""
    return all(el.getparent() is prev or _within(el, prev) for prev, el in pairwise(els))


def _within(el: etree._Element, other: etree._Element) -> bool:
    """Whether `el` is `other` or sits inside it (a wrapper of the same text is no copy)."""
    return el is other or any(a is other for a in el.iterancestors())


def _is_out(el: etree._Element) -> bool:
    """Whether `el` is already left out of the body (labelled by clean or skipped by locate)."""
    return el.get(SKIP_ATTR) is not None or el.get(LABEL_ATTR) is not None


def _top(scan: _Scan, n: int) -> list[etree._Element]:
    """The `n` best-scoring containers, in the order a full stable sort by final score gives.

    A final score never exceeds max(0, content x factor + weight) (link density and the region
    factor only lower it), so
    containers are scored in that bound's order and the rest skipped once their bound falls below
    the n-th score found: the link density (a text walk per container) is computed for a few only.
    """
    scores = scan.scores
    bound = {
        el: max(0.0, s.content * s.factor + s.weight) if s.content > 0 else 0.0 for el, s in scores.items()
    }
    exact: dict[etree._Element, float] = {}
    best: list[float] = []  # min-heap of the n best scores so far
    order = sorted(scores, key=bound.__getitem__, reverse=True)
    # the first n are scored whatever follows: measured deepest first, an ancestor reads its measured
    # descendants' measures instead of their text (the candidates mostly nest)
    for el in sorted(order[:n], key=_depth, reverse=True):
        if scores[el].content > 0:
            _text_len(el, scan)
    for el in order:
        if len(best) >= n:
            if bound[el] < best[0]:
                break
            entry = scores[el]
            # with the region factor (cheap) the bound is tighter: the density is read only if it may count
            # (strictly below the n-th score: a tie could still rank by order)
            if entry.content > 0:
                tight = entry.content * (entry.factor * _context(el, scan)) + entry.weight
                if max(0.0, tight) < best[0]:
                    continue
        exact[el] = score = _final_score(el, scores[el], scan)
        if len(best) < n:
            heapq.heappush(best, score)
        elif score > best[0]:
            heapq.heapreplace(best, score)
    ranked = sorted((el for el in scores if el in exact), key=exact.__getitem__, reverse=True)
    return ranked[:n]


def _depth(el: etree._Element) -> int:
    """How many ancestors `el` has."""
    return sum(1 for _ in el.iterancestors())


def score_of(el: etree._Element) -> float:
    """The paragraph score `el` would hand to its ancestors (0 when it is no paragraph)."""
    return _text_score(" ".join(_text(el).split()))


def _text_score(text: str) -> float:
    """The paragraph score of a whitespace-collapsed text (0 when it is too short to be a paragraph)."""
    if len(text) < MIN_PARAGRAPH_CHARS:
        return 0.0
    score = PARAGRAPH_BASE + COMMA_POINT * _comma_count(text)
    score += SENTENCE_POINT * _sentence_count(text)
    return score + min(len(text) / CHARS_PER_POINT, MAX_LENGTH_POINTS)


def link_density(el: etree._Element) -> float:
    """Share of `el`'s text that sits inside links."""
    text = len(" ".join(_text(el).split()))
    if not text:
        return 0.0
    return min(1.0, _link_chars(el) / text)


def _link_chars(el: etree._Element) -> int:
    """Characters of `el`'s text inside links (each text node stripped)."""
    # most paragraphs hold no link: one C-level lookup settles them
    if next(el.iterdescendants("a"), None) is None:
        return 0
    return sum(_link_len(a) for a in outer_links(el))


def _density(el: etree._Element, scan: _Scan) -> float:
    """link_density(el), with the length of each link read once for this page."""
    text = _text_len(el, scan)
    if not text:
        return 0.0
    if scan.nested and (el.tag == "a" or next(el.iterancestors("a"), None) is not None):
        return min(1.0, _link_chars(el) / text)  # inside a link, "outer" links are counted from `el`
    return min(1.0, _links_len(el, scan) / text)


def _links_len(el: etree._Element, scan: _Scan) -> int:
    """The text length of the outer links under `el` (not inside a link), each link read once a page."""
    memo = scan.links
    links = list(el.iterdescendants("a"))  # the subtree walked once (in C), whatever follows
    try:
        # the links of a container were mostly measured with its paragraphs: summed in C
        return sum(map(memo.__getitem__, links))
    except KeyError:
        pass
    # measure the links not met yet (picked in C), then sum them all in C
    nested = scan.nested
    for a in filterfalse(memo.__contains__, links):
        if nested:
            memo[a] = _outer_link_len(a, scan)
        elif len(a):
            memo[a] = _link_len(a)
        else:  # most links: one text (the case of _link_len without a call)
            text = a.text
            memo[a] = len(text.strip()) if text else 0
    return sum(map(memo.__getitem__, links))


def _outer_link_len(a: etree._Element, scan: _Scan) -> int:
    """The text length of a link that no other link holds (0 for a nested link)."""
    if scan.nested and next(a.iterancestors("a"), None) is not None:
        return 0
    return _link_len(a)


def _link_len(a: etree._Element) -> int:
    """A link's text length: each piece of its text stripped (the words of a one-piece link)."""
    if not len(a):  # no child (len() counts them in C, cheaper than an iterator)
        return len(a.text.strip()) if a.text else 0
    return sum(len(t.strip()) for t in _LINK_TEXT(a))


def _paragraph_score(el: etree._Element, scan: _Scan) -> float:
    """A paragraph's score scaled by its link density (its text is read once)."""
    # a childless element's text is its own (half the paragraphs: no serialiser)
    kids = len(el)
    raw = text_of(el) if kids else el.text or ""
    if len(raw) < MIN_PARAGRAPH_CHARS:
        return 0.0  # collapsing whitespace never lengthens a text: not split
    if raw.isprintable() and "  " not in raw:
        # its only white space is single spaces (see _span): collapsed, it is stripped (most paragraphs)
        text = raw.strip(" ")
        count = text.count(" ") + 1 if text else 0
    else:
        words = raw.split()
        text = " ".join(words)
        count = len(words)
    size = len(text)
    # the measure of the paragraph's text, for the containers measured later (see _element_span)
    chars = size - count + 1 if count else 0
    scan.spans[el] = (chars, count, not raw[0].isspace(), not raw[-1].isspace())
    if size < MIN_PARAGRAPH_CHARS:
        return 0.0
    # commas and sentence ends count the same in the raw text as in the collapsed one
    score = PARAGRAPH_BASE + COMMA_POINT * _comma_count(text)
    score += SENTENCE_POINT * _sentence_count(text)
    score += min(size / CHARS_PER_POINT, MAX_LENGTH_POINTS)
    if not kids:
        return score  # no child, no link
    # without nested links, the links under `el` are outer ones: measured once for the page's containers
    links = _link_chars(el) if scan.nested else _paragraph_links(el, scan)
    return score * (1.0 - (min(1.0, links / size) if links else 0.0))


def _paragraph_links(el: etree._Element, scan: _Scan) -> int:
    """_links_len(el) for a paragraph on a page without nested links (its links are not measured yet)."""
    # one pass: a paragraph holds few links, and they are new (_links_len would try a sum first)
    memo = scan.links
    links = 0
    for a in el.iterdescendants("a"):
        size = memo.get(a)
        if size is None:
            text = a.text
            size = memo[a] = _link_len(a) if len(a) else len(text.strip()) if text else 0
        links += size
    return links


def _sentence_count(text: str) -> int:
    """len(_SENTENCES.findall(text)) for a whitespace-collapsed text, counted with str.count.

    In a text whose words are joined by single spaces, a mark followed by white space is followed
    by " " (the regex's \\s and str.split() read the same white space); the last mark may end the text.
    """
    count = text.count(". ") + text.count("! ") + text.count("? ")
    if not text.isascii():
        count += text.count("\u2026 ")
    return count + 1 if text and text[-1] in _SENTENCE_MARKS else count


def _comma_count(text: str) -> int:
    """len(_COMMAS.findall(text)), counted with str.count (the other marks only in non-ASCII text)."""
    count = text.count(",") + text.count(";")
    if not text.isascii():
        count += text.count("،") + text.count("、") + text.count("，")
    return count


def _score_paragraphs(root: etree._Element, scan: _Scan) -> None:
    """Walk `root` (skipping labelled elements) and add each paragraph's score to its ancestors."""
    # each element with the list of its children when the paragraph test listed them already: lxml makes
    # a list of children (el[:]) for less than an iterator over them (a tag matcher set up each time)
    stack: list[tuple[etree._Element, list[etree._Element] | None]] = [(root, None)]
    chains = scan.chains
    while stack:
        el, kids = stack.pop()
        container = el.tag in _CONTAINER_TAGS
        loose = container and bool((el.text or "").strip())
        chain = None  # the votes of el's paragraphs: read once for all of them
        for child in el[:] if kids is None else kids:
            if container and not loose:
                tail = child.tail
                loose = bool(tail) and not tail.isspace()
            tag = child.tag
            if tag.__class__ is not str:
                continue  # a comment or a processing instruction
            # the label (boilerplate) is read only for the elements that would count: by their tag first
            if tag in _LEAF_BLOCKS:
                if child.get(LABEL_ATTR) is not None:
                    continue
            elif tag in _MAYBE_PARAGRAPH:
                if child.get(LABEL_ATTR) is not None:
                    continue
                # _is_paragraph inlined: the children's tags tested in C, up to the first that decides
                grand = child[:]
                if (
                    any(map(_LIST_BLOCKS.__contains__, map(_TAG, grand)))
                    if tag == "li"
                    else not all(map(_INLINE_TAGS.__contains__, map(_TAG, grand)))
                ):
                    stack.append((child, grand))  # a div or section (a container), or an <li> holding blocks
                    continue
            else:
                # popped, a childless element outside _CONTAINER_TAGS would do nothing
                if (len(child) or tag in _CONTAINER_TAGS) and child.get(LABEL_ATTR) is None:
                    stack.append((child, None))
                continue
            score = _paragraph_score(child, scan)
            if score > 0:
                if tag in _CONTAINER_TAGS and next(child.iterchildren("br"), None) is not None:
                    # a cell or div of <br>-separated text is itself the article's container
                    _add(child, score, 1.0, scan)
                if chain is None:
                    chain = chains.get((el, 0))
                    if chain is None:
                        chain = chains[(el, 0)] = _chain(el, 0, scan)
                for entry, share in chain:
                    entry.content += score * share
        if loose:
            # text written directly in `el` (div soup: text and <br> beside block children)
            _vote_loose_text(el, scan)


def _is_paragraph(el: etree._Element, tag: str) -> bool:
    """Whether `el` (tagged `tag`) is a paragraph-like leaf block (a <p>, a div of inline content only)."""
    # the children's tags are tested in C (map over the element), stopping at the first that decides
    if tag in _PARAGRAPH_TAGS:
        return tag != "li" or not any(map(_LIST_BLOCKS.__contains__, map(_TAG, el)))
    if tag == "div" or tag == "section":
        return all(map(_INLINE_TAGS.__contains__, map(_TAG, el)))
    return False


def _vote_loose_text(el: etree._Element, scan: _Scan) -> None:
    """Score the text written directly in `el` (between its children) as paragraphs of `el`."""
    pieces = [el.text or ""]
    for child in el[:]:
        if isinstance(child.tag, str) and child.tag in _INLINE_TAGS and child.get(LABEL_ATTR) is None:
            pieces.append(_text(child) if child.tag != "br" else "\n")
        pieces.append(child.tail or "")
    text = " ".join("".join(pieces).split())
    if len(text) < MIN_PARAGRAPH_CHARS:
        return
    score = PARAGRAPH_BASE + COMMA_POINT * _comma_count(text)
    score += SENTENCE_POINT * _sentence_count(text)
    score += min(len(text) / CHARS_PER_POINT, 3 * MAX_LENGTH_POINTS)
    _add(el, score, 1.0, scan)
    _vote(el, score, scan, start=1)


def _vote(el: etree._Element, score: float, scan: _Scan, start: int = 0) -> None:
    """Give `score` to `el`'s ancestors: full to the parent, half to the grandparent, less above."""
    if score <= 0:
        return
    parent = el.getparent()
    if parent is None:
        return
    chain = scan.chains.get((parent, start))
    if chain is None:
        chain = scan.chains[(parent, start)] = _chain(parent, start, scan)
    for entry, share in chain:
        entry.content += score * share


def _chain(ancestor: etree._Element | None, depth: int, scan: _Scan) -> list[tuple[_Score, float]]:
    """The entries a vote reaches from `ancestor` up, each with its share (entries created on the way)."""
    scores, chains = scan.scores, scan.chains
    chain: list[tuple[_Score, float]] = []
    keys: list[tuple[etree._Element, int]] = []  # (ancestor, depth) of each step: its chain is chain[i:]
    while ancestor is not None and depth < ANCESTOR_LEVELS:
        if ancestor.tag == "html":
            break
        known = chains.get((ancestor, depth))
        if known is not None:
            chain.extend(known)  # the chains of sibling blocks meet at their shared ancestors
            break
        keys.append((ancestor, depth))
        share = 1.0 if depth == 0 else 0.5 if depth == 1 else 1.0 / (depth * 3)
        entry = scores.get(ancestor)
        if entry is None:
            entry = scores[ancestor] = _new_entry(ancestor, scan)
        chain.append((entry, share))
        # a wrapper with one child and no text of its own passes the vote through at the same depth
        if not _is_wrapper(ancestor):
            depth += 1
        ancestor = ancestor.getparent()
    for i, key in enumerate(keys):
        chains[key] = chain[i:]
    return chain


def _is_wrapper(el: etree._Element) -> bool:
    """Whether `el` only wraps one element (no text of its own): it does not count as a level."""
    # len(el) (and a slice) counts every child in lxml: on a body with 10,000s of children each vote made
    # it quadratic; el[0] finds the first, for less than an iterator over the children costs to make
    try:
        first = el[0]
    except IndexError:
        return False
    if first.getnext() is not None:
        return False
    return not (el.text or "").strip() and not (first.tail or "").strip()


def _add(el: etree._Element, score: float, share: float, scan: _Scan) -> None:
    """Add a share of a paragraph score to `el`, creating its entry with its starting weight."""
    entry = scan.scores.get(el)
    if entry is None:
        entry = scan.scores[el] = _new_entry(el, scan)
    entry.content += score * share


def _new_entry(el: etree._Element, scan: _Scan) -> _Score:
    """A container's empty entry: its tag weight and its class/id hint factor."""
    factor = scan.hints.get(el)
    if factor is None:
        factor = scan.hints[el] = _hint_factor(el)
    return _Score(weight=TAG_WEIGHTS.get(el.tag, 0.0), factor=factor)


def _hints(el: etree._Element, scan: _Scan) -> float:
    """_hint_factor(el), read once per element for this page."""
    factor = scan.hints.get(el)
    if factor is None:
        factor = scan.hints[el] = _hint_factor(el)
    return factor


def _context(el: etree._Element, scan: _Scan) -> float:
    """CONTEXT_FACTOR for each <aside> or boilerplate-hinted region (sidebar, widget…) `el` sits in.

    A text widget in a sidebar can hold more prose than a short post; the region it sits in
    tells them apart. Read once per element: a parent's value is its own parent's times its own.
    """
    path = []
    node = el.getparent()
    while node is not None and node.tag not in ("body", "html") and node not in scan.context:
        path.append(node)
        node = node.getparent()
    factor = scan.context.get(node, 1.0) if node is not None else 1.0
    for anc in reversed(path):
        if anc.tag == "aside" or _hints(anc, scan) < 1.0:
            factor *= CONTEXT_FACTOR
        scan.context[anc] = factor
    return factor


def _hint_factor(el: etree._Element) -> float:
    """How much a container's class/id words and itemprop=articleBody scale its paragraphs' votes."""
    hints = 0.0
    if (el.get("itemprop") or "") == "articleBody":
        hints += ITEMPROP_BODY_HINTS
    attr = el.get("class")
    if attr:
        hints += _attr_hints(attr)
    attr = el.get("id")
    if attr:
        hints += _attr_hints(attr)
    return max(MIN_HINT_FACTOR, 1.0 + CLASS_FACTOR * hints)


def _read_attr_hints(attr: str) -> float:
    """The hint count of one class or id value: +1 content-ish, -1 boilerplate-ish (both: 0)."""
    if attr.isascii():
        text = attr.lower()
        positive = _POSITIVE_LOWER.search(text) is not None
        negative = _NEGATIVE_LOWER.search(text) is not None or (
            _ANCHORED_CORE in text and _NEGATIVE_ANCHORED.search(text) is not None
        )
    else:
        positive = _POSITIVE.search(attr) is not None
        negative = _NEGATIVE.search(attr) is not None
    return (1.0 if positive else 0.0) - (1.0 if negative else 0.0)


# the same class strings recur on a page and across a site's pages: the two searches are slow, each
# value is searched once (a Memo: a full collection of the cyclic GC reads its values, not the linked
# list of an lru_cache)
_attr_hints = Memo(_read_attr_hints, 8192).__getitem__


def _final_score(el: etree._Element, entry: _Score, scan: _Scan) -> float:
    """A container's score: its paragraphs' votes plus its weight, scaled by its link density."""
    if entry.content <= 0:
        return 0.0
    score = scan.final.get(el)
    if score is None:
        # the region factor is read here, for the few containers scored exactly (see _top)
        factor = entry.factor * _context(el, scan)
        score = scan.final[el] = (entry.content * factor + entry.weight) * (1.0 - _density(el, scan))
    return score


def _widen(best: etree._Element, scan: _Scan, ranked: list[etree._Element]) -> etree._Element:
    """Climb from the winner while its siblings are more of the article (split bodies, step lists).

    Siblings taken in along the way that are not article (link lists, tags, share boxes) are
    marked with SKIP_ATTR so that segment leaves them out. An ancestor that itself scores
    nearly as well as the winner is climbed to whatever its junk (the winner is one part of it).
    """
    best_score = _final_score(best, scan.scores[best], scan)
    # the paragraphs of a split body vote for their shared ancestor: close behind the winner
    strong = {
        el for el in ranked[1:] if _final_score(el, scan.scores[el], scan) >= ANCESTOR_SHARE * best_score
    }
    node = chosen = best
    total_good, total_junk = _text_len(best, scan), 0
    pending: list[etree._Element] = []
    for _ in range(MAX_WIDEN_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        good, junk, outs = _split_siblings(node, parent, best_score, scan)
        total_good, total_junk = total_good + good, total_junk + junk
        if total_junk > SIBLING_JUNK_RATIO * total_good and parent not in strong:
            break
        node = parent
        pending.extend(outs)
        if good > 0:
            chosen = parent
            for el in pending:
                el.set(SKIP_ATTR, "1")
            pending.clear()
    return chosen


def _split_siblings(
    node: etree._Element, parent: etree._Element, best_score: float, scan: _Scan
) -> tuple[int, int, list[etree._Element]]:
    """Text length of `node`'s siblings that continue the article and of the others, and the others."""
    good = junk = 0
    outs: list[etree._Element] = []
    loose = [parent.text or ""]  # the text between the children: junk too (read in the same pass)
    for sib in parent[:]:
        tail = sib.tail
        if tail:
            loose.append(tail)
        if sib is node or not isinstance(sib.tag, str) or sib.get(LABEL_ATTR) is not None:
            continue
        size = _text_len(sib, scan)
        if _joins(sib, best_score, scan):
            good += size
        else:
            junk += size
            outs.append(sib)
    return good, junk + len(" ".join("".join(loose).split())), outs


def _joins(sib: etree._Element, best_score: float, scan: _Scan) -> bool:
    """Whether a sibling of the winner is more of the article (scores well, or is a plain paragraph)."""
    entry = scan.scores.get(sib)
    if entry is not None and _final_score(sib, entry, scan) >= SIBLING_SHARE * best_score:
        return True
    if sib.tag in ("p", "blockquote", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "figure", "table"):
        return _density(sib, scan) <= MAX_SIBLING_LINK_DENSITY
    # the visible text is never longer than the whole text: the cheap tests first, the walk last
    if _text_len(sib, scan) < SIBLING_PARAGRAPH_CHARS or _density(sib, scan) > MAX_SIBLING_LINK_DENSITY:
        return False
    text = _visible_text(sib)
    return len(text) >= SIBLING_PARAGRAPH_CHARS and _text_score(text) > 0


def _visible_text(el: etree._Element) -> str:
    """`el`'s whitespace-collapsed text without what clean labelled (hidden JSON-LD, share bars…)."""
    if _LABELLED(el):
        pieces: list[str] = []
        _visible_pieces(el, pieces)
        return " ".join("".join(pieces).split())
    return " ".join(_text(el).split())


def _visible_pieces(el: etree._Element, pieces: list[str]) -> None:
    """Append the text of `el` and its unlabelled descendants, in document order."""
    if el.text:
        pieces.append(el.text)
    for child in el[:]:
        if isinstance(child.tag, str) and child.get(LABEL_ATTR) is None:
            if len(child):
                _visible_pieces(child, pieces)
            elif child.text:
                pieces.append(child.text)  # a leaf (most elements): no call
        if child.tail:
            pieces.append(child.tail)


def _text_len(el: etree._Element, scan: _Scan) -> int:
    """Length of `el`'s whitespace-collapsed text (what len(" ".join(text.split())) gives)."""
    span = scan.spans.get(el, _UNMEASURED)
    if span is _UNMEASURED:
        span = _element_span(el, scan)
        # its ancestors will be measured through it, not read whole (candidates nest several levels
        # apart: a child of theirs holding it is measured only then)
        above, node = scan.above, el.getparent()
        while node is not None and node not in above:
            above.add(node)
            node = node.getparent()
    if span is None or not span[1]:
        return 0
    return span[0] + span[1] - 1


def _element_span(el: etree._Element, scan: _Scan) -> _Span | None:
    """The _Span of `el`'s text, built from its children's when one of them was measured already.

    Containers measured during one call nest (a candidate, its parent, their siblings): reading a
    parent as its measured child plus the rest reads each stretch of text about once.
    """
    spans = scan.spans
    if el in spans:
        return spans[el]
    kids = el[:]  # listed once for the tests and the reading (cheaper than iterators: _score_paragraphs)
    size = len(kids)
    if (
        size > _COMPOSE_CHILDREN
        and el not in scan.above
        and (not any(map(spans.__contains__, kids)) or (size > _COMPOSE_MANY and _reads_whole(kids, spans)))
    ):
        span = _span(_text(el))
    else:
        span = _span(el.text)
        for child in kids:
            if child.tag.__class__ is str:  # a comment's text is no text of the page
                span = _join(span, _element_span(child, scan))
            tail = child.tail
            if not tail:
                continue
            if tail.isspace():  # most tails (layout whitespace): _join(span, _span(tail)) without a split
                span = _BLANK if span is None else (span[0], span[1], span[2], False)
            else:
                span = _join(span, _span(tail))
    spans[el] = span
    return span


def _reads_whole(kids: list[etree._Element], spans: dict[etree._Element, _Span | None]) -> bool:
    """Whether an element's text is read faster whole than through its children `kids` (a few measured).

    A list of a thousand items, a hundred of them measured paragraphs, is one serialiser call
    whole, but a thousand calls through its items: the measured text saved must outweigh them.
    """
    measured = [span for span in map(spans.get, kids) if span is not None]
    saved = sum(span[0] for span in measured)
    return (len(kids) - len(measured)) * _CHARS_PER_CHILD > saved


def _span(text: str | None) -> _Span | None:
    """Measure a text: non-space characters, words, and whether it starts / ends inside a word."""
    if not text:
        return None
    if "\n" not in text and text.isprintable() and "  " not in text:
        # every white space character but " " is a control or a separator, which are not printable: the
        # words are split by single spaces (a container's text mostly holds a line break: found first)
        inner = text.strip(" ")
        spaces = inner.count(" ")
        return (len(inner) - spaces, spaces + 1 if inner else 0, text[0] != " ", text[-1] != " ")
    words = text.split()
    return (len("".join(words)), len(words), not text[0].isspace(), not text[-1].isspace())


def _join(a: _Span | None, b: _Span | None) -> _Span | None:
    """The _Span of two texts written one after the other (a word cut at the seam counts once)."""
    if a is None:
        return b
    if b is None:
        return a
    return (a[0] + b[0], a[1] + b[1] - (1 if a[3] and b[2] else 0), a[2], b[3])


def _check_jsonld(
    scripts: list[etree._Element],
    best: etree._Element,
    top: list[etree._Element],
    scan: _Scan,
) -> etree._Element:
    """When JSON-LD gives the body text and `best` misses much of it, take the best-covering candidate."""
    body_text = _jsonld_body(scripts)
    if len(body_text) < JSONLD_MIN_CHARS:
        return best
    words = set(_TOKENS.findall(body_text.lower()))
    if _covers(best, words):
        return best
    candidates: list[etree._Element] = []
    for el in top:
        anc = el
        for _ in range(3):
            if anc is None or anc.tag in ("body", "html"):
                break
            candidates.append(anc)
            anc = anc.getparent()
    # an ancestor shared by several candidates is read once (the first occurrence stays first)
    covering = [el for el in dict.fromkeys(candidates) if _covers(el, words)]
    if not covering:
        return best
    return min(covering, key=lambda el: _text_len(el, scan))


def _covers(el: etree._Element, words: set[str]) -> bool:
    """Whether `el`'s text holds JSONLD_MIN_COVERAGE of `words`, reading it only as far as needed.

    A live blog's element can hold a million characters (its JSON-LD script among them): the text
    is read in growing pieces, cut at spaces, until enough of the words are found.
    """
    if not words:
        return False
    text = _text(el)
    hits: set[str] = set()
    size = len(words)
    start, step, end = 0, _COVER_FIRST_PIECE, len(text)
    while start < end:
        # cut at a space: no \w+ token spans one, and lower() reads the same on either side of it
        # (a space is neither cased nor case-ignorable, the only context lower() looks at: final sigma)
        cut = text.find(" ", start + step) if start + step < end else -1
        stop = end if cut < 0 else cut
        hits.update(words.intersection(_TOKENS.findall(text[start:stop].lower())))
        if len(hits) / size >= JSONLD_MIN_COVERAGE:
            return True
        start, step = stop, step * 2
    return False


def _jsonld_body(scripts: list[etree._Element]) -> str:
    """The longest articleBody string found in the page's JSON-LD `scripts` ('' when none)."""
    best = ""
    for script in scripts:
        if "articleBody" not in (script.text or ""):
            continue  # most JSON-LD blocks have no body text: not worth parsing
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested past the limit
            continue
        best = _longest_value(data, "articleBody", best)
    return best


def _longest_value(data: object, key: str, best: str, depth: int = 0) -> str:
    """The first longest string value of `key` in a JSON value, if longer than `best` (else `best`).

    The values are met depth first in document order (a dict's own value before those inside its
    values; at most _KEY_DEPTH levels down), without a list of every value found and without a call
    per scalar: a live blog's JSON-LD holds tens of thousands of values.
    """
    if isinstance(data, dict):
        if key in data:
            value = data[key]
            if isinstance(value, str) and len(value) > len(best):
                best = value
        values: Iterable[object] = data.values()
    elif isinstance(data, list):
        values = data
    else:
        return best
    if depth < _KEY_DEPTH:
        for value in values:
            if isinstance(value, (dict, list)):
                best = _longest_value(value, key, best, depth + 1)
    return best
