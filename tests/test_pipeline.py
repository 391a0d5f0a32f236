"""The pipeline around the stages: the deadline's helper changes nothing, and threads extract side by side."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from articlekit import extract
from articlekit.errors import DeadlineExceeded, InputError
from articlekit.options import Options

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*"))
PAGES = [*FIXTURES, *EXAMPLES]


def _json(path: Path, options: Options) -> str:
    """The Article of a page as JSON, read from its bytes."""
    return extract(path.read_bytes(), url="https://example.org/article", options=options).to_json()


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_the_deadline_helper_changes_nothing_in_the_article(path: Path) -> None:
    assert _json(path, Options()) == _json(path, Options(deadline=None))


def test_threads_extracting_side_by_side_get_what_one_thread_gets() -> None:
    expected = {path: _json(path, Options()) for path in PAGES}
    got: dict[tuple[int, Path], str] = {}
    errors: list[BaseException] = []

    def work(n: int) -> None:
        """Extract every page, in an order of its own."""
        try:
            for path in PAGES[n:] + PAGES[:n]:
                got[(n, path)] = _json(path, Options())
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert len(got) == 4 * len(PAGES)
    assert all(value == expected[path] for (_, path), value in got.items())


def test_an_error_inside_the_helper_reaches_the_caller_as_it_is() -> None:
    with pytest.raises(InputError, match="empty page"):
        extract(b"   ")
    # the same helper serves the next call
    assert extract(b"<html><body><p>Bonjour.</p></body></html>").paragraphs


def test_a_missed_deadline_leaves_the_next_extraction_intact() -> None:
    page = (
        "<html><body><article>" + "<p>Le maire a parlé hier soir.</p>" * 300_000 + "</article></body></html>"
    ).encode()
    with pytest.raises(DeadlineExceeded):
        extract(page, options=Options(deadline=0.3))
    path = FIXTURES[0]
    assert _json(path, Options()) == _json(path, Options(deadline=None))
