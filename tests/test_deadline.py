"""The deadline runner: results and errors come back, one helper serves many calls, a late one is dropped."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest

from articlekit import extract
from articlekit.deadline import run_within
from articlekit.errors import DeadlineExceeded
from articlekit.options import Options

PAGE = b"<html><body><article><h1>Titre</h1><p>Le maire a parl\xc3\xa9 hier soir.</p></article></body></html>"


def _helpers(name: str = "articlekit-worker") -> list[threading.Thread]:
    """The live threads carrying a given articlekit helper name."""
    return [t for t in threading.enumerate() if t.name == name and t.is_alive()]


def _thread() -> threading.Thread:
    """The thread running this function (idents are reused once a thread ends: objects are not)."""
    return threading.current_thread()


def test_the_result_comes_back() -> None:
    assert run_within(5.0, lambda: 41 + 1) == 42


def test_an_exception_comes_back_as_itself() -> None:
    def fail() -> None:
        """A job that fails."""
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        run_within(5.0, fail)
    # the helper survives a failing job
    assert run_within(5.0, lambda: "next") == "next"


def test_one_helper_serves_every_call_of_a_thread() -> None:
    first = run_within(5.0, _thread)
    before = threading.active_count()
    threads = {run_within(5.0, _thread) for _ in range(50)}
    assert threads == {first}
    assert first is not threading.current_thread()
    assert threading.active_count() == before


def test_extract_reuses_the_helper() -> None:
    extract(PAGE, options=Options(deadline=5.0))
    before = {t.ident for t in _helpers()}
    for _ in range(10):
        assert extract(PAGE, options=Options(deadline=5.0)).headline == "Titre"
    assert {t.ident for t in _helpers()} == before


def test_each_calling_thread_has_its_own_helper_which_ends_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from articlekit import deadline

    monkeypatch.setattr(deadline, "_IDLE_LOOK", 0.05)  # how soon an idle helper notices
    seen: list[threading.Thread] = []

    def call() -> None:
        """Record which helper serves this thread."""
        seen.append(run_within(5.0, _thread))
        seen.append(run_within(5.0, _thread))

    caller = threading.Thread(target=call)
    caller.start()
    caller.join()
    assert len(seen) == 2 and seen[0] is seen[1]
    assert seen[0] is not run_within(5.0, _thread)
    seen[0].join(10)
    assert not seen[0].is_alive()


def test_a_late_job_raises_on_time_and_its_helper_is_stopped_and_replaced() -> None:
    served = run_within(5.0, _thread)

    def spin() -> None:
        """A Python loop that would run for a minute."""
        end = time.monotonic() + 60
        while time.monotonic() < end:
            pass

    started = time.monotonic()
    with pytest.raises(DeadlineExceeded, match=r"deadline of 0\.2 s"):
        run_within(0.2, spin)
    assert time.monotonic() - started < 5
    assert served.name == "articlekit-abandoned"
    served.join(30)
    assert not served.is_alive()
    # the next call gets a fresh helper
    assert run_within(5.0, lambda: "again") == "again"
    assert run_within(5.0, _thread) is not served


def test_a_job_ending_just_after_its_deadline_leaves_no_thread_behind() -> None:
    served = run_within(5.0, _thread)
    with pytest.raises(DeadlineExceeded):
        run_within(0.05, lambda: time.sleep(0.3))
    served.join(30)
    assert not served.is_alive()
    assert run_within(5.0, lambda: 1) == 1


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux", reason="fork on Linux only")
def test_a_forked_child_starts_its_own_helper() -> None:
    run_within(5.0, _thread)  # the parent has a helper: the child does not inherit the thread
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child process
        try:
            code = 0 if extract(PAGE, options=Options(deadline=5.0)).headline == "Titre" else 1
        except BaseException:
            code = 2
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
