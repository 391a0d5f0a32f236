"""Tests of the clean stage's fast paths: each must give what the plain reading it replaces gives."""

from __future__ import annotations

import random

import pytest
from lxml import html as lxml_html

from articlekit import clean
from articlekit.lexicon import get

LEX = get("fr")
LONG_PROSE = (
    "Les installations de panneaux photovoltaïques ont progressé de 38 % au premier semestre, "
    "selon les chiffres publiés mercredi par l’Observatoire, qui souligne une dynamique inédite. "
) * 12


def _table_fold(text: str) -> str:
    """Fold as the translation table alone does it (the reference the regex replacement must match)."""
    return " ".join(text.casefold().translate(clean._FOLD).split())


def test_fold_matches_the_translation_table_on_every_character() -> None:
    chars = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    for start in range(0, len(chars), 4096):
        chunk = "".join(chars[start : start + 4096])
        assert clean.fold(chunk) == _table_fold(chunk)


@pytest.mark.parametrize(
    "text",
    ["Déjà abonné ?", "L’Équipe  à\xa0Noël", "ÆSIR Straße ĳssel", "plain ascii", "  ", "Ǆemal ŉ ſ"],
)
def test_fold_of_mixed_scripts(text: str) -> None:
    assert clean.fold(text) == _table_fold(text)


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


@pytest.mark.parametrize(
    "token",
    [
        "read-more", "readMore", "commentrelated", "jp-relatedposts", "post-comments", "entry-content",
        "ArticlePage-authorInfo", "commentary", "shared", "sharedaddy", "elementor-widget-container",
        "liveblog-entry", "d-none", "css-1x2y3z", "article-share-bar", "x", "nav", "main-nav",
        "SocialShare", "is-hidden", "widget_text", "cookie-consent", "storyline",
    ],
)  # fmt: skip
def test_token_kind_matches_the_plain_reading(token: str) -> None:
    assert clean._token_kind(token) == _token_kind_reference(token)


@pytest.mark.parametrize(
    ("cls", "ident"),
    [
        ("share-bar", "post-123"),
        ("article-body", "share"),
        ("col-md-8", "comments"),
        ("col-md-8", "x"),
        ("widget", "main-content"),
        ("", "newsletter"),
        ("teaser", "t1"),
    ],
)
def test_class_and_id_read_apart_as_one_string(cls: str, ident: str) -> None:
    el = lxml_html.fromstring(f'<div class="{cls}" id="{ident}" title="t"><a href="/x">x</a></div>')
    keys = el.keys()
    combined = clean._words_label(f"{cls} {ident}")
    expected = clean._on_element(el, "div", combined)
    assert clean._markup_label(el, "div", keys, {}) == expected


def test_large_region_of_links_is_labelled_and_one_of_prose_is_not() -> None:
    links = "".join(
        f"<li><a href='/a{i}'>Un titre d’article numéro {i} assez long</a></li>" for i in range(120)
    )
    page = (
        f"<html><body><div class='sidebar'><ul>{links}</ul></div>"
        f"<div class='sidebar'><p>{LONG_PROSE}</p><p>{LONG_PROSE}</p></div></body></html>"
    )
    tree = lxml_html.document_fromstring(page)
    clean.clean(tree, lex=LEX)
    first, second = tree.xpath("//div[@class='sidebar']")
    assert first.get(clean.LABEL_ATTR) == "promo"
    assert second.get(clean.LABEL_ATTR) is None


def test_split_banner_in_a_paragraph_is_found_from_the_walk() -> None:
    page = (
        "<html><body><div><p>Nous utilisons des <a href='/c'>cookies</a> pour mesurer l’audience.</p>"
        f"<p>{LONG_PROSE}</p></div></body></html>"
    )
    tree = lxml_html.document_fromstring(page)
    clean.clean(tree, lex=LEX)
    labelled = [p.get(clean.LABEL_ATTR) for p in tree.iter("p")]
    assert labelled == ["cookie", None]


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
        assert clean._read_token_kind(token) == _token_kind_reference(token), token
