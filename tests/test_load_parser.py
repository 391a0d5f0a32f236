"""The parser load keeps per thread: reused page after page, it gives what a fresh parser gives."""

from __future__ import annotations

import threading

from lxml import etree
from lxml import html as lxml_html

from articlekit import load as load_module
from articlekit.document import HtmlDocument
from articlekit.load import load

PAGES = (
    "<html><head><title>t</title></head><body><p>Bonjour <b>tout</b> le monde.</p></body></html>",
    "<p>avant</p>" + "<div>" * 300 + "fond" + "</div>" * 300 + "<p>après</p>",  # past libxml2's limit
    "<html><body><foo><p>x</div></nav><p id='a'>y</p><p id='a'>z</p></body></html>",  # errors, same ids
    "<html><body><p>fin</p></body></html>",
)


def _serialised(page: str) -> bytes:
    """The tree load gives for `page`, serialised."""
    doc = load(page)
    assert isinstance(doc, HtmlDocument)
    return etree.tostring(doc.tree)


def _fresh(page: str) -> bytes:
    """The tree a parser made for this page alone gives (what load did before it kept parsers)."""
    parser = load_module._html_parser(huge=False)
    root = lxml_html.document_fromstring(page.encode("utf-8"), parser=parser)
    return etree.tostring(load_module._with_body(root))


def test_the_kept_parser_forgets_each_page() -> None:
    # the resource-limit test reads the parser's error log: a page past the limit must not make the
    # next one look past it too, nor a page with errors hide the limit of the next
    expected = [_serialised(page) for page in PAGES]
    for _ in range(2):
        for page, tree in zip(PAGES, expected, strict=True):
            assert _serialised(page) == tree
    assert expected[0] == _fresh(PAGES[0]) and expected[3] == _fresh(PAGES[3])
    assert b"apr\xc3\xa8s" in expected[1] or b"apr&#232;s" in expected[1]


def test_one_parser_per_thread() -> None:
    parsers: list[object] = []
    trees: list[bytes] = []

    def work() -> None:
        """Parse every page a few times in this thread, keeping its parser and its trees."""
        for _ in range(20):
            trees.extend(_serialised(page) for page in PAGES)
        parsers.append(load_module._thread_parser())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(p) for p in parsers}) == 4
    assert load_module._thread_parser() not in parsers
    assert set(trees) == {_serialised(page) for page in PAGES}
