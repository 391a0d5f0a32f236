"""extract_many and `articlekit batch`: ids, error lines, workers, streaming, resume, exit codes."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import articlekit
from articlekit import batch
from articlekit.batch import PageError, PageInput, PageResult, done_ids, extract_many, line_id
from articlekit.cli import main
from articlekit.cli.batch_cmd import Progress
from articlekit.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"
PAGE_NAMES = ("semantic-html5.html", "windows-1252.html", "div-soup.html", "seed.txt")


def _page(i: int) -> str:
    """A small valid page with a numbered headline."""
    body = f"<h1>Titre {i}</h1><p>Un paragraphe assez long pour compter, numéro {i}.</p>"
    return f"<html><body>{body}</body></html>"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of pages: fixtures at the top, a gzipped copy and a binary file in a subfolder."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    for name in PAGE_NAMES[:3]:
        shutil.copy(FIXTURES / name, root / name)
    (root / "sub" / "zipped.html.gz").write_bytes(gzip.compress((FIXTURES / PAGE_NAMES[0]).read_bytes()))
    (root / "sub" / "broken.html").write_bytes(b"\x00\x01\x02\x03 not a page \xff\xfe")
    (root / "notes.md").write_text("not picked by the default globs")
    return root


def _lines(path: Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- extract_many ----------------------------------------------------------------------------------


def test_extract_many_is_exported() -> None:
    assert articlekit.extract_many is extract_many
    assert "extract_many" in articlekit.__all__ and "afetch_many" in articlekit.__all__


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_many_matches_extract(workers: int) -> None:
    paths = [FIXTURES / name for name in PAGE_NAMES]
    results = {r.id: r for r in extract_many(paths, workers=workers)}
    assert set(results) == {str(p) for p in paths}
    for path in paths:
        result = results[str(path)]
        assert result.ok and result.error is None
        assert result.article == articlekit.extract(path.read_bytes())


def test_extract_many_accepts_bytes_str_and_tuples() -> None:
    pages: list[Any] = [
        _page(0).encode(),
        _page(1),
        ("mine", _page(2), "https://exemple.fr/a"),
        ("file", FIXTURES / "seed.txt"),
    ]
    results = {r.id: r for r in extract_many(pages, workers=1)}
    assert results["#0"].article is not None and results["#0"].article.headline == "Titre 0"
    assert results["#1"].article is not None and results["#1"].article.headline == "Titre 1"
    mine = results["mine"]
    assert mine.url == "https://exemple.fr/a" and mine.article is not None
    assert mine.article.url == "https://exemple.fr/a"
    assert results["file"].ok


def test_failures_become_error_results_and_the_run_goes_on() -> None:
    pages: list[Any] = [
        _page(0),
        ("binary", b"\x00\x01\x02 \xff"),
        ("number", 42),
        ("missing", Path("/no/such/page.html")),
        ("bad-tuple", 1, 2, 3),
        _page(5),
    ]
    for workers in (1, 2):
        results = {r.id: r for r in extract_many(pages, workers=workers)}
        assert results["#0"].ok and results["#5"].ok
        for bad in ("binary", "number", "missing"):
            error = results[bad].error
            assert error is not None and not results[bad].ok
            assert error.kind in ("InputError", "UnsupportedContentError", "DecodeError")
            assert error.message
        assert (
            "missing" in results
            and "/no/such/page.html" in (results["missing"].error or PageError("", "")).message
        )
        assert results["#4"].error is not None and results["#4"].error.kind == "InputError"


def test_bad_arguments_raise_input_error() -> None:
    with pytest.raises(InputError):
        list(extract_many([_page(0)], workers=0))
    with pytest.raises(InputError):
        list(extract_many([_page(0)], workers=1, chunk_size=0))


def test_streaming_keeps_a_bounded_window_in_flight() -> None:
    pulled = 0

    def pages() -> Iterator[str]:
        """An endless-looking source that counts what the pool has taken."""
        nonlocal pulled
        for i in range(400):
            pulled += 1
            yield _page(i)

    results = extract_many(pages(), workers=2, chunk_size=2)
    first = next(results)
    assert first.ok
    # 2 workers × 2 tasks × 2 pages in flight, plus the chunk being filled
    assert pulled <= 2 * batch.TASKS_PER_WORKER * 2 + 2
    rest = list(results)
    assert len(rest) == 399 and pulled == 400
    assert len({r.id for r in [first, *rest]}) == 400


def _crash_on_poison(pages: list[PageInput], options: Any) -> list[PageResult]:
    """Pool task that kills its worker process on the page whose id is 'poison'."""
    if any(p.id == "poison" for p in pages):
        os._exit(1)
    return batch.extract_chunk(pages, options)


def test_a_worker_crash_fails_only_the_page_that_caused_it() -> None:
    items = iter([PageInput(f"p{i}", data=_page(i)) for i in range(10)] + [PageInput("poison", data="x")])
    results = {r.id: r for r in batch.run_items(items, _crash_on_poison, 2, articlekit.Options(), 3)}
    assert set(results) == {f"p{i}" for i in range(10)} | {"poison"}
    assert results["poison"].error is not None and results["poison"].error.kind == batch.WORKER_CRASH
    assert all(results[f"p{i}"].ok for i in range(10))


def test_result_json_line_puts_the_id_first() -> None:
    ok = next(extract_many([("x", _page(1), "https://exemple.fr/x")], workers=1))
    line = ok.to_json()
    assert line.startswith('{"id":"x",') and "\n" not in line
    record = json.loads(line)
    assert record["ok"] is True and record["url"] == "https://exemple.fr/x"
    assert record["article"]["headline"] == "Titre 1"
    failed = PageResult("y", error=PageError("FetchError", "boom"), url="https://exemple.fr/y")
    assert json.loads(failed.to_json()) == {
        "id": "y",
        "url": "https://exemple.fr/y",
        "ok": False,
        "error": {"kind": "FetchError", "message": "boom"},
    }


def test_line_id_and_done_ids_cut_a_half_written_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(
        '{"id":"a","ok":true}\n{"ok":true,"id":"b"}\nnot json\n{"id":"c","ok":tr', encoding="utf-8"
    )
    assert line_id('{"id":"a\\"q","ok":true}') == 'a"q'
    assert done_ids(out) == {"a", "b"}
    assert out.read_text(encoding="utf-8").endswith("not json\n")
    assert done_ids(tmp_path / "absent.jsonl") == set()


def test_walk_files_is_sorted_and_filtered(folder: Path) -> None:
    found = [p.relative_to(folder).as_posix() for p in batch.walk_files(folder)]
    assert found == [*sorted(PAGE_NAMES[:3]), "sub/broken.html", "sub/zipped.html.gz"]
    assert [p.name for p in batch.walk_files(folder, ["sub/*.gz"])] == ["zipped.html.gz"]


# --- articlekit batch -------------------------------------------------------------------------------


def test_cli_folder_to_jsonl_with_error_lines(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    status = main(["batch", str(folder), "-o", str(out), "--workers", "2", "--quiet"])
    assert status == 1  # the binary page failed
    records = {r["id"]: r for r in _lines(out)}
    assert set(records) == {str(p) for p in batch.walk_files(folder)}
    broken = records[str(folder / "sub" / "broken.html")]
    assert broken["ok"] is False and broken["error"]["kind"] and broken["error"]["message"]
    zipped = records[str(folder / "sub" / "zipped.html.gz")]
    plain = records[str(folder / "semantic-html5.html")]
    assert zipped["ok"] and zipped["article"] == plain["article"]


def test_cli_exit_zero_when_all_pages_pass_and_glob(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    assert (
        main(
            [
                "batch",
                str(folder),
                "--glob",
                "*.html",
                "--glob",
                "*.gz",
                "-o",
                str(out),
                "-q",
                "--workers",
                "1",
            ]
        )
        == 1
    )
    assert main(["batch", str(folder), "--glob", "s*.html", "-o", str(out), "-q", "--workers", "1"]) == 0
    assert [r["id"] for r in _lines(out)] == [str(folder / "semantic-html5.html")]


def test_cli_stdout(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = folder / "semantic-html5.html"
    assert main(["batch", str(page), "-o", "-", "--workers", "1"]) == 0
    captured = capsys.readouterr()
    [record] = [json.loads(line) for line in captured.out.splitlines()]
    assert record["id"] == str(page) and record["ok"]
    assert captured.err == ""  # stderr is not a terminal: no progress bar


def test_cli_resume_skips_done_ids_without_duplicates(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    main(["batch", str(folder), "-o", str(out), "-q", "--workers", "1"])
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # an interrupted run: two complete lines and half of the third
    out.write_text("".join(full[:2]) + full[2][:40], encoding="utf-8")
    main(["batch", str(folder), "-o", str(out), "-q", "--resume", "--workers", "2"])
    ids = [r["id"] for r in _lines(out)]
    assert sorted(ids) == sorted(json.loads(line)["id"] for line in full)
    assert len(ids) == len(set(ids))
    # resuming a finished run adds nothing
    before = out.read_text(encoding="utf-8")
    assert main(["batch", str(folder), "-o", str(out), "-q", "--resume"]) == 0
    assert out.read_text(encoding="utf-8") == before


def test_cli_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "-o", str(tmp_path / "x.jsonl")]) == 2
    assert main(["batch", str(tmp_path / "missing"), "-o", str(tmp_path / "x.jsonl")]) == 2
    assert main(["batch", str(FIXTURES / "seed.txt"), "--resume"]) == 2
    assert main(["batch", str(FIXTURES / "seed.txt"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    err = capsys.readouterr().err
    assert "nothing to do" in err and "no such file" in err and "--resume" in err
    assert "Traceback" not in err


def test_progress_line() -> None:
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, total=10)
    progress.done, progress.errors = 4, 1
    text = progress.line(progress.start + 2.0)
    assert text.startswith("4/10 pages") and "2.0 pages/s" in text and "1 errors" in text
    assert "ETA 0:00:03" in text
    progress.draw()
    progress.finish()
    assert stream.getvalue().startswith("\r\x1b[K4/10 pages") and stream.getvalue().endswith("\n")
    quiet = io.StringIO()
    Progress(quiet, enabled=False).finish()
    assert quiet.getvalue() == ""


# --- URLs ------------------------------------------------------------------------------------------


class _Pages(BaseHTTPRequestHandler):
    """Serves /a.html and /b.html; anything else is a 404; robots.txt is absent."""

    def log_message(self, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        """Answer one request."""
        if self.path in ("/a.html", "/b.html"):
            body = _page(ord(self.path[1])).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"nope"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site() -> Iterator[str]:
    """A local web server for --urls."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_cli_urls(site: str, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# pages\n{site}/a.html\n\n{site}/b.html\n{site}/gone.html\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["batch", "--urls", str(listing), "-o", str(out), "-q", "--workers", "1", "--retries", "0"])
    assert status == 1
    records = {r["id"]: r for r in _lines(out)}
    assert set(records) == {f"{site}/a.html", f"{site}/b.html", f"{site}/gone.html"}
    assert records[f"{site}/a.html"]["article"]["headline"] == f"Titre {ord('a')}"
    assert records[f"{site}/a.html"]["article"]["url"] == f"{site}/a.html"
    gone = records[f"{site}/gone.html"]
    assert gone["ok"] is False and gone["error"]["kind"] == "HTTPStatusError"
    # resume: nothing is fetched again
    assert main(["batch", "--urls", str(listing), "-o", str(out), "-q", "--resume"]) == 0
    assert len(_lines(out)) == 3
