"""Run one extraction under a real deadline: the caller gets DeadlineExceeded on time, whatever a stage does.

The stages are plain Python loops; checking a clock between them (pipeline._Clock) cannot stop a stage
that runs long on a hostile page. So the work runs in a helper thread that the caller waits for at
most `seconds`; past that, the caller gets DeadlineExceeded at once and the helper is stopped at its
next Python instruction (an asynchronous exception, CPython's PyThreadState_SetAsyncExc). A single
long C call (one lxml parse, one regex) cannot be cut: the helper ends when that call returns, but
the caller does not wait for it. The helper owns everything it touches (its own tree), so stopping
it midway leaves nothing half-changed behind.

Starting a thread per page cost 0.1-0.25 ms of CPU on a small page (a bare thread start and join
costs about 0.05 ms; the rest is set-up repeated in every new thread, not traced further), so each
calling thread keeps one helper and hands it page after page. A helper that missed its deadline is
never reused: it is told to stop, renamed "articlekit-abandoned", and the caller's next extraction
starts a fresh one. A helper ends when its calling thread has ended (it looks every few seconds
while idle).

A stop can land in a gc or weakref callback the helper happens to run (another library's); Python
swallows it there and hands it to `sys.unraisablehook`, which would print "Exception ignored" in the
caller's process and which the reaper's next stop could interrupt mid-report. So the first abandon
chains a hook in front of the process's one that drops our own stop (it is no error: the reaper sends
it again) and passes everything else on unchanged.
"""

from __future__ import annotations

import ctypes
import queue
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import DeadlineExceeded

T = TypeVar("T")
#: how often and how long a stopped helper is told again to stop (0.1 s x 600: a minute)
_REAP_PAUSE = 0.1
_REAP_TRIES = 600
_WORKER_NAME = "articlekit-worker"
_ABANDONED_NAME = "articlekit-abandoned"
#: what a helper reads from its job queue when it has to end
_STOP = None
#: how often an idle helper looks whether its calling thread has ended (then it ends too)
_IDLE_LOOK = 5.0

Job = Callable[[], Any]


class _Abandoned(BaseException):
    """Raised inside an abandoned helper thread to end it (a BaseException: no `except Exception` eats it)."""


class _Turn:
    """What the helper and its reaper share: whether a job runs now, and whether the caller gave up on it."""

    __slots__ = ("abandoned", "lock", "running")

    def __init__(self) -> None:
        """No job yet, and nobody gave up."""
        # the reaper tests `running` and stops the helper under the lock, and the helper clears it
        # under the lock: so no stop is ever sent once the helper has left its job
        self.lock = threading.Lock()
        self.running = False
        self.abandoned = False


class _Helper:
    """One long-lived helper thread serving one calling thread: jobs in, outcomes out, one at a time."""

    __slots__ = ("jobs", "outcomes", "thread", "turn")

    def __init__(self) -> None:
        """Start the helper thread for the calling thread."""
        self.jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self.outcomes: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
        self.turn = _Turn()
        caller = threading.current_thread()
        self.thread = threading.Thread(
            target=_serve, args=(self.jobs, self.outcomes, self.turn, caller), name=_WORKER_NAME, daemon=True
        )
        self.thread.start()


#: each calling thread's helper: per-thread like lxml's own parser state, and holding no page
#: between calls (a job's page and result are dropped as soon as the caller has the result)
_LOCAL = threading.local()


def run_within(seconds: float, work: Callable[[], T]) -> T:
    """Return `work()`, or raise DeadlineExceeded once `seconds` have passed without it finishing."""
    helper = _helper()
    helper.jobs.put(work)
    try:
        ok, value = helper.outcomes.get(timeout=seconds)
    except queue.Empty:
        _abandon(helper)
        message = f"extraction exceeded its deadline of {seconds:g} s (Options.deadline)"
        raise DeadlineExceeded(message) from None
    except BaseException:  # KeyboardInterrupt while waiting: the helper must not run on
        _abandon(helper)
        raise
    if ok:
        return value  # type: ignore[no-any-return]
    raise value


def _helper() -> _Helper:
    """The calling thread's live helper, started on first use (or again after a fork or an abandon)."""
    helper: _Helper | None = getattr(_LOCAL, "helper", None)
    if helper is None or not helper.thread.is_alive():  # after os.fork() the helper is not there
        helper = _LOCAL.helper = _Helper()
    return helper


def _serve(
    jobs: queue.SimpleQueue[Job | None],
    outcomes: queue.SimpleQueue[tuple[bool, Any]],
    turn: _Turn,
    caller: threading.Thread,
) -> None:
    """Run the jobs handed over one by one, recording each result or exception, until told to stop."""
    try:
        while (work := _next_job(jobs, caller)) is not _STOP:
            with turn.lock:
                if turn.abandoned:
                    return  # given up on before it started: the stop follows it in the queue
                turn.running = True
            try:
                result: tuple[bool, Any] = (True, work())
            except _Abandoned:
                return
            except BaseException as exc:  # handed to the caller, which re-raises it
                result = (False, exc)
            finally:
                # a stop sent just before this lands at the latest when the lock is released,
                # still inside the outer try
                with turn.lock:
                    turn.running = False
            del work  # the finished job's page must not stay alive while the helper waits
            outcomes.put(result)
            del result
    except _Abandoned:
        pass  # a stop arriving as the helper was leaving its job


def _next_job(jobs: queue.SimpleQueue[Job | None], caller: threading.Thread) -> Job | None:
    """Wait for the next job; _STOP once the calling thread has ended (nobody will send one again)."""
    while True:
        try:
            return jobs.get(timeout=_IDLE_LOOK)
        except queue.Empty:
            if not caller.is_alive():
                return _STOP


class _QuietStops:
    """An unraisable hook: our own swallowed stops dropped, everything else passed to the hook before it."""

    __slots__ = ("previous",)

    def __init__(self, previous: Callable[[Any], object]) -> None:
        """Chain in front of `previous`, the hook the process had."""
        self.previous = previous

    def __call__(self, unraisable: Any) -> None:
        """Report an unraisable exception, unless it is a stop sent to an abandoned helper."""
        if unraisable.exc_type is _Abandoned:
            return
        self.previous(unraisable)


_HOOK_LOCK = threading.Lock()


def _quiet_stops() -> None:
    """Put _QuietStops in front of the process's unraisable hook, unless it is there already."""
    with _HOOK_LOCK:
        # a host that set its own hook since (pytest does, per session) gets ours in front again
        if not isinstance(sys.unraisablehook, _QuietStops):
            sys.unraisablehook = _QuietStops(sys.unraisablehook)


def _abandon(helper: _Helper) -> None:
    """Retire a helper that missed its deadline: never reuse it, and stop it at its next instruction."""
    _quiet_stops()
    _LOCAL.helper = None
    helper.thread.name = _ABANDONED_NAME
    with helper.turn.lock:
        helper.turn.abandoned = True
    helper.jobs.put(_STOP)  # should the job end on its own before the stop lands, the helper still ends
    # an asynchronous exception landing in a gc callback or a __del__ is swallowed there: a small
    # reaper repeats it (a few times a second, for at most a minute) until the helper leaves the job
    reaper = threading.Thread(
        target=_reap, args=(helper.thread, helper.turn), name="articlekit-reaper", daemon=True
    )
    reaper.start()


def _reap(thread: threading.Thread, turn: _Turn) -> None:
    """Send _Abandoned to the helper thread until it has left its job (then it ends by itself)."""
    for _ in range(_REAP_TRIES):
        with turn.lock:
            if thread.ident is None or not thread.is_alive() or not turn.running:
                return
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(thread.ident), ctypes.py_object(_Abandoned)
            )
        thread.join(_REAP_PAUSE)
