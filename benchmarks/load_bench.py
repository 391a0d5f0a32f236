"""Measure the load stage on a corpus folder: decoding accuracy and speed, against plain lxml.

    python benchmarks/load_bench.py CORPUS_DIR [--limit N] [--passes 3]

Accuracy: for each page whose gold text (``truth.body``, else ``truth.with``) holds non-ASCII
words, up to 30 distinct such words of 3+ characters are looked up (NFC) in the text of the
loaded page; a page whose encoding was guessed wrong loses them (mojibake). Compared with
lxml's own decoding of the bytes and with bs4's UnicodeDammit followed by lxml.

Speed: CPU milliseconds per page (``time.process_time``: other jobs on a shared machine do not
inflate it), best of ``--passes`` passes over the pages held in memory, the two alternating, for
``articlekit.load.load(bytes)`` and for ``lxml.html.document_fromstring(bytes)`` (the floor: one
parse, no decoding decisions).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from lxml import html as lxml_html

from articlekit.document import HtmlDocument
from articlekit.load import load
from articlekit.tree import text_content

_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f\s]\w*")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_MAX_WORDS = 30


def _read(corpus: Path, limit: int | None) -> list[tuple[bytes, str]]:
    """Return (page bytes, gold text) for the corpus rows."""
    out = []
    with open(corpus / "index.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            truth = row.get("truth", {})
            gold = truth.get("body") or " ".join(truth.get("with") or [])
            raw = (corpus / row["file"]).read_bytes()
            out.append((gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw, gold))
            if limit and len(out) >= limit:
                break
    return out


def _words(gold: str) -> list[str]:
    """The distinct non-ASCII words of a gold text, in order, at most _MAX_WORDS."""
    words = [w for w in _NON_ASCII_WORD.findall(unicodedata.normalize("NFC", gold)) if len(w) >= 3]
    return list(dict.fromkeys(words))[:_MAX_WORDS]


def _text_articlekit(data: bytes) -> str:
    """Visible text after articlekit's load."""
    doc = load(data)
    return text_content(doc.tree) if isinstance(doc, HtmlDocument) else "\n".join(doc.lines)


def _text_lxml(data: bytes) -> str:
    """Visible text after lxml's own decoding."""
    return str(lxml_html.document_fromstring(data).text_content())


def _text_dammit(data: bytes) -> str:
    """Visible text after bs4's UnicodeDammit, then lxml."""
    from bs4.dammit import UnicodeDammit

    markup = UnicodeDammit(data, is_html=True).unicode_markup or ""
    return str(lxml_html.document_fromstring(_XML_DECLARATION.sub("", markup)).text_content())


DECODERS: dict[str, Callable[[bytes], str]] = {
    "articlekit.load": _text_articlekit,
    "lxml (own detection)": _text_lxml,
    "UnicodeDammit + lxml": _text_dammit,
}


def accuracy(pages: list[tuple[bytes, str]]) -> None:
    """Print, per decoder, the share of gold non-ASCII words found and of pages with all of them."""
    judged = [(data, words) for data, gold in pages if (words := _words(gold))]
    total = sum(len(words) for _, words in judged)
    print(f"accuracy: {len(judged)} pages with non-ASCII gold words, {total} words")
    for name, decoder in DECODERS.items():
        found = perfect = 0
        for data, words in judged:
            text = unicodedata.normalize("NFC", decoder(data))
            hits = sum(1 for w in words if w in text)
            found, perfect = found + hits, perfect + (hits == len(words))
        print(f"  {name:24s} words {found}/{total} = {found / total:.2%}, pages {perfect}/{len(judged)}")


def speed(pages: list[tuple[bytes, str]], passes: int) -> None:
    """Print CPU milliseconds per page, best of `passes`, for load and for a bare lxml parse."""
    runs: dict[str, Callable[[bytes], object]] = {
        "lxml.html.document_fromstring": lxml_html.document_fromstring,
        "articlekit.load.load": load,
    }
    best = dict.fromkeys(runs, float("inf"))
    for n in range(passes):
        for name, run in runs.items() if n % 2 == 0 else reversed(runs.items()):
            start = time.process_time()
            for data, _gold in pages:
                run(data)
            best[name] = min(best[name], time.process_time() - start)
    print(f"speed: CPU time, best of {passes} passes over {len(pages)} pages")
    for name, seconds in best.items():
        print(f"  {name:32s} {seconds / len(pages) * 1000:.2f} ms/page")


def main() -> None:
    """Parse arguments and print both measures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    pages = _read(args.corpus, args.limit)
    accuracy(pages)
    speed(pages, args.passes)


if __name__ == "__main__":
    main()
