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
#: how often and how long a stopped helper is told again to stop (0.1 s x 600: a minute)
_REAP_PAUSE = 0.1
_REAP_TRIES = 600


class _Abandoned(BaseException):
    """Raised inside an abandoned helper thread to end it (a BaseException: no `except Exception` eats it)."""


def run_within(seconds: float, work: Callable[[], T]) -> T:
    """Return `work()`, or raise DeadlineExceeded once `seconds` have passed without it finishing."""
    outcome: list[tuple[bool, Any]] = []

    def run() -> None:
        """Record the work's result or exception for the waiting caller."""
        try:
            try:
                result: tuple[bool, Any] = (True, work())
            except BaseException as exc:  # handed to the caller, which re-raises it
                result = (False, exc)
            outcome.append(result)
        except _Abandoned:
            pass  # a repeated stop arriving while the helper was already winding up

    helper = threading.Thread(target=run, name="articlekit-extract", daemon=True)
    helper.start()
    try:
        helper.join(seconds)
    except BaseException:  # KeyboardInterrupt while waiting: the helper must not run on
        _stop(helper, outcome)
        raise
    if not outcome:
        _stop(helper, outcome)
        raise DeadlineExceeded(f"extraction exceeded its deadline of {seconds:g} s (Options.deadline)")
    ok, value = outcome[0]
    if ok:
        return value  # type: ignore[no-any-return]
    raise value


def _stop(helper: threading.Thread, outcome: list[tuple[bool, Any]]) -> None:
    """Raise _Abandoned in the helper at its next Python instruction, again until it has ended."""
    # an asynchronous exception landing in a gc callback or a __del__ is swallowed there: a small
    # reaper repeats it (a few times a second, for at most a minute) until the helper is gone
    reaper = threading.Thread(target=_reap, args=(helper, outcome), name="articlekit-reaper", daemon=True)
    reaper.start()


def _reap(helper: threading.Thread, outcome: list[tuple[bool, Any]]) -> None:
    """Send _Abandoned to the helper until it ends or has recorded an outcome."""
    for _ in range(_REAP_TRIES):
        if helper.ident is None or not helper.is_alive() or outcome:
            return
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(helper.ident), ctypes.py_object(_Abandoned))
        helper.join(_REAP_PAUSE)
