"""locate's and segment's shortcuts (session 5) give what the plain readings they replace give."""

from __future__ import annotations

import json
import random

import pytest
from lxml import etree
from lxml import html as lxml_html

from articlekit import clean, locate, related, segment
from articlekit.lexicon import get


def _plain_find_key(data: object, key: str, depth: int = 0) -> list[object]:
    """Values of `key` anywhere in a JSON value, at most six levels down (the list once built)."""
    if depth > 6:
        return []
    if isinstance(data, dict):
        out = [data[key]] if key in data else []
        for value in data.values():
            out.extend(_plain_find_key(value, key, depth + 1))
        return out
    if isinstance(data, list):
        return [v for item in data for v in _plain_find_key(item, key, depth + 1)]
    return []


def _plain_longest(data: object, key: str, best: str) -> str:
    """The first longest string of the values _plain_find_key lists, if longer than `best`."""
    for value in _plain_find_key(data, key):
        if isinstance(value, str) and len(value) > len(best):
            best = value
    return best


def _plain_coverage(el: etree._Element, words: set[str]) -> float:
    """Share of `words` found among the tokens of `el`'s whole lower-cased text."""
    if not words:
        return 0.0
    found = set(locate._TOKENS.findall(locate._text(el).lower()))
    return len(words & found) / len(words)


def _random_json(rng: random.Random, depth: int) -> object:
    """A random JSON value with articleBody keys at various depths (strings of repeated lengths)."""
    roll = rng.random()
    if depth > 9 or roll < 0.3:
        return rng.choice(["", "ab", "abc", "xyz", 3, None, True, ["abcd"], {"articleBody": 7}])
    if roll < 0.6:
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    out: dict[str, object] = {}
    for _ in range(rng.randint(0, 4)):
        name = rng.choice(["articleBody", "a", "b", "articleBody", "c"])
        out[name] = (
            rng.choice(["x" * rng.randint(0, 6), "y" * rng.randint(0, 6)])
            if rng.random() < 0.5
            else (_random_json(rng, depth + 1))
        )
    return out


def test_longest_value_matches_the_listed_values() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        data = json.loads(json.dumps(_random_json(rng, 0)))
        for best in ("", "zz", "zzzz"):
            assert locate._longest_value(data, "articleBody", best) == _plain_longest(
                data, "articleBody", best
            )


def test_longest_value_stops_six_levels_down() -> None:
    deep: object = {"articleBody": "found at seven"}
    for _ in range(7):
        deep = [deep]
    data = {"articleBody": "top", "x": deep}
    assert locate._longest_value(data, "articleBody", "") == _plain_longest(data, "articleBody", "") == "top"


WORDS = ["alpha", "beta", "gamma", "ΟΔΟΣ", "οδος", "straße", "İstanbul", "naïve", "x1", "l'été", "été"]


def test_covers_matches_the_whole_text_coverage(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    for first in (1, 3, 16, 4096):
        # small pieces: many cuts, words at every seam
        monkeypatch.setattr(locate, "_COVER_FIRST_PIECE", first)
        for _ in range(300):
            text = " ".join(
                rng.choice(WORDS) + rng.choice(["", ",", "Σ", "\n", " ", "-"])
                for _ in range(rng.randint(0, 60))
            )
            el = lxml_html.fragment_fromstring(f"<div><p>{text}</p><b>{rng.choice(WORDS)}</b></div>")
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8)))
            words = set(locate._TOKENS.findall(body.lower()))
            expected = _plain_coverage(el, words) >= locate.JSONLD_MIN_COVERAGE
            assert locate._covers(el, words) is expected
        assert locate._covers(el, set()) is False


NESTED = """<html><body><section id="page"><div><p>Un texte , assez long pour compter dans la page.</p>
<p>Deux <b>mots</b> et <a href="/x">un lien</a>.</p></div><aside><div class="w"><ul>
<li>un <i>item</i> long de quelques mots</li><li>deux</li></ul><p>fin du bloc</p></div>
  texte libre <span>en ligne</span><!-- note --></aside><div><div><div><p>au fond</p><p>encore</p></div>
</div></div></section><footer><p>pied</p><p>de page</p></footer></body></html>"""


@pytest.mark.parametrize("seed", range(12))
def test_text_len_through_measured_descendants_in_any_order(seed: int) -> None:
    # ancestors of a measured element are measured through it (scan.above): any order gives the same
    tree = lxml_html.document_fromstring(NESTED)
    clean.clean(tree, lex=get("fr"))
    scan = locate._Scan()
    elements = [el for el in tree.find("body").iter() if isinstance(el.tag, str)]
    random.Random(seed).shuffle(elements)
    for el in elements:
        assert locate._text_len(el, scan) == len(" ".join(el.text_content().split())), el.tag


@pytest.mark.parametrize(
    "markup",
    [
        "<div><a href='/a'>x<b><a href='/b'>y</a></b></a><a href='/c'>z</a></div>",
        "<div><a href='/a'>x</a><p><a href='/c'>z</a></p></div>",
        "<div><p>no link</p></div>",
        "<div><a><span><i><a>deep</a></i></span></a></div>",
    ],
)
def test_nested_links_as_the_abbreviated_path(markup: str) -> None:
    # the parser would not nest the links: the tree is built as XML
    body = etree.fromstring(markup)
    assert locate._NESTED_LINKS(body) is bool(body.xpath("descendant::a//a"))


HOST_URLS = [
    "", "http://", "https://", "http:///path", "https://www.Example.COM/a?b#c", "http://ex.com?x", "http://ex.com#f",
    "http://user@ex.com/", "http://ex.com:8080/", "http://[::1]/", "http://[::1/", "http://a%25b/", "HTTP://EX.com/",
    "http://ex\tample.com/", "http://ex.com/\n", "http://exämple.com/", "https://xn--exmple-cua.com/p",
    "http://www./", "http://www.", "ftp://ex.com/", "http://ex.com\\evil/x", "http://e x.com/", "//ex.com/x",
    "http://WWW.EX.COM", "https://a.b.c.d.e/f/g?h=i#j",
]  # fmt: skip


def test_host_matches_urlsplit() -> None:
    rng = random.Random(5)
    pieces = [
        "http://",
        "https://",
        "www.",
        "Ex",
        "a",
        ".",
        "/",
        "?",
        "#",
        "@",
        ":",
        "[",
        "]",
        "%",
        "é",
        "\t",
        " ",
        "\\",
    ]
    schemes = ["http://", "https://", ""]
    urls = HOST_URLS + [
        rng.choice(schemes) + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for _ in range(20000)
    ]
    for url in urls:
        # related._host is the plain reading: urlsplit's hostname, without "www."
        assert segment._host(url) == related._host(url), url


MANY = (
    "<html><body><div id='all'><ul>"
    + "".join(f"<li>item <b>{i}</b> <i>de</i>   la liste, assez long pour compter</li>" for i in range(40))
    + "</ul>"
    + "".join(f"<p>Un paragraphe {i} assez long, avec une virgule. Et une phrase.</p>" for i in range(20))
    + "</div></body></html>"
)


@pytest.mark.parametrize("seed", range(6))
def test_text_len_of_many_children_whole_or_through_them(seed: int) -> None:
    # a list of many items, a few measured first: read whole or through its items, the same measure
    tree = lxml_html.document_fromstring(MANY)
    scan = locate._Scan()
    rng = random.Random(seed)
    items = list(tree.iter("li", "p"))
    for el in rng.sample(items, rng.randint(0, len(items))):
        # measured as paragraphs are (their containers are not marked as holding a measured element)
        locate._paragraph_score(el, scan)
        assert scan.spans[el] == locate._span(el.text_content())
    for el in (tree.find(".//ul"), tree.find(".//div"), tree.find("body")):
        assert locate._text_len(el, scan) == len(" ".join(el.text_content().split())), el.tag
