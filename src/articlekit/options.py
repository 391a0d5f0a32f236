"""Settings for one extraction, passed explicitly down the pipeline (never read from globals)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Options:
    """What a caller may tune; the defaults suit French news pages."""

    #: language of the lexicons (boilerplate labels, reporting verbs, date words)
    lang: str = "fr"
    #: time zone given to dates the page shows with a time but no offset (e.g. "à 11h20")
    default_timezone: str = "Europe/Paris"
    #: look for quotations, speakers and cited sources
    quotes: bool = True
    #: seconds one extraction may take before DeadlineExceeded (None: no limit)
    deadline: float | None = 30.0
    #: pages larger than this many bytes are cut (with a warning) before parsing
    max_page_bytes: int = 64 * 1024 * 1024


DEFAULT_OPTIONS = Options()
