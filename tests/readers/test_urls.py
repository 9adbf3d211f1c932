"""URL lists: pages fetched from a local HTTP server on loopback, with retries and one line per failure."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from stancemap import analyze
from stancemap.readers.urls import FetchOptions, fetch_urls, read_url_list

from .conftest import ARTICLES, page

FAST = FetchOptions(delay=0.01, backoff=0.01, timeout=5.0, retries=2)


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path.startswith("/article/"):
            title, paragraphs = ARTICLES[int(self.path.rsplit("/", 1)[1])]
            self._send(200, "text/html; charset=utf-8", page(title, paragraphs).encode())
        elif self.path == "/flaky" and self.hits[self.path] < 2:
            self._send(503, "text/plain", b"busy")
        elif self.path == "/flaky":
            self._send(200, "text/html", page(*ARTICLES[0]).encode())
        elif self.path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4")
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    _Handler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_urls_list_file_is_read_with_one_line_per_bad_entry(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("# my list\nhttps://a.example/1\n\nftp://a.example/2\nhttps://a.example/1\nnot a url\n")
    urls, notices = read_url_list(path)
    assert urls == ["https://a.example/1"]
    assert [n.message.split(":")[0] for n in notices] == ["not an http(s) URL", "URL listed again; fetched once",
                                                           "not an http(s) URL"]


def test_urls_fetched_with_retries_and_failures_named(server: str) -> None:
    urls = [f"{server}/article/0", f"{server}/flaky", f"{server}/missing", f"{server}/pdf"]
    results = list(fetch_urls(urls, 1_000_000, FAST))
    assert [getattr(r, "fmt", None) for r in results] == ["html", "html", None, None]
    assert results[2].message == "could not be fetched (HTTP 404 Not Found)"  # type: ignore[union-attr]
    assert results[3].message == "not an HTML page, text or feed (application/pdf)"  # type: ignore[union-attr]
    assert _Handler.hits["/flaky"] == 2


def test_urls_unreachable_host_is_one_line_after_retries() -> None:
    [result] = list(fetch_urls(["http://127.0.0.1:9/nothing"], 1_000_000, FAST))
    assert result.message.startswith("could not be fetched after 3 tries (ConnectError")  # type: ignore[union-attr]


def test_urls_list_analysed_end_to_end(server: str, tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(f"{server}/article/0\n{server}/article/1\n{server}/missing\n")
    analysis = analyze([], question="Will Marlow Bay cap cruise calls?", urls=path)
    assert [d.title for d in analysis.documents] == [t for t, _ in ARTICLES]
    assert [d.url for d in analysis.documents] == [f"{server}/article/0", f"{server}/article/1"]
    assert [n.message for n in analysis.notices] == ["could not be fetched (HTTP 404 Not Found)"]
