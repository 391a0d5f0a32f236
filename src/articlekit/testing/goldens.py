"""Golden files: an Article saved as stable, diff-friendly JSON beside the page it came from.

A page ``story.html`` has its golden in ``story.html.golden.json`` (the page's full name plus
``.golden.json``, so ``a.html`` and ``a.txt`` never share a golden), either beside the page or in a
separate goldens folder.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article

GOLDEN_SUFFIX = ".golden.json"
#: file name endings recognised as saved pages (each may also end in ".gz")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt")
#: fields of `Article.to_dict()` left out of goldens: they repeat other fields and would double every diff
DERIVED_FIELDS = ("text",)
DERIVED_SOURCE_FIELDS = ("cues",)
#: lists whose order carries no meaning; goldens keep them sorted so that a reordering is not a change
_UNORDERED = {("tags",), ("sources", "aliases")}
#: a gzipped page is inflated up to this size (a saved page, not a bomb)
_MAX_INFLATED = 256 * 1024 * 1024


class GoldenError(InputError):
    """A golden file, a page folder or a comparison request cannot be used as given."""


def golden_dict(article: Article | dict[str, Any]) -> dict[str, Any]:
    """Return an Article's golden form: fields in model order, derived fields dropped, sets sorted."""
    data = article.to_dict() if isinstance(article, Article) else json.loads(json.dumps(article))
    if not isinstance(data, dict):
        raise GoldenError(f"a golden is a JSON object, not {type(data).__name__}")
    for name in DERIVED_FIELDS:
        data.pop(name, None)
    for source in data.get("sources") or ():
        if isinstance(source, dict):
            for name in DERIVED_SOURCE_FIELDS:
                source.pop(name, None)
    _sort_unordered(data)
    return data


def _sort_unordered(data: dict[str, Any]) -> None:
    """Sort, in place, the lists whose order means nothing (tags, source aliases)."""
    for path in _UNORDERED:
        holders: list[Any] = [data]
        for key in path[:-1]:
            holders = [item for h in holders if isinstance(h, dict) for item in (h.get(key) or ())]
        for holder in holders:
            value = holder.get(path[-1]) if isinstance(holder, dict) else None
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                holder[path[-1]] = sorted(value)


def dumps_golden(article: Article | dict[str, Any]) -> str:
    """Return the golden JSON text: two-space indent, non-ASCII kept, trailing newline."""
    return json.dumps(golden_dict(article), ensure_ascii=False, indent=2) + "\n"


def write_golden(path: Path, article: Article | dict[str, Any]) -> bool:
    """Write the golden at `path` (creating folders); return True when the file changed."""
    text = dumps_golden(article)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def read_golden(path: Path) -> dict[str, Any]:
    """Read a golden file into its dict form; GoldenError when it is missing or not a golden."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GoldenError(f"no golden at {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldenError(f"cannot read golden {path}: {exc}") from exc
    return golden_dict(data)


def is_page(path: Path) -> bool:
    """Tell whether `path` names a saved page (by its ending), goldens excluded."""
    name = path.name.lower()
    if name.endswith(GOLDEN_SUFFIX):
        return False
    name = name.removesuffix(".gz")
    return name.endswith(PAGE_SUFFIXES)


def read_page(path: Path) -> bytes:
    """Return a saved page's bytes, inflating ``.gz`` pages; GoldenError when it cannot be read."""
    try:
        data = Path(path).read_bytes()
        if path.name.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(_MAX_INFLATED + 1)
            if len(data) > _MAX_INFLATED:
                raise GoldenError(f"{path} inflates to more than {_MAX_INFLATED} bytes")
    except (OSError, EOFError) as exc:
        raise GoldenError(f"cannot read page {path}: {exc}") from exc
    return data


def golden_path(page: Path, goldens_dir: Path | None = None) -> Path:
    """Return where the golden of `page` lives: beside it, or in `goldens_dir` under the page's name."""
    folder = page.parent if goldens_dir is None else goldens_dir
    return folder / (page.name + GOLDEN_SUFFIX)


def iter_pages(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the pages named by `paths`: files as given, folders walked recursively in sorted order."""
    for path in paths:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and is_page(p))
        elif path.is_file():
            yield path
        else:
            raise GoldenError(f"no such page or folder: {path}")


@dataclass(frozen=True, slots=True)
class Case:
    """One saved page and the golden it is checked against (which may not exist yet)."""

    page: Path
    golden: Path

    @property
    def name(self) -> str:
        """A short id for the case: the page's file name."""
        return self.page.name

    @property
    def has_golden(self) -> bool:
        """Tell whether the golden file exists."""
        return self.golden.is_file()

    def read_page(self) -> bytes:
        """Return the page's bytes (inflated when gzipped)."""
        return read_page(self.page)

    @property
    def expected(self) -> dict[str, Any]:
        """The golden's content (GoldenError when there is none yet)."""
        return read_golden(self.golden)

    @property
    def url(self) -> str | None:
        """The URL recorded in the golden, so re-extraction resolves links the same way."""
        if not self.has_golden:
            return None
        url = self.expected.get("url")
        return url if isinstance(url, str) else None

    def extract(self, **kwargs: Any) -> Article:
        """Extract the page with articlekit, passing the golden's URL unless one is given."""
        from ..pipeline import extract

        kwargs.setdefault("url", self.url)
        return extract(self.read_page(), **kwargs)


def find_cases(
    pages_dir: Path, goldens_dir: Path | None = None, *, with_golden_only: bool = False
) -> list[Case]:
    """List the pages under `pages_dir` (recursively, sorted) with their goldens."""
    pages_dir = Path(pages_dir)
    if not pages_dir.is_dir():
        raise GoldenError(f"not a folder of pages: {pages_dir}")
    gdir = None if goldens_dir is None else Path(goldens_dir)
    cases = [Case(page=p, golden=golden_path(p, gdir)) for p in iter_pages([pages_dir])]
    check_distinct(cases)
    if with_golden_only:
        cases = [c for c in cases if c.has_golden]
    return cases


def check_distinct(cases: list[Case]) -> None:
    """Raise GoldenError when two pages would share one golden (same name, one goldens folder)."""
    seen: dict[Path, Path] = {}
    for case in cases:
        other = seen.setdefault(case.golden, case.page)
        if other != case.page:
            raise GoldenError(f"{other} and {case.page} would share the golden {case.golden}; rename one")


def orphan_goldens(cases: list[Case], goldens_dir: Path) -> list[Path]:
    """Return the goldens under `goldens_dir` that no page in `cases` uses (their page is gone)."""
    used = {c.golden.resolve() for c in cases}
    found = sorted(Path(goldens_dir).rglob("*" + GOLDEN_SUFFIX))
    return [g for g in found if g.resolve() not in used]
