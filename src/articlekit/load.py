"""Load stage: any accepted page (bytes, str, Path, lxml tree, soup, text dump) → a Document."""

from __future__ import annotations

import codecs
import copy
import itertools
import json
import os
import re
import threading
import unicodedata
import zlib
from typing import Any, NamedTuple

from lxml import etree
from lxml import html as lxml_html

from .document import Document, HtmlDocument, TextDocument
from .errors import InputError, UnsupportedContentError
from .options import DEFAULT_OPTIONS, Options
from .tree import Element, text_content

# -- byte signatures of documents that are not pages ------------------------------------------
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
)
_GZIP_MAGIC = b"\x1f\x8b"
#: bytes that never occur in a text page; a sample with more than this share of them is binary
_CONTROL_BYTES = bytes((*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F))
_EACH_CONTROL_BYTE = tuple(bytes((byte,)) for byte in _CONTROL_BYTES)
_MAX_CONTROL_SHARE = 0.08
_BLANK_BYTES = b" \t\n\r\f\v\x00"
_SNIFF_BYTES = 4096

# -- declared encodings -------------------------------------------------------------------------
_DECLARED_SCAN_BYTES = 32 * 1024  # meta charset often comes after large inline scripts
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:+-]+)", re.I)
_XML_ENCODING = re.compile(rb"^\s*<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:+-]+)", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:+-]+)", re.I)
#: labels browsers read as a superset (WHATWG Encoding Standard); ISO-8859-1 pages are really cp1252
_SUPERSETS = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}
#: single-byte encodings that decode anything: tried only after every stricter declaration
_CATCH_ALL = "cp1252"
_SURROGATES = re.compile("[\udc80-\udcff]+")
_MIXED = "utf-8+cp1252"  # the encoding reported for UTF-8 pages holding stray windows-1252 bytes
_MIXED_MIN_RATIO = 4  # valid UTF-8 characters per stray byte for a page to count as mixed UTF-8
_UTF8_C1 = re.compile(b"\xc2[\x80-\x9f]")
#: C2 bytes tried one by one before the C1 regex searches the rest (a page holds 20 on average)
_C2_TRIES = 64

# -- decoded text --------------------------------------------------------------------------------
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*>")
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.I | re.S)
_SPACES = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b\ufeff]")
_HTML_SNIFF_CHARS = 64 * 1024
#: bytes decoded to sniff a UTF-8 page: _HTML_SNIFF_CHARS characters even if all take 3 bytes
_HEAD_BYTES = 4 * _HTML_SNIFF_CHARS
_PIECE_BYTES = 16 * 1024  # what a whole-page check looks at at a time, to copy no page-sized buffer
#: the prefix _plainly_html decides from, and how much of it must follow the leading blanks
_PREFIX_BYTES = 4096
_PREFIX_MIN_CHARS = 64
#: a necessary condition for _DOCTYPE_SUBSET, on bytes (only ASCII letters fold to DOCTYPE's)
_DTD_SUBSET_BYTES = re.compile(rb"<!(?i:doctype)[^\[>]*\[")
#: "!" bytes tried one by one before _DTD_SUBSET_BYTES searches the rest (113 in a page's head on average)
_BANG_TRIES = 256
_LT = ord("<")
_XML_START = re.compile(r"^\s*<\?xml\b")
_STRONG_TAG = re.compile(r"<(?:!doctype\b|!--|html\b|head\b|body\b|meta\b|title\b)", re.I)
_KNOWN_TAG = re.compile(
    r"</?(?:a|abbr|article|aside|audio|b|blockquote|body|br|button|center|cite|code|dd|div|dl|dt|em|"
    r"figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hr|html|i|iframe|img|input|"
    r"label|li|link|main|meta|nav|noscript|ol|option|p|picture|pre|q|script|section|select|small|"
    r"source|span|strong|style|sub|sup|svg|table|tbody|td|textarea|th|thead|time|title|tr|u|ul|video)"
    r"(?=[\s/>])[^<>]*>",
    re.I,
)
_MARKUP_START = re.compile(r"\s*<[A-Za-z!?/]")  # "<p", "<!--", "<?xml", "</": not "<3" nor "< b"
_ONE_WORD = re.compile(r"^\S+$")
_VISIBLE = re.compile(r"\S")  # the same whitespace as str.strip(): both use Py_UNICODE_ISSPACE
_MAX_NAME_CHARS = 4096
#: deepest nesting kept after a huge-mode parse: the default parse stops at 255 levels as well
_MAX_DEPTH = 250
_EMPTY_PAGE = "<html><body></body></html>"
#: a start tag over 64 KB: it may hold so many attributes that libxml2 takes minutes to parse it
_LONG_TAG_BYTES = 65536
_LONG_TAG = re.compile(rb"(<[A-Za-z][\w:-]*)(\s[^<>]{%d,})>" % _LONG_TAG_BYTES)
#: a run of _LONG_TAG_BYTES bytes holds a whole aligned window of half that size
_LONG_TAG_WINDOW = _LONG_TAG_BYTES // 2
_ATTRIBUTE = re.compile(rb"""[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]*))?""")
_MAX_ATTRIBUTES = 1000
_TAG_BYTES = re.compile(rb"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
_VOID_TAGS = frozenset(b"area base br col embed hr img input link meta param source track wbr".split())
#: tags whose end the parser implies (a new <p> closes the last): counting them would overstate depth
_IMPLIED_END_TAGS = frozenset(b"p li dt dd tr td th option thead tbody tfoot".split())


def load(
    page: Any,
    *,
    url: str | None = None,
    content_type: str | None = None,
    options: Options | None = DEFAULT_OPTIONS,
) -> Document:
    """Turn `page` into an HtmlDocument (one parse) or a TextDocument (a plain-text dump)."""
    options = options or DEFAULT_OPTIONS
    if page is None:
        raise InputError("no page given (None)")
    if isinstance(page, (bytes, bytearray, memoryview)):
        return _parsed(_from_bytes(bytes(page), url, content_type, options))
    if isinstance(page, str):
        _refuse_a_name(page)
        return _parsed(_from_text(page, url, None, options))
    if isinstance(page, os.PathLike):
        return _parsed(_from_bytes(_read_path(page, options), url, content_type, options))
    if isinstance(page, (etree._Element, etree._ElementTree)):
        return _from_tree(page, url)
    if type(page).__module__.split(".")[0] == "bs4" and hasattr(page, "decode"):
        return _parsed(_markup(_scrub(_soup_markup(page)), url, None))
    if callable(getattr(page, "read", None)):
        return load(_read_file_object(page, options), url=url, content_type=content_type, options=options)
    raise InputError(
        f"cannot extract from a {type(page).__name__}: give bytes, str, a pathlib.Path, "
        "an lxml tree or element, a BeautifulSoup object or a file object"
    )


def _refuse_a_name(page: str) -> None:
    """Raise a helpful InputError for a str that is a URL or a file name rather than a page."""
    if len(page) > _MAX_NAME_CHARS or not _ONE_WORD.match(page):
        return
    if page.lower().startswith(("http://", "https://")):
        raise InputError(f"got a URL, not a page: use articlekit.fetch({page!r}) to download it")
    if os.path.isfile(page):
        raise InputError(f"got a file name, not a page: pass pathlib.Path({page!r}) to read the file")


# -- bytes ---------------------------------------------------------------------------------------


def _read_path(path: os.PathLike[Any], options: Options) -> bytes:
    """Read at most one byte more than the page cap from a file, as InputError when unreadable."""
    try:
        with open(path, "rb") as fh:
            return fh.read(options.max_page_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"no such file: {os.fspath(path)}") from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not a page: {os.fspath(path)}") from None
    except OSError as exc:
        raise InputError(f"cannot read {os.fspath(path)}: {exc.strerror or exc}") from None


def _read_file_object(fh: Any, options: Options) -> Any:
    """Read an open file object up to the page cap, as InputError when it cannot be read."""
    try:
        return fh.read(options.max_page_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: read from a closed file
        raise InputError(f"cannot read the file object: {exc}") from None


def _soup_markup(soup: Any) -> str:
    """Serialise a BeautifulSoup object or tag back to markup, to parse it with lxml."""
    try:
        return str(soup)
    except RecursionError:
        raise InputError("the BeautifulSoup tree is too deeply nested to convert") from None


class _Markup(NamedTuple):
    """An HTML page ready for its one parse: UTF-8 bytes (the decoded text itself is gone by then)."""

    source: bytes
    url: str | None
    encoding: str | None
    warnings: tuple[str, ...]


def _parsed(found: TextDocument | _Markup) -> Document:
    """Parse the markup that loading found (a text dump is done already)."""
    if isinstance(found, TextDocument):
        return found
    tree = _with_body(_parse_bytes(found.source))
    return HtmlDocument(tree=tree, url=found.url, encoding=found.encoding, warnings=found.warnings)


def _from_bytes(
    data: bytes, url: str | None, content_type: str | None, options: Options
) -> TextDocument | _Markup:
    """Reject non-pages, then decode the bytes and read the text (the decoded str ends here)."""
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, options.max_page_bytes)
    warnings = (_cut_warning(options),) if len(data) > options.max_page_bytes else ()
    data = _cut_bytes(data, options.max_page_bytes)
    if not data[:256].strip(_BLANK_BYTES) and not data.strip(_BLANK_BYTES):
        raise InputError("empty page")
    marked = _bom_encoding(data) or _utf16_without_bom(data)  # read once for both tests below
    _reject_binary(data, marked)
    # control bytes are found far faster in bytes than in the decoded str (UTF-16/32 hold NULs)
    wide = (marked or "utf-8").startswith(("utf-16", "utf-32"))
    controls = wide or _has_control_bytes(data)
    if not controls and not data.startswith(codecs.BOM_UTF8):
        found = _from_utf8_head(data, url, warnings)
        if found is not None:
            return found
    text, encoding = decode(data, content_type)
    # the page's own bytes, when they are exactly the UTF-8 of `text`, spare re-encoding it to parse
    exact = encoding == "utf-8" and not controls and not data.startswith(codecs.BOM_UTF8)
    return _from_text(
        text,
        url,
        encoding,
        options,
        controls=controls,
        surrogates=False,
        warnings=warnings,
        raw=data if exact else None,
    )


def _has_control_bytes(data: bytes) -> bool:
    """Tell whether `data` holds a control byte, looking for each one in turn (no copy of the page)."""
    # memchr finds one byte value so much faster than translate() reads every byte that 28 passes
    # cost half of one (41 vs 81 us for an average corpus page)
    return any(map(data.__contains__, _EACH_CONTROL_BYTE))


def _from_utf8_head(data: bytes, url: str | None, warnings: tuple[str, ...]) -> _Markup | None:
    """The common case, HTML in valid UTF-8 without control bytes, read from its head alone; else None.

    What _from_text and _markup decide for such a page (the page is HTML, has no XML declaration
    nor DTD subset to cut) depends only on its first _HTML_SNIFF_CHARS characters after the leading
    blanks; the page then goes to lxml as it is. Decoding the whole page to a str, as the general
    path does, would hold up to 4 bytes per character (6 while decoding) at the peak of the load.
    Any other page (a text dump, JSON, a declaration to cut, an undecidable head) returns None.
    """
    if not _all_utf8(data):
        return None
    if _plainly_html(data) or _sniffed_html(data):
        return _Markup(data, url, "utf-8", warnings)
    return None


def _all_utf8(data: bytes) -> bool:
    """Tell whether decode() would read all of `data` as UTF-8 (strict, no C1), decoding a piece at a time."""
    if data.isascii():
        return True
    if _has_c1(data):
        return False  # decode() weighs the declared encodings then
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), _PIECE_BYTES):
            decoder.decode(data[start : start + _PIECE_BYTES])  # each piece dropped at once
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _has_c1(data: bytes) -> bool:
    """Tell whether _UTF8_C1 matches in `data`, trying it only where a C2 byte is (memchr finds them)."""
    # the regex engine steps byte by byte; most pages hold a few C2 bytes (no-break spaces,
    # guillemets): past _C2_TRIES of them, the regex searches the rest of the page itself
    at = data.find(b"\xc2")
    for _ in range(_C2_TRIES):
        if at < 0:
            return False
        if _UTF8_C1.match(data, at):
            return True
        at = data.find(b"\xc2", at + 1)
    return at >= 0 and _UTF8_C1.search(data, at) is not None


def _has_dtd_subset_bytes(data: bytes) -> bool:
    """Tell whether _DTD_SUBSET_BYTES matches in the first _HEAD_BYTES of `data`, tried only after "<!"."""
    # a match starts at "<!": the "!" bytes (memchr finds them) are far fewer than the regex's steps;
    # past _BANG_TRIES of them, the regex searches the rest of the head itself
    end = _HEAD_BYTES
    at = data.find(b"!", 1, end)
    for _ in range(_BANG_TRIES):
        if at < 0:
            return False
        if data[at - 1] == _LT and _DTD_SUBSET_BYTES.match(data, at - 1, end):
            return True
        at = data.find(b"!", at + 1, end)
    return at >= 0 and _DTD_SUBSET_BYTES.search(data, at - 1, end) is not None


def _plainly_html(data: bytes) -> bool:
    """Decide from the first few KB that a UTF-8 page is HTML as _from_text would (False: undecided).

    Exact because each test reads no further than the prefix: the first visible character, the
    XML declaration's start, one strong tag ending inside the prefix (_STRONG_TAG finds it in the
    sniffed head too) and, over bytes covering the first _HTML_SNIFF_CHARS characters, an ASCII test
    that any DTD subset _DOCTYPE_SUBSET could find passes (no other character folds to DOCTYPE's).
    """
    prefix = _head_chars(data, _PREFIX_BYTES)
    visible = _VISIBLE.search(prefix)
    if visible is None:
        return False
    start = visible.start()
    if len(prefix) - start < _PREFIX_MIN_CHARS and len(data) > _PREFIX_BYTES:
        return False
    if prefix[start] in "{[" or _XML_START.match(prefix):
        return False
    tag = _STRONG_TAG.search(prefix, start)
    if tag is None or (tag.end() >= len(prefix) and len(data) > _PREFIX_BYTES):
        return False
    return not _has_dtd_subset_bytes(data)


def _sniffed_html(data: bytes) -> bool:
    """Decide from the first _HTML_SNIFF_CHARS characters (after the blanks) that a UTF-8 page is HTML."""
    head = _head_chars(data, _HEAD_BYTES)
    visible = _VISIBLE.search(head)
    if visible is None:
        return False
    start = visible.start()
    sniffed = head[start : start + _HTML_SNIFF_CHARS]
    if len(sniffed) < _HTML_SNIFF_CHARS and len(data) > _HEAD_BYTES:
        return False  # the head might be too short to decide: only a whole-page reading can
    if sniffed[0] in "{[" or _XML_START.match(head) or not looks_like_html(sniffed):
        return False
    return _DOCTYPE_SUBSET.search(head, 0, _HTML_SNIFF_CHARS) is None


def _head_chars(data: bytes, size: int) -> str:
    """The characters in the first `size` bytes of valid UTF-8 `data` (less a character cut at the end)."""
    if len(data) <= size:
        return data.decode("utf-8")
    return codecs.getincrementaldecoder("utf-8")().decode(data[:size])


def _cut_warning(options: Options) -> str:
    """The warning an Article carries when its page was cut to the size cap."""
    return f"page cut to its first {options.max_page_bytes} bytes (Options.max_page_bytes)"


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip bytes (a saved .html.gz), never inflating past `limit` bytes."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise UnsupportedContentError(f"corrupt gzip data: {exc}") from None
    return out


def _cut_bytes(data: bytes, limit: int) -> bytes:
    """Cut `data` to `limit` bytes without splitting a UTF-8 sequence at the end."""
    if len(data) <= limit:
        return data
    end = limit
    while end > 0 and limit - end < 4 and (data[end] & 0xC0) == 0x80:
        end -= 1
    return data[:end]


def _reject_binary(data: bytes, marked: str | None) -> None:
    """Raise UnsupportedContentError for PDFs, images, archives and other binary data.

    `marked`: the encoding a BOM or UTF-16's NUL bytes show (such text holds control bytes).
    """
    head = data[:64].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UnsupportedContentError(f"the input is {what}, not a web page")
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        raise UnsupportedContentError("the input is a WebP image, not a web page")
    if marked:
        return
    sample = data[:_SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise UnsupportedContentError("the input looks like binary data, not a web page or text")


# -- decoding ------------------------------------------------------------------------------------


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return the text and the encoding used (BOM, UTF-8, declared, detected)."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, "replace").lstrip("\ufeff"), bom
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, "replace"), utf16
    try:
        # strict UTF-8 beats any declaration: wrong labels are common, and text in another
        # encoding is practically never valid UTF-8 by chance ...
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # ... unless it decodes to C1 controls, which real text never holds ("Â\x8c" is cp1252 "ÂŒ")
        declared = _declared_encodings(data, content_type) if _UTF8_C1.search(data) else []
        return _first_strict(data, declared) or (text, "utf-8")
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, _MIXED
    return _first_strict(data, _declared_encodings(data, content_type)) or _detect(data)


def _first_strict(data: bytes, encodings: list[str]) -> tuple[str, str] | None:
    """Decode with the first of `encodings` that reads every byte, if one does."""
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _bom_encoding(data: bytes) -> str | None:
    """Return the encoding named by the byte-order mark `data` starts with, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16 text without a BOM by its NUL byte on every other position."""
    sample = data[:512]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """Decode UTF-8 text holding a few stray single-byte characters (mixed encodings), if it is that."""
    text = data.decode("utf-8", "surrogateescape")
    strays = sum(len(m) for m in _SURROGATES.findall(text))
    good = len(text) - len(text.encode("ascii", "ignore")) - strays
    # single-byte text forms valid UTF-8 pairs only by accident ("Â" + no-break space): a few at
    # most, against a stray byte for nearly every accent
    if good < _MIXED_MIN_RATIO * strays:
        return None
    return _SURROGATES.sub(lambda m: _lenient_cp1252(bytes(ord(c) - 0xDC00 for c in m.group())), text)


def _lenient_cp1252(data: bytes) -> str:
    """Decode windows-1252, reading its five undefined bytes as ISO-8859-1 does (never fails)."""
    text = data.decode(_CATCH_ALL, "surrogateescape")
    return _SURROGATES.sub(lambda m: "".join(chr(ord(c) - 0xDC00) for c in m.group()), text)


def _declared_encodings(data: bytes, content_type: str | None) -> list[str]:
    """Return the encodings the HTTP header and the page declare, strict ones before cp1252."""
    labels: list[str] = []
    if content_type:
        found = _HEADER_CHARSET.search(content_type)
        if found:
            labels.append(found.group(1))
    head = data[:_DECLARED_SCAN_BYTES]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        found_b = pattern.search(head)
        if found_b:
            labels.append(found_b.group(1).decode("ascii"))
    names = [n for n in (_normalise_encoding(label) for label in labels) if n and n != "utf-8"]
    ordered = sorted(dict.fromkeys(names), key=lambda n: n == _CATCH_ALL)
    return ordered


def _normalise_encoding(label: str) -> str | None:
    """Map an encoding label to the Python codec browsers would really use, or None if unknown."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a declaration readable as ASCII cannot be UTF-16: browsers read UTF-8
    return _SUPERSETS.get(name, name)


def _detect(data: bytes) -> tuple[str, str]:
    """Guess the encoding of undeclared non-UTF-8 bytes (bs4's detection), else windows-1252."""
    from bs4.dammit import UnicodeDammit  # only undeclared, non-UTF-8 pages pay for bs4

    dammit = UnicodeDammit(data, known_definite_encodings=[], is_html=True)
    guess = _normalise_encoding(dammit.original_encoding or "")
    if guess and guess not in ("utf-8", _CATCH_ALL):
        try:
            return data.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            pass
    return _lenient_cp1252(data), _CATCH_ALL


# -- text ----------------------------------------------------------------------------------------


def _scrub(text: str, *, controls: bool = True, surrogates: bool = True) -> str:
    """Drop NUL and other control characters and lone surrogates, which no page legitimately holds."""
    if controls and _CONTROL_CHARS.search(text):
        text = _CONTROL_CHARS.sub("", text)
    if surrogates:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _from_text(
    text: str,
    url: str | None,
    encoding: str | None,
    options: Options,
    *,
    controls: bool = True,
    surrogates: bool = True,
    warnings: tuple[str, ...] = (),
    raw: bytes | None = None,
) -> TextDocument | _Markup:
    """Read decoded text: reject JSON, split a plain-text dump into lines, else ready the HTML to parse."""
    if len(text) > options.max_page_bytes:
        text, raw = text[: options.max_page_bytes], None
        warnings = (_cut_warning(options),)
    text = _scrub(text.lstrip("\ufeff"), controls=controls, surrogates=surrogates)
    # where text.strip() would start, without copying the page to strip it
    visible = _VISIBLE.search(text)
    if visible is None:
        raise InputError("empty page")
    start = visible.start()
    if text[start] in "{[" and _is_json(text.strip()):
        raise UnsupportedContentError("the input is a JSON document, not a web page")
    if not looks_like_html(text[start : start + _HTML_SNIFF_CHARS]):
        return TextDocument(lines=text_lines(text), url=url, warnings=warnings)
    return _markup(text, url, encoding, warnings, raw)


def _is_json(text: str) -> bool:
    """Return True when `text` is a JSON object or array."""
    if text[-1] not in "}]":
        return False
    try:
        return isinstance(json.loads(text), (dict, list))
    except ValueError:
        return False


def looks_like_html(text: str) -> bool:
    """Tell HTML (a whole page or a fragment) from a plain-text dump that may contain '<'."""
    head = text[:_HTML_SNIFF_CHARS]
    if _STRONG_TAG.search(head):
        return True
    tags = _KNOWN_TAG.finditer(head)
    if next(tags, None) is not None and next(tags, None) is not None:
        return True  # two tags: one could be a text quoting "<p>", two are markup
    return _MARKUP_START.match(head) is not None


def text_lines(text: str) -> tuple[str, ...]:
    """Split a text dump into NFC lines with whitespace runs collapsed; blank lines kept as ""."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return tuple(_SPACES.sub(" ", line).strip() for line in text.splitlines())


# -- HTML ----------------------------------------------------------------------------------------


def _markup(
    text: str,
    url: str | None,
    encoding: str | None,
    warnings: tuple[str, ...] = (),
    raw: bytes | None = None,
) -> _Markup:
    """The UTF-8 bytes lxml will parse for an HTML text (`raw`: the page's own bytes if they are that)."""
    declaration = _XML_DECLARATION.match(text)
    if declaration:
        # its encoding label no longer applies: the text is decoded already
        text, raw = text[declaration.end() :], None
    subset = _DOCTYPE_SUBSET.search(text, 0, _HTML_SNIFF_CHARS)
    if subset:
        # an internal DTD subset (entity definitions) would otherwise leak into the body as text
        text, raw = text[: subset.start()] + text[subset.end() :], None
    # lxml parses UTF-8 bytes faster than a str, even counting the encoding
    source = raw if raw is not None else text.encode("utf-8", "replace")
    return _Markup(source, url, encoding, warnings)


def _parse_bytes(source: bytes) -> Element:
    """Parse UTF-8 bytes within libxml2's limits, or again in huge mode when the page goes past them."""
    if _has_long_tag(source):
        source = _LONG_TAG.sub(_fewer_attributes, source)
    parser = _thread_parser()
    try:
        root = lxml_html.document_fromstring(source, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return lxml_html.document_fromstring(_EMPTY_PAGE, parser=parser)
    last = parser.error_log.last_error
    if last is None or last.type != etree.ErrorTypes.ERR_RESOURCE_LIMIT:
        return root
    # past a limit (nesting over 255 levels, a text node or attribute over 10 MB) libxml2 drops
    # the rest of the page silently; huge mode keeps it, and what is too deep is flattened after
    huge = _html_parser(huge=True)
    try:
        root = lxml_html.document_fromstring(source, parser=huge)
        last = huge.error_log.last_error
        if last is not None and last.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            # even huge mode stops at 2048 levels: drop the markup nested deeper, keep its text
            root = lxml_html.document_fromstring(_shallow_markup(source), parser=_html_parser(huge=True))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return root
    _flatten_deep(root, _MAX_DEPTH)
    return root


def _has_long_tag(source: bytes) -> bool:
    """Tell whether _LONG_TAG matches somewhere, without running it over every tag of the page."""
    # a match holds a run of _LONG_TAG_BYTES bytes free of "<" and ">", so a whole aligned window
    # free of both, and it starts at the last "<" before that window: only there can it match
    for window in range(0, len(source) - _LONG_TAG_WINDOW + 1, _LONG_TAG_WINDOW):
        end = window + _LONG_TAG_WINDOW
        if (
            source.find(b">", window, end) < 0
            and source.find(b"<", window, end) < 0
            and _LONG_TAG.match(source, max(0, source.rfind(b"<", 0, window)))
        ):
            return True
    return False


def _fewer_attributes(tag: re.Match[bytes]) -> bytes:
    """Keep the first _MAX_ATTRIBUTES attributes of a start tag (libxml2 is quadratic in their number)."""
    attributes = _ATTRIBUTE.finditer(tag.group(2))
    kept = [a.group() for a in itertools.islice(attributes, _MAX_ATTRIBUTES)]
    if next(attributes, None) is None:
        return tag.group()  # a few long attributes (an inline JSON blob): nothing to cut
    return tag.group(1) + b" " + b" ".join(kept) + b">"


def _shallow_markup(source: bytes) -> bytes:
    """Drop the tags that open deeper than _MAX_DEPTH (and their end tags), keeping all the text."""
    out: list[bytes] = []
    depth, last = 0, 0
    dropped: dict[bytes, int] = {}  # tags dropped and not closed yet, by name
    for tag in _TAG_BYTES.finditer(source):
        name = tag.group(2).lower()
        if name in _VOID_TAGS or tag.group(3) or name in _IMPLIED_END_TAGS:
            continue  # they never nest deeper: the parser closes them itself
        if tag.group(1):  # an end tag
            if dropped.get(name):
                dropped[name] -= 1
                out.append(source[last : tag.start()])
                last = tag.end()
            else:
                depth = max(0, depth - 1)
        elif depth >= _MAX_DEPTH:
            dropped[name] = dropped.get(name, 0) + 1
            out.append(source[last : tag.start()] + b" ")
            last = tag.end()
        else:
            depth += 1
    out.append(source[last:])
    return b"".join(out)


#: lxml's plain C element proxies: lxml.html's HtmlElement is a Python subclass (with a __dict__)
#: whose proxies cost more to make, and lxml makes one each time a stage touches an element
_ELEMENT_LOOKUP = etree.ElementDefaultClassLookup()


#: each thread's parser for ordinary pages: a parser is not thread-safe, but one thread parses one
#: page at a time, and its error log is emptied by each parse (making a parser costs ~10 us a page)
_PARSERS = threading.local()


def _thread_parser() -> lxml_html.HTMLParser:
    """The calling thread's parser for pages within libxml2's limits, made on its first page."""
    parser: lxml_html.HTMLParser | None = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = _html_parser(huge=False)
    return parser


def _html_parser(*, huge: bool) -> lxml_html.HTMLParser:
    """A fresh lxml HTML parser reading UTF-8, never touching the network (parsers are not thread-safe)."""
    # no stage looks an element up by its id (XPath id(), getElementById): libxml2 need not index them
    parser = lxml_html.HTMLParser(
        encoding="utf-8", no_network=True, huge_tree=huge, default_doctype=False, collect_ids=False
    )
    # lxml.html's default lookup is Python code run for every element proxy, and its classes are
    # Python subclasses: plain C proxies are much cheaper (the stages use only etree._Element's API)
    parser.set_element_class_lookup(_ELEMENT_LOOKUP)
    return parser


def _flatten_deep(root: Element, max_depth: int) -> None:
    """Replace the content of elements at `max_depth` by its text, so no stage walks deeper."""
    stack = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        if depth < max_depth:
            stack.extend((child, depth + 1) for child in element)
            continue
        if len(element):
            text = text_content(element)
            for child in list(element):
                element.remove(child)
            element.text = text


def _with_body(root: Element) -> Element:
    """Return an <html> root that has a <body> (framesets and head-only pages get an empty one)."""
    if root.tag != "html":
        html = _empty_page()
        html[0].append(root)
        root = html
    if root.find("body") is None:
        root.append(root.makeelement("body", {}))
    return root


def _from_tree(page: etree._Element | etree._ElementTree, url: str | None) -> Document:
    """Copy a caller's lxml tree or element (the pipeline labels its own tree in place)."""
    element = page.getroot() if isinstance(page, etree._ElementTree) else page
    if element is None or not isinstance(element.tag, str):
        raise InputError("the lxml tree has no element to extract from")
    if not isinstance(element, lxml_html.HtmlElement):
        # an XML/XHTML tree (namespaced tags), or any tree of plain etree elements: re-read it as HTML
        # (the pages load parses itself hold plain elements, but a caller's are not known to be HTML)
        return _parsed(_markup(etree.tostring(element, encoding="unicode"), url, None))
    element = copy.deepcopy(element)
    element.tail = None
    if element.tag == "html":
        return HtmlDocument(tree=_with_body(element), url=url)
    html = _empty_page()
    html[0].append(element)
    return HtmlDocument(tree=html, url=url)


def _empty_page() -> Element:
    """An <html> root holding one empty <body> (its only child), of the parser's plain elements."""
    return lxml_html.document_fromstring(_EMPTY_PAGE, parser=_thread_parser())  # type: ignore[no-any-return]


__all__ = ["decode", "load", "looks_like_html", "text_lines"]
