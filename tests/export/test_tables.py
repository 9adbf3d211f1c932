"""CSV tables as a spreadsheet opens them (invented cells)."""

from __future__ import annotations

import csv
import io

from stancemap.export.tables import to_csv


def test_csv_text_cell_that_looks_like_a_formula_is_kept_as_text() -> None:
    # A quote pasted from a web page that begins with '=' (or + - @) would run as a formula in a spreadsheet
    # (CSV injection): the cell gets a leading apostrophe; numbers, JSON text and ordinary text are unchanged.
    rows = [{"text": "=cmd|' /C calc'!A0 is no argument, said Vantry.", "n": -3, "lst": ["=a"]},
            {"text": "@Fellgate replied at once.", "n": 2.5, "lst": []},
            {"text": "+1 for the Tamsby plan", "n": None, "lst": None},
            {"text": "-- a dash opens this line", "n": 0, "lst": None},
            {"text": "\tTabbed start", "n": 1, "lst": None},
            {"text": "Plain words, 'quoted' and =inside.", "n": 1, "lst": None}]
    read = list(csv.DictReader(io.StringIO(to_csv(["text", "n", "lst"], rows))))
    assert [r["text"] for r in read] == ["'=cmd|' /C calc'!A0 is no argument, said Vantry.",
                                         "'@Fellgate replied at once.", "'+1 for the Tamsby plan",
                                         "'-- a dash opens this line", "'\tTabbed start",
                                         "Plain words, 'quoted' and =inside."]
    assert [r["n"] for r in read] == ["-3", "2.5", "", "0", "1", "1"]
    assert read[0]["lst"] == '["=a"]'
