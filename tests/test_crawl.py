"""afetch_many / fetch_many against HTTP servers the tests run on 127.0.0.1 (never the network)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import articlekit
from articlekit.crawl import CrawlSettings, FetchResult, afetch_many, fetch_many, user_agent
from articlekit.errors import ContentTypeError, FetchError, HTTPStatusError, InputError, TooLargeError

HTML = "text/html; charset=utf-8"
PAGE = "<html><head><meta charset='utf-8'><title>Été</title></head><body><p>Bonjour.</p></body></html>"


class _State:
    """What the test server saw: hits per path, user agents, most concurrent requests."""

    def __init__(self, robots: str | None, robots_status: int = 200) -> None:
        """Serve `robots` (None: 404) with `robots_status`."""
        self.robots = robots
        self.robots_status = robots_status
        self.hits: dict[str, int] = {}
        self.agents: set[str] = set()
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()


# fixed answers: path -> (status, body, content type, extra headers)
_FIXED: dict[str, tuple[int, bytes, str, dict[str, str]]] = {
    "/down": (500, b"down", HTML, {}),
    "/redirect": (302, b"", HTML, {"Location": "/page/target"}),
    "/to-private": (301, b"", HTML, {"Location": "/private/x"}),
    "/loop": (302, b"", HTML, {"Location": "/loop"}),
    "/big": (200, b"<html>" + b"x" * 50_000 + b"</html>", HTML, {}),
    "/image": (200, b"\x89PNG", "image/png", {}),
}


class _Handler(BaseHTTPRequestHandler):
    """Routes: /robots.txt, /page/N, /private/N, /slow/N, /flaky, /timeout, and the _FIXED paths."""

    state: _State  # set on the subclass each server gets

    def log_message(self, *args: Any) -> None:
        """Keep test output quiet."""

    def _send(
        self, status: int, body: bytes, ctype: str = HTML, headers: dict[str, str] | None = None
    ) -> None:
        """Write one response."""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        """Count the request, then answer according to the path."""
        state = self.state
        with state.lock:
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            state.agents.add(self.headers.get("User-Agent", ""))
            state.active += 1
            state.max_active = max(state.max_active, state.active)
            hits = state.hits[self.path]
        try:
            self._route(hits)
        finally:
            with state.lock:
                state.active -= 1

    def _route(self, hits: int) -> None:
        """Pick the answer for this path."""
        path, robots = self.path, self.state.robots
        if path == "/robots.txt":
            if robots is None:
                self._send(404, b"not here", "text/plain")
            else:
                self._send(self.state.robots_status, robots.encode(), "text/plain")
        elif path in _FIXED:
            self._send(*_FIXED[path])
        elif path == "/flaky" and hits <= 2:
            self._send(503, b"busy")
        elif path.startswith(("/page/", "/private/", "/slow/", "/timeout", "/flaky")):
            time.sleep(0.15 if path.startswith("/slow/") else 1.0 if path == "/timeout" else 0)
            self._send(200, PAGE.encode())
        else:
            self._send(404, b"gone")


@pytest.fixture
def server() -> Iterator[tuple[str, _State]]:
    """A local server whose robots.txt forbids /private."""
    yield from _serve(_State("User-agent: *\nDisallow: /private\n"))


def _serve(state: _State) -> Iterator[tuple[str, _State]]:
    """Run a threaded HTTP server on 127.0.0.1 for one test."""
    handler = type("BoundHandler", (_Handler,), {"state": state})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", state
    finally:
        httpd.shutdown()
        httpd.server_close()


def _fast(**kw: Any) -> CrawlSettings:
    """Settings with tiny backoff so retry tests run in milliseconds, and a timeout roomy for loaded CI."""
    return CrawlSettings(**{"backoff": 0.01, "timeout": 10.0, **kw})


def _by_url(results: list[FetchResult]) -> dict[str, FetchResult]:
    """Index results by requested URL."""
    return {r.url: r for r in results}


def test_fetches_pages_with_honest_user_agent(server: tuple[str, _State]) -> None:
    base, state = server
    urls = [f"{base}/page/{i}" for i in range(5)]
    results = _by_url(list(fetch_many(urls, _fast())))
    assert set(results) == set(urls)
    for r in results.values():
        assert r.ok
        assert r.content == PAGE.encode()
        assert r.content_type == "text/html; charset=utf-8"
    assert state.agents == {user_agent()}
    assert user_agent().startswith("articlekit/")
    assert state.hits["/robots.txt"] == 1  # cached for the host


def test_async_api_is_exported_and_streams() -> None:
    assert articlekit.afetch_many is afetch_many


def test_afetch_many_async_iteration(server: tuple[str, _State]) -> None:
    base, _ = server

    async def run() -> list[FetchResult]:
        """Collect every result of an async crawl."""
        return [r async for r in afetch_many([f"{base}/page/a", f"{base}/gone"], backoff=0.01)]

    results = _by_url(asyncio.run(run()))
    assert results[f"{base}/page/a"].ok
    gone = results[f"{base}/gone"].error
    assert isinstance(gone, HTTPStatusError) and gone.status_code == 404


def test_robots_txt_is_respected_by_default(server: tuple[str, _State]) -> None:
    base, state = server
    results = _by_url(list(fetch_many([f"{base}/private/secret", f"{base}/to-private"], _fast())))
    for r in results.values():
        assert isinstance(r.error, FetchError)
        assert "robots.txt" in str(r.error)
    assert "/private/secret" not in state.hits
    assert "/private/x" not in state.hits  # the redirect hop is checked too


def test_robots_can_be_ignored(server: tuple[str, _State]) -> None:
    base, state = server
    [r] = list(fetch_many([f"{base}/private/secret"], _fast(respect_robots=False)))
    assert r.ok
    assert "/robots.txt" not in state.hits


def test_missing_robots_allows_and_failing_robots_disallows() -> None:
    for state, allowed in ((_State(None), True), (_State("x", robots_status=500), False)):
        for base, _ in _serve(state):
            [r] = list(fetch_many([f"{base}/page/1"], _fast(retries=0)))
            assert r.ok is allowed, state.robots_status


def test_retries_5xx_with_backoff_then_succeeds(server: tuple[str, _State]) -> None:
    base, state = server
    [r] = list(fetch_many([f"{base}/flaky"], _fast(retries=3)))
    assert r.ok and r.content == PAGE.encode()
    assert state.hits["/flaky"] == 3


def test_gives_up_after_retries(server: tuple[str, _State]) -> None:
    base, state = server
    [r] = list(fetch_many([f"{base}/down"], _fast(retries=2)))
    assert isinstance(r.error, HTTPStatusError) and r.error.status_code == 500
    assert state.hits["/down"] == 3


def test_timeout_is_retried_then_reported(server: tuple[str, _State]) -> None:
    base, state = server
    [r] = list(fetch_many([f"{base}/timeout"], _fast(timeout=0.2, retries=1)))
    assert isinstance(r.error, FetchError) and "timed out" in str(r.error)
    assert state.hits["/timeout"] == 2


def test_redirects_are_followed(server: tuple[str, _State]) -> None:
    base, _ = server
    [r] = list(fetch_many([f"{base}/redirect"], _fast()))
    assert r.ok and r.url == f"{base}/redirect" and r.final_url == f"{base}/page/target"
    [loop] = list(fetch_many([f"{base}/loop"], _fast(max_redirects=3)))
    assert isinstance(loop.error, FetchError) and "redirect" in str(loop.error)


def test_size_cap_and_content_type(server: tuple[str, _State]) -> None:
    base, _ = server
    results = _by_url(list(fetch_many([f"{base}/big", f"{base}/image"], _fast(max_bytes=10_000))))
    assert isinstance(results[f"{base}/big"].error, TooLargeError)
    assert isinstance(results[f"{base}/image"].error, ContentTypeError)


def test_bad_urls_become_errors(server: tuple[str, _State]) -> None:
    base, _ = server
    results = _by_url(list(fetch_many(["ftp://example.invalid/x", "not a url", f"{base}/page/1"], _fast())))
    assert isinstance(results["ftp://example.invalid/x"].error, InputError)
    assert isinstance(results["not a url"].error, InputError)
    assert results[f"{base}/page/1"].ok


def test_concurrency_is_bounded_per_host(server: tuple[str, _State]) -> None:
    base, state = server
    urls = [f"{base}/slow/{i}" for i in range(8)]
    results = list(fetch_many(urls, _fast(concurrency=8, per_host=2)))
    assert all(r.ok for r in results) and len(results) == 8
    assert state.max_active <= 2


def test_concurrency_is_bounded_overall() -> None:
    # two "hosts" (127.0.0.1 and localhost name the same server) with per_host 3, overall 2
    for base, state in _serve(_State(None)):
        port = base.rsplit(":", 1)[1]
        urls = [f"http://127.0.0.1:{port}/slow/{i}" for i in range(4)]
        urls += [f"http://localhost:{port}/slow/{i}" for i in range(4)]
        results = list(fetch_many(urls, _fast(concurrency=2, per_host=3)))
        assert all(r.ok for r in results), [r.error for r in results]
        assert state.max_active <= 2


def test_settings_are_checked() -> None:
    with pytest.raises(InputError):
        list(fetch_many(["http://127.0.0.1:9/x"], CrawlSettings(concurrency=0)))
