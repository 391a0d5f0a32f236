"""A stop swallowed by a gc or weakref callback in an abandoned helper is no error report in the host."""

from __future__ import annotations

import sys
import threading
import time
import weakref
from typing import Any

import pytest

from articlekit.deadline import _Abandoned, _quiet_stops, _QuietStops, run_within
from articlekit.errors import DeadlineExceeded


class _Thing:
    """Something a weakref can watch."""


def _drop_with_callback(error: type[BaseException]) -> None:
    """Let a weakref callback raise `error`: Python hands it to sys.unraisablehook, as for a gc callback."""

    def callback(_ref: object) -> None:
        """Raise as a stop landing inside a callback would."""
        raise error

    thing = _Thing()
    ref = weakref.ref(thing, callback)
    del thing
    assert ref() is None


@pytest.fixture
def reported(monkeypatch: pytest.MonkeyPatch) -> list[type[BaseException]]:
    """The exception types the host's own unraisable hook receives (the hook before ours)."""
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: seen.append(unraisable.exc_type))
    return seen


def test_our_stop_is_dropped_and_every_other_error_passed_on(reported: list[type[BaseException]]) -> None:
    _quiet_stops()
    _drop_with_callback(_Abandoned)
    _drop_with_callback(KeyError)
    assert reported == [KeyError]


def test_the_hook_is_chained_once(reported: list[type[BaseException]]) -> None:
    _quiet_stops()
    first = sys.unraisablehook
    _quiet_stops()
    assert sys.unraisablehook is first
    assert isinstance(first, _QuietStops)
    assert not isinstance(first.previous, _QuietStops)


def test_a_missed_deadline_puts_the_hook_in_front(reported: list[type[BaseException]]) -> None:
    release = threading.Event()

    def slow() -> None:
        """A job that outlives its deadline, running Python so that the stop lands."""
        while not release.is_set():
            time.sleep(0.001)

    with pytest.raises(DeadlineExceeded):
        run_within(0.05, slow)
    release.set()
    hook: Any = sys.unraisablehook
    assert isinstance(hook, _QuietStops)
    _drop_with_callback(_Abandoned)
    assert reported == []
