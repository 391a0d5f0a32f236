"""`articlekit fixture` and `articlekit check`, end to end in a subprocess."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from articlekit.testing import dumps_golden, golden_path
from articlekit.testing.pages import make_page

#: the `articlekit` console script's body, run by this interpreter (the venv's bin/ may not be on PATH)
_MAIN = "import sys; from articlekit.cli import main; sys.exit(main())"


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the articlekit command with `args`, capturing its output (never a terminal)."""
    cmd = [sys.executable, "-c", _MAIN, *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder with three synthetic pages (one of them gzipped), without goldens."""
    folder = tmp_path / "pages"
    for seed in (0, 1):
        make_page(seed).save(folder, golden=False)
    dump = make_page(5)
    (folder / "sub").mkdir()
    (folder / "sub" / (dump.filename + ".gz")).write_bytes(gzip.compress(str(dump.content).encode("utf-8")))
    return folder


def test_fixture_writes_stable_goldens_beside_pages(pages: Path) -> None:
    result = _run("fixture", pages)
    assert result.returncode == 0, result.stderr
    goldens = sorted(pages.rglob("*.golden.json"), key=lambda p: p.name)
    assert [g.name for g in goldens] == [
        "synthetic-0-semantic.html.golden.json",
        "synthetic-1-div_soup.html.golden.json",
        "synthetic-5-text_dump.txt.gz.golden.json",
    ]
    assert result.stdout.count("wrote ") == 3
    first = goldens[0].read_text(encoding="utf-8")
    assert first.endswith("}\n") and "«" in first and '"text":' in first
    data = json.loads(first)
    assert data["headline"] == make_page(0).article.headline
    assert first == dumps_golden(data)
    again = _run("fixture", pages)
    assert again.returncode == 0 and again.stdout.count("unchanged ") == 3
    assert goldens[0].read_text(encoding="utf-8") == first


def test_check_passes_on_fresh_goldens(pages: Path) -> None:
    _run("fixture", pages)
    result = _run("check", pages)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "3 pages checked: 3 ok"
    assert _run("check", pages, "--quiet").stdout.strip() == "3 pages checked: 3 ok"


def test_check_reports_differences_and_exits_1(pages: Path) -> None:
    _run("fixture", pages)
    golden = golden_path(pages / make_page(0).filename)
    data = json.loads(golden.read_text(encoding="utf-8"))
    data["headline"] = "Titre d'hier"
    data["paragraphs"].pop(1)
    golden.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = _run("check", pages)
    assert result.returncode == 1
    out = result.stdout
    assert "DIFF    " + str(pages / make_page(0).filename) in out
    assert "2 differences: headline, paragraphs" in out
    assert '- "Titre d\'hier"' in out
    assert "paragraphs[1]  (unexpected)" in out
    assert "\x1b[" not in out  # no colour when not on a terminal
    assert out.splitlines()[-1] == "3 pages checked: 2 ok, 1 differ"
    assert "\x1b[31m" in _run("check", pages, "--color", "always").stdout


def test_check_update_rewrites_the_goldens(pages: Path) -> None:
    _run("fixture", pages)
    golden = golden_path(pages / make_page(1).filename)
    fresh = golden.read_text(encoding="utf-8")
    golden.write_text(fresh.replace('"lang": "fr"', '"lang": "en"'), encoding="utf-8")
    result = _run("check", pages, "--update")
    assert result.returncode == 0
    assert "UPDATED " in result.stdout and "1 updated" in result.stdout
    assert golden.read_text(encoding="utf-8") == fresh
    assert _run("check", pages).returncode == 0


def test_goldens_in_a_separate_folder(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "goldens"
    assert _run("fixture", pages, "--out", out).returncode == 0
    assert len(list(out.glob("*.golden.json"))) == 3
    assert not list(pages.rglob("*.golden.json"))
    assert _run("check", pages, "--goldens", out).returncode == 0


def test_check_single_pages(pages: Path) -> None:
    _run("fixture", pages)
    page = pages / make_page(0).filename
    result = _run("check", page, pages / "sub")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "2 pages checked: 2 ok"
    golden_path(page).unlink()
    lonely = _run("check", page)
    assert lonely.returncode == 2 and "has no golden" in lonely.stderr


def test_golden_without_page_fails_the_check(pages: Path) -> None:
    _run("fixture", pages)
    (pages / make_page(0).filename).unlink()
    result = _run("check", pages)
    assert result.returncode == 1
    assert "MISSING" in result.stdout and "golden whose page is gone" in result.stdout


def test_fixture_with_url_records_it(pages: Path) -> None:
    page = pages / make_page(0).filename
    assert _run("fixture", page, "--url", "https://example.fr/a").returncode == 0
    assert json.loads(golden_path(page).read_text(encoding="utf-8"))["url"] == "https://example.fr/a"
    assert _run("check", pages).returncode == 0


def test_bad_input_is_one_line_on_stderr(tmp_path: Path) -> None:
    missing = _run("fixture", tmp_path / "nope.html")
    assert missing.returncode == 2
    assert missing.stderr.startswith("articlekit: error: no such page") and missing.stderr.count("\n") == 1
    empty = _run("check", tmp_path)
    assert empty.returncode == 2 and "no page with a golden" in empty.stderr
    two = tmp_path / "two"
    for seed in (0, 1):
        make_page(seed).save(two, golden=False)
    assert "single page" in _run("fixture", two, "--url", "https://example.fr/").stderr


def test_check_compares_only_the_chosen_fields(pages: Path) -> None:
    _run("fixture", pages)
    golden = golden_path(pages / make_page(0).filename)
    data = json.loads(golden.read_text(encoding="utf-8"))
    data["quotes"] = []
    golden.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert _run("check", pages).returncode == 1
    assert _run("check", pages, "--ignore", "quotes,sources").returncode == 0
    assert _run("check", pages, "--fields", "headline,paragraphs").returncode == 0
    typo = _run("check", pages, "--ignore", "quotes.speakr")
    assert typo.returncode == 2 and "has no field 'speakr'" in typo.stderr


def test_unreadable_golden_is_reported_and_the_check_goes_on(pages: Path) -> None:
    _run("fixture", pages)
    golden_path(pages / make_page(0).filename).write_text("<<<<<<< HEAD\n{", encoding="utf-8")
    result = _run("check", pages)
    assert result.returncode == 1
    assert "ERROR" in result.stdout and "cannot read golden" in result.stdout
    assert result.stdout.splitlines()[-1] == "3 pages checked: 2 ok, 1 failed"
