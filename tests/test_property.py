"""Property test: random bytes, random Unicode, random markup and random JSON go into ingest and
clean; no exception escapes, and every input yields an article or a notice saying why not.
2,400 examples in all, derandomised so CI runs the same ones every time."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancemap.article import MappedArticle, prepare
from stancemap.ingest import read_file
from stancemap.model import Notice, Source

SETTINGS = {"deadline": None, "derandomize": True, "database": None,
            "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]}
SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".xml", ".rss", ".warc", ".md", ".bin", ""]
WORDS = st.sampled_from(["the", "minister", "said", "Talks", "BY", "Jan", "2026", "©", "Share", "“", "”", ".", ",",
                         "READ MORE", "12/10/26", "東京", "Привет", "\u200b", "\x00", "&amp;", "<", ">", "\n", "\n\n",
                         # page styles and hard-wrapped text (clean/styles.py, clean/wrapping.py)
                         "de-\nvelopment", "Quel-\nlis", "-\n", "    ", "\t", "|", "A5", "Reply", "Comments", "ENDS",
                         "Press release", "Contact:", "Written by", "42 Followers", "About", "Mar 2", "©"])
TAGS = st.sampled_from(["p", "div", "h1", "h2", "li", "ul", "table", "tr", "td", "script", "style", "a", "figure",
                        "figcaption", "nav", "article", "header", "footer", "br", "span", "time", "meta", "html"])


def _outcome(source: Source) -> None:
    result = prepare(source)
    assert isinstance(result, (MappedArticle, Notice))
    if isinstance(result, MappedArticle):
        assert result.record.document.body.strip()
        assert result.record.document.title is None or len(result.record.document.title) <= 400


def _ingest(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        sources, notices = read_file(path)
        assert sources or notices
        for source in sources:
            _outcome(source)


@settings(max_examples=800, **SETTINGS)
@given(st.binary(max_size=3000), st.sampled_from(SUFFIXES))
def test_property_random_bytes(data: bytes, suffix: str) -> None:
    _ingest(data, suffix)


@settings(max_examples=800, **SETTINGS)
@given(st.one_of(st.text(max_size=3000), st.lists(WORDS, max_size=300).map(" ".join)),
       st.sampled_from(["utf-8", "utf-16", "utf-32-le", "cp1252"]))
def test_property_random_unicode(text: str, encoding: str) -> None:
    _ingest(text.encode(encoding, "replace"), ".txt")
    _outcome(Source("x.txt", "text", text=text))


@st.composite
def _markup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(TAGS)
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.lists(WORDS, max_size=30).map(" ".join)))
        else:
            parts.append(draw(st.text(max_size=40)))
    return "".join(parts)


@settings(max_examples=500, **SETTINGS)
@given(_markup(), st.booleans())
def test_property_random_markup(markup: str, doctype: bool) -> None:
    html = ("<!doctype html>" if doctype else "") + markup
    _outcome(Source("x.html", "html", html=html))
    _ingest(html.encode("utf-8", "replace"), ".html")


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=200),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=12)


@settings(max_examples=300, **SETTINGS)
@given(st.dictionaries(st.sampled_from(["text", "html", "title", "outlet", "published", "url", "date", "x"]),
                       JSON_VALUES, max_size=6), st.sampled_from([".json", ".jsonl"]))
def test_property_random_json(obj: dict[str, object], suffix: str) -> None:
    _ingest(json.dumps(obj).encode(), suffix)
