"""The list test's blocks read by lxml's tag filter must be those of the XPath union it replaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from articlekit import clean
from articlekit.load import load

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
# blocks nested in blocks (a <p> inside an <li> inside a <td>), the element itself a block, comments
TRAP_PAGE = (
    "<html><body><table><tr><td><ul><li><p>a<!-- c --></p><blockquote><p>b</p><pre>c</pre></blockquote>"
    "</li><li><dd>d</dd></li></ul></td><td><p>e</p></td></tr></table>"
    "<div><p>f<span><p>g</p></span></p><dl><dd><li>h</li></dd></dl></div></body></html>"
)


#: the XPath union the list test read its blocks with before lxml's tag filter
FIND_PROSE = etree.XPath(
    "descendant-or-self::p|descendant-or-self::pre|descendant-or-self::blockquote|"
    "descendant-or-self::li|descendant-or-self::td|descendant-or-self::dd"
)
PAGES = [path.read_text(encoding="utf-8", errors="replace") for path in FIXTURES] + [TRAP_PAGE]


@pytest.mark.parametrize("markup", PAGES)
def test_the_blocks_of_every_element(markup: str) -> None:
    """Same elements, same order, for every element of the page, before and after the drop pass."""
    tree = load(markup.encode("utf-8")).tree  # type: ignore[union-attr]
    for dropped in (False, True):
        if dropped:
            clean._drop_non_content(tree)
        for el in tree.iter(etree.Element):
            assert list(el.iter(*clean._PROSE_TAGS)) == FIND_PROSE(el)
