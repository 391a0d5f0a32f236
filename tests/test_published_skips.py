"""published._dates skips the visible-dates walk, or its published half, only where its result is unused."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from articlekit.lexicon import get
from articlekit.meta import published as P
from articlekit.meta.page import _build_page
from articlekit.model import DateValue

LEX = get("fr")
FIXTURES = Path(__file__).parent / "fixtures"


def _plain_local_day(structured: DateValue | None, seen: DateValue | None) -> DateValue | None:
    """`_local_day` as written before the skip: every UTC time is compared with the shown day."""
    if not P._is_utc(structured) or seen is None:
        return structured
    assert isinstance(structured, dt.datetime)
    shift = ((seen.date() if isinstance(seen, dt.datetime) else seen) - structured.date()).days
    if (shift == -1 and structured.hour < P.WEST_UTC_HOURS) or (
        shift == 1 and structured.hour >= P.EAST_UTC_HOUR
    ):
        return seen
    return structured


def _plain_dates(page: Any) -> tuple[DateValue | None, DateValue | None]:
    """`_dates` as written before the skip: the walk reads both dates whenever one is in doubt."""
    found = P._published_candidates(page)
    published = found[0][1] if found else P._structured(page, "dateCreated", ())
    modified = P._structured(page, "dateModified", P._MODIFIED_META)
    weak = bool(found) and all(key in P._WEAK_META for key, _ in found)
    if published is None or modified is None or P._is_utc(published) or weak or P._disputed(found):
        seen = P._visible_dates(page, need_modified=modified is None)
        published = P._checked(published, found, seen, weak, page)
        published = _plain_local_day(published, seen.published) or seen.published
        modified = modified or seen.modified
    if published is None:
        published = (
            P._url_date(page)
            or modified
            or P._standalone_date(page)
            or P._dateline(page)
            or P._image_url_date(page)
        )
    return published, modified


def _page(html: str) -> Any:
    """A fresh page record of an HTML string."""
    return _build_page(lxml_html.document_fromstring(html), None, LEX, "Europe/Paris")


def _synthetic(hour: int, shift: int, variant: str) -> str:
    """A page with a UTC publication time at `hour` and a date line `shift` days from it."""
    ld = {"@type": "NewsArticle", "headline": "Titre", "datePublished": f"2023-05-10T{hour:02d}:30:00Z"}
    if "modified" in variant:
        ld["dateModified"] = "2023-05-12T08:00:00Z"
    heads = ""
    if "disputed" in variant:
        heads += '<meta property="article:published_time" content="2023-05-11T09:00:00+02:00">'
    if "weak" in variant:
        ld = {"@type": "NewsArticle", "headline": "Titre"}
        heads += f'<meta name="date" content="2023-05-10T{hour:02d}:30:00Z">'
    line = f'<p class="date">Publié le {10 + shift} mai 2023 à 09h00</p>'
    if "shown-modified" in variant:
        line += '<p class="date">Mis à jour le 13 mai 2023 à 10h00</p>'
    return (
        f'<html lang="fr"><head>{heads}<script type="application/ld+json">{json.dumps(ld)}</script>'
        f"</head><body><article><h1>Titre</h1>{line}<p>{'Un texte. ' * 30}</p></article></body></html>"
    )


VARIANTS = ("", "modified", "disputed", "weak", "shown-modified", "modified shown-modified")


@pytest.mark.parametrize("variant", VARIANTS)
def test_synthetic_pages_read_as_without_the_skip(variant: str) -> None:
    """Every UTC hour, a date line the day before, the same day or the day after: same dates."""
    for hour, shift in itertools.product(range(24), (-1, 0, 1)):
        html = _synthetic(hour, shift, variant)
        assert P._dates(_page(html)) == _plain_dates(_page(html)), (hour, shift, variant)


def test_fixture_pages_read_as_without_the_skip() -> None:
    """Every HTML fixture gives the same dates with and without the skip."""
    pages = sorted(FIXTURES.glob("*.htm*"))
    assert pages
    for path in pages:
        html = path.read_text(encoding="utf-8", errors="replace")
        assert P._dates(_page(html)) == _plain_dates(_page(html)), path.name


@pytest.mark.parametrize(
    ("value", "may"),
    [
        (dt.datetime(2023, 5, 10, 9, 59, tzinfo=dt.timezone.utc), True),
        (dt.datetime(2023, 5, 10, 10, 0, tzinfo=dt.timezone.utc), False),
        (dt.datetime(2023, 5, 10, 21, 59, tzinfo=dt.timezone.utc), False),
        (dt.datetime(2023, 5, 10, 22, 0, tzinfo=dt.timezone.utc), True),
        (dt.datetime(2023, 5, 10, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))), False),
        (dt.date(2023, 5, 10), False),
        (None, False),
    ],
)
def test_may_be_another_day(value: DateValue | None, may: bool) -> None:
    """Only a UTC time before 10:00 or from 22:00 may be another local day."""
    assert P._may_be_another_day(value) is may
