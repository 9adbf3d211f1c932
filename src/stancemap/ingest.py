"""Stage 1: find article files and read them into `Source`s.

Every file either becomes one or more `Source`s or one `Notice` saying why not;
nothing is dropped silently and nothing here raises for a bad file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from .errors import UnreadableFile
from .model import Notice, Source

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

# A news article is rarely over 200 KB of text; 5 MB leaves room for HTML pages with inline
# scripts while refusing log dumps and corpora concatenated into one file.
DEFAULT_MAX_BYTES = 5_000_000


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Notice]:
    """Yield the files under the given paths in a stable order, or a Notice for a missing path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Notice(str(path), "no such file or folder")


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text; the second value is a caveat for the user when the text was not UTF-8."""
    if b"\x00" in data[:8192]:
        raise UnreadableFile("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # Scraped pages that are not UTF-8 are nearly always Windows-1252 / Latin-1;
    # cp1252 leaves five bytes undefined, so fall back to latin-1, which decodes anything.
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > len(text) * 0.01:
            raise UnreadableFile("binary file (not text in any common encoding)")
        return text, f"not valid UTF-8; read as {encoding}"
    raise UnreadableFile("not text in any common encoding")  # pragma: no cover - latin-1 decodes all


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Source], list[Notice]]:
    """Read one file into Sources; problems come back as Notices, never as exceptions."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return [], [Notice(str(path), f"unsupported file type '{suffix or path.name}'")]
    try:
        size = path.stat().st_size
        if size == 0:
            raise UnreadableFile("empty file")
        if size > max_bytes:
            raise UnreadableFile(f"too large for an article ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB)")
        text, caveat = decode(path.read_bytes())
        if not text.strip():
            raise UnreadableFile("no text (only white space)")
        if suffix in JSON_SUFFIXES:
            sources, notices = _json_sources(path, text, suffix)
        else:
            is_html = suffix in HTML_SUFFIXES or _looks_like_html(text)
            fmt: Literal["text", "html"] = "html" if is_html else "text"
            sources = [Source(str(path), fmt, text=text if fmt == "text" else None,
                              html=text if fmt == "html" else None)]
            notices = []
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
            raise UnreadableFile(f"invalid JSON (line {err.lineno}: {err.msg})") from None
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
                notices.append(Notice(f"{path}:{lineno}", f"invalid JSON line ({err.msg})"))
            except (RecursionError, ValueError):
                notices.append(Notice(f"{path}:{lineno}", "invalid JSON line (nested too deeply or malformed)"))
    sources = []
    for where, obj in objects:
        source = _source_from_object(where, obj)
        if isinstance(source, Notice):
            notices.append(source)
        else:
            sources.append(source)
    if not sources and not notices:
        raise UnreadableFile("no articles in JSON")
    return sources, notices


def _source_from_object(where: str, obj: object) -> Source | Notice:
    if not isinstance(obj, dict):
        return Notice(where, "not a JSON object with 'text' or 'html'")
    text, html = obj.get("text"), obj.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        return Notice(where, "JSON object has no 'text' or 'html'")

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return str(value) if value not in (None, "") else None

    use_text = isinstance(text, str) and bool(text.strip())
    return Source(where, "text" if use_text else "html",
                  text=text if use_text else None, html=None if use_text else html,
                  title=opt("title"), url=opt("url"), outlet=opt("outlet") or opt("source"),
                  published=opt("published") or opt("date"))


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
