"""WARC / WARC.gz input: HTML response records become pages with their record id, URI and charset."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articlekit.batch import extract_many
from articlekit.cli import main
from articlekit.cli.batch_cmd import Progress
from articlekit.errors import InputError
from articlekit.warc import ByteMeter, is_warc_path, iter_warc, warc_inputs, write_warc

FIXTURES = Path(__file__).parent / "fixtures"
# a windows-1252 page that does not declare its charset: only the HTTP header says it
CP1252_PAGE = (
    "<html><body><h1>L’Élysée répond</h1>"
    "<p>« Nous avons décidé de réagir », a déclaré le porte-parole de l’Élysée mardi soir.</p>"
    "</body></html>"
).encode("cp1252")


def _record(
    writer: WARCWriter, url: str, body: bytes, headers: list[tuple[str, str]], status: str = "200 OK"
) -> None:
    """Write one response record with the given HTTP status and headers."""
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    )


def _archive(path: Path, *, gzipped: bool = True) -> Path:
    """Build an archive: pages, an image, a 404, a redirect, a gzipped page, a resource, a request."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        _record(
            writer,
            "https://exemple.fr/cp1252",
            CP1252_PAGE,
            [("Content-Type", "text/html; charset=windows-1252")],
        )
        seed = (FIXTURES / "semantic-html5.html").read_bytes()
        _record(writer, "https://exemple.fr/article", seed, [("Content-Type", "text/html; charset=utf-8")])
        _record(writer, "https://exemple.fr/logo.png", b"\x89PNG....", [("Content-Type", "image/png")])
        _record(
            writer,
            "https://exemple.fr/gone",
            b"<html>404</html>",
            [("Content-Type", "text/html")],
            "404 Not Found",
        )
        _record(writer, "https://exemple.fr/moved", b"", [("Location", "/article")], "301 Moved Permanently")
        zipped = gzip.compress(seed)
        _record(
            writer,
            "https://exemple.fr/zipped",
            zipped,
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
        )
        _record(writer, "https://exemple.fr/untyped", seed, [])
        resource = writer.create_warc_record(
            "https://exemple.fr/resource", "resource", payload=io.BytesIO(seed), warc_content_type="text/html"
        )
        writer.write_record(resource)
        request = writer.create_warc_record(
            "https://exemple.fr/article",
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET /article HTTP/1.1", [("Host", "exemple.fr")], is_http_request=True
            ),
        )
        writer.write_record(request)
    return path


@pytest.mark.parametrize("gzipped", [True, False])
def test_iter_warc_keeps_successful_html_records(tmp_path: Path, gzipped: bool) -> None:
    path = _archive(tmp_path / ("a.warc.gz" if gzipped else "a.warc"), gzipped=gzipped)
    pages = list(iter_warc(path))
    urls = [p.url for p in pages]
    assert urls == [
        "https://exemple.fr/cp1252",
        "https://exemple.fr/article",
        "https://exemple.fr/zipped",
        "https://exemple.fr/untyped",
        "https://exemple.fr/resource",
    ]
    for page in pages:
        assert page.id.startswith("<urn:uuid:") and page.id.endswith(">")
        assert isinstance(page.data, bytes)
    assert len({p.id for p in pages}) == len(pages)
    assert pages[0].content_type == "text/html; charset=windows-1252"
    seed = (FIXTURES / "semantic-html5.html").read_bytes()
    assert pages[1].data == seed
    assert pages[2].data == seed  # Content-Encoding: gzip undone


def test_http_charset_reaches_extraction(tmp_path: Path) -> None:
    path = _archive(tmp_path / "a.warc.gz")
    [result] = [r for r in extract_many(iter_warc(path), workers=1) if r.url == "https://exemple.fr/cp1252"]
    assert result.article is not None
    assert result.article.headline == "L’Élysée répond"
    assert "« Nous avons décidé de réagir »" in result.article.text


def test_page_size_cap(tmp_path: Path) -> None:
    path = _archive(tmp_path / "a.warc.gz")
    pages = list(iter_warc(path, max_bytes=100))
    assert all(len(p.data or b"") <= 101 for p in pages)


def test_damaged_and_missing_archives_raise_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"<html>not-an-archive</html>\n")
    with pytest.raises(InputError, match="not a readable WARC"):
        list(iter_warc(bad))
    with pytest.raises(InputError, match="cannot read"):
        list(iter_warc(tmp_path / "absent.warc.gz"))
    with pytest.raises(InputError, match="no such file"):
        list(warc_inputs([tmp_path / "absent"]))


def test_write_warc_round_trip(tmp_path: Path) -> None:
    pages = [(f"https://exemple.fr/{i}", f"<html><p>{i}</p></html>".encode(), "text/html") for i in range(3)]
    assert write_warc(tmp_path / "w.warc.gz", pages) == 3
    read = list(iter_warc(tmp_path / "w.warc.gz"))
    assert [(p.url, p.data, p.content_type) for p in read] == pages


def test_is_warc_path() -> None:
    assert is_warc_path("x/CC-NEWS-2024.warc.gz") and is_warc_path("a.WARC")
    assert not is_warc_path("page.html.gz")


def _records(path: Path) -> dict[str, Any]:
    """The JSON Lines of an output file, by id."""
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_cli_warc_input_ids_and_resume(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "crawl.warc.gz")
    out = tmp_path / "out.jsonl"
    assert main(["batch", "--warc", str(archive), "-o", str(out), "-q", "--workers", "2"]) == 0
    records = _records(out)
    expected = {p.id: p.url for p in iter_warc(archive)}
    assert {k: r["url"] for k, r in records.items()} == expected
    assert all(r["ok"] for r in records.values())
    # a .warc.gz given without --warc is read as an archive too; resume adds nothing
    assert main(["batch", str(archive), "-o", str(out), "-q", "--resume"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(expected)


def test_cli_warc_folder(tmp_path: Path) -> None:
    (tmp_path / "in" / "deep").mkdir(parents=True)
    write_warc(
        tmp_path / "in" / "one.warc.gz", [("https://exemple.fr/1", CP1252_PAGE, "text/html; charset=cp1252")]
    )
    write_warc(
        tmp_path / "in" / "deep" / "two.warc",
        [("https://exemple.fr/2", CP1252_PAGE, "text/html")],
        gzip=False,
    )
    (tmp_path / "in" / "ignored.html").write_text("<html></html>")
    out = tmp_path / "out.jsonl"
    assert main(["batch", "--warc", str(tmp_path / "in"), "-o", str(out), "-q", "--workers", "1"]) == 0
    assert sorted(r["url"] for r in _records(out).values()) == [
        "https://exemple.fr/1",
        "https://exemple.fr/2",
    ]


def test_cli_damaged_archive_is_one_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08 garbage\n")
    good = write_warc(tmp_path / "good.warc.gz", [("https://exemple.fr/1", CP1252_PAGE, "text/html")])
    assert good == 1
    out = tmp_path / "o.jsonl"
    status = main(["batch", "--warc", str(bad), str(tmp_path / "good.warc.gz"), "-o", str(out), "-q"])
    assert status == 1
    records = _records(out)
    assert records[str(bad)]["error"]["kind"] == "InputError"
    assert "not a readable WARC" in records[str(bad)]["error"]["message"]
    assert [r["url"] for r in records.values() if r["ok"]] == ["https://exemple.fr/1"]


def test_truncated_archive_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    path = _archive(tmp_path / "a.warc.gz")
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    items = list(warc_inputs([cut]))
    assert items and all(hasattr(i, "data") for i in items[:-1])
    assert items[-1].id == str(cut) and getattr(items[-1], "error", None) is not None


def test_byte_meter_follows_the_archives_read(tmp_path: Path) -> None:
    first = _archive(tmp_path / "a.warc.gz")
    second = _archive(tmp_path / "b.warc", gzipped=False)
    total = first.stat().st_size + second.stat().st_size
    meter = ByteMeter(total)
    seen: list[float] = []
    for _ in warc_inputs([first, second], meter=meter):
        seen.append(meter.fraction or 0.0)
    assert seen == sorted(seen) and 0 < seen[0] < 1
    assert meter.done == total and meter.fraction == 1.0
    assert ByteMeter().fraction is None


def test_progress_eta_from_bytes_read() -> None:
    progress = Progress(io.StringIO(), enabled=True)
    progress.meter = ByteMeter(1000)
    progress.meter.done = 250
    progress.done = 10
    text = progress.line(progress.start + 60.0)
    assert text.startswith("10 pages") and "ETA 0:03:00 (25% of the input read)" in text
