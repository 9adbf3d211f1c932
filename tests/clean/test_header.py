"""A header of labelled fields opening a saved text ("Title: ...", "Source: ...", "Date: ...") or a Markdown file's
front matter: its title, outlet and date read, its lines not body text. Before, the title kept its label ("Title:
Harbour fees ..."), the outlet was dropped as a "source credit" and the date as a "navigation or section label",
none of them read. Invented outlets and sentences."""

from __future__ import annotations

import pytest

from stancemap.clean import clean_article
from stancemap.model import Source

BODY = ["The port board of Wendle said on Monday that berth fees would rise by a tenth from April, citing repairs.",
        "\u201cWe have no choice,\u201d board chair Osric Vantry told reporters after the vote in the harbour office."]


def _doc(top: list[str], name: str = "a.txt"):  # type: ignore[no-untyped-def]
    return clean_article(Source(name, "text", text="\n".join([*top, "", *BODY, ""])))


@pytest.mark.parametrize(("top", "published"), [
    (["Title: Harbour fees to rise by a tenth", "Source: Wendle Evening Lamp", "Date: 2026-03-04"], "2026-03-04"),
    # Blank lines inside, labels in capitals, fields the header carries but that are not read (author, URL).
    (["TITLE: Harbour fees to rise by a tenth", "", "Author: Ina Brok", "Publication: Wendle Evening Lamp",
      "URL: https://lamp.example/fees", "Published: 4 March 2026"], "2026-03-04"),
    # Markdown front matter, the values quoted.
    (["---", 'title: "Harbour fees to rise by a tenth"', "source: Wendle Evening Lamp", "date: 2026-03-04", "---"],
     "2026-03-04"),
])
def test_header_fields_are_read_and_not_body(top: list[str], published: str) -> None:
    doc = _doc(top)
    assert (doc.title, doc.outlet, doc.published) == ("Harbour fees to rise by a tenth", "Wendle Evening Lamp", published)
    assert doc.body.split("\n\n") == BODY
    assert doc.provenance["outlet"].startswith("the file's header line")
    assert doc.url == ("https://lamp.example/fees" if any(line.startswith("URL:") for line in top) else None)
    assert all(r.reason.startswith("header field") for r in doc.removed)


def test_header_date_read_by_the_articles_convention() -> None:
    # "04/03/26" is ambiguous; the body's "25/03/26" is day first, so the header's date is 4 March.
    doc = clean_article(Source("a.txt", "text", text="\n".join([
        "Title: Harbour fees to rise", "Source: Wendle Evening Lamp", "Date: 04/03/26", "",
        "The port board said the rise would take effect on 25/03/26, after a vote of its members.", ""])))
    assert doc.published == "2026-03-04"


@pytest.mark.parametrize("top", [
    # One labelled line is no header (a kicker, a credit): the headline-first reading stands.
    ["Analysis: harbour fees to rise by a tenth", "By Ina Brok", "4 March 2026"],
    # A paragraph that opens with a label is the article's.
    ["Update: the port board has confirmed the rise.", "Harbour fees to rise by a tenth"],
    # Front matter that never closes is none.
    ["---", "title: Harbour fees to rise by a tenth", "source: Wendle Evening Lamp"],
])
def test_header_not_taken_from_other_shapes(top: list[str]) -> None:
    doc = _doc(top)
    assert not any(r.reason.startswith("header field") for r in doc.removed)
    assert not doc.provenance.get("outlet", "").startswith("the file's header")

