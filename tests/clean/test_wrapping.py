"""Hard-wrapped text (print and e-paper dumps): the wrap width found despite a few unwrapped lines,
paragraphs rejoined, words hyphenated at a line end mended, a sentence carried over a column break.
Written cases, invented names."""

from __future__ import annotations

import textwrap

import pytest

from stancemap.clean.text import classify
from stancemap.clean.wrapping import join_wrapped, mend_hyphen, wrap_width

PARAGRAPHS = [
    "MORE than 400 people crammed into the harbour hall last night to hear the company behind the planned "
    "deep-water berth make its case, and most of them left unconvinced by what they heard.",
    "With the full council due to decide the application on March 19, residents queued into the car park for "
    "the two-hour meeting, organised by the campaign group Save the Quay.",
    "The chair of the council's planning committee attended as an observer and said it was his job to see that "
    "the matter is decided lawfully and on its planning merits alone.",
]


def _wrapped(width: int = 62) -> list[str]:
    lines: list[str] = ["THE EASTPORT TIDE", "TIDE'S PAPER SINCE 1884 | TUESDAY, MARCH 3, 2026 | £1.20", ""]
    for paragraph in PARAGRAPHS:
        lines += textwrap.wrap(paragraph, width, break_on_hyphens=False)
    lines += ["", "SMALL ADS: Dinghy, 12ft, with trailer, £350 ono. Tel 01632 960414 | Lost: grey tabby, answers to "
              "Biscuit. Tel 01632 960872"]
    return lines


def test_wrapping_width_despite_long_unwrapped_lines() -> None:
    assert wrap_width(_wrapped(62)) == max(len(line) for line in _wrapped(62)[3:-2])


def test_wrapping_width_none_for_whole_paragraphs() -> None:
    assert wrap_width(PARAGRAPHS * 3) is None


@pytest.mark.parametrize("width", [50, 62, 72])
def test_wrapping_paragraphs_rejoined_labels_apart(width: int) -> None:
    joined, _ = join_wrapped(_wrapped(width))
    kept = [line for line in joined if line]
    assert all(p in kept for p in PARAGRAPHS)
    assert "THE EASTPORT TIDE" in kept and kept[-1].startswith("SMALL ADS")


@pytest.mark.parametrize(("head", "tail", "expected"), [
    # The line break goes, the printed hyphen stays: every printed line is still in the body.
    ("appli", "cation", "appli-cation"),
    ("night", "time", "night-time"),
    ("Brennan", "Hale", "Brennan-Hale"),
])
def test_wrapping_hyphen_mended(head: str, tail: str, expected: str) -> None:
    assert mend_hyphen(head, tail) == expected


def test_wrapping_hyphen_mended_in_the_body() -> None:
    lines = ["Quay vote delayed again", "", "The chair of the committee said it was his job to see that it is de-",
             "cided lawfully, and that the appli-", "cation would be heard again in the spring by the full council,",
             "whatever the harbour board now said about the berth and its fees.", "",
             "The board meets again in June to set the final figure, a spokeswoman said on Monday evening."]
    body = " ".join(classify(lines).paragraphs)
    assert "it is de-cided lawfully, and that the appli-cation would be heard" in body
    assert all(" ".join(line.split()) in body for line in lines[2:6])  # every printed line kept as printed


def test_wrapping_sentence_carried_over_a_column_break() -> None:
    text = ("Ward councillor Ina Brok, a member of the ruling group, said she could not support the application unless "
            "the company accepted a binding night-time noise limit, monitored by the council and not by")
    lines = ["Quay vote delayed again", "", *textwrap.wrap(text, 60), "",
             "the company itself. \u201cI want to see it in writing,\u201d she said.", "", *textwrap.wrap(PARAGRAPHS[1], 60)]
    body = classify(lines).paragraphs
    assert any("not by the company itself." in p for p in body)
