"""Field-by-field differences between two goldens, and their rendering for a terminal or a test report."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

DiffKind = Literal["changed", "missing", "unexpected"]

#: list items further apart than this are not tried as a pair (keeps big rewrites cheap to diff)
_PAIR_WINDOW = 12
#: two list items at least this similar are shown as one changed item rather than missing + unexpected
_PAIR_RATIO = 0.5
#: strings longer than this are shown as one word diff instead of two whole lines
_WORD_DIFF_FROM = 60
#: unchanged text kept around each change in a word diff
_CONTEXT = 40
_MAX_SHOWN = 400
_TOKEN_RE = re.compile(r"\s+|\w+|[^\w\s]")
#: characters that print as nothing or as a plain space; diffs name them so that a change is never invisible
_INVISIBLE_RE = re.compile(r"[^\S \n]|[\u200b-\u200f\u2060\ufeff\u00ad]")

_RED, _GREEN, _BOLD, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"


@dataclass(frozen=True, slots=True)
class Difference:
    """One place where the actual Article departs from the expected one."""

    path: str  # "paragraphs[3].text"; list indices are the expected side's (→ the actual's when they differ)
    kind: DiffKind
    expected: Any = None
    actual: Any = None

    @property
    def field(self) -> str:
        """The top-level Article field this difference is in."""
        return re.split(r"[.\[]", self.path, maxsplit=1)[0]


def diff_goldens(expected: Any, actual: Any) -> list[Difference]:
    """Return the differences between two golden values (dicts, lists, scalars), in field order."""
    out: list[Difference] = []
    _diff(expected, actual, "", out)
    return out


def _join(path: str, key: str) -> str:
    """Append a dict key to a path."""
    return f"{path}.{key}" if path else key


def _diff(exp: Any, act: Any, path: str, out: list[Difference]) -> None:
    """Append to `out` the differences between `exp` and `act` found under `path`."""
    if exp == act and type(exp) is type(act):
        return
    if isinstance(exp, dict) and isinstance(act, dict):
        for key in [*exp, *(k for k in act if k not in exp)]:
            sub = _join(path, str(key))
            if key not in act:
                out.append(Difference(sub, "missing", expected=exp[key]))
            elif key not in exp:
                out.append(Difference(sub, "unexpected", actual=act[key]))
            else:
                _diff(exp[key], act[key], sub, out)
    elif isinstance(exp, list) and isinstance(act, list):
        _diff_lists(exp, act, path, out)
    else:
        out.append(Difference(path or "(value)", "changed", expected=exp, actual=act))


def _key(value: Any) -> str:
    """Return a canonical text of a value, for aligning list items."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _diff_lists(exp: list[Any], act: list[Any], path: str, out: list[Difference]) -> None:
    """Align two lists (as a text diff aligns lines) and report missing, unexpected and changed items."""
    ek, ak = [_key(v) for v in exp], [_key(v) for v in act]
    matcher = difflib.SequenceMatcher(None, ek, ak, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        pairs = _pair(ek[i1:i2], ak[j1:j2])
        paired_act = {j for _, j in pairs if j is not None}
        for i, j in pairs:
            if j is None:
                out.append(Difference(f"{path}[{i1 + i}]", "missing", expected=exp[i1 + i]))
                continue
            _flush_unexpected(act, ak, j1, j, paired_act, path, out)
            idx = f"{i1 + i}" if i1 + i == j1 + j else f"{i1 + i}→{j1 + j}"
            _diff(exp[i1 + i], act[j1 + j], f"{path}[{idx}]", out)
        _flush_unexpected(act, ak, j1, j2 - j1, paired_act, path, out)


def _flush_unexpected(
    act: list[Any], ak: list[str], j1: int, upto: int, paired: set[int], path: str, out: list[Difference]
) -> None:
    """Report the actual items of a block before `upto` that nothing was paired with (once each)."""
    for j in range(upto):
        if j not in paired:
            paired.add(j)
            out.append(Difference(f"{path}[{j1 + j}]", "unexpected", actual=act[j1 + j]))


def _pair(exp: list[str], act: list[str]) -> list[tuple[int, int | None]]:
    """Pair each expected item with a similar actual item, in order; None when nothing is close."""
    pairs: list[tuple[int, int | None]] = []
    start = 0
    for i, e in enumerate(exp):
        match = None
        for j in range(start, min(len(act), start + _PAIR_WINDOW)):
            m = difflib.SequenceMatcher(None, e, act[j], autojunk=False)
            if (
                m.real_quick_ratio() >= _PAIR_RATIO
                and m.quick_ratio() >= _PAIR_RATIO
                and m.ratio() >= _PAIR_RATIO
            ):
                match = j
                break
        pairs.append((i, match))
        if match is not None:
            start = match + 1
    return pairs


def visible(text: str) -> str:
    """Spell out no-break, narrow, zero-width and other unusual spaces as ⟨U+00A0⟩."""
    return _INVISIBLE_RE.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def _show(value: Any) -> str:
    """Render one value as JSON on one line (unusual spaces spelt out), cut when very long."""
    text = visible(json.dumps(value, ensure_ascii=False))
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def word_diff(expected: str, actual: str, *, color: bool = False) -> str:
    """Return one line showing how `actual` differs from `expected`, word by word.

    Without colour, removed words read ``[-like this-]`` and added ones ``{+like this+}`` (as git's
    word diff); unchanged stretches far from any change are shortened with "…".
    """
    a, b = _TOKEN_RE.findall(expected), _TOKEN_RE.findall(actual)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    parts: list[str] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            parts.append(_shorten("".join(a[i1:i2]), first=n == 0, last=n == len(ops) - 1))
            continue
        if i2 > i1:
            gone = visible("".join(a[i1:i2]))
            parts.append(f"{_RED}{gone}{_RESET}" if color else f"[-{gone}-]")
        if j2 > j1:
            new = visible("".join(b[j1:j2]))
            parts.append(f"{_GREEN}{new}{_RESET}" if color else f"{{+{new}+}}")
    return "".join(parts)


def _shorten(text: str, *, first: bool, last: bool) -> str:
    """Keep only the context next to changes of an unchanged stretch."""
    if first and last:
        return text
    if first:
        return text if len(text) <= _CONTEXT else "…" + text[-_CONTEXT:]
    if last:
        return text if len(text) <= _CONTEXT else text[:_CONTEXT] + "…"
    return text if len(text) <= 2 * _CONTEXT else text[:_CONTEXT] + " … " + text[-_CONTEXT:]


def _worth_word_diff(expected: str, actual: str) -> bool:
    """Tell whether two strings are long and alike enough for a word diff to read better than two lines."""
    if max(len(expected), len(actual)) <= _WORD_DIFF_FROM:
        return False
    return difflib.SequenceMatcher(None, expected, actual, autojunk=False).ratio() >= _PAIR_RATIO


def format_difference(d: Difference, *, color: bool = False, indent: str = "  ") -> list[str]:
    """Return the lines showing one difference: its path, then - expected / + actual (or a word diff)."""
    red, green, bold, reset = (_RED, _GREEN, _BOLD, _RESET) if color else ("", "", "", "")
    title = d.path if d.kind == "changed" else f"{d.path}  ({d.kind})"
    lines = [f"{indent}{bold}{title}{reset}"]
    pad = indent * 2
    both_text = isinstance(d.expected, str) and isinstance(d.actual, str)
    if d.kind == "changed" and both_text and _worth_word_diff(d.expected, d.actual):
        lines.append(f"{pad}~ {word_diff(d.expected, d.actual, color=color)}")
        return lines
    if d.kind != "unexpected":
        lines.append(f"{pad}{red}- {_show(d.expected)}{reset}")
    if d.kind != "missing":
        lines.append(f"{pad}{green}+ {_show(d.actual)}{reset}")
    return lines


def summary(diffs: Iterable[Difference]) -> str:
    """Return a one-line count of differences per field: "3 differences: headline, paragraphs (2)"."""
    counts: dict[str, int] = {}
    for d in diffs:
        counts[d.field] = counts.get(d.field, 0) + 1
    total = sum(counts.values())
    fields = ", ".join(name if n == 1 else f"{name} ({n})" for name, n in counts.items())
    return f"{total} difference{'s' if total != 1 else ''}: {fields}"


def format_differences(
    diffs: list[Difference], *, color: bool = False, indent: str = "  ", limit: int | None = None
) -> str:
    """Return the differences as readable lines after a one-line summary (at most `limit` of them)."""
    lines = [summary(diffs) + "  (- expected, + actual)"]
    shown = diffs if limit is None or limit <= 0 else diffs[:limit]
    for d in shown:
        lines.extend(format_difference(d, color=color, indent=indent))
    if len(shown) < len(diffs):
        lines.append(f"{indent}… and {len(diffs) - len(shown)} more")
    return "\n".join(lines)
