"""An outlet's notice about itself near the foot of the page, found with one pattern for every outlet
(styles._describes_itself) instead of one compiled per outlet name: the same lines as the pattern per name."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from stancemap.clean.styles import _describes_itself, mark_self_description

# The pattern per name as it was compiled before session 19 (the reference the shared pattern must equal).
PER_NAME = (r"(?:The )?{name} (?:is|are) (?:(?:an?|the) (?:[\w,-]+ ){{0,4}}?(?:member|signatory|service|site|"
            r"website|publication|newspaper|broadcaster|magazine|agency|network|company|charity|non-?profit|"
            r"organi[sz]ation|project)\b|(?:committed to|funded by|licensed by|regulated by|owned by|part of|"
            r"published by)\b)")


def per_name(line: str, name: str) -> bool:
    return re.compile(PER_NAME.format(name=re.escape(name))).match(line) is not None


NAMES = ["Harbour Ledger", "The Quill", "Q+A Weekly", "Fenwick (Online)", "Brisk.net", "The The Echo", "Mora"]
LINES = [
    "Harbour Ledger is a member of the Independent Press Standards Network.",
    "The Harbour Ledger is a regional radio station licensed by the broadcasting board.",
    "Harbour Ledger are committed to fair reporting.",
    "Harbour Ledger is an award-winning, reader funded news site covering the coast.",
    "Harbour Ledger was unable to reach the minister for comment.",
    "Harbour Ledgers is a member of nothing.",
    "Harbour Ledger is a five word long very strange site",
    "The Quill is owned by Tallis Media Group.",
    "The The Quill is part of a chain.",
    "Q+A Weekly is the region's publication of record.",
    "Fenwick (Online) is funded by its readers.",
    "Brisk.net is a nonprofit organisation.",
    "BriskXnet is a nonprofit organisation.",
    "The The Echo is published by the Echo Trust.",
    "The Echo is published by the Echo Trust.",
    "Mora is partly funded by grants.",
    "Mora is a site",
    "Mora is a sitemap",
    "  Mora is a member of the network.",
]


def test_the_shared_pattern_finds_what_the_pattern_per_name_found() -> None:
    for name in NAMES:
        for line in LINES:
            assert _describes_itself(line, name) == per_name(line, name), (name, line)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([*NAMES, "Ledger", "The Ledger"]),
       st.sampled_from(["", "The ", "the ", " "]),
       st.sampled_from(["is", "are", "was", "is not"]),
       st.sampled_from(["a member", "an online service", "the network", "committed to truth", "a big old local paper site",
                        "a, b, c, d, e site", "owned by", "partner", "non-profit", "nonprofit", "organization",
                        "a charity-run project"]),
       st.sampled_from(["", ".", " of X.", "s", "-run"]))
def test_the_shared_pattern_on_generated_lines(name: str, lead: str, verb: str, what: str, tail: str) -> None:
    line = f"{lead}{name} {verb} {what}{tail}"
    assert _describes_itself(line, name) == per_name(line, name)


def test_a_notice_about_itself_is_removed_and_a_report_is_not() -> None:
    lines = ["Council votes on the new harbour wall", "", "The council voted on Tuesday to build the wall.", "",
             "The Harbour Ledger was unable to reach the mayor.", "",
             "The Harbour Ledger is a member of the Shoreline Press Group."]
    reasons: list[str | None] = [None] * len(lines)
    mark_self_description(lines, reasons, [i for i, line in enumerate(lines) if line], frozenset({"Harbour Ledger"}))
    assert reasons[6] == "the site's notice about itself"
    assert reasons[4] is None
