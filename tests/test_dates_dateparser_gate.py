"""The tests that keep texts dateparser cannot read away from it, checked against dateparser itself."""

from __future__ import annotations

import ast
import datetime as dt
import random
import subprocess
import sys
from pathlib import Path

import dateparser
import pytest

from articlekit import dates
from articlekit.lexicon import get as get_lexicon

SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
LANGUAGE_SETS = (("fr",), dates.FOREIGN_LANGUAGES, ("en",), ("de",), ("es",))
# the texts of the corpus that reached dateparser before these tests, each answered None by it
CORPUS_TEXTS = ("13 gusht 2020, 09:08", "Jueves, 21 de Abril de 202221/04/2022", "2018-10-29T10:15-500")


def _plain(text: str, languages: tuple[str, ...]) -> dt.datetime | None:
    """dateparser's own reading of `text` with the settings dates.py gives it."""
    return dateparser.parse(text, languages=list(languages), settings=SETTINGS)


def _asked(text: str, lex_lang: str | None) -> bool:
    """Tell whether dates._dateparser hands `text` to dateparser (its memo is called)."""
    lex = get_lexicon(lex_lang) if lex_lang else None
    calls: list[str] = []
    memo = dates._dateparser_memo
    dates._dateparser_memo = lambda t, *rest: calls.append(t)  # type: ignore[assignment]
    try:
        dates._dateparser(text, lex, None)
    finally:
        dates._dateparser_memo = memo
    return bool(calls)


@pytest.mark.parametrize("text", CORPUS_TEXTS)
@pytest.mark.parametrize("lang", ["fr", None])
def test_corpus_texts_skip_dateparser(text: str, lang: str | None) -> None:
    """The corpus's texts are answered without dateparser, and dateparser answers them None too."""
    assert not _asked(text, lang)
    assert _plain(text, ("fr",) if lang else dates.FOREIGN_LANGUAGES) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("5 Juni 2016 14:00", None),
        ("29-Oct-2018", "fr"),
        ("29-Oct-2018", None),
        ("Oct-29-2018 10:15:00", None),
        ("2018-Oct-29", "fr"),
        ("29 10 2018", "fr"),
        ("10:15 2018-10-29", None),
        ("Oct 29, 2018 10:15:00.123456", None),
    ],
)
def test_readable_texts_still_reach_dateparser(text: str, lang: str | None) -> None:
    """Texts dateparser reads still go to it, and get its answer."""
    assert _asked(text, lang)
    lex = get_lexicon(lang) if lang else None
    dates._dateparser_memo.cache_clear()
    found = dates._dateparser(text, lex, None)
    plain = _plain(text, (lang,) if lang else dates.FOREIGN_LANGUAGES)
    assert plain is not None and found is not None
    assert found == (
        plain.date() if isinstance(found, dt.date) and not isinstance(found, dt.datetime) else found
    )


def _word_texts(count: int) -> list[str]:
    """Date-shaped texts holding month, day and relative words of every language dateparser knows."""
    root = Path(dateparser.__file__).parent / "data" / "date_translation_data"
    words: set[str] = set()
    for path in sorted(root.glob("*.py")):
        if path.name == "__init__.py":
            continue
        info = ast.literal_eval(ast.parse(path.read_text(encoding="utf-8")).body[0].value)  # type: ignore[attr-defined]
        for key in ("january", "may", "august", "december", "monday", "friday", "ago", "in"):
            words.update(info.get(key, []))
    pool = sorted(words)
    shapes = ("13 {w} 2020, 09:08", "{w} 5, 2021", "{w}, 12 {v} 2019", "5 {w} 2019 à 10h", "{w} 2020-05-05")
    rng = random.Random(7)
    return [rng.choice(shapes).format(w=rng.choice(pool), v=rng.choice(pool)) for _ in range(count)]


def test_word_test_only_refuses_what_dateparser_refuses() -> None:
    """A text `dateparser_may_read` refuses for some languages gets None from dateparser in them."""
    refused = 0
    for text in _word_texts(400):
        for languages in LANGUAGE_SETS:
            if not dates.dateparser_may_read(text, languages):
                refused += 1
                assert _plain(text, languages) is None, (text, languages)
    assert refused > 500  # the test refuses most foreign words, not just a few


def test_word_test_keeps_every_word_of_the_languages() -> None:
    """Every month and day name of a language's data is a word `dateparser_may_read` lets through."""
    root = Path(dateparser.__file__).parent / "data" / "date_translation_data"
    for lang in ("fr", *dates.FOREIGN_LANGUAGES):
        info = ast.literal_eval(ast.parse((root / f"{lang}.py").read_text(encoding="utf-8")).body[0].value)  # type: ignore[attr-defined]
        for key in ("january", "october", "monday", "sunday"):
            for word in info[key]:
                assert dates.dateparser_may_read(f"5 {word} 2020", (lang,)), (lang, word)
                assert dates.dateparser_may_read(f"5 {word.upper()} 2020", (lang,)), (lang, word)


def test_shared_words_hold_every_string_of_their_modules() -> None:
    """The modules read as plain text write no letter as an escape: each string is in the text."""
    shared = dates._dateparser_shared_words()
    root = dates._dateparser_root()
    assert shared is not None and root is not None
    for name in dates._DATEPARSER_WORD_MODULES:
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for run in dates._letter_runs(dates._fold_like_dateparser(node.value)):
                    assert run.lower() in shared, (name, node.value)


def test_bad_zone_texts_get_none_from_dateparser() -> None:
    """An ISO date and time read but for a zone that is no offset gets None from dateparser too."""
    rng = random.Random(3)
    skipped = 0
    for _ in range(400):
        zone = rng.choice(["-", "+", " -", " +"]) + str(
            rng.choice(
                [rng.randint(0, 9), rng.randint(100, 999), rng.randint(15, 99), rng.randint(10000, 99999)]
            )
        )
        day = f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = f"{day}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}{zone}"
        if dates._bad_zone_only(text):
            skipped += 1
            for languages in (("fr",), dates.FOREIGN_LANGUAGES):
                assert _plain(text, languages) is None, text
    assert skipped > 100


def test_long_number_texts_read_by_dateparser_depend_on_the_reading_day() -> None:
    """Where dateparser reads a text holding a long number, its answer moves with the reading day.

    (Or falls outside the years dates.py keeps.) Such a text gets None instead: its date would
    change from one run to the next.
    """
    rng = random.Random(3)
    words = ["Oct", "octobre", "Monday", "mai", "Juni", "de", "le", "à", "am", "pm", "h"]
    read = 0
    for _ in range(1500):
        parts = [
            str(rng.randint(1, 31)),
            rng.choice(words),
            str(rng.randint(1990, 2030)),
            f"{rng.randint(0, 23)}:{rng.randint(10, 59)}",
            str(rng.randint(10000, 99999999)),
            f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(1990, 2030)}",
        ]
        rng.shuffle(parts)
        text = parts[0]
        for part in parts[1 : rng.randint(2, len(parts))]:
            text += rng.choice([" ", ", ", "-", "/", "", ". "]) + part
        if dates._LONG_NUMBER.search(text) is None or _asked(text, "fr"):
            continue
        for languages in (("fr",), dates.FOREIGN_LANGUAGES):
            early = dateparser.parse(
                text,
                languages=list(languages),
                settings={**SETTINGS, "RELATIVE_BASE": dt.datetime(2010, 1, 1)},
            )
            late = dateparser.parse(
                text,
                languages=list(languages),
                settings={**SETTINGS, "RELATIVE_BASE": dt.datetime(2015, 6, 15, 12, 30)},
            )
            if early is None and late is None:
                continue
            read += 1
            assert early != late or not dates.MIN_YEAR <= early.year <= dates.MAX_YEAR, text
    assert read > 5


def test_fraction_of_second_and_epoch_lengths_are_no_long_number() -> None:
    """Microseconds and numbers of an epoch's length stay with dateparser."""
    assert dates._LONG_NUMBER.search("Oct 29, 2018 10:15:00.123456") is None
    assert dates._LONG_NUMBER.search("1540808100. Oct 2018") is None
    assert dates._LONG_NUMBER.search("de 202221/04/2022") is not None


def test_extract_without_importing_dateparser() -> None:
    """A page whose only unread date is one dateparser would refuse does not load dateparser."""
    page = (
        '<html lang="fr"><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Titre", "datePublished": "13 gusht 2020, 09:08"}'
        "</script></head><body><article><h1>Titre</h1><p>"
        + "Un texte assez long. " * 20
        + "</p></article></body></html>"
    )
    code = f"import sys, articlekit\narticlekit.extract({page!r})\nprint('dateparser' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_data_words_hold_every_string_of_the_data_files() -> None:
    """A language's data read as text holds every letter run of every string its file writes."""
    root = Path(dateparser.__file__).parent / "data" / "date_translation_data"
    for lang in ("fr", *dates.FOREIGN_LANGUAGES):
        known = dates._dateparser_words(lang)
        assert known is not None
        for node in ast.walk(ast.parse((root / f"{lang}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for run in dates._letter_runs(dates._fold_like_dateparser(node.value.lower())):
                    assert run.lower() in known, (lang, node.value)
