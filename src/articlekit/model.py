"""The Article and its parts: frozen dataclasses with JSON-ready `to_dict()` and `to_json()`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["lead", "paragraph", "heading", "list_item", "blockquote"]
QuoteKind = Literal["direct", "partial"]
SourceType = Literal["media", "agency", "organization", "person", "official", "document", "study"]
DateValue = dt.datetime | dt.date


def _jsonable(value: Any) -> Any:
    """Turn a model value into plain JSON types (ISO strings for dates, lists for tuples)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


class _Serializable:
    """Mixin giving dataclasses `to_dict()`."""

    def to_dict(self) -> dict[str, Any]:
        """Return this value as a dict of plain JSON types, keys in field order."""
        out = _jsonable(self)
        assert isinstance(out, dict)
        return out


@dataclass(frozen=True, slots=True)
class Block(_Serializable):
    """One body block in reading order: the visible standfirst, a paragraph, heading, list item or quote."""

    kind: BlockKind
    text: str
    level: int | None = None  # heading level (2 for <h2>), None for other kinds


@dataclass(frozen=True, slots=True)
class Quote(_Serializable):
    """A quotation: the quoted words, who said them, the cue that attributes them."""

    text: str
    speaker: str | None = None
    cue: str | None = None  # the attributing phrase as written: "a déclaré", "selon"
    kind: QuoteKind = "direct"
    paragraph: int = 0  # index into Article.paragraphs
    role: str | None = None  # the speaker's title when the article gives one ("ministre de l'Économie")


@dataclass(frozen=True, slots=True)
class SourceMention(_Serializable):
    """One place where the article cites a source: the cue and the sentence around it."""

    cue: str
    sentence: str
    paragraph: int
    surface: str | None = None  # the words naming the source there ("le quotidien")


@dataclass(frozen=True, slots=True)
class Source(_Serializable):
    """An entity the article cites as the origin of information or words."""

    name: str
    type: SourceType
    aliases: tuple[str, ...] = ()
    mentions: tuple[SourceMention, ...] = ()
    url: str | None = None

    @property
    def cues(self) -> tuple[str, ...]:
        """The distinct cues citing this source, in order of first appearance."""
        return tuple(dict.fromkeys(m.cue for m in self.mentions))


@dataclass(frozen=True, slots=True)
class RelatedLink(_Serializable):
    """A link from a related-articles block, with the date shown beside it."""

    title: str
    url: str | None = None
    date: dt.date | None = None
    label: str | None = None  # the block's heading: "Articles qui pourraient vous intéresser"


@dataclass(frozen=True, slots=True)
class Link(_Serializable):
    """An outbound link inside the body."""

    url: str
    text: str
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class Image(_Serializable):
    """An image of the article, with its caption and credit when the page gives them."""

    url: str
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


@dataclass(frozen=True, slots=True)
class Article(_Serializable):
    """Everything articlekit extracts from one page."""

    url: str | None = None
    canonical_url: str | None = None
    lang: str | None = None
    site_name: str | None = None
    headline: str | None = None
    lead: str | None = None
    authors: tuple[str, ...] = ()
    published: DateValue | None = None
    modified: DateValue | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    paragraphs: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()
    warnings: tuple[str, ...] = field(default=())  # why a field is empty, when articlekit knows

    @property
    def text(self) -> str:
        """The body as plain text, blocks joined by blank lines."""
        return "\n\n".join(b.text for b in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return the Article as plain JSON types, with `text` and each source's `cues` added."""
        out = _jsonable(self)
        assert isinstance(out, dict)
        for src_out, src in zip(out["sources"], self.sources, strict=True):
            src_out["cues"] = list(src.cues)
        out["text"] = self.text
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the Article as a JSON string (UTF-8 text, non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
