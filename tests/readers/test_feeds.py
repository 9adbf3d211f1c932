"""RSS and Atom feeds: each entry an article with its title, link, date and the feed's title as outlet."""

from __future__ import annotations

from pathlib import Path

from stancemap import analyze
from stancemap.ingest import read_file

from .conftest import ARTICLES


def _rss(items: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Gazette</title>'
            f"<link>https://gazette.example/</link>{items}</channel></rss>")


def _item(title: str, paragraphs: list[str], day: int) -> str:
    content = "".join(f"<p>{p}</p>" for p in paragraphs).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (f"<item><title>{title}</title><link>https://gazette.example/{day}</link>"
            f"<pubDate>Tue, 0{day} Mar 2026 10:00:00 GMT</pubDate><description>{content}</description></item>")


def test_feeds_rss_entries_are_articles_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "gazette.rss"
    path.write_text(_rss("".join(_item(t, ps, i + 3) for i, (t, ps) in enumerate(ARTICLES))), encoding="utf-8")
    sources, notices = read_file(path)
    assert notices == [] and len(sources) == 2
    first = sources[0]
    assert (first.title, first.outlet, first.published, first.url) == (
        ARTICLES[0][0], "Harbour Gazette", "2026-03-03", "https://gazette.example/3")
    assert first.text is not None and first.text.splitlines()[0].startswith("MARLOW BAY")


def test_feeds_atom_recognised_by_content_under_xml_name(tmp_path: Path) -> None:
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title>'
            '<entry><title>Cap vote</title><link href="https://wire.example/1"/><updated>2026-03-05T09:00:00Z</updated>'
            f'<content type="html">&lt;p&gt;{ARTICLES[1][1][0]}&lt;/p&gt;</content></entry></feed>')
    path = tmp_path / "wire.xml"
    path.write_text(atom, encoding="utf-8")
    sources, _ = read_file(path)
    assert [(s.title, s.outlet, s.published) for s in sources] == [("Cap vote", "Coast Wire", "2026-03-05")]


def test_feeds_empty_entry_is_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text(_rss("<item><title>Only a title</title></item>"), encoding="utf-8")
    sources, notices = read_file(path)
    assert sources == [] and notices[0].message == "feed entry without text (no content or summary)"


def test_feeds_feed_analysed_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "gazette.rss"
    path.write_text(_rss("".join(_item(t, ps, i + 3) for i, (t, ps) in enumerate(ARTICLES))), encoding="utf-8")
    analysis = analyze([path], question="Will Marlow Bay cap cruise calls?")
    assert [d.title for d in analysis.documents] == [t for t, _ in ARTICLES]
    assert {d.outlet for d in analysis.documents} == {"Harbour Gazette"}
    assert analysis.documents[0].provenance["outlet"] == "given in the feed entry"
    assert any(s.speaker and analysis.actor(s.speaker).name.endswith("Brisse") for s in analysis.statements)
