"""The articlekit exception hierarchy: every failure a caller sees is one of these."""

from __future__ import annotations


class ArticlekitError(Exception):
    """Base class of every error articlekit raises."""

    #: exit status the CLI uses for this kind of failure
    exit_code: int = 1


class InputError(ArticlekitError):
    """The page given cannot be read as a page (wrong type, unreadable, not HTML or text)."""

    exit_code = 2


class DecodeError(InputError):
    """The page's bytes could not be decoded into text."""


class UnsupportedContentError(InputError):
    """The input is a kind of document articlekit does not extract from (PDF, image, JSON…)."""


class DeadlineExceeded(ArticlekitError):
    """Extraction took longer than the deadline allowed."""

    exit_code = 4


class ExtractionError(ArticlekitError):
    """Extraction failed unexpectedly inside articlekit (a bug); the original exception is its __cause__."""

    exit_code = 70


class FetchError(ArticlekitError):
    """A page could not be fetched over the network."""

    exit_code = 3


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, status_code: int) -> None:
        """Keep the HTTP status code beside the message."""
        super().__init__(message)
        self.status_code = status_code

    def __reduce__(self) -> tuple[type[HTTPStatusError], tuple[str, int]]:
        """Pickle with the status code too (errors cross process boundaries in batch runs)."""
        return (type(self), (str(self), self.status_code))


class TooLargeError(FetchError):
    """The response body is larger than the size cap."""


class ContentTypeError(FetchError):
    """The server sent something other than an HTML or text page."""
