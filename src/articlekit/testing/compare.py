"""Compare an extracted Article with an expected one, on chosen fields, and fail with a readable diff."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from ..model import Article
from .diff import Difference, diff_goldens, format_differences
from .goldens import DERIVED_FIELDS, GoldenError, golden_dict, read_golden

#: what `assert_article_matches` accepts as the expected side
Expected = Article | dict[str, Any] | Path | str
#: the names a field path may use: the Article's fields, then its parts' fields ("quotes.speaker")
Schema = dict[str, "Schema | None"]


@cache
def _schema(cls: type) -> Schema:
    """Return the field names of a model dataclass, with the nested schema of fields holding dataclasses."""
    hints = typing.get_type_hints(cls)
    out: Schema = {}
    for f in dataclasses.fields(cls):
        inner = [
            a for a in typing.get_args(hints[f.name]) if isinstance(a, type) and dataclasses.is_dataclass(a)
        ]
        out[f.name] = _schema(inner[0]) if inner else None
    if cls is Article:
        for name in DERIVED_FIELDS:
            out.pop(name, None)
    return out


def article_fields() -> tuple[str, ...]:
    """The top-level field names a golden holds."""
    return tuple(_schema(Article))


def _check_path(path: str) -> list[str]:
    """Split a dotted field path and make sure every part names a field; GoldenError otherwise."""
    parts = path.split(".")
    schema: Schema | None = _schema(Article)
    for i, part in enumerate(parts):
        if schema is None or part not in schema:
            where = ".".join(parts[:i]) or "Article"
            known = ", ".join(schema or ())
            raise GoldenError(f"unknown field {path!r}: {where} has no field {part!r} (known: {known})")
        schema = schema[part]
    return parts


def _names(paths: Iterable[str]) -> list[str]:
    """Return field paths as a list, refusing a lone string (a classic slip: fields="headline")."""
    if isinstance(paths, str):
        raise GoldenError(f"fields and ignore take a list of field names, not the string {paths!r}")
    return list(paths)


def _tree(paths: Iterable[str]) -> dict[str, Any]:
    """Turn dotted paths into a nested dict whose leaves are None (the whole field)."""
    root: dict[str, Any] = {}
    for path in _names(paths):
        node = root
        *parents, last = _check_path(path)
        for part in parents:
            if part in node and node[part] is None:
                break  # the whole field is already named
            node = node.setdefault(part, {})
        else:
            node[last] = None
    return root


def _keep(value: Any, tree: dict[str, Any] | None) -> Any:
    """Keep only the fields named in `tree` (lists are walked item by item)."""
    if tree is None:
        return value
    if isinstance(value, list):
        return [_keep(v, tree) for v in value]
    if isinstance(value, dict):
        return {k: _keep(v, tree[k]) for k, v in value.items() if k in tree}
    return value


def _drop(value: Any, tree: dict[str, Any]) -> Any:
    """Remove the fields named in `tree` (lists are walked item by item)."""
    if isinstance(value, list):
        return [_drop(v, tree) for v in value]
    if isinstance(value, dict):
        return {k: _drop(v, tree[k]) if k in tree else v for k, v in value.items() if not _whole(tree, k)}
    return value


def _whole(tree: dict[str, Any], key: str) -> bool:
    """Tell whether `tree` names the whole of field `key`."""
    return key in tree and tree[key] is None


def project(
    golden: dict[str, Any], fields: Iterable[str] | None = None, ignore: Iterable[str] = ()
) -> dict[str, Any]:
    """Return the part of a golden the comparison looks at: only `fields` (all when None), minus `ignore`."""
    out = golden if fields is None else _keep(golden, _tree(fields) or {})
    return _drop(out, _tree(ignore))


def as_golden(value: Expected) -> dict[str, Any]:
    """Return the golden form of an Article, a golden dict, or a golden file's path."""
    if isinstance(value, (str, Path)):
        return read_golden(Path(value))
    if isinstance(value, (Article, dict)):
        return golden_dict(value)
    raise GoldenError(f"expected an Article, a golden dict or a golden path, not {type(value).__name__}")


def compare(
    actual: Expected, expected: Expected, *, fields: Iterable[str] | None = None, ignore: Iterable[str] = ()
) -> list[Difference]:
    """Return the differences between two Articles (or goldens) on the chosen fields."""
    fields = None if fields is None else _names(fields)
    ignore = _names(ignore)
    exp = project(as_golden(expected), fields, ignore)
    act = project(as_golden(actual), fields, ignore)
    return diff_goldens(exp, act)


def assert_article_matches(
    actual: Expected,
    expected: Expected,
    *,
    fields: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> None:
    """Fail with a field-by-field diff unless `actual` equals `expected` on the chosen fields.

    `expected` may be an Article, a golden dict or the path of a golden file. `fields` keeps only
    the named fields ("headline", "quotes.speaker"); `ignore` drops some ("images", "quotes.cue").
    """
    diffs = compare(actual, expected, fields=fields, ignore=ignore)
    if diffs:
        __tracebackhide__ = True
        raise AssertionError("Article does not match: " + format_differences(diffs))
