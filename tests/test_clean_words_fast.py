"""Tests of the words pass's fast paths: each must give what the plain reading it replaces gives."""

from __future__ import annotations

import random

import pytest

from articlekit import clean
from articlekit.errors import ArticlekitError
from articlekit.lexicon import Lexicon, for_page, get

LANGS = ["fr", "en", "de", "es", "it", "pl", "nl", "pt"]


def _lexicon(lang: str) -> Lexicon:
    """The lexicon the pipeline reads a French-default page of `lang` with."""
    try:
        return for_page("fr", lang)
    except ArticlekitError:
        return get("fr")


def _texts(phrases: list[str], seed: int) -> list[str]:
    """Texts around the phrases: whole, inside sentences, cut, with a letter changed, and random mixes."""
    rng = random.Random(seed)
    out = ["", "a", "cookies", "nous utilisons", "x" * 400]
    for phrase in phrases:
        out += [phrase, f"bla {phrase} bla", phrase[1:], phrase[:-1], f"{phrase[:-1]}#", phrase.upper()]
        cut = rng.randrange(len(phrase))
        out.append(phrase[:cut] + rng.choice("aeiouz ") + phrase[cut + 1 :])
    pieces = [word for phrase in phrases for word in phrase.split()]
    for _ in range(300):
        out.append(" ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_anchored_banner_search_matches_the_plain_search(lang: str) -> None:
    module = _lexicon(lang).boilerplate
    phrases = list(clean._word_tables(module)[2])
    has_banner = clean._banner_search(module)
    for text in _texts(phrases, seed=len(phrases)):
        folded = clean.fold(text)
        assert has_banner(folded) == any(phrase in folded for phrase in phrases), folded


def test_each_anchor_is_part_of_its_phrase() -> None:
    for phrase in ["a", "abc", "copier le lien", "we use cookies", "je m'inscris", "x-y"]:
        assert clean._anchor(phrase) in phrase


def _text_cue_reference(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """_text_cue as it was written before its fast paths (separate heading and related look-ups)."""
    headings, prefixes, banners = clean._word_tables(lex.boilerplate)
    related = clean._related_headings(lex.related)
    more = clean._more_cues(lex.boilerplate)
    folded = clean.fold(text).strip(clean._LEADING_PUNCT)
    if not folded:
        return None
    starts = tuple(prefix for prefix in prefixes if prefix[:1] == folded[:1])
    short = len(folded) <= clean._LABEL_TEXT_MAX_CHARS
    has_banner = any(phrase in folded for phrase in banners)
    if not (starts or short) and not has_banner:
        return None
    label = headings.get(folded) or ("related" if folded in related else None)
    if label is not None:
        return "heading", label
    prefix = clean._insert_prefix(folded, starts) if starts else None
    if prefix is not None:
        return "insert", prefix
    if short and folded.startswith(more):
        return "more", folded
    if has_banner:
        return "banner", folded
    return None


@pytest.mark.parametrize("lang", LANGS)
def test_text_cue_matches_the_plain_reading(lang: str) -> None:
    lex = _lexicon(lang)
    tables = clean._tables_of(lex.boilerplate, lex.related)
    headings, prefixes, banners = clean._word_tables(lex.boilerplate)
    words = [*headings, *prefixes, *banners, *clean._related_headings(lex.related)]
    words += [cue.strip() for cue in clean._more_cues(lex.boilerplate)]
    texts = _texts(words, seed=7)
    texts += [f"{prefix} : un titre" for prefix in prefixes] + [f"» {word} «" for word in words]
    texts += [f"{cue}de la rédaction" for cue in clean._more_cues(lex.boilerplate)]
    for text in texts:
        assert clean._text_cue(text, tables) == _text_cue_reference(text, lex), text


def test_heading_table_keeps_the_heading_label_over_related() -> None:
    lex = _lexicon("fr")
    tables = clean._tables_of(lex.boilerplate, lex.related)
    headings = clean._word_tables(lex.boilerplate)[0]
    related = clean._related_headings(lex.related)
    for folded in {*headings, *related, "rien du tout"}:
        expected = headings.get(folded) or ("related" if folded in related else None)
        assert tables.headings.get(folded) == expected
