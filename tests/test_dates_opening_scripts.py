"""The visible-dates walk's opening pattern reads Latin-1 letters and `_FOREIGN` characters as they are.

Its fast path holds only if the cue and label tests read those characters as they are written but
for case; checked here on every such character, then on random texts made of them and of the cues.
"""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest

from articlekit import dates
from articlekit.lexicon import get
from articlekit.meta import published
from articlekit.meta.page import _INVISIBLE_CHARS, _text

LANGS = ("fr", "en", "de", "es")
FOREIGN = [chr(code) for lo, hi in published._FOREIGN for code in range(lo, hi + 1)]
PLAIN = [*published._LATIN1_LETTERS, *FOREIGN]


def _second_halves() -> set[str]:
    """Every character that is the second half of a canonical two-character decomposition."""
    found = set()
    for code in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            found.add(chr(int(parts[1], 16)))
    return found


def test_plain_characters_read_as_they_are_but_for_case() -> None:
    """NFC leaves them, none is a space, invisible, a mark or a second half; lower case stays plain."""
    plain = set(PLAIN)
    second = _second_halves()
    assert len(FOREIGN) > 30000
    for char in PLAIN:
        assert unicodedata.normalize("NFC", char) == char, hex(ord(char))
        assert not char.isspace() and char not in _INVISIBLE_CHARS, hex(ord(char))
        assert not unicodedata.category(char).startswith("M") and not unicodedata.combining(char)
        assert char not in second, hex(ord(char))
        low = char.lower()
        assert len(low) == 1 and low in plain, hex(ord(char))
    foreign = set(FOREIGN)
    assert all(char.lower() in foreign for char in FOREIGN)
    # the case partners the trie gives a Latin-1 letter are all the plain or ASCII characters folding to it
    folding: dict[str, set[str]] = {}
    for y in [*plain, *map(chr, range(128))]:
        folding.setdefault(y.lower(), set()).add(y)
    letters = [*published._LATIN1_LETTERS, *(c for c in map(chr, range(128)) if c.isalpha())]
    for char in letters:
        assert folding[char.lower()] == set(published._cased(char.lower())), char


@pytest.mark.parametrize("lang", LANGS)
def test_no_cue_or_label_opens_with_a_foreign_character(lang: str) -> None:
    """A `_FOREIGN` character is no letter of any cue or label's first characters."""
    lex = get(lang)
    foreign = set(FOREIGN)
    for word in (*dates.date_cues(lex), *dates.date_data(lex).DATE_LABELS):
        assert not foreign & set(word.lower()[: published._PREFIX_CHARS + 1]), word


@pytest.mark.parametrize("lang", LANGS)
def test_opening_pattern_matches_every_accepted_text_among_plain_characters(lang: str) -> None:
    """Texts of cues, Latin-1 letters, foreign characters, marks and spaces: every accepted one is matched."""
    lex = get(lang)
    opens = published._opening_pattern(lex)
    rng = random.Random(f"scripts {lang}")
    words = [*dates.date_cues(lex), *dates.date_data(lex).DATE_LABELS]
    odd = [*" \u00a0\t", "\u0301", "\u0308", "\u00ad", "\u212a", "\u0130", "\u3099", "\u0483", "e\u0301"]
    pool = [*published._LATIN1_LETTERS, *rng.sample(FOREIGN, 200), *odd, *"aeiouAEIOU:-'"]
    accepted = refused = 0
    for _ in range(30000):
        text = list(rng.choice(words)) if rng.random() < 0.7 else []
        for _ in range(rng.randint(0, 4)):
            at = rng.randint(0, min(len(text), 7))
            pick = rng.random()
            if pick < 0.5:
                text.insert(at, rng.choice(pool))
            elif pick < 0.75 and at < len(text):
                text[at] = text[at].upper() if rng.random() < 0.5 else rng.choice(pool)
            elif at < len(text):
                del text[at]
        raw = "".join(text) + rng.choice(["", " 5 mai 2020", " :"])
        head = _text(raw)
        if dates.date_line_kind(head, lex) is not None or published._is_date_label(head, lex):
            accepted += 1
            assert opens.match(raw), raw
        elif not opens.match(raw):
            refused += 1
    assert accepted > 3000 and refused > 3000  # both sides are reached
