"""Tests of render: JSON, plain text and Markdown output of an Article."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.errors import InputError
from articlekit.model import Article, Block, Quote, RelatedLink, Source, SourceMention
from articlekit.render import escape_markdown, render

ARTICLE = Article(
    url="https://example.fr/a",
    headline="IA : Meta et IBM s’allient",
    lead="Une coalition de plus de 50 entreprises.",
    authors=("Jeanne Dupont", "Paul Martin"),
    published=dt.datetime(2023, 12, 5, 11, 20, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    paragraphs=(
        Block("paragraph", "Les compagnies « Meta » et IBM lancent une coalition."),
        Block("heading", "Une alliance ouverte", level=2),
        Block("list_item", "Intel"),
        Block("list_item", "Oracle"),
        Block("blockquote", "L’innovation ouverte est essentielle"),
        Block("heading", "Détail", level=4),
        Block("paragraph", "Fin de l’article."),
    ),
    quotes=(
        Quote("L’innovation ouverte est essentielle", speaker="IBM", cue="a déclaré", paragraph=0),
        Quote("aideront à relever les défis", kind="partial", paragraph=0),
    ),
    sources=(
        Source(
            "Wall Street Journal",
            "media",
            aliases=("WSJ",),
            mentions=(SourceMention("relève", "… relève le Wall Street Journal.", 0),),
            url="https://wsj.com/x",
        ),
    ),
    related=(
        RelatedLink("GITEX AFRICA 2024", "https://example.fr/b", dt.date(2024, 4, 24), "À lire aussi"),
        RelatedLink("OpenAI Voice Engine", None, None, "À lire aussi"),
    ),
)


def test_json_is_the_articles_json_and_valid_utf8() -> None:
    out = render(ARTICLE, "json")
    assert out == ARTICLE.to_json()
    data = json.loads(out.encode("utf-8"))
    assert data["headline"] == "IA : Meta et IBM s’allient"
    assert "s’allient" in out  # non-ASCII kept as is, not \\u escapes


def test_default_format_is_json() -> None:
    assert render(ARTICLE) == render(ARTICLE, "json")


def test_text_is_headline_blank_line_body() -> None:
    out = render(ARTICLE, "text")
    assert out.startswith("IA : Meta et IBM s’allient\n\nLes compagnies « Meta »")
    assert out.endswith("Fin de l’article.")
    assert out.split("\n\n")[1:] == [b.text for b in ARTICLE.paragraphs]


def test_text_without_headline_is_the_body() -> None:
    assert render(Article(paragraphs=(Block("paragraph", "Seul."),)), "text") == "Seul."
    assert render(Article(), "text") == ""


def test_markdown_layout() -> None:
    out = render(ARTICLE, "markdown")
    lines = out.splitlines()
    assert lines[0] == "# IA : Meta et IBM s’allient"
    assert "Jeanne Dupont, Paul Martin · 2023-12-05T11:20:00+01:00" in lines
    assert "*Une coalition de plus de 50 entreprises.*" in lines
    assert "## Une alliance ouverte" in lines
    assert "#### Détail" in lines
    assert "- Intel\n- Oracle" in out  # consecutive list items form one list
    assert "> L’innovation ouverte est essentielle" in lines
    assert out.endswith("\n")


def test_markdown_shows_the_visible_lead_once() -> None:
    lead = "Une coalition de plus de 50 entreprises."
    body = (Block("lead", lead), Block("paragraph", "Le corps."))
    out = render(Article(headline="T", lead=lead, paragraphs=body), "markdown")
    assert out == f"# T\n\n*{lead}*\n\nLe corps.\n"
    # a lead block the metadata lead does not hold (another text) is shown too, in italics
    other = render(Article(lead="La description.", paragraphs=body), "markdown")
    assert other == f"*La description.*\n\n*{lead}*\n\nLe corps.\n"
    assert render(Article(paragraphs=body), "markdown") == f"*{lead}*\n\nLe corps.\n"


def test_text_opens_with_the_visible_lead() -> None:
    body = (Block("lead", "Le chapeau."), Block("paragraph", "Le corps."))
    out = render(Article(headline="T", lead="Le chapeau.", paragraphs=body), "text")
    assert out == "T\n\nLe chapeau.\n\nLe corps."


def test_markdown_quotes_sources_and_related_sections() -> None:
    out = render(ARTICLE, "markdown")
    assert "## Quotes\n\n- “L’innovation ouverte est essentielle” — IBM (*a déclaré*) [direct]" in out
    assert "- “aideront à relever les défis” [partial]" in out
    assert "## Sources\n\n- [Wall Street Journal](https://wsj.com/x) (media), also WSJ: *relève*" in out
    assert "## Related\n\n### À lire aussi\n\n- [GITEX AFRICA 2024](https://example.fr/b) (2024-04-24)" in out
    assert "- OpenAI Voice Engine\n" in out


def test_markdown_of_an_empty_article() -> None:
    assert render(Article(), "markdown") == "\n"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a *b* _c_", r"a \*b\* \_c\_"),
        ("[lien](x) `code`", r"\[lien\](x) \`code\`"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("# pas un titre", r"\# pas un titre"),
        ("- pas une liste", r"\- pas une liste"),
        ("+ non plus", r"\+ non plus"),
        ("> pas une citation", r"\> pas une citation"),
        ("1. pas numéroté", r"1\. pas numéroté"),
        ("2024) non plus", r"2024\) non plus"),
        ("a | b", r"a \| b"),
        ("AT&T &amp; co", "AT&T &amp;amp; co"),
        ("ligne\nsuivante", "ligne suivante"),
        ("L’été « déjà » 5 €", "L’été « déjà » 5 €"),
    ],
)
def test_markdown_escaping(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


def test_markdown_escapes_page_text_everywhere() -> None:
    article = Article(
        headline="*Gros* titre",
        paragraphs=(Block("paragraph", "# faux titre"), Block("list_item", "- faux item")),
        related=(RelatedLink("Titre [crochets]", "https://example.fr/a b(c)"),),
    )
    out = render(article, "markdown")
    assert out.startswith(r"# \*Gros\* titre")
    assert "\n\\# faux titre\n" in out
    assert "- \\- faux item" in out
    assert r"[Titre \[crochets\]](https://example.fr/a%20b%28c%29)" in out


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_output_is_always_encodable_as_utf8(fmt: str) -> None:
    article = Article(headline="bad \udc80 surrogate", paragraphs=(Block("paragraph", "x\ud800y"),))
    render(article, fmt).encode("utf-8")


@pytest.mark.parametrize("fmt", ["xml", "", "JSON", "md"])
def test_unknown_format(fmt: str) -> None:
    with pytest.raises(InputError, match="unknown output format"):
        render(ARTICLE, fmt)


def test_render_takes_an_article() -> None:
    with pytest.raises(InputError, match="takes an Article"):
        render({"headline": "x"}, "json")  # type: ignore[arg-type]


_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MARKUP = re.compile(r"(?<!\\)[*_`\[\]<>|~]")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_escaped_markdown_reads_back_as_the_text(text: str) -> None:
    escaped = escape_markdown(text)
    assert "\n" not in escaped
    assert not _MARKUP.search(escaped.replace("\\\\", ""))  # no special character left bare
    assert not re.match(r"[#>+=-]|\d+[.)]", escaped)  # no block marker at the start
    unescaped = _UNESCAPE.sub(r"\1", escaped).replace("&amp;", "&")
    assert unescaped.replace("&", "") == " ".join(text.split()).replace("&", "")
