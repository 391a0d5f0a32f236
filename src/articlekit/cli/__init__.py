"""The `articlekit` command: thin argument parsing over the library; errors become one stderr line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import batch_cmd, extract_cmd, fixture_cmd

#: exit status when something inside articlekit failed unexpectedly (a bug, reported in one line)
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def _version() -> str:
    """Return the installed version without importing the extraction machinery."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("articlekit")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Turn raw French news pages into structured articles: body, metadata, "
        "quotes, speakers, cited sources and related links.",
    )
    parser.add_argument("--version", action="version", version=f"articlekit {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in (extract_cmd, batch_cmd, fixture_cmd):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status (errors print one line on stderr, never a traceback)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        print("articlekit: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the CLI contract: one line, no traceback
        from ..errors import ArticlekitError

        if isinstance(exc, ArticlekitError):
            print(f"articlekit: error: {exc}", file=sys.stderr)
            return exc.exit_code
        print(f"articlekit: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
