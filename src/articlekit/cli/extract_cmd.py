"""`articlekit extract PAGE`: one page (file, URL or -) to JSON, text or Markdown on stdout."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any) -> None:
    """Add the `extract` subcommand to the parser."""
    p: argparse.ArgumentParser = sub.add_parser("extract", help="extract one page")
    p.add_argument("page", help="a file, a URL, or - for stdin")
    p.add_argument("--format", choices=("json", "text", "markdown"), default="json")
    p.add_argument("--url", help="the URL the page was served from (for a file or stdin)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Extract the page and print it."""
    # PROVISIONAL
    from pathlib import Path

    from ..pipeline import extract
    from ..render import render

    data = sys.stdin.buffer.read() if args.page == "-" else Path(args.page).read_bytes()
    print(render(extract(data, url=args.url), args.format))
    return 0
