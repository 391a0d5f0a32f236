"""Tests of the `articlekit` command, through main([...]) and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import articlekit
from articlekit.cli import EXIT_INTERNAL, main

SEED = Path("/work/shared/seed/seed.txt")
#: the console script pip installed next to the interpreter running the tests
COMMAND = str(Path(sys.executable).parent / "articlekit")
FRENCH = "L’été « déjà » là : “ça” coûte 5 € — œuvre…"
PAGE = (
    "<html><head><title>Titre d’essai</title></head><body><article><h1>Titre d’essai</h1>"
    f"<p>{FRENCH} Un paragraphe assez long pour être retenu comme corps de l’article, "
    "avec un <a href='/autre'>lien relatif</a>.</p></article></body></html>"
)


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the installed command as a user would."""
    return subprocess.run([COMMAND, *args], input=stdin, capture_output=True, timeout=60)


@pytest.fixture()
def cp1252_file(tmp_path: Path) -> Path:
    """A windows-1252 page on disk."""
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252"))
    return path


# -- through main() ---------------------------------------------------------------------------------


def test_extract_file_as_json(cp1252_file: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["extract", str(cp1252_file)]) == 0
    data = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert data["headline"] == "Titre d’essai"
    assert FRENCH in data["text"]


def test_extract_text_and_markdown(cp1252_file: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["extract", str(cp1252_file), "--format", "text"]) == 0
    text = capsysbinary.readouterr().out.decode("utf-8")
    assert text.startswith("Titre d’essai\n\n") and FRENCH in text
    assert main(["extract", str(cp1252_file), "-f", "markdown"]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8").startswith("# Titre d’essai\n")


def test_url_option_gives_the_article_its_url(
    cp1252_file: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["extract", str(cp1252_file), "--url", "https://example.fr/rubrique/a"]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert data["url"] == "https://example.fr/rubrique/a"


def test_content_type_option(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "nometa.html"
    path.write_bytes(PAGE.encode("cp1252"))
    assert main(["extract", str(path), "-f", "text", "--content-type", "text/html; charset=cp1252"]) == 0
    assert FRENCH in capsysbinary.readouterr().out.decode("utf-8")


def test_missing_file_is_exit_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "/no/such/page.html"]) == 2
    err = capsys.readouterr().err
    assert err == "articlekit: error: no such file: /no/such/page.html\n"


def test_a_url_without_scheme_gets_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "www.example.fr/article.html"]) == 2
    assert "start it with https://" in capsys.readouterr().err
    assert main(["extract", "example.fr/a"]) == 2
    assert "start it with https://" in capsys.readouterr().err
    assert main(["extract", "missing-page.html"]) == 2
    assert capsys.readouterr().err == "articlekit: error: no such file: missing-page.html\n"


def test_usage_errors_are_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["extract"]) == 2
    assert main(["extract", "x", "--format", "pdf"]) == 2
    assert main(["extract", "x", "--timeout", "-1"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 4 and all("error:" in line for line in lines)


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"articlekit {articlekit.__version__}"
    assert main(["--help"]) == 0
    assert "extract" in capsys.readouterr().out
    assert main(["extract", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--format" in out and "--url" in out


def test_unsupported_content_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4\n...")
    assert main(["extract", str(pdf)]) == 2
    assert "PDF" in capsys.readouterr().err


def test_unexpected_failure_is_one_line(
    monkeypatch: pytest.MonkeyPatch, cp1252_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        """Fail like a bug would."""
        raise RuntimeError("bug\nwith two lines")

    monkeypatch.setattr("articlekit.render.render", boom)
    assert main(["extract", str(cp1252_file)]) == EXIT_INTERNAL
    assert capsys.readouterr().err == "articlekit: internal error: RuntimeError: bug with two lines\n"


# -- as a subprocess ----------------------------------------------------------------------------------


def test_seed_text_dump_subprocess() -> None:
    done = run_cli("extract", str(SEED))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout.decode("utf-8"))
    assert data["headline"].startswith("IA: Meta et IBM forment une coalition")
    assert data["text"].startswith("Les compagnies américaines Meta et IBM")


def test_stdin_subprocess() -> None:
    done = run_cli("extract", "-", "--format", "text", stdin=PAGE.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert FRENCH in done.stdout.decode("utf-8")


def test_empty_stdin_is_exit_2() -> None:
    done = run_cli("extract", "-", stdin=b"")
    assert done.returncode == 2
    assert done.stderr == b"articlekit: error: empty page\n"


def test_errors_never_print_a_traceback() -> None:
    for args, code in ((("extract", "/no/such/file"), 2), (("extract", "http://127.0.0.1:1/"), 3)):
        done = run_cli(*args)
        assert done.returncode == code
        assert b"Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


def test_output_is_utf8_whatever_the_locale(cp1252_file: Path) -> None:
    env = {"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [COMMAND, "extract", str(cp1252_file), "-f", "text"],
        capture_output=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert FRENCH in done.stdout.decode("utf-8")


def test_closed_stdout_pipe_is_quiet(tmp_path: Path) -> None:
    big = tmp_path / "big.html"  # output far larger than a pipe buffer, so the write really fails
    paragraph = "<p>Un paragraphe assez long pour compter comme un vrai paragraphe du corps.</p>"
    big.write_text(f"<html><body><article>{paragraph * 3000}</article></body></html>")
    command = f"{COMMAND} extract {big} | head -c 1 >/dev/null"
    done = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], capture_output=True, timeout=60)
    assert done.returncode == 0
    assert done.stderr == b""


# -- URLs -------------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    """Serves PAGE in windows-1252 at /page and redirects / to it."""

    def do_GET(self) -> None:
        """Answer a GET."""
        if self.path == "/":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = PAGE.encode("cp1252") if self.path == "/page" else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=windows-1252")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1; yields its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_extract_url(server: str, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["extract", f"{server}/", "--timeout", "10"]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert data["url"] == f"{server}/page"
    assert FRENCH in data["text"]


def test_http_error_is_exit_3(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", f"{server}/absent"]) == 3
    assert capsys.readouterr().err.startswith("articlekit: error: HTTP 404")


def test_output_never_carries_script_or_style(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / "scripts.html"
    path.write_text(
        "<html><head><style>p{color:red}</style><script>var s='SCRIPT-HEAD';</script></head><body>"
        "<article><h1>Titre</h1><p>Un premier paragraphe assez long pour être le corps de l’article.</p>"
        "<script>document.write('SCRIPT-BODY')</script><style>.x{color:blue}</style>"
        "<p>Un second paragraphe, lui aussi assez long pour compter dans le corps.</p>"
        "</article></body></html>"
    )
    for fmt in ("text", "markdown", "json"):
        assert main(["extract", str(path), "-f", fmt]) == 0
        out = capsysbinary.readouterr().out.decode("utf-8")
        assert "premier paragraphe" in out
        assert not any(bad in out for bad in ("SCRIPT-HEAD", "SCRIPT-BODY", "color:", "document.write"))


def test_cli_import_stays_light() -> None:
    # `articlekit --help` must stay fast: no stage, no httpx, no dateparser, no bs4 at CLI import
    probe = (
        "import sys, articlekit.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'dateparser', 'bs4') "
        "or m in ('articlekit.pipeline', 'articlekit.load', 'articlekit.meta', 'articlekit.quotes')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == b"[]"
