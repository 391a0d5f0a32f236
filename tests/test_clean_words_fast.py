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


def _token_kind_reference(token: str) -> str | None:
    """_token_kind written plainly: every word tested, alone, with the next one and for a stem."""
    low = token.lower()
    if low in clean._HIDDEN_TOKENS:
        return "hidden"
    if low != token:
        low = clean._CAMEL.sub(" ", token).lower()
    parts = clean._FIND_WORDS.findall(low)
    if parts[:1] == ["elementor"]:
        return None
    if not clean._LIVE_WORDS.isdisjoint(parts):
        return "content"
    last_content = max((i for i, w in enumerate(parts) if w in clean._CONTENT_WORDS), default=-1)
    for i in range(last_content + 1, len(parts)):
        word, following = parts[i], parts[i + 1] if i + 1 < len(parts) else ""
        if word in clean._CLASS_WORDS:
            return clean._CLASS_WORDS[word]
        if following and word + following in clean._CLASS_WORDS:
            return clean._CLASS_WORDS[word + following]
        if len(word) >= clean._MIN_STEM and word not in clean._STEM_EXCEPTIONS:
            for stem, label in clean._CLASS_STEMS.items():
                if stem in word:
                    return label
    return "content" if last_content >= 0 else None


def test_token_kind_without_a_class_word_matches_the_plain_reading() -> None:
    # the early exit (no class word, no first part of one, no stem) against the plain reading, on
    # tokens made of class words, their halves, content words and layout words, in every spelling
    rng = random.Random(3)
    halves = [w[:cut] for w in clean._CLASS_WORDS for cut in (1, len(w) // 2, len(w) - 1) if cut]
    halves += [w[cut:] for w in clean._CLASS_WORDS for cut in (1, len(w) // 2) if cut < len(w)]
    words = [*clean._CLASS_WORDS, *clean._CONTENT_WORDS, *halves, "col", "md", "6", "wp", "block", "x"]
    words += [*clean._CLASS_STEMS, "elementor", "live", "commentary", "shared", "Ärger", "İnfo"]
    for _ in range(20000):
        parts = [rng.choice(words) for _ in range(rng.randrange(1, 5))]
        if rng.random() < 0.3:
            token = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
        else:
            token = rng.choice(["-", "_", "", "--", "."]).join(parts)
        clean._token_kind.cache_clear()
        assert clean._token_kind(token) == _token_kind_reference(token), token
