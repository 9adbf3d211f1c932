"""Reading inputs: every bad file gives one notice, and the good files are still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.ingest import read_file, read_sources

GOOD = "ALDMERE (Test Wire) - The envoy said that talks would resume next week, officials confirmed.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "data", "message"), [
    ("binary.txt", b"\x00\x01\x02PNG\x00" * 100, "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "no text"),
    ("photo.png", b"\x89PNG\r\n", "unsupported file type"),
    ("broken.json", b"{not json", "invalid JSON"),
    ("fields.json", json.dumps({"title": "only a title"}).encode(), "no 'text' or 'html'"),
])
def test_ingest_bad_file_gives_one_notice(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    sources, notices = read_file(_write(tmp_path, name, data))
    assert sources == []
    assert len(notices) == 1 and message in notices[0].message and notices[0].skipped


def test_ingest_latin1_is_read_with_a_note(tmp_path: Path) -> None:
    path = _write(tmp_path, "latin.txt", "Le ministre a déclaré que la réunion aurait lieu à Genève.\n".encode("latin-1"))
    sources, notices = read_file(path)
    assert len(sources) == 1 and "déclaré" in (sources[0].text or "")
    assert len(notices) == 1 and not notices[0].skipped and "UTF-8" in notices[0].message


def test_ingest_huge_file_is_skipped_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB on paper, nothing on disk
    sources, notices = read_file(path)
    assert sources == [] and "too large" in notices[0].message


def test_ingest_folder_keeps_good_files_next_to_bad_ones(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", GOOD.encode())
    _write(tmp_path, "b.bin", b"\x00" * 10)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "c.md", GOOD.encode())
    _write(tmp_path, "d.txt", b"")
    sources, notices = read_sources([tmp_path])
    assert sorted(Path(s.path).name for s in sources) == ["a.txt", "c.md"]
    assert sorted(Path(n.path).name for n in notices) == ["b.bin", "d.txt"]


def test_ingest_jsonl_objects_carry_metadata(tmp_path: Path) -> None:
    lines = [json.dumps({"text": GOOD, "title": "Talks resume", "outlet": "Test Wire", "published": "2026-02-03"}),
             "", "{broken", json.dumps({"html": "<p>" + GOOD + "</p>"})]
    sources, notices = read_file(_write(tmp_path, "feed.jsonl", "\n".join(lines).encode()))
    assert [s.fmt for s in sources] == ["text", "html"]
    assert sources[0].outlet == "Test Wire" and sources[0].published == "2026-02-03"
    assert sources[0].path.endswith("feed.jsonl#1")
    assert len(notices) == 1 and notices[0].path.endswith(":3")


def test_ingest_missing_path_is_a_notice() -> None:
    sources, notices = read_sources(["/no/such/folder"])
    assert sources == [] and notices[0].message == "no such file or folder"
