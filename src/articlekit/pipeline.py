"""The one-way flow: load → clean → locate → segment → enrich → Article."""

from __future__ import annotations

import math
import time
from typing import Any

from . import clean, entities, locate, meta, quotes, related, segment, sources, textdump
from .deadline import run_within
from .document import HtmlDocument, TextDocument
from .errors import ArticlekitError, DeadlineExceeded, ExtractionError, InputError
from .lexicon import Lexicon, for_page
from .lexicon import get as get_lexicon
from .load import load
from .model import Article, Quote, Source
from .options import DEFAULT_OPTIONS, Options
from .parts import Structure


class _Clock:
    """Checks the caller's deadline between stages (stages themselves are bounded by input size)."""

    def __init__(self, deadline: float | None) -> None:
        """Start the clock: the deadline ends `deadline` seconds from now (None: never)."""
        self._end = None if deadline is None else time.monotonic() + deadline

    def check(self, stage: str) -> None:
        """Raise DeadlineExceeded when the deadline has passed before `stage`."""
        if self._end is not None and time.monotonic() > self._end:
            raise DeadlineExceeded(f"extraction exceeded its deadline before {stage}")


def _structure_html(doc: HtmlDocument, lex: Lexicon, opts: Options, clock: _Clock) -> Structure:
    """Run the HTML stages: metadata from the whole page, then boilerplate, related, body."""
    metadata, hints = meta.read_page(doc.tree, url=doc.url, lex=lex, options=opts)
    clock.check("clean")
    # boilerplate words of the page's own language too ("Mehr zum Thema"), beside those of opts.lang
    page_lang = clean.page_language(doc.tree)
    page_lex = for_page(lex.lang, page_lang)
    walked = clean.clean(doc.tree, lex=page_lex, bodies=hints.bodies)
    clock.check("related")
    # related reads what clean's walk saw (the elements with several children) and meta's (the class and id
    # values) instead of walking again
    links = related.find_related(doc.tree, url=doc.url, lex=page_lex, walked=walked, hints=hints)
    clock.check("locate")
    # locate's walk for the JSON-LD scripts finds the page's <base> too: segment does not search for it
    bases: list[str] = []
    root = locate.locate(doc.tree, bases=bases)
    clock.check("segment")
    body = segment.segment(root, url=doc.url, headline=metadata.headline, lex=page_lex, bases=tuple(bases))
    return Structure(metadata=metadata, body=body, related=links, page_lang=page_lang)


def extract(
    page: Any,
    *,
    url: str | None = None,
    content_type: str | None = None,
    options: Options | None = None,
) -> Article:
    """Extract an Article from a page: bytes, str, Path, lxml tree, BeautifulSoup, or a text dump."""
    try:
        deadline = _deadline_of(options)
        if deadline is None:
            return _extract(page, url, content_type, options)
        return run_within(deadline, lambda: _extract(page, url, content_type, options))
    except ArticlekitError:
        raise
    except RecursionError as exc:
        raise ExtractionError("the page is nested too deeply to extract") from exc
    except MemoryError as exc:
        raise ExtractionError("out of memory while extracting the page") from exc
    except Exception as exc:  # the API contract: callers only ever see ArticlekitError
        detail = " ".join(str(exc).split())[:200]
        raise ExtractionError(f"internal error while extracting: {type(exc).__name__}: {detail}") from exc


def _deadline_of(options: Options | None) -> float | None:
    """The deadline in seconds that `options` sets, checked (None: no limit)."""
    if options is not None and not isinstance(options, Options):
        raise InputError(f"options must be an articlekit.Options, not a {type(options).__name__}")
    deadline = (options or DEFAULT_OPTIONS).deadline
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, (int, float)) or not 0 < deadline < math.inf:
        raise InputError(f"Options.deadline must be a positive number of seconds or None, not {deadline!r}")
    return float(deadline)


def _extract(page: Any, url: str | None, content_type: str | None, options: Options | None) -> Article:
    """Run the stages in order (extract() has checked `options` and turns failures into ExtractionError)."""
    opts = options or DEFAULT_OPTIONS
    clock = _Clock(opts.deadline)
    lex = get_lexicon(opts.lang)
    doc = load(page, url=url, content_type=content_type, options=opts)
    clock.check("structure")
    if isinstance(doc, TextDocument):
        found = textdump.read(doc, lex=lex, options=opts)
    else:
        found = _structure_html(doc, lex, opts, clock)
    clock.check("quotes")
    md, body = found.metadata, found.body
    # the lexicon's cues read on a page in another language only waste time and invent quotes; a
    # page that declares no language is judged by the language its words point to, when they do
    lang = md.lang or found.page_lang
    same_lang = lang is None or lang.split("-")[0].lower() == lex.lang
    speaks = opts.quotes and same_lang
    warnings = doc.warnings
    if opts.quotes and not same_lang:
        said = "is in" if md.lang else "reads as"
        skipped = f"quotes and sources not read: the page {said} {lang!r}, the lexicon {lex.lang!r}"
        warnings = (*warnings, skipped)
    intro = " ".join(t for t in (md.headline, md.lead) if t)
    found_quotes: tuple[Quote, ...] = ()
    found_sources: tuple[Source, ...] = ()
    if speaks:
        try:
            found_quotes = quotes.find_quotes(body.blocks, lex=lex, intro=intro)
            found_sources = sources.find_sources(body.blocks, found_quotes, body.links, lex=lex)
        finally:
            entities.forget_texts()
    # one image per URL: the body's copy (with caption and credit) wins over the metadata's
    by_url = {img.url: img for img in (*md.images, *body.images)}
    images = tuple(by_url[url] for url in dict.fromkeys(img.url for img in (*md.images, *body.images)))
    return Article(
        url=doc.url,
        canonical_url=md.canonical_url,
        lang=md.lang,
        site_name=md.site_name,
        headline=md.headline,
        lead=md.lead,
        authors=md.authors,
        published=md.published,
        modified=md.modified,
        section=md.section,
        tags=md.tags,
        paragraphs=body.blocks,
        quotes=found_quotes,
        sources=found_sources,
        related=found.related,
        links=body.links,
        images=images,
        warnings=warnings,
    )
