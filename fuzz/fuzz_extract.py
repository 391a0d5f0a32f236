"""Coverage-guided fuzz target for articlekit.extract (atheris / libFuzzer).

Run by hand (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=600 -timeout=20 fuzz/corpus tests/fixtures

Every input is extracted twice (as bytes, and as the str a caller could pass); the only exceptions
allowed out of extract() are ArticlekitError subclasses, and every Article must render to JSON, text
and Markdown that are valid UTF-8, with JSON that parses back.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports(include=["articlekit"]):
    from articlekit import ArticlekitError, Options
    from articlekit.pipeline import extract
    from articlekit.render import render

#: no deadline: a slow input must show up in libFuzzer's -timeout report (and in -report_slow_units)
OPTIONS = Options(deadline=None)
#: the fuzzer's inputs are small; a content-type hint is taken from the first byte to vary decoding
CONTENT_TYPES = (None, "text/html; charset=windows-1252", "text/html; charset=utf-8", "text/plain")


def check(page: bytes | str, content_type: str | None) -> None:
    """Extract one page and check the contract and the rendered outputs."""
    try:
        article = extract(page, url="https://example.fr/a/b.html", content_type=content_type, options=OPTIONS)
    except ArticlekitError:
        return
    for fmt in ("json", "text", "markdown"):
        out = render(article, fmt)
        out.encode("utf-8")  # raises on a lone surrogate
        if fmt == "json":
            json.loads(out)


def TestOneInput(data: bytes) -> None:  # the name atheris calls
    """One fuzz input: the page as bytes, then decoded the way a caller holding a str would."""
    if not data:
        return
    content_type = CONTENT_TYPES[data[0] % len(CONTENT_TYPES)]
    page = data[1:]
    check(page, content_type)
    # surrogateescape leaves lone surrogates in the str: they must never reach the JSON output
    check(page.decode("utf-8", "surrogateescape" if data[0] & 1 else "replace"), None)


def main() -> None:
    """Hand the target to libFuzzer with the command-line arguments."""
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
