"""locate's and segment's counting shortcuts give what the plain readings they replace give."""

from __future__ import annotations

import random

import pytest
from lxml import html as lxml_html

from articlekit import clean, locate
from articlekit.clean import outer_links
from articlekit.lexicon import get

LEX = get("fr")
#: every kind of white space str.split() and the regex's \s read (ASCII controls, NBSP, NEL, ideographic…)
WHITE = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u2028", "\u3000"]
PIECES = ["a", "é", "Z", ".", "!", "?", "\u2026", ",", ";", "\u060c", "\uff0c", "x.", "...", "?!"]
SENTENCE = "Le conseil a voté jeudi, après un long débat. Une décision saluée ! Pourquoi ? Ensuite… fin"


def _random_text(rng: random.Random) -> str:
    """A text of words, sentence marks and white space of every kind, in random runs."""
    return "".join(rng.choice(PIECES if rng.random() < 0.6 else WHITE) for _ in range(rng.randint(0, 40)))


def test_sentence_count_matches_the_regex_on_the_raw_and_the_collapsed_text() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        raw = _random_text(rng)
        text = " ".join(raw.split())
        expected = len(locate._SENTENCES.findall(raw))
        assert locate._sentence_count(text) == expected == len(locate._SENTENCES.findall(text)), repr(raw)


@pytest.mark.parametrize("text", ["", ".", "a.", "a. b", "a.b", "fin…", "a… b", "? ! .", "x", "a .. b"])
def test_sentence_count_edge_cases(text: str) -> None:
    assert locate._sentence_count(text) == len(locate._SENTENCES.findall(text))


def _plain_paragraph_score(el: lxml_html.HtmlElement) -> float:
    """A paragraph's score read plainly: the regexes over its collapsed text, its outer links' share."""
    text = " ".join(el.text_content().split())
    if len(text) < locate.MIN_PARAGRAPH_CHARS:
        return 0.0
    score = locate.PARAGRAPH_BASE + locate.COMMA_POINT * len(locate._COMMAS.findall(text))
    score += locate.SENTENCE_POINT * len(locate._SENTENCES.findall(text))
    score += min(len(text) / locate.CHARS_PER_POINT, locate.MAX_LENGTH_POINTS)
    links = sum(locate._link_len(a) for a in outer_links(el))
    return score * (1.0 - min(1.0, links / len(text)))


def test_paragraph_score_matches_the_plain_reading() -> None:
    rng = random.Random(3)
    paragraphs = []
    choices = [SENTENCE, "<a href='/x'>un lien.</a>", "<b>gras</b> ", "\n", " ! "]
    for _ in range(300):
        parts = [rng.choice([*choices, _random_text(rng)]) for _ in range(rng.randint(1, 6))]
        paragraphs.append(f"<p>{''.join(parts)}</p>")
    tree = lxml_html.document_fromstring(f"<html><body><div>{''.join(paragraphs)}</div></body></html>")
    clean.clean(tree, lex=LEX)
    for nested in (False, True):
        scan = locate._Scan(nested=nested)
        for p in tree.iter("p"):
            assert locate._paragraph_score(p, scan) == pytest.approx(_plain_paragraph_score(p), abs=1e-12)
            span = scan.spans.get(p)
            if span is not None:  # the measure kept for the containers
                assert locate._text_len(p, scan) == len(" ".join(p.text_content().split()))
