"""Small helpers over the lxml tree that several stages share."""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from typing import Any, TypeAlias, TypeVar

from lxml import etree

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """A bounded memo of a pure one-argument function: `memo[key]` is `fn(key)`, computed once.

    For the big memos over class strings and words, in place of functools.lru_cache (as a
    drop-in, `name = Memo(fn, maxsize).__getitem__`): a hit is a dict lookup in C, as fast as an
    lru_cache hit, but each full collection of the cyclic GC walks every entry of an lru_cache's
    linked list (three scattered pointers an entry; the stages' caches hold some 50k entries
    once warm, half the cost of a full collection), while here it reads the values alone, mostly
    None, bools or a few shared strings. Bounded by emptying it when full: hot keys come back at once.
    """

    __slots__ = ("_fn", "_maxsize")

    def __init__(self, fn: Callable[[K], V], maxsize: int) -> None:
        """Memoise `fn`, keeping at most `maxsize` results."""
        super().__init__()
        self._fn = fn
        self._maxsize = maxsize

    def __missing__(self, key: K) -> V:
        """Compute, keep and return `fn(key)` (called by `memo[key]` when the key is new)."""
        if len(self) >= self._maxsize:
            self.clear()
        value = self[key] = self._fn(key)
        return value


def first_verdict(
    start: Any, memo: MutableMapping[Any, bool], verdict: Callable[[Any], bool | None], default: bool
) -> bool:
    """The verdict of the first element from `start` up its ancestors that `verdict` settles, else `default`.

    Every element the climb passes keeps the answer in `memo` (one per page): the siblings and
    descendants met later share their ancestors, so each ancestor is judged once per page.
    """
    chain: list[Any] = []
    answer = default
    node = start
    while node is not None:
        known = memo.get(node)
        if known is not None:
            answer = known
            break
        chain.append(node)
        found = verdict(node)
        if found is not None:
            answer = found
            break
        node = node.getparent()
    for seen in chain:
        memo[seen] = answer
    return answer


def text_of(el: Any) -> str:
    """`el`'s text as text_content() gives it, read by libxml2's text serialiser without an XPath call."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)  # type: ignore[no-any-return]


def text_length(el: Any) -> int:
    """`el`'s XPath string-length(): its text's length, read by the serialiser (half the XPath's cost)."""
    return len(text_of(el))


Element: TypeAlias = etree._Element
"""The element type of every tree the stages read: load parses into lxml's plain C element proxies
(cheaper to create than lxml.html's Python subclass), and a caller's own lxml.html tree holds
HtmlElement, a subclass; so stages use only etree._Element's API and the helpers below."""

#: lxml.html's text_content() is this very compiled XPath (lxml.html._collect_string_content)
_STRING_CONTENT = etree.XPath("string()", smart_strings=False)
_XHTML_BODY = "{http://www.w3.org/1999/xhtml}body"


def text_content(el: Element) -> str:
    """`el`'s text and its descendants' texts, joined: what lxml.html's HtmlElement.text_content() gives."""
    if isinstance(el.tag, str):
        # both read libxml2's xmlNodeGetContent; the text serialiser costs less than an XPath call
        return text_of(el)
    return _STRING_CONTENT(el)  # type: ignore[no-any-return]  # a comment or PI: the XPath refuses it


def body_of(el: Element) -> Element | None:
    """The first <body> of `el`'s document, as lxml.html's HtmlElement.body finds it."""
    for element in el.getroottree().iter("body", _XHTML_BODY):
        return element
    return None


def drop_tag(el: Element) -> None:
    """Remove `el` but keep its children, text and tail in place: lxml.html's HtmlElement.drop_tag()."""
    parent = el.getparent()
    assert parent is not None
    previous = el.getprevious()
    if el.text and isinstance(el.tag, str):
        # not a comment nor a processing instruction, whose text is no page text
        if previous is None:
            parent.text = (parent.text or "") + el.text
        else:
            previous.tail = (previous.tail or "") + el.text
    if el.tail:
        if len(el):
            last = el[-1]
            last.tail = (last.tail or "") + el.tail
        elif previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    index = parent.index(el)
    parent[index : index + 1] = el[:]
