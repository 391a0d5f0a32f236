"""Run one extraction under a real deadline: the caller gets DeadlineExceeded on time, whatever a stage does.

The stages are plain Python loops; checking a clock between them (pipeline._Clock) cannot stop a stage
that runs long on a hostile page. So the work runs in a helper thread that the caller waits for at
most `seconds`; past that, the caller gets DeadlineExceeded at once and the helper is stopped at its
next Python instruction (an asynchronous exception, CPython's PyThreadState_SetAsyncExc). A single
long C call (one lxml parse, one regex) cannot be cut: the helper ends when that call returns, but
the caller does not wait for it. The helper owns everything it touches (its own tree), so stopping
it midway leaves nothing half-changed behind.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import DeadlineExceeded

T = TypeVar("T")


class _Abandoned(BaseException):
    """Raised inside an abandoned helper thread to end it (a BaseException: no `except Exception` eats it)."""


def run_within(seconds: float, work: Callable[[], T]) -> T:
    """Return `work()`, or raise DeadlineExceeded once `seconds` have passed without it finishing."""
    outcome: list[tuple[bool, Any]] = []

    def run() -> None:
        """Record the work's result or exception for the waiting caller."""
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the caller, which re-raises it
            outcome.append((False, exc))

    helper = threading.Thread(target=run, name="articlekit-extract", daemon=True)
    helper.start()
    try:
        helper.join(seconds)
    except BaseException:  # KeyboardInterrupt while waiting: the helper must not run on
        _stop(helper)
        raise
    if not outcome:
        _stop(helper)
        raise DeadlineExceeded(f"extraction exceeded its deadline of {seconds:g} s (Options.deadline)")
    ok, value = outcome[0]
    if ok:
        return value  # type: ignore[no-any-return]
    raise value


def _stop(helper: threading.Thread) -> None:
    """Raise _Abandoned in the helper thread at its next Python instruction (no-op once it has ended)."""
    if helper.ident is not None and helper.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(helper.ident), ctypes.py_object(_Abandoned))
