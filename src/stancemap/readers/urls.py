"""A list of URLs (`--urls FILE`), fetched with httpx: a few pages at a time, one at a time per
site with a pause between them, retries on timeouts and on 429/5xx answers, and one line per URL
that could not be had. Only runs when the user gives a URL list (stancemap makes no other request)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import UnreadableFile
from ..model import Notice, Source
from . import size_text
from .decoding import decode

RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchOptions:
    # Polite defaults: four sites at once, one request at a time per site, a pause between two
    # requests to one site, two retries with growing waits (a server's Retry-After is honoured up
    # to MAX_RETRY_AFTER seconds).
    concurrency: int = 4
    delay: float = 1.0
    retries: int = 2
    backoff: float = 1.0
    timeout: float = 20.0
    max_retry_after: float = 30.0
    user_agent: str = "stancemap/0.1 (news analysis; one fetch per listed URL)"


def read_url_list(path: Path) -> tuple[list[str], list[Notice]]:
    """The URLs of a list file: one per line; blank lines and lines starting with # are ignored."""
    try:
        text, _ = decode(path.read_bytes())
    except (OSError, UnreadableFile) as err:
        return [], [Notice(str(path), f"URL list cannot be read ({getattr(err, 'strerror', None) or err})")]
    urls: list[str] = []
    notices: list[Notice] = []
    seen: set[str] = set()
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = urlsplit(line)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in line:
            notices.append(Notice(f"{path}:{lineno}", f"not an http(s) URL: {line[:120]}"))
        elif line in seen:
            notices.append(Notice(f"{path}:{lineno}", "URL listed again; fetched once", skipped=False))
        else:
            seen.add(line)
            urls.append(line)
    if not urls and not notices:
        notices.append(Notice(str(path), "URL list without URLs"))
    return urls, notices


def fetch_urls(urls: list[str], max_bytes: int, options: FetchOptions | None = None) -> Iterator[Source | Notice]:
    """Fetch every URL (sites in parallel, each site's pages in turn); results in the list's order."""
    import httpx

    options = options or FetchOptions()
    by_host: dict[str, list[int]] = {}
    for i, url in enumerate(urls):
        by_host.setdefault(urlsplit(url).netloc.lower(), []).append(i)
    results: dict[int, list[Source | Notice]] = {}
    headers = {"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                                                           "application/atom+xml;q=0.9,*/*;q=0.5"}
    with httpx.Client(headers=headers, timeout=options.timeout, follow_redirects=True) as client:
        def one_site(indexes: list[int]) -> None:
            for k, i in enumerate(indexes):
                if k:
                    time.sleep(options.delay)
                results[i] = _fetch_one(client, urls[i], max_bytes, options)

        with ThreadPoolExecutor(max_workers=max(1, min(options.concurrency, len(by_host)))) as pool:
            list(pool.map(one_site, by_host.values()))
    for i in range(len(urls)):
        yield from results.get(i, [Notice(urls[i], "not fetched")])


def _fetch_one(client, url: str, max_bytes: int, options: FetchOptions) -> list[Source | Notice]:  # type: ignore[no-untyped-def]
    import httpx

    reason = ""
    for attempt in range(options.retries + 1):
        if attempt:
            time.sleep(_wait(reason, attempt, options))
        try:
            with client.stream("GET", url) as response:
                if response.status_code in RETRY_STATUS:
                    reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                    retry_after = response.headers.get("Retry-After", "")
                    reason += f"|{retry_after}" if retry_after.isdigit() else ""
                    continue
                if response.status_code >= 400:
                    return [Notice(url, f"could not be fetched (HTTP {response.status_code} {response.reason_phrase})".strip())]
                data = bytearray()
                for chunk in response.iter_bytes():
                    data += chunk
                    if len(data) > max_bytes:
                        return [Notice(url, f"page too large for an article (> {size_text(max_bytes)})")]
                return _page(url, str(response.url), bytes(data), response.headers.get("Content-Type", ""))
        except httpx.HTTPError as err:  # timeouts, refused connections, no network, bad TLS
            reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
    tries = options.retries + 1
    return [Notice(url, f"could not be fetched after {tries} tries ({reason.split('|')[0]})")]


def _wait(reason: str, attempt: int, options: FetchOptions) -> float:
    _, _, retry_after = reason.partition("|")
    if retry_after.isdigit():
        return min(float(retry_after), options.max_retry_after)
    return options.backoff * 2 ** (attempt - 1)


def _page(url: str, final_url: str, data: bytes, content_type: str) -> list[Source | Notice]:
    from ..ingest import feed_root, split_long_lines
    from .feeds import read_feed
    from .warc import _decode

    ctype = content_type.lower()
    today = date.today().isoformat()
    if "xml" in ctype or "rss" in ctype or "atom" in ctype or feed_root(data[:2048]):
        if feed_root(data[:2048]):
            sources, notices = read_feed(url, data)
            return [*sources, *notices]
    try:
        text = _decode(data, content_type)
    except UnreadableFile as err:
        return [Notice(url, str(err))]
    if "html" in ctype or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        return [Source(url, "html", html=text, url=final_url, given_by="the fetched page", fetched=today)]
    if ctype.startswith("text/plain"):
        text, _ = split_long_lines(text)
        return [Source(url, "text", text=text, url=final_url, given_by="the fetched page", fetched=today)]
    return [Notice(url, f"not an HTML page, text or feed ({content_type.split(';')[0] or 'no content type'})")]
