"""Fetch pages over HTTP with httpx (imported lazily): redirects, timeouts, size cap, content type."""

from __future__ import annotations

import asyncio
import math
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import ContentTypeError, FetchError, HTTPStatusError, InputError, TooLargeError
from .options import DEFAULT_OPTIONS, Options

if TYPE_CHECKING:
    import httpx

    from .model import Article

#: seconds one fetch may take in all (connecting, waiting, reading every byte)
DEFAULT_TIMEOUT = 20.0
#: largest response body accepted, counted after decompression (a gzip bomb stops here)
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
MAX_REDIRECTS = 10
#: media types that are pages; a response without a Content-Type is sniffed by the load stage
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml", "text/plain"})
PROJECT_URL = "https://pypi.org/project/articlekit/"
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
# only encodings this module inflates itself with a bound; br/zstd would be inflated unbounded
_ACCEPT_ENCODING = "gzip, deflate"
_GZIP_OR_ZLIB = 32 + zlib.MAX_WBITS  # zlib auto-detects a gzip or a zlib header
_RAW_DEFLATE = -zlib.MAX_WBITS
#: extra wait for the helper thread after the timeout, so that httpx's own timeouts report first
_JOIN_GRACE = 0.25


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A page as the server sent it: final URL after redirects, body bytes, Content-Type header."""

    url: str
    content: bytes
    content_type: str | None = None


def user_agent() -> str:
    """Return the honest User-Agent articlekit sends: its name, version and where to learn more."""
    from . import __version__

    return f"articlekit/{__version__} (+{PROJECT_URL})"


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    client: httpx.Client | None = None,
    options: Options | None = None,
) -> Article:
    """Fetch `url` and extract its Article; the Article's `url` is the final URL after redirects."""
    from .pipeline import extract

    page = fetch_page(url, timeout=timeout, max_bytes=max_bytes, client=client)
    return extract(page.content, url=page.url, content_type=page.content_type, options=options)


async def afetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    client: httpx.AsyncClient | None = None,
    options: Options | None = None,
) -> Article:
    """Fetch `url` without blocking the event loop and extract its Article (in a worker thread)."""
    from .pipeline import extract

    page = await afetch_page(url, timeout=timeout, max_bytes=max_bytes, client=client)
    opts = options or DEFAULT_OPTIONS
    return await asyncio.to_thread(
        extract, page.content, url=page.url, content_type=page.content_type, options=opts
    )


def fetch_page(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    client: httpx.Client | None = None,
) -> FetchedPage:
    """GET `url` with every check (status, content type, size cap, overall timeout) → FetchedPage."""
    import httpx

    url = _checked_url(url)
    _check_limits(timeout, max_bytes)
    if client is not None and not isinstance(client, httpx.Client):
        raise InputError("fetch() takes an httpx.Client (use afetch() with an httpx.AsyncClient)")
    deadline = time.monotonic() + timeout
    try:
        if client is not None:
            return _within(timeout, url, lambda: _get(client, url, timeout, max_bytes, deadline))
        with httpx.Client(**_client_settings(timeout)) as own:
            return _within(timeout, url, lambda: _get(own, url, timeout, max_bytes, deadline))
    except httpx.HTTPError as exc:
        raise _fetch_error(exc, url, timeout) from None
    except httpx.InvalidURL as exc:
        raise InputError(f"invalid URL {url!r}: {exc}") from None


async def afetch_page(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    client: httpx.AsyncClient | None = None,
) -> FetchedPage:
    """The async twin of fetch_page: same checks, the whole exchange bounded by `timeout`."""
    import httpx

    url = _checked_url(url)
    _check_limits(timeout, max_bytes)
    if client is not None and not isinstance(client, httpx.AsyncClient):
        raise InputError("afetch() takes an httpx.AsyncClient (use fetch() with an httpx.Client)")
    deadline = time.monotonic() + timeout
    try:
        if client is not None:
            return await asyncio.wait_for(_aget(client, url, timeout, max_bytes, deadline), timeout)
        async with httpx.AsyncClient(**_client_settings(timeout)) as own:
            return await asyncio.wait_for(_aget(own, url, timeout, max_bytes, deadline), timeout)
    except asyncio.TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s fetching {url}") from None
    except httpx.HTTPError as exc:
        raise _fetch_error(exc, url, timeout) from None
    except httpx.InvalidURL as exc:
        raise InputError(f"invalid URL {url!r}: {exc}") from None


# -- one exchange ----------------------------------------------------------------------------------


def _within(timeout: float, url: str, exchange: Callable[[], FetchedPage]) -> FetchedPage:
    """Run a blocking exchange in a helper thread and give up waiting for it after `timeout`."""
    # httpx's timeouts are per read: a server trickling its headers a byte at a time never trips them
    outcome: list[tuple[bool, Any]] = []

    def run() -> None:
        """Record the exchange's result or exception for the waiting caller."""
        try:
            outcome.append((True, exchange()))
        except BaseException as exc:  # handed to the caller, which re-raises it
            outcome.append((False, exc))

    worker = threading.Thread(target=run, name="articlekit-fetch", daemon=True)
    worker.start()
    worker.join(timeout + _JOIN_GRACE)
    if not outcome:
        raise FetchError(f"timed out after {timeout:g} s fetching {url}")
    ok, value = outcome[0]
    if ok:
        return value
    raise value


def _get(client: httpx.Client, url: str, timeout: float, max_bytes: int, deadline: float) -> FetchedPage:
    """Stream one GET (redirects followed) into a FetchedPage, checking as the bytes arrive."""
    with client.stream(
        "GET", url, headers=_request_headers(client), follow_redirects=True, timeout=timeout
    ) as response:
        content_type = _check_response(response, max_bytes)
        body = _Body(response, max_bytes, deadline, timeout)
        if response.is_stream_consumed:  # a transport that read the body already (e.g. MockTransport)
            body.feed(response.content, decoded=True)
        else:
            for chunk in response.iter_raw():
                body.feed(chunk)
        return FetchedPage(url=str(response.url), content=body.finish(), content_type=content_type)


async def _aget(
    client: httpx.AsyncClient, url: str, timeout: float, max_bytes: int, deadline: float
) -> FetchedPage:
    """Async twin of _get."""
    async with client.stream(
        "GET", url, headers=_request_headers(client), follow_redirects=True, timeout=timeout
    ) as response:
        content_type = _check_response(response, max_bytes)
        body = _Body(response, max_bytes, deadline, timeout)
        if response.is_stream_consumed:
            body.feed(response.content, decoded=True)
        else:
            async for chunk in response.aiter_raw():
                body.feed(chunk)
        return FetchedPage(url=str(response.url), content=body.finish(), content_type=content_type)


def _checked_url(url: Any) -> str:
    """Return `url` stripped when it is an absolute http(s) URL, else raise InputError."""
    if not isinstance(url, str):
        raise InputError(f"a URL must be a str, not {type(url).__name__}")
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"not an http(s) URL: {url!r}")
    return url


def _check_limits(timeout: float, max_bytes: int) -> None:
    """Reject a timeout or size cap that is not a positive finite number."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout < math.inf:
        raise InputError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise InputError(f"max_bytes must be a positive whole number, not {max_bytes!r}")


def _client_settings(timeout: float) -> dict[str, Any]:
    """Settings of the client articlekit opens itself when the caller gives none."""
    return {
        "follow_redirects": True,
        "max_redirects": MAX_REDIRECTS,
        "timeout": timeout,
        "headers": {"User-Agent": user_agent()},
    }


def _request_headers(client: httpx.Client | httpx.AsyncClient) -> dict[str, str]:
    """Headers for one request; a caller's own User-Agent is kept, httpx's default is replaced."""
    headers = {"Accept": _ACCEPT, "Accept-Encoding": _ACCEPT_ENCODING}
    if client.headers.get("user-agent", "").startswith("python-httpx/"):
        headers["User-Agent"] = user_agent()
    return headers


def _check_response(response: httpx.Response, max_bytes: int) -> str | None:
    """Raise for an error status, a non-page media type or an announced oversize body."""
    final = str(response.url)
    status = response.status_code
    if status >= 400:
        raise HTTPStatusError(f"HTTP {status} {response.reason_phrase} for {final}".strip(), status)
    if 300 <= status < 400:
        raise FetchError(f"HTTP {status} redirect without a usable Location from {final}")
    content_type = response.headers.get("content-type")
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media and media not in PAGE_TYPES:
        raise ContentTypeError(f"{final} is {media}, not an HTML or text page")
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise TooLargeError(f"{final} is {int(length)} bytes, over the {max_bytes}-byte limit")
    return content_type


class _Body:
    """Collects a response body, inflating gzip/deflate itself so that no chunk inflates past the cap."""

    def __init__(self, response: httpx.Response, max_bytes: int, deadline: float, timeout: float) -> None:
        """Start an empty body for `response`, refusing content encodings it cannot bound."""
        coding = response.headers.get("content-encoding", "identity").strip().lower()
        if coding not in ("identity", "", "gzip", "x-gzip", "deflate"):
            raise FetchError(f"unsupported Content-Encoding {coding!r} from {response.url}")
        self._url = str(response.url)
        self._inflater = None if coding in ("identity", "") else _Inflater(coding == "deflate")
        self._max = max_bytes
        self._deadline = deadline
        self._timeout = timeout
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, chunk: bytes, *, decoded: bool = False) -> None:
        """Add one chunk, raising TooLargeError past the cap and FetchError past the deadline."""
        if time.monotonic() > self._deadline:
            raise FetchError(f"timed out after {self._timeout:g} s fetching {self._url}")
        inflater = None if decoded else self._inflater
        data = inflater.inflate(chunk, self._max - self._size + 1) if inflater else chunk
        self._size += len(data)
        if self._size > self._max:
            raise TooLargeError(f"{self._url} is over the {self._max}-byte limit")
        self._parts.append(data)

    def finish(self) -> bytes:
        """Return the whole body."""
        return b"".join(self._parts)


class _Inflater:
    """Bounded gzip/deflate decompression (servers send "deflate" zlib-wrapped or raw)."""

    def __init__(self, deflate: bool) -> None:
        """Expect gzip (or zlib) data, or "deflate" data when `deflate`."""
        self._deflate = deflate
        self._started = False
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS if deflate else _GZIP_OR_ZLIB)

    def inflate(self, chunk: bytes, limit: int) -> bytes:
        """Inflate `chunk` into at most `limit` bytes (the cap plus one: reaching it means too large)."""
        try:
            out = self._zlib.decompress(chunk, limit)
        except zlib.error as exc:
            if not (self._deflate and not self._started):
                raise FetchError(f"corrupt compressed response: {exc}") from None
            self._zlib = zlib.decompressobj(_RAW_DEFLATE)
            self._started = True
            return self.inflate(chunk, limit)
        self._started = True
        return out


def _fetch_error(exc: Exception, url: str, timeout: float) -> FetchError:
    """Turn an httpx failure into a FetchError with a one-line message."""
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return FetchError(f"timed out after {timeout:g} s fetching {url}")
    if isinstance(exc, httpx.TooManyRedirects):
        return FetchError(f"too many redirects fetching {url}")
    if isinstance(exc, httpx.UnsupportedProtocol):
        return FetchError(f"{url} redirected to a URL that is not http(s)")
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return FetchError(f"cannot fetch {url}: {detail}")
