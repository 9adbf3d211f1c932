"""The one reading of a wire dateline (clean/dateline.py; issue 10, session 26): the cleaner's outlet and filing date,
the digest's sentence and the extractors' "no word of a dateline speaks" all read it here. Invented lines; fictional
places and agencies."""

from __future__ import annotations

import pytest

from stancemap.clean.dateline import datelines, in_dateline, read_dateline


@pytest.mark.parametrize(("line", "place", "middle", "outlet", "rest"), [
    ("TASBY, March 3 (Harbor Wire) - Vennick Motors will recall 40,000 cars.", "TASBY", ", March 3", "Harbor Wire",
     "Vennick Motors"),
    ("PORT QUARNE, May 2 (Coast Wire) – The minister said ...", "PORT QUARNE", ", May 2", "Coast Wire", "The minister"),
    ("HOLMBY, Kess., Sept. 26 (Coast Wire) — Mayor Anja Roller said ...", "HOLMBY", ", Kess., Sept. 26",
     "Coast Wire", "Mayor"),
    ("BRENNA, Oct 2, 2025 (Nordwire) - The bank held rates.", "BRENNA", ", Oct 2, 2025", "Nordwire", "The bank"),
    ("NEW HOLMBY, Ore. - The regional council said ...", "NEW HOLMBY", ", Ore.", None, "The regional"),
    ("SAINT-VELD, 4 March 2026 - Brannick Motors said ...", "SAINT-VELD", ", 4 March 2026", None, "Brannick"),
    ("VELDSTAD -- The Drennic government said ...", "VELDSTAD", "", None, "The Drennic"),
    ("VELDSTAD—The Drennic government said ...", "VELDSTAD", "", None, "The Drennic"),
    ("VELDSTAD (Coast Wire): The Drennic government said ...", "VELDSTAD", "", "Coast Wire", "The Drennic"),
    ("MARKBY, Feb 2 (Coast Wire) -", "MARKBY", ", Feb 2", "Coast Wire", ""),  # the dash ends the line
    ("KELBURG (kpa) - The ministry said ...", "KELBURG", "", "kpa", "The ministry"),  # an agency in lower case
])
def test_a_dateline_is_read(line: str, place: str, middle: str, outlet: str | None, rest: str) -> None:
    d = read_dateline(line)
    assert d is not None and (d.place, d.middle, d.outlet) == (place, middle, outlet)
    assert line[d.end:].startswith(rest)


@pytest.mark.parametrize("line", [
    "NATO, the Western alliance, will admit Kessia next year.",  # an acronym before its apposition
    "UK-EU talks resumed on Monday.",  # a hyphen inside a name, no dash
    "BREAKING: The council has voted.",  # a label with a colon and no agency
    "ILSE VARN: We will not back it.",  # a transcript's label
    "ILSE VARN (recorded): We will not back it.",  # a transcript's label with a note in brackets
    "The Drennic government - its coalition split - said ...",  # no place in capitals
    "A - the first option.",  # one letter is no place
    "THE REGULATOR WAS WARNED TWICE — For years, the agency ...",  # a section heading in capitals, four words or more
])
def test_no_dateline(line: str) -> None:
    assert read_dateline(line) is None


def test_datelines_of_a_text_and_what_lies_inside() -> None:
    text = ("Steel rescue agreed\n\nDURNHOLM, May 4 (Coast Wire) - The government agreed a rescue.\n\n"
            "Ministers met FOR HOURS - the talks ran late.")
    (start, end, place), = datelines(text)
    assert text[start:end] == "DURNHOLM, May 4 (Coast Wire) - " and text[start:place] == "DURNHOLM"
    name = text.index("Coast Wire")
    assert in_dateline(text, name, name + len("Coast Wire"))
    firm = text.index("The government")
    assert not in_dateline(text, firm, firm + len("The government"))
