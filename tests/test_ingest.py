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


@pytest.mark.parametrize(("name", "data", "what"), [
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
    ("report.txt", b"%PDF-1.4\n" + bytes(range(1, 256)) * 8, "a PDF document"),  # was "binary file"
    ("memo.docx", b"PK\x03\x04" + b"\x00" * 60, "a Word document"),
    ("memo.rtf", b"{\\rtf1\\ansi The port board said it would approve the pier.}", "an RTF document"),
])
def test_ingest_office_documents_are_named(tmp_path: Path, name: str, data: bytes, what: str) -> None:
    """A PDF or Word file beside the articles is said to be what it is, with what to do (it was "unsupported file type
    '.pdf'", and a PDF saved as .txt "binary file")."""
    sources, notices = read_file(_write(tmp_path, name, data))
    assert sources == [] and len(notices) == 1 and notices[0].skipped
    assert notices[0].message.startswith(f"{what}: not read") and "save the article as text or HTML" in notices[0].message


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


PROSE = "The envoy said that the talks would resume next week, officials in the capital confirmed on Monday.\n"


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
    ("utf-32-be", b"\x00\x00\xfe\xff"), ("utf-16-le", b""), ("utf-16-be", b""), ("utf-32-le", b""), ("utf-32-be", b""),
])
def test_ingest_utf16_and_utf32_are_read(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = PROSE + "Le ministre a déclaré: « Nous verrons. » — 東京\n"
    sources, notices = read_file(_write(tmp_path, "wide.txt", bom + text.encode(encoding)))
    assert len(sources) == 1 and sources[0].text == text
    # A byte-order mark says the encoding; without one it was guessed, and the user is told.
    assert [n.message for n in notices] == ([] if bom else [f"no byte-order mark; read as {encoding.upper()}"])


def test_ingest_file_without_letters_is_no_article_text(tmp_path: Path) -> None:
    sources, notices = read_file(_write(tmp_path, "numbers.txt", b"12 34 56\n--- *** ---\n2026-03-04\n"))
    assert sources == [] and notices[0].message == "no article text (the file has no letters)"


def test_ingest_long_line_is_split_at_sentence_ends_with_a_note(tmp_path: Path) -> None:
    sentence = "The envoy said the talks would go on, and the minister agreed with her. "
    sources, notices = read_file(_write(tmp_path, "oneline.txt", (sentence * 400).encode()))
    lines = (sources[0].text or "").splitlines()
    assert len(lines) > 10 and all(len(line) < 2_500 for line in lines)
    assert all(line.rstrip().endswith(".") for line in lines)
    assert len(notices) == 1 and not notices[0].skipped and "split into paragraphs" in notices[0].message


def test_ingest_long_line_without_spaces_is_cut_hard(tmp_path: Path) -> None:
    sources, _ = read_file(_write(tmp_path, "blob.txt", b"x" * 30_000))
    assert max(len(line) for line in (sources[0].text or "").splitlines()) <= 2_400


@pytest.mark.parametrize(("obj", "message"), [
    ({"text": 42}, "JSON field 'text' is a number, not a string"),
    ({"text": ["a", "b"]}, "JSON field 'text' is a list, not a string"),
    ({"html": {"p": 1}}, "JSON field 'html' is an object, not a string"),
    ({"text": "", "title": "t"}, "JSON object's 'text' is empty"),
    ({"text": "  1 2 3 "}, "no article text"),
    (["a list"], "a JSON list, not an object"),
    (7, "a JSON number, not an object"),
])
def test_ingest_json_object_problems_are_named(tmp_path: Path, obj: object, message: str) -> None:
    sources, notices = read_file(_write(tmp_path, "one.jsonl", json.dumps(obj).encode()))
    assert sources == [] and len(notices) == 1 and message in notices[0].message


def test_ingest_json_text_beside_a_bad_html_field_is_used(tmp_path: Path) -> None:
    sources, notices = read_file(_write(tmp_path, "one.json", json.dumps({"text": PROSE, "html": 3}).encode()))
    assert len(sources) == 1 and notices == []


def test_ingest_jsonl_message_has_line_number_and_full_reason(tmp_path: Path) -> None:
    data = "\n".join([json.dumps({"text": PROSE}), '{"text": "unterminated', '{"text": 1,}']).encode()
    _, notices = read_file(_write(tmp_path, "a.jsonl", data))
    assert [n.message for n in notices] == [
        "line 2 is not valid JSON: Unterminated string starting at (column 10)",
        "line 3 is not valid JSON: Expecting property name enclosed in double quotes (column 12)"]
    assert notices[0].path.endswith("a.jsonl:2")


def test_ingest_xml_that_is_not_a_feed_is_named(tmp_path: Path) -> None:
    _, notices = read_file(_write(tmp_path, "sitemap.xml", b"<?xml version='1.0'?><urlset><url/></urlset>"))
    assert notices[0].message == "XML file whose root is not an RSS or Atom feed"


def test_ingest_unknown_type_names_what_is_read(tmp_path: Path) -> None:
    _, notices = read_file(_write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100)))
    assert "unsupported file type '.png'" in notices[0].message and "feed" in notices[0].message


def test_ingest_folder_says_what_is_no_file(tmp_path: Path) -> None:
    """In a folder, a link to nothing and a pipe are each one notice (they were dropped without a
    word); hidden files are passed over as documented."""
    import os

    _write(tmp_path, "good.txt", GOOD.encode())
    _write(tmp_path, ".draft.txt", GOOD.encode())
    (tmp_path / "gone.txt").symlink_to(tmp_path / "moved-away.txt")
    os.mkfifo(tmp_path / "feed.txt")
    sources, notices = read_sources([tmp_path])
    assert [Path(s.path).name for s in sources] == ["good.txt"]
    said = {Path(n.path).name: n.message for n in notices}
    assert said == {"gone.txt": f"a link to {tmp_path / 'moved-away.txt'}, which does not exist",
                    "feed.txt": "not a regular file (a pipe, socket or device)"}
    assert all(n.skipped for n in notices)


def test_ingest_too_large_names_both_sizes(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", GOOD.encode() * 40)
    _, notices = read_file(path, max_bytes=2_000)
    assert notices[0].message == f"too large for an article ({path.stat().st_size / 1e3:.1f} KB > 2.0 KB)"


def test_ingest_json_date_not_read_is_said(tmp_path: Path) -> None:
    """A JSON object's date that no date reader takes (a Unix time, 'yesterday') was dropped without a word: a note
    says it is left out; a date read as before says nothing."""
    items = [{"text": GOOD, "published": 1767225600}, {"text": GOOD, "date": "yesterday"},
             {"text": GOOD, "published": "2026-03-04T08:00:00Z"}, {"text": GOOD, "published": "4 March 2026"}]
    sources, notices = read_file(_write(tmp_path, "items.json", json.dumps(items).encode()))
    assert len(sources) == 4
    assert [(Path(n.path).name, n.message, n.skipped) for n in notices] == [
        ("items.json#1", "JSON field 'published' (1767225600) is not a date stancemap reads: left out (the article's "
                         "text may still show one; give a day such as 2026-03-04)", False),
        ("items.json#2", "JSON field 'date' ('yesterday') is not a date stancemap reads: left out (the article's "
                         "text may still show one; give a day such as 2026-03-04)", False)]


def test_ingest_json_metadata_left_out_is_said(tmp_path: Path) -> None:
    """A JSON object's title or outlet given as an object or a list is left out with a note (it was
    dropped without a word); the article is read, and text fields are used as before."""
    items = [{"text": GOOD, "title": {"main": "Talks to resume"}, "source": {"name": "Test Wire"}},
             {"text": GOOD, "title": "Talks to resume", "outlet": "Test Wire", "published": "2026-03-04"}]
    sources, notices = read_file(_write(tmp_path, "items.json", json.dumps(items).encode()))
    assert [s.title for s in sources] == [None, "Talks to resume"] and sources[1].outlet == "Test Wire"
    assert [(Path(n.path).name, n.message, n.skipped) for n in notices] == [
        ("items.json#1", "JSON field 'title' is an object, not text: left out", False),
        ("items.json#1", "JSON field 'source' is an object, not text: left out", False)]
