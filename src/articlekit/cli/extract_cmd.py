"""`articlekit extract PAGE`: one page (file, URL or -) to JSON, text or Markdown on stdout."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

_URL_SCHEMES = ("http://", "https://")
_FORMATS = ("json", "text", "markdown")
#: "www.example.fr/article" given without a scheme: the user most likely meant a URL
_LOOKS_LIKE_HOST = re.compile(r"^(?:www\.[\w.-]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)", re.I)


def register(sub: Any) -> None:
    """Add the `extract` subcommand to the parser."""
    p: argparse.ArgumentParser = sub.add_parser(
        "extract",
        help="extract one page (file, URL or -) to JSON, text or Markdown",
        description="Extract one page and print it on stdout. PAGE is a file (HTML, a plain-text "
        "dump of a page, or either gzipped), an http(s) URL to fetch, or - to read stdin.",
    )
    p.add_argument("page", metavar="PAGE", help="a file, an http(s) URL, or - for stdin")
    p.add_argument("-f", "--format", choices=_FORMATS, default="json", help="output format (default: json)")
    p.add_argument("--url", help="the URL a file or stdin page was served from (resolves its links)")
    p.add_argument(
        "--content-type",
        metavar="TYPE",
        help='the HTTP Content-Type the page was served with, e.g. "text/html; charset=windows-1252"',
    )
    p.add_argument(
        "--timeout",
        type=_positive,
        default=None,
        metavar="SECONDS",
        help="seconds a URL fetch may take (default: 20)",
    )
    p.add_argument("--no-quotes", action="store_true", help="skip quotes, speakers and sources")
    p.set_defaults(run=run)


def _positive(value: str) -> float:
    """Parse a positive number of seconds for argparse."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return number


def run(args: argparse.Namespace) -> int:
    """Extract the page named on the command line and print it in the chosen format."""
    from ..options import Options
    from ..render import render

    options = Options(quotes=not args.no_quotes)
    article = _extract(args, options)
    write_out(render(article, args.format))
    return 0


def _extract(args: argparse.Namespace, options: Any) -> Any:
    """Fetch a URL, or read a file or stdin, and extract its Article."""
    from pathlib import Path

    from ..pipeline import extract

    page: str = args.page
    if page.startswith(_URL_SCHEMES):
        from ..fetching import DEFAULT_TIMEOUT, fetch

        return fetch(page, timeout=args.timeout or DEFAULT_TIMEOUT, options=options)
    # stdin is read only up to the page cap: the load stage would cut the rest anyway
    source: Any = sys.stdin.buffer.read(options.max_page_bytes + 1) if page == "-" else Path(page)
    if isinstance(source, Path) and not source.exists() and _LOOKS_LIKE_HOST.match(page):
        from ..errors import InputError

        raise InputError(f"no such file: {page} (to fetch a URL, start it with https:// or http://)")
    return extract(source, url=args.url, content_type=args.content_type, options=options)


def write_out(text: str) -> None:
    """Write `text` and a final newline to stdout as UTF-8, whatever the terminal's encoding."""
    if not text.endswith("\n"):
        text += "\n"
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
