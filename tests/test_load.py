"""Tests of the load stage: decoding, input kinds, text-dump sniffing, rejections, parsing safety."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import pickle
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from articlekit import extract
from articlekit.document import HtmlDocument, TextDocument
from articlekit.errors import ArticlekitError, HTTPStatusError, InputError, UnsupportedContentError
from articlekit.load import decode, load, looks_like_html, text_lines
from articlekit.options import Options
from articlekit.tree import body_of, text_content

SEED = Path("/work/shared/seed/seed.txt")
PRINTABLE_CP1252 = st.characters(codec="cp1252", min_codepoint=0x20, exclude_characters="\x7f")
FRENCH = "L’été « déjà » là : “ça” coûte 5 € — œuvre… À bientôt"


def page(body: str, head: str = "") -> str:
    """A small HTML page around `body`."""
    return f"<!DOCTYPE html><html><head>{head}</head><body><p>{body}</p></body></html>"


def body_text(doc: object) -> str:
    """The text of the body of an HtmlDocument."""
    assert isinstance(doc, HtmlDocument)
    return text_content(body_of(doc.tree))


# -- decoding ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("declared", ["utf-8", "windows-1252", "iso-8859-1", None])
def test_utf8_bytes_decode_whatever_the_declaration(declared: str | None) -> None:
    head = f'<meta charset="{declared}">' if declared else ""
    doc = load(page(FRENCH, head).encode("utf-8"))
    assert FRENCH in body_text(doc)
    assert isinstance(doc, HtmlDocument) and doc.encoding == "utf-8"


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        "<meta charset=latin1>",
        "",  # no declaration at all: detection
    ],
)
def test_cp1252_bytes_with_typographic_quotes(head: str) -> None:
    # ISO-8859-1 declared pages holding 0x80-0x9F bytes are really windows-1252
    data = page(FRENCH, head).encode("cp1252")
    assert any(0x80 <= b <= 0x9F for b in data)
    assert FRENCH in body_text(load(data))


def test_latin1_bytes_without_c1_range() -> None:
    text = "Élève déçu à l'école, où l'on parle français"
    data = page(text, '<meta charset="ISO-8859-1">').encode("latin-1")
    assert text in body_text(load(data))


def test_http_content_type_charset_is_used() -> None:
    data = page(FRENCH).encode("cp1252")
    doc = load(data, content_type="text/html; charset=windows-1252")
    assert FRENCH in body_text(doc)


def test_http_charset_does_not_override_valid_utf8() -> None:
    data = page(FRENCH).encode("utf-8")
    assert FRENCH in body_text(load(data, content_type="text/html; charset=ISO-8859-1"))


def test_wrong_utf8_label_on_cp1252_bytes_falls_back_to_declared_meta() -> None:
    data = page(FRENCH, '<meta charset="windows-1252">').encode("cp1252")
    assert FRENCH in body_text(load(data, content_type="text/html; charset=utf-8"))


def test_strict_declared_encoding_beats_a_latin1_http_default() -> None:
    text = "Съешь же ещё этих мягких французских булок"
    data = page(text, '<meta charset="windows-1251">').encode("cp1251")
    assert text in body_text(load(data, content_type="text/html; charset=iso-8859-1"))


def test_cp1252_bytes_that_are_valid_utf8_c1_controls_follow_the_declaration() -> None:
    data = page("ÂŒuvre ÂŠ", '<meta charset="windows-1252">').encode("cp1252")
    data.decode("utf-8")  # valid UTF-8, but only as C1 control characters
    assert "ÂŒuvre ÂŠ" in body_text(load(data))


def test_mixed_encodings_keep_both_parts() -> None:
    utf8 = "Déjà vu — l’été à Noël, « ça » coûte cher."
    data = page(utf8).encode("utf-8") + page("Küche").encode("cp1252")
    text, encoding = decode(data)
    assert encoding == "utf-8+cp1252"
    assert utf8 in text and "Küche" in text


def test_a_few_accidental_utf8_pairs_do_not_make_cp1252_mixed() -> None:
    data = page("\xa0Â\xa0Â\xa0 été").encode("cp1252")  # "Â" + no-break space is valid UTF-8
    assert "Â\xa0Â" in decode(data)[0]


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_byte_order_marks(codec: str) -> None:
    data = page(FRENCH).encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    text = body_text(load(data))
    assert FRENCH in text and "\ufeff" not in text


def test_utf16_without_bom_is_recognised() -> None:
    assert FRENCH in body_text(load(page(FRENCH).encode("utf-16-le")))


def test_unknown_declared_charset_is_ignored() -> None:
    data = page(FRENCH, '<meta charset="no-such-charset">').encode("cp1252")
    assert FRENCH in body_text(load(data))


# -- input kinds ------------------------------------------------------------------------------------


def test_str_html() -> None:
    doc = load(page(FRENCH), url="https://example.fr/a")
    assert FRENCH in body_text(doc)
    assert isinstance(doc, HtmlDocument) and doc.url == "https://example.fr/a"


def test_path_and_gzipped_path(tmp_path: Path) -> None:
    plain = tmp_path / "page.html"
    plain.write_bytes(page(FRENCH, '<meta charset="windows-1252">').encode("cp1252"))
    zipped = tmp_path / "page.html.gz"
    zipped.write_bytes(gzip.compress(plain.read_bytes()))
    assert FRENCH in body_text(load(plain))
    assert FRENCH in body_text(load(zipped))


def test_missing_file_and_directory_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "absent.html")
    with pytest.raises(InputError, match="directory"):
        load(tmp_path)


def test_file_object() -> None:
    assert FRENCH in body_text(load(io.BytesIO(page(FRENCH).encode("utf-8"))))
    assert FRENCH in body_text(load(io.StringIO(page(FRENCH))))


def test_unreadable_file_object_is_an_input_error() -> None:
    closed = io.BytesIO(b"<p>x</p>")
    closed.close()
    with pytest.raises(InputError, match="cannot read the file object"):
        load(closed)


def test_lxml_tree_is_copied_not_mutated() -> None:
    tree = lxml_html.document_fromstring(page(FRENCH))
    doc = load(tree)
    assert isinstance(doc, HtmlDocument)
    body_of(doc.tree).set("data-ak", "x")
    body_of(doc.tree).clear()
    assert tree.body.get("data-ak") is None
    assert FRENCH in tree.body.text_content()
    assert FRENCH in body_text(load(tree.getroottree()))


def test_lxml_fragment_element_gets_a_page_around_it() -> None:
    div = lxml_html.fragment_fromstring(f"<div><p>{FRENCH}</p></div>")
    parent = div.getparent()
    doc = load(div)
    assert isinstance(doc, HtmlDocument)
    assert doc.tree.tag == "html" and body_of(doc.tree)[0].tag == "div"
    assert div.getparent() is parent  # the caller's element stays where it was


def test_xml_tree_with_namespaces_is_read_as_html() -> None:
    xhtml = f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{FRENCH}</p></body></html>'
    doc = load(etree.fromstring(xhtml))
    assert isinstance(doc, HtmlDocument)
    assert body_of(doc.tree) is not None and FRENCH in body_text(doc)


def test_beautifulsoup_object() -> None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page(FRENCH), "html.parser")
    assert FRENCH in body_text(load(soup))
    assert FRENCH in body_text(load(soup.find("p")))


def test_a_url_or_file_name_given_as_str_gets_a_hint(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"articlekit\.fetch"):
        load("https://www.example.fr/article.html")
    path = tmp_path / "page.html"
    path.write_text(page(FRENCH))
    with pytest.raises(InputError, match=r"pathlib\.Path"):
        load(str(path))
    assert isinstance(load("Bonjour"), TextDocument)  # one word that is neither stays a text


@pytest.mark.parametrize("bad", [None, 42, 3.5, object(), ["<p>x</p>"]])
def test_unsupported_python_types(bad: object) -> None:
    with pytest.raises(InputError, match=r"cannot extract|no page"):
        load(bad)


# -- text dumps -------------------------------------------------------------------------------------


def test_seed_text_dump_lines() -> None:
    doc = load(SEED)
    assert isinstance(doc, TextDocument)
    assert doc.lines[0].startswith("IA: Meta et IBM forment une coalition")
    assert doc.lines[1] == ""
    assert "\xa0" not in "".join(doc.lines)  # the no-break-space line is blank now
    assert any(line.startswith("Les compagnies américaines Meta et IBM") for line in doc.lines)
    assert "Articles qui pourraient vous intéresser" in doc.lines


def test_seed_bytes_and_str_give_the_same_lines() -> None:
    data = SEED.read_bytes()
    a, b = load(data), load(data.decode("utf-8"))
    assert isinstance(a, TextDocument) and isinstance(b, TextDocument)
    assert a.lines == b.lines


def test_text_lines_normalise() -> None:
    raw = "Cafe\u0301  au\tlait\n\xa0 \n\n  fin\u200b  \r\nx"
    assert text_lines(raw) == ("Café au lait", "", "", "fin", "x")


@pytest.mark.parametrize(
    "text",
    [
        "Si a < b et b > c, alors a < c.\nUne deuxième ligne.",
        "Les balises <p> sont expliquées ici.\n",
        "3 < 4\n\n« Citation » suivie de texte",
    ],
)
def test_text_with_angle_brackets_stays_text(text: str) -> None:
    assert not looks_like_html(text)
    assert isinstance(load(text), TextDocument)


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>Un paragraphe</p><p>Un autre</p>",
        "<div>Bloc</div>",
        "Texte avant <b>gras</b> et <i>italique</i>",
        "<article><custom-tag>x</custom-tag></article>",
        "<!DOCTYPE html>hello",
    ],
)
def test_html_fragments_are_html(fragment: str) -> None:
    assert looks_like_html(fragment)
    doc = load(fragment)
    assert isinstance(doc, HtmlDocument) and body_of(doc.tree) is not None


# -- rejections -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_binary_documents_are_rejected(data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedContentError, match=what):
        load(data)


@pytest.mark.parametrize("doc", ['{"title": "x", "body": "<p>y</p>"}', '  [1, 2, {"a": "<b>"}]\n'])
def test_json_documents_are_rejected(doc: str) -> None:
    with pytest.raises(UnsupportedContentError, match="JSON"):
        load(doc)
    with pytest.raises(UnsupportedContentError, match="JSON"):
        load(doc.encode())


def test_bracketed_text_is_not_json() -> None:
    assert isinstance(load("[Photo] Une légende\n\nUn paragraphe."), TextDocument)


@pytest.mark.parametrize("empty", [b"", "", b"   \n\t ", "\ufeff", codecs.BOM_UTF8, b"\x00\x00"])
def test_empty_input(empty: bytes | str) -> None:
    with pytest.raises(InputError, match="empty page"):
        load(empty)


def test_corrupt_gzip_is_rejected() -> None:
    with pytest.raises(UnsupportedContentError, match="gzip"):
        load(b"\x1f\x8b\x08\x00garbage-that-is-not-deflate")


# -- parsing safety ---------------------------------------------------------------------------------


def test_nul_and_control_bytes_are_dropped() -> None:
    doc = load(b"<html><body><p>a\x00b\x01c</p></body></html>")
    assert body_text(doc) == "abc"


def test_xml_declaration_with_encoding_in_str() -> None:
    xhtml = f'<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>{FRENCH}</p></body></html>'
    assert FRENCH in body_text(load(xhtml))
    assert FRENCH in body_text(load(xhtml.encode("utf-8")))


def test_no_entity_expansion_and_no_external_entities() -> None:
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>A &lol2; B &xxe; C</p></body></html>"
    )
    text = body_text(load(hostile))
    assert "lollol" not in text and "root:" not in text
    assert "]>" not in text
    assert text.startswith("A ") and text.endswith(" C")


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><title>Seul</title></head></html>",
        "<frameset><frame src='a.html'></frameset>",
        "<!-- rien qu'un commentaire -->",
        "<svg><text>x</text></svg>",
    ],
)
def test_every_page_gets_a_body(markup: str) -> None:
    doc = load(markup)
    assert isinstance(doc, HtmlDocument)
    assert doc.tree.tag == "html" and doc.tree.find("body") is not None


def test_big_page_is_cut_to_the_cap() -> None:
    options = Options(max_page_bytes=10_000)
    data = ("<html><body>" + "<p>Paragraphe é.</p>" * 5000 + "</body></html>").encode("utf-8")
    doc = load(data, options=options)
    assert 0 < len(body_text(doc)) < 10_000
    assert "\ufffd" not in body_text(doc)  # the cut did not split a UTF-8 sequence
    assert doc.warnings == ("page cut to its first 10000 bytes (Options.max_page_bytes)",)
    assert load(data).warnings == ()


def test_cut_page_warning_reaches_the_article(tmp_path: Path) -> None:
    options = Options(max_page_bytes=1000)
    text = "Titre\n\n" + "Un paragraphe de texte brut.\n\n" * 100
    for page_in in (text, text.encode("utf-8"), gzip.compress(text.encode("utf-8"))):
        article = extract(page_in, options=options)
        assert article.warnings == ("page cut to its first 1000 bytes (Options.max_page_bytes)",)
    assert extract(text).warnings == ()


def test_huge_text_node_is_kept() -> None:
    # libxml2 silently drops text nodes over 10 MB unless told the tree may be huge
    doc = load("<html><body><p>" + "a" * 10_500_000 + "</p><p>fin</p></body></html>")
    assert len(body_text(doc)) == 10_500_003 and body_text(doc).endswith("fin")


@pytest.mark.parametrize("depth", [200, 300, 1500])
def test_content_after_deep_nesting_is_kept(depth: int) -> None:
    # libxml2 stops at 255 levels and drops the rest of the page; load parses again in huge mode
    doc = load("<p>avant</p>" + "<div>" * depth + "fond" + "</div>" * depth + "<p>après</p>")
    assert body_text(doc) == "avantfondaprès"
    assert max(len(list(e.iterancestors())) for e in doc.tree.iter()) <= 255


def test_content_after_a_huge_attribute_is_kept() -> None:
    doc = load('<p title="' + "a" * 10_500_000 + '">x</p><p>après</p>')
    assert body_text(doc) == "xaprès"


def test_deep_nesting_is_bounded() -> None:
    doc = load("<div>" * 100_000 + "fond" + "</div>" * 100_000)
    assert isinstance(doc, HtmlDocument)
    depth, node = 0, doc.tree
    while len(node):
        node, depth = node[0], depth + 1
    assert depth < 300  # libxml2 caps the depth, so later stages never recurse 100,000 levels


def test_http_status_error_pickles_with_its_code() -> None:
    err = pickle.loads(pickle.dumps(HTTPStatusError("HTTP 404 Not Found for x", 404)))
    assert err.status_code == 404 and str(err) == "HTTP 404 Not Found for x"


# -- properties -------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_load_or_raise_an_articlekit_error(data: bytes) -> None:
    try:
        doc = load(data)
    except ArticlekitError:
        return
    assert isinstance(doc, (HtmlDocument, TextDocument))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_loads_or_raises_an_articlekit_error(text: str) -> None:
    try:
        doc = load(text)
    except ArticlekitError:
        return
    if isinstance(doc, TextDocument):
        assert all(line == line.strip() and "\n" not in line for line in doc.lines)
    else:
        assert doc.tree.tag == "html" and doc.tree.find("body") is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=PRINTABLE_CP1252, min_size=1, max_size=300))
def test_cp1252_text_round_trips_through_bytes(text: str) -> None:
    data = page(_escape(text)).encode("cp1252")
    assume(not _valid_utf8_without_c1(data))  # those bytes are read as UTF-8, by design
    doc = load(data, content_type="text/html; charset=windows-1252")
    expected = " ".join(_scrubbed(text).split())
    assert " ".join(body_text(doc).split()) == expected


def _valid_utf8_without_c1(data: bytes) -> bool:
    """True when `data` is UTF-8 holding no C1 control character."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not any(0x80 <= ord(ch) <= 0x9F for ch in text)


def _escape(text: str) -> str:
    """Escape text for HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _scrubbed(text: str) -> str:
    """The text without the control characters load drops."""
    return "".join(ch for ch in text if ch in "\t\n\r\x0c" or not (ord(ch) < 0x20 or ord(ch) == 0x7F))


FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_PAGES = sorted(p for p in FIXTURES.glob("*") if p.suffix in (".html", ".txt"))


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=lambda p: p.name)
def test_every_fixture_page_loads_as_its_kind(path: Path) -> None:
    doc = load(path)
    expected = TextDocument if path.suffix == ".txt" else HtmlDocument
    assert isinstance(doc, expected)
    text = body_text(doc) if isinstance(doc, HtmlDocument) else "\n".join(doc.lines)
    assert "\ufffd" not in text and "Ã©" not in text and "â€" not in text  # no mojibake


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(FIXTURE_PAGES),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=20),
    st.integers(min_value=0),
)
def test_mutated_fixture_pages_load_or_raise_an_articlekit_error(
    path: Path, flips: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(path.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    with contextlib.suppress(ArticlekitError):
        load(bytes(data[: cut % (len(data) + 1)]))


# -- the long-tag check ------------------------------------------------------------------------------


def _long_tag_page(prefix: int, attributes: int, tail: str) -> bytes:
    """A page with a start tag of `attributes` attributes placed `prefix` bytes in."""
    start = b"<html><body>" + b"x" * prefix
    tag = b"<p " + b" ".join(b"a%d=v" % i for i in range(attributes)) + b">"
    return start + tag + tail.encode() + b"</p></body></html>"


@pytest.mark.parametrize("prefix", [0, 1, 32_700, 32_768, 40_000, 65_530, 98_304])
@pytest.mark.parametrize("attributes", [10, 9_000, 12_000, 20_000])
def test_the_long_tag_check_agrees_with_the_full_search(prefix: int, attributes: int) -> None:
    from articlekit import load as load_module

    data = _long_tag_page(prefix, attributes, "texte")
    expected = load_module._LONG_TAG.search(data) is not None
    assert load_module._has_long_tag(data) is expected


_MARKS = st.sampled_from([b"<", b">", b"<p ", b"<div ", b"</p>"])
_RUNS = st.builds(bytes.__mul__, st.sampled_from([b"a=b ", b"xy z", b"    "]), st.integers(1, 20_000))
_AROUND = st.lists(st.one_of(_MARKS, _RUNS), max_size=6).map(b"".join)


@settings(max_examples=200, deadline=None)
@given(_AROUND, st.integers(60_000, 140_000), st.sampled_from([b">", b"<", b"/>", b""]), _AROUND)
def test_the_long_tag_check_agrees_on_any_runs(before: bytes, size: int, end: bytes, after: bytes) -> None:
    from articlekit import load as load_module

    data = before + b"<p " + b"a" * size + end + after
    assert load_module._has_long_tag(data) is (load_module._LONG_TAG.search(data) is not None)


def test_a_tag_with_many_attributes_keeps_the_first_thousand_and_the_text() -> None:
    doc = load(_long_tag_page(50_000, 20_000, "le texte"))
    p = body_of(doc.tree).find("p") if isinstance(doc, HtmlDocument) else None
    assert p is not None and len(p.attrib) == 1000 and text_content(p) == "le texte"


# -- the UTF-8 fast path -----------------------------------------------------------------------------


def _loaded(data: bytes) -> tuple[object, ...]:
    """What load() gives for `data`: the document's kind and content, or the error raised."""
    try:
        doc = load(data)
    except ArticlekitError as exc:
        return (type(exc).__name__, str(exc))
    if isinstance(doc, TextDocument):
        return ("text", doc.lines, doc.warnings)
    return ("html", etree.tostring(doc.tree), doc.encoding, doc.warnings)


def _both_ways(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """load() of `data` with the UTF-8 head path, then with the general path alone."""
    from articlekit import load as load_module

    fast = _loaded(data)
    with monkeypatch.context() as patch:
        patch.setattr(load_module, "_from_utf8_head", lambda *args: None)
        slow = _loaded(data)
    return fast, slow


_BIG = 300_000  # past the decoded head (4 x 64 K bytes)
_UTF8_CASES = {
    "ascii": b"<html><body><p>plain</p></body></html>",
    "french": page(FRENCH).encode(),
    "emoji": page("\U0001d56b " * 1000 + FRENCH).encode(),
    "blanks then html": b" " * _BIG + page(FRENCH).encode(),
    "blanks then text": b"\n" * _BIG + FRENCH.encode(),
    "accents then html": "é".encode() * _BIG + page(FRENCH).encode(),
    "text dump": (FRENCH + "\n").encode() * 10_000,
    "json": b'{"a": "' + "é".encode() * _BIG + b'"}',
    "xml declaration": b'<?xml version="1.0" encoding="utf-8"?>' + page(FRENCH).encode(),
    "dtd subset": b'<!DOCTYPE html [<!ENTITY x "boom">]>' + page("&x; " + FRENCH).encode(),
    "c1 pair": page("Â\x8c " + FRENCH, '<meta charset="windows-1252">').encode(),
    "invalid late": page(FRENCH * 20_000).encode() + b"\xe9t\xe9",
    "cut sequence at the head's end": b"<p>" + b"a" * (4 * 65536 - 4) + "€uro".encode() * 10 + b"</p>",
    "control late": page(FRENCH * 20_000).encode() + b"\x01",
    "bom": codecs.BOM_UTF8 + page(FRENCH).encode(),
    "strong tag across the prefix's end": b" " * 4090 + b"<html><body><p>" + FRENCH.encode() * 20 + b"</p>",
    "strong tag just inside the prefix": b" " * 4000 + b"<html><body><p>" + FRENCH.encode() * 20 + b"</p>",
    "accent cut at the prefix's end": b"<p>" + b"a" * 4092 + "é".encode() + b"<html>" + FRENCH.encode() * 20,
    "no strong tag, two known tags": b"<p>un</p> <p>deux</p>" + FRENCH.encode() * 300,
    "dtd subset past the prefix": page(FRENCH * 100).encode()
    + b'<!DOCTYPE x [<!ENTITY y "z">]>'
    + b"<p>&y;</p>",
    "dtd subset past the sniffed head": page("x" * 70_000).encode() + b'<!doctype x [<!ENTITY y "z">]>',
    "dtd keyword without a subset": b"<!DOCTYPE html>" + page(FRENCH).encode() + b" [ ] ",
    "xml declaration after blanks": b" \n\t" + b'<?xml version="1.0"?>' + page(FRENCH).encode(),
    "xml-like word": b"<?xmlfoo?>" + page(FRENCH).encode(),
    "unicode blanks first": "\u3000\u00a0\u2003".encode() + page(FRENCH).encode(),
}


@pytest.mark.parametrize("name", list(_UTF8_CASES))
def test_the_utf8_head_path_gives_what_the_general_path_gives(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, slow = _both_ways(_UTF8_CASES[name], monkeypatch)
    assert fast == slow


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["<p>", "</p>", "<!DOCTYPE html>", "<?xml ?>", "{", " ", "\n", "é", "€", "\U0001f600", "a"]
        ),
        max_size=30,
    ),
    st.integers(0, 3),
)
def test_the_utf8_head_path_agrees_on_any_mix(pieces: list[str], repeat: int) -> None:
    data = ("".join(pieces) * (1 + repeat * 20_000)).encode()
    from articlekit import load as load_module

    fast = _loaded(data)
    saved = load_module._from_utf8_head
    load_module._from_utf8_head = lambda *args: None  # type: ignore[assignment]
    try:
        slow = _loaded(data)
    finally:
        load_module._from_utf8_head = saved
    assert fast == slow
