"""WARC web archives (warcio): every HTML response is an article, with its URL and crawl date.

The archive is streamed record by record: a crawl of thousands of pages is never held in memory,
and each page is held to an article's size limit.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UnreadableFile
from ..model import Notice, Source
from . import size_text
from .decoding import decode


def read_warc(path: Path, max_bytes: int) -> tuple[list[Source], list[Notice]]:
    sources, notices = _read(path, max_bytes, whole_gzip=False)
    # An archive gzipped whole (`gzip crawl.warc`) rather than record by record: warcio reads its first page, then
    # stops; read it again through one gunzip stream (test_warc_gzipped_whole_reads_every_page).
    if any("non-chunked gzip" in n.message for n in notices):
        sources, notices = _read(path, max_bytes, whole_gzip=True)
    return sources, notices


def _read(path: Path, max_bytes: int, whole_gzip: bool) -> tuple[list[Source], list[Notice]]:
    import gzip

    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    sources: list[Source] = []
    notices: list[Notice] = []
    passed_over = 0
    try:
        with (gzip.open(path, "rb") if whole_gzip else path.open("rb")) as stream:
            for n, record in enumerate(ArchiveIterator(stream), 1):
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or None
                where = f"{path}#{url or n}"
                http = record.http_headers
                status = http.get_statuscode() if http is not None else "200"
                ctype = (http.get_header("Content-Type") if http is not None
                         else record.rec_headers.get_header("Content-Type")) or ""
                if status != "200" or "html" not in ctype.lower():
                    passed_over += 1
                    continue
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    notices.append(Notice(where, f"page too large for an article (> {size_text(max_bytes)})"))
                    continue
                # A record whose declared length was not all there: the archive ends inside it (an
                # interrupted download). Its first part is read, and said to be a part
                # (test_warc_cut_short_is_noted).
                if getattr(record.raw_stream, "limit", 0) > 0:
                    notices.append(Notice(where, "the archive ends inside this page (a download cut short?): "
                                                 "only the part before the cut is read", skipped=False))
                try:
                    html = _decode(data, ctype)
                except UnreadableFile as err:
                    notices.append(Notice(where, str(err)))
                    continue
                crawled = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                sources.append(Source(where, "html", html=html, url=url, given_by="the web archive record",
                                      fetched=crawled))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        notices.append(Notice(str(path), f"unreadable web archive ({type(err).__name__}: {' '.join(str(err).split())})"))
    except Exception as err:  # warcio raises AttributeError/TypeError on malformed headers (no URI, bad lengths)
        notices.append(Notice(str(path), f"unreadable web archive (malformed record: {type(err).__name__}); "
                                         f"{len(sources)} page(s) read before it"))
    if passed_over:
        notices.append(Notice(str(path), f"{passed_over} archive record(s) that are not HTML pages answered "
                                         "with 200 OK (images, scripts, redirects, errors) passed over", skipped=False))
    if not sources and not notices:
        notices.append(Notice(str(path), "web archive without HTML pages"))
    return sources, notices


def _decode(data: bytes, content_type: str) -> str:
    """The page's text: the charset its server declared, else guessed from the bytes."""
    charset = next((part.split("=", 1)[1].strip().strip('"\'') for part in content_type.split(";")
                    if part.strip().lower().startswith("charset=")), None)
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)[0]
