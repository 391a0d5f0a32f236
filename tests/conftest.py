"""Shared test helpers: where the fixture pages and their goldens live."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURES_DIR = Path(__file__).parent / "fixtures"
PAGE_SUFFIXES = (".html", ".txt")


def fixture_pages() -> list[Path]:
    """Every fixture page that has a NAME.expected.json beside it, sorted by name."""
    return sorted(
        p
        for p in FIXTURES_DIR.iterdir()
        if p.suffix in PAGE_SUFFIXES and (FIXTURES_DIR / f"{p.stem}.expected.json").is_file()
    )


def load_expected(page: Path) -> dict[str, Any]:
    """The golden Article dict of a fixture page."""
    return json.loads((page.parent / f"{page.stem}.expected.json").read_text(encoding="utf-8"))


def load_accept(page: Path) -> dict[str, Any]:
    """The tolerated alternatives of a fixture page (NAME.accept.json), or {} when it has none."""
    path = page.parent / f"{page.stem}.accept.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@pytest.fixture
def fixtures_dir() -> Path:
    """The folder of fixture pages and goldens."""
    return FIXTURES_DIR


@pytest.fixture
def seed_bytes() -> bytes:
    """The reference text dump, byte for byte."""
    return (FIXTURES_DIR / "seed.txt").read_bytes()
