"""WARC web archives: every HTML response an article, with its URL and crawl date."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from stancemap import analyze
from stancemap.ingest import read_file

from .conftest import ARTICLES, page


def _warc(path: Path, gz: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        records = [(f"https://gazette.example/{i}", "200 OK", "text/html; charset=utf-8", page(t, ps).encode())
                   for i, (t, ps) in enumerate(ARTICLES)]
        records.append(("https://gazette.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"))
        records.append(("https://gazette.example/old", "301 Moved Permanently", "text/html", b""))
        for url, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2026-03-06T08:00:00Z"})
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_are_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, gz=name.endswith(".gz"))
    sources, notices = read_file(path)
    assert [s.url for s in sources] == ["https://gazette.example/0", "https://gazette.example/1"]
    assert all(s.fmt == "html" and s.fetched == "2026-03-06" for s in sources)
    assert len(notices) == 1 and not notices[0].skipped and notices[0].message.startswith("2 archive record(s)")


def test_warc_gzipped_whole_reads_every_page(tmp_path: Path) -> None:
    """An archive compressed whole (`gzip crawl.warc`, not record by record) reads as the same archive: warcio read
    its first page, then stopped with a dozen-line 'unreadable web archive' that suggested a recompress tool."""
    import gzip

    plain = tmp_path / "crawl.warc"
    _warc(plain, gz=False)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))
    sources, notices = read_file(path)
    assert [s.url for s in sources] == ["https://gazette.example/0", "https://gazette.example/1"]
    assert [n.message[:18] for n in notices] == ["2 archive record(s)"[:18]]


def test_warc_recognised_by_content_without_its_name(tmp_path: Path) -> None:
    path = tmp_path / "crawl.bin"
    _warc(path, gz=True)
    sources, _ = read_file(path)
    assert len(sources) == 2


def test_warc_broken_archive_is_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    sources, notices = read_file(path)
    assert sources == [] and notices and all("Traceback" not in n.message for n in notices)


def test_warc_archive_analysed_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, gz=True)
    analysis = analyze([path], question="Will Marlow Bay cap cruise calls?")
    assert [d.url for d in analysis.documents] == ["https://gazette.example/0", "https://gazette.example/1"]
    assert [d.title for d in analysis.documents] == [t for t, _ in ARTICLES]
    assert analysis.documents[0].outlet == "Harbour Gazette" and analysis.documents[0].published == "2026-03-04"
    assert analysis.statements


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_warc_cut_short_is_noted(tmp_path: Path, name: str) -> None:
    """An archive that ends inside a page (a download cut short) keeps the part it has, and says so."""
    whole = tmp_path / ("whole" + name[3:])
    _warc(whole, gz=name.endswith(".gz"))
    data = whole.read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 4])  # inside the first page
    _, notices = read_file(path)
    cut = [n for n in notices if "ends inside this page" in n.message]
    assert len(cut) == 1 and not cut[0].skipped and cut[0].path.endswith("#https://gazette.example/0")
    _, whole_notices = read_file(whole)
    assert not any("ends inside" in n.message for n in whole_notices)
