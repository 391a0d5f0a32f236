"""Fetch many URLs politely with one httpx.AsyncClient (httpx is imported when a crawl starts).

`afetch_many` bounds concurrency overall and per host, retries 5xx / 429 answers, timeouts and
dropped connections with exponential backoff, and honours robots.txt (RFC 9309, read once per host
and crawl, checked again at every redirect hop through an httpx request hook). Each exchange is
`fetching.afetch_page`, so a crawl applies the same checks as `articlekit.fetch`: status, media
type, size cap (after bounded decompression), overall timeout, honest User-Agent. It yields one
`FetchResult` per URL in completion order; a URL that fails gives a result carrying an articlekit
error instead of raising. `fetch_many` does the same from synchronous code.
"""

from __future__ import annotations

import asyncio
import queue
import random
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .errors import ArticlekitError, FetchError, HTTPStatusError, InputError
from .fetching import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, MAX_REDIRECTS, FetchedPage, afetch_page, user_agent

if TYPE_CHECKING:
    import httpx

#: the product token robots.txt rules are matched against
ROBOTS_AGENT = "articlekit"
#: robots.txt files are read up to this size (RFC 9309 asks crawlers to read at least 500 KiB)
ROBOTS_MAX_BYTES = 512 * 1024
#: statuses worth retrying: the server is overloaded or briefly failing
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: robots.txt rules standing for "no robots.txt" and "assume everything is disallowed"
_ALLOW_ALL: tuple[str, ...] = ()
_DISALLOW_ALL = ("User-agent: *", "Disallow: /")


class RobotsDisallowed(FetchError):
    """robots.txt of the host does not let articlekit fetch this URL."""


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """How a crawl behaves: limits, retries, politeness."""

    concurrency: int = 16
    per_host: int = 2
    retries: int = 3
    backoff: float = 0.5  # first retry waits about this many seconds, doubling each time
    timeout: float = DEFAULT_TIMEOUT  # for one whole exchange (connect, wait, read every byte)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    respect_robots: bool = True
    user_agent: str | None = None  # None: articlekit's own, with its version


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of fetching one URL: the page (final URL, bytes, Content-Type) or the error."""

    url: str  # as requested
    page: FetchedPage | None = None
    error: ArticlekitError | None = None

    @property
    def ok(self) -> bool:
        """True when the page was fetched."""
        return self.error is None

    @property
    def final_url(self) -> str | None:
        """The URL after redirects."""
        return self.page.url if self.page else None

    @property
    def content(self) -> bytes | None:
        """The body bytes (decompressed)."""
        return self.page.content if self.page else None

    @property
    def content_type(self) -> str | None:
        """The Content-Type header, for its charset."""
        return self.page.content_type if self.page else None


def _transient(error: ArticlekitError) -> bool:
    """True for failures worth another try: 5xx / 429, and timeouts or dropped connections."""
    if isinstance(error, HTTPStatusError):
        return error.status_code in RETRY_STATUSES
    # fetching raises plain FetchError for timeouts and transport failures; its subclasses
    # (size cap, media type, robots) would fail the same way again
    return type(error) is FetchError and "redirect" not in str(error)


class _Crawl:
    """State of one crawl: per-host slots and the robots.txt cache (never shared between crawls)."""

    def __init__(self, settings: CrawlSettings) -> None:
        """Start empty: slots and robots.txt files are added per host as the crawl meets them."""
        self.settings = settings
        self.client: httpx.AsyncClient | None = None
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}

    async def fetch(self, url: str) -> FetchResult:
        """Fetch one URL within its host's limit; every failure becomes a result with an error."""
        try:
            async with self._slot(_origin(url)):
                page = await self._with_retries(lambda: self._get(url, self.settings.max_bytes))
            return FetchResult(url, page=page)
        except ArticlekitError as exc:
            return FetchResult(url, error=exc)
        except Exception as exc:  # one odd URL must not end the crawl
            return FetchResult(url, error=FetchError(f"cannot fetch {url}: {type(exc).__name__}: {exc}"))

    def _slot(self, origin: str) -> asyncio.Semaphore:
        """Return the semaphore bounding requests to one host."""
        if origin not in self._slots:
            self._slots[origin] = asyncio.Semaphore(self.settings.per_host)
        return self._slots[origin]

    def _get(self, url: str, max_bytes: int) -> Awaitable[FetchedPage]:
        """One exchange with every check of `fetching` (redirects followed by the client)."""
        return afetch_page(url, timeout=self.settings.timeout, max_bytes=max_bytes, client=self.client)

    async def _with_retries(self, attempt: Callable[[], Awaitable[FetchedPage]]) -> FetchedPage:
        """Run `attempt`, retrying transient failures with exponential backoff and jitter."""
        tries = 0
        while True:
            try:
                return await attempt()
            except ArticlekitError as exc:
                if tries >= self.settings.retries or not _transient(exc):
                    raise
            await asyncio.sleep(self.settings.backoff * (2**tries) * (1 + random.random() / 2))
            tries += 1

    async def check_request(self, request: httpx.Request) -> None:
        """httpx request hook: refuse any request, redirect hops included, that robots.txt forbids."""
        if not self.settings.respect_robots or request.url.path == "/robots.txt":
            return
        url = str(request.url)
        origin = _origin(url)
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self._robots:
                self._robots[origin] = await self._read_robots(origin)
        if not self._robots[origin].can_fetch(ROBOTS_AGENT, url):
            raise RobotsDisallowed(f"{url} is disallowed by robots.txt")

    async def _read_robots(self, origin: str) -> RobotFileParser:
        """Fetch and parse `origin`/robots.txt: 4xx allows all, 5xx or unreachable disallows all."""
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            found = await self._with_retries(lambda: self._get(origin + "/robots.txt", ROBOTS_MAX_BYTES))
        except HTTPStatusError as exc:
            parser.parse(_ALLOW_ALL if exc.status_code < 500 else _DISALLOW_ALL)
            return parser
        except ArticlekitError as exc:
            # unreachable: RFC 9309 says assume everything is disallowed; a file that is there
            # but unusable (wrong type, too large) says nothing we could follow
            parser.parse(_DISALLOW_ALL if type(exc) is FetchError else _ALLOW_ALL)
            return parser
        parser.parse(found.content.decode("utf-8", "replace").splitlines())
        return parser


def _origin(url: str) -> str:
    """Return `scheme://host[:port]` of an http(s) URL, or raise InputError for anything else."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"not an http(s) URL: {url!r}")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


async def afetch_many(
    urls: Iterable[str],
    *,
    concurrency: int = 16,
    per_host: int = 2,
    retries: int = 3,
    backoff: float = 0.5,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    respect_robots: bool = True,
    user_agent: str | None = None,
) -> AsyncIterator[FetchResult]:
    """Fetch `urls` (read lazily) and yield a FetchResult for each as it completes.

    At most `concurrency` requests run at once, at most `per_host` to one host.
    """
    settings = CrawlSettings(
        concurrency=concurrency,
        per_host=per_host,
        retries=retries,
        backoff=backoff,
        timeout=timeout,
        max_bytes=max_bytes,
        respect_robots=respect_robots,
        user_agent=user_agent,
    )
    async for result in crawl(urls, settings):
        yield result


async def crawl(urls: Iterable[str], settings: CrawlSettings) -> AsyncIterator[FetchResult]:
    """Run a crawl with explicit settings (what `afetch_many` and `fetch_many` call)."""
    if settings.concurrency < 1 or settings.per_host < 1:
        raise InputError("concurrency and per_host must be at least 1")
    import httpx

    state = _Crawl(settings)
    limits = httpx.Limits(
        max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
    )
    async with httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent or user_agent()},
        timeout=settings.timeout,
        limits=limits,
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        event_hooks={"request": [state.check_request]},
    ) as client:
        state.client = client
        results: asyncio.Queue[FetchResult | None] = asyncio.Queue(maxsize=settings.concurrency)
        source = iter(urls)
        workers = [asyncio.create_task(_worker(state, source, results)) for _ in range(settings.concurrency)]
        closer = asyncio.create_task(_close_when_done(workers, results))
        try:
            while (result := await results.get()) is not None:
                yield result
        finally:
            for task in (*workers, closer):
                task.cancel()
            await asyncio.gather(*workers, closer, return_exceptions=True)


async def _worker(state: _Crawl, source: Iterator[str], out: asyncio.Queue[FetchResult | None]) -> None:
    """Take URLs from the shared iterator until it runs dry (one event loop: no lock needed)."""
    for url in source:
        await out.put(await state.fetch(url.strip()))


async def _close_when_done(workers: list[asyncio.Task[None]], out: asyncio.Queue[FetchResult | None]) -> None:
    """Put the end marker once every worker is done (re-raising a worker's unexpected error)."""
    try:
        await asyncio.gather(*workers)
    finally:
        await out.put(None)


_END = object()


def fetch_many(urls: Iterable[str], settings: CrawlSettings | None = None) -> Iterator[FetchResult]:
    """Fetch `urls` from synchronous code: the crawl runs in a thread, results stream through a queue."""
    conf = settings or CrawlSettings()
    handoff: queue.Queue[Any] = queue.Queue(maxsize=conf.concurrency * 2)
    stop = threading.Event()
    thread = threading.Thread(target=_run_crawl, args=(urls, conf, handoff, stop), daemon=True)
    thread.start()
    try:
        while (item := handoff.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join(timeout=1.0)  # a daemon: it ends at its next result if still busy


def _run_crawl(
    urls: Iterable[str], conf: CrawlSettings, handoff: queue.Queue[Any], stop: threading.Event
) -> None:
    """Thread body: run the crawl's event loop, handing results over without blocking the loop."""

    async def pump() -> None:
        """Move results to the queue, yielding to the loop while the consumer is behind."""
        async for result in crawl(urls, conf):
            while not stop.is_set():
                try:
                    handoff.put_nowait(result)
                    break
                except queue.Full:
                    await asyncio.sleep(0.01)
            if stop.is_set():
                return

    try:
        asyncio.run(pump())
    except BaseException as exc:  # handed to the consumer, which re-raises it in its own thread
        _put_until_stopped(handoff, exc, stop)
    _put_until_stopped(handoff, _END, stop)


def _put_until_stopped(handoff: queue.Queue[Any], item: Any, stop: threading.Event) -> None:
    """Put `item` in the queue unless the consumer has gone away."""
    while not stop.is_set():
        try:
            handoff.put(item, timeout=0.1)
            return
        except queue.Full:
            time.sleep(0)


__all__ = [
    "CrawlSettings",
    "FetchResult",
    "RobotsDisallowed",
    "afetch_many",
    "crawl",
    "fetch_many",
    "user_agent",
]
