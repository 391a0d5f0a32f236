"""locate and segment list an element's children by slicing (el[:], el[0]): the children iteration gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import clean, locate
from articlekit.lexicon import get

LEX = get("fr")
FIXTURES = Path(__file__).parent / "fixtures"
TRAP = (
    '<!DOCTYPE x [<!ENTITY e "ent">]><div>a<!--c-->b<?pi x?>c&e;<p>x</p>t<div> <p>y</p> </div>'
    "<div><!--only--></div><div>\n<span>z</span>\n</div><div>w<span>z</span></div><div/></div>"
)


def _plain_is_wrapper(el: etree._Element) -> bool:
    """locate._is_wrapper as it read the first child: through an iterator over the children."""
    first = next(iter(el), None)
    if first is None or first.getnext() is not None:
        return False
    return not (el.text or "").strip() and not (first.tail or "").strip()


def _trees() -> list[etree._Element]:
    """Every fixture page, raw and cleaned, and a tree of comments, PIs and entity references."""
    out = [etree.fromstring(TRAP, etree.XMLParser(resolve_entities=False))]
    for path in sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".htm")):
        out.append(lxml_html.document_fromstring(path.read_bytes()))
        cleaned = lxml_html.document_fromstring(path.read_bytes())
        clean.clean(cleaned, lex=LEX)
        out.append(cleaned)
    return out


@pytest.mark.parametrize("tree", _trees())
def test_slices_list_what_iteration_gives(tree: etree._Element) -> None:
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        assert el[:] == list(el)
        assert len(el[:]) == len(el)
        assert locate._is_wrapper(el) == _plain_is_wrapper(el)
