"""The Markdown briefing: the same sections as the HTML, readable as plain text."""

from __future__ import annotations

import pytest

from stancemap.export import render
from stancemap.export.templating import _md_text, readable_date
from stancemap.model import Analysis, Document, Notice


def test_markdown_has_every_section(full: Analysis) -> None:
    md = render(full, "markdown")
    for heading in ("# Briefing: Will Ostmark join the Weald Pact?", "## In two minutes",
                    "## Where each actor stands now", "## Timeline",
                    "## Outlets", "### Words for the same thing", "### Where outlets disagree", "## Articles"):
        assert heading in md
    assert "**We are ready for membership** [support]" in md
    assert "> - _share/social line_: Share this article" in md
    assert "<svg" not in md


def test_markdown_tables_keep_their_columns(full: Analysis) -> None:
    md = render(full, "markdown")
    for table in md.split("\n\n"):
        rows = [line for line in table.splitlines() if line.startswith("|")]
        if rows:
            widths = {line.replace("\\|", "").count("|") for line in rows}
            assert len(widths) == 1, table


def test_markdown_empty_analysis(empty: Analysis) -> None:
    md = render(empty, "markdown")
    assert "_No statement by a named actor was found._" in md
    assert "_No dated event or statement with a stance was found._" in md


@pytest.mark.parametrize(("text", "expected"), [
    ("a *bold* claim", "a \\*bold\\* claim"),
    ("- not a list", "\\- not a list"),
    ("# not a heading", "\\# not a heading"),
    ("1. not a list", "1\\. not a list"),
    ("<b>tag</b>", "\\<b\\>tag\\</b\\>"),
    ("plain text, 2025", "plain text, 2025"),
])
def test_templating_markdown_text_shows_as_written(text: str, expected: str) -> None:
    assert _md_text(text) == expected


@pytest.mark.parametrize(("date", "expected"), [
    ("XXXX-03-03", "03-03 (year not stated)"), ("2025-SP", "spring 2025"), ("2025-03", "2025-03"), ("", ""),
])
def test_templating_readable_date(date: str, expected: str) -> None:
    assert readable_date(date) == expected


def test_templating_pipe_escaped_once_in_a_table_cell() -> None:
    from stancemap.export.templating import _md_escape

    assert _md_escape(_md_text("a | b")) == "a \\| b"


def test_markdown_example_summary_answers_first(example_analysis) -> None:  # type: ignore[no-untyped-def]
    """The summary's first lines group supporters, conditional supporters with their conditions, and opponents."""
    md = render(example_analysis, "markdown")
    summary = md.split("## In two minutes\n\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in summary.splitlines() if line.strip()]
    assert lines[0].startswith("- **Support** (") and "Tomas Reval" in lines[0]
    assert lines[1].startswith("- **Support on conditions** (") and "Mirela Stanek" in lines[1]
    assert lines[2].startswith("  - _") and "referendum" in summary.split("- **Oppose**")[0]
    oppose = next(line for line in lines if line.startswith("- **Oppose**"))
    assert "Oleg Varnakov" in oppose and "Pavel Dronin" in oppose


def test_markdown_example_table_cells_stay_short(example_analysis) -> None:  # type: ignore[no-untyped-def]
    md = render(example_analysis, "markdown")
    for line in md.splitlines():
        if line.startswith("|"):
            cells = line.replace("\\|", "").split("|")
            assert all(len(c) <= 160 for c in cells), line


def test_markdown_and_html_name_the_outlet_that_carried_a_wire_copy() -> None:
    """The counts line names the copy's outlet (it printed "<built-in method copy of dict ...>":
    a template read `c.copy`, the dict's method, not its key)."""
    docs = [Document(id="d1", source="a.txt", body="The ferry board met on Monday.", title="Ferry board meets",
                     outlet="Harbour Gazette", published="2026-03-01"),
            Document(id="d2", source="b.txt", body="The ferry board met on Monday.", title="Ferry board meets",
                     outlet="Bay Herald", published="2026-03-02", copy_of="d1")]
    for fmt in ("markdown", "html"):
        text = render(Analysis(question=None, documents=docs), fmt)
        assert "1 wire copy (Bay Herald carried Harbour Gazette's" in text, fmt
        assert "built-in method" not in text, fmt


def test_markdown_and_html_say_an_article_saved_twice_is_no_wire_copy() -> None:
    """The same article under two file names, of one outlet or none, was called a wire copy that one file 'carried'
    from an id ('1 wire copy (b.txt carried d1's ...)'): a fact-checker read it as a second outlet running the story."""
    docs = [Document(id="d1", source="a.txt", body="The ferry board met on Monday.", title="Ferry board meets",
                     published="2026-03-01"),
            Document(id="d2", source="b.txt", body="The ferry board met on Monday.", title="Ferry board meets",
                     published="2026-03-01", copy_of="d1")]
    for fmt in ("markdown", "html"):
        text = render(Analysis(question=None, documents=docs), fmt)
        assert "1 article saved twice (b.txt repeats a.txt's" in text, fmt
        assert "wire cop" not in text.split("Sections:")[0].split("<nav")[0], fmt


def test_briefing_lists_the_input_problems() -> None:
    """A reader of the briefing alone learns what it leaves out: the inputs not analysed and the
    notes, linked from the counts line (they were only on the terminal and in the JSON); a path
    holding markup stays text."""
    docs = [Document(id="d1", source="a.txt", body="The ferry board met on Monday.", title="Ferry board meets",
                     outlet="Harbour Gazette", published="2026-03-01")]
    notices = [Notice("in/<i>scan</i>.txt", "binary file"), Notice("in/old.txt", "not valid UTF-8; read as cp1252", False)]
    md = render(Analysis(question=None, documents=docs, notices=notices), "markdown")
    assert "[1 input not analysed](#input-problems)" in md and "## Input problems" in md
    assert "- **not analysed**: `in/<i>scan</i>.txt`: binary file" in md and "- **note**: `in/old.txt`" in md
    html = render(Analysis(question=None, documents=docs, notices=notices), "html")
    assert '<a href="#input">1 input not analysed</a>' in html and '<section id="input">' in html
    assert "<code>in/&lt;i&gt;scan&lt;/i&gt;.txt</code>: binary file" in html
    assert "Input problems" not in render(Analysis(question=None, documents=docs), "html")
