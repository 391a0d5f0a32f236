"""`articlekit fixture PAGE...` writes goldens; `articlekit check DIR` re-extracts and reports changes."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

_GREEN, _RED, _YELLOW, _RESET = "\x1b[32m", "\x1b[31m", "\x1b[33m", "\x1b[0m"


def register(sub: Any) -> None:
    """Add the `fixture` and `check` subcommands to the parser."""
    f: argparse.ArgumentParser = sub.add_parser(
        "fixture",
        help="save each page's Article as a golden JSON file",
        description="Extract each page and write its Article as PAGE.golden.json beside it (or in --out).",
    )
    f.add_argument("pages", nargs="+", type=Path, metavar="PAGE", help="a saved page, or a folder of them")
    f.add_argument(
        "--out", type=Path, metavar="DIR", help="write the goldens in DIR instead of beside the pages"
    )
    f.add_argument("--url", help="the URL the page was served from (only with a single PAGE)")
    f.set_defaults(run=run_fixture)
    c: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="re-extract pages that have goldens and report differences",
        description="Re-extract every page under DIR (or each PAGE given) that has a golden and report the "
        "differences field by field. Exit status 1 when anything differs.",
    )
    c.add_argument("paths", nargs="+", type=Path, metavar="DIR", help="folders of pages (recursive) or pages")
    c.add_argument(
        "--goldens", type=Path, metavar="GDIR", help="where the goldens are, when not beside pages"
    )
    c.add_argument("--fields", type=_names, metavar="F,G", help="compare only these fields (quotes.speaker…)")
    c.add_argument("--ignore", type=_names, default=[], metavar="F,G", help="leave these fields out")
    c.add_argument("--update", action="store_true", help="rewrite the goldens that differ")
    c.add_argument(
        "--max-diffs", type=int, default=40, metavar="N", help="differences shown per page (0: all)"
    )
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the report")
    c.add_argument("--quiet", "-q", action="store_true", help="print only the pages that differ")
    c.set_defaults(run=run_check)


def _names(text: str) -> list[str]:
    """Split a comma-separated list of field names."""
    return [name.strip() for name in text.split(",") if name.strip()]


def _use_color(choice: str, stream: TextIO) -> bool:
    """Colour only on a terminal (or when asked), and never when NO_COLOR is set."""
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and not os.environ.get("NO_COLOR")


def run_fixture(args: argparse.Namespace) -> int:
    """Extract each page and write its golden; print one line per golden."""
    from ..errors import ArticlekitError
    from ..testing.goldens import Case, GoldenError, check_distinct, golden_path, iter_pages, write_golden

    pages = list(iter_pages(args.pages))
    if not pages:
        raise GoldenError("no pages found (pages end in .html, .htm, .xhtml, .shtml or .txt, optionally .gz)")
    if args.url and len(pages) > 1:
        raise GoldenError("--url applies to a single page, not to several")
    cases = [Case(page=p, golden=golden_path(p, args.out)) for p in pages]
    check_distinct(cases)
    failed = 0
    for case in cases:
        try:
            changed = write_golden(case.golden, case.extract(url=args.url))
        except Exception as exc:  # one bad page must not stop a whole folder; the bug is named below
            failed += 1
            kind = "error" if isinstance(exc, ArticlekitError) else f"internal error: {type(exc).__name__}"
            print(f"articlekit: {kind}: {case.page}: {exc}", file=sys.stderr)
            continue
        print(f"{'wrote' if changed else 'unchanged'} {case.golden}")
    return 1 if failed else 0


def run_check(args: argparse.Namespace) -> int:
    """Re-extract every page with a golden, print the differences, and return 1 when any differ."""
    from ..testing.compare import project
    from ..testing.goldens import GoldenError

    project({}, args.fields, args.ignore)  # a misspelt field name stops the run before any page
    color = _use_color(args.color, sys.stdout)
    cases, orphans = _gather(args.paths, args.goldens)
    if not cases and not orphans:
        where = " ".join(map(str, args.paths))
        raise GoldenError(f"no page with a golden in {where} (write them with `articlekit fixture`)")
    tally = {"ok": 0, "differ": 0, "updated": 0, "failed": 0}
    for case in cases:
        tally[_check_one(case, args, color)] += 1
    for golden in orphans:
        _say(color, _YELLOW, "MISSING", f"{golden}: golden whose page is gone")
    print(_tally_line(tally, len(orphans)))
    return 1 if tally["differ"] or tally["failed"] or orphans else 0


def _gather(paths: list[Path], goldens: Path | None) -> tuple[list[Any], list[Path]]:
    """Return the cases to check (pages with goldens) and the goldens whose page is gone."""
    from ..testing.goldens import Case, GoldenError, check_distinct, find_cases, golden_path, orphan_goldens

    cases: list[Case] = []
    orphans: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = find_cases(path, goldens, with_golden_only=True)
            orphans += [] if goldens else orphan_goldens(found, path)
            cases += found
        elif path.is_file():
            case = Case(path, golden_path(path, goldens))
            if not case.has_golden:
                raise GoldenError(f"{path} has no golden (expected {case.golden})")
            cases.append(case)
        else:
            raise GoldenError(f"no such page or folder: {path}")
    check_distinct(cases)
    if goldens and all(p.is_dir() for p in paths):
        orphans = orphan_goldens(cases, goldens)
    return cases, orphans


def _check_one(case: Any, args: argparse.Namespace, color: bool) -> str:
    """Check one page against its golden; return "ok", "differ", "updated" or "failed"."""
    from ..errors import ArticlekitError
    from ..testing.compare import compare
    from ..testing.diff import format_differences
    from ..testing.goldens import write_golden

    try:
        actual = case.extract()
        diffs = compare(actual, case.expected, fields=args.fields, ignore=args.ignore)
    except Exception as exc:  # a page (or golden) that fails is a result of the check, reported like a diff
        internal = "" if isinstance(exc, ArticlekitError) else "internal error: "
        _say(color, _RED, "ERROR", f"{case.page}: {internal}{type(exc).__name__}: {exc}")
        return "failed"
    if not diffs:
        if not args.quiet:
            _say(color, _GREEN, "ok", str(case.page))
        return "ok"
    if args.update:
        write_golden(case.golden, actual)
        _say(color, _YELLOW, "UPDATED", f"{case.golden} ({len(diffs)} changes)")
        return "updated"
    _say(color, _RED, "DIFF", str(case.page))
    print(format_differences(diffs, color=color, indent="    ", limit=args.max_diffs))
    return "differ"


def _say(color: bool, tint: str, word: str, rest: str) -> None:
    """Print one status line: a (coloured) status word, then the detail."""
    status = f"{tint}{word:<7}{_RESET}" if color else f"{word:<7}"
    print(f"{status} {rest}")


def _tally_line(tally: dict[str, int], orphans: int) -> str:
    """Return the closing line of a check: how many pages passed, differed, were updated or failed."""
    total = sum(tally.values())
    parts = [f"{n} {name}" for name, n in tally.items() if n]
    if orphans:
        parts.append(f"{orphans} golden{'s' if orphans > 1 else ''} without page")
    return f"{total} page{'s' if total != 1 else ''} checked: " + ", ".join(parts or ["nothing to do"])
