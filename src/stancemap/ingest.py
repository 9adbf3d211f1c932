"""Stage 1: find article files and read them into `Source`s.

Every file either becomes one or more `Source`s or one `Notice` saying why not;
nothing is dropped silently and nothing here raises for a bad file.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from .errors import UnreadableFile
from .model import Notice, Source
from .readers import size_text
from .readers.decoding import decode

__all__ = ["decode", "iter_sources", "read_file", "read_sources", "size_text"]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# Names of web archives read as WARC (a gzipped ARC too: warcio reads it).
WARC_NAME_ENDINGS = (".warc", ".warc.gz", ".arc.gz")
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES

# A news article is rarely over 200 KB of text; 5 MB leaves room for HTML pages with inline
# scripts while refusing log dumps and corpora concatenated into one file.
DEFAULT_MAX_BYTES = 5_000_000
# A feed holds many articles: up to this many times an article's limit. Web archives are streamed
# record by record, and each HTML response is held to an article's limit.
FEED_SIZE_FACTOR = 20
# A paragraph of news runs to a few thousand characters; a longer line is a text that lost its line
# breaks (a JSON field, a copied page). It is split into paragraphs at sentence ends so that no giant
# line becomes a title (test_ingest_long_line_*); a note is shown above NOTE_LINE characters.
LONG_LINE, NOTE_LINE, PARAGRAPH_CHARS = 5_000, 20_000, 1_200
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+(?=[\"“‘'«(\[]?[A-Z0-9À-ÖØ-Þ])")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Notice]:
    """Yield the files under the given paths in a stable order, or a Notice for a missing path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # Hidden files and folders (".git", ".DS_Store") are passed over; anything else that is
            # no file (a link to nothing, a pipe) is said, not dropped (test_ingest_folder_*).
            for child in sorted(p for p in path.rglob("*") if not p.is_dir()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                yield child if child.is_file() else Notice(str(child), _not_a_file(child))
        elif path.is_file():
            yield path
        else:
            yield Notice(str(path), _not_a_file(path) if path.exists() or path.is_symlink() else "no such file or folder")


def _not_a_file(path: Path) -> str:
    if path.is_symlink() and not path.exists():
        return f"a link to {os.readlink(path)}, which does not exist"
    return "not a regular file (a pipe, socket or device)"


def sniff(path: Path) -> str | None:
    """The kind of input a file holds, by its name and its first bytes: "warc", "feed", "html",
    "json", "text", or None when it is none of these."""
    name = path.name.lower()
    suffix = path.suffix.lower()
    head = _first_bytes(path, 2048) or b""
    if head.startswith(b"WARC/") or name.endswith(WARC_NAME_ENDINGS) or _gzipped_warc(head, path):
        return "warc"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in FEED_SUFFIXES or feed_root(head):
        return "feed"
    return None


def _first_bytes(path: Path, size: int) -> bytes | None:
    """The file's first `size` bytes, or None when it cannot be read (sniff, office_document)."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError:
        return None


# Documents a fact-checker saves beside articles, known by their first bytes whatever their name (a PDF saved as
# .txt was "binary file"), or by their name: said as what they are (tests/test_ingest.py::
# test_ingest_office_documents_are_named).
DOCUMENT_MAGIC = ((b"%PDF-", "a PDF document"), (b"{\\rtf", "an RTF document"),
                  (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls, .ppt)"))
DOCUMENT_SUFFIXES = {".pdf": "a PDF document", ".docx": "a Word document", ".doc": "a Word document",
                     ".odt": "an OpenDocument text", ".rtf": "an RTF document", ".pages": "a Pages document",
                     ".epub": "an e-book", ".xlsx": "a spreadsheet", ".xls": "a spreadsheet", ".ods": "a spreadsheet",
                     ".pptx": "a presentation", ".ppt": "a presentation", ".odp": "a presentation"}


def office_document(path: Path) -> str | None:
    """What a document that is no article text is ("a PDF document"), by its first bytes or its name; else None."""
    head = _first_bytes(path, 16)
    if head is None:
        return None
    found = next((what for magic, what in DOCUMENT_MAGIC if head.startswith(magic)), None)
    if found is None and head.startswith(b"PK\x03\x04"):  # a zip: Word, OpenDocument, e-book ... by its name
        found = DOCUMENT_SUFFIXES.get(path.suffix.lower(), "a zip archive")
    return found or DOCUMENT_SUFFIXES.get(path.suffix.lower())


def _gzipped_warc(head: bytes, path: Path) -> bool:
    if not head.startswith(b"\x1f\x8b"):
        return False
    import gzip

    try:
        with gzip.open(path, "rb") as handle:
            return handle.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


FEED_ROOT = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*"
                       rb"<(?:rss|feed|rdf:RDF)\b", re.S)


def feed_root(head: bytes | str) -> bool:
    """The document's root element is an RSS, Atom or RDF feed."""
    data = head.encode("utf-8", "replace") if isinstance(head, str) else head
    return bool(FEED_ROOT.match(data[:2048]))


def split_long_lines(text: str) -> tuple[str, str | None]:
    """Lines longer than a paragraph cut into paragraphs at sentence ends (or at spaces, or hard,
    when a line has neither); the second value is a note for a line long enough to mention."""
    if not any(len(line) > LONG_LINE for line in text.splitlines()):
        return text, None
    longest = max(len(line) for line in text.splitlines())
    out: list[str] = []
    for line in text.splitlines():
        out.extend(_paragraphs_of(line) if len(line) > LONG_LINE else [line])
    note = (f"a line of {longest:,} characters (no line breaks) split into paragraphs at sentence ends"
            if longest > NOTE_LINE else None)
    return "\n".join(out), note


def _paragraphs_of(line: str) -> list[str]:
    pieces: list[str] = []
    for sentence in SENTENCE_END.split(line):
        while len(sentence) > PARAGRAPH_CHARS * 2:  # no sentence end: cut at a space, else hard
            cut = sentence.rfind(" ", PARAGRAPH_CHARS // 2, PARAGRAPH_CHARS * 2)
            cut = cut if cut > 0 else PARAGRAPH_CHARS
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        pieces.append(sentence)
    paragraphs: list[str] = []
    for piece in pieces:
        if paragraphs and len(paragraphs[-1]) + len(piece) < PARAGRAPH_CHARS:
            paragraphs[-1] += " " + piece
        else:
            paragraphs.append(piece)
    return [p for p in paragraphs if p.strip()]


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Source], list[Notice]]:
    """Read one file into Sources; problems come back as Notices, never as exceptions."""
    kind = sniff(path)
    if kind != "warc" and (what := office_document(path)) is not None:
        return [], [Notice(str(path), f"{what}: not read (stancemap reads text, HTML, JSON, feeds and web archives; "
                                      "save the article as text or HTML first)")]
    if kind is None:
        suffix = path.suffix.lower()
        return [], [Notice(str(path), f"unsupported file type '{suffix or path.name}' (not text, HTML, JSON, "
                                      "a feed or a web archive)")]
    if kind == "warc":
        from .readers.warc import read_warc

        return read_warc(path, max_bytes)
    try:
        size = path.stat().st_size
        if size == 0:
            raise UnreadableFile("empty file")
        limit = max_bytes * (FEED_SIZE_FACTOR if kind == "feed" else 1)
        if size > limit:
            raise UnreadableFile(f"too large for an article ({size_text(size)} > {size_text(limit)})")
        data = path.read_bytes()
        if kind == "feed":
            from .readers.feeds import read_feed

            return read_feed(str(path), data)
        text, caveat = decode(data)
        if not text.strip():
            raise UnreadableFile("no text (only white space)")
        if kind == "json":
            sources, notices = _json_sources(path, text, path.suffix.lower())
        elif kind == "text" and feed_root(text[:2048]):  # a feed saved under a text name
            from .readers.feeds import read_feed

            return read_feed(str(path), data)
        else:
            if not any(ch.isalpha() for ch in text):
                raise UnreadableFile("no article text (the file has no letters)")
            is_html = kind == "html" or _looks_like_html(text)
            fmt: Literal["text", "html"] = "html" if is_html else "text"
            notices = []
            if fmt == "text":
                text, note = split_long_lines(text)
                if note:
                    notices.append(Notice(str(path), note, skipped=False))
            sources = [Source(str(path), fmt, text=text if fmt == "text" else None,
                              html=text if fmt == "html" else None)]
    except UnreadableFile as err:
        return [], [Notice(str(path), str(err))]
    except OSError as err:
        return [], [Notice(str(path), f"cannot be read ({err.strerror or err})")]
    if caveat:
        notices.append(Notice(str(path), caveat, skipped=False))
    return sources, notices


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _json_sources(path: Path, text: str, suffix: str) -> tuple[list[Source], list[Notice]]:
    notices: list[Notice] = []
    objects: list[tuple[str, object]] = []
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise UnreadableFile(f"invalid JSON (line {err.lineno}, column {err.colno}: {err.msg})") from None
        except (RecursionError, ValueError):
            raise UnreadableFile("invalid JSON (nested too deeply or malformed)") from None
        items = data if isinstance(data, list) else [data]
        objects = [(f"{path}#{i + 1}" if isinstance(data, list) else str(path), item)
                   for i, item in enumerate(items)]
    else:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                objects.append((f"{path}#{lineno}", json.loads(line)))
            except json.JSONDecodeError as err:
                notices.append(Notice(f"{path}:{lineno}", f"line {lineno} is not valid JSON: {err.msg} "
                                                          f"(column {err.colno})"))
            except (RecursionError, ValueError) as err:
                notices.append(Notice(f"{path}:{lineno}", f"line {lineno} is not valid JSON: "
                                                          f"{'nested too deeply' if isinstance(err, RecursionError) else err}"))
    sources = []
    for where, obj in objects:
        source = _source_from_object(where, obj)
        if isinstance(source, Notice):
            notices.append(source)
        else:
            sources.append(source)
            if isinstance(obj, dict):  # it is: it gave a Source
                notices.extend(_unused_fields(where, obj))
    if not sources and not notices:
        raise UnreadableFile("no articles in JSON")
    return sources, notices


def _source_from_object(where: str, obj: object) -> Source | Notice:
    if not isinstance(obj, dict):
        return Notice(where, f"a JSON {_json_kind(obj)}, not an object with 'text' or 'html'")
    text, html = obj.get("text"), obj.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            other = html if key == "text" else text
            if not (isinstance(other, str) and other.strip()):
                kind = _json_kind(value)
                return Notice(where, f"JSON field '{key}' is {'an' if kind[0] in 'aeiou' else 'a'} {kind}, not a string")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        present = [k for k in ("text", "html") if k in obj]
        return Notice(where, f"JSON object's {' and '.join(repr(k) for k in present)} "
                             f"{'is' if len(present) == 1 else 'are'} empty" if present
                      else "JSON object has no 'text' or 'html'")

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return str(value) if value not in (None, "") and not isinstance(value, (dict, list)) else None

    use_text = isinstance(text, str) and bool(text.strip())
    body = text if use_text else html
    assert isinstance(body, str)
    if not any(ch.isalpha() for ch in body):
        return Notice(where, "no article text (its 'text' or 'html' has no letters)")
    if use_text:
        body, _ = split_long_lines(body)
    return Source(where, "text" if use_text else "html",
                  text=body if use_text else None, html=None if use_text else body,
                  title=opt("title"), url=opt("url"), outlet=opt("outlet") or opt("source"),
                  published=opt("published") or opt("date"))


METADATA_FIELDS = ("title", "url", "outlet", "source", "published", "date")


def _unused_fields(where: str, obj: dict[str, object]) -> list[Notice]:
    """A metadata field given as a list or an object cannot be used: said, not dropped without a
    word (test_ingest_json_metadata_left_out_is_said)."""
    notes = []
    for key in METADATA_FIELDS:
        if isinstance(value := obj.get(key), (dict, list)):
            kind = _json_kind(value)
            notes.append(Notice(where, f"JSON field '{key}' is {'an' if kind[0] in 'aeiou' else 'a'} {kind}, "
                                       "not text: left out", skipped=False))
    # A date no reader takes (a Unix time, "yesterday") is said, not dropped without a word (clean_one reads a given
    # date the same way; test_ingest_json_date_not_read_is_said).
    from .clean.dates import parse_date

    given = next((obj.get(k) for k in ("published", "date") if obj.get(k) not in (None, "")), None)
    if isinstance(given, (str, int, float)) and not isinstance(given, bool) and not (
            parse_date(str(given)[:10]) or parse_date(str(given))):
        key = "published" if obj.get("published") not in (None, "") else "date"
        notes.append(Notice(where, f"JSON field '{key}' ({given!r}) is not a date stancemap reads: left out (the "
                                   "article's text may still show one; give a day such as 2026-03-04)", skipped=False))
    return notes


def _json_kind(value: object) -> str:
    return {bool: "boolean", int: "number", float: "number", list: "list", dict: "object",
            type(None): "null", str: "string"}.get(type(value), type(value).__name__)


def iter_sources(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source | Notice]:
    """Every article under `paths`, file by file (a corpus is never read whole into memory), with
    one Notice per problem in its place."""
    for item in iter_files(paths):
        if isinstance(item, Notice):
            yield item
            continue
        found, problems = read_file(item, max_bytes)
        yield from found
        yield from problems


def read_sources(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Source], list[Notice]]:
    """Read every file under `paths`; return the articles found and one Notice per problem."""
    sources: list[Source] = []
    notices: list[Notice] = []
    for item in iter_sources(paths, max_bytes):
        (notices if isinstance(item, Notice) else sources).append(item)  # type: ignore[arg-type]
    return sources, notices


def count_articles(paths: Iterable[str | Path]) -> int:
    """About how many articles `paths` hold, cheaply, for a progress bar: one per file, one per
    line of a JSON Lines file."""
    n = 0
    for item in iter_files(paths):
        if isinstance(item, Notice):
            continue
        if item.suffix.lower() in {".jsonl", ".ndjson"}:
            try:
                with item.open("rb") as handle:
                    n += sum(1 for line in handle if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n
