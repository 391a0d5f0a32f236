"""Render an Article as JSON, plain text or Markdown."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .errors import InputError
from .model import Article, Block, Quote, RelatedLink, Source

FORMATS = ("json", "text", "markdown")

# CommonMark treats these as markup anywhere in a line
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
# ... and these only at the start of a line: headings, quotes, list markers, rules, setext underlines
_LINE_START_SPECIAL = re.compile(r"^(?:[#>+=-]|\d+[.)])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_SPACES = re.compile(r"\s+")
_URL_UNSAFE = re.compile(r"[\s()<>]")


def render(article: Article, fmt: str = "json") -> str:
    """Return `article` in the format `fmt` ("json", "text" or "markdown"), always valid UTF-8."""
    if not isinstance(article, Article):
        raise InputError(f"render() takes an Article, not a {type(article).__name__}")
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise InputError(f"unknown output format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return _valid_utf8(renderer(article))


def _valid_utf8(text: str) -> str:
    """Replace lone surrogates, which cannot be written as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _json(article: Article) -> str:
    """The Article as indented JSON."""
    return article.to_json()


def _text(article: Article) -> str:
    """Headline, a blank line, then the body blocks separated by blank lines."""
    parts = [p for p in (_one_line(article.headline or ""), article.text) if p]
    return "\n\n".join(parts)


# -- Markdown ----------------------------------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """Escape Markdown markup in page text so that it renders as the same words, on one line."""
    text = _one_line(text)
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)
    return _LINE_START_SPECIAL.sub(_escape_line_start, text, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    """Escape a block marker at the start of a line ("1." becomes "1\\.", "-" becomes "\\-")."""
    marker = match.group()
    return f"{marker[:-1]}\\{marker[-1]}"


def _one_line(text: str) -> str:
    """Collapse whitespace (newlines included) to single spaces."""
    return _SPACES.sub(" ", text).strip()


def _md_url(url: str) -> str:
    """Make a URL safe inside a Markdown link target."""
    return _URL_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", url)


def _md_link(title: str, url: str | None) -> str:
    """A Markdown link, or the escaped title alone when there is no URL."""
    return f"[{escape_markdown(title)}]({_md_url(url)})" if url else escape_markdown(title)


def _markdown(article: Article) -> str:
    """Headline, metadata line, lead, body, then quotes, sources and related links as lists."""
    sections = [
        _md_header(article),
        _md_body(_body_without_lead(article)),
        _md_list("Quotes", article.quotes, _md_quote),
        _md_list("Sources", article.sources, _md_source),
        _md_related(article.related),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def _md_header(article: Article) -> str:
    """The title, the authors and dates line, and the lead in italics."""
    lines = []
    if article.headline:
        lines.append(f"# {escape_markdown(article.headline)}")
    meta = [", ".join(escape_markdown(a) for a in article.authors)] if article.authors else []
    if article.published:
        meta.append(article.published.isoformat())
    if article.modified and article.modified != article.published:
        meta.append(f"(updated {article.modified.isoformat()})")
    if meta:
        lines.append(" · ".join(meta))
    if article.lead:
        lines.append(f"*{escape_markdown(article.lead)}*")
    return "\n\n".join(lines)


def _md_block(block: Block) -> str:
    """One body block: a heading, a list item, a blockquote or a paragraph."""
    text = escape_markdown(block.text)
    if block.kind == "heading":
        return f"{'#' * min(max(block.level or 2, 2), 6)} {text}"
    if block.kind == "list_item":
        return f"- {text}"
    if block.kind == "blockquote":
        return f"> {text}"
    if block.kind == "lead":
        return f"*{text}*"
    return text


def _body_without_lead(article: Article) -> tuple[Block, ...]:
    """The body blocks less the lead blocks the header already shows (`Article.lead` holds their text)."""
    shown = " ".join(article.lead.split()) if article.lead else ""
    return tuple(b for b in article.paragraphs if b.kind != "lead" or " ".join(b.text.split()) not in shown)


def _md_body(blocks: tuple[Block, ...]) -> str:
    """The body: blocks separated by blank lines, consecutive list items kept in one list."""
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i:
            tight = block.kind == "list_item" and blocks[i - 1].kind == "list_item"
            out.append("\n" if tight else "\n\n")
        out.append(_md_block(block))
    return "".join(out)


def _md_list(title: str, items: tuple[Quote, ...] | tuple[Source, ...], line: Callable[..., str]) -> str:
    """A "## title" section with one list item per entry, or nothing when there is none."""
    if not items:
        return ""
    return f"## {title}\n\n" + "\n".join(f"- {line(item)}" for item in items)


def _md_quote(quote: Quote) -> str:
    """A quote: its words in quotation marks, then who said them and the attributing cue."""
    out = f"“{escape_markdown(quote.text)}”"
    who = [escape_markdown(quote.speaker)] if quote.speaker else []
    if quote.role:
        who.append(escape_markdown(quote.role))
    if who:
        out += f" — {', '.join(who)}"
    if quote.cue:
        out += f" (*{escape_markdown(quote.cue)}*)"
    return f"{out} [{quote.kind}]"


def _md_source(source: Source) -> str:
    """A source: its name (linked when it has a URL), type, aliases and cues."""
    out = f"{_md_link(source.name, source.url)} ({source.type})"
    if source.aliases:
        out += f", also {', '.join(escape_markdown(a) for a in source.aliases)}"
    if source.cues:
        out += f": {', '.join(f'*{escape_markdown(c)}*' for c in source.cues)}"
    return out


def _md_related(related: tuple[RelatedLink, ...]) -> str:
    """The related links, grouped under their block's label."""
    if not related:
        return ""
    out = ["## Related"]
    for label, links in _grouped(related):
        if label:
            out.append(f"### {escape_markdown(label)}")
        out.append("\n".join(_md_related_line(link) for link in links))
    return "\n\n".join(out)


def _grouped(related: tuple[RelatedLink, ...]) -> Iterator[tuple[str | None, list[RelatedLink]]]:
    """Yield runs of related links sharing a label, in page order."""
    run: list[RelatedLink] = []
    for link in related:
        if run and link.label != run[-1].label:
            yield run[-1].label, run
            run = []
        run.append(link)
    if run:
        yield run[-1].label, run


def _md_related_line(link: RelatedLink) -> str:
    """One related link with its date."""
    line = f"- {_md_link(link.title, link.url)}"
    return f"{line} ({link.date.isoformat()})" if link.date else line


_RENDERERS: dict[str, Callable[[Article], str]] = {
    "json": _json,
    "text": _text,
    "markdown": _markdown,
}
