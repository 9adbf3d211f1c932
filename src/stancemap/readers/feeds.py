"""RSS and Atom feeds (feedparser): each entry's content, or its summary, is an article, with the
entry's title, link and date and the feed's title as outlet."""

from __future__ import annotations

import time

from ..model import Notice, Source
from .html_text import fragment_text


def read_feed(where: str, data: bytes) -> tuple[list[Source], list[Notice]]:
    """The articles of a feed document; a notice for a file that is not a feed, or an empty entry."""
    import feedparser

    from ..ingest import feed_root

    if not feed_root(data[:2048]):
        return [], [Notice(where, "XML file whose root is not an RSS or Atom feed")]
    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as err:  # feedparser reports errors in `bozo`; anything raised is a broken file
        return [], [Notice(where, f"unreadable feed ({type(err).__name__}: {err})")]
    outlet = (parsed.feed.get("title") or "").strip() or None
    sources: list[Source] = []
    notices: list[Notice] = []
    for n, entry in enumerate(parsed.entries, 1):
        label = f"{where}#{n}"
        body = _entry_text(entry)
        if not any(ch.isalpha() for ch in body):
            notices.append(Notice(label, "feed entry without text (no content or summary)"))
            continue
        sources.append(Source(label, "text", text=body, title=(entry.get("title") or "").strip() or None,
                              url=entry.get("link") or None, outlet=outlet, published=_entry_date(entry),
                              given_by="the feed entry"))
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        notices.append(Notice(where, f"feed without entries{reason}"))
    return sources, notices


def _entry_text(entry) -> str:  # type: ignore[no-untyped-def]
    """The longest of the entry's full contents, else its summary, as text lines."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return fragment_text(best if len(best) >= len(summary) else summary)


def _entry_date(entry) -> str | None:  # type: ignore[no-untyped-def]
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None
