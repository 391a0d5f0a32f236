"""articlekit.dask on a small LocalCluster: bags of pages and WARC paths, dataframes, the CLI engine."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pandas")
pytest.importorskip("warcio")

from distributed import Client, LocalCluster

import articlekit
import articlekit.dask as akd
from articlekit.batch import PageInput
from articlekit.cli import main
from articlekit.errors import InputError
from articlekit.warc import write_warc

FIXTURES = Path(__file__).parent / "fixtures"
NAMES = ("semantic-html5.html", "windows-1252.html", "seed.txt")


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """One light in-process cluster (threads, one worker) for the whole module."""
    cluster = LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
    with Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture
def archives(tmp_path: Path) -> list[Path]:
    """Two small WARC files built from fixture pages."""
    pages = [(f"https://exemple.fr/{n}", (FIXTURES / n).read_bytes(), "text/html") for n in NAMES[:2]]
    first, second = tmp_path / "one.warc.gz", tmp_path / "two.warc.gz"
    write_warc(first, pages)
    write_warc(second, pages[:1])
    return [first, second]


def test_import_dask_means_the_real_dask() -> None:
    import dask
    import dask.bag

    assert "articlekit" not in (dask.__file__ or "")
    assert akd._bag_module() is dask.bag
    assert sys.modules["articlekit.dask"] is akd and akd is not dask


def test_extract_bag_of_pages(client: Client) -> None:
    paths = [FIXTURES / n for n in NAMES]
    bag = akd.extract_bag(akd.pages_bag([*paths, ("bad", b"\x00\x01\x02\xff")], npartitions=2))
    records = {r["id"]: r for r in bag.compute()}
    assert set(records) == {*map(str, paths), "bad"}
    for path in paths:
        expected = articlekit.extract(path.read_bytes()).to_dict()
        assert records[str(path)]["ok"] and records[str(path)]["article"] == expected
    assert records["bad"]["ok"] is False and records["bad"]["error"]["kind"]


def test_extract_bag_can_return_page_results(client: Client) -> None:
    [result] = akd.extract_bag(akd.pages_bag([FIXTURES / NAMES[0]]), as_dicts=False).compute()
    assert result.ok and result.article is not None and result.article.headline


def test_warc_paths_to_bag_and_dataframe(client: Client, archives: list[Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"<html>not-an-archive</html>\n")
    results = akd.extract_warcs([*map(str, archives), str(broken)])
    df = akd.to_dataframe(results).compute()
    assert list(df.columns) == list(akd.COLUMNS)
    assert len(df) == 4  # two pages + one page + the broken file's error row
    ok = df[df["ok"]]
    assert sorted(ok["url"]) == ["https://exemple.fr/semantic-html5.html"] * 2 + [
        "https://exemple.fr/windows-1252.html"
    ]
    assert (ok["paragraphs"] > 0).all() and ok["headline"].notna().all()
    article = json.loads(ok.iloc[0]["article_json"])
    assert article["headline"] == ok.iloc[0]["headline"]
    [error] = df[~df["ok"]].to_dict("records")
    assert error["id"] == str(broken) and error["error_kind"] == "InputError"


def test_warc_bag_then_extract_bag(client: Client, archives: list[Path]) -> None:
    pages = akd.warc_bag(map(str, archives))
    assert pages.npartitions == 2
    records = akd.extract_bag(pages).compute()
    assert len(records) == 3 and all(r["ok"] for r in records)
    assert all(r["id"].startswith("<urn:uuid:") for r in records)


def test_flat_row_of_an_error() -> None:
    row = akd.flat_row({"id": "x", "url": "u", "ok": False, "error": {"kind": "FetchError", "message": "m"}})
    assert row["error_kind"] == "FetchError" and row["headline"] is None and row["paragraphs"] == 0


def _records(path: Path) -> dict[str, Any]:
    """The output lines, by id."""
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_cli_engine_dask_on_a_given_scheduler(client: Client, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    address = client.scheduler.address
    inputs = [str(FIXTURES / n) for n in NAMES]
    assert main(["batch", *inputs, "-o", str(out), "-q", "--engine", "dask", "--scheduler", address]) == 0
    records = _records(out)
    assert set(records) == set(inputs)
    local = tmp_path / "local.jsonl"
    main(["batch", *inputs, "-o", str(local), "-q", "--workers", "1"])
    assert records == _records(local)


def test_extract_lines_keeps_identical_chunks_apart(client: Client) -> None:
    page = (FIXTURES / NAMES[0]).read_bytes()
    items = [PageInput("same", data=page) for _ in range(8)]  # two equal chunks of 4 (a file given twice)
    lines = list(akd.extract_lines(iter(items), scheduler=client.scheduler.address, chunk_size=4))
    assert len(lines) == 8 and all(r.ok and r.id == "same" for r in lines)


def test_cli_engine_dask_local_cluster(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x00\x01\x02\x03\xff")
    status = main(
        [
            "batch",
            str(FIXTURES / NAMES[0]),
            str(bad),
            "-o",
            str(out),
            "-q",
            "--engine",
            "dask",
            "--workers",
            "1",
        ]
    )
    assert status == 1
    records = _records(out)
    assert records[str(FIXTURES / NAMES[0])]["ok"] and not records[str(bad)]["ok"]


def test_unreachable_scheduler_is_an_input_error() -> None:
    pages = iter([PageInput("x", data="<html><p>x</p></html>")])
    with pytest.raises(InputError, match="Dask scheduler"):
        list(akd.extract_lines(pages, scheduler="tcp://127.0.0.1:9", connect_timeout=1.0))
