"""Small helpers over the lxml tree that several stages share."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any

from lxml import etree


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
