"""fetch() against a hostile server on 127.0.0.1 (issue 5): every misbehaviour is one clear FetchError.

The server is started by the module's fixture; no test touches the network.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from articlekit.cli import main as cli_main
from articlekit.errors import ContentTypeError, FetchError, HTTPStatusError, InputError, TooLargeError
from articlekit.fetching import afetch_page, fetch, fetch_page

PAGE = (
    "<html><head><title>Titre</title></head><body><article><h1>Titre</h1>"
    "<p>Le ministre a déclaré : « Nous allons agir vite », selon l'AFP, jeudi soir à Paris.</p>"
    "</article></body></html>"
).encode()
#: 200 MB of zeros, a few hundred KB gzipped
BOMB = gzip.compress(b"\0" * 200_000_000, compresslevel=9)
DEFLATE_BOMB = zlib.compress(b"<p>" + b"a" * 100_000_000, 9)
#: keeps the slow handlers from outliving the tests by much
STOP = threading.Event()


class _Hostile(BaseHTTPRequestHandler):
    """Every way a server can misbehave, one path each."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        """Stay quiet."""

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        """Answer with a status, headers and a body (Content-Length added unless given)."""
        self.send_response(status)
        given = headers or {}
        for name, value in given.items():
            self.send_header(name, value)
        if "Content-Length" not in given:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # the name http.server calls
        """Route by path."""
        route = getattr(self, "route_" + self.path.strip("/").replace("-", "_").split("?")[0], None)
        if route is None:
            self._send(404, b"not found", {"Content-Type": "text/plain"})
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route()

    def route_page(self) -> None:
        """A good page."""
        self._send(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})

    def route_loop(self) -> None:
        """A redirect to itself."""
        self._send(302, b"", {"Location": "/loop"})

    def route_ping(self) -> None:
        """Two URLs redirecting to each other."""
        self._send(301, b"", {"Location": "/pong"})

    def route_pong(self) -> None:
        """The other half of the ping-pong."""
        self._send(301, b"", {"Location": "/ping"})

    def route_to_file(self) -> None:
        """A redirect to a local file."""
        self._send(302, b"", {"Location": "file:///etc/passwd"})

    def route_redirect_no_location(self) -> None:
        """A redirect status without a Location."""
        self._send(302, b"")

    def route_trickle(self) -> None:
        """Headers at once, then one byte every 0.1 s for ever (each read is quick, the whole is not)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        for _ in range(100_000):
            if STOP.wait(0.1):
                return
            self.wfile.write(b"a")
            self.wfile.flush()

    def route_trickle_headers(self) -> None:
        """The status line and headers a byte at a time."""
        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"x" * 10_000:
            if STOP.wait(0.1):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()

    def route_silent(self) -> None:
        """Accept the request and never answer."""
        STOP.wait(10)

    def route_big(self) -> None:
        """A body over the cap with an honest Content-Length."""
        self._send(200, b"<p>" + b"a" * 3_000_000, {"Content-Type": "text/html"})

    def route_big_unannounced(self) -> None:
        """A body over the cap, chunked: no Content-Length to refuse it by."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"a" * 65536
        for _ in range(100):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")

    def route_lying_length(self) -> None:
        """A small Content-Length over a big body."""
        self._send(200, b"<p>" + b"a" * 3_000_000, {"Content-Type": "text/html", "Content-Length": "100"})

    def route_gzip_bomb(self) -> None:
        """200 MB of zeros gzipped into a few hundred KB."""
        self._send(200, BOMB, {"Content-Type": "text/html", "Content-Encoding": "gzip"})

    def route_deflate_bomb(self) -> None:
        """100 MB deflated."""
        self._send(200, DEFLATE_BOMB, {"Content-Type": "text/html", "Content-Encoding": "deflate"})

    def route_double_gzip(self) -> None:
        """A gzip bomb inside gzip: the outer layer is small, the inner one is the bomb."""
        self._send(200, gzip.compress(BOMB), {"Content-Type": "text/html", "Content-Encoding": "gzip"})

    def route_corrupt_gzip(self) -> None:
        """Bytes that claim to be gzip and are not."""
        self._send(
            200, b"\x1f\x8bnot gzip at all" * 10, {"Content-Type": "text/html", "Content-Encoding": "gzip"}
        )

    def route_cut(self) -> None:
        """A Content-Length the body never reaches (the connection closes early)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(PAGE)
        self.close_connection = True

    def route_pdf(self) -> None:
        """A PDF."""
        self._send(200, b"%PDF-1.4\n" + bytes(1000), {"Content-Type": "application/pdf"})

    def route_png(self) -> None:
        """An image."""
        self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(1000), {"Content-Type": "image/png"})

    def route_json(self) -> None:
        """A JSON API answer."""
        self._send(200, b'{"html": "<p>x</p>"}', {"Content-Type": "application/json"})

    def route_octets(self) -> None:
        """Binary data with a generic type."""
        self._send(200, bytes(range(256)) * 4, {"Content-Type": "application/octet-stream"})

    def route_pdf_as_html(self) -> None:
        """A PDF served as text/html: the load stage refuses it."""
        self._send(200, b"%PDF-1.4\n" + bytes(1000), {"Content-Type": "text/html"})

    def route_untyped_binary(self) -> None:
        """Binary data without a Content-Type."""
        self._send(200, bytes(range(256)) * 4)

    def route_error(self) -> None:
        """A server error with an HTML body."""
        self._send(503, b"<html><body><p>Maintenance</p></body></html>", {"Content-Type": "text/html"})

    def route_garbage_status(self) -> None:
        """Not HTTP at all."""
        self.wfile.write(b"SSH-2.0-OpenSSH_9.0\r\n")
        self.close_connection = True


class _QuietServer(ThreadingHTTPServer):
    """A threading server that does not print the clients' hang-ups (the tests provoke them)."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Ignore a handler's failure (a client that gave up on a bomb or a trickle)."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The hostile server on 127.0.0.1; yields its base URL."""
    STOP.clear()
    httpd = _QuietServer(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    STOP.set()
    httpd.shutdown()
    httpd.server_close()


def test_the_good_page_is_fetched(server: str) -> None:
    assert "Nous allons agir vite" in fetch(f"{server}/page").text


@pytest.mark.parametrize("route", ["/loop", "/ping"])
def test_redirect_loops(server: str, route: str) -> None:
    with pytest.raises(FetchError, match="redirect"):
        fetch_page(f"{server}{route}", timeout=5)


def test_redirect_to_a_local_file(server: str) -> None:
    with pytest.raises(FetchError, match="not http"):
        fetch_page(f"{server}/to-file", timeout=5)


def test_redirect_without_a_location(server: str) -> None:
    with pytest.raises(FetchError, match="redirect"):
        fetch_page(f"{server}/redirect-no-location", timeout=5)


@pytest.mark.parametrize("route", ["/trickle", "/trickle-headers", "/silent"])
def test_slow_servers_hit_the_total_deadline(server: str, route: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_page(f"{server}{route}", timeout=0.6)
    assert time.monotonic() - started < 5  # the whole exchange, not each read, is bounded


def test_slow_server_async(server: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        asyncio.run(afetch_page(f"{server}/trickle", timeout=0.6))


@pytest.mark.parametrize("route", ["/big", "/big-unannounced"])
def test_oversized_bodies(server: str, route: str) -> None:
    with pytest.raises(TooLargeError, match="limit"):
        fetch_page(f"{server}{route}", max_bytes=1_000_000, timeout=10)


def test_a_lying_content_length_never_gives_more_than_it_said(server: str) -> None:
    try:
        page = fetch_page(f"{server}/lying-length", max_bytes=1_000_000, timeout=10)
    except FetchError:
        return
    assert len(page.content) <= 1_000_000


@pytest.mark.parametrize("route", ["/gzip-bomb", "/deflate-bomb"])
def test_compression_bombs_stop_at_the_decoded_cap(server: str, route: str) -> None:
    with pytest.raises(TooLargeError, match="limit"):
        fetch_page(f"{server}{route}", max_bytes=2_000_000, timeout=20)


def test_a_bomb_inside_gzip_is_capped_by_the_load_stage(server: str) -> None:
    # the HTTP layer inflates once (small); the page is then a gzip file, inflated by load up to its cap
    from articlekit import Options

    try:
        article = fetch(
            f"{server}/double-gzip",
            max_bytes=5_000_000,
            timeout=20,
            options=Options(max_page_bytes=1_000_000),
        )
    except FetchError:
        return  # refused at the HTTP layer: fine too
    except InputError as exc:
        assert "empty" in str(exc)  # the bomb is zeros: its first MB (the cap) holds no text
        return
    assert any("cut" in w for w in article.warnings)


def test_corrupt_compression(server: str) -> None:
    with pytest.raises(FetchError, match="corrupt"):
        fetch_page(f"{server}/corrupt-gzip", timeout=5)


def test_a_connection_closed_early(server: str) -> None:
    with pytest.raises(FetchError):
        fetch_page(f"{server}/cut", timeout=5)


@pytest.mark.parametrize("route", ["/pdf", "/png", "/json", "/octets"])
def test_non_html_content_types(server: str, route: str) -> None:
    with pytest.raises(ContentTypeError, match="not an HTML or text page"):
        fetch(f"{server}{route}", timeout=5)


@pytest.mark.parametrize("route", ["/pdf-as-html", "/untyped-binary"])
def test_binary_bodies_behind_a_page_type_are_refused_by_load(server: str, route: str) -> None:
    from articlekit.errors import UnsupportedContentError

    with pytest.raises(UnsupportedContentError):
        fetch(f"{server}{route}", timeout=5)


def test_error_status(server: str) -> None:
    with pytest.raises(HTTPStatusError, match="503") as info:
        fetch_page(f"{server}/error", timeout=5)
    assert info.value.status_code == 503


def test_not_http_at_all(server: str) -> None:
    with pytest.raises(FetchError):
        fetch_page(f"{server}/garbage-status", timeout=5)


def test_nothing_listening() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="cannot fetch"):
        fetch_page(f"http://127.0.0.1:{port}/", timeout=5)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/", "http://", "javascript:alert(1)", ""]
)
def test_urls_that_are_not_http_are_input_errors(url: str) -> None:
    with pytest.raises(InputError):
        fetch_page(url)


@pytest.mark.parametrize(
    ("route", "status", "words"),
    [
        ("/loop", 3, "redirect"),
        ("/gzip-bomb", 3, "limit"),
        ("/pdf", 3, "application/pdf"),
        ("/silent", 3, "timed out"),
        ("/error", 3, "503"),
        ("/pdf-as-html", 2, "PDF"),
    ],
)
def test_cli_one_line_and_exit_status(
    server: str, route: str, status: int, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["extract", f"{server}{route}", "--timeout", "1"]) == status
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("articlekit: error: ") and words in err
