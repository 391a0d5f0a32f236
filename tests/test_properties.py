"""Property-based tests of extract() (issue 5): whatever the page, an Article or an ArticlekitError.

Hypothesis generates HTML trees and mutates the fixture pages; examples are bounded so that the file
runs in well under a minute. A short atheris run of fuzz/fuzz_extract.py closes the file (skipped
when atheris is not installed); the long campaign is run by hand (docs/robustness.md).
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlekit import Article, ArticlekitError, Options
from articlekit.pipeline import extract
from articlekit.render import escape_markdown, render

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".txt"))
OPTIONS = Options(deadline=10.0)
#: marker words put in script/style/template content: they must never reach text or Markdown
SECRET = "zqxsecret"
PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

TAGS = (
    "div", "p", "span", "a", "b", "i", "article", "section", "h1", "h2", "ul", "li", "blockquote",
    "table", "tr", "td", "figure", "figcaption", "nav", "footer", "header", "aside", "main", "em",
    "strong", "br", "img", "svg", "math", "form", "iframe", "frameset", "frame", "body", "html", "head",
    "meta", "q", "time", "pre", "code", "noscript", "select", "option",
)  # fmt: skip
# (not <title> nor <textarea>: their content is text, "<script>" in them included, in browsers too)
HIDDEN = ("script", "style", "template")
ATTRS = (
    "class", "id", "href", "src", "lang", "itemprop", "datetime", "content", "name", "hidden", "style",
    "aria-hidden", "property", "rel", "charset",
)  # fmt: skip
WORDS = st.sampled_from(
    (
        "Le", "ministre", "a", "déclaré", "«", "»", "“", "”", ":", "selon", "l'AFP", "Paris",
        "12 mars 2024", "Emmanuel Macron", "—", "-", "…", "&amp;", "&lt;", "&#0;", "&#xD800;", "&nbsp;",
        "<", ">", "\x00", "\ud800", "é", "€", "a-t-il", "dit", "Lire aussi :", "Publié le", "Par", "\n",
        "  ", "*", "_", "#", "[x](y)",
    )
)  # fmt: skip
TEXT = st.lists(WORDS, max_size=12).map(" ".join)


def attribute() -> st.SearchStrategy[str]:
    """One attribute, sometimes malformed."""
    value = st.one_of(TEXT, st.text(max_size=20), st.just("javascript:alert(1)"), st.just('"'))
    return st.builds(
        lambda n, v, q: f" {n}={q}{v}{q}", st.sampled_from(ATTRS), value, st.sampled_from("\"' ")
    )


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """An element around generated children, sometimes left unclosed or closed with another name."""
    return st.builds(
        lambda tag, attrs, inner, close: f"<{tag}{''.join(attrs)}>{inner}{close(tag)}",
        st.sampled_from(TAGS),
        st.lists(attribute(), max_size=3),
        # children apart: a bare "<" glued to "Le<script>" opens a tag named "le<script" (text, in browsers)
        st.lists(children, max_size=5).map(" ".join),
        # (not "</div" left open: "</div<script>" makes the script's words visible text, in browsers too)
        st.sampled_from((lambda t: f"</{t}>", lambda t: "", lambda t: "</div>", lambda t: f"</{t} >")),
    )


def hidden_element() -> st.SearchStrategy[str]:
    """A script, style or template holding the secret marker (and markup that looks like text)."""
    return st.builds(
        lambda tag, text: f"<{tag}>{SECRET} {text} <p>{SECRET}</p></{tag}>", st.sampled_from(HIDDEN), TEXT
    )


PROLOGUES = (
    "",
    "<!DOCTYPE html>",
    '<?xml version="1.0" encoding="koi8-r"?>',
    "<!DOCTYPE x [<!ENTITY a 'b'>]>",
)
HTML = st.recursive(st.one_of(TEXT, hidden_element()), element, max_leaves=40)
DOCUMENT = st.builds(
    lambda doctype, head, body: f"{doctype}<html><head>{head}</head><body>{body}</body></html>",
    st.sampled_from(PROLOGUES),
    st.lists(st.one_of(st.just("<title>Titre</title>"), hidden_element(), TEXT), max_size=3).map("".join),
    HTML,
)  # fmt: skip


def check(page: bytes | str, **kwargs: object) -> Article | None:
    """The contract: an Article whose outputs are valid, or an ArticlekitError; nothing else."""
    try:
        article = extract(page, options=OPTIONS, **kwargs)  # type: ignore[arg-type]
    except ArticlekitError as exc:
        assert str(exc)
        return None
    for fmt in ("json", "text", "markdown"):
        out = render(article, fmt)
        out.encode("utf-8")  # no lone surrogate
    json.loads(render(article, "json"))
    return article


@PROPERTY
@given(DOCUMENT, st.sampled_from(("utf-8", "cp1252", "utf-16", "str")))
def test_generated_documents(document: str, encoding: str) -> None:
    page = document if encoding == "str" else document.encode(encoding, "replace")
    article = check(page)
    if article is not None:
        for fmt in ("text", "markdown"):
            assert SECRET not in render(article, fmt)


@PROPERTY
@given(HTML)
def test_generated_fragments(fragment: str) -> None:
    article = check(fragment)
    if article is not None:
        assert SECRET not in render(article, "text")


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A fixture page with a few byte-level mutations: cuts, flips, insertions, duplications."""
    data = bytearray(draw(st.sampled_from(PAGES)).read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(("cut", "flip", "insert", "duplicate", "delete")))
        if kind == "cut":
            del data[at:]
        elif kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from(
                    (b"<", b">", b"\x00", b"\xff\xfe", b"<div>" * 50, b"</body>", b"<!--", b"\xc3")
                )
            )
        elif kind == "duplicate":
            end = min(len(data), at + draw(st.integers(1, 2000)))
            data[at:at] = data[at:end] * draw(st.integers(1, 4))
        else:
            del data[at : at + draw(st.integers(1, 500))]
    return bytes(data)


@PROPERTY
@given(mutated())
def test_mutated_fixture_pages(page: bytes) -> None:
    check(page, url="https://www.example.fr/rubrique/article.html")


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from((None, "text/html; charset=shift_jis", "text/plain")))
def test_arbitrary_bytes(data: bytes, content_type: str | None) -> None:
    check(data, content_type=content_type)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_escaped_markdown_has_no_live_markup(text: str) -> None:
    out = escape_markdown(text)
    assert "\n" not in out
    # every inline special character is escaped by a backslash that is not itself escaped
    for match in re.finditer(r"[`*_\[\]<>|~]", out):
        backslashes = len(out[: match.start()]) - len(out[: match.start()].rstrip("\\"))
        assert backslashes % 2 == 1, (text, out)
    assert not re.match(r"(?:[#>+=-]|\d+[.)])", out)


# -- a short coverage-guided run in CI ------------------------------------------------------------------


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_short_atheris_run(tmp_path: Path) -> None:
    """Run the fuzz target for a bounded number of inputs on the fixture pages; it must find no crash."""
    corpus = tmp_path / "corpus"
    seeds = tmp_path / "seeds"
    corpus.mkdir()
    seeds.mkdir()
    for page in PAGES:  # the first KB of each page: short inputs keep the run fast
        (seeds / page.name).write_bytes(page.read_bytes()[:4096])
    cmd = [
        sys.executable,
        str(ROOT / "fuzz" / "fuzz_extract.py"),
        "-runs=400",
        "-max_total_time=20",
        "-max_len=4096",
        "-timeout=20",
        f"-artifact_prefix={tmp_path}/",
        str(corpus),
        str(seeds),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
