"""Who made the page and when: photo and staff credits, image captions, bylines and time stamps."""

from __future__ import annotations

import re

from .dates import MONTHS

# "Caption text - Outlet Name, 1920, 26.05.2023": an image caption as scraped from a CMS that
# appends the credit, the image width in pixels and the date. Pinned by test_lines_caption_*.
# The credit has no digits: "By A. Writer | March 14, 2025" is a byline, not a caption whose
# outlet is "March 14" and width 2025 (test_lines_caption_*).
CAPTION = re.compile(
    r"\s[-–—|]\s+(?P<outlet>[A-Z](?:[^\W\d_]|[&.'’ -]){1,60}?),\s*(?P<width>\d{3,4})"
    r"(?:,\s*(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))?\s*$"
)
CREDIT = re.compile(r"^\s*(?:©|\(c\)|copyright\b|photo\s*(?:by|credit)?\s*:|image\s*:|credit\s*:|"
                    r"photograph\s*:|pictured\s*:|source\s*:\s*(?:getty|reuters|ap\b)|"
                    r"(?:image|photo|picture|video)\s+(?:source|caption|credit)\s*[,:]|file photo\s*:)", re.I)
# The wire trailer "(Reporting by A; Editing by B)".
STAFF_CREDIT = re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b", re.I)
BYLINE = re.compile(r"^(?i:by|written by|reporting by|text by|words by|interview(?:ed)? by|story by|article by|posted by|"
                    r"words:|text:|reporting:|story:)\s+"
                    r"(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                    r"(?:\s*(?:[|,–—-]|and)\s*.*)?|"
                    # "By the politics desk", "By our business team: A. Name, B. Name", "By the X desk (A. Name, B. Name)"
                    r"(?:the|our)\s+[\w.'’& ]{1,40}\s(?i:team|staff|desk|reporters|newsroom)(?::\s.*|\s+\(.*\))?)$")
# "Broadcast on The Evening Hour, 4 March 2026.", "First broadcast on X at 7am, 4 March 2026", "Recorded on 4 March
# 2026": a programme's stamp, a short first sentence ending in a year, perhaps a note after it ("This transcript has
# been edited ..."); "Broadcast rights were sold on ..." is prose, and so is a sentence that goes on after its date
# ("Recorded on a phone on 4 March 2026 by a bystander, the video shows ...") or a long one after it
# (tests/clean/test_metadata_text.py::test_metadata_text_broadcast_stamp, test_metadata_text_broadcast_in_prose_is_content).
# "Broadcast: 4 March 2026, 18:05": the same stamp as a labelled field, perhaps with its clock time
# (tests/clean/test_metadata_text.py::test_metadata_text_broadcast_stamp_labelled).
BROADCAST = re.compile(r"^(?:first\s+)?(?:broadcast|aired|recorded)(?:\s+(?:live\s+)?(?:on|at)\s+|\s*:\s*)"
                       r"[^.!?]{3,80}?\b\d{4}\b(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
                       r"(?:\.?\s*$|\.\s+(?:\S+\s+){0,11}\S+\s*$)", re.I)
# "Filed 14 May 2026 09:05": a wire's filing stamp, "filed" before its date only ("Filed under: X" is a tag line;
# tests/clean/test_metadata_text.py::test_metadata_text_filing_stamp).
TIMESTAMP = re.compile(r"^(?:published|updated|posted|last updated|first published|modified|filed(?=\s+(?:on\s+|at\s+)?\d))\b"
                       r"(?:\s+on)?\s*:?\s*\S", re.I)
# "Posted by the web desk on 4 March 2025", "Published 19 May 2026 by A. Name, business reporter": a stamp word, then
# "by" or the date, a date among a credit's words (tests/clean/test_text.py::test_text_stamp_with_credit).
STAMP_WITH_CREDIT = re.compile(r"^(?:published|updated|posted|first published)\s+(?:on\s+|:\s*)?(?:by\s|\d)", re.I)
STAMP_WITH_CREDIT_MAX_WORDS = 12


def caption_match(text: str) -> re.Match[str] | None:
    m = CAPTION.search(text)
    # "| March, 2025" is a date, not a credit.
    return None if m is None or m["outlet"].split()[0].lower().rstrip(".") in MONTHS else m
