"""Tests of fetching: a real HTTP server on 127.0.0.1 in a thread, and httpx.MockTransport."""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

import articlekit
from articlekit.errors import (
    ContentTypeError,
    FetchError,
    HTTPStatusError,
    InputError,
    TooLargeError,
)
from articlekit.fetching import FetchedPage, afetch, afetch_page, fetch, fetch_page, user_agent

FRENCH = "L’été « déjà » là : “ça” coûte 5 € — œuvre…"
PAGE = (
    "<html><head><title>Titre d’essai</title></head><body><article><h1>Titre d’essai</h1>"
    f"<p>{FRENCH} Un paragraphe assez long pour être retenu comme le corps de l’article.</p>"
    "</article></body></html>"
)
CP1252_PAGE = PAGE.encode("cp1252")
HTML_1252 = "text/html; charset=windows-1252"


def _send(
    handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str], announce: bool = True
) -> None:
    """Write one whole response, with a Content-Length header when `announce`."""
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    if announce:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _trickle(handler: BaseHTTPRequestHandler) -> None:
    """Send headers, then one byte every 50 ms for as long as the client listens."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(400):
        handler.wfile.write(b"a")
        handler.wfile.flush()
        time.sleep(0.05)


def _trickle_headers(handler: BaseHTTPRequestHandler) -> None:
    """Send a status line, then a header one byte every 50 ms, never finishing the headers."""
    handler.wfile.write(b"HTTP/1.0 200 OK\r\n")
    for _ in range(400):
        handler.wfile.write(b"X")
        handler.wfile.flush()
        time.sleep(0.05)


ROUTES: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {
    "/page": lambda h: _send(h, 200, CP1252_PAGE, {"Content-Type": HTML_1252}),
    "/redirect": lambda h: _send(h, 302, b"", {"Location": "/page"}),
    "/loop": lambda h: _send(h, 302, b"", {"Location": "/loop"}),
    "/to-ftp": lambda h: _send(h, 302, b"", {"Location": "ftp://example.org/x"}),
    "/missing": lambda h: _send(h, 404, b"nope", {"Content-Type": "text/html"}),
    "/broken": lambda h: _send(h, 500, b"oops", {"Content-Type": "text/html"}),
    "/pdf": lambda h: _send(h, 200, b"%PDF-1.7 ...", {"Content-Type": "application/pdf"}),
    "/json": lambda h: _send(h, 200, b"{}", {"Content-Type": "application/json"}),
    "/no-type": lambda h: _send(h, 200, PAGE.encode(), {}),
    "/text": lambda h: _send(h, 200, b"Titre\n\nUn texte brut.", {"Content-Type": "text/plain"}),
    "/big": lambda h: _send(h, 200, b"<p>" + b"x" * 5000, {"Content-Type": "text/html"}),
    "/big-unannounced": lambda h: _send(h, 200, b"<p>" + b"x" * 5000, {"Content-Type": "text/html"}, False),
    "/gzip": lambda h: _send(
        h, 200, gzip.compress(CP1252_PAGE), {"Content-Type": HTML_1252, "Content-Encoding": "gzip"}
    ),
    "/deflate-raw": lambda h: _send(
        h, 200, _raw_deflate(CP1252_PAGE), {"Content-Type": HTML_1252, "Content-Encoding": "deflate"}
    ),
    "/bomb": lambda h: _send(
        h, 200, gzip.compress(b"\0" * 50_000_000), {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    ),
    "/brotli": lambda h: _send(h, 200, b"xx", {"Content-Type": "text/html", "Content-Encoding": "br"}),
    "/slow": _trickle,
    "/slow-headers": _trickle_headers,
    "/hang": lambda h: time.sleep(2),
    "/ua": lambda h: _send(
        h, 200, f"<p>{h.headers.get('User-Agent')}</p>".encode(), {"Content-Type": "text/html"}
    ),
}


def _raw_deflate(data: bytes) -> bytes:
    """Deflate without the zlib wrapper, as some servers send "deflate"."""
    squeezer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return squeezer.compress(data) + squeezer.flush()


class _Handler(BaseHTTPRequestHandler):
    """Serves ROUTES; HTTP/1.0 so that bodies without Content-Length end with the connection."""

    def do_GET(self) -> None:
        """Answer from ROUTES, ignoring clients that hang up early."""
        route = ROUTES.get(self.path)
        try:
            if route is None:
                _send(self, 404, b"", {})
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 for the module's tests; yields its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# -- real local server ------------------------------------------------------------------------------


def test_fetch_page_follows_redirects_and_keeps_the_charset(server: str) -> None:
    page = fetch_page(f"{server}/redirect")
    assert page == FetchedPage(url=f"{server}/page", content=CP1252_PAGE, content_type=HTML_1252)


def test_fetch_gives_an_article_with_the_final_url_and_accents(server: str) -> None:
    article = fetch(f"{server}/redirect")
    assert article.url == f"{server}/page"
    assert FRENCH in article.text


def test_public_api_exposes_fetch(server: str) -> None:
    assert articlekit.fetch is fetch
    assert articlekit.afetch is afetch


@pytest.mark.parametrize("route", ["/gzip", "/deflate-raw"])
def test_compressed_bodies_are_inflated(server: str, route: str) -> None:
    assert fetch_page(f"{server}{route}").content == CP1252_PAGE


def test_redirect_loop(server: str) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        fetch_page(f"{server}/loop")


def test_redirect_to_another_scheme(server: str) -> None:
    with pytest.raises(FetchError, match="not http"):
        fetch_page(f"{server}/to-ftp")


@pytest.mark.parametrize(("route", "status"), [("/missing", 404), ("/broken", 500)])
def test_error_statuses(server: str, route: str, status: int) -> None:
    with pytest.raises(HTTPStatusError, match=str(status)) as caught:
        fetch_page(f"{server}{route}")
    assert caught.value.status_code == status
    assert caught.value.exit_code == 3


@pytest.mark.parametrize("route", ["/pdf", "/json"])
def test_non_page_content_types(server: str, route: str) -> None:
    with pytest.raises(ContentTypeError, match="not an HTML or text page"):
        fetch_page(f"{server}{route}")


def test_missing_content_type_is_sniffed_later(server: str) -> None:
    assert fetch(f"{server}/no-type").headline == "Titre d’essai"


def test_text_plain_is_accepted(server: str) -> None:
    assert fetch_page(f"{server}/text").content.startswith(b"Titre")


@pytest.mark.parametrize("route", ["/big", "/big-unannounced"])
def test_size_cap(server: str, route: str) -> None:
    with pytest.raises(TooLargeError, match="1000-byte limit"):
        fetch_page(f"{server}{route}", max_bytes=1000)
    assert len(fetch_page(f"{server}{route}", max_bytes=10_000).content) == 5003


def test_gzip_bomb_stops_at_the_cap(server: str) -> None:
    with pytest.raises(TooLargeError):
        fetch_page(f"{server}/bomb", max_bytes=1_000_000)


def test_unsupported_content_encoding(server: str) -> None:
    with pytest.raises(FetchError, match="Content-Encoding"):
        fetch_page(f"{server}/brotli")


def test_trickling_server_hits_the_overall_timeout(server: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        fetch_page(f"{server}/slow", timeout=0.5)


def test_server_trickling_its_headers_hits_the_overall_timeout(server: str) -> None:
    # without an overall deadline this would end 20 s later in "Server disconnected"
    with pytest.raises(FetchError, match="timed out"):
        fetch_page(f"{server}/slow-headers", timeout=0.5)
    with pytest.raises(FetchError, match="timed out"):
        asyncio.run(afetch_page(f"{server}/slow-headers", timeout=0.5))


def test_silent_server_times_out(server: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        fetch_page(f"{server}/hang", timeout=0.3)


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="cannot fetch"):
        fetch_page(f"http://127.0.0.1:{port}/")


def test_honest_user_agent(server: str) -> None:
    body = fetch_page(f"{server}/ua").content.decode()
    assert f"articlekit/{articlekit.__version__} (+http" in body
    assert user_agent() in body


def test_afetch_against_the_server(server: str) -> None:
    article = asyncio.run(afetch(f"{server}/redirect"))
    assert article.url == f"{server}/page" and FRENCH in article.text


def test_afetch_page_errors(server: str) -> None:
    with pytest.raises(HTTPStatusError):
        asyncio.run(afetch_page(f"{server}/missing"))
    with pytest.raises(FetchError, match="timed out"):
        asyncio.run(afetch_page(f"{server}/slow", timeout=0.5))
    with pytest.raises(TooLargeError):
        asyncio.run(afetch_page(f"{server}/bomb", max_bytes=1_000_000))


# -- bad arguments ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["", "example.fr/page", "ftp://example.fr/x", "file:///etc/passwd", "http://"]
)
def test_bad_urls_are_input_errors(url: str) -> None:
    with pytest.raises(InputError, match="not an http"):
        fetch_page(url)


def test_bad_limits_and_clients() -> None:
    with pytest.raises(InputError, match="timeout"):
        fetch_page("http://127.0.0.1/", timeout=0)
    for timeout in (-1, float("inf"), float("nan"), None, "5"):
        with pytest.raises(InputError, match="timeout"):
            fetch_page("http://127.0.0.1/", timeout=timeout)  # type: ignore[arg-type]
    for max_bytes in (0, 1.5, None):
        with pytest.raises(InputError, match="max_bytes"):
            fetch_page("http://127.0.0.1/", max_bytes=max_bytes)  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"httpx\.Client"):
        fetch_page("http://127.0.0.1/", client=object())  # type: ignore[arg-type]


# -- MockTransport ----------------------------------------------------------------------------------


def _mock_routes(request: httpx.Request) -> httpx.Response:
    """A tiny site: /old redirects to /new, which echoes the User-Agent in a cp1252 page."""
    if request.url.path == "/old":
        return httpx.Response(301, headers={"Location": "https://example.test/new"})
    ua = request.headers.get("user-agent", "")
    body = PAGE.replace("</article>", f"<p>UA={ua}</p></article>").encode("cp1252")
    return httpx.Response(200, content=body, headers={"Content-Type": HTML_1252})


def test_mock_client_redirect_charset_and_user_agent() -> None:
    with httpx.Client(transport=httpx.MockTransport(_mock_routes)) as client:
        page = fetch_page("https://example.test/old", client=client)
        article = fetch("https://example.test/old", client=client)
    assert page.url == "https://example.test/new"
    assert page.content_type == HTML_1252
    assert f"UA={user_agent()}".encode() in page.content  # httpx's default agent is replaced
    assert article.url == "https://example.test/new" and FRENCH in article.text


def test_mock_client_keeps_the_callers_user_agent() -> None:
    transport = httpx.MockTransport(_mock_routes)
    with httpx.Client(transport=transport, headers={"User-Agent": "my-crawler/2"}) as client:
        assert b"UA=my-crawler/2" in fetch_page("https://example.test/new", client=client).content


def test_mock_async_client() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        """Async twin of _mock_routes."""
        return _mock_routes(request)

    async def run() -> articlekit.Article:
        """Fetch through an AsyncClient on a mock transport."""
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            return await afetch("https://example.test/old", client=client)

    article = asyncio.run(run())
    assert article.url == "https://example.test/new" and FRENCH in article.text


def test_mock_transport_error_becomes_fetch_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        """Fail like a dropped connection."""
        raise httpx.ReadError("connection reset by peer", request=request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client, pytest.raises(FetchError):
        fetch_page("https://example.test/", client=client)


def test_wrong_client_kind_for_afetch() -> None:
    with httpx.Client() as client, pytest.raises(InputError, match="AsyncClient"):
        asyncio.run(afetch_page("https://example.test/", client=client))  # type: ignore[arg-type]
