"""Language data (boilerplate labels, reporting verbs, source cues, date words), one package per language.

A language is a subpackage (``lexicon/fr/``) whose modules carry the same constant names:
``boilerplate``, ``dates``, ``related``, ``reporting``, ``sources``. Code never holds French words as
literals; it reads them from the `Lexicon` it is given.

Partial languages: a package may hold only some domains. One holding only ``dates.py`` (Russian,
Turkish, Greek…) is read for dates only: its month names and cues join those of every language in
`date_words`, which reads a page in any language; `get` refuses it as a lexicon (InputError), since
it has no boilerplate, reporting or source data. Packages are found on disk (`languages`): adding
``lexicon/<lang>/dates.py`` is all a new language's date words need.
"""

from __future__ import annotations

import importlib
import pkgutil
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
        if lang in date_languages():
            raise InputError(
                f"no lexicon for language {lang!r}: articlekit only has its date words,"
                " which it reads on pages in any language"
            ) from exc
        raise InputError(f"no lexicon for language {lang!r}") from exc
    return Lexicon(lang=lang, **mods)


#: languages with boilerplate data (lexicon/<lang>/boilerplate.py and related.py)
BOILERPLATE_LANGS = ("fr", "en", "de", "es", "pl", "it", "pt", "nl")
#: the domains whose data is merged for a page in another language
_PAGE_DOMAINS = ("boilerplate", "related")


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Frequent words of each language with boilerplate data, to guess a page's language."""
    out = {}
    for lang in BOILERPLATE_LANGS:
        module = importlib.import_module(f"{__name__}.{lang}.boilerplate")
        out[lang] = frozenset(getattr(module, "STOPWORDS", ()))
    return out


@cache
def for_page(lang: str, page_lang: str | None) -> Lexicon:
    """The lexicon of `lang` whose boilerplate and related data also hold those of `page_lang`."""
    base = get(lang)
    if page_lang is None or page_lang == lang or page_lang not in BOILERPLATE_LANGS:
        return base
    merged = {}
    for domain in _PAGE_DOMAINS:
        other = importlib.import_module(f"{__name__}.{page_lang}.{domain}")
        merged[domain] = _merge_modules(getattr(base, domain), other, f"{lang}+{page_lang}")
    return Lexicon(
        lang=lang,
        boilerplate=merged["boilerplate"],
        dates=base.dates,
        related=merged["related"],
        reporting=base.reporting,
        sources=base.sources,
    )


def _merge_modules(first: ModuleType, second: ModuleType, tag: str) -> ModuleType:
    """A module holding each constant of `first` extended by the same constant of `second`."""
    out = ModuleType(f"{first.__name__}[{tag}]")
    names = {n for n in (*vars(first), *vars(second)) if n.isupper()}
    for name in sorted(names):
        a, b = getattr(first, name, None), getattr(second, name, None)
        setattr(out, name, _merge_values(a, b))
    return out


def _merge_values(a: object, b: object) -> object:
    """`a` extended by `b` (dicts: `a` wins on a shared key; tuples: order kept, no repeats)."""
    if a is None:
        return b
    if isinstance(a, dict) and isinstance(b, dict):
        return {**b, **a}
    if isinstance(a, frozenset) and isinstance(b, frozenset):
        return a | b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return tuple(dict.fromkeys((*a, *b)))
    return a


#: the constants of a ``dates`` module that `date_words` gathers from every language
DATE_WORDS = (
    "MONTHS",
    "DAYS",
    "ORDINAL_SUFFIXES",
    "DATE_JOINERS",
    "YMD_MARKS",
    "PM_MARKS",
    "HOUR_MARKS",
    "TIME_CONNECTORS",
    "FILLER_WORDS",
    "PUBLISHED_CUES",
    "MODIFIED_CUES",
    "DATE_LABELS",
)


@cache
def languages() -> tuple[str, ...]:
    """Every language package under lexicon/ (full lexicons and partial ones), sorted."""
    return tuple(sorted(info.name for info in pkgutil.iter_modules(__path__) if info.ispkg))


@cache
def date_languages() -> tuple[str, ...]:
    """The language packages holding a ``dates`` module, sorted."""
    return tuple(lang for lang in languages() if _dates_module(lang) is not None)


def _dates_module(lang: str) -> ModuleType | None:
    """The ``dates`` module of a language package (None when it has none)."""
    try:
        return importlib.import_module(f"{__name__}.{lang}.dates")
    except ModuleNotFoundError:
        return None


@cache
def date_words(lang: str = "fr") -> ModuleType:
    """The date words of every language in one module (the `DATE_WORDS` names), those of `lang` first.

    A month name both `lang` and another language list keeps `lang`'s number; cues and joiners keep
    `lang`'s order first. Dates are read with these on a page in any language: a French reader's pages
    carry English, German, Russian… dates, and a month name needs a day number beside it to count.
    """
    order = (lang, *(other for other in date_languages() if other != lang))
    out = ModuleType(f"{__name__}.date_words[{lang}]")
    for name in DATE_WORDS:
        value: object = None
        for other in order:
            value = _merge_values(value, getattr(_dates_module(other), name, None))
        setattr(out, name, value)
    return out
