"""Intermediate values passed between pipeline stages (metadata found, body segmented)."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Block, DateValue, Image, Link, RelatedLink


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself: from JSON-LD, <meta>, <title>, and visible bylines/dates."""

    headline: str | None = None
    lead: str | None = None
    authors: tuple[str, ...] = ()
    published: DateValue | None = None
    modified: DateValue | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    lang: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    images: tuple[Image, ...] = ()  # og:image / JSON-LD images, before the body's own


@dataclass(frozen=True, slots=True)
class Body:
    """The main content in reading order, with the links and images found inside it."""

    blocks: tuple[Block, ...] = ()
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()


@dataclass(frozen=True, slots=True)
class Structure:
    """What the structural stages found on a page: its metadata, body and related links."""

    metadata: Metadata
    body: Body
    related: tuple[RelatedLink, ...] = ()
    # the language the page declares, else the one its words point to (None: neither is clear)
    page_lang: str | None = None
