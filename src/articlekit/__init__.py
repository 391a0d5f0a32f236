"""articlekit: a raw French news page in, a structured Article out.

>>> import articlekit
>>> article = articlekit.extract(open("page.html", "rb").read(), url="https://example.fr/a")
>>> article.headline, article.quotes, article.sources
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    ArticlekitError,
    ContentTypeError,
    DeadlineExceeded,
    DecodeError,
    ExtractionError,
    FetchError,
    HTTPStatusError,
    InputError,
    TooLargeError,
    UnsupportedContentError,
)

if TYPE_CHECKING:
    from .batch import extract_many
    from .crawl import afetch_many
    from .fetching import afetch, fetch
    from .model import Article, Block, Image, Link, Quote, RelatedLink, Source, SourceMention
    from .options import Options
    from .pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticlekitError",
    "Block",
    "ContentTypeError",
    "DeadlineExceeded",
    "DecodeError",
    "ExtractionError",
    "FetchError",
    "HTTPStatusError",
    "Image",
    "InputError",
    "Link",
    "Options",
    "Quote",
    "RelatedLink",
    "Source",
    "SourceMention",
    "TooLargeError",
    "UnsupportedContentError",
    "__version__",
    "afetch",
    "afetch_many",
    "extract",
    "extract_many",
    "fetch",
]


# dataclasses, json and datetime cost a third of `articlekit --help`: the model loads on first use
_LAZY = {
    **dict.fromkeys(
        ("Article", "Block", "Image", "Link", "Quote", "RelatedLink", "Source", "SourceMention"), "model"
    ),
    "Options": "options",
}


def __getattr__(name: str) -> Any:
    """Load the network half (httpx) only when it is first used, to keep `import articlekit` light."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    if name == "extract":  # the stages (lxml, compiled patterns): `articlekit --help` skips them
        from .pipeline import extract as _extract

        return _extract
    if name in ("fetch", "afetch"):
        from . import fetching as _fetch

        return getattr(_fetch, name)
    if name == "extract_many":  # multiprocessing machinery, loaded on first use
        from .batch import extract_many as _extract_many

        return _extract_many
    if name == "afetch_many":
        from .crawl import afetch_many as _afetch_many

        return _afetch_many
    raise AttributeError(f"module 'articlekit' has no attribute {name!r}")
