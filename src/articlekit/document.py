"""What the load stage hands to the rest of the pipeline: an HTML tree or the lines of a text dump."""

from __future__ import annotations

from dataclasses import dataclass

from .tree import Element


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """A page parsed once into an lxml tree that the pipeline owns (and may label in place)."""

    tree: Element  # the <html> root element (lxml's plain elements, or a caller's HtmlElement)
    url: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()  # what loading had to do to the page (cut it, …)


@dataclass(frozen=True, slots=True)
class TextDocument:
    """A plain-text dump of a page: its lines, whitespace-normalised, blank lines kept."""

    lines: tuple[str, ...]
    url: str | None = None
    warnings: tuple[str, ...] = ()  # what loading had to do to the page (cut it, …)


Document = HtmlDocument | TextDocument
