"""The `articlekit` command: thin argument parsing over the library; errors become one stderr line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import batch_cmd, extract_cmd, fixture_cmd

#: exit status of a usage error (the same as bad input: InputError.exit_code)
EXIT_USAGE = 2
#: exit status when something inside articlekit failed unexpectedly (a bug, reported in one line)
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, not the usage block."""

    def error(self, message: str) -> NoReturn:
        """Print the usage error on one line and exit with EXIT_USAGE."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _version() -> str:
    """Return the installed version without importing the extraction machinery."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("articlekit")
    except PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse.Action):
    """`--version`, looking the version up only when asked (keeps `--help` fast)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        """A flag taking no value."""
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        """Print the version and exit."""
        print(f"articlekit {_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = _Parser(
        prog="articlekit",
        description="Turn raw French news pages into structured articles: body, metadata, "
        "quotes, speakers, cited sources and related links.",
        epilog="exit status: 0 ok, 2 bad input or usage, 3 network failure, 4 deadline exceeded, "
        "70 internal error, 130 interrupted. See docs/cli.md.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in (extract_cmd, batch_cmd, fixture_cmd):
        module.register(sub)
    return parser


def _one_line(message: object) -> str:
    """Fold an error message onto one line."""
    return " ".join(str(message).split()) or "(no details)"


def _exit_status(code: object) -> int:
    """Turn a SystemExit code (None, int or message) into an exit status."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(_one_line(code), file=sys.stderr)
    return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null after a closed pipe, so Python's exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status (errors print one line on stderr, never a traceback)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return _exit_status(exc.code)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        print("articlekit: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except Exception as exc:  # the CLI contract: one line, no traceback
        from ..errors import ArticlekitError

        if isinstance(exc, ArticlekitError):
            print(f"articlekit: error: {_one_line(exc)}", file=sys.stderr)
            return exc.exit_code
        print(f"articlekit: internal error: {type(exc).__name__}: {_one_line(exc)}", file=sys.stderr)
        return EXIT_INTERNAL
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
