"""Language data (boilerplate labels, reporting verbs, source cues, date words), one package per language.

A language is a subpackage (``lexicon/fr/``) whose modules carry the same constant names:
``boilerplate``, ``dates``, ``related``, ``reporting``, ``sources``. Code never holds French words as literals;
it reads them from the `Lexicon` it is given.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from ..errors import InputError

DOMAINS = ("boilerplate", "dates", "related", "reporting", "sources")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The data of one language, one module per domain."""

    lang: str
    boilerplate: ModuleType
    dates: ModuleType
    related: ModuleType
    reporting: ModuleType
    sources: ModuleType


@cache
def get(lang: str = "fr") -> Lexicon:
    """Return the lexicon of `lang` (e.g. "fr"); InputError when articlekit has none for it."""
    try:
        mods = {d: importlib.import_module(f"{__name__}.{lang}.{d}") for d in DOMAINS}
    except ModuleNotFoundError as exc:
        raise InputError(f"no lexicon for language {lang!r}") from exc
    return Lexicon(lang=lang, **mods)
